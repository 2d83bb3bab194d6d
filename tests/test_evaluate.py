"""Timeline scores: tilse 0.2.1 reference vectors (real ROUGE-1.5.5) reproduced, and edge cases."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from chronicle.evaluate import Scores, TimelineEvaluator, TimelineScores, aggregate, evaluate_timeline
from chronicle.model import Timeline, TimelineEntry, TimeValue

TOLERANCE = 0.002
VECTORS = "tls-metric-vectors.json"
# the vector file's metric names -> TimelineScores fields
VARIANTS = {"concat": "concat", "agreement": "agreement", "align_m1": "align"}


def timeline(days: Mapping[str, Sequence[str]]) -> Timeline:
    return Timeline(tuple(TimelineEntry(TimeValue.parse(d), tuple(s)) for d, s in days.items()))


@pytest.fixture(scope="module")
def evaluator() -> TimelineEvaluator:
    return TimelineEvaluator()


def _cases() -> list[Any]:
    from conftest import SHARED  # the shared_dir fixture's folder, needed at collection time

    path = SHARED / VECTORS
    if not path.exists():
        return [pytest.param(None, id="missing-vectors")]
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    return [pytest.param(case["case"], id=case["case"]) for case in cases]


@pytest.fixture(scope="module")
def vectors(shared_dir: Path) -> dict[str, Any]:
    data = json.loads((shared_dir / VECTORS).read_text(encoding="utf-8"))
    return {case["case"]: case for case in data["cases"]}


def _expected_and_actual(case: Mapping[str, Any], scores: TimelineScores) -> list[tuple[str, float, float]]:
    rows = []
    for variant, by_measure in case["scores"].items():
        if variant == "date":
            got, measures = scores.date, {"date": by_measure}
        else:
            measures = by_measure
        for measure, expected in measures.items():
            if variant != "date":
                got = getattr(scores, f"{VARIANTS[variant]}_r{measure[-1]}")
            for name, value in (("precision", got.precision), ("recall", got.recall), ("f_score", got.f1)):
                rows.append((f"{variant}.{measure}.{name}", expected[name], value))
    return rows


@pytest.mark.parametrize("name", _cases())
def test_reproduces_tilse_vectors(name: str, vectors: dict[str, Any], evaluator: TimelineEvaluator) -> None:
    case = vectors[name]
    scores = evaluator.evaluate(timeline(case["predicted"]), timeline(case["reference"]))
    rows = _expected_and_actual(case, scores)
    assert len(rows) == 21  # date + 3 variants x 2 measures, each P/R/F
    wrong = [(metric, expected, got) for metric, expected, got in rows if abs(expected - got) > TOLERANCE]
    assert not wrong


def test_vector_file_covers_every_variant(vectors: dict[str, Any]) -> None:
    assert len(vectors) >= 8
    for case in vectors.values():
        assert set(case["scores"]) == {"date", *VARIANTS}


REFERENCE = {
    "2011-01-25": ["Protesters fill Tahrir Square in Cairo .", "Police fire tear gas ."],
    "2011-01-28": ["The ruling party headquarters is set ablaze ."],
    "2011-02-11": ["Mubarak resigns and hands power to the army ."],
}


def test_identical_timelines_score_one(evaluator: TimelineEvaluator) -> None:
    scores = evaluator.evaluate(timeline(REFERENCE), timeline(REFERENCE))
    for metric in ("date", "concat_r1", "concat_r2", "agreement_r1", "agreement_r2", "align_r1", "align_r2"):
        s = getattr(scores, metric)
        assert (s.precision, s.recall, s.f1) == pytest.approx((1.0, 1.0, 1.0)), metric


def test_empty_prediction_scores_zero(evaluator: TimelineEvaluator) -> None:
    scores = evaluator.evaluate(Timeline(()), timeline(REFERENCE))
    assert scores == TimelineScores(*([Scores(0.0, 0.0, 0.0)] * 7))


def test_non_day_entries_are_not_scored(evaluator: TimelineEvaluator) -> None:
    with_month = Timeline(
        (*timeline(REFERENCE).entries, TimelineEntry(TimeValue.parse("2011-02"), ("Mubarak resigns .",)))
    )
    assert evaluator.evaluate(with_month, timeline(REFERENCE)) == evaluator.evaluate(
        timeline(REFERENCE), timeline(REFERENCE)
    )


def test_entries_of_one_day_are_merged(evaluator: TimelineEvaluator) -> None:
    split = Timeline(
        (
            TimelineEntry(TimeValue.parse("2011-01-25"), ("Protesters fill Tahrir Square in Cairo .",)),
            TimelineEntry(TimeValue.parse("2011-01-25"), ("Police fire tear gas .",)),
            *timeline(REFERENCE).entries[1:],
        )
    )
    assert evaluator.evaluate(split, timeline(REFERENCE)).align_r2.f1 == pytest.approx(1.0)


def test_date_scores_and_alignment_weighting(evaluator: TimelineEvaluator) -> None:
    # the right text one day late: no date match, agreement 0, alignment credits it at 1/(1+1)
    late = timeline({"2011-01-26": REFERENCE["2011-01-25"]})
    scores = evaluator.evaluate(late, timeline(REFERENCE))
    assert scores.date == Scores(0.0, 0.0, 0.0)
    assert scores.agreement_r1.f1 == 0.0
    assert scores.align_r1.precision == pytest.approx(0.5)
    assert scores.concat_r1.precision == pytest.approx(1.0)


def test_several_references_average_counts(evaluator: TimelineEvaluator) -> None:
    one = timeline({"2011-01-25": ["Protesters fill Tahrir Square ."]})
    other = timeline({"2011-01-25": ["Police fire tear gas ."]})
    scores = evaluate_timeline(one, [one, other], evaluator=evaluator)
    # 4 tokens each (protest fill tahrir squar / polic fire tear gas): 4 hits against the first reference,
    # 0 against the second; the prediction is counted once per reference, hits and reference counts summed
    assert scores.agreement_r1.precision == pytest.approx(4 / (2 * 4))
    assert scores.agreement_r1.recall == pytest.approx(4 / (4 + 4))
    alone = evaluate_timeline(one, one, evaluator=evaluator)
    assert alone.agreement_r1.precision == 1.0
    assert scores.date.f1 == 1.0


def test_aggregate_averages_precision_and_recall_then_f1() -> None:
    a = TimelineScores(*([Scores.of(1.0, 0.0)] * 7))
    b = TimelineScores(*([Scores.of(0.0, 0.5)] * 7))
    overall = aggregate([a, b])
    assert overall.align_r1 == Scores(0.5, 0.25, pytest.approx(2 * 0.5 * 0.25 / 0.75))
    assert overall.date.f1 != (a.date.f1 + b.date.f1) / 2
    with pytest.raises(ValueError):
        aggregate([])


def test_scores_as_dict() -> None:
    scores = TimelineScores(*([Scores.of(0.5, 0.5)] * 7))
    data = scores.as_dict()
    assert set(data) == {
        "date",
        "concat_r1",
        "concat_r2",
        "agreement_r1",
        "agreement_r2",
        "align_r1",
        "align_r2",
    }
    assert data["align_r2"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
