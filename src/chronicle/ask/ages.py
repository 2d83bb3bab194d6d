"""Ages: "the 34-year-old", "Jackson , 48 ,", "aged 84", fitted by how close they stand to the person asked
about."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import replace

from chronicle.ask.quantities import _AGE, _AGE_OTHER, _amount, _format
from chronicle.ask.question import Question
from chronicle.ask.reading import Candidate, Reading
from chronicle.lexicon import MONTHS
from chronicle.model import AnswerKind

_MONTH = "|".join(MONTHS)
BORN = re.compile(
    rf"\bborn\s+(?:(?:in|on)\s+)?(?:(?P<month>{_MONTH})\s+(?:(?P<day>\d{{1,2}}),?\s+)?(?:in\s+)?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}),?\s+)?(?P<year>(?:18|19|20)\d\d)\b"
)
_DERIVED = 0.9  # an age worked out from a birth year fits a little less than one the source states


def ages(
    question: Question,
    reading: Reading,
    common: frozenset[str] = frozenset(),
    published: dt.date | None = None,
) -> Iterator[Candidate]:
    """Ages in the sentence, fitted by how close they are to the person (or noun) asked about.

    ``common``: name words most documents hold ("Jackson" in a collection about Michael Jackson); an age
    beside one of them only, when the question names someone more precisely ("Randy Jackson"), fits half.
    ``published``: the article's day, against which a birth date or year ("Chang Renbo, born in 1998")
    gives the age at publication ("26-27" when the birthday is not stated).
    """
    about = set(question.subject) | {w for name in question.names for w in name}
    distinctive = about - common
    for match in _AGE.finditer(reading.text):
        years = _amount(match.group("age"))
        if years is None or not 0 < years < 130:
            continue
        unit = match.group("unit").lower()
        unit_name = "years" if unit == "year" else f"{unit}s"
        value = _format(years) if unit == "year" else f"{_format(years)} {unit_name}"
        yield _age(question, reading, match.start(), match.end(), value, unit_name, about, distinctive)
    for match in _AGE_OTHER.finditer(reading.text):
        group = next(g for g in ("app", "aged", "ageof", "whois", "old", "paren") if match.group(g))
        years = float(match.group(group))
        if not 0 < years < 130:
            continue
        if group in {"app", "paren"} and not _after_name(reading.text, match.start()):
            continue  # ", 12 ," after something that is not a name
        yield _age(
            question,
            reading,
            match.start(group),
            match.end(group),
            _format(years),
            "years",
            about,
            distinctive,
        )
    if published is None:
        return
    for match in BORN.finditer(reading.text):
        span = age_at(published, match)
        if span is None:
            continue
        low, high = span
        value = _format(high) if low == high else f"{_format(low)}-{_format(high)}"
        shown = _format(high) if low == high else f"{_format(low)} or {_format(high)}"
        found = _age(question, reading, match.start(), match.end(), value, "years", about, distinctive)
        yield replace(
            found,
            text=f"{shown} years old (born {match.group('year')}; as of {published.isoformat()})",
            fit=found.fit * _DERIVED,
            low=float(low),
            high=float(high),
        )


def age_at(published: dt.date, match: re.Match[str]) -> tuple[int, int] | None:
    """The age on ``published`` of someone born as ``match`` (of :data:`BORN`) says: one age when the
    birthday is known to have passed or not, else the two ages the year allows."""
    years = published.year - int(match.group("year"))
    month_name = match.group("month") or match.group("month2")
    day = match.group("day") or match.group("day2")
    if month_name is None:
        low, high = years - 1, years
    else:
        month = MONTHS.index(month_name) + 1
        if (published.month, published.day if day else 0) > (month, int(day) if day else 0):
            low = high = years
        elif published.month < month or (day and (published.month, published.day) < (month, int(day))):
            low = high = years - 1
        else:
            low, high = years - 1, years
    return (low, high) if low >= 0 and high < 130 else None


def _after_name(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return bool(re.search(r"[A-Z][\w'’-]+$", before))


def _age(
    question: Question,
    reading: Reading,
    start: int,
    end: int,
    value: str,
    unit: str,
    about: set[str],
    distinctive: set[str],
) -> Candidate:
    near = reading.closeness(start, end)
    if about:
        first = reading.index_at(start)
        last = reading.index_at(end)

        def nearest(words_: set[str]) -> int | None:
            return min(
                (
                    first - i if i < first else i - last + 1
                    for i, s in enumerate(reading.stems)
                    if s in words_
                ),
                default=None,
            )

        distance = nearest(distinctive) if distinctive else nearest(about)
        form = 0.15 if distance is None else max(0.15, math.exp(-max(0, distance - 1) / 3.0))
        if distinctive and distance is None:
            other = nearest(about)
            form = 0.15 if other is None else max(0.15, 0.5 * math.exp(-max(0, other - 1) / 3.0))
    else:
        form = 0.5
    text = f"{value} years old" if unit == "years" else f"{value} old"
    fit = form * (0.7 + 0.3 * near) * (0.4 if reading.dated_elsewhere(start, end) else 1.0)
    return Candidate(AnswerKind.AGE, value, text, start, end, fit, unit=unit)
