"""Timeline entry rules (chronicle.entries) on the seeds and on written pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chronicle.annotate import annotate
from chronicle.datelines import dateline_end, is_only_dateline
from chronicle.entries import background_dates, entry_text, main_timexes
from chronicle.model import Article, TimeValue
from chronicle.pipeline import Pipeline, PipelineOptions, Stage

PAGES = Path(__file__).resolve().parents[1] / "benchmarks" / "temporal" / "pages"


def run_timeline(paths: list[Path]):  # type: ignore[no-untyped-def]
    return Pipeline(PipelineOptions(stages=(Stage.TIMELINE,))).run(paths)


def _doc(text: str, published: str = "2025-03-31"):  # type: ignore[no-untyped-def]
    return annotate(Article("x", dt.date.fromisoformat(published), text, ()))


def test_datelines() -> None:
    assert is_only_dateline("Vatican City, April 28 (LaPresse).")
    text = (
        "Mandalay, (APP - UrduPoint / Pakistan Point News - 29th Mar, 2025) More than 90 people are trapped."
    )
    assert text[dateline_end(text) :].startswith("More than 90")
    assert dateline_end("Ukraine on April 8 announced the capture.") == 0


def test_main_clause_date_wins_over_context() -> None:
    doc = _doc("Rescue officials on Monday found five more bodies following Friday's earthquake.")
    (sentence,) = doc.sentences
    assert [t.text for t in main_timexes(sentence)] == ["Monday"]


def test_seed_entries_stand_on_their_own(seeds_dir: Path) -> None:
    run = run_timeline([seeds_dir])
    for entry in run.timeline.entries:
        for text in entry.summary:
            assert text.split()[0] not in ("He", "She", "They", "His", "Her", "It", "Signed"), text
    summaries = {e.date.iso: e.summary for e in run.timeline.entries}
    assert any(s.startswith("[Wang Guangjun] signed a contract") for s in summaries["2025-02-25"])


def test_pronoun_named_from_the_article() -> None:
    doc = _doc("Chang Renbo arrived in Russia. He was captured on April 5.")
    sentence = doc.sentences[1]
    assert entry_text(doc, sentence, sentence.timexes[0], True) == "[Chang Renbo] was captured on April 5."


def test_dateline_pages_never_give_a_dateline_summary() -> None:
    run = run_timeline([PAGES / "veltria-election.txt"])
    for entry in run.timeline.entries:
        for text in entry.summary:
            assert not is_only_dateline(text) and not text.startswith("Marlow City, Oct 4")


def test_plans_are_not_placed_on_the_day_they_announce() -> None:
    run = run_timeline([PAGES / "conductor-funeral.txt"])
    dates = {e.date.iso for e in run.timeline.entries}
    assert "2023-04-15" not in dates  # the funeral is announced, not reported


def test_background_dates() -> None:
    values = [TimeValue(1936, 12, 17), TimeValue(2024, 12, 24), TimeValue(2025, 2, 5), TimeValue(2025, 4, 8)]
    assert background_dates(values, [dt.date(2025, 4, 10)]) == {TimeValue(1936, 12, 17)}
