"""Timeline entry rules (chronicle.entries) on the seeds and on written pages."""

from __future__ import annotations

import datetime as dt
import re
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


def test_a_datelines_date_dates_the_report_not_the_news() -> None:
    doc = _doc(
        "ORSAVIK, March 7 (Nordwire) - The bridge collapsed late on Monday, killing three people.",
        "2025-03-07",
    )
    (sentence,) = doc.sentences
    assert [t.text for t in sentence.timexes] == ["March 7", "Monday"]
    assert [t.text for t in main_timexes(sentence)] == ["Monday"]


def test_main_clause_date_wins_over_context() -> None:
    doc = _doc("Rescue officials on Monday found five more bodies following Friday's earthquake.")
    (sentence,) = doc.sentences
    assert [t.text for t in main_timexes(sentence)] == ["Monday"]


def test_date_in_a_relative_clause_is_context() -> None:
    doc = _doc(
        "A former harbour master was found guilty today of falsifying logs before the collapse of the "
        "pontoon, which injured 14 people on 3 August 2022.",
        "2024-02-29",
    )
    (sentence,) = doc.sentences
    assert [t.value.iso for t in sentence.timexes] == ["2024-02-29", "2022-08-03"]  # the tagger is right
    assert [t.value.iso for t in main_timexes(sentence)] == ["2024-02-29"]
    # a main clause that only plans leaves the relative clause's date as the news
    plan = _doc(
        "Two other defendants, who pleaded guilty in January, will be sentenced next Wednesday.", "2024-02-29"
    )
    assert [t.value.iso for t in main_timexes(plan.sentences[0])] == ["2024-01", "2024-03-06"]


def test_court_verdict_page_puts_the_verdict_on_its_day() -> None:
    run = run_timeline([PAGES / "court-verdict.txt"])
    for entry in run.timeline.entries:
        if entry.date.iso == "2022-08-03":
            assert not any("guilty today" in text for text in entry.summary), entry.summary
    verdict_day = [e for e in run.timeline.entries if e.date.iso == "2024-02-29"]
    assert verdict_day and any("found guilty today" in t for t in verdict_day[0].summary)
    assert any(e.date.iso == "2024-01" for e in run.timeline.entries)  # "who pleaded guilty in January"


def test_seed_entries_stand_on_their_own(seeds_dir: Path) -> None:
    run = run_timeline([seeds_dir])
    for entry in run.timeline.entries:
        for text in entry.summary:
            assert text.split()[0] not in ("He", "She", "They", "His", "Her", "It", "Signed"), text
    summaries = {e.date.iso: e.summary for e in run.timeline.entries}
    assert any(s.startswith("[Wang Guangjun] signed a contract") for s in summaries["2025-02-25"])
    # the subject after a fronted phrase is named too, from the text before the clause shown
    shown = [text for entry in run.timeline.entries for text in entry.summary]
    assert "Four days later, on December 28, [Chang Renbo] was in Rostov" in " ".join(shown)
    assert any(s.startswith("In early February, [Chang Renbo] was transferred") for s in shown)
    assert any(s.startswith("After that, [Wang Guangjun] was sent to Rostov") for s in shown)
    for text in shown:
        assert not re.match(r"^(?:[^,.\[]{1,60}?, ){1,3}?(?:he|she|his|her) ", text), text


def test_pronoun_named_from_the_article() -> None:
    doc = _doc("Chang Renbo arrived in Russia. He was captured on April 5.")
    sentence = doc.sentences[1]
    assert entry_text(doc, sentence, sentence.timexes[0], True) == "[Chang Renbo] was captured on April 5."


def test_pronoun_after_a_fronted_phrase_is_named() -> None:
    doc = _doc(
        "Mira Holt trained for the crossing all winter. In early March, she reached the north shore. "
        "Two days later, on March 9, her boat was found empty. When rescuers arrived, she was gone."
    )
    reached, found, gone = doc.sentences[1:]
    assert (
        entry_text(doc, reached, reached.timexes[0], True)
        == "In early March, [Mira Holt] reached the north shore."
    )
    assert (
        entry_text(doc, found, found.timexes[0], True)
        == "Two days later, on March 9, [Mira Holt's] boat was found empty."
    )
    # a finite clause before the comma is not a fronted phrase: left as written
    assert entry_text(doc, gone, None, True) == "When rescuers arrived, she was gone."
    # nobody named before: the sentence cannot stand on its own
    alone = _doc("On Monday, he resigned from the board of the harbour company after a long dispute.")
    assert entry_text(alone, alone.sentences[0], alone.sentences[0].timexes[0], True) is None


def test_pronoun_in_a_split_clause_names_the_subject_of_its_own_sentence() -> None:
    doc = _doc(
        "Tomas Vell was questioned by police. "
        "Ana Corr landed in Oslo on March 2, and three days later, on March 5, "
        "she was in Bergen for the race."
    )
    sentence = doc.sentences[1]
    march5 = next(t for t in sentence.timexes if t.value.iso == "2025-03-05")
    assert (
        entry_text(doc, sentence, march5, True)
        == "Three days later, on March 5, [Ana Corr] was in Bergen for the race."
    )


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


STORY = Path(__file__).resolve().parents[1] / "benchmarks" / "temporal" / "story-bridge"


def _reader_check(summary: str) -> None:
    assert not is_only_dateline(summary), summary
    assert dateline_end(summary) == 0, summary
    assert not re.match(r"(?:He|She|They|His|Her|Their|It)\b", summary), summary
    # a pronoun subject after a fronted phrase without a comma ("At Monday's hearing he said") is unresolved
    assert not re.match(r"(?:At|On|In|After|Before)\b[^,\[]{0,40}?\s(?:he|she|they)\s", summary), summary


def test_no_summary_is_a_dateline_or_an_unresolved_pronoun(seeds_dir: Path) -> None:
    """Issue 12's reader check, on the seeds and the invented six-page bridge story (datelines with agency
    credits, bylines, an unnamed "He" whose only nearby names are the byline and the credit)."""
    for paths in ([seeds_dir], [STORY]):
        timeline = run_timeline(paths).timeline
        assert timeline.entries
        for entry in timeline.entries:
            for summary in entry.summary:
                _reader_check(summary)


def test_bylines_and_agency_credits_are_not_antecedents() -> None:
    doc = _doc(
        "By Ilse Marden March 8, 2023\n\n"
        "ORSAVIK, March 8 (Valdmark Herald) - Divers on Tuesday found the van.\n\n"
        "He had been on his last delivery on Tuesday, his employer said.",
        "2023-03-08",
    )
    sentence = next(s for s in doc.sentences if s.text.startswith("He had"))
    assert entry_text(doc, sentence, sentence.timexes[0] if sentence.timexes else None, True) is None
