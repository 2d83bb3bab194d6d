"""chronicle: turn dated news reports about an evolving story into a sourced, cross-checked timeline.

The public API is what this module exports (pinned by tests/test_api.py), and the outputs of
:mod:`chronicle.outputs` (every format of every output); everything else is internal. Start with
:class:`Pipeline`::

    from chronicle import Pipeline
    run = Pipeline().run(["pages/"])

To ask the sources questions, an :class:`Asker` (its reply: :class:`Reply`, answers with their quotes, or
none when the sources do not say)::

    from chronicle import Asker
    reply = Asker.from_paths(["pages/"]).ask("When was Chang Renbo captured?")
    reply.answers[0].value, reply.answers[0].quotes[0].quote

(The one-call form is ``chronicle.ask.ask``: a function ``chronicle.ask`` would be shadowed by the
``chronicle.ask`` package once imported.)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

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
from chronicle.model import (
    AddResult,
    Anchor,
    Answer,
    AnswerKind,
    Article,
    Block,
    BlockKind,
    Citation,
    Claim,
    ClaimGroup,
    Corpus,
    DayCoverage,
    Disagreement,
    Document,
    Entity,
    EntityKind,
    EntityMention,
    Granularity,
    InputRecord,
    InputStatus,
    Modifier,
    Origin,
    Quote,
    Reply,
    Run,
    Sentence,
    Side,
    Timeline,
    TimelineEntry,
    TimeValue,
    Timex,
    Verdict,
)

if TYPE_CHECKING:
    from chronicle.ask import Asker, AskOptions
    from chronicle.evaluate import TimelineScores, evaluate_timeline
    from chronicle.outputs.timeline import read_timeline, timeline_from_json, timeline_to_json, write_timeline
    from chronicle.pipeline import Pipeline, PipelineOptions, Stage
    from chronicle.progress import Progress
    from chronicle.timeline import TimelineOptions

# Imported on first use (PEP 562), so that `import chronicle` and commands that need no timeline do not pay
# for numpy and scipy: the name -> the module that defines it.
_LAZY = {
    "AskOptions": "chronicle.ask",
    "Asker": "chronicle.ask",
    "TimelineScores": "chronicle.evaluate",
    "evaluate_timeline": "chronicle.evaluate",
    "read_timeline": "chronicle.outputs.timeline",
    "timeline_from_json": "chronicle.outputs.timeline",
    "timeline_to_json": "chronicle.outputs.timeline",
    "write_timeline": "chronicle.outputs.timeline",
    "Pipeline": "chronicle.pipeline",
    "PipelineOptions": "chronicle.pipeline",
    "Stage": "chronicle.pipeline",
    "Progress": "chronicle.progress",
    "TimelineOptions": "chronicle.timeline",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'chronicle' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AddResult",
    "Anchor",
    "AnnotationError",
    "Answer",
    "AnswerKind",
    "Article",
    "AskOptions",
    "Asker",
    "Block",
    "BlockKind",
    "ChronicleError",
    "Citation",
    "Claim",
    "ClaimGroup",
    "Corpus",
    "DateError",
    "DayCoverage",
    "Disagreement",
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
    "Quote",
    "Reply",
    "Run",
    "Sentence",
    "Side",
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
