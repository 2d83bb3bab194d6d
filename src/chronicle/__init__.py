"""chronicle: turn dated news reports about an evolving story into a sourced, cross-checked timeline.

The public API is what this module exports (pinned by tests/test_api.py), and the outputs of
:mod:`chronicle.outputs` (every format of every output); everything else is internal. Start with
:class:`Pipeline`::

    from chronicle import Pipeline
    run = Pipeline().run(["pages/"])
"""

from __future__ import annotations

__version__ = "0.1.0"

from chronicle.errors import (
    AnnotationError,
    ChronicleError,
    DateError,
    InputError,
    OnError,
    OptionsError,
    StoreError,
    TimelineFormatError,
)
from chronicle.evaluate import TimelineScores, evaluate_timeline
from chronicle.model import (
    AddResult,
    Anchor,
    Article,
    Block,
    BlockKind,
    Citation,
    Claim,
    ClaimGroup,
    Corpus,
    DayCoverage,
    Document,
    Entity,
    EntityKind,
    EntityMention,
    Granularity,
    InputRecord,
    InputStatus,
    Modifier,
    Origin,
    Run,
    Sentence,
    Timeline,
    TimelineEntry,
    TimeValue,
    Timex,
    Verdict,
)
from chronicle.outputs.timeline import read_timeline, timeline_from_json, timeline_to_json, write_timeline
from chronicle.pipeline import Pipeline, PipelineOptions, Stage
from chronicle.progress import Progress
from chronicle.timeline import TimelineOptions

__all__ = [
    "AddResult",
    "Anchor",
    "AnnotationError",
    "Article",
    "Block",
    "BlockKind",
    "ChronicleError",
    "Citation",
    "Claim",
    "ClaimGroup",
    "Corpus",
    "DateError",
    "DayCoverage",
    "Document",
    "Entity",
    "EntityKind",
    "EntityMention",
    "Granularity",
    "InputError",
    "InputRecord",
    "InputStatus",
    "Modifier",
    "OnError",
    "OptionsError",
    "Origin",
    "Pipeline",
    "PipelineOptions",
    "Progress",
    "Run",
    "Sentence",
    "Stage",
    "StoreError",
    "TimeValue",
    "Timeline",
    "TimelineEntry",
    "TimelineFormatError",
    "TimelineOptions",
    "TimelineScores",
    "Timex",
    "Verdict",
    "__version__",
    "evaluate_timeline",
    "read_timeline",
    "timeline_from_json",
    "timeline_to_json",
    "write_timeline",
]
