"""The standard TLS benchmark protocol (Ghalandari & Ifrim 2020) on any dataset in the t17 layout, and
scoring timeline files.

A dataset folder holds one sub-folder per topic with ``articles.jsonl.gz``, ``topic.json`` (``query``) and
``timelines/*.txt`` (tilse format). Each reference timeline is one task: the topic's articles published
between the reference's first and last date; L = its number of dates; k = its mean sentences per date,
rounded. Only L, k, the date range and the topic's query reach the predictor, never the reference's text.
Precision and recall are averaged over tasks and F1 is computed from the averages, over every task
(``overall``) and over the tasks whose reference spans 90 days or more (``long``).

Each topic is read and annotated once (:class:`~chronicle.pipeline.Pipeline`, error policy ``raise``: a
benchmark must not quietly score fewer articles); its tasks then differ only in which documents and dates
they keep. The results are data (:mod:`chronicle.evaluate`); :mod:`chronicle.outputs.bench` writes them.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from chronicle.errors import InputError, OnError
from chronicle.evaluate import (
    BenchResult,
    Evaluation,
    Task,
    TaskResult,
    TimelineEvaluator,
    TopicResult,
    aggregate,
)
from chronicle.model import Document, Timeline
from chronicle.outputs.timeline import read_timeline
from chronicle.pipeline import Pipeline, PipelineOptions, Stage
from chronicle.progress import Progress, silent
from chronicle.timeline import TimelineOptions

__all__ = [
    "evaluate_files",
    "load_tasks",
    "load_topic",
    "predict",
    "run_bench",
    "task_documents",
    "task_options",
    "topic_dirs",
]


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


def load_topic(
    topic_dir: Path, progress: Progress = silent
) -> tuple[str | None, list[Task], tuple[Document, ...]]:
    """A topic's query, tasks and annotated documents (read and annotated once for all its tasks)."""
    query, tasks = load_tasks(topic_dir)
    pipeline = Pipeline(PipelineOptions(stages=(), on_error=OnError.RAISE), progress=progress)
    documents = pipeline.run([topic_dir / "articles.jsonl.gz"]).documents
    return query, tasks, documents


def task_documents(documents: Sequence[Document], task: Task) -> list[Document]:
    """The documents the predictor may see for ``task``: those published within its date range."""
    return [d for d in documents if task.start <= d.article.published <= task.end]


def task_options(task: Task, query: str | None, base: TimelineOptions) -> TimelineOptions:
    """The timeline options the predictor uses for ``task``: its range, L, k and the topic's query."""
    return replace(
        base,
        dates=task.dates,
        sentences=task.sentences,
        query=query,
        start=task.start,
        end=task.end,
        day_only=True,
        trim=False,
    )


def predict(documents: Sequence[Document], task: Task, query: str | None, base: TimelineOptions) -> Timeline:
    """The predictor: sees the documents of the task's date range, L, k and the query; never the reference."""
    options = task_options(task, query, base)
    pipeline = Pipeline(PipelineOptions(stages=(Stage.TIMELINE,), timeline=options))
    return pipeline.from_documents(task_documents(documents, task)).timeline


def _relabel(notify: Progress, label: str) -> Progress:
    return lambda _stage, done, total: notify(label, done, total)


def run_bench(
    dataset: Path,
    topics: Sequence[str] | None = None,
    base: TimelineOptions | None = None,
    progress: Progress = silent,
) -> BenchResult:
    """Run the protocol on every topic of ``dataset`` and score every task."""
    base = base or TimelineOptions()
    evaluator = TimelineEvaluator()
    started = time.perf_counter()
    task_results: list[TaskResult] = []
    topic_results: list[TopicResult] = []
    dirs = topic_dirs(dataset, topics)
    for n, topic_dir in enumerate(dirs, start=1):
        topic_started = time.perf_counter()
        query, tasks, documents = load_topic(topic_dir, _relabel(progress, topic_dir.name))
        for task in tasks:
            task_started = time.perf_counter()
            predicted = predict(documents, task, query, base)
            seconds = time.perf_counter() - task_started
            in_range = len(task_documents(documents, task))
            task_results.append(
                TaskResult(task, evaluator.evaluate(predicted, task.reference), in_range, seconds)
            )
        topic_results.append(TopicResult(topic_dir.name, len(documents), time.perf_counter() - topic_started))
        progress("topics", n, len(dirs))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return BenchResult(
        tasks=tuple(task_results),
        topics=tuple(topic_results),
        overall=aggregate([r.scores for r in task_results]),
        seconds=time.perf_counter() - started,
        peak_rss_mb=peak_kb / 1024,
    )


def evaluate_files(
    predicted: str | os.PathLike[str], references: Sequence[str | os.PathLike[str]]
) -> Evaluation:
    """Score the timeline file ``predicted`` against the reference files (chronicle JSON or tilse text;
    several references form one ground truth)."""
    prediction = read_timeline(predicted)
    gold = [read_timeline(path) for path in references]
    scores = TimelineEvaluator().evaluate(prediction, gold)
    return Evaluation(os.fspath(predicted), tuple(os.fspath(p) for p in references), scores)
