"""Property tests for chronicle.temporal: never raises, spans valid, linear in the input size."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import time

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


def test_linear_time_on_adversarial_input() -> None:
    # Compare the cost of a 10 KB and a 100 KB adversarial input in the same run: a super-linear pattern
    # would take far more than ten times as long. Relative measure, no absolute threshold.
    unit = "on on on 1 1 1 May May 2011 , , - the the next next day " + "9" * 40 + " "
    small = unit * (10_000 // len(unit))
    large = unit * (100_000 // len(unit))
    published = dt.date(2025, 4, 10)

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            began = time.perf_counter()
            ground(text, [(0, len(text))], published)
            best = min(best, time.perf_counter() - began)
        return best

    ratio = cost(large) / max(cost(small), 1e-9)
    assert ratio < 25, ratio  # ~10 when linear, ~100 when quadratic


def test_long_digit_runs_are_not_dates() -> None:
    text = "1" * 5000 + " 2024 " + "2" * 5000
    (timexes,) = ground(text, [(0, len(text))], dt.date(2025, 1, 1))
    assert [t.text for t in timexes] == ["2024"]
    assert re.fullmatch(r"\d{4}", timexes[0].value.iso)
