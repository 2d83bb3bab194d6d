"""The standard TLS benchmark protocol (Ghalandari & Ifrim 2020) on any dataset in the t17 layout.

A dataset folder holds one sub-folder per topic with ``articles.jsonl.gz``, ``topic.json`` (``query``) and
``timelines/*.txt`` (tilse format). Each reference timeline is one task: the topic's articles published
between the reference's first and last date; L = its number of dates; k = its mean sentences per date,
rounded. Only L, k, the date range and the topic's query reach the predictor, never the reference's text.
Precision and recall are averaged over tasks and F1 is computed from the averages.

Each topic is read and annotated once; its tasks then differ only in which documents and dates they keep.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from chronicle.errors import InputError
from chronicle.evaluate import TimelineEvaluator, TimelineScores, aggregate
from chronicle.model import Document, Timeline
from chronicle.pipeline import annotate_corpus
from chronicle.read import read_corpus
from chronicle.timeline import TimelineOptions, build_timeline
from chronicle.timeline_io import read_timeline

ProgressFn = Callable[[str, int, int | None], None]


@dataclass(frozen=True)
class Task:
    """One reference timeline and the protocol's constraints derived from it."""

    topic: str
    name: str
    reference: Timeline
    start: dt.date
    end: dt.date
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
    tasks: tuple[TaskResult, ...]
    topics: tuple[TopicResult, ...]
    overall: TimelineScores
    seconds: float
    peak_rss_mb: float


def topic_dirs(dataset: Path, topics: Sequence[str] | None = None) -> list[Path]:
    """The topic folders of ``dataset`` (those holding ``articles.jsonl.gz``), optionally only ``topics``."""
    if not dataset.is_dir():
        raise InputError(str(dataset), "not a folder")
    found = sorted(p for p in dataset.iterdir() if (p / "articles.jsonl.gz").is_file())
    if topics:
        wanted = set(topics)
        missing = wanted - {p.name for p in found}
        if missing:
            raise InputError(str(dataset), f"no such topic: {', '.join(sorted(missing))}")
        found = [p for p in found if p.name in wanted]
    if not found:
        raise InputError(str(dataset), "no topic folder with articles.jsonl.gz")
    return found


def load_tasks(topic_dir: Path) -> tuple[str | None, list[Task]]:
    """The topic's query and its tasks (one per reference timeline)."""
    query: str | None = None
    meta = topic_dir / "topic.json"
    if meta.is_file():
        try:
            query = json.loads(meta.read_text(encoding="utf-8")).get("query")
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError) as error:
            raise InputError(str(meta), f"not a valid topic.json: {error}") from None
    tasks = [
        Task.of(topic_dir.name, path.stem, read_timeline(path))
        for path in sorted((topic_dir / "timelines").glob("*.txt"))
    ]
    if not tasks:
        raise InputError(str(topic_dir), "no reference timeline in timelines/")
    return query, tasks


def predict(documents: Sequence[Document], task: Task, query: str | None, base: TimelineOptions) -> Timeline:
    """The predictor: sees the documents of the task's date range, L, k and the query; never the reference."""
    in_range = [d for d in documents if task.start <= d.article.published <= task.end]
    options = replace(
        base,
        dates=task.dates,
        sentences=task.sentences,
        query=query,
        start=task.start,
        end=task.end,
        day_only=True,
        trim=False,
    )
    return build_timeline(in_range, options)


def _relabel(notify: ProgressFn, label: str) -> ProgressFn:
    return lambda _stage, done, total: notify(label, done, total)


def run_bench(
    dataset: Path,
    topics: Sequence[str] | None = None,
    base: TimelineOptions | None = None,
    progress: ProgressFn | None = None,
) -> BenchResult:
    """Run the protocol on every topic of ``dataset`` and score every task."""
    notify = progress or (lambda stage, done, total: None)
    base = base or TimelineOptions()
    evaluator = TimelineEvaluator()
    started = time.perf_counter()
    task_results: list[TaskResult] = []
    topic_results: list[TopicResult] = []
    dirs = topic_dirs(dataset, topics)
    for n, topic_dir in enumerate(dirs, start=1):
        topic_started = time.perf_counter()
        query, tasks = load_tasks(topic_dir)
        corpus = read_corpus([topic_dir / "articles.jsonl.gz"])
        documents = annotate_corpus(corpus, _relabel(notify, topic_dir.name))
        for task in tasks:
            task_started = time.perf_counter()
            predicted = predict(documents, task, query, base)
            seconds = time.perf_counter() - task_started
            in_range = sum(1 for d in documents if task.start <= d.article.published <= task.end)
            task_results.append(
                TaskResult(task, evaluator.evaluate(predicted, task.reference), in_range, seconds)
            )
        topic_results.append(TopicResult(topic_dir.name, len(documents), time.perf_counter() - topic_started))
        notify("topics", n, len(dirs))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return BenchResult(
        tasks=tuple(task_results),
        topics=tuple(topic_results),
        overall=aggregate([r.scores for r in task_results]),
        seconds=time.perf_counter() - started,
        peak_rss_mb=peak_kb / 1024,
    )


def _headline(scores: TimelineScores) -> dict[str, float]:
    return {
        "ar1_f": scores.align_r1.f1,
        "ar2_f": scores.align_r2.f1,
        "date_f1": scores.date.f1,
        "concat_r1_f": scores.concat_r1.f1,
        "concat_r2_f": scores.concat_r2.f1,
        "agreement_r1_f": scores.agreement_r1.f1,
        "agreement_r2_f": scores.agreement_r2.f1,
    }


def bench_to_json(result: BenchResult) -> dict[str, Any]:
    """The benchmark result as JSON-ready data; ``overall`` holds ``ar1_f``, ``ar2_f`` and ``date_f1``."""
    return {
        "schema": "chronicle.bench/1",
        "overall": {**_headline(result.overall), "scores": result.overall.as_dict()},
        "tasks": [
            {
                "topic": r.task.topic,
                "timeline": r.task.name,
                "dates": r.task.dates,
                "sentences_per_date": r.task.sentences,
                "start": r.task.start.isoformat(),
                "end": r.task.end.isoformat(),
                "articles": r.articles,
                "seconds": round(r.seconds, 3),
                **_headline(r.scores),
                "scores": r.scores.as_dict(),
            }
            for r in result.tasks
        ],
        "topics": [
            {"topic": t.topic, "articles": t.articles, "seconds": round(t.seconds, 3)} for t in result.topics
        ],
        "seconds": round(result.seconds, 3),
        "peak_rss_mb": round(result.peak_rss_mb, 1),
    }
