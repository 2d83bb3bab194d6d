"""Named days of the calendar that news text dates events by ("died on Easter Monday", "on Christmas Eve").

:func:`holiday_date` gives the day a named holiday falls on in a year: fixed days (Christmas Day, New Year's
Eve), days computed from Easter (Western, Gregorian computus: Good Friday, Easter Sunday and Monday, Palm
Sunday, Ash Wednesday, Pentecost) and the US Thanksgiving (fourth Thursday of November). Holidays whose day
depends on the country ("Independence Day", "Labour Day") are deliberately absent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from types import MappingProxyType

__all__ = ["HOLIDAY_NAMES", "easter_sunday", "holiday_date"]


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _from_easter(days: int) -> Callable[[int], dt.date]:
    return lambda year: easter_sunday(year) + dt.timedelta(days=days)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


# canonical lower-case name (apostrophes dropped, single spaces) -> its day in a year
_HOLIDAYS: Mapping[str, Callable[[int], dt.date]] = MappingProxyType(
    {
        "easter": _from_easter(0),
        "easter sunday": _from_easter(0),
        "easter day": _from_easter(0),
        "easter monday": _from_easter(1),
        "easter saturday": _from_easter(-1),
        "holy saturday": _from_easter(-1),
        "good friday": _from_easter(-2),
        "holy thursday": _from_easter(-3),
        "maundy thursday": _from_easter(-3),
        "palm sunday": _from_easter(-7),
        "ash wednesday": _from_easter(-46),
        "pentecost": _from_easter(49),
        "whit sunday": _from_easter(49),
        "whit monday": _from_easter(50),
        "christmas": _fixed(12, 25),
        "christmas day": _fixed(12, 25),
        "christmas eve": _fixed(12, 24),
        "boxing day": _fixed(12, 26),
        "new years day": _fixed(1, 1),
        "new years eve": _fixed(12, 31),
        "valentines day": _fixed(2, 14),
        "halloween": _fixed(10, 31),
        "st patricks day": _fixed(3, 17),
        "thanksgiving": _thanksgiving,
        "thanksgiving day": _thanksgiving,
    }
)
HOLIDAY_NAMES = frozenset(_HOLIDAYS)


def canonical_name(text: str) -> str:
    """ "New Year’s  Eve" -> "new years eve"; "St. Patrick's Day" -> "st patricks day"."""
    cleaned = text.lower().replace("’", "").replace("'", "").replace(".", "")
    return " ".join(cleaned.split())


def holiday_date(name: str, year: int) -> dt.date | None:
    """The day ``name`` (a spelling :func:`canonical_name` accepts) falls on in ``year``; None if unknown."""
    rule = _HOLIDAYS.get(canonical_name(name))
    return rule(year) if rule is not None else None
