"""Facts from the claims cross-check: event dates, ages and birth years read for a person the question
names."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from chronicle.ask.dates import value_text
from chronicle.ask.quantities import _format
from chronicle.ask.question import Question
from chronicle.ask.reading import Candidate, Reading
from chronicle.ask.sources import Fact
from chronicle.ask.text import Stemmer, words
from chronicle.model import AnswerKind, Granularity, TimeValue

_PROPERTY_STOP = frozenset({"on", "in", "to", "at", "of"})


def facts(
    question: Question, reading: Reading, found: Sequence[Fact], stemmer: Stemmer
) -> Iterator[Candidate]:
    """Event dates, ages and birth years the claims stage read for a person the question names.

    A claim counts only when its subject holds one of the question's names and, for an event date, its
    verb is one the question asks about ("captured on" for "when was ... captured").
    """
    if not question.names:
        return
    asked = {stemmer.stem(w) for t in question.terms if not t.name for w in (t.word,)}
    asked |= {s for a in list(asked) for s in stemmer.synonyms(a)}
    length = len(reading.text)
    for fact in found:
        if fact.sentence_start != reading.sentence.start:
            continue
        subject = {w.lower() for _, _, w in words(fact.subject)}
        if not any(set(name) <= subject for name in question.names):
            continue
        if question.kind is AnswerKind.DATE and fact.date is not None and fact.property.endswith(" on"):
            verbs = {stemmer.stem(w) for _, _, w in words(fact.property)} - _PROPERTY_STOP
            if verbs & asked:
                yield Candidate(
                    AnswerKind.DATE,
                    fact.date.iso,
                    value_text(fact.date),
                    0,
                    length,
                    1.0,
                    fact.date.granularity,
                )
        elif (
            question.kind is AnswerKind.DATE
            and fact.property == "birth year"
            and "born" in (t.word for t in question.terms)
        ):
            year = TimeValue(int(fact.low or 0)) if fact.low else None
            if year is not None:
                yield Candidate(AnswerKind.DATE, year.iso, year.iso, 0, length, 1.0, Granularity.YEAR)
        elif question.kind is AnswerKind.AGE and fact.property == "age" and fact.low is not None:
            value = _format(fact.low)
            yield Candidate(AnswerKind.AGE, value, f"{value} years old", 0, length, 1.0, unit="years")
