"""What each part of the timeline scorer buys: the T17 benchmark with one mechanism switched off at a time.

Every variant is scored in the same run on the same annotated documents, so the differences are not noise of
the machine (the scores are deterministic).

    python scripts/ablate.py ../shared/datasets/t17-dev
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from chronicle.bench import load_topic, predict, topic_dirs
from chronicle.evaluate import TimelineEvaluator, aggregate
from chronicle.timeline import TimelineOptions

VARIANTS: dict[str, dict[str, object]] = {
    "chronicle (defaults)": {},
    "no retrospective bonus": {"retrospective_bonus": 0.0},
    "no redundancy check across the timeline": {"redundancy": 1.0},
    "no length prior": {"long_words": 100_000},
    "undated sentences not dated by publication": {"implicit_weight": 0.0},
    "no relevance floor": {"min_relevance": 0.0},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("dataset", type=Path)
    args = parser.parse_args()
    evaluator = TimelineEvaluator()
    loaded = [load_topic(topic_dir) for topic_dir in topic_dirs(args.dataset)]
    print("| variant | AR-1 F | AR-2 F | Date F1 |\n|---|---|---|---|")
    for name, overrides in VARIANTS.items():
        options = replace(TimelineOptions(), **overrides)  # type: ignore[arg-type]
        scores = [
            evaluator.evaluate(predict(documents, task, query, options), task.reference)
            for query, tasks, documents in loaded
            for task in tasks
        ]
        total = aggregate(scores)
        print(f"| {name} | {total.align_r1.f1:.4f} | {total.align_r2.f1:.4f} | {total.date.f1:.4f} |")


if __name__ == "__main__":
    main()
