"""Where the per-article work runs: in this process, or on a Dask cluster.

The client reads the inputs (decoding and hashing are a few percent of the per-article cost, and reading on
the client lets the store skip articles it already holds before any work is shipped); the engine runs
:func:`annotate_for_store` (clean, split sentences, ground dates, encode) on each new article and hands
the results back **in input order**, so the store, the single writer, ends up the same whichever engine ran.

* :class:`LocalEngine` runs it in this process.
* :class:`DaskEngine` runs it on a ``dask.distributed`` cluster: an existing one (``address``) or a
  ``LocalCluster`` of ``workers`` processes started for the job. Articles travel in small batches, with a
  bounded number of batches in flight, so memory stays flat on any input size.

Both call the same function; the annotator keeps no state between articles and loads no model, so a
worker needs nothing set up beforehand (a future model would be loaded lazily once per worker process).
Importing this module does not import dask.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import importlib.metadata
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol, TypeVar

from chronicle.codec import dumps_annotations
from chronicle.errors import AnnotationError, OptionsError
from chronicle.model import Article, Document

__all__ = [
    "EARLIER_COPY_FAILED",
    "ENGINES",
    "Annotation",
    "DaskEngine",
    "Engine",
    "Failure",
    "LocalEngine",
    "annotate_article",
    "annotate_for_store",
    "annotator_version",
    "date_index",
    "make_engine",
]

ENGINES = ("local", "dask")

T = TypeVar("T")

# Looked up as modules (``chronicle.annotate`` the attribute is the function the package re-exports).
_ANNOTATOR_MODULES = ("chronicle.annotate", "chronicle.clean", "chronicle.sentences", "chronicle.temporal")


def _module(name: str) -> ModuleType:
    return importlib.import_module(name)


def annotator_version() -> str:
    """The version of the per-article annotator, stored with every document.

    ``chronicle.annotate.ANNOTATOR_VERSION`` when that module declares one; otherwise a fingerprint of the
    annotator's source (annotate, clean, sentences, temporal) and of the blingfire release, so any change to
    the code that produces annotations marks stored documents as stale and the next ``chronicle add``
    re-annotates them from their stored text.
    """
    declared = getattr(_module("chronicle.annotate"), "ANNOTATOR_VERSION", None)
    if isinstance(declared, str):
        return declared
    digest = hashlib.sha256()
    for name in _ANNOTATOR_MODULES:
        module = _module(name)
        digest.update(name.encode())
        digest.update(Path(module.__file__ or "").read_bytes())
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        digest.update(importlib.metadata.version("blingfire").encode())
    return "src-" + digest.hexdigest()[:16]


@dataclass(frozen=True)
class Annotation:
    """One article's annotations ready for the store: computed where the work runs, written by the client."""

    article_id: str
    published: str  # ISO day
    annotator: str
    data: str  # codec JSON of the annotations only (chronicle.annotations/1): the client has the article
    dates: tuple[tuple[int, str, str, str], ...]  # (sentence index, first day, last day, granularity)


@dataclass(frozen=True)
class Failure:
    """The annotator raised on an article: the run's error policy decides (skip the input with this reason,
    or raise). ``error`` is the exception itself where the work ran in this process (None from a worker)."""

    article_id: str
    reason: str
    error: Exception | None = field(default=None, compare=False, repr=False)


Result = Annotation | Failure

# The reason given to later copies of an article whose first copy could not be annotated.
EARLIER_COPY_FAILED = "annotation failed on an identical earlier input"


def annotate_article(article: Article) -> Document | Failure:
    """Annotate one article (:func:`chronicle.annotate.annotate`); never raises for a bad article: a bug on
    one article must not lose the rest of the run, so the error comes back as a :class:`Failure`."""
    try:
        document: Document = _module("chronicle.annotate").annotate(article)
    except Exception as error:
        return Failure(article.id, AnnotationError.reason_for(error), error)
    return document


def annotate_for_store(article: Article, version: str) -> Result:
    """Annotate ``article`` and encode the result; never raises for a bad article (a :class:`Failure`)."""
    document = annotate_article(article)
    if isinstance(document, Failure):
        return Failure(document.article_id, document.reason)  # the exception stays where it was raised
    return Annotation(
        article_id=article.id,
        published=article.published.isoformat(),
        annotator=version,
        data=dumps_annotations(document),
        dates=date_index(document),
    )


