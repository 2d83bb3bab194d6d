"""The issue-12 temporal fixes, each on a labelled case (pages in benchmarks/temporal/pages are the longer
versions); and the gold-set scorer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronicle.holidays import easter_sunday, holiday_date
from chronicle.model import Granularity
from chronicle.temporal import ground_document, ground_text
from chronicle.temporal_eval import chronicle_outputs, load_documents, load_gold, score
from chronicle.tense import Tense, clause_tense

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "temporal"


def _value(sentence: str, expr: str, published: str) -> str | None:
    found = [t for t in ground_text(sentence, dt.date.fromisoformat(published)) if t.text.startswith(expr)]
    return found[0].value.iso if found else None


@pytest.mark.parametrize(
    ("published", "sentence", "expr", "expected"),
    [
        # future weekdays: the tense of the expression's own clause
        (
            "2023-04-12",
            "At the funeral Mass on Saturday the orchestra she built will play.",
            "Saturday",
            "2023-04-15",
        ),
        (
            "2023-04-12",
            "Saturday's funeral is expected to draw more than 3,000 people.",
            "Saturday",
            "2023-04-15",
        ),
        (
            "2023-04-12",
            "The transfer (Wednesday) and the funeral (Saturday) were decided.",
            "Saturday",
            "2023-04-15",
        ),
        (
            "2024-12-23",
            "Ferries would stop at midnight on Wednesday and Thursday, the operator said.",
            "Thursday",
            "2024-12-26",
        ),
        (
            "2025-04-23",
            "They will remain in the house where he lived until his death on April 21.",
            "April 21",
            "2025-04-21",
        ),
        (
            "2024-12-23",
            "Mayor Vance, who took office on Friday, said shelters would open.",
            "Friday",
            "2024-12-20",
        ),
        ("2019-11-14", "The search would be reviewed on Friday.", "Friday", "2019-11-15"),
        # typographic apostrophes in future cues
        ("2023-04-12", "“I’ll conduct her Requiem in November,” he said.", "November", "2023-11"),
        ("2024-02-29", "“We’ll be back on Monday.”", "Monday", "2024-03-04"),
        # this morning / afternoon / evening (the quick pre-check let them through)
        ("2025-04-10", "He left this morning.", "this morning", "2025-04-10"),
        ("2025-04-10", "They meet this evening.", "this evening", "2025-04-10"),
        # holidays
        ("2023-04-12", "She died on Easter Monday morning.", "Easter Monday", "2023-04-10"),
        ("2023-04-12", "It played on Good Friday and Easter Sunday.", "Good Friday", "2023-04-07"),
        ("2024-12-23", "Shops close on Christmas Eve.", "Christmas Eve", "2024-12-24"),
        ("2024-12-23", "Fireworks moved to New Year’s Day.", "New Year’s Day", "2025-01-01"),
        ("2025-03-01", "They married on New Year's Eve.", "New Year's Eve", "2024-12-31"),
        # numeric dates
        ("2025-04-28", "The notice dated 26.04.2025 was posted.", "26.04.2025", "2025-04-26"),
        ("2025-04-28", "The ballot of 2025/04/14 was annulled.", "2025/04/14", "2025-04-14"),
        ("2022-10-04", "Polls on 30/10/2022 and earlier on 10/11/2018.", "10/11/2018", "2018-11-10"),
        # event-anchored
        (
            "2022-10-04",
            "The hall, which opened 80 years ago on June 1st, hosts it.",
            "80 years ago",
            "1942-06-01",
        ),
        ("2025-05-09", "The war in Europe ended 80 years ago on May 8th.", "80 years ago", "1945-05-08"),
        # T17 weekday changes read by hand (benchmarks/temporal/weekday_changes.jsonl), own sentences
        (
            "2021-03-07",
            "A warehouse was set on fire in the port on Saturday, police said.",
            "Saturday",
            "2021-03-06",
        ),
        (
            "2021-03-08",
            "If you read the paper on Friday you would have seen the notice.",
            "Friday",
            "2021-03-05",
        ),
        (
            "2021-03-07",
            "The ferry will start carrying its passengers as early as Monday using boats bound north.",
            "Monday",
            "2021-03-08",
        ),
        (
            "2021-03-10",
            "Farmers who applied by Tuesday could get their payments for three years.",
            "Tuesday",
            "2021-03-09",
        ),
        (
            "2021-03-07",
            "A trucker will carry food, blankets, tents and water from the depot to the valley on Friday.",
            "Friday",
            "2021-03-12",
        ),
        (
            "2021-03-10",
            "The dam will be tested and monitored to see if it holds water starting Tuesday morning.",
            "Tuesday",
            "2021-03-16",
        ),
        (
            "2021-03-07",
            "The council said late Thursday it would give more money to the town.",
            "Thursday",
            "2021-03-04",
        ),
        (
            "2021-03-10",
            "The mayor is expected to order on Thursday stricter checks on the bridges.",
            "Thursday",
            "2021-03-11",
        ),
        (
            "2021-03-12",
            "Officials say the road could be permanently reopened by Sunday.",
            "Sunday",
            "2021-03-14",
        ),
        ("2021-03-08", "Friday night may seem like a long time ago now.", "Friday", "2021-03-05"),
        (
            "2021-03-10",
            "It was plain that Tuesday's storm in the valley would be a disaster.",
            "Tuesday",
            "2021-03-09",
        ),
        ("2021-03-10", "He spoke ahead of a protest scheduled for Thursday.", "Thursday", "2021-03-11"),
        # held-out T17 misses (benchmarks/temporal/heldout.jsonl), rewritten: "hoping to" is a plan; the
        # object of "delayed ... until" may be long
        (
            "2021-03-10",
            "The clubs are hoping to raise funds with a concert on Friday night and Saturday morning.",
            "Saturday",
            "2021-03-13",
        ),
        (
            "2021-03-10",
            "A judge has delayed the fraud trial of the harbour company and of its's former finance chief, "
            "Ola Brenn, until May to give both sides more time.",
            "May",
            "2021-05",
        ),
    ],
)
def test_fix(published: str, sentence: str, expr: str, expected: str) -> None:
    assert _value(sentence, expr, published) == expected


@pytest.mark.parametrize(
    ("sentence", "expr"),
    [
        ("Version 2.10.2022 of the app crashed.", "2.10.2022"),
        ("The notice, numbered 2022/10/02-117, lists stations.", "2022/10/02"),
        ("Polls closed at 20.00 and the count ended at 03.15.", "20.00"),
        ("The Good Friday Agreement was signed.", "Good Friday"),
        ("They went Christmas shopping.", "Christmas"),
        ("The tram is due in 2024, two years later than planned.", "two years later"),
    ],
)
def test_not_a_date(sentence: str, expr: str) -> None:
    where = sentence.index(expr)
    found = ground_text(sentence, dt.date(2022, 10, 4))
    assert [t.text for t in found if t.start < where + len(expr) and t.end > where] == []


def test_event_anchored_dates_need_the_text_to_date_the_event() -> None:
    text = "She died on Easter Monday morning. The family announced it the day after she died. "
    text += "The orchestra was founded eleven days after her appointment."
    spans = [(0, 34), (35, 82), (83, len(text))]
    grounded = ground_document(text, spans, dt.date(2023, 4, 12)).timexes
    assert [(t.text, t.value.iso) for t in grounded[1]] == [("the day after she died", "2023-04-11")]
    assert grounded[2] == ()  # her appointment is dated nowhere


def test_month_only_publication_grounds_explicit_dates_and_counts_the_rest() -> None:
    text = "On June 3 the river peaked. Engineers said yesterday the walls held. It rained on Monday."
    spans = [(0, 27), (28, 68), (69, len(text))]
    grounded = ground_document(text, spans, dt.date(2021, 6, 1), Granularity.MONTH)
    assert [t.value.iso for t in grounded.timexes[0]] == ["2021-06-03"]
    assert grounded.timexes[1] == () and grounded.timexes[2] == ()
    assert grounded.ungrounded == 2


def test_clause_tense() -> None:
    text = "He said on Friday he would resign."
    assert clause_tense(text, 11, 17, 0, len(text)) is Tense.PAST
    text = "He said he would resign on Friday."
    assert clause_tense(text, 27, 33, 0, len(text)) is Tense.FUTURE


@pytest.mark.parametrize(("year", "day"), [(2023, "2023-04-09"), (2024, "2024-03-31"), (2025, "2025-04-20")])
def test_easter(year: int, day: str) -> None:
    assert easter_sunday(year).isoformat() == day


def test_holiday_dates() -> None:
    assert holiday_date("Easter Monday", 2025) == dt.date(2025, 4, 21)
    assert holiday_date("New Year’s Eve", 2024) == dt.date(2024, 12, 31)
    assert holiday_date("Thanksgiving", 2024) == dt.date(2024, 11, 28)
    assert holiday_date("Labour Day", 2024) is None  # depends on the country


def test_gold_set_is_large_and_scored(shared_dir: Path) -> None:
    gold = load_gold(GOLD / "gold.jsonl")
    assert sum(len(g.timexes) for g in gold) >= 300
    docs = load_documents(gold, GOLD, shared_dir)
    outputs = {doc: chronicle_outputs(d.article) for doc, d in docs.items() if d.article is not None}
    scores = score(gold, docs, lambda doc, _article: outputs.get(doc, []))
    assert not scores.skipped_docs  # month-only and cp1252 pages are read
    day = scores.by_granularity["day"]
    assert day.gold >= 200
    assert day.precision >= 0.92 and day.recall >= 0.88  # measured 93.6% / 90.9%: a regression floor


@pytest.mark.parametrize(
    ("published", "sentence", "expr", "expected", "future"),
    [
        # T17 regressions of issue 12 (bpoil, EgyptianProtest): a day more than half a year ahead is not
        # read in a clause the tense check calls future
        (
            "2010-09-08",
            "Scientists feared the spill would create such a zone after the April 20 blowout at the rig.",
            "April 20",
            "2010-04-20",
            False,
        ),
        ("2010-12-28", "The funeral will be held on January 5.", "January 5", "2011-01-05", True),
        # a future clause about a day already past reports it: not flagged future (nor left out of timelines)
        (
            "2010-06-03",
            "June 2 - BP continues work on a new plan to try to capture the oil.",
            "June 2",
            "2010-06-02",
            False,
        ),
        # an event phrase that names its own date: the date is read, not swallowed by the count
        (
            "2011-01-30",
            "The graduate lived for three weeks before dying January 4 -- but it was too late.",
            "January 4",
            "2011-01-04",
            False,
        ),
        (
            "2010-10-01",
            "On Friday, 11 weeks after the well was capped July 15, Allen spoke.",
            "July 15",
            "2010-07-15",
            False,
        ),
        # "was set up" is not a schedule
        (
            "2008-09-16",
            "He used a teleprompter at his events Monday, where the prompter was set up.",
            "Monday",
            "2008-09-15",
            False,
        ),
    ],
)
def test_t17_regressions(published: str, sentence: str, expr: str, expected: str, future: bool) -> None:
    found = [t for t in ground_text(sentence, dt.date.fromisoformat(published)) if t.text.startswith(expr)]
    assert [(t.value.iso, t.future) for t in found] == [(expected, future)]


# editor-5: general causes behind the misses of the gold and held-out sets, each on an invented sentence
@pytest.mark.parametrize(
    ("published", "sentence", "expr", "expected"),
    [
        # a time ("4:15 p.m.") does not cut the clause, and a pronoun right after the date is the clause's
        # subject ("Tuesday it stopped"), not a reduced relative clause
        (
            "2021-03-12",
            "The mill may reopen soon , but at 4:15 p.m. local time Tuesday it stopped taking orders .",
            "Tuesday",
            "2021-03-09",
        ),
        # a headline's "will" does not reach across a colon into the next statement
        (
            "2021-03-12",
            "Mayor : ' The bridge will reopen ' Crews : Repairs to take weeks In a briefing Tuesday night , "
            "the mayor had said the damage was worse than feared .",
            "Tuesday night",
            "2021-03-09",
        ),
        # "plans for" is a schedule: the concert lies ahead, more than a month after publication
        (
            "2021-03-12",
            "The council backed plans for a benefit concert at the harbour on 20 May .",
            "20 May",
            "2021-05-20",
        ),
    ],
)
def test_editor5_tense(published: str, sentence: str, expr: str, expected: str) -> None:
    assert _value(sentence, expr, published) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        ("2021-03-08", "The roads were closed over the weekend .", "2021-W09"),  # Monday: just ended
        ("2021-03-10", "Crews said the roads will reopen by the weekend .", "2021-W10"),
        ("2021-03-07", "Crews said the roads will reopen by the weekend .", "2021-W10"),  # a Sunday: the next
        ("2021-03-10", "The fair opens this weekend .", "2021-W10"),
        ("2021-03-08", "After this weekend , the two banks look set to merge .", "2021-W09"),
        ("2021-03-10", "He bought the weekend edition .", None),
    ],
)
def test_editor5_weekend(published: str, sentence: str, expected: str | None) -> None:
    assert _value(sentence, "th", published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expr", "expected"),
    [
        # an event dated in the anchor's own sentence
        (
            "2021-03-10",
            "The board will vote on Friday on the merger, and the result will be out the day after the vote.",
            "the day after",
            "2021-03-13",
        ),
        # an apposition restates the day before it, whatever the event
        (
            "2021-03-10",
            "The hikers left the lodge on Sunday, the day before they disappeared.",
            "the day",
            "2021-03-07",
        ),
    ],
)
def test_editor5_event_anchors(published: str, text: str, expr: str, expected: str) -> None:
    assert _value(text, expr, published) == expected


def test_editor5_event_named_by_another_form() -> None:
    """ "shot" and "shooting" name one event; the event's date after its word beats a date before it."""
    first = "She went back to work 40 days after she was shot."
    second = "The court heard today that the shooting on 29 January took place in the car park."
    text = f"{first} {second}"
    spans = [(0, len(first)), (len(first) + 1, len(text))]
    found = ground_document(text, spans, dt.date(2021, 3, 10)).timexes
    assert [t.value.iso for t in found[0]] == ["2021-03-10"]


