"""Leave-one-topic-out evaluation of timeline variants, with the long timelines reported on their own.

Every variant is a set of TimelineOptions; a variant may use the learned date ranker (chronicle.dateranker),
which is then refitted without the topic it predicts. For each held-out topic, the variant with the best
AR-1 F on the *other* topics is chosen (with a ranker fitted without the held-out topic *and* the topic
being scored: nested, so the held-out topic never shapes its own prediction) and the held-out topic's tasks
are scored with it. Reported: the LOTO aggregate (the headline), every variant's in-sample aggregate, each
over all tasks and over the long ones (reference span >= 90 days), and per topic.

    python scripts/loto.py ../shared/datasets/t17-dev --json loto.json
    python scripts/loto.py ../shared/datasets/t17-dev --grid none   # the defaults only: their own figures

A variant without the learned ranker fits nothing: its LOTO figure is its in-sample figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from fit_date_ranker import TaskRows, fit, task_rows

from chronicle.bench import Task, load_topic, predict, topic_dirs
from chronicle.evaluate import TimelineEvaluator, TimelineScores, aggregate
from chronicle.model import Document
from chronicle.timeline import TimelineOptions

LONG_DAYS = 90  # a timeline spanning this many days or more is long

GRIDS: dict[str, list[tuple[str, dict[str, Any], bool]]] = {
    # (name, option overrides, learned date ranker)
    "none": [("defaults", {}, False)],
    "standard": [
        ("day_leads=0 (mean similarity)", {"day_leads": 0}, False),
        ("day_leads=3", {"day_leads": 3}, False),
        ("day_leads=5 (default)", {}, False),
        ("day_leads=8", {"day_leads": 8}, False),
        ("day_leads=5, learned date ranker", {}, True),
    ],
}


@dataclass(frozen=True)
class Topic:
    name: str
    query: str | None
    tasks: list[Task]
    documents: tuple[Document, ...]
    rows: list[TaskRows]


def is_long(task: Task) -> bool:
    return (task.end - task.start).days >= LONG_DAYS


def block(part: Sequence[TimelineScores]) -> dict[str, float] | None:
    """AR-1 F, AR-2 F and Date F1 aggregated over ``part`` (None when it is empty)."""
    if not part:
        return None
    total = aggregate(part)
    return {"ar1_f": total.align_r1.f1, "ar2_f": total.align_r2.f1, "date_f1": total.date.f1}


def figures(scores: Sequence[tuple[Task, TimelineScores]]) -> dict[str, Any]:
    return {
        "overall": block([s for _, s in scores]),
        "long": block([s for t, s in scores if is_long(t)]),
        "tasks": len(scores),
        "long_tasks": sum(1 for t, _ in scores if is_long(t)),
    }


def score_topic(
    topic: Topic, overrides: dict[str, Any], learned: bool, without: Sequence[str], all_topics: list[Topic]
) -> list[tuple[Task, TimelineScores]]:
    """Score the topic's tasks with a variant; a learned ranker is fitted on the topics not in ``without``."""
    base = replace(TimelineOptions(), **overrides)
    if learned:
        rows = [r for t in all_topics if t.name not in without for r in t.rows]
        base = replace(base, date_ranker=fit(rows))
    evaluator = TimelineEvaluator()
    return [
        (task, evaluator.evaluate(predict(topic.documents, task, topic.query, base), task.reference))
        for task in topic.tasks
    ]


def line(label: str, result: dict[str, Any]) -> str:
    o, lg = result["overall"], result["long"]
    text = f"{label:40s} AR-1 {o['ar1_f']:.4f} AR-2 {o['ar2_f']:.4f} Date {o['date_f1']:.4f}"
    if lg:
        text += f" | long AR-1 {lg['ar1_f']:.4f} AR-2 {lg['ar2_f']:.4f} Date {lg['date_f1']:.4f}"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--grid", choices=sorted(GRIDS), default="standard")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    started = time.perf_counter()
    topics: list[Topic] = []
    for topic_dir in topic_dirs(args.dataset):
        query, tasks, documents = load_topic(topic_dir)
        rows = [task_rows(documents, task, query, TimelineOptions()) for task in tasks]
        topics.append(Topic(topic_dir.name, query, tasks, documents, rows))
        print(f"annotated {topic_dir.name}", file=sys.stderr)
    names = [t.name for t in topics]
    grid = GRIDS[args.grid]
    # in-sample (for a learned ranker: each topic scored by a ranker fitted without it)
    plain: dict[int, dict[str, list[tuple[Task, TimelineScores]]]] = {}
    for v, (label, overrides, learned) in enumerate(grid):
        plain[v] = {t.name: score_topic(t, overrides, learned, [t.name], topics) for t in topics}
        print(line(label, figures([s for r in plain[v].values() for s in r])), file=sys.stderr)
    held_out: list[tuple[Task, TimelineScores]] = []
    choices: dict[str, str] = {}
    per_topic: dict[str, Any] = {}
    for topic in topics:
        best, best_f = 0, -1.0
        for v, (_label, overrides, learned) in enumerate(grid):
            others: list[tuple[Task, TimelineScores]] = []
            for other in topics:
                if other.name == topic.name:
                    continue
                if learned:  # nested: the ranker never sees the held-out topic
                    others += score_topic(other, overrides, True, [topic.name, other.name], topics)
                else:
                    others += plain[v][other.name]
            f = aggregate([s for _, s in others]).align_r1.f1 if len(grid) > 1 else 0.0
            if f > best_f:
                best, best_f = v, f
        choices[topic.name] = grid[best][0]
        held_out.extend(plain[best][topic.name])
        per_topic[topic.name] = {"variant": grid[best][0], **figures(plain[best][topic.name])}
    report = {
        "dataset": str(args.dataset),
        "grid": [{"name": n, "options": o, "learned_date_ranker": lr} for n, o, lr in grid],
        "selection": "AR-1 F on the other topics",
        "loto": figures(held_out),
        "loto_choices": choices,
        "loto_per_topic": per_topic,
        "loto_tasks": [
            {
                "topic": t.topic,
                "timeline": t.name,
                "long": is_long(t),
                "ar1_f": s.align_r1.f1,
                "ar2_f": s.align_r2.f1,
                "date_f1": s.date.f1,
            }
            for t, s in held_out
        ],
        "in_sample": {
            grid[v][0]: figures([s for r in plain[v].values() for s in r]) for v in range(len(grid))
        },
        "topics": names,
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(line("LOTO", report["loto"]))
    for name, result in per_topic.items():
        print(line(f"  {name} <- {result['variant']}", result))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
