"""The regression gate: a quick subset of the TLS benchmark must stay above the floors pinned in the repo.

The floors live in benchmarks/floors.json; changing one is a reviewed change of its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronicle.bench import BenchResult, bench_to_json, run_bench

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


def test_every_reference_timeline_is_scored(quick_bench: BenchResult) -> None:
    names = {(r.task.topic, r.task.name) for r in quick_bench.tasks}
    assert {topic for topic, _ in names} == set(FLOORS["topics"])
    assert all(r.task.dates >= 1 and r.task.sentences >= 1 for r in quick_bench.tasks)


def test_bench_json_has_the_documented_shape(quick_bench: BenchResult) -> None:
    data = bench_to_json(quick_bench)
    assert {"ar1_f", "ar2_f", "date_f1"} <= set(data["overall"])
    assert len(data["tasks"]) == len(quick_bench.tasks)
    assert {t["topic"] for t in data["topics"]} == set(FLOORS["topics"])
    assert data["peak_rss_mb"] > 0
