"""TimelineJS JSON: valid against the format's spec, dates at their precision, every text escaped."""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser
from typing import Any

import jsonschema
import pytest

from chronicle.model import Citation, Corpus, Modifier, Run, Timeline, TimelineEntry, TimeValue
from chronicle.outputs import TIMELINE
from chronicle.outputs.timelinejs import HEADLINE_CHARS, date_object, timeline_to_timelinejs

# The parts of https://timeline.knightlab.com/docs/json-format.html that chronicle emits, as a JSON Schema.
# Closed objects (additionalProperties false) so a misspelt or invented key fails the test.
_DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": "integer"},  # "A number. Don't use commas."
        "month": {"type": "integer", "minimum": 1, "maximum": 12},  # "A number from 1-12"
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer", "minimum": 0, "maximum": 23},
        "minute": {"type": "integer", "minimum": 0, "maximum": 59},
        "second": {"type": "integer", "minimum": 0, "maximum": 59},
        "millisecond": {"type": "integer"},
        "display_date": {"type": "string"},
    },
    "dependentRequired": {"day": ["month"]},  # a day without a month means nothing
    "additionalProperties": False,
}
_TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},  # "HTML markup is OK"
    "additionalProperties": False,
}
_SLIDE_PROPERTIES = {
    "start_date": {"$ref": "#/$defs/date"},
    "end_date": {"$ref": "#/$defs/date"},
    "text": {"$ref": "#/$defs/text"},
    "group": {"type": "string"},
    "display_date": {"type": "string"},
    "autolink": {"type": "boolean"},
    "unique_id": {"type": "string", "minLength": 1},
}
TIMELINEJS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["events"],
    "properties": {
        "events": {"type": "array", "items": {"$ref": "#/$defs/event"}},
        "title": {"$ref": "#/$defs/title"},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "additionalProperties": False,
    "$defs": {
        "date": _DATE,
        "text": _TEXT,
        # "start_date: Yes, except for title slides"
        "event": {
            "type": "object",
            "required": ["start_date"],
            "properties": _SLIDE_PROPERTIES,
            "additionalProperties": False,
        },
        "title": {"type": "object", "properties": _SLIDE_PROPERTIES, "additionalProperties": False},
    },
}

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'


def cite(quote: str, index: int = 0, url: str | None = None, outlet: str = "Reuters") -> Citation:
    return Citation("a1", outlet, dt.date(2025, 4, 10), 0, len(quote), quote, index, url)


def story() -> Timeline:
    long_sentence = "Word " * 40
    return Timeline(
        (
            TimelineEntry(TimeValue(2024), ("Sometime in 2024.",)),
            TimelineEntry(
                TimeValue(2025, 2, modifier=Modifier.START), ("Moved to Donetsk.",), (cite("moved"),)
            ),
            TimelineEntry(TimeValue(2025, 3), ("In March.",)),
            TimelineEntry(TimeValue(2025, week=15), ("That week.",)),
            TimelineEntry(
                TimeValue(2025, 4, 8),
                (long_sentence, "Second."),
                (cite("first quote", 0, "https://example.org/a"), cite("second quote", 1)),
                notes=("Sources differ.",),
            ),
            TimelineEntry(TimeValue(2025, 4, 8), ("Same day again.",)),
        ),
        title="Chinese prisoners",
    )


def test_output_validates_against_the_timelinejs_schema() -> None:
    data = timeline_to_timelinejs(story())
    jsonschema.validate(data, TIMELINEJS_SCHEMA)
    jsonschema.Draft202012Validator.check_schema(TIMELINEJS_SCHEMA)


