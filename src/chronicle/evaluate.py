"""Score a predicted timeline against reference timelines as the TLS benchmark does (tilse 0.2.1 semantics).

Metrics, each with precision, recall and F1:

- **date**: exact-day overlap of the predicted dates and the dates of all references;
- **concat** ROUGE-1/2: every timeline's summaries concatenated in date order, compared as one text;
- **agreement** ROUGE-1/2: summaries compared date by date; precision sums over the predicted dates,
  recall over the reference dates (a date only one side has contributes its counts with no hits);
- **align** ROUGE-1/2 (tilse ``align_date_content_costs_many_to_one``): every predicted date is aligned to
  the reference date of least cost, ``(1 - 1/(|days apart| + 1)) * (1 - F)``, where F is a ROUGE-1-like F1
  over whitespace tokens (case kept, no stemming, no stopword removal, tokens that are runs of ASCII
  punctuation skipped); precision sums the hits of each predicted date
  against its aligned reference date, weighted by ``1/(|days apart| + 1)``, over the predicted n-gram
  counts; recall aligns every reference date to a predicted date the same way and divides by the reference
  n-gram counts. Ties go to the earliest date.

ROUGE counts follow ROUGE-1.5.5 ``-m -s -f A`` (see :mod:`chronicle.rouge`): with several references, hits and
reference counts are summed over the references and predicted counts are counted once per reference.

Only day-precision entries take part: a week, month or year entry cannot match a day, so it is left out of
every score (neither counted as a predicted date nor as text). Entries sharing a day are merged in order.
Divisions by zero give 0 (an empty prediction scores 0, not an error).

Across tasks (one reference timeline each), :func:`aggregate` averages precision and recall and computes F1
from the averages, as the benchmark protocol prescribes.
"""

from __future__ import annotations

import datetime as dt
import math
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields

from chronicle.errors import InputError
from chronicle.model import Timeline
from chronicle.rouge import Ngram, RougeAnalyzer, RougeCounts, ngrams, rouge_counts

ROUGE_ORDERS = (1, 2)


def f_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Scores:
    """Precision, recall and their F1."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> Scores:
        return cls(precision, recall, f_score(precision, recall))

    @classmethod
    def of_counts(cls, counts: RougeCounts) -> Scores:
        return cls.of(counts.precision, counts.recall)

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class TimelineScores:
    """Every benchmark score of one predicted timeline (or the aggregate of several tasks)."""

    date: Scores
    concat_r1: Scores
    concat_r2: Scores
    agreement_r1: Scores
    agreement_r2: Scores
    align_r1: Scores
    align_r2: Scores

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {f.name: getattr(self, f.name).as_dict() for f in fields(self)}


METRICS: tuple[str, ...] = tuple(f.name for f in fields(TimelineScores))


def aggregate(tasks: Sequence[TimelineScores]) -> TimelineScores:
    """Average precision and recall of each metric over tasks, then F1 from the averages."""
    if not tasks:
        raise ValueError("no task to aggregate")

    def mean(metric: str) -> Scores:
        scores = [getattr(task, metric) for task in tasks]
        return Scores.of(
            sum(s.precision for s in scores) / len(scores), sum(s.recall for s in scores) / len(scores)
        )

    return TimelineScores(**{metric: mean(metric) for metric in METRICS})


# --- benchmark results (the protocol that produces them: chronicle.bench) -----------------------------------

LONG_SPAN_DAYS = 90  # a reference timeline spanning this many days or more is a long story


@dataclass(frozen=True)
class Task:
    """One reference timeline and the protocol's constraints derived from it."""

    topic: str
    name: str
    reference: Timeline
    start: dt.date  # first reference day
    end: dt.date  # last reference day
    dates: int  # L
    sentences: int  # k

    @classmethod
    def of(cls, topic: str, name: str, reference: Timeline) -> Task:
        days = [d for d in (e.date.as_date() for e in reference.entries) if d is not None]
        if not days:
            raise InputError(name, "reference timeline has no day-precision date")
        per_date = sum(len(e.summary) for e in reference.entries) / len(reference.entries)
        return cls(
            topic, name, reference, min(days), max(days), len(set(days)), max(1, math.floor(per_date + 0.5))
        )

    @property
    def span_days(self) -> int:
        """Days from the first reference date to the last."""
        return (self.end - self.start).days

    @property
    def long(self) -> bool:
        """Whether the reference spans :data:`LONG_SPAN_DAYS` days or more (a long-running story)."""
        return self.span_days >= LONG_SPAN_DAYS


