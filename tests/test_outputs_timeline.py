"""Timeline files: tilse text and chronicle JSON, their errors, and round trips."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronicle.errors import OptionsError, TimelineFormatError
from chronicle.model import Citation, DayCoverage, Modifier, Timeline, TimelineEntry, TimeValue
from chronicle.outputs.tilse import timeline_from_tilse, timeline_to_tilse
from chronicle.outputs.timeline import (
    SCHEMA,
    parse_timeline,
    read_timeline,
    timeline_from_json,
    timeline_to_json,
    write_timeline,
)

DOCS = Path(__file__).resolve().parents[1] / "docs" / "json-schema.md"
SEP = "-" * 32

TILSE = f"""2011-01-28
Protesters battle police .
{SEP}
2011-01-25

Thousands protest in Cairo .
{SEP}
2011-01-28
The party headquarters burns .
{SEP}
"""


def test_tilse_newest_first_and_repeated_dates_merge() -> None:
    tl = timeline_from_tilse(TILSE, "t.txt")
    assert [e.date.iso for e in tl.entries] == ["2011-01-25", "2011-01-28"]
    assert tl.entries[1].summary == ("Protesters battle police .", "The party headquarters burns .")
    assert tl.entries[0].summary == ("Thousands protest in Cairo .",)


def test_tilse_day_zero_is_a_month_entry() -> None:
    tl = timeline_from_tilse(f"2011-04-0\nJury selection begins .\n{SEP}\n2011-03-03\nDelay .\n{SEP}\n")
    assert [e.date.iso for e in tl.entries] == ["2011-03-03", "2011-04"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("A sentence before any date .\n", "line 1: text outside a date block"),
        (f"2011-01-25\nok .\n{SEP}\nstray text\n", "line 4: text outside a date block"),
        ("2011-02-30\nimpossible .\n", "line 1: impossible date '2011-02-30'"),
        ("\n\n", "no date line"),
    ],
)
def test_tilse_errors_name_file_and_line(text: str, problem: str) -> None:
    with pytest.raises(TimelineFormatError) as info:
        timeline_from_tilse(text, "bad.txt")
    assert str(info.value).startswith("bad.txt: ")
    assert problem in str(info.value)


def test_tilse_writer_rejects_non_day_entries() -> None:
    tl = Timeline((TimelineEntry(TimeValue.parse("2025-02"), ("x",)),))
    with pytest.raises(ValueError, match="not at day precision"):
        timeline_to_tilse(tl)


def test_reads_every_t17_reference(t17_dir: Path) -> None:
    paths = sorted(t17_dir.glob("*/timelines/*.txt"))
    assert len(paths) == 12
    for path in paths:
        tl = read_timeline(path)
        days = [e.date.as_date() for e in tl.entries]
        assert days == sorted(d for d in days if d is not None) or any(d is None for d in days)
        assert all(e.summary for e in tl.entries)


FULL = Timeline(
    entries=(
        TimelineEntry(
            TimeValue(2025, 2, modifier=Modifier.START),
            ("Talks begin.",),
            importance=0.25,
            notes=("sources differ",),
        ),
        TimelineEntry(
            TimeValue.parse("2025-04-08"),
            ("A deal is announced.", "Markets rise."),
            citations=(
                Citation(
                    "abc",
                    "example.com",
                    dt.date(2025, 4, 9),
                    10,
                    30,
                    "a deal was announced",
                    0,
                    "https://e/x",
                ),
                Citation("def", "other.org", dt.date(2025, 4, 8), 0, 12, "markets rose", 1),
            ),
            importance=1.5,
        ),
        TimelineEntry(TimeValue.parse("2025-W15"), ("A week.",)),
        TimelineEntry(TimeValue.parse("2025"), ("A year.",)),
    ),
    query="trade deal",
    title="The deal",
    coverage=(DayCoverage(dt.date(2025, 4, 8), 12, 3),),
)


def test_json_shape() -> None:
    data = timeline_to_json(FULL)
    assert data["schema"] == SCHEMA
    first, second = data["entries"][:2]
    assert (first["date"], first["granularity"], first["modifier"]) == ("2025-02", "month", "start")
    assert second["citations"][0] == {
        "article_id": "abc",
        "outlet": "example.com",
        "published": "2025-04-09",
        "start": 10,
        "end": 30,
        "quote": "a deal was announced",
        "summary_index": 0,
        "url": "https://e/x",
    }
    assert data["coverage"] == [{"day": "2025-04-08", "sentences": 12, "articles": 3}]
    assert timeline_from_json(json.loads(json.dumps(data))) == FULL


def test_json_optional_fields_default() -> None:
    tl = timeline_from_json({"schema": SCHEMA, "entries": [{"date": "2025-04-08", "summary": ["x"]}]})
    assert tl == Timeline((TimelineEntry(TimeValue.parse("2025-04-08"), ("x",)),))


def _with_entry(**entry: Any) -> dict[str, Any]:
    return {"schema": SCHEMA, "entries": [{"date": "2025-04-08", "summary": ["x"], **entry}]}


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([], "top level: expected an object"),
        ({"entries": []}, "schema: missing"),
        ({"schema": "other/2", "entries": []}, "schema: unsupported schema 'other/2'"),
        ({"schema": SCHEMA}, "entries: missing"),
        (_with_entry(date="2025-13"), "entries[0].date: "),
        (_with_entry(granularity="month"), "entries[0].granularity: 'month' does not match"),
        (_with_entry(modifier="late"), "entries[0].modifier: unknown modifier 'late'"),
        (_with_entry(summary="x"), "entries[0].summary: expected a list of strings"),
        (_with_entry(importance=True), "entries[0].importance: expected a finite number"),
        (_with_entry(citations=[{"article_id": "a"}]), "entries[0].citations[0].outlet: missing"),
        (
            _with_entry(
                citations=[
                    {
                        "article_id": "a",
                        "outlet": "o",
                        "published": "9 April",
                        "start": 0,
                        "end": 1,
                        "quote": "q",
                    }
                ]
            ),
            "entries[0].citations[0].published: not a YYYY-MM-DD date",
        ),
        (
            {"schema": SCHEMA, "entries": [], "coverage": [{"day": "2025-01-01", "sentences": -1}]},
            "coverage[0]",
        ),
    ],
)
def test_json_errors_name_the_field(data: object, problem: str) -> None:
    with pytest.raises(TimelineFormatError) as info:
        timeline_from_json(data, "tl.json")
    assert str(info.value).startswith("tl.json: ")
    assert problem in str(info.value)


def test_read_detects_format_and_reports_bad_json(tmp_path: Path) -> None:
    tilse = tmp_path / "a.txt"
    tilse.write_text(TILSE, encoding="utf-8")
    as_json = tmp_path / "b.json"
    write_timeline(read_timeline(tilse), as_json, "json")
    assert read_timeline(as_json) == read_timeline(tilse)
    broken = tmp_path / "c.json"
    broken.write_text('{\n  "schema": \n', encoding="utf-8")
    with pytest.raises(TimelineFormatError, match=r"c\.json: line 3 column 1: invalid JSON"):
        read_timeline(broken)
    binary = tmp_path / "d.txt"
    binary.write_bytes(b"\xff\xfe2011")
    with pytest.raises(TimelineFormatError, match="not UTF-8"):
        read_timeline(binary)


def test_write_tilse_and_errors(tmp_path: Path) -> None:
    out = tmp_path / "t.txt"
    write_timeline(timeline_from_tilse(TILSE), out, "tilse")
    assert out.read_text(encoding="utf-8").splitlines()[:3] == [
        "2011-01-25",
        "Thousands protest in Cairo .",
        SEP,
    ]
    with pytest.raises(TimelineFormatError, match="not at day precision"):
        write_timeline(FULL, tmp_path / "full.txt", "tilse")
    with pytest.raises(OptionsError, match="unknown timeline format 'xml'"):
        write_timeline(FULL, tmp_path / "full.xml", "xml")


def _schema() -> dict[str, Any]:
    text = DOCS.read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, re.DOTALL)
    assert block, "docs/json-schema.md has no ```json block"
    schema: dict[str, Any] = json.loads(block.group(1))
    return schema


def test_output_validates_against_documented_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(timeline_to_json(FULL), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"schema": SCHEMA, "entries": [{"date": "April"}]}, schema)


# --- round trips -----------------------------------------------------------------------------------------
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def time_values(draw: st.DrawFn) -> TimeValue:
    day = draw(days)
    kind = draw(st.sampled_from(["day", "week", "month", "year"]))
    modifier = draw(st.sampled_from(list(Modifier)))
    if kind == "week":
        return TimeValue.of_week(day)
    if kind == "day":
        return TimeValue(day.year, day.month, day.day, modifier)
    return TimeValue(day.year, day.month if kind == "month" else None, None, modifier)


citations = st.builds(
    Citation,
    article_id=text,
    outlet=text,
    published=days,
    start=st.integers(0, 10**6),
    end=st.integers(0, 10**6),
    quote=text,
    summary_index=st.integers(0, 5),
    url=st.none() | text,
)
entries = st.builds(
    TimelineEntry,
    date=time_values(),
    summary=st.lists(text, max_size=3).map(tuple),
    citations=st.lists(citations, max_size=2).map(tuple),
    importance=st.floats(allow_nan=False, allow_infinity=False),
    notes=st.lists(text, max_size=2).map(tuple),
)
timelines = st.builds(
    Timeline,
    entries=st.lists(entries, max_size=4).map(tuple),
    query=st.none() | text,
    title=st.none() | text,
    coverage=st.lists(
        st.builds(DayCoverage, day=days, sentences=st.integers(0, 999), articles=st.integers(0, 99)),
        max_size=3,
    ).map(tuple),
)


@given(timelines)
def test_json_round_trip(timeline: Timeline) -> None:
    assert timeline_from_json(json.loads(json.dumps(timeline_to_json(timeline)))) == timeline
    assert parse_timeline(json.dumps(timeline_to_json(timeline))) == timeline


# sentences the tilse format can carry: one line, no surrounding blanks, not a date or separator line
sentences = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp", "Zs")), min_size=1
).filter(
    lambda s: s == s.strip() and not re.match(r"^\d{4}-\d{1,2}-\d{1,2}$", s) and not re.match(r"^-{3,}$", s)
)


@given(st.dictionaries(days, st.lists(sentences, min_size=1, max_size=3), min_size=1, max_size=5))
def test_tilse_round_trip(by_day: dict[dt.date, list[str]]) -> None:
    timeline = Timeline(tuple(TimelineEntry(TimeValue.of_date(d), tuple(by_day[d])) for d in sorted(by_day)))
    assert timeline_from_tilse(timeline_to_tilse(timeline)) == timeline
