"""The public API is exactly what chronicle exports; a change to it is a deliberate change of this list."""

from __future__ import annotations

import chronicle

EXPECTED = {
    "AddResult", "Anchor", "AnnotationError", "Article", "Block", "BlockKind", "ChronicleError", "Citation",
    "Claim", "ClaimGroup", "Corpus", "DateError", "DayCoverage", "Document", "Entity", "EntityKind",
    "EntityMention", "Granularity", "InputError", "InputRecord", "InputStatus", "Modifier", "OnError",
    "OptionsError", "Origin", "Pipeline", "PipelineOptions", "Progress", "Run", "Sentence", "Stage",
    "StoreError", "TimeValue", "Timeline", "TimelineEntry", "TimelineFormatError", "TimelineOptions",
    "TimelineScores", "Timex", "Verdict", "__version__", "evaluate_timeline", "read_timeline",
    "timeline_from_json", "timeline_to_json", "write_timeline",
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
