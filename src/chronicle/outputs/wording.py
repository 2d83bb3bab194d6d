"""How values read to people, in every renderer: dates at their precision, counts with their noun."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from chronicle.lexicon import MONTHS
from chronicle.model import Modifier, TimeValue

__all__ = ["BACKGROUND_HINT", "display_date", "long_day", "plural", "short_month", "squash"]

BACKGROUND_HINT = "long before the story's span: context, not an event of the story"
"""What a background entry is, wherever one is marked (terminal, Markdown, HTML, TimelineJS)."""

_MODIFIER_WORD = MappingProxyType({Modifier.START: "early", Modifier.MID: "mid", Modifier.END: "late"})


def display_date(value: TimeValue) -> str:
    """A human form of a date at its precision: "8 April 2025", "early February 2025", "2025"."""
    if value.week is not None:
        return f"week of {long_day(value.first_day)}"
    if value.month is None:
        text = str(value.year)
    elif value.day is None:
        text = f"{MONTHS[value.month - 1]} {value.year}"
    else:
        text = f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    word = _MODIFIER_WORD.get(value.modifier)
    return f"{word} {text}" if word else text


def long_day(day: dt.date) -> str:
    """ "8 April 2025" (month names in English whatever the locale)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_month(day: dt.date) -> str:
    """ "Apr": the month's first three letters."""
    return MONTHS[day.month - 1][:3]


def plural(n: int, word: str) -> str:
    """ "1 date", "3 dates"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def squash(text: str) -> str:
    """The text on one line, runs of white space as single spaces."""
    return " ".join(text.split())
