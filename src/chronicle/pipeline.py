"""One pipeline owns how the stages compose: read → annotate → (store) → timeline → entities → claims →
conflicts.

    from chronicle import Pipeline, PipelineOptions

    run = Pipeline().run(["../shared/seeds"])                         # read, annotate, then every stage
    run = Pipeline().run(["today/"], store="story.db")                # add to a store, build from it
    docs = Pipeline(PipelineOptions(stages=())).run(paths).documents  # read and annotate only

**Stages** (:class:`Stage`). The source stages turn inputs into annotated documents: ``read`` and
``annotate`` in memory, or ``store`` (read and annotate the new inputs into an annotation store) and
``load`` (the store's documents, no text read again). The document stages then run in order on the
documents, as :attr:`PipelineOptions.stages` asks: ``timeline``; ``entities``, ``claims`` and
``conflicts`` (the cross-check, which also notes conflicts on the timeline). :attr:`Run.stages` lists what
ran.

**Errors.** A bad input never stops a run: readers record it as skipped with a one-line reason. An article
whose annotation fails is handled by :attr:`PipelineOptions.on_error`, the same way in memory and with a
store: ``skip`` (the default) records its inputs as skipped with the reason, ``raise`` raises an
:class:`~chronicle.errors.AnnotationError` naming the input.

**Progress.** Every stage reports through one :class:`~chronicle.progress.Progress` callback, called
``progress(stage, done, total)``; the library never prints.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from chronicle.engine import EARLIER_COPY_FAILED, Engine, Failure, annotate_article
from chronicle.errors import AnnotationError, OnError, OptionsError
from chronicle.model import AddResult, Corpus, Document, InputRecord, InputStatus, Run
from chronicle.progress import Progress, silent
from chronicle.read import read_corpus

if TYPE_CHECKING:
    from chronicle.entities import Recognizer
    from chronicle.timeline import TimelineOptions

__all__ = [
    "CROSS_CHECK",
    "DOCUMENT_STAGES",
    "Pipeline",
    "PipelineOptions",
    "Stage",
]

PathLike = str | os.PathLike[str]


class Stage(StrEnum):
    """The pipeline's named stages, in the order they run."""

    READ = "read"  # inputs -> articles, and a record of every input
    ANNOTATE = "annotate"  # article -> document: clean, split sentences, ground dates
    STORE = "store"  # read and annotate new inputs into an annotation store
    LOAD = "load"  # the store's documents
    TIMELINE = "timeline"  # documents -> timeline
    ENTITIES = "entities"  # people, places, organisations, merged across outlets
    CLAIMS = "claims"  # attributed, checkable claims
    CONFLICTS = "conflicts"  # claims grouped by point, agreeing or conflicting; notes on the timeline


DOCUMENT_STAGES = (Stage.TIMELINE, Stage.ENTITIES, Stage.CLAIMS, Stage.CONFLICTS)
CROSS_CHECK = (Stage.ENTITIES, Stage.CLAIMS, Stage.CONFLICTS)  # entities, claims and where sources differ
_NEEDS = MappingProxyType({Stage.CLAIMS: Stage.ENTITIES, Stage.CONFLICTS: Stage.CLAIMS})


@dataclass(frozen=True)
class PipelineOptions:
    """What a run does. Built once at the boundary (CLI, benchmark, notebook) and passed down.

    ``stages``: the document stages to run, in :data:`DOCUMENT_STAGES` order (a stage needs the one before
    it among entities → claims → conflicts). ``cross_check_limit``: the cross-check stages are left out when
    the documents hold more sentences than this (None: no limit). ``entity_model``: find entities with
    spaCy's model when it is installed (else, or when False, with rules). ``on_error``: what to do when
    annotating one article fails.
    """

    stages: tuple[Stage, ...] = DOCUMENT_STAGES
    timeline: TimelineOptions | None = None  # None: the defaults (numpy loads only to build a timeline)
    cross_check_limit: int | None = None
    entity_model: bool = True
    on_error: OnError = OnError.SKIP

    def __post_init__(self) -> None:
        try:
            stages = tuple(Stage(s) for s in self.stages)
            on_error = OnError(self.on_error)
        except ValueError as error:
            raise OptionsError(str(error)) from None
        unknown = [s for s in stages if s not in DOCUMENT_STAGES]
        if unknown:
            names = ", ".join(DOCUMENT_STAGES)
            raise OptionsError(f"{unknown[0]} is not a document stage (one of {names})")
        for stage, needed in _NEEDS.items():
            if stage in stages and needed not in stages:
                raise OptionsError(f"the {stage} stage needs the {needed} stage")
        if self.cross_check_limit is not None and self.cross_check_limit < 0:
            raise OptionsError(f"cross_check_limit must not be negative, not {self.cross_check_limit}")
        object.__setattr__(self, "stages", tuple(s for s in DOCUMENT_STAGES if s in stages))
        object.__setattr__(self, "on_error", on_error)


