"""The learned date ranker: its features, its fitting, the shipped file, its use by the timeline builder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronicle.bench import load_topic, predict
from chronicle.dateranker import FEATURES, DateRanker, fit_pairwise
from chronicle.errors import InputError
from chronicle.timeline import TimelineOptions, candidate_date_features


def test_shipped_ranker_loads_and_names_its_features() -> None:
    ranker = DateRanker.load()
    assert len(ranker.weights) == len(FEATURES)
    assert ranker.fitted_on  # provenance: the topics it was fitted on
    assert ranker.weights[FEATURES.index("score")] > 0  # the hand-made score stays the main signal


def test_ranker_round_trips_through_json(tmp_path: Path) -> None:
    ranker = DateRanker((1.0, 0.5, 0.25, -0.1, 0.0), ("a", "b"))
    path = tmp_path / "r.json"
    path.write_text(json.dumps(ranker.to_json()), encoding="utf-8")
    assert DateRanker.load(path) == ranker


def test_a_file_over_other_features_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"features": ["x"], "weights": [1.0]}), encoding="utf-8")
    with pytest.raises(InputError, match=r"r\.json"):
        DateRanker.load(path)
    with pytest.raises(InputError, match=r"missing\.json"):
        DateRanker.load(tmp_path / "missing.json")


@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_fitting_recovers_the_signal_that_separates_reference_dates(seed: int) -> None:
    rng = np.random.default_rng(seed)
    tasks = []
    for _ in range(3):
        features = rng.normal(size=(40, len(FEATURES)))
        labels = features[:, 1] > 0.5  # only the second feature tells reference dates apart
        labels[0], labels[1] = True, False  # both classes present
        features[0, 1], features[1, 1] = 2.0, -2.0
        tasks.append((features, labels))
    ranker = fit_pairwise(tasks)
    assert int(np.argmax(np.abs(ranker.weights))) == 1
    assert ranker.weights[1] > 0


def test_fitting_needs_both_classes() -> None:
    with pytest.raises(ValueError, match="nothing to fit"):
        fit_pairwise([(np.zeros((3, len(FEATURES))), np.zeros(3, dtype=bool))])


def test_features_on_a_real_task_are_centred_and_the_ranker_picks_l_dates(t17_dir: Path) -> None:
    query, tasks, documents = load_topic(t17_dir / "haiti")
    task = tasks[0]
    in_range = [d for d in documents if task.start <= d.article.published <= task.end]
    options = TimelineOptions(query=query, day_only=True, start=task.start, end=task.end)
    dates, features = candidate_date_features(in_range, options)
    assert features.shape == (len(dates), len(FEATURES))
    assert np.allclose(features.mean(axis=0), 0.0)
    # the quake day is recalled by more later days than any other candidate
    later = features[:, FEATURES.index("later_days")]
    assert dates[int(np.argmax(later))].as_date() == dt.date(2010, 1, 12)
    timeline = predict(documents, task, query, TimelineOptions(date_ranker=DateRanker.load()))
    assert len(timeline.entries) == task.dates
