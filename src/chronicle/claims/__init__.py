"""Checkable statements in the documents, with who makes them and the exact quote.

:func:`extract_claims` reads every body sentence and keeps statements that outlets contradict each other
on, each with the point it speaks to (:attr:`~chronicle.model.Claim.key`), a typed value and the exact
quote. One module per kind of statement:

* :mod:`~chronicle.claims.counts` — counts of people and things, grouped by meaning ("155 Chinese citizens
  fighting against Ukrainians" and "168 Chinese citizens recruited by Russia's army" are one point);
* :mod:`~chronicle.claims.people` — a named person's age, birth year (with "respectively"), occupation,
  home province and title;
* :mod:`~chronicle.claims.events` — when an event happened (the grounded :class:`~chronicle.model.Timex`);
* :mod:`~chronicle.claims.measures` — magnitudes, distances, depths, storeys, money, oil flow rates, times
  of day, delays, ordinals, unit names, the region of an event.

Shared pieces: :mod:`~chronicle.claims.quantities` (numbers and ranges as news writes them) and
:mod:`~chronicle.claims.context` (who is named where, pronouns, speakers, which event a sentence is about).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from chronicle.claims._base import Found
from chronicle.claims.context import Context, mentions_by_article
from chronicle.claims.counts import count_claims, subject_key
from chronicle.claims.events import date_claims
from chronicle.claims.measures import measure_claims
from chronicle.claims.people import person_claims
from chronicle.claims.quantities import parse_quantity
from chronicle.model import Citation, Claim, Document, Entity, Sentence
from chronicle.numbers import NUMBER_WORDS

__all__ = [
    "FULL_NER_SENTENCES",
    "MAX_SENTENCE_CHARS",
    "entity_sentences",
    "extract_claims",
    "might_claim",
    "parse_quantity",
    "subject_key",
]

Extractor = Callable[[Context, Sentence], Iterator[Found]]
_EXTRACTORS: tuple[Extractor, ...] = (count_claims, person_claims, date_claims, measure_claims)

# A "sentence" longer than this is no sentence (a page without punctuation, a table): claims are not read
# in it, and the entity stage does not run on it either, so the work per sentence is bounded.
MAX_SENTENCE_CHARS = 1_500

# The words that make a sentence a candidate, in lower case: matched in the lower-cased sentence by a
# case-sensitive pattern, three times faster than one with re.IGNORECASE (the same sentences on bpoil, MJ
# and the seeds: tests/test_claims_speed.py).
_CANDIDATE_WORDS = re.compile(
    r"\b(?:" + "|".join(NUMBER_WORDS) + r"|dozen|hundred|thousand|million|born|worked|works|province|"
    r"minister|secretary|ambassador|president|respectively)\b"
)
_DIGIT = re.compile(r"\d")


def might_claim(sentence: Sentence) -> bool:
    """Whether ``sentence`` can hold a claim at all (a number, a date, an age, a title...): the stages
    that are expensive per sentence (named-entity recognition) run only on these."""
    text = sentence.text
    return len(text) <= MAX_SENTENCE_CHARS and (
        bool(sentence.timexes)
        or _DIGIT.search(text) is not None
        or _CANDIDATE_WORDS.search(text.lower()) is not None
    )


# Up to this many sentences, the entity stage reads every sentence (names, spellings, speakers everywhere);
# beyond, only the sentences where a claim about a person can be, and the one before each (for pronouns).
FULL_NER_SENTENCES = 3_000

_PERSON_CUE = re.compile(
    r"\d{1,3}\s*-?\s*year-old|\b(?:aged|born|worked as|respectively|Deputy|Vice)\b|,\s*\d{1,2}\s*,"
)


def entity_sentences(documents: Sequence[Document]) -> Callable[[Document, Sentence], bool] | None:
    """Which sentences the entity stage must read for the claims: all of them for a collection of up to
    :data:`FULL_NER_SENTENCES` sentences (None), else those that can hold a claim about a person (an age, a
    birth year, a job, a title)."""
    total = sum(len(d.sentences) for d in documents)
    if total <= FULL_NER_SENTENCES:
        return None
    wanted: set[tuple[str, int]] = set()
    for document in documents:
        for sentence in document.sentences:
            text = sentence.text
            if _PERSON_CUE.search(text):
                wanted.add((document.id, sentence.index))
    return lambda document, sentence: (document.id, sentence.index) in wanted


def extract_claims(documents: Iterable[Document], entities: Sequence[Entity]) -> tuple[Claim, ...]:
    """Every checkable claim in ``documents``' body sentences, in article then sentence order.

    ``entities`` come from :func:`chronicle.entities.extract_entities` on the same documents: claims about
    people name their subject by the entity's canonical name and carry its id.
    """
    claims: list[Claim] = []
    named = mentions_by_article(entities)
    for document in documents:
        ctx = Context(document, named.get(document.id, ()))
        article = document.article
        for sentence in document.sentences:
            if not might_claim(sentence):
                continue
            found = [f for extractor in _EXTRACTORS for f in extractor(ctx, sentence)]
            if not found:
                continue
            speaker = ctx.speaker(sentence)
            citation = Citation.of(article, sentence)
            seen: set[tuple[str, str, int]] = set()
            for f in sorted(found, key=lambda f: (f.start, f.end)):
                point = f.key or f"{f.subject}|{f.property}"
                if any((k, v) == (point, f.value) for k, v, _ in seen):
                    continue
                seen.add((point, f.value, f.start))
                digest = hashlib.sha1(
                    f"{article.id}|{sentence.start}|{f.start}|{point}|{f.value}".encode()
                ).hexdigest()[:16]
                claims.append(
                    Claim(
                        id=digest,
                        subject=f.subject,
                        property=f.property,
                        value=f.value,
                        citation=citation,
                        speaker=speaker,
                        low=f.low,
                        high=f.high,
                        date=f.date,
                        subject_id=f.subject_id,
                        kind=f.kind,
                        unit=f.unit,
                        key=f.key,
                        scope=f.scope,
                        refers_to=f.refers_to,
                        value_start=sentence.start + f.start,
                        value_end=sentence.start + f.end,
                    )
                )
    return tuple(claims)
