"""Benchmark results as JSON and as a table: the overall figures and the long-story block."""

from __future__ import annotations

import datetime as dt
import json

from chronicle.evaluate import (
    LONG_SPAN_DAYS,
    BenchResult,
    Scores,
    Task,
    TaskResult,
    TimelineScores,
    TopicResult,
    aggregate,
)
from chronicle.model import Timeline, TimelineEntry, TimeValue
from chronicle.outputs import BENCH


def _scores(p: float, r: float) -> TimelineScores:
    one = Scores.of(p, r)
    return TimelineScores(one, one, one, one, one, one, one)


def _task(name: str, span_days: int, p: float, r: float) -> TaskResult:
    first = dt.date(2010, 1, 1)
    days = (first, first + dt.timedelta(days=span_days))
    reference = Timeline(tuple(TimelineEntry(TimeValue.of_date(d), ("It happened .",)) for d in days))
    return TaskResult(Task.of("topic", name, reference), _scores(p, r), articles=10, seconds=0.5)


def _result(*tasks: TaskResult) -> BenchResult:
    overall = aggregate([t.scores for t in tasks])
    return BenchResult(tasks, (TopicResult("topic", 10, 1.0),), overall, seconds=1.0, peak_rss_mb=100.0)


def test_long_block_aggregates_only_timelines_spanning_90_days_or_more() -> None:
    result = _result(_task("short", 10, 0.8, 0.8), _task("almost", 89, 0.6, 0.6), _task("long", 90, 0.2, 0.4))
    assert [r.task.span_days for r in result.tasks] == [10, 89, LONG_SPAN_DAYS]
    data = json.loads(BENCH.render(result, "json"))
    long = data["long"]
    assert long["timelines"] == 1 and long["min_span_days"] == LONG_SPAN_DAYS
    assert long["scores"]["date"] == {"precision": 0.2, "recall": 0.4, "f1": Scores.of(0.2, 0.4).f1}
    assert long["ar1_f"] == long["ar2_f"] == long["date_f1"] == Scores.of(0.2, 0.4).f1
    assert data["overall"]["ar1_f"] == Scores.of(1.6 / 3, 1.8 / 3).f1  # averages of P and R, then F1
    assert [t["span_days"] for t in data["tasks"]] == [10, 89, 90]


def test_no_long_timeline_gives_null_and_no_table_row() -> None:
    result = _result(_task("short", 10, 0.8, 0.8))
    assert json.loads(BENCH.render(result, "json"))["long"] is None
    table = BENCH.render(result, "terminal")
    assert "overall" in table and "long" not in table


def test_table_shows_the_long_row() -> None:
    table = BENCH.render(_result(_task("short", 3, 0.8, 0.8), _task("long", 200, 0.2, 0.4)), "terminal")
    lines = table.splitlines()
    long_row = next(line for line in lines if "long" in line and "spanning" in line)
    assert f"{Scores.of(0.2, 0.4).f1:.3f}" in long_row
    assert "total 1.0 s, peak memory 100 MB" in table
