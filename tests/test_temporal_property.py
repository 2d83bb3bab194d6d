"""Property tests for chronicle.temporal: never raises, spans valid, linear in the input size."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle.model import TimeValue
from chronicle.temporal import ground

TOKENS = [
    "on",
    "On",
    "May",
    "March",
    "Monday",
    "Friday",
    "'s",
    "Jan.",
    "25",
    ",",
    "2011",
    "1,500",
    "8:56",
    "PM",
    "the",
    "next",
    "day",
    "later",
    "four",
    "days",
    "ago",
    "last",
    "week",
    "month",
    "year",
    "early",
    "mid-",
    "end",
    "of",
    "December",
    "24",
    "31",
    "0",
    "9999",
    "2024-12-24",
    "2024-13-45",
    "-",
    ".",
    "\n",
    "  ",
    "yesterday",
    "tomorrow",
    "this",
    "following",
    "Sunday",
    "Times",
    "1990s",
    "12345678901234",
    "é",
    "$",
]

dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
token_text = st.lists(st.sampled_from(TOKENS), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=300), token_text)


def _spans(draw: st.DrawFn, size: int) -> list[tuple[int, int]]:
    cuts = sorted(draw(st.lists(st.integers(min_value=0, max_value=size), max_size=6)))
    points = [0, *cuts, size]
    return list(itertools.pairwise(points))


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], dt.date]:
    text = draw(any_text)
    return text, _spans(draw, len(text)), draw(dates)


@settings(max_examples=300, deadline=None)
@given(documents())
def test_ground_never_raises_and_spans_are_valid(doc: tuple[str, list[tuple[int, int]], dt.date]) -> None:
    text, spans, published = doc
    grounded = ground(text, spans, published)
    assert len(grounded) == len(spans)
    for (start, end), timexes in zip(spans, grounded, strict=True):
        for timex in timexes:
            assert start <= timex.start < timex.end <= end
            assert text[timex.start : timex.end] == timex.text
            assert TimeValue.parse(timex.value.iso).iso == timex.value.iso  # a valid value
            if timex.anchor_value is not None:
                TimeValue.parse(timex.anchor_value.iso)


def test_adversarial_input_is_grounded_with_exact_offsets() -> None:
    # Its cost (linear in the input) is measured by scripts/bench_adversarial.py, not asserted here.
    unit = "on on on 1 1 1 May May 2011 , , - the the next next day " + "9" * 40 + " "
    text = unit * (100_000 // len(unit))
    (timexes,) = ground(text, [(0, len(text))], dt.date(2025, 4, 10))
    assert timexes and all(text[t.start : t.end] == t.text for t in timexes)
    assert {t.value for t in timexes if t.text.startswith("May")} <= {TimeValue(2011, 5), TimeValue(2025, 5)}


def test_long_digit_runs_are_not_dates() -> None:
    text = "1" * 5000 + " 2024 " + "2" * 5000
    (timexes,) = ground(text, [(0, len(text))], dt.date(2025, 1, 1))
    assert [t.text for t in timexes] == ["2024"]
    assert re.fullmatch(r"\d{4}", timexes[0].value.iso)