def test_schema_rejects_what_timelinejs_would_not_read() -> None:
    bad = {"events": [{"start_date": {"year": 2025, "month": 13}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, TIMELINEJS_SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"events": [{"text": {"headline": "no date"}}]}, TIMELINEJS_SCHEMA)


def test_dates_keep_their_precision() -> None:
    events: list[dict[str, Any]] = timeline_to_timelinejs(story())["events"]  # type: ignore[assignment]
    assert events[0]["start_date"] == {"year": 2024}
    assert events[1]["start_date"] == {"year": 2025, "month": 2}
    assert events[2]["start_date"] == {"year": 2025, "month": 3}
    assert events[3]["start_date"] == {"year": 2025, "month": 4, "day": 7}  # ISO week 15: 7-13 April
    assert events[3]["end_date"] == {"year": 2025, "month": 4, "day": 13}
    assert events[4]["start_date"] == {"year": 2025, "month": 4, "day": 8}
    assert date_object(TimeValue(2025, 4, 8)) == {"year": 2025, "month": 4, "day": 8}


def test_vague_dates_carry_a_display_date() -> None:
    events: list[dict[str, Any]] = timeline_to_timelinejs(story())["events"]  # type: ignore[assignment]
    assert events[1]["display_date"] == "early February 2025"
    assert events[3]["display_date"] == "week of 7 April 2025"
    assert "display_date" not in events[2]  # plain March: TimelineJS shows it right by itself
    assert "display_date" not in events[4]


def test_text_ids_and_groups() -> None:
    data = timeline_to_timelinejs(story())
    events: list[dict[str, Any]] = data["events"]  # type: ignore[assignment]
    assert data["title"] == {
        "text": {
            "headline": "Chinese prisoners",
            "text": "<p>6 dates from 1 article, 2024 to 8 April 2025.</p>",
        }
    }
    ids = [e["unique_id"] for e in events]
    assert ids == ["2024", "2025-02-start", "2025-03", "2025-W15", "2025-04-08", "2025-04-08-2"]
    assert [e["group"] for e in events] == ["Year", "Month", "Month", "Week", "Exact day", "Exact day"]
    headline = events[4]["text"]["headline"]
    assert headline.endswith("…") and len(headline) <= HEADLINE_CHARS + 1
    body = events[4]["text"]["text"]
    assert body.index("Second.") > body.index("first quote")  # each sentence followed by its own sources
    assert '<a href="https://example.org/a" target="_blank" rel="noopener noreferrer">Reuters</a>' in body
    assert "“second quote” — Reuters, 2025-04-10" in body
    assert "<p><strong>Note:</strong> Sources differ.</p>" in body
    assert all(e["autolink"] is False for e in events)


class _Tags(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text = ""
        self.feed(markup)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text += data


def test_hostile_text_is_escaped() -> None:
    entry = TimelineEntry(
        TimeValue(2025, 4, 8),
        (HOSTILE,),
        (cite(HOSTILE, url="javascript:window.__pwned=1", outlet=HOSTILE),),
        notes=(HOSTILE,),
    )
    data = timeline_to_timelinejs(Timeline((entry,), title=HOSTILE))
    jsonschema.validate(data, TIMELINEJS_SCHEMA)
    event: dict[str, Any] = data["events"][0]  # type: ignore[index]
    title: dict[str, Any] = data["title"]  # type: ignore[assignment]
    for markup in (event["text"]["headline"], event["text"]["text"], title["text"]["headline"]):
        parsed = _Tags(markup)
        assert {t for t, _ in parsed.tags} <= {"p", "ul", "li", "strong", "a"}
        assert not [a for _, a in parsed.tags if any(k.startswith("on") for k in a)]
        assert "javascript:" not in markup
        assert "<script>window.__pwned=1</script>" in parsed.text  # shown literally


def test_is_a_registered_format_of_the_timeline() -> None:
    run = Run(Corpus((), ()), (), story())
    data = json.loads(TIMELINE.render(run, "timelinejs"))
    assert data == timeline_to_timelinejs(story())
    jsonschema.validate(data, TIMELINEJS_SCHEMA)
    assert len(data["events"]) == 6


def test_empty_timeline() -> None:
    data = timeline_to_timelinejs(Timeline(()))
    jsonschema.validate(data, TIMELINEJS_SCHEMA)
    assert data["events"] == []


def test_background_entries_get_their_own_group_and_say_so() -> None:
    entries = (
        TimelineEntry(TimeValue(1931, 3, 3), ("She was born.",), background=True),
        TimelineEntry(TimeValue(2023, 4, 10), ("She died.",)),
    )
    data = timeline_to_timelinejs(Timeline(entries))
    jsonschema.validate(data, TIMELINEJS_SCHEMA)
    events: list[dict[str, Any]] = data["events"]  # type: ignore[assignment]
    born, died = events
    assert born["group"] == "Background" and died["group"] == "Exact day"
    assert born["text"]["text"].startswith("<p><em>Background: long before the story")
    assert "Background" not in died["text"]["text"]