@dataclass(frozen=True)
class TaskResult:
    task: Task
    scores: TimelineScores
    articles: int  # articles in the task's date range
    seconds: float  # building the timeline (annotation is per topic)


@dataclass(frozen=True)
class TopicResult:
    topic: str
    articles: int
    seconds: float  # read + annotate + every task's timeline + scoring


@dataclass(frozen=True)
class BenchResult:
    """Every task's scores, per-topic times, and the aggregates."""

    tasks: tuple[TaskResult, ...]
    topics: tuple[TopicResult, ...]
    overall: TimelineScores
    seconds: float
    peak_rss_mb: float

    @property
    def long_tasks(self) -> tuple[TaskResult, ...]:
        """The tasks whose reference spans :data:`LONG_SPAN_DAYS` days or more."""
        return tuple(r for r in self.tasks if r.task.long)

    @property
    def long(self) -> TimelineScores | None:
        """The aggregate over :attr:`long_tasks` (None when there is none)."""
        found = self.long_tasks
        return aggregate([r.scores for r in found]) if found else None


@dataclass(frozen=True)
class Evaluation:
    """One predicted timeline file scored against reference files."""

    predicted: str
    references: tuple[str, ...]
    scores: TimelineScores


@dataclass(frozen=True)
class _Day:
    """One date of a timeline, prepared for scoring."""

    sentences: tuple[str, ...]
    words: Counter[str]  # whitespace tokens but punctuation, for the alignment cost
    grams: tuple[Counter[Ngram], ...]  # ROUGE n-grams for each order in ROUGE_ORDERS
    tokens: tuple[str, ...]  # ROUGE tokens, for concat


_EMPTY_DAY = _Day((), Counter(), tuple(Counter() for _ in ROUGE_ORDERS), ())


def _is_punctuation(word: str) -> bool:
    """tilse's test for tokens the alignment cost ignores: a substring of ``string.punctuation``."""
    return word in string.punctuation


def day_summaries(timeline: Timeline) -> dict[dt.date, tuple[str, ...]]:
    """The day-precision entries as day -> sentences (entries of one day merged, the others dropped)."""
    days: dict[dt.date, list[str]] = {}
    for entry in timeline.entries:
        day = entry.date.as_date()
        if day is not None:
            days.setdefault(day, []).extend(entry.summary)
    return {day: tuple(sentences) for day, sentences in days.items()}


class TimelineEvaluator:
    """Scores timelines; holds the ROUGE analyzer (and its stem cache) across calls."""

    def __init__(self, analyzer: RougeAnalyzer | None = None) -> None:
        self.analyzer = analyzer if analyzer is not None else RougeAnalyzer.standard()

    def _prepare(self, timeline: Timeline) -> dict[dt.date, _Day]:
        prepared = {}
        for day, sentences in sorted(day_summaries(timeline).items()):
            tokens = self.analyzer.tokens(sentences)
            words = Counter(w for sentence in sentences for w in sentence.split() if not _is_punctuation(w))
            prepared[day] = _Day(sentences, words, tuple(ngrams(tokens, n) for n in ROUGE_ORDERS), tokens)
        return prepared

    def evaluate(self, predicted: Timeline, references: Timeline | Sequence[Timeline]) -> TimelineScores:
        """All benchmark scores of ``predicted`` against one or several reference timelines."""
        refs = [references] if isinstance(references, Timeline) else list(references)
        if not refs:
            raise ValueError("at least one reference timeline is needed")
        pred = self._prepare(predicted)
        gold = [self._prepare(ref) for ref in refs]
        concat = _concat(pred, gold)
        agreement = _agreement(pred, gold)
        align = _align_many_to_one(pred, gold)
        return TimelineScores(
            date=_date_scores(pred, gold),
            concat_r1=Scores.of_counts(concat[0]),
            concat_r2=Scores.of_counts(concat[1]),
            agreement_r1=agreement[0],
            agreement_r2=agreement[1],
            align_r1=align[0],
            align_r2=align[1],
        )


def evaluate_timeline(
    predicted: Timeline,
    references: Timeline | Sequence[Timeline],
    *,
    evaluator: TimelineEvaluator | None = None,
) -> TimelineScores:
    """Score one prediction (a convenience over :class:`TimelineEvaluator`; pass one to reuse it)."""
    return (evaluator or TimelineEvaluator()).evaluate(predicted, references)