class Pipeline:
    """Runs the stages; holds what runs share (the entity recognizer, loaded on first use).

    ``progress`` receives every stage's progress; ``engine`` is where :meth:`add` annotates new articles
    (this process by default, or a Dask cluster: :func:`chronicle.engine.make_engine`); ``recognizer``
    overrides the entity recognizer the options choose.
    """

    def __init__(
        self,
        options: PipelineOptions | None = None,
        *,
        progress: Progress = silent,
        engine: Engine | None = None,
        recognizer: Recognizer | None = None,
    ) -> None:
        self.options = options if options is not None else PipelineOptions()
        self.progress = progress
        self.engine = engine
        self._recognizer = recognizer

    @property
    def recognizer(self) -> Recognizer:
        """The entity recognizer (spaCy's model is loaded once, on first use)."""
        if self._recognizer is None:
            from chronicle.entities import RuleRecognizer, default_recognizer

            self._recognizer = default_recognizer() if self.options.entity_model else RuleRecognizer()
        return self._recognizer

    # -- the whole run ------------------------------------------------------------------------------------

    def run(self, paths: Iterable[PathLike] = (), *, store: PathLike | None = None) -> Run:
        """Read ``paths`` (files or folders, read recursively), annotate every article and run the document
        stages. With ``store``, the inputs (if any) are first added to that annotation store and the
        documents come from it: every stored article, without reading or annotating any text again."""
        given = list(paths)
        if store is None:
            if not given:
                raise OptionsError("nothing to read: give inputs (files or folders) or a store")
            corpus, documents = self.annotate(self.read(given))
            return self.from_documents(documents, corpus, done=(Stage.READ, Stage.ANNOTATE))
        done: list[Stage] = []
        inputs: tuple[InputRecord, ...] = ()
        if given:
            inputs = self.add(store, given).inputs
            done.append(Stage.STORE)
        documents = self.load(store)
        done.append(Stage.LOAD)
        corpus = Corpus(articles=tuple(d.article for d in documents), inputs=inputs)
        return self.from_documents(documents, corpus, done=done)

    # -- source stages ------------------------------------------------------------------------------------

    def read(self, paths: Iterable[PathLike]) -> Corpus:
        """Every input read: the distinct articles and one record per input (read, duplicate, skipped)."""
        return read_corpus(paths, on_progress=lambda n: self.progress(Stage.READ, n, None))

    def annotate(self, corpus: Corpus) -> tuple[Corpus, tuple[Document, ...]]:
        """Annotate every article of ``corpus``. With ``on_error="skip"``, an article that fails is dropped
        from the returned corpus and its inputs are recorded as skipped, with the reason."""
        total = len(corpus.articles)
        documents: list[Document] = []
        failed: dict[str, str] = {}
        for i, article in enumerate(corpus.articles, start=1):
            outcome = annotate_article(article)
            if isinstance(outcome, Failure):
                if self.options.on_error is OnError.RAISE:
                    origin = article.origins[0]
                    raise AnnotationError(origin.path, outcome.reason, origin.line) from outcome.error
                failed[article.id] = outcome.reason
            else:
                documents.append(outcome)
            self.progress(Stage.ANNOTATE, i, total)
        return _without(corpus, failed), tuple(documents)

    def add(self, store: PathLike, paths: Iterable[PathLike]) -> AddResult:
        """Read ``paths`` and add their new articles, annotated once, to the store (created if missing)."""
        from chronicle.store import add_paths  # the store is not needed for in-memory runs

        return add_paths(
            store, paths, engine=self.engine, progress=self.progress, on_error=self.options.on_error
        )

    def load(self, store: PathLike) -> tuple[Document, ...]:
        """Every document of the store, in the order the articles were first added."""
        from chronicle.store import load_documents

        self.progress(Stage.LOAD, 0, None)
        documents = load_documents(store)
        self.progress(Stage.LOAD, len(documents), len(documents))
        return documents

    # -- document stages ----------------------------------------------------------------------------------

    def from_documents(
        self, documents: Sequence[Document], corpus: Corpus | None = None, *, done: Sequence[Stage] = ()
    ) -> Run:
        """Run the document stages on annotated ``documents`` (``corpus``: the account of their inputs;
        ``done``: the stages that produced them, for :attr:`Run.stages`)."""
        docs = tuple(documents)
        if corpus is None:
            corpus = Corpus(articles=tuple(d.article for d in docs), inputs=())
        run = Run(corpus=corpus, documents=docs, stages=tuple(done))
        stages = self.options.stages
        limit = self.options.cross_check_limit
        if limit is not None and run.sentences > limit:
            stages = tuple(s for s in stages if s not in CROSS_CHECK)
        for stage in stages:
            self.progress(stage, 0, None)
            run = self._STAGES[stage](self, run)
            run = replace(run, stages=(*run.stages, stage))
        return run

    def _timeline(self, run: Run) -> Run:
        steps = 0

        def step(_name: str) -> None:
            nonlocal steps
            steps += 1
            self.progress(Stage.TIMELINE, steps, None)

        from chronicle.timeline import build_timeline

        return replace(run, timeline=build_timeline(run.documents, self.options.timeline, on_progress=step))

    def _entities(self, run: Run) -> Run:
        from chronicle.claims import entity_sentences
        from chronicle.entities import extract_entities

        recognizer = self.recognizer
        # Cross-checking a large collection, the model reads only the sentences where a claim needs a name.
        keep = entity_sentences(run.documents) if Stage.CLAIMS in self.options.stages else None
        entities = extract_entities(run.documents, recognizer, keep)
        return replace(run, entities=entities, recognizer=recognizer.name)

    def _claims(self, run: Run) -> Run:
        from chronicle.claims import extract_claims

        return replace(run, claims=extract_claims(run.documents, run.entities))

    def _conflicts(self, run: Run) -> Run:
        from chronicle.conflicts import group_claims, mark_conflicts, spelling_groups

        groups = spelling_groups(run.documents, run.entities) + group_claims(run.claims)
        timeline = mark_conflicts(run.timeline, groups) if Stage.TIMELINE in run.stages else run.timeline
        return replace(run, claim_groups=groups, timeline=timeline)

    _STAGES: Mapping[Stage, Callable[[Pipeline, Run], Run]] = MappingProxyType(
        {
            Stage.TIMELINE: _timeline,
            Stage.ENTITIES: _entities,
            Stage.CLAIMS: _claims,
            Stage.CONFLICTS: _conflicts,
        }
    )


def _without(corpus: Corpus, failed: dict[str, str]) -> Corpus:
    """``corpus`` without the articles that failed, their inputs recorded as skipped with the reason (the
    first copy's reason; later identical copies say so), as the store records them."""
    if not failed:
        return corpus
    inputs = []
    for record in corpus.inputs:
        reason = failed.get(record.article_id or "")
        if reason is not None and record.status is not InputStatus.SKIPPED:
            why = reason if record.status is InputStatus.READ else EARLIER_COPY_FAILED
            record = replace(record, status=InputStatus.SKIPPED, reason=why)
        inputs.append(record)
    articles = tuple(a for a in corpus.articles if a.id not in failed)
    return Corpus(articles=articles, inputs=tuple(inputs))