def date_index(document: Document) -> tuple[tuple[int, str, str, str], ...]:
    """The store's sentence-date index rows: (sentence index, first day, last day, granularity) per timex."""
    return tuple(
        (s.index, t.value.first_day.isoformat(), t.value.last_day.isoformat(), t.value.granularity.value)
        for s in document.sentences
        for t in s.timexes
    )


def annotate_batch(articles: list[Article]) -> list[Result]:
    """The task a worker runs: the version is computed where the code runs, so it names that code."""
    version = annotator_version()
    return [annotate_for_store(article, version) for article in articles]


class Engine(Protocol):
    """Runs the per-article work; ``annotate`` yields one result per job, in job order, lazily.

    A job is ``(tag, article)``; a job whose article is None needs no work and comes back as ``(tag, None)``.
    """

    @property
    def name(self) -> str: ...

    def annotate(self, jobs: Iterable[tuple[T, Article | None]]) -> Iterator[tuple[T, Result | None]]: ...


@dataclass(frozen=True)
class LocalEngine:
    """Everything in this process, one article at a time."""

    name: str = "local"

    def annotate(self, jobs: Iterable[tuple[T, Article | None]]) -> Iterator[tuple[T, Result | None]]:
        version = annotator_version()
        for tag, article in jobs:
            yield tag, (annotate_for_store(article, version) if article is not None else None)


@dataclass(frozen=True)
class DaskEngine:
    """The per-article work on a ``dask.distributed`` cluster.

    ``address``: a running scheduler (``tcp://host:8786``); without it a ``LocalCluster`` of ``workers``
    single-threaded processes is started for the job and stopped after it. ``batch_size`` articles travel
    per task; at most ``in_flight`` tasks per worker are queued at once.
    """

    address: str | None = None
    workers: int = 2
    # 64 costs the client a little less CPU per article than 32 (fewer tasks), but on 2 idle cores the
    # 1 -> 2 worker wall-clock ratio was no better (a longer tail): docs/scale.md
    batch_size: int = 32
    in_flight: int = 4
    name: str = "dask"

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise OptionsError(f"the number of workers must be at least 1, not {self.workers}")
        if self.batch_size < 1 or self.in_flight < 1:
            raise OptionsError("batch_size and in_flight must be at least 1")

    def annotate(self, jobs: Iterable[tuple[T, Article | None]]) -> Iterator[tuple[T, Result | None]]:
        with self._client() as client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            window = self.in_flight * workers
            pending: deque[tuple[list[tuple[T, Article | None]], Any]] = deque()
            for batch in _batches(jobs, self.batch_size):
                articles = [a for _, a in batch if a is not None]
                future = client.submit(annotate_batch, articles, pure=False) if articles else None
                pending.append((batch, future))
                while len(pending) >= window:
                    yield from _collect(*pending.popleft())
            while pending:
                yield from _collect(*pending.popleft())

    @contextlib.contextmanager
    def _client(self) -> Iterator[Any]:
        try:
            # dask.distributed's constructors are untyped: held as Any rather than silenced one call at a time
            distributed: Any = importlib.import_module("dask.distributed")
        except ImportError as error:  # pragma: no cover - depends on the installed extras
            raise OptionsError(
                "the dask engine needs dask.distributed: pip install 'chronicle[distributed]'"
            ) from error
        if self.address is not None:
            with distributed.Client(self.address) as client:
                yield client
            return
        with (
            distributed.LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client


def _batches(jobs: Iterable[tuple[T, Article | None]], size: int) -> Iterator[list[tuple[T, Article | None]]]:
    batch: list[tuple[T, Article | None]] = []
    articles = 0
    for job in jobs:
        batch.append(job)
        if job[1] is not None:
            articles += 1
        if articles >= size or len(batch) >= 4 * size:  # jobs without work do not wait for a full batch
            yield batch
            batch, articles = [], 0
    if batch:
        yield batch


def _collect(batch: list[tuple[T, Article | None]], future: Any) -> Iterator[tuple[T, Result | None]]:
    results: list[Result] = future.result() if future is not None else []
    found = iter(results)
    for tag, article in batch:
        yield tag, (next(found) if article is not None else None)


def make_engine(name: str, *, address: str | None = None, workers: int = 2) -> Engine:
    """The engine called ``name`` (``local`` or ``dask``)."""
    if name == "local":
        if address is not None:
            raise OptionsError("--address needs --engine dask")
        return LocalEngine()
    if name == "dask":
        return DaskEngine(address=address, workers=workers)
    raise OptionsError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
