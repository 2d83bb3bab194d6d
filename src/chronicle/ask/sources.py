"""The narrow adapter between question answering and the rest of chronicle's annotations.

Names (people, places, organisations) come from the entity stage, facts (event dates, ages, birth years of
named people) and disagreements from the claims cross-check; both stages are being reworked, so
``chronicle.ask`` reaches them only through :func:`annotate` and the plain records it returns.
Both run on a handful of *excerpts* (the sentences an answer is read from and the two before each, for
pronouns), never on the whole collection, so a question stays fast on a store of thousands of articles.
The rule-based recogniser is used: loading the statistical model alone takes longer than answering.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from chronicle.model import ClaimGroup, Document, EntityKind, Sentence, TimeValue, Verdict

__all__ = ["Annotations", "Fact", "NameSpan", "annotate", "excerpts"]


@dataclass(frozen=True)
class NameSpan:
    """A name in an article: offsets into its text, kind, and the entity's canonical name."""

    start: int
    end: int
    text: str
    kind: EntityKind
    canonical: str


def excerpts(pairs: Iterable[tuple[Document, Sentence]], before: int = 2) -> tuple[Document, ...]:
    """Documents cut down to the given sentences and the ``before`` sentences preceding each.

    The other sentences stay in place but empty, so positions (``Sentence.index``) still index
    ``Document.sentences``, as the later stages expect.
    """
    wanted: dict[str, tuple[Document, set[int]]] = {}
    for document, sentence in pairs:
        _, indices = wanted.setdefault(document.id, (document, set()))
        indices.update(range(max(0, sentence.index - before), sentence.index + 1))
    return tuple(
        replace(
            document,
            sentences=tuple(
                s if s.index in indices else replace(s, end=s.start, text="", timexes=())
                for s in document.sentences
            ),
        )
        for document, indices in wanted.values()
    )


@dataclass(frozen=True)
class Fact:
    """A claim the cross-check reads in a sentence: who or what, which property, which value."""

    article_id: str
    sentence_start: int  # the claim's sentence, by its offset in the article
    subject: str
    property: str  # "captured on", "age", "birth year", "count", "occupation" ...
    value: str
    date: TimeValue | None = None
    low: float | None = None
    high: float | None = None
    speaker: str | None = None
    value_start: int | None = None  # the value's own offsets in the article text, when the claim has them
    value_end: int | None = None


@dataclass(frozen=True)
class Annotations:
    """What the entity stage and the claims cross-check find in a set of excerpts.

    ``groups``: the cross-check's judged points (claims of several articles about one point), every
    verdict but SPELLING: CONFLICT, UPDATE and SCOPE are shown to a reader; AGREE says two values are one
    figure, so they are not set against each other.
    """

    names: dict[str, list[NameSpan]]  # by article id, in text order
    facts: tuple[Fact, ...]
    groups: tuple[ClaimGroup, ...] = ()

    @property
    def conflicts(self) -> tuple[ClaimGroup, ...]:
        """The groups whose claims cannot all be true at once."""
        return tuple(g for g in self.groups if g.verdict is Verdict.CONFLICT)


def annotate(documents: Sequence[Document], claims: bool = True) -> Annotations:
    """Names, claims and conflicts in ``documents`` (excerpts: see :func:`excerpts`), from the pipeline's
    cross-check stages (entities with the rule-based recogniser)."""
    from chronicle.pipeline import CROSS_CHECK, Pipeline, PipelineOptions, Stage

    stages = CROSS_CHECK if claims else (Stage.ENTITIES,)
    run = Pipeline(PipelineOptions(stages=stages, cross_check_limit=None, entity_model=False)).from_documents(
        documents
    )
    names: dict[str, list[NameSpan]] = {}
    for entity in run.entities:
        for m in entity.mentions:
            names.setdefault(m.article_id, []).append(
                NameSpan(m.start, m.end, m.text, entity.kind, entity.name)
            )
    for spans in names.values():
        spans.sort(key=lambda s: s.start)
    facts = tuple(
        Fact(
            article_id=c.citation.article_id,
            sentence_start=c.citation.start,
            subject=c.subject,
            property=c.property,
            value=c.value,
            date=c.date,
            low=c.low,
            high=c.high,
            speaker=c.speaker,
            value_start=c.value_start,
            value_end=c.value_end,
        )
        for c in run.claims
    )
    groups = tuple(g for g in run.claim_groups if g.verdict is not Verdict.SPELLING)
    return Annotations(names, facts, groups)
