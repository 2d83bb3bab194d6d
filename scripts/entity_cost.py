"""What named-entity recognition costs in a run: seconds per pipeline stage and sentences the model reads.

    python scripts/entity_cost.py ../shared/datasets/t17-dev/bpoil/articles.jsonl.gz [--model PKG|rules]

Runs every document stage through :class:`chronicle.pipeline.Pipeline` once, timing each stage from the
progress callback (wall and this process's CPU), and counts the sentences and characters handed to the
recognizer. One run: on a shared machine compare ratios within one run, not absolute times.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from chronicle.entities import Recognizer, RuleRecognizer, SpacyRecognizer, Span  # noqa: E402
from chronicle.pipeline import Pipeline, PipelineOptions  # noqa: E402


class _Counting:
    """A recognizer wrapper that counts what it is given."""

    def __init__(self, inner: Recognizer) -> None:
        self.inner = inner
        self.texts = 0
        self.chars = 0
        self.seconds = 0.0

    @property
    def name(self) -> str:
        return self.inner.name

    def recognize(self, texts: Sequence[str]) -> list[list[Span]]:
        self.texts += len(texts)
        self.chars += sum(map(len, texts))
        start = time.perf_counter()
        result = self.inner.recognize(texts)
        self.seconds += time.perf_counter() - start
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--model", help="a spaCy package name, or 'rules' (default: the default recognizer)")
    args = parser.parse_args()
    if args.model == "rules":
        inner: Recognizer = RuleRecognizer()
    else:
        inner = SpacyRecognizer(package=args.model) if args.model else SpacyRecognizer()
    counting = _Counting(inner)
    marks: list[tuple[str, float, float]] = []

    def progress(stage: object, done: int, total: int | None) -> None:
        name = getattr(stage, "value", str(stage))
        if not marks or marks[-1][0] != name:
            marks.append((name, time.perf_counter(), time.process_time()))

    pipeline = Pipeline(PipelineOptions(), progress=progress, recognizer=counting)
    run = pipeline.run(args.inputs)
    marks.append(("end", time.perf_counter(), time.process_time()))
    wall = marks[-1][1] - marks[0][1]
    for (name, w0, c0), (_, w1, c1) in itertools.pairwise(marks):
        print(f"{name:10} {w1 - w0:7.1f} s wall {c1 - c0:7.1f} s cpu")
    print(f"total      {wall:7.1f} s wall; {len(run.documents)} documents, {run.sentences} sentences")
    print(
        f"recognizer {counting.name}: {counting.texts} sentences ({counting.chars:,} characters) in "
        f"{counting.seconds:.1f} s; {len(run.entities)} entities"
    )


if __name__ == "__main__":
    main()
