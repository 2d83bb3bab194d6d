"""A learned date ranker: which candidate days are milestones, from signals a long story leaves behind.

Per candidate day (every day-precision date the story's sentences mention, or on which an article appeared)
the features are, in natural-log scale (``log1p`` of a count) and centred on the task's mean, so that a
ranker fitted on one story transfers to a story ten times larger:

- ``score``: the hand-made date score (:func:`chronicle.timeline._date_score`: per article, the best
  relevance with which it speaks of the day);
- ``later_days``: distinct later publication days whose articles recall the day explicitly (a milestone
  is looked back at, again and again);
- ``published``: articles published on the day;
- ``absolute``: mentions that write the full date ("April 20, 2010"), the form of background paragraphs
  that list a story's milestones;
- ``burst``: articles published on the day against the mean of the fortnight around it (``log1p``
  difference): news against the story's own baseline.

The ranker is linear, ``Σ weight × feature``; its weights live in ``data/date_ranker.json`` with the features'
names, fitted by ``scripts/fit_date_ranker.py`` (pairwise logistic regression within each reference
timeline of T17 dev; the training rows ship beside the script). Leave-one-topic-out, on T17 dev, it does not
beat the hand-made score (docs/quality.md), so ``TimelineOptions.date_ranker`` is None by default and
the hand-made score ranks dates; the ranker is there to be fitted, compared and chosen.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from chronicle.errors import InputError
from chronicle.model import Anchor, TimeValue, Timex

FEATURES: tuple[str, ...] = ("score", "later_days", "published", "absolute", "burst")
_BURST_DAYS = 7  # half-width of the window that is a day's baseline


class DatedMention(Protocol):
    """What the ranker reads of a mention (``chronicle.timeline``'s mentions satisfy it)."""

    @property
    def date(self) -> TimeValue: ...
    @property
    def doc(self) -> int: ...
    @property
    def explicit(self) -> bool: ...
    @property
    def timex(self) -> Timex | None: ...
    @property
    def published(self) -> dt.date: ...


def date_features(
    scores: Mapping[TimeValue, float],
    mentions: Sequence[DatedMention],
    published: Sequence[dt.date],
) -> tuple[list[TimeValue], NDArray[np.float64]]:
    """The candidate dates (those of ``scores``) and their feature rows (columns in :data:`FEATURES` order,
    centred on the candidates' mean). ``published`` is every article's publication day."""
    dates = sorted(scores, key=lambda d: d.sort_key)
    later: dict[TimeValue, set[dt.date]] = defaultdict(set)
    absolute: Counter[TimeValue] = Counter()
    for m in mentions:
        if not m.explicit:
            continue
        if m.date.last_day < m.published:
            later[m.date].add(m.published)
        if m.timex is not None and m.timex.anchor is Anchor.ABSOLUTE:
            absolute[m.date] += 1
    per_day = Counter(published)
    rows = []
    for date in dates:
        day = date.as_date()
        count = per_day.get(day, 0) if day is not None else 0
        baseline = _baseline(per_day, day) if day is not None else 0.0
        rows.append(
            (
                math.log1p(scores[date]),
                math.log1p(len(later[date])),
                math.log1p(count),
                math.log1p(absolute[date]),
                math.log1p(count) - math.log1p(baseline),
            )
        )
    matrix = np.asarray(rows, dtype=np.float64).reshape(len(dates), len(FEATURES))
    if len(dates):
        matrix -= matrix.mean(axis=0)
    return dates, matrix


def _baseline(per_day: Counter[dt.date], day: dt.date) -> float:
    """Mean articles a day over the fortnight around ``day`` (the day itself left out)."""
    total = sum(per_day.get(day + dt.timedelta(days=k), 0) for k in range(-_BURST_DAYS, _BURST_DAYS + 1))
    return (total - per_day.get(day, 0)) / (2 * _BURST_DAYS)


@dataclass(frozen=True)
class DateRanker:
    """A linear ranker over :data:`FEATURES` (weights in the same order)."""

    weights: tuple[float, ...]
    fitted_on: tuple[str, ...] = ()  # the topics it was fitted on (provenance only)

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURES):
            raise ValueError(f"a date ranker needs {len(FEATURES)} weights, not {len(self.weights)}")

    def rank(
        self,
        scores: Mapping[TimeValue, float],
        mentions: Sequence[DatedMention],
        published: Sequence[dt.date],
    ) -> dict[TimeValue, float]:
        """A ranking score per candidate date (higher first)."""
        dates, matrix = date_features(scores, mentions, published)
        ranked = matrix @ np.asarray(self.weights, dtype=np.float64) if len(dates) else np.zeros(0)
        return {date: float(value) for date, value in zip(dates, ranked, strict=True)}

    def to_json(self) -> dict[str, object]:
        return {
            "schema": "chronicle.date_ranker/1",
            "features": list(FEATURES),
            "weights": list(self.weights),
            "fitted_on": list(self.fitted_on),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object], source: str = "date ranker") -> DateRanker:
        features = data.get("features")
        weights = data.get("weights")
        if features != list(FEATURES) or not isinstance(weights, list):
            raise InputError(source, f"not a date ranker over the features {', '.join(FEATURES)}")
        fitted = data.get("fitted_on", [])
        return cls(
            tuple(float(w) for w in weights),
            tuple(str(t) for t in fitted) if isinstance(fitted, list) else (),
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> DateRanker:
        """The ranker in ``path``, or the one shipped with the package (fitted on the six T17 dev topics)."""
        if path is None:
            text = resources.files("chronicle").joinpath("data", "date_ranker.json").read_text("utf-8")
            return cls.from_json(json.loads(text), "chronicle/data/date_ranker.json")
        try:
            return cls.from_json(json.loads(Path(path).read_text("utf-8")), str(path))
        except (OSError, json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InputError(str(path), f"cannot read the date ranker: {error}") from None


def fit_pairwise(
    tasks: Sequence[tuple[NDArray[np.float64], NDArray[np.bool_]]],
    l2: float = 1.0,
    fitted_on: Sequence[str] = (),
) -> DateRanker:
    """Fit a ranker on ``tasks`` (one feature matrix and one label vector per reference timeline: is the
    candidate a reference date): logistic regression on the differences of every (reference, other) pair of
    a task, each task weighing the same, with an L2 penalty; Newton's method (a handful of features)."""
    blocks: list[NDArray[np.float64]] = []
    weights: list[NDArray[np.float64]] = []
    for matrix, labels in tasks:
        positive, negative = matrix[labels], matrix[~labels]
        if not len(positive) or not len(negative):
            continue
        pairs = (positive[:, None, :] - negative[None, :, :]).reshape(-1, matrix.shape[1])
        blocks.append(pairs)
        weights.append(np.full(len(pairs), 1.0 / len(pairs)))
    if not blocks:
        raise ValueError("no task has both reference and other dates: nothing to fit")
    x = np.vstack(blocks)
    sample = np.concatenate(weights)
    w = np.zeros(x.shape[1])
    for _ in range(50):  # every pair is labelled 1 (the reference date ranks first); the loss is convex
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (sample * (p - 1.0)) + l2 * w / len(blocks)
        hessian = (x * (sample * p * (1.0 - p))[:, None]).T @ x + np.eye(len(w)) * l2 / len(blocks)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return DateRanker(tuple(float(v) for v in w), tuple(fitted_on))