def _date_scores(pred: dict[dt.date, _Day], gold: Sequence[dict[dt.date, _Day]]) -> Scores:
    ref_dates = set().union(*gold)
    hits = len(ref_dates.intersection(pred))
    return Scores.of(hits / len(pred) if pred else 0.0, hits / len(ref_dates) if ref_dates else 0.0)


def _models(gold: Sequence[dict[dt.date, _Day]], day: dt.date, order: int) -> list[Counter[Ngram]]:
    """The n-grams of every reference at ``day`` (empty for a reference without it)."""
    return [ref.get(day, _EMPTY_DAY).grams[order] for ref in gold]


def _concat(pred: dict[dt.date, _Day], gold: Sequence[dict[dt.date, _Day]]) -> list[RougeCounts]:
    def joined(days: dict[dt.date, _Day]) -> list[str]:
        return [token for day in sorted(days) for token in days[day].tokens]

    pred_tokens = joined(pred)
    gold_tokens = [joined(ref) for ref in gold]
    return [rouge_counts(ngrams(pred_tokens, n), [ngrams(t, n) for t in gold_tokens]) for n in ROUGE_ORDERS]


def _agreement(pred: dict[dt.date, _Day], gold: Sequence[dict[dt.date, _Day]]) -> list[Scores]:
    ref_dates = set().union(*gold)
    results = []
    for order in range(len(ROUGE_ORDERS)):
        prec_hits = rec_hits = 0.0
        peer = model = 0
        for day in set(pred) | ref_dates:
            counts = rouge_counts(pred.get(day, _EMPTY_DAY).grams[order], _models(gold, day, order))
            if day in pred:
                prec_hits += counts.hits
                peer += counts.peer
            if day in ref_dates:
                rec_hits += counts.hits
                model += counts.model
        results.append(Scores.of(prec_hits / peer if peer else 0.0, rec_hits / model if model else 0.0))
    return results


def _content_f(pred: _Day, refs: Sequence[Counter[str]]) -> float:
    """tilse's ROUGE-1 approximation: F1 of whitespace-token overlap with the references' summaries."""
    match = 0
    for ref in refs:
        small, large = (pred.words, ref) if len(pred.words) <= len(ref) else (ref, pred.words)
        match += sum(min(count, large[word]) for word, count in small.items() if word in large)
    prec_denom = len(refs) * pred.words.total()
    precision = match / prec_denom if prec_denom else 0
    recall_denom = sum(ref.total() for ref in refs)
    recall = match / recall_denom if recall_denom else 0
    return 0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _argmin(values: Sequence[float]) -> int:
    return min(range(len(values)), key=values.__getitem__)


def _align_many_to_one(pred: dict[dt.date, _Day], gold: Sequence[dict[dt.date, _Day]]) -> list[Scores]:
    pred_dates = sorted(pred)
    ref_dates = sorted(set().union(*gold))
    if not pred_dates or not ref_dates:
        return [Scores.of(0.0, 0.0) for _ in ROUGE_ORDERS]
    # costs[i][j]: predicted date i against reference date j (the same values serve both directions)
    ref_words = [[ref.get(r, _EMPTY_DAY).words for ref in gold] for r in ref_dates]
    costs = [
        [
            (1 - 1 / (abs((p - r).days) + 1)) * (1 - _content_f(pred[p], words)) if p != r else 0.0
            for r, words in zip(ref_dates, ref_words, strict=True)
        ]
        for p in pred_dates
    ]
    # each row to its cheapest column, the first on ties (numpy's argmin, as tilse uses)
    pred_to_ref = [_argmin(row) for row in costs]
    ref_to_pred = [_argmin([row[j] for row in costs]) for j in range(len(ref_dates))]

    results = []
    for order in range(len(ROUGE_ORDERS)):
        prec_num = 0.0
        prec_den = 0
        for i, j in enumerate(pred_to_ref):
            p, r = pred_dates[i], ref_dates[j]
            counts = rouge_counts(pred[p].grams[order], _models(gold, r, order))
            prec_num += counts.hits / (abs((p - r).days) + 1)
            prec_den += counts.peer
        rec_num = 0.0
        rec_den = 0
        for j, i in enumerate(ref_to_pred):
            p, r = pred_dates[i], ref_dates[j]
            counts = rouge_counts(pred[p].grams[order], _models(gold, r, order))
            rec_num += counts.hits / (abs((p - r).days) + 1)
            rec_den += counts.model
        results.append(
            Scores.of(prec_num / prec_den if prec_den else 0.0, rec_num / rec_den if rec_den else 0.0)
        )
    return results
