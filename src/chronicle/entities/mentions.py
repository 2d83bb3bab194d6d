"""Name mentions: the recognizer's spans cleaned into names, with their kind corrected from context.

:func:`find_mentions` runs a recognizer over the body sentences (those a ``keep`` filter accepts, none over
:data:`MAX_NER_CHARS`), trims "the", titles, possessives and punctuation off each span, drops what is not a
name, corrects the kind where the name's shape or context says otherwise, and adds acronyms introduced in
parentheses ("Security Service of Ukraine (SBU)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from chronicle.entities.names import LEADING_THE, POSSESSIVE, name_key
from chronicle.entities.recognizers import DEMONYM, PLACE_AFTER, Recognizer, is_acronym
from chronicle.lexicon import (
    LEADING_TITLES,
    NOT_NAMES,
    ORGANIZATION_WORDS,
    PERSON_SPEECH_VERBS,
    PLACE_WORDS,
    SETTLEMENT_NOUNS,
)
from chronicle.model import Document, EntityKind, Sentence

__all__ = ["ACRONYM_AFTER", "MAX_NER_CHARS", "NameMention", "SentenceFilter", "find_mentions"]

# A "sentence" longer than this is not read by the recognizer (a page without sentence punctuation would
# otherwise cost the model seconds): the work per sentence is bounded.
MAX_NER_CHARS = 1_500

SentenceFilter = Callable[[Document, Sentence], bool]


@dataclass(frozen=True)
class NameMention:
    """One cleaned name in one sentence: document index, sentence index, offsets into the article text.

    ``by_context``: the kind comes from the name's shape or context (:func:`adjust_kind`), not from the
    recognizer alone; the type vote of an entity weighs such mentions more.
    """

    document: int
    sentence: int
    start: int
    end: int
    text: str
    key: str
    kind: EntityKind
    by_context: bool = False


ACRONYM_AFTER = re.compile(r"^\s*\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)")
# "`" and "``" are the tokenised opening quotes of T17 text ("Conrad Murray `" is Conrad Murray)
_TRAILING_PUNCT = re.compile(r"[\s,.;:!?\"“”'’`()\-]+$")
_LEADING_PUNCT = re.compile(r"^[\s,.;:!?\"“”'’`()\-]+")
_LEADING_TITLE = re.compile(
    r"^(?:(?:" + "|".join(title.replace(" ", r"\s+") for title in LEADING_TITLES) + r")\.?\s+)+"
)
_DIGIT = re.compile(r"\d")
_SPEECH_AFTER = re.compile(r"^\s+(?:" + "|".join(PERSON_SPEECH_VERBS) + r")\b")
_BEFORE_WORD = re.compile(r"(\w+)\s+(?:the\s+)?$")
# "the villages of Tarasivka and ", "the towns of Jacmel, ": a name in a list that a settlement noun heads.
_NAME_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_SETTLEMENT_LIST_BEFORE = re.compile(
    r"\b(?:" + "|".join(SETTLEMENT_NOUNS) + r")\s+of\s+(?:" + _NAME_WORDS + r"\s*(?:,|\band\b)\s*)*$"
)


def find_mentions(
    documents: Sequence[Document], ner: Recognizer, keep: SentenceFilter | None = None
) -> list[NameMention]:
    """Every cleaned name ``ner`` finds in the body sentences ``keep`` accepts (all when None)."""
    texts: list[str] = []
    where: list[tuple[int, int, int]] = []  # document, sentence index, sentence start
    for d, document in enumerate(documents):
        for sentence in document.sentences:
            if len(sentence.text) > MAX_NER_CHARS or (keep is not None and not keep(document, sentence)):
                continue
            texts.append(sentence.text)
            where.append((d, sentence.index, sentence.start))
    if not texts:
        return []  # nothing to read: the model is not even loaded
    mentions: list[NameMention] = []
    for (d, index, offset), spans, sentence_text in zip(where, ner.recognize(texts), texts, strict=True):
        article_text = documents[d].article.text
        taken: list[tuple[int, int]] = []
        for span in spans:
            cleaned = clean_span(article_text, offset + span.start, offset + span.end)
            if cleaned is None:
                continue
            start, end = cleaned
            surface = article_text[start:end]
            kind = adjust_kind(article_text, start, end, span.kind)
            if kind is None:
                continue
            key = name_key(surface)
            if not key:
                continue
            mentions.append(NameMention(d, index, start, end, surface, key, kind, kind is not span.kind))
            taken.append((start - offset, end - offset))
        mentions.extend(_parenthesised_acronyms(d, index, offset, sentence_text, taken))
    return mentions


def clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim "the", titles, possessives and punctuation off a span; None when what is left is not a name."""
    piece = text[start:end]
    lead = _LEADING_PUNCT.match(piece)
    if lead:
        start += lead.end()
        piece = text[start:end]
    lead = LEADING_THE.match(piece)
    if lead:
        start += lead.end()
        piece = text[start:end]
    title = _LEADING_TITLE.match(piece)
    if title and title.end() < len(piece):
        start += title.end()  # "Dr Murray", "President Volodymyr Zelensky": the title is not the name
        piece = text[start:end]
    for pattern in (_TRAILING_PUNCT, POSSESSIVE, _TRAILING_PUNCT):
        trail = pattern.search(piece)
        if trail:
            end = start + trail.start()
            piece = text[start:end]
    if not piece or not piece[:1].isupper():
        return None
    words = piece.split()
    if len(words) == 1 and words[0].lower() in NOT_NAMES:
        return None
    return start, end


def adjust_kind(text: str, start: int, end: int, kind: EntityKind) -> EntityKind | None:
    """Correct a recognizer's type from the name's shape and context; None drops the span.

    Rules that catch the small model's usual slips: demonyms ("Ukrainian") are not names, a person's name
    has no digits ("Kalashnikov AK-74"), a name before "region"/"province" or ending in "Oblast" is a place,
    one ending in "Ministry"/"Service" an organisation, a name in a list after "the villages of" a place,
    and a lone word after "in"/"near" a place.
    """
    surface = text[start:end]
    words = surface.split()
    last = words[-1].lower()
    if len(words) == 1 and DEMONYM.search(last) and not is_acronym(surface):
        return None
    if kind is EntityKind.PERSON and _DIGIT.search(surface):
        return None
    if _SETTLEMENT_LIST_BEFORE.search(text[max(0, start - 120) : start]):
        return EntityKind.PLACE  # "near the villages of Tarasivka and Bilohorivka"
    if PLACE_AFTER.match(text[end : end + 12]) or (len(words) > 1 and last in PLACE_WORDS):
        return EntityKind.PLACE
    if len(words) > 1 and last in ORGANIZATION_WORDS and kind is not EntityKind.PERSON:
        return EntityKind.ORGANIZATION
    if (
        len(words) == 1
        and kind in (EntityKind.PLACE, EntityKind.OTHER)
        and not is_acronym(surface)
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
    d: int, index: int, offset: int, sentence: str, taken: list[tuple[int, int]]
) -> list[NameMention]:
    """Acronyms in parentheses right after a name that the recognizer did not return itself."""
    found: list[NameMention] = []
    for _, end in taken:
        match = ACRONYM_AFTER.match(sentence[end:])
        if match and is_acronym(match.group(1)):
            a_start, a_end = end + match.start(1), end + match.end(1)
            if not any(s <= a_start < e for s, e in taken):
                text = sentence[a_start:a_end]
                found.append(
                    NameMention(
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
