"""The timeline JSON (schema ``chronicle.timeline/1``, documented in ``docs/json-schema.md``), both ways, and
timeline files in it or in tilse text (:mod:`chronicle.outputs.tilse`).

The JSON keeps everything a :class:`~chronicle.model.Timeline` holds: dates at their own precision,
summaries, citations, notes and the per-day coverage. :func:`timeline_to_json` and :func:`timeline_from_json`
convert to and from plain ``dict`` data; the reader checks every field and names the first problem
(``entries[3].date: ...``). :func:`read_timeline` tells the two file formats apart by the first non-blank
character (``{`` means JSON). Malformed input raises :class:`~chronicle.errors.TimelineFormatError` naming
the file and the line or field.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from chronicle.atomic import write_atomic
from chronicle.errors import OptionsError, TimelineFormatError
from chronicle.model import DayCoverage, Granularity, Modifier, Timeline, TimelineEntry, TimeValue
from chronicle.outputs.citation import citation_from_json, citation_to_json
from chronicle.outputs.fields import Fields
from chronicle.outputs.formats import json_text
from chronicle.outputs.tilse import timeline_from_tilse, timeline_to_tilse

__all__ = [
    "FILE_FORMATS",
    "SCHEMA",
    "format_timeline",
    "parse_timeline",
    "read_timeline",
    "timeline_from_json",
    "timeline_to_json",
    "write_timeline",
]

SCHEMA = "chronicle.timeline/1"
FILE_FORMATS = ("json", "tilse")  # the formats a timeline file is read from and written to
TimelineFile = Literal["json", "tilse"]


def _entry_to_json(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "date": entry.date.iso,
        "granularity": entry.date.granularity.value,
        "modifier": entry.date.modifier.value,
        "summary": list(entry.summary),
        "importance": entry.importance,
        "notes": list(entry.notes),
        "background": entry.background,
        "citations": [citation_to_json(c) for c in entry.citations],
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


def _entry_from_json(data: object, where: str, path: str) -> TimelineEntry:
    f = Fields(data, where, path)
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
    citations = tuple(
        citation_from_json(Fields(item, f"{where}.citations[{i}]", path))
        for i, item in enumerate(f.objects("citations"))
    )
    return TimelineEntry(
        date=value,
        summary=f.strings("summary", required=True),
        citations=citations,
        importance=f.number("importance", 0.0),
        notes=f.strings("notes"),
        background=f.boolean("background", False),
    )


def timeline_from_json(data: object, path: str = "<json>") -> Timeline:
    """A timeline from JSON data (``json.load`` output); ``path`` names the source in errors."""
    top = Fields(data, "", path)
    schema = top.string("schema")
    if schema != SCHEMA:
        raise top.fail("schema", f"unsupported schema {schema!r} (expected {SCHEMA!r})")
    entries = tuple(
        _entry_from_json(item, f"entries[{i}]", path)
        for i, item in enumerate(top.objects("entries", required=True))
    )
    coverage = []
    for i, item in enumerate(top.objects("coverage")):
        c = Fields(item, f"coverage[{i}]", path)
        coverage.append(
            DayCoverage(day=c.day("day"), sentences=c.integer("sentences"), articles=c.integer("articles"))
        )
    return Timeline(
        entries=entries,
        query=top.optional_string("query"),
        title=top.optional_string("title"),
        coverage=tuple(coverage),
    )


# --- files -------------------------------------------------------------------------------------------------
def detect_format(text: str) -> TimelineFile:
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
    """The timeline as the text of a file in ``fmt`` (``json`` or ``tilse``).

    Raises ``ValueError`` when the timeline cannot be expressed in it (a month entry in tilse text, a
    non-finite importance in JSON)."""
    if fmt == "json":
        return json_text(timeline_to_json(timeline))
    if fmt == "tilse":
        return timeline_to_tilse(timeline)
    raise OptionsError(f"unknown timeline format {fmt!r} (one of {', '.join(FILE_FORMATS)})")


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
