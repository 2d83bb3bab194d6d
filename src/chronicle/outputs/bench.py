"""Benchmark results: JSON (schema ``chronicle.bench/1``) and the terminal table.

``overall`` aggregates every reference timeline; ``long`` the same figures over the timelines spanning
:data:`~chronicle.evaluate.LONG_SPAN_DAYS` days or more (null when there is none).
"""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from chronicle.evaluate import LONG_SPAN_DAYS, BenchResult, TimelineScores
from chronicle.outputs.text import plain_text

__all__ = ["SCHEMA", "TABLE_WIDTH", "bench_table", "bench_text", "bench_to_json"]

SCHEMA = "chronicle.bench/1"
TABLE_WIDTH = 140  # columns of the table written to a file or a pipe


def _headline(scores: TimelineScores) -> dict[str, float]:
    return {
        "ar1_f": scores.align_r1.f1,
        "ar2_f": scores.align_r2.f1,
        "date_f1": scores.date.f1,
        "concat_r1_f": scores.concat_r1.f1,
        "concat_r2_f": scores.concat_r2.f1,
        "agreement_r1_f": scores.agreement_r1.f1,
        "agreement_r2_f": scores.agreement_r2.f1,
    }


def _aggregate(scores: TimelineScores) -> dict[str, Any]:
    return {**_headline(scores), "scores": scores.as_dict()}


def bench_to_json(result: BenchResult) -> dict[str, Any]:
    """The benchmark result as JSON-ready data; ``overall`` and ``long`` hold ``ar1_f``, ``ar2_f``,
    ``date_f1`` (and the other F1s), with every precision and recall under ``scores``."""
    long = result.long
    return {
        "schema": SCHEMA,
        "overall": _aggregate(result.overall),
        "long": None
        if long is None
        else {
            "min_span_days": LONG_SPAN_DAYS,
            "timelines": len(result.long_tasks),
            **_aggregate(long),
        },
        "tasks": [
            {
                "topic": r.task.topic,
                "timeline": r.task.name,
                "dates": r.task.dates,
                "sentences_per_date": r.task.sentences,
                "start": r.task.start.isoformat(),
                "end": r.task.end.isoformat(),
                "span_days": r.task.span_days,
                "articles": r.articles,
                "seconds": round(r.seconds, 3),
                **_aggregate(r.scores),
            }
            for r in result.tasks
        ],
        "topics": [
            {"topic": t.topic, "articles": t.articles, "seconds": round(t.seconds, 3)} for t in result.topics
        ],
        "seconds": round(result.seconds, 3),
        "peak_rss_mb": round(result.peak_rss_mb, 1),
    }


def _score_cells(s: TimelineScores) -> list[str]:
    return [
        f"{s.align_r1.f1:.3f}",
        f"{s.align_r2.f1:.3f}",
        f"{s.date.f1:.3f}",
        f"{s.concat_r1.f1:.3f}",
        f"{s.agreement_r1.f1:.3f}",
    ]


def bench_table(result: BenchResult) -> RenderableType:
    """The table of every timeline's scores, the overall and long-story rows, then times and memory."""
    table = Table(title="TLS benchmark (F1; P/R averaged over timelines, F1 from the averages)")
    columns = ("topic", "timeline", "L", "k", "AR-1 F", "AR-2 F", "Date F1", "concat R-1", "agree R-1", "s")
    for column in columns:
        table.add_column(column, justify="left" if column in ("topic", "timeline") else "right")
    for r in result.tasks:
        table.add_row(
            r.task.topic,
            r.task.name,
            str(r.task.dates),
            str(r.task.sentences),
            *_score_cells(r.scores),
            f"{r.seconds:.1f}",
        )
    table.add_section()
    count = f"{len(result.tasks)} timelines"
    table.add_row(
        "overall", count, "", "", *_score_cells(result.overall), f"{result.seconds:.1f}", style="bold"
    )
    long = result.long
    if long is not None:
        count = f"{len(result.long_tasks)} spanning ≥ {LONG_SPAN_DAYS} days"
        table.add_row("long", count, "", "", *_score_cells(long), "", style="bold")
    lines = [f"{t.topic}: {t.articles} articles, {t.seconds:.1f} s" for t in result.topics]
    lines.append(f"total {result.seconds:.1f} s, peak memory {result.peak_rss_mb:.0f} MB")
    return Group(table, *(Text(line) for line in lines))


def bench_text(result: BenchResult) -> str:
    """The table as plain text."""
    return plain_text(bench_table(result), TABLE_WIDTH)
