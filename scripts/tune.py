"""Leave-one-topic-out tuning of timeline options on a dataset in the t17 layout.

For every variant in a small grid, every task of every topic is predicted and scored once. Then, for each
held-out topic, the variant with the best mean AR-1 F on the *other* topics is chosen and the held-out
topic's tasks are scored with it: the aggregate of those held-out scores is the leave-one-topic-out figure.

    python scripts/tune.py ../shared/datasets/t17-dev [--json out.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import replace
from pathlib import Path

from chronicle.bench import load_topic, predict, topic_dirs
from chronicle.evaluate import TimelineEvaluator, TimelineScores, aggregate
from chronicle.timeline import TimelineOptions

GRID: dict[str, list[object]] = {
    "implicit_weight": [0.2, 0.35, 0.6],
    "centrality_power": [1.0, 2.0],
    "retrospective_bonus": [0.5, 1.0],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    evaluator = TimelineEvaluator()
    loaded = []
    for topic_dir in topic_dirs(args.dataset):
        query, tasks, documents = load_topic(topic_dir)
        loaded.append((topic_dir.name, query, tasks, documents))
        print(f"annotated {topic_dir.name}", file=sys.stderr)
    names = list(GRID)
    variants = [dict(zip(names, values, strict=True)) for values in itertools.product(*GRID.values())]
    # scores[variant][topic] = list of task scores
    scores: list[dict[str, list[TimelineScores]]] = []
    for variant in variants:
        base = replace(TimelineOptions(), **variant)  # type: ignore[arg-type]
        per_topic = {
            topic: [evaluator.evaluate(predict(docs, t, query, base), t.reference) for t in tasks]
            for topic, query, tasks, docs in loaded
        }
        scores.append(per_topic)
        overall = aggregate([s for v in per_topic.values() for s in v])
        print(
            f"{variant}: AR-1 {overall.align_r1.f1:.4f} AR-2 {overall.align_r2.f1:.4f} "
            f"Date {overall.date.f1:.4f}",
            file=sys.stderr,
        )
    held_out: list[TimelineScores] = []
    choices = {}
    for topic, *_ in loaded:

        def fit(i: int, topic: str = topic) -> float:
            others = [s for t, v in scores[i].items() if t != topic for s in v]
            return aggregate(others).align_r1.f1

        best = max(range(len(variants)), key=fit)
        choices[topic] = variants[best]
        held_out.extend(scores[best][topic])
    loto = aggregate(held_out)
    report = {
        "grid": GRID,
        "choices": choices,
        "loto": {"ar1_f": loto.align_r1.f1, "ar2_f": loto.align_r2.f1, "date_f1": loto.date.f1},
    }
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
