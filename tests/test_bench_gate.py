"""The regression gate: a quick subset of the TLS benchmark must stay above the floors pinned in the repo.

The floors live in benchmarks/floors.json; changing one is a reviewed change of its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronicle.bench import run_bench
from chronicle.evaluate import BenchResult
from chronicle.outputs.bench import bench_to_json

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "benchmarks" / "floors.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def quick_bench(shared_dir: Path) -> BenchResult:
    return run_bench(shared_dir / FLOORS["dataset"], FLOORS["topics"])


@pytest.mark.parametrize("metric", sorted(FLOORS["floors"]))
def test_score_stays_above_its_floor(quick_bench: BenchResult, metric: str) -> None:
    score = bench_to_json(quick_bench)["overall"][metric]
    floor = FLOORS["floors"][metric]
    assert score >= floor, (
        f"{metric} fell to {score:.4f}, below its floor {floor:.4f} (benchmarks/floors.json)"
    )


def test_every_reference_timeline_is_scored(quick_bench: BenchResult, shared_dir: Path) -> None:
    dataset = shared_dir / FLOORS["dataset"]
    references = {
        (topic, path.stem)
        for topic in FLOORS["topics"]
        for path in (dataset / topic / "timelines").glob("*.txt")
    }
    assert {(r.task.topic, r.task.name) for r in quick_bench.tasks} == references
    assert [t.topic for t in quick_bench.topics] == sorted(FLOORS["topics"])
