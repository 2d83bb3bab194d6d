"""Temporal fixes driven by the remaining errors of the gold sets (``benchmarks/temporal``): live pages,
furniture lines that carry the page's date, and the other general causes; each on the real case."""

from __future__ import annotations

import datetime as dt

from chronicle.temporal import ground_document, ground_text


def _values(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.value.iso) for t in ground_text(text, dt.date.fromisoformat(published))]


# --- live pages: entries written after the page's date -------------------------------------------------


def test_live_page_weekday_after_an_update_stamp_is_the_coming_day() -> None:
    # T17 EgyptianProtest cnn/2011-01-30/214, a Sunday page whose entry is from Monday 31 January
    text = (
        "Demonstrations also have taken place in recent weeks Algeria , Yemen and Jordan . "
        "-- -LRB- Update 2:04 p.m. Cairo , 7:04 a.m. ET -RRB- Protesters gathered in Cairo 's Tahrir Square "
        "said Monday that they were organizing a `` million man march '' around Cairo for Tuesday . "
        "-- Two flights carrying Israelis from Egypt to Israel landed Monday morning ."
    )
    assert _values(text, "2011-01-30") == [
        ("Monday", "2011-01-31"),
        ("Tuesday", "2011-02-01"),
        ("Monday morning", "2011-01-31"),
    ]


def test_live_page_keeps_the_past_before_its_first_entry_and_after_since() -> None:
    # cnn/2011-02-11/239: an obituary teaser above the live entries; cnn/2011-01-30/144: "since ... Tuesday"
    text = (
        "Peggy Rea died of congestive heart failure on Saturday at her home . "
        "-LRB- Update 5:30 a.m. in Cairo , 10:30 p.m. ET -RRB- Even as daylight neared on Saturday , throngs "
        "remained on the streets ."
    )
    assert _values(text, "2011-02-11") == [("Saturday", "2011-02-05"), ("Saturday", "2011-02-12")]
    text = (
        "-LRB- Update 9:46 p.m. Cairo , 2:46 p.m. ET -RRB- The government deployed the army to keep the "
        "peace for the first time since unrest began Tuesday ."
    )
    assert _values(text, "2011-01-30") == [("Tuesday", "2011-01-25")]


def test_a_page_without_update_stamps_reads_weekdays_in_the_past() -> None:
    assert _values("Protesters said Monday that they were organizing a march .", "2011-01-30") == [
        ("Monday", "2011-01-24")
    ]


def test_monday_quarterbacking_is_an_idiom() -> None:
    # cnn/2011-02-07/118: a column name, then a real weekday
    text = (
        "Monday quarterbacking : Super Bowl 's hits and fumbles : there were plenty of victors Sunday night ."
    )
    assert _values(text, "2011-02-07") == [("Sunday night", "2011-02-06")]


def test_spaced_numeric_date_before_a_time() -> None:
    # T17 H1N1 reuters/2009-06-19/533: "2009 06 19 22:54 JST" heads the story; without a time it is no date
    text = "2009 06 19 22:54 JST WASHINGTON -LRB- Reuters -RRB- - The U.S. Congress on Thursday sent a bill ."
    assert _values(text, "2009-06-19") == [("2009 06 19", "2009-06-19"), ("Thursday", "2009-06-18")]
    assert _values("In 2010 12 15 people died .", "2011-01-01") == [("2010", "2010")]


def test_the_datelines_day_names_its_weekday() -> None:
    # T17 Finan washingtonpost/2008-09-30/1235 (a "plan to" noun made the clause future) and bpoil
    # reuters/2010-05-14/1882 (an older wire story kept on a later page): the dateline's day is that weekday
    text = (
        "NEW YORK , Sept. 29 -- Without a federal bailout plan to prop up confidence in the U.S. financial "
        "system Monday , stocks fell sharply around the globe ."
    )
    assert _values(text, "2008-09-30") == [("Sept. 29", "2008-09-29"), ("Monday", "2008-09-29")]
    text = (
        "HOUSTON , April 29 -LRB- Reuters -RRB- -- A massive oil spill expected to hit the coast on Friday "
        "could delay plans , government officials said on Thursday ."
    )
    assert _values(text, "2010-05-14") == [
        ("April 29", "2010-04-29"),
        ("Friday", "2010-04-30"),
        ("Thursday", "2010-04-29"),
    ]


