"""Ages: "the 34-year-old", "Jackson , 48 ,", "aged 84", fitted by how close they stand to the person asked
about."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from chronicle.ask.quantities import _AGE, _AGE_OTHER, _amount, _format
from chronicle.ask.question import Question
from chronicle.ask.reading import Candidate, Reading
from chronicle.model import AnswerKind


def ages(question: Question, reading: Reading, common: frozenset[str] = frozenset()) -> Iterator[Candidate]:
    """Ages in the sentence, fitted by how close they are to the person (or noun) asked about.

    ``common``: name words most documents hold ("Jackson" in a collection about Michael Jackson); an age
    beside one of them only, when the question names someone more precisely ("Randy Jackson"), fits half.
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
