"""The seeds' timeline: the dates a reader expects, each summarised and cited; no page furniture."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronicle.errors import OptionsError
from chronicle.model import Granularity, Modifier, Run, Timeline, TimeValue
from chronicle.pipeline import Pipeline, PipelineOptions, Stage
from chronicle.timeline import TimelineOptions, build_timeline


@pytest.fixture(scope="module")
def seeds_run(seeds_dir: Path) -> Run:
    return Pipeline(PipelineOptions(stages=(Stage.TIMELINE,))).run([seeds_dir])


def _entry_text(timeline: Timeline, iso: str) -> str:
    for entry in timeline.entries:
        if entry.date.iso == iso:
            return " ".join(entry.summary) + " " + " ".join(c.quote for c in entry.citations)
    raise AssertionError(f"no entry for {iso}: {[e.date.iso for e in timeline.entries]}")


# date -> words its summary or citations must contain
EXPECTED = {
    "2024-12-24": ("Chang Renbo", "arrived in Russia"),
    "2024-12-28": ("Rostov", "contract soldier"),
    "2025-02-05": ("arrived in Moscow",),
    "2025-02-25": ("contract",),
    "2025-04-01": ("transferred to the front",),
    "2025-04-05": ("captured",),
    "2025-04-08": ("capture",),
    "2025-04-09": ("interrogation",),
    "2025-04-10": ("video",),
    "2025-04-14": ("press conference",),
}


@pytest.mark.parametrize(("iso", "words"), sorted(EXPECTED.items()))
def test_seed_dates_are_summarised_and_cited(seeds_run: Run, iso: str, words: tuple[str, ...]) -> None:
    text = _entry_text(seeds_run.timeline, iso)
    for word in words:
        assert word in text, f"{iso}: {word!r} not in {text!r}"


def test_every_citation_quotes_its_article_exactly(seeds_run: Run) -> None:
    texts = {d.article.id: d.article.text for d in seeds_run.documents}
    citations = [c for e in seeds_run.timeline.entries for c in e.citations]
    assert citations
    for c in citations:
        assert texts[c.article_id][c.start : c.end] == c.quote


def test_capture_announcement_cites_both_outlets(seeds_run: Run) -> None:
    entry = next(e for e in seeds_run.timeline.entries if e.date.iso == "2025-04-08")
    assert len({c.article_id for c in entry.citations}) == 2


def test_early_february_is_a_month_with_start_modifier(seeds_run: Run) -> None:
    months = [e.date for e in seeds_run.timeline.entries if e.date.granularity is Granularity.MONTH]
    assert TimeValue(2025, 2, modifier=Modifier.START) in months


def test_page_furniture_never_reaches_the_timeline(seeds_run: Run) -> None:
    everything = " ".join(
        " ".join(e.summary) + " ".join(c.quote for c in e.citations) for e in seeds_run.timeline.entries
    )
    for furniture in (
        "Dnipro",
        "Khabarovsk",
        "Musk",
        "Estonia",
        "pure evil",
        "spiritual advisor",
        "magazine",
    ):
        assert furniture not in everything


def test_entries_are_in_date_order_and_distinct(seeds_run: Run) -> None:
    keys = [e.date.sort_key for e in seeds_run.timeline.entries]
    assert keys == sorted(keys)
    assert len({e.date for e in seeds_run.timeline.entries}) == len(keys)


def test_number_of_dates_and_sentences_are_obeyed(seeds_run: Run) -> None:
    timeline = build_timeline(seeds_run.documents, TimelineOptions(dates=3, sentences=1))
    assert len(timeline.entries) == 3
    assert all(len(e.summary) == 1 for e in timeline.entries)


def test_window_and_day_only(seeds_run: Run) -> None:
    options = TimelineOptions(start=dt.date(2025, 4, 1), end=dt.date(2025, 4, 30), day_only=True)
    timeline = build_timeline(seeds_run.documents, options)
    assert timeline.entries
    for entry in timeline.entries:
        day = entry.date.as_date()
        assert day is not None and dt.date(2025, 4, 1) <= day <= dt.date(2025, 4, 30)


def test_query_focuses_the_story(seeds_run: Run) -> None:
    timeline = build_timeline(seeds_run.documents, TimelineOptions(dates=1, query="first SBU interrogation"))
    assert [e.date.iso for e in timeline.entries] == ["2025-04-09"]


def test_coverage_counts_days(seeds_run: Run) -> None:
    coverage = {c.day: c for c in seeds_run.timeline.coverage}
    assert coverage[dt.date(2025, 4, 8)].articles == 2


def test_no_documents_give_an_empty_timeline() -> None:
    assert build_timeline([], TimelineOptions()).entries == ()


@pytest.mark.parametrize(
    "kwargs", [{"dates": 0}, {"sentences": 0}, {"start": dt.date(2025, 2, 1), "end": dt.date(2025, 1, 1)}]
)
def test_bad_options_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(OptionsError):
        TimelineOptions(**kwargs)  # type: ignore[arg-type]