def test_the_today_programme_is_a_broadcast() -> None:
    # T17 MJ bbc/2011-09-28/543
    text = "Nine months ago , Today program listeners were asked to help . The minister spoke today ."
    assert _values(text, "2011-09-28") == [("Nine months ago", "2010-12"), ("today", "2011-09-28")]
    assert _values("Today , the show opens .", "2011-09-28") == [("Today", "2011-09-28")]


def test_24_hour_times_are_not_years() -> None:
    # T17 MJ bbc/2011-01-11/1151 and haiti bbc/2010-01-14/316 (a live page's entries open with their time)
    text = "The doctor told him the singer had stopped breathing shortly after 1100 ."
    assert _values(text, "2011-01-11") == []
    page = (
        "2144 Veteran NBC news anchor Brian Williams compares it to the 2004 Asian tsunami .\n"
        "2055 Harry Brown in Macau e-mails : `` Just getting word . ''\n"
        "2024 The BBC 's Andy Gallacher in Port-au-Prince says people are frustrated .\n"
        "1943 US military officials say aid flights to Haiti have resumed ."
    )
    assert _values(page, "2010-01-14") == [("2004", "2004")]
    # without a run of such lines, a year opening a line is a year
    assert _values("2005 Was a bad year for the town .", "2010-01-14") == [("2005", "2005")]


def test_a_timetable_in_the_present_is_future() -> None:
    # benchmarks/temporal/pages/storm-halvard.txt:15 (page dated Monday 23 December 2024)
    text = "The operator said the last sailing before the storm leaves at 4 p.m. on Tuesday ."
    assert _values(text, "2024-12-23") == [("Tuesday", "2024-12-24")]
    # without a clock time the present stays a report ("Obama signs the bill Tuesday" in a headline)
    assert _values("The ferry leaves the harbour on Tuesday , the operator said .", "2024-12-23") == [
        ("Tuesday", "2024-12-17")
    ]


def test_a_decade_ago_is_ten_years() -> None:
    # T17 Finan washingtonpost/2008-09-30/1235
    text = "Lending froze up a decade ago after the failure of the hedge fund Long-Term Capital Management ."
    assert _values(text, "2008-09-30") == [("a decade ago", "1998")]
    assert _values("For decades , storm surges have swallowed the marsh .", "2010-06-18") == []
    # a count of decades forward is not counted from the last year the text set
    assert _values("In 2010 the field opened . Two decades later , they agree .", "2010-05-07") == [
        ("2010", "2010")
    ]


def test_the_day_he_died_is_the_death_dated_in_full_elsewhere() -> None:
    # T17 MJ bbc/2011-01-11/1151
    text = (
        "Michael Jackson told his doctor on the day he died he would have to cancel his concerts . "
        "Mr Martinez interviewed Dr Murray two days after Jackson 's death on 25 June 2009 ."
    )
    sentences = [(0, 88), (89, len(text))]
    grounded = ground_document(text, sentences, dt.date(2011, 1, 11)).timexes
    assert [(t.text, t.value.iso) for t in grounded[0]] == [("the day he died", "2009-06-25")]
    # a death dated only by a weekday is not enough
    text = "He worked until the day he died . His brother died on Sunday ."
    grounded = ground_document(text, [(0, 32), (33, len(text))], dt.date(2011, 1, 11)).timexes
    assert grounded[0] == ()


def test_a_page_of_timed_entries_is_live() -> None:
    # a minute-by-minute page (written for this test): three lines open with an entry time
    page = (
        "Cardinals gather in Rome as mourners queue\n"
        "14:05 BST The cardinals said Monday that the first congregation had ended .\n"
        "13:40 BST Crowds filled the square .\n"
        "12:15 BST The body will lie in state .\n"
    )
    assert _values(page, "2025-04-20") == [("Monday", "2025-04-21")]
    # two timed lines are not enough
    two = "14:05 BST The cardinals said Monday that it had ended .\n13:40 BST Crowds filled the square .\n"
    assert _values(two, "2025-04-20") == [("Monday", "2025-04-14")]
