"""Reading and writing timelines: chronicle's JSON format and the tilse text format of the TLS datasets.

**chronicle JSON** (schema ``chronicle.timeline/1``, documented in ``docs/json-schema.md``) keeps everything
a :class:`~chronicle.model.Timeline` holds: dates at their own precision, summaries, citations, notes and
the per-day coverage. :func:`timeline_to_json` and :func:`timeline_from_json` convert to and from plain
``dict`` data; the reader checks every field and names the first problem (``entries[3].date: ...``).

**tilse text**, as Timeline17 and Crisis ship it::

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
leaves out, as it does every entry that is not a day. The format holds days only, so
writing a week, month or year entry to it is an error.

:func:`read_timeline` tells the formats apart by the first non-blank character (``{`` means JSON).
Malformed input raises :class:`~chronicle.errors.TimelineFormatError` naming the file and the line or field.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from chronicle.atomic import write_atomic
from chronicle.errors import OptionsError, TimelineFormatError
from chronicle.model import Citation, DayCoverage, Granularity, Modifier, Timeline, TimelineEntry, TimeValue

SCHEMA = "chronicle.timeline/1"
FORMATS = ("json", "tilse")
TimelineFormat = Literal["json", "tilse"]

TILSE_SEPARATOR = "-" * 32
_TILSE_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_UNKNOWN = 0  # Timeline17 writes a date whose day is unknown as day 0 ("2011-04-0")
_TILSE_SEPARATOR = re.compile(r"^-{3,}$")


# --- JSON --------------------------------------------------------------------------------------------------
def _citation_to_json(citation: Citation) -> dict[str, Any]:
    return {
        "article_id": citation.article_id,
        "outlet": citation.outlet,
        "published": citation.published.isoformat(),
        "start": citation.start,
        "end": citation.end,
        "quote": citation.quote,
        "summary_index": citation.summary_index,
        "url": citation.url,
    }


def _entry_to_json(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "date": entry.date.iso,
        "granularity": entry.date.granularity.value,
        "modifier": entry.date.modifier.value,
        "summary": list(entry.summary),
        "importance": entry.importance,
        "notes": list(entry.notes),
        "citations": [_citation_to_json(c) for c in entry.citations],
    }


def timeline_to_json(timeline: Timeline) -> dict[str, Any]:
    """The timeline as JSON-ready data (schema ``chronicle.timeline/1``)."""
    return {
        "schema": SCHEMA,
        "query": timeline.query,
        "title": timeline.title,
        "entries": [_entry_to_json(e) for e in timeline.entries],
        "coverage": [
            {"day": c.day.isoformat(), "sentences": c.sentences, "articles": c.articles}
            for c in timeline.coverage
        ],
    }


class _Fields:
    """Typed access to one JSON object, raising a located :class:`TimelineFormatError` on a bad field."""

    def __init__(self, data: object, where: str, path: str) -> None:
        if not isinstance(data, Mapping):
            raise TimelineFormatError(path, f"{where or 'top level'}: expected an object, got {_kind(data)}")
        self.data = data
        self.where = where
        self.path = path

    def fail(self, key: str, problem: str) -> TimelineFormatError:
        place = f"{self.where}.{key}" if self.where else key
        return TimelineFormatError(self.path, f"{place}: {problem}")

    def _get(self, key: str, required: bool) -> object:
        if key not in self.data:
            if required:
                raise self.fail(key, "missing")
            return None
        return self.data[key]

    def string(self, key: str, *, required: bool = True) -> str:
        value = self._get(key, required)
        if not isinstance(value, str):
            raise self.fail(key, f"expected a string, got {_kind(value)}")
        return value

    def optional_string(self, key: str) -> str | None:
        value = self._get(key, False)
        if value is not None and not isinstance(value, str):
            raise self.fail(key, f"expected a string or null, got {_kind(value)}")
        return value

    def integer(self, key: str, *, default: int | None = None) -> int:
        value = self._get(key, default is None)
        if value is None and default is not None:
            return default
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(key, f"expected a non-negative integer, got {_kind(value)}")
        return value

    def number(self, key: str, default: float) -> float:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise self.fail(key, f"expected a finite number, got {_kind(value)}")
        return float(value)

    def strings(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise self.fail(key, "expected a list of strings")
        return tuple(value)

    def objects(self, key: str, *, required: bool = False) -> list[object]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list, got {_kind(value)}")
        return value

    def day(self, key: str) -> dt.date:
        text = self.string(key)
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError
            return dt.date.fromisoformat(text)
        except ValueError:
            raise self.fail(key, f"not a YYYY-MM-DD date: {text!r}") from None


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return f"the string {value!r}" if len(value) <= 40 else "a string"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, Mapping) else type(value).__name__


def _entry_from_json(data: object, where: str, path: str) -> TimelineEntry:
    f = _Fields(data, where, path)
    iso = f.string("date")
    try:
        value = TimeValue.parse(iso)
    except ValueError as error:
        raise f.fail("date", str(error)) from None
    granularity = f.optional_string("granularity")
    if granularity is not None and granularity != value.granularity.value:
        names = ", ".join(g.value for g in Granularity)
        raise f.fail("granularity", f"{granularity!r} does not match the date {iso!r} (one of {names})")
    modifier = f.optional_string("modifier")
    if modifier is not None:
        try:
            value = replace(value, modifier=Modifier(modifier))
        except ValueError:
            names = ", ".join(m.value for m in Modifier)
            raise f.fail("modifier", f"unknown modifier {modifier!r} (one of {names})") from None
    citations = []
    for i, item in enumerate(f.objects("citations")):
        c = _Fields(item, f"{where}.citations[{i}]", path)
        citations.append(
            Citation(
                article_id=c.string("article_id"),
                outlet=c.string("outlet"),
                published=c.day("published"),
                start=c.integer("start"),
                end=c.integer("end"),
                quote=c.string("quote"),
                summary_index=c.integer("summary_index", default=0),
                url=c.optional_string("url"),
            )
        )
    return TimelineEntry(
        date=value,
        summary=f.strings("summary", required=True),
        citations=tuple(citations),
        importance=f.number("importance", 0.0),
        notes=f.strings("notes"),
    )


def timeline_from_json(data: object, path: str = "<json>") -> Timeline:
    """A timeline from JSON data (``json.load`` output); ``path`` names the source in errors."""
    top = _Fields(data, "", path)
    schema = top.string("schema")
    if schema != SCHEMA:
        raise top.fail("schema", f"unsupported schema {schema!r} (expected {SCHEMA!r})")
    entries = tuple(
        _entry_from_json(item, f"entries[{i}]", path)
        for i, item in enumerate(top.objects("entries", required=True))
    )
    coverage = []
    for i, item in enumerate(top.objects("coverage")):
        c = _Fields(item, f"coverage[{i}]", path)
        coverage.append(
            DayCoverage(day=c.day("day"), sentences=c.integer("sentences"), articles=c.integer("articles"))
        )
    return Timeline(
        entries=entries,
        query=top.optional_string("query"),
        title=top.optional_string("title"),
        coverage=tuple(coverage),
    )


# --- tilse text --------------------------------------------------------------------------------------------
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
        days.setdefault(day, []).extend(" ".join(s.split()) for s in entry.summary)
    lines = []
    for day in sorted(days):
        lines.append(day.isoformat())
        lines.extend(s for s in days[day] if s)
        lines.append(TILSE_SEPARATOR)
    return "".join(line + "\n" for line in lines)


# --- files -------------------------------------------------------------------------------------------------
def detect_format(text: str) -> TimelineFormat:
    """``json`` when the text starts (after blanks) with ``{``, else ``tilse``."""
    return "json" if text.lstrip().startswith("{") else "tilse"


def parse_timeline(text: str, path: str = "<timeline>") -> Timeline:
    """A timeline from the text of a file in either format."""
    if detect_format(text) == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise TimelineFormatError(
                path, f"line {error.lineno} column {error.colno}: invalid JSON ({error.msg})"
            ) from None
        return timeline_from_json(data, path)
    return timeline_from_tilse(text, path)


def read_timeline(path: str | os.PathLike[str]) -> Timeline:
    """Read a timeline file in chronicle JSON or tilse text (detected from the content).

    Raises :class:`TimelineFormatError` for a malformed file and ``OSError`` for an unreadable one.
    """
    name = os.fspath(path)
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TimelineFormatError(name, f"not UTF-8 text (byte {error.start})") from None
    return parse_timeline(text, name)


def format_timeline(timeline: Timeline, fmt: str = "json") -> str:
    """The timeline as the text of a file in ``fmt`` (``json`` or ``tilse``)."""
    if fmt == "json":
        return json.dumps(timeline_to_json(timeline), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    if fmt == "tilse":
        return timeline_to_tilse(timeline)
    raise OptionsError(f"unknown timeline format {fmt!r} (one of {', '.join(FORMATS)})")


def write_timeline(timeline: Timeline, path: str | os.PathLike[str], fmt: str = "json") -> None:
    """Write the timeline to ``path`` atomically in ``fmt`` (``json`` or ``tilse``).

    Raises :class:`OptionsError` for an unknown format and :class:`TimelineFormatError` when the timeline
    cannot be expressed in it (a month entry in tilse text, a non-finite importance in JSON).
    """
    try:
        text = format_timeline(timeline, fmt)
    except ValueError as error:
        raise TimelineFormatError(os.fspath(path), str(error)) from None
    write_atomic(path, text)
