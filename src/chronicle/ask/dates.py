"""Dates: a sentence's grounded temporal expressions, fitted to a *when* question."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from chronicle.ask.question import Question
from chronicle.ask.reading import Candidate, Reading, _blend
from chronicle.lexicon import (
    MONTHS,
)
from chronicle.model import AnswerKind, Document, Granularity, Modifier, Sentence, TimeValue, Timex

_UPDATED = re.compile(
    r"^\W*(?:\d\d?:\d\d\s*)?(?:GMT|UK|ET|BST)?\s*(?:Last updated|Updated|Page last updated)", re.I
)
_LATER_WORDS = frozenset({"later", "after", "since", "earlier", "before", "ago"})


_FRESH = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|just\s+|finally\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ng|t)\b"
    r"|\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b",
    re.IGNORECASE,
)


_CONTINUING = frozenset(
    {"he", "she", "it", "they", "this", "that", "these", "there", "then", "later", "afterwards", "his", "her"}
    | {"their", "its"}
)


def continues(sentence: Sentence, previous: Sentence) -> bool:
    """Whether a sentence without a date carries on from the sentence before, which has one ("On May 3 a
    fire broke out at the depot. It was contained by evening."): the date may be the sentence's too."""
    if sentence.timexes or not any(not t.future for t in previous.timexes):
        return False
    first = re.match(r"\W*([A-Za-z]+)", sentence.text)
    return first is not None and first.group(1).lower() in _CONTINUING


def joined(document: Document, previous: Sentence, sentence: Sentence) -> Sentence:
    """The two sentences read as one (offsets and index as the later one's, dates as the earlier's)."""
    return Sentence(
        sentence.index,
        previous.start,
        sentence.end,
        document.article.text[previous.start : sentence.end],
        previous.timexes,
    )


def dates(question: Question, reading: Reading, published: dt.date | None = None) -> Iterator[Candidate]:
    """The sentence's grounded dates, fitted to the question.

    A sentence without a date that reports the event as news ("has been found guilty") yields its
    article's publication day, at a lower fit: that is when it was new, give or take a day.
    """
    sentence = reading.sentence
    if published is not None and not sentence.timexes and _FRESH.search(reading.text):
        day = TimeValue.of_date(published)
        form = 0.5 * _blend(1.0, reading.closeness(0, 0))
        yield Candidate(AnswerKind.DATE, day.iso, value_text(day), 0, 0, form, Granularity.DAY)
    for timex in sentence.timexes:
        if timex.future and not question.future:
            continue
        start, end = timex.start - sentence.start, timex.end - sentence.start
        after = reading.text[end : end + 40]
        if _UPDATED.match(after) or re.match(r"\W*\d\d?[:.]\d\d\b", after):
            continue  # a page's "7 November 2011 Last updated at 21:40 GMT" line
        granularity = timex.value.granularity
        if granularity is Granularity.WEEK:
            form = 0.4
        elif question.year_only:
            form = 1.0 if granularity is Granularity.YEAR else 0.9
        elif granularity is Granularity.YEAR:
            form = 0.75
        elif granularity is Granularity.MONTH:
            form = 0.85
        else:
            form = 1.0
        yield Candidate(
            kind=AnswerKind.DATE,
            value=timex.value.iso,
            text=date_text(timex),
            start=start,
            end=end,
            fit=_blend(form, reading.closeness(start, end)),
            granularity=granularity,
        )


def date_text(timex: Timex) -> str:
    """A date for a reader: "April 5, 2025", "early February 2025", "2025", "week 15 of 2025"."""
    return value_text(timex.value)


def value_text(value: TimeValue) -> str:
    """A calendar value for a reader (see :func:`date_text`)."""
    if value.week is not None:
        return f"week {value.week} of {value.year}"
    prefix = {Modifier.START: "early ", Modifier.MID: "mid-", Modifier.END: "late "}.get(value.modifier, "")
    if value.month is None:
        return f"{prefix}{value.year}"
    month = MONTHS[value.month - 1]
    if value.day is None:
        return f"{prefix}{month} {value.year}"
    return f"{month} {value.day}, {value.year}"
