"""The whole job in one call: read inputs, annotate each article, build the timeline.

Progress is reported through a :class:`Progress` callback so the library never prints; the CLI turns it
into a progress bar.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from chronicle.annotate import annotate
from chronicle.model import ClaimGroup, Corpus, Document, Entity, Timeline
from chronicle.read import read_corpus
from chronicle.timeline import TimelineOptions, build_timeline

if TYPE_CHECKING:
    from chronicle.entities import Recognizer

# Receives progress: ``stage`` names the work, ``done`` of ``total`` items (total None if unknown).
Progress = Callable[[str, int, int | None], None]


def _silent(stage: str, done: int, total: int | None) -> None:
    return None


@dataclass(frozen=True)
class Run:
    """Everything one run produced: the account of inputs, the annotated documents, the timeline."""

    corpus: Corpus
    documents: tuple[Document, ...]
    timeline: Timeline
    entities: tuple[Entity, ...] = ()  # filled when entities were extracted
    claim_groups: tuple[ClaimGroup, ...] = ()  # filled when claims were cross-checked


def annotate_corpus(corpus: Corpus, progress: Progress = _silent) -> tuple[Document, ...]:
    total = len(corpus.articles)
    documents = []
    for i, article in enumerate(corpus.articles, start=1):
        documents.append(annotate(article))
        progress("annotate", i, total)
    return tuple(documents)


def run_timeline(
    paths: Iterable[str | os.PathLike[str]],
    options: TimelineOptions | None = None,
    progress: Progress = _silent,
) -> Run:
    """Read ``paths`` (files or folders), annotate every article and build the timeline."""
    corpus = read_corpus(paths, on_progress=lambda n: progress("read", n, None))
    documents = annotate_corpus(corpus, progress)
    timeline = build_timeline(documents, options, on_progress=lambda stage: progress(stage, 0, None))
    return Run(corpus=corpus, documents=documents, timeline=timeline)


def run_from_store(
    store_path: str | os.PathLike[str],
    options: TimelineOptions | None = None,
    progress: Progress = _silent,
) -> Run:
    """Build the timeline from a store's annotations, without re-reading or re-annotating any text."""
    from chronicle.store import load_documents  # the store is optional for in-memory runs

    progress("load", 0, None)
    documents = load_documents(store_path)
    corpus = Corpus(articles=tuple(d.article for d in documents), inputs=())
    timeline = build_timeline(documents, options, on_progress=lambda stage: progress(stage, 0, None))
    return Run(corpus=corpus, documents=documents, timeline=timeline)


def cross_check(run: Run, recognizer: Recognizer | None = None, progress: Progress = _silent) -> Run:
    """Add entities and claim groups to ``run`` and mark its timeline where sources conflict."""
    from chronicle.claims import entity_sentences, extract_claims
    from chronicle.conflicts import group_claims, mark_conflicts, spelling_groups
    from chronicle.entities import default_recognizer, extract_entities

    progress("entities", 0, None)
    keep = entity_sentences(run.documents)
    entities = extract_entities(run.documents, recognizer or default_recognizer(), keep)
    progress("claims", 0, None)
    groups = spelling_groups(run.documents, entities) + group_claims(extract_claims(run.documents, entities))
    timeline = mark_conflicts(run.timeline, groups)
    return replace(run, entities=entities, claim_groups=groups, timeline=timeline)
