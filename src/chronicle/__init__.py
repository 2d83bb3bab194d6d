"""chronicle: turn dated news reports about an evolving story into a sourced, cross-checked timeline.

The public API is what this module exports (pinned by tests/test_api.py); everything else is internal.
"""

from __future__ import annotations

__version__ = "0.1.0"

from chronicle.errors import (
    ChronicleError,
    DateError,
    InputError,
    OptionsError,
    StoreError,
    TimelineFormatError,
)
from chronicle.evaluate import TimelineScores, evaluate_timeline
from chronicle.model import (
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
    Sentence,
    Timeline,
    TimelineEntry,
    TimeValue,
    Timex,
    Verdict,
)
from chronicle.pipeline import Run, annotate_corpus, run_timeline
from chronicle.read import iter_inputs, read_corpus
from chronicle.timeline import TimelineOptions, build_timeline
from chronicle.timeline_io import read_timeline, timeline_from_json, timeline_to_json, write_timeline

__all__ = [
    "Anchor",
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
    "OptionsError",
    "Origin",
    "Run",
    "Sentence",
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
    "annotate_corpus",
    "build_timeline",
    "evaluate_timeline",
    "iter_inputs",
    "read_corpus",
    "read_timeline",
    "run_timeline",
    "timeline_from_json",
    "timeline_to_json",
    "write_timeline",
]
