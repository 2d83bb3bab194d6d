"""Words and stems for searching sentences: one tokeniser for questions and sources alike.

News text comes raw ("Russia's") or tokenised the Penn Treebank way ("Russia 's", "-LRB-", "``"); both give
the same words here. Stems are the Porter stems ROUGE uses (:func:`chronicle.rouge.porter_stem`) of the
word's base form ("struck" is "strike", "Gen" is "general": ``lexicon.BASE_FORMS``), with a few news words
fixed where Porter splits a family ("epicenter" → "epic" but "epicentre" → "epicentr").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import MappingProxyType

from chronicle.lexicon import BASE_FORMS, FUNCTION_WORDS, SYNONYM_GROUPS
from chronicle.rouge import porter_stem

__all__ = ["STOPWORDS", "WORD", "Stemmer", "normal", "same_place", "words"]

# A word: letters or digits with inner apostrophes ("Russia's"), or a number with its dots and commas
# ("7.0", "163,000"); hyphens separate words ("AK-74", "7.0-magnitude"); PTB brackets and quotes are not
# words (-LRB- gives "LRB", a stopword).
WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_](?:[^\W_]|['’ʼ](?=\w))*")
_PTB = frozenset({"lrb", "rrb", "lsb", "rsb", "lcb", "rcb"})
STOPWORDS = FUNCTION_WORDS | _PTB

# Porter splits these families; one stem each.
_FIXED = MappingProxyType(
    {
        "died": "die",
        "dies": "die",
        "dying": "die",
        "epicenter": "epicentr",
        "epicenters": "epicentr",
        "centre": "center",
        "centred": "center",
        "centered": "center",
    }
)


def normal(word: str) -> str:
    """A word in lower case with its apostrophes made plain ("Russia’s" → "russia's")."""
    return word.lower().replace("’", "'").replace("ʼ", "'")


_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|an|i|n)$")
_PLACE_END = re.compile(r"(?:ia|a|e|o|y|i)$")


def _place_keys(lower: str) -> set[str]:
    keys = {lower, _PLACE_END.sub("", lower)}
    for suffix in ("ian", "ean", "ese", "ish", "an", "i", "n"):
        if lower.endswith(suffix):
            base = lower[: -len(suffix)]
            keys |= {base, _PLACE_END.sub("", base)}
    return {k for k in keys if len(k) >= 4}


def same_place(a: str, b: str) -> bool:
    """Whether one word is the other's demonym: "Haiti"/"Haitian", "China"/"Chinese", "Mexico"/"Mexican",
    "Russia"/"Russian", "Egypt"/"Egyptian" (capitalised words only, different words)."""
    if not (a[:1].isupper() and b[:1].isupper()):
        return False
    x, y = normal(a), normal(b)
    if x == y or x[:3] != y[:3]:
        return False
    if not (_DEMONYM.search(x) or _DEMONYM.search(y)):
        return False
    return bool(_place_keys(x) & _place_keys(y))


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of every word in ``text``."""
    for match in WORD.finditer(text):
        yield match.start(), match.end(), match.group()


class Stemmer:
    """Porter stems of lower-case words, remembered per instance (one per question or index)."""

    def __init__(self) -> None:
        self._known: dict[str, str] = dict(_FIXED)
        self._groups: dict[str, frozenset[str]] | None = None
        self._forms: dict[str, frozenset[str]] | None = None

    def stem(self, word: str) -> str:
        lower = normal(word)
        found = self._known.get(lower)
        if found is None:
            key = lower[:-2] if lower.endswith("'s") else lower
            key = BASE_FORMS.get(key, key)
            found = _FIXED.get(key) or (porter_stem(key) if key.isalpha() else key)
            self._known[lower] = found
        return found

    def forms(self, stem: str) -> frozenset[str]:
        """Irregular forms whose stem is ``stem`` ("sank", "sunk" for "sink"; "led" for "lead")."""
        if self._forms is None:
            forms: dict[str, set[str]] = {}
            for form, base in BASE_FORMS.items():
                forms.setdefault(self.stem(base), set()).add(form)
            self._forms = {s: frozenset(f) for s, f in forms.items()}
        return self._forms.get(stem, frozenset())

    def synonyms(self, stem: str) -> frozenset[str]:
        """Stems news uses interchangeably with ``stem`` (not including it)."""
        if self._groups is None:
            groups: dict[str, set[str]] = {}
            for group in SYNONYM_GROUPS:
                stems = {self.stem(w) for w in group}
                for s in stems:
                    groups.setdefault(s, set()).update(stems - {s})
            self._groups = {s: frozenset(others) for s, others in groups.items()}
        return self._groups.get(stem, frozenset())
