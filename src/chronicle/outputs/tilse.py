"""Timelines in the tilse text format of the TLS datasets (Timeline17, Crisis), both ways::

    2011-01-25
    First sentence of the day .
    Second sentence .
    --------------------------------
    2011-01-26
    ...

A date line, one sentence a line, then a line of dashes. Files may list dates newest first and may list a
date twice; the reader merges repeated dates (sentences in file order) and returns entries in date order.
Blank lines are ignored; a new date line also ends the previous date. Timeline17 marks an unknown day as
day 0 (``2011-04-0``): such a block becomes a month-precision entry (``2011-04``), which the evaluation
leaves out, as it does every entry that is not a day. The format holds days only, so writing a week, month
or year entry to it is an error.
"""

from __future__ import annotations

import datetime as dt
import re

from chronicle.errors import TimelineFormatError
from chronicle.model import Timeline, TimelineEntry, TimeValue
from chronicle.outputs.wording import squash

__all__ = ["TILSE_SEPARATOR", "timeline_from_tilse", "timeline_to_tilse"]

TILSE_SEPARATOR = "-" * 32
_TILSE_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_UNKNOWN = 0  # Timeline17 writes a date whose day is unknown as day 0 ("2011-04-0")
_TILSE_SEPARATOR = re.compile(r"^-{3,}$")


def timeline_from_tilse(text: str, path: str = "<tilse>") -> Timeline:
    """A timeline from tilse text: repeated dates merged, entries in date order, all at day precision."""
    days: dict[TimeValue, list[str]] = {}
    current: TimeValue | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        date_match = _TILSE_DATE.match(line)
        if date_match:
            try:
                current = _tilse_value(*(int(g) for g in date_match.groups()))
            except ValueError as error:
                raise TimelineFormatError(
                    path, f"line {number}: impossible date {line!r} ({error})"
                ) from None
            days.setdefault(current, [])
        elif _TILSE_SEPARATOR.match(line):
            current = None
        elif current is None:
            raise TimelineFormatError(
                path, f"line {number}: text outside a date block (expected a YYYY-MM-DD line)"
            )
        else:
            days[current].append(line)
    if not days:
        raise TimelineFormatError(path, "no date line (YYYY-MM-DD) found: not a tilse timeline")
    return Timeline(
        entries=tuple(TimelineEntry(value, tuple(days[value])) for value in sorted(days, key=_sort_key))
    )


def _sort_key(value: TimeValue) -> tuple[dt.date, dt.date]:
    return value.sort_key


def _tilse_value(year: int, month: int, day: int) -> TimeValue:
    """The value of a tilse date line; a day (or month and day) of 0 means unknown: month (year) precision."""
    if day == _UNKNOWN:
        return TimeValue(year) if month == _UNKNOWN else TimeValue(year, month)
    return TimeValue(year, month, day)


def timeline_to_tilse(timeline: Timeline) -> str:
    """Tilse text of a timeline: days ascending, entries of a day merged, each sentence on one line.

    Raises ``ValueError`` for an entry that is not at day precision (the format has no place for it).
    """
    days: dict[dt.date, list[str]] = {}
    for entry in timeline.entries:
        day = entry.date.as_date()
        if day is None:
            raise ValueError(f"entry {entry.date} is not at day precision; the tilse format holds days only")
        days.setdefault(day, []).extend(squash(s) for s in entry.summary)
    lines = []
    for day in sorted(days):
        lines.append(day.isoformat())
        lines.extend(s for s in days[day] if s)
        lines.append(TILSE_SEPARATOR)
    return "".join(line + "\n" for line in lines)
