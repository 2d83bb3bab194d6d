"""Failure analysis of date selection on the long reference timelines (span >= 90 days) of a t17 dataset.

For every reference date the default predictor misses, and for every date it picks that is not a reference
date, the signals the articles in the task's range leave: articles that name the date explicitly (and how
many of them were published later, on how many distinct later days, by how many outlets), articles
published on the day, whether a picked date lies within a day of it, and its rank by the date score.

    python scripts/long_failures.py ../shared/datasets/t17-dev [--json out.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from chronicle.bench import load_topic, predict, task_documents, task_options, topic_dirs
from chronicle.model import Timeline
from chronicle.story import build_story
from chronicle.timeline import TimelineOptions, _date_score, _mentions

LONG_DAYS = 90


def _explicit_days(mentions: Any) -> Iterator[tuple[Any, dt.date]]:
    """The mentions that name their date explicitly, with that date as a day (month and year left out)."""
    for m in mentions:
        day = m.date.as_date()
        if m.explicit and day is not None:
            yield m, day


def date_signals(
    documents: Any, task: Any, query: str | None, base: TimelineOptions
) -> dict[dt.date, dict[str, Any]]:
    in_range = task_documents(documents, task)
    options = task_options(task, query, base)
    story = build_story(in_range, query)
    loose = replace(options, min_relevance=0.0)
    kept = _mentions(in_range, story, options)
    every = _mentions(in_range, story, loose)
    by_date = defaultdict(list)
    for m in kept:
        by_date[m.date].append(m)
    scores = {d: _date_score(found, story, options) for d, found in by_date.items()}
    ranked = sorted(scores, key=lambda d: (-scores[d], d.sort_key))
    rank = {day: i + 1 for i, d in enumerate(ranked) if (day := d.as_date()) is not None}
    published = Counter(d.article.published for d in in_range)
    signals: dict[dt.date, dict[str, Any]] = defaultdict(
        lambda: {
            "explicit_docs": set(),
            "later_docs": set(),
            "later_days": set(),
            "outlets": set(),
            "explicit_any_docs": set(),
        }
    )
    for m, day in _explicit_days(every):
        signals[day]["explicit_any_docs"].add(m.doc)
    for m, day in _explicit_days(kept):
        s = signals[day]
        s["explicit_docs"].add(m.doc)
        s["outlets"].add(in_range[m.doc].article.outlet)
        if m.published > day:
            s["later_docs"].add(m.doc)
            s["later_days"].add(m.published)
    out: dict[dt.date, dict[str, Any]] = {}
    days = set(signals) | set(published) | set(rank)
    for day in days:
        s = signals[day]
        out[day] = {
            "explicit": len(s["explicit_docs"]),
            "explicit_no_floor": len(s["explicit_any_docs"]),
            "later": len(s["later_docs"]),
            "later_days": len(s["later_days"]),
            "outlets": len(s["outlets"]),
            "published": published.get(day, 0),
            "rank": rank.get(day),
        }
    return out


def table(report: list[dict[str, Any]]) -> str:
    """The report as a Markdown table, one row per task (the table in docs/quality.md)."""
    lines = [
        "| task | L | publication days | hits | missed | no article, no mention | mentioned only below the "
        "relevance floor | publication only | named explicitly, outranked | missed within ±1 day of a pick | "
        "explicit articles, median: hits / missed / false picks | articles published that day, median: "
        "hits / missed / false picks |",
        "|" + "---|" * 12,
    ]
    for found in report:
        rows: list[dict[str, Any]] = found["rows"]
        hits = [r for r in rows if r["kind"] == "hit"]
        missed = [r for r in rows if r["kind"] == "missed"]
        false = [r for r in rows if r["kind"] == "false"]
        unreachable = sum(r["explicit_no_floor"] == 0 and r["published"] == 0 for r in missed)
        below = sum(r["explicit"] == 0 and r["explicit_no_floor"] > 0 for r in missed)
        publication = sum(r["explicit_no_floor"] == 0 and r["published"] > 0 for r in missed)
        outranked = sum(r["explicit"] > 0 for r in missed)
        near = sum(bool(r["near"]) for r in missed)
        name = f"{found['topic']}/{str(found['timeline']).split('--')[0]}"
        lines.append(
            f"| {name} | {found['L']} | {found['publication_days']} | {len(hits)} | {len(missed)} | "
            f"{unreachable} | {below} | {publication} | {outranked} | {near} | "
            f"{_median(hits, 'explicit'):g} / {_median(missed, 'explicit'):g} / "
            f"{_median(false, 'explicit'):g} | "
            f"{_median(hits, 'published'):g} / {_median(missed, 'published'):g} / "
            f"{_median(false, 'published'):g} |"
        )
    return "\n".join(lines)


def _days(timeline: Timeline) -> set[dt.date]:
    return {day for e in timeline.entries if (day := e.date.as_date()) is not None}


def _median(rows: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in rows)) if rows else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    base = TimelineOptions()
    report: list[dict[str, Any]] = []
    for topic_dir in topic_dirs(args.dataset):
        query, tasks, documents = load_topic(topic_dir)
        for task in tasks:
            if (task.end - task.start).days < LONG_DAYS:
                continue
            reference = _days(task.reference)
            picked = _days(predict(documents, task, query, base))
            signals = date_signals(documents, task, query, base)
            empty = {
                "explicit": 0,
                "explicit_no_floor": 0,
                "later": 0,
                "later_days": 0,
                "outlets": 0,
                "published": 0,
                "rank": None,
            }
            rows = []
            for day in sorted(reference | picked):
                s = signals.get(day, empty)
                kind = (
                    "hit"
                    if day in reference and day in picked
                    else ("missed" if day in reference else "false")
                )
                near = any(abs((day - p).days) == 1 for p in (picked if kind == "missed" else reference))
                rows.append({"date": day.isoformat(), "kind": kind, "near": near, **s})
            report.append(
                {
                    "topic": task.topic,
                    "timeline": task.name,
                    "L": task.dates,
                    "span": (task.end - task.start).days,
                    "rows": rows,
                    "publication_days": sum(1 for s in signals.values() if s["published"]),
                }
            )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
    print(table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
