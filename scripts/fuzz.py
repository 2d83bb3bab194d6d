"""Long fuzzing runs outside CI: the targets and strategies of ``tests/test_fuzz.py`` with a big budget.

    python scripts/fuzz.py --examples 100000 [--jobs 2] [--target clean --target ground ...] [--json out.json]

``--examples`` is the total number of generated inputs, split evenly over the targets; the targets run in
``--jobs`` worker processes. Unlike the CI tests a failure does not stop the run: every input is run, each
exception other than a :class:`ChronicleError` (or a broken property) is counted as a crash and the first
input of each distinct crash (exception type and place) is kept, so a crash can be replayed and turned
into a regression test. Exit code 1 when any crash was found.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]


def load_targets() -> ModuleType:
    spec = importlib.util.spec_from_file_location("chronicle_fuzz_targets", ROOT / "tests" / "test_fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def targets(m: ModuleType) -> dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], None]]]:
    """Name -> (strategy of one input, the check run on it)."""

    @st.composite
    def text_and_spans(draw: st.DrawFn, text: st.SearchStrategy[str]) -> tuple[str, list[tuple[int, int]]]:
        drawn = draw(text)
        return drawn, draw(m.span_lists(drawn))

    return {
        "read": (
            st.tuples(
                st.sampled_from(m.FILE_NAMES),
                st.sampled_from(m.BYTE_PREFIXES),
                st.one_of(st.binary(max_size=400), m.any_text.map(lambda t: t.encode("utf-8", "replace"))),
                st.booleans(),
            ),
            lambda a: m.check_read_bytes(a[0], a[1] + a[2], a[3]),
        ),
        "jsonl": (
            st.tuples(st.sampled_from(["feed.jsonl", "feed.json", "feed.jsonl.gz"]), m.jsonl_content()),
            lambda a: m.check_read_bytes(a[0].removesuffix(".gz"), a[1], a[0].endswith(".gz")),
        ),
        "clean": (m.any_text, m.check_clean),
        "split": (text_and_spans(m.any_text), lambda a: m.check_split(*a)),
        "ground": (
            st.tuples(
                text_and_spans(st.one_of(m.date_soup, m.any_text)),
                st.one_of(m.common_dates, m.published_dates),
            ),
            lambda a: m.check_ground(a[0][0], a[0][1], a[1]),
        ),
        "annotate": (
            st.tuples(m.any_text, st.one_of(m.common_dates, m.published_dates)),
            lambda a: m.check_annotate(*a),
        ),
    }


def run_target(name: str, examples: int) -> dict[str, Any]:
    module = load_targets()
    strategy, check = targets(module)[name]
    chronicle_error = module.ChronicleError
    runs = 0
    refused = 0
    crashes = 0
    distinct: dict[str, str] = {}

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def fuzz(value: Any) -> None:
        nonlocal runs, refused, crashes
        runs += 1
        try:
            check(value)
        except chronicle_error:
            refused += 1
        except Exception as error:
            crashes += 1
            frame = traceback.extract_tb(error.__traceback__)[-1]
            key = f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            distinct.setdefault(key, f"{error!s:.300} <- input {value!r:.2000}")

    began = time.perf_counter()
    fuzz()
    return {
        "target": name,
        "inputs": runs,
        "refused_cleanly": refused,
        "crashes": crashes,
        "distinct_crashes": distinct,
        "seconds": round(time.perf_counter() - began, 1),
    }


def _run(args: tuple[str, int]) -> dict[str, Any]:
    return run_target(*args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=100_000, help="total inputs over all targets")
    parser.add_argument("--target", action="append", help="only these targets (repeatable)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--json", type=Path, help="write the results as JSON")
    args = parser.parse_args(argv)
    names = args.target or list(targets(load_targets()))
    per_target = max(1, args.examples // len(names))
    with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
        results = []
        for result in pool.imap_unordered(_run, [(n, per_target) for n in names]):
            results.append(result)
            sys.stdout.write(
                f"{result['target']:<9} {result['inputs']:>8,} inputs {result['crashes']:>5} crashes "
                f"({result['refused_cleanly']:,} refused cleanly) {result['seconds']:>7.1f} s\n"
            )
            for key, example in result["distinct_crashes"].items():
                sys.stdout.write(f"    {key}: {example[:400]}\n")
            sys.stdout.flush()
    total = sum(r["inputs"] for r in results)
    crashes = sum(r["crashes"] for r in results)
    sys.stdout.write(f"total     {total:>8,} inputs {crashes:>5} crashes\n")
    if args.json is not None:
        args.json.write_text(json.dumps({"total": total, "crashes": crashes, "targets": results}, indent=2))
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
