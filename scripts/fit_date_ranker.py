"""Fit the learned date ranker (chronicle.dateranker) on a dataset in the t17 layout.

For every reference timeline (task, as the benchmark defines it) the candidate dates and their features are
computed exactly as the timeline builder sees them; a candidate is labelled 1 when it is a reference date.
The rows are written to a CSV (the training data, kept in the repository), the ranker fitted on every topic
is written as JSON (the file the package ships), and each topic's date F1 is printed twice, ranking its
candidates by the hand-made score and by a ranker fitted without that topic (leave-one-topic-out), top L.

    python scripts/fit_date_ranker.py ../shared/datasets/t17-dev \\
        --rows benchmarks/date_ranker_rows.csv --out src/chronicle/data/date_ranker.json

The full-pipeline comparison (dates and summaries, every metric) is scripts/loto.py.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from chronicle.bench import Task, load_topic, task_documents, task_options, topic_dirs
from chronicle.dateranker import FEATURES, DateRanker, fit_pairwise
from chronicle.model import Document
from chronicle.timeline import TimelineOptions, candidate_date_features


@dataclass(frozen=True)
class TaskRows:
    topic: str
    timeline: str
    dates: int  # L
    days: tuple[str, ...]  # candidate dates, ISO
    features: NDArray[np.float64]
    labels: NDArray[np.bool_]


def task_rows(
    documents: Sequence[Document], task: Task, query: str | None, base: TimelineOptions
) -> TaskRows:
    options = task_options(task, query, base)
    dates, features = candidate_date_features(task_documents(documents, task), options)
    reference = {e.date.as_date() for e in task.reference.entries}
    labels = np.array([d.as_date() in reference for d in dates], dtype=bool)
    return TaskRows(task.topic, task.name, task.dates, tuple(d.iso for d in dates), features, labels)


def top_l_f1(rows: TaskRows, ranking: NDArray[np.float64]) -> tuple[float, float]:
    """Precision and recall of the top-L candidates against the reference dates."""
    picked = np.argsort(-ranking, kind="stable")[: rows.dates]
    hits = float(rows.labels[picked].sum())
    return hits / max(1, len(picked)), hits / rows.dates


def fit(rows: Sequence[TaskRows], topics: Sequence[str] | None = None) -> DateRanker:
    kept = [r for r in rows if topics is None or r.topic in topics]
    return fit_pairwise([(r.features, r.labels) for r in kept], fitted_on=sorted({r.topic for r in kept}))


def write_rows(path: Path, rows: Sequence[TaskRows]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["topic", "timeline", "L", "date", "reference", *FEATURES])
        for r in rows:
            for day, label, values in zip(r.days, r.labels, r.features, strict=True):
                writer.writerow(
                    [r.topic, r.timeline, r.dates, day, int(label), *(f"{v:.6f}" for v in values)]
                )


def read_rows(path: Path) -> list[TaskRows]:
    grouped: dict[tuple[str, str], list[dict[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            grouped.setdefault((record["topic"], record["timeline"]), []).append(record)
    return [
        TaskRows(
            topic,
            timeline,
            int(records[0]["L"]),
            tuple(r["date"] for r in records),
            np.array([[float(r[f]) for f in FEATURES] for r in records]),
            np.array([r["reference"] == "1" for r in records], dtype=bool),
        )
        for (topic, timeline), records in grouped.items()
    ]


def extract(dataset: Path, base: TimelineOptions) -> list[TaskRows]:
    rows = []
    for topic_dir in topic_dirs(dataset):
        query, tasks, documents = load_topic(topic_dir)
        rows.extend(task_rows(documents, task, query, base) for task in tasks)
        print(f"features: {topic_dir.name}", file=sys.stderr)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, nargs="?", help="t17-layout dataset (omit with --from-rows)")
    parser.add_argument("--rows", type=Path, required=True, help="CSV of training rows (written, or read)")
    parser.add_argument("--from-rows", action="store_true", help="read --rows instead of annotating")
    parser.add_argument("--out", type=Path, help="write the ranker fitted on every topic here (JSON)")
    args = parser.parse_args()
    if args.from_rows:
        rows = read_rows(args.rows)
    else:
        if args.dataset is None:
            parser.error("a dataset is needed unless --from-rows is given")
        rows = extract(args.dataset, TimelineOptions())
        write_rows(args.rows, rows)
    topics = sorted({r.topic for r in rows})
    hand: list[tuple[float, float]] = []
    learned: list[tuple[float, float]] = []
    for topic in topics:
        ranker = fit(rows, [t for t in topics if t != topic])
        for r in (r for r in rows if r.topic == topic):
            hand.append(top_l_f1(r, r.features[:, FEATURES.index("score")]))
            learned.append(top_l_f1(r, r.features @ np.asarray(ranker.weights)))
            print(
                f"{topic:16s} {r.timeline[:40]:40s} L={r.dates:3d} "
                f"hand {hand[-1][0]:.3f} LOTO {learned[-1][0]:.3f}"
            )
    for label, scores in (("hand-made score", hand), ("learned, LOTO", learned)):
        p = sum(s[0] for s in scores) / len(scores)
        rec = sum(s[1] for s in scores) / len(scores)
        print(f"date F1 (top L), {label}: {2 * p * rec / (p + rec) if p + rec else 0.0:.4f}")
    full = fit(rows)
    print("weights (all topics):", dict(zip(FEATURES, (round(w, 4) for w in full.weights), strict=True)))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(full.to_json(), indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