@pytest.mark.parametrize(
    ("sentence", "expr", "expected"),
    [
        ("Her first solo was at the Christmas Eve gala in 2016 , aged nine .", "Christmas Eve", "2016-12-24"),
        ("He was last seen on Boxing Day in 2019 .", "Boxing Day", "2019-12-26"),
        ("The 4 June final in 2018 ended in a draw .", "4 June", "2018-06-04"),
        ("The rally on 4 June drew more people than in 2018 .", "4 June", "2023-06-04"),
    ],
)
def test_editor5_year_after_the_noun(sentence: str, expr: str, expected: str) -> None:
    assert _value(sentence, expr, "2023-05-20") == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expr", "expected"),
    [
        # a word after a determiner is not a past verb: "would be moored on the seabed by Friday" is future
        (
            "2021-09-08",
            "The harbour master said the buoy would be moored on the seabed by Friday.",
            "Friday",
            "2021-09-10",
        ),
        ("2021-09-08", "The buoy reached the seabed on Friday.", "Friday", "2021-09-03"),
        # a past verb after a determiner-less noun still marks the past
        ("2021-09-08", "Divers inspected the hull on Friday.", "Friday", "2021-09-03"),
    ],
)
def test_editor6_determiner_is_not_a_verb(published: str, sentence: str, expr: str, expected: str) -> None:
    assert _value(sentence, expr, published) == expected


def test_editor6_usa_today_is_a_newspaper() -> None:
    found = ground_text("USA Today reported the count; the mayor spoke today.", dt.date(2021, 9, 8))
    assert [(t.text, t.value.iso) for t in found] == [("today", "2021-09-08")]


def test_editor6_participle_after_stay_or_remain() -> None:
    # "will stay closed until the end of April": the participle is an adjective, the clause is future
    sentence = "Engineers said the bridge will stay closed at least until the end of April."
    assert _value(sentence, "the end of April", "2023-03-08") == "2023-04"
