"""Timeline entry rules (chronicle.entries) on the seeds and on written pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chronicle.annotate import annotate
from chronicle.datelines import dateline_end, is_only_dateline
from chronicle.entries import background_dates, entry_text, main_timexes, publication_value
from chronicle.model import Article, Granularity, InputStatus, TimeValue
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


def test_publication_value_keeps_the_pages_precision() -> None:
    day = Article("x", dt.date(2021, 6, 1), "Text.", ())
    month = Article("y", dt.date(2021, 6, 1), "Text.", (), published_precision=Granularity.MONTH)
    assert publication_value(day) == TimeValue(2021, 6, 1)
    assert publication_value(month) == TimeValue(2021, 6)


# flood-month-only.txt (` date 2021-06 `): its explicit dates, as read by hand from the page
FLOOD_EXPLICIT = {TimeValue(2016, 6, 1), TimeValue(2019, 3, 12), TimeValue(2021, 6, 3), TimeValue(2021, 5)}


def test_month_only_page_is_read_with_its_fallback_named_and_explicit_dates_kept() -> None:
    run = run_timeline([PAGES / "flood-month-only.txt"])
    (record,) = run.corpus.inputs
    assert record.status is InputStatus.READ
    assert record.fallbacks == (
        "publication date known to the month only (2021-06): expressions that need the day are not grounded",
    )
    (document,) = run.documents
    assert document.ungrounded == 4  # "yesterday", "on Monday", "last week", "three days ago"
    days = {t.value for s in document.sentences for t in s.timexes if t.value.granularity is Granularity.DAY}
    assert days == {v for v in FLOOD_EXPLICIT if v.granularity is Granularity.DAY}  # no day from "Monday"
    dates = {e.date for e in run.timeline.entries}
    assert dates >= FLOOD_EXPLICIT
    assert {e.date for e in run.timeline.entries if e.background} == {
        TimeValue(2016, 6, 1),
        TimeValue(2019, 3, 12),
    }


def test_month_only_page_gets_no_invented_day() -> None:
    run = run_timeline([PAGES / "flood-month-only.txt"])
    invented = [e.date for e in run.timeline.entries if e.date.granularity is Granularity.DAY]
    assert set(invented) <= FLOOD_EXPLICIT
