"""Incremental update in a running process: add one new article to a store, then rebuild the timeline.

Build the store first (`chronicle add ../shared/datasets/t17-dev/bpoil/articles.jsonl.gz --store bp.db`), then

    python scripts/bench_incremental.py bp.db [--repeat 5]

The first rebuild (imports, caches) is not timed; each timed round adds one new page and rebuilds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from chronicle.pipeline import Pipeline, PipelineOptions, Stage


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pipeline = Pipeline(PipelineOptions(stages=(Stage.TIMELINE,)))  # as `chronicle timeline --store` builds
    pipeline.run(store=args.store)
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            folder = Path(tmp) / f"page{i}"
            folder.mkdir()
            (folder / "new.txt").write_text(
                f" date 2010-09-2{i % 10} Relief well number {i} sealed the well for good on Monday, "
                "officials said.\n",
                encoding="utf-8",
            )
            started = time.perf_counter()
            pipeline.run([folder], store=args.store)
            times.append(time.perf_counter() - started)
    print("add one article + rebuild the timeline (s):", [round(t, 2) for t in times])
    print(f"median {statistics.median(times):.2f} s")


if __name__ == "__main__":
    main()
