"""CPU cost of the day centroid (issue 11): timeline building with ``day_leads=5`` against ``day_leads=0``.

The topics are annotated once; then every task's timeline is built with each setting in turn, ``--repeat``
times, alternating, and the medians of process CPU time are compared (a ratio in one run: the machine is
shared, absolute times are noise).

    python scripts/bench_day_centroid.py ../shared/datasets/t17-dev --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from pathlib import Path

from chronicle.bench import load_topic, predict, topic_dirs
from chronicle.timeline import TimelineOptions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    loaded = []
    for topic_dir in topic_dirs(args.dataset):
        loaded.append(load_topic(topic_dir))
    times: dict[int, list[float]] = {0: [], 5: []}
    for _ in range(args.repeat):
        for leads in times:
            options = replace(TimelineOptions(), day_leads=leads)
            started = time.process_time()
            for query, tasks, documents in loaded:
                for task in tasks:
                    predict(documents, task, query, options)
            times[leads].append(time.process_time() - started)
    for leads, values in times.items():
        listed = ", ".join(f"{v:.2f}" for v in values)
        print(f"day_leads={leads}: CPU s {listed} (median {statistics.median(values):.2f})")
    print(f"ratio (median 5 / median 0): {statistics.median(times[5]) / statistics.median(times[0]):.2f}")


if __name__ == "__main__":
    main()
