"""The public API is exactly what chronicle exports; a change to it is a deliberate change of this list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import chronicle

EXPECTED = {
    "AddResult", "Anchor", "AnnotationError", "Answer", "AnswerKind", "Article", "AskOptions", "Asker",
    "Block", "BlockKind", "ChronicleError", "Citation", "Claim", "ClaimGroup", "Corpus", "DateError",
    "DayCoverage", "Disagreement", "Document", "Entity", "EntityKind", "EntityMention", "Granularity",
    "InputError", "InputRecord", "InputStatus", "Modifier", "OnError", "OptionsError", "Origin", "Pipeline",
    "PipelineOptions", "Progress", "Quote", "Reply", "Run", "Sentence", "Side", "Stage", "StoreError",
    "TimeValue", "Timeline", "TimelineEntry", "TimelineFormatError", "TimelineOptions", "TimelineScores",
    "Timex", "Verdict", "__version__", "evaluate_timeline", "read_timeline", "timeline_from_json",
    "timeline_to_json", "write_timeline",
}  # fmt: skip


def test_exported_members_are_pinned() -> None:
    assert set(chronicle.__all__) == EXPECTED


def test_every_export_exists_and_errors_share_one_root() -> None:
    for name in chronicle.__all__:
        assert hasattr(chronicle, name), name
    for error in (
        chronicle.InputError,
        chronicle.DateError,
        chronicle.AnnotationError,
        chronicle.OptionsError,
        chronicle.StoreError,
    ):
        assert issubclass(error, chronicle.ChronicleError)


def test_importing_chronicle_loads_no_numerical_stack_until_a_timeline_is_needed() -> None:
    # `chronicle --help` and `chronicle ask` must start fast: numpy/scipy come with the timeline modules
    code = (
        "import sys, chronicle, chronicle.cli, chronicle.outputs; "
        "assert 'scipy' not in sys.modules and 'chronicle.timeline' not in sys.modules, 'eager'; "
        "chronicle.TimelineOptions; assert 'chronicle.timeline' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_ask_api_answers_with_quotes(seeds_dir: Path) -> None:
    reply = chronicle.Asker.from_paths([seeds_dir]).ask("When was Chang Renbo captured?")
    assert isinstance(reply, chronicle.Reply) and reply.kind is chronicle.AnswerKind.DATE
    best = reply.answers[0]
    assert isinstance(best, chronicle.Answer) and best.value == "2025-04-05"
    assert all(isinstance(q, chronicle.Quote) for q in best.quotes)
