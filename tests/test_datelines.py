"""Datelines, credits and page stamps before the news (chronicle.datelines), on openings of T17 dev
sentences that were shown as timeline summaries (scripts/audit_entries.py)."""

from __future__ import annotations

import pytest

from chronicle.datelines import dateline_end, is_only_dateline


@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("WASHINGTON -- WASHINGTON -LRB- AP -RRB- -- The BP oil spill has hammered", "The BP oil spill"),
        (
            "HOUSTON\\/PORT FOURCHON , Louisiana -LRB- Reuters -RRB- -- BP on Thursday geared up",
            "BP on Thursday",
        ),
        (
            "-LRB- By Mike Ridewood -- Getty Images -RRB- TORONTO , Oct. 15 -- While the United States",
            "While",
        ),
        (
            "-LRB- AP Photo\\/Katsumi Kasahara -RRB- -LRB- Katsumi Kasahara - AP -RRB- TOKYO , Oct. 17 -- "
            "Fear",
            "Fear",
        ),
        (
            "-LRB- Updated 6:40 p.m. -LRB- 0140 in Egypt -RRB- -RRB- U.S. President Barack Obama called",
            "U.S.",
        ),
        ("-LRB- Update 7:00 p.m. in Cairo , 12:00 p.m. ET -RRB- - Egyptian banks will be closed", "Egyptian"),
        ("-LRB- AP -RRB- May 28 : BP CEO Tony Hayward speaks during recovery operations", "BP CEO"),
        (
            "Page last updated at 08:03 GMT , Tuesday , 26 July 2011 09:03 UK -LRB- an error occurred while "
            "processing this directive -RRB- Katherine Jackson has announced",
            "Katherine",
        ),
        ("24 June 2010 Last updated at 14:59 GMT Help A year on from the death", "A year on"),
        ("Last updated : 19 January , 2010 - 14:10 GMT Haiti earthquake : the struggle", "Haiti"),
        ("Clare Spencer | 09:51 UK time , Friday , 28 May 2010 Commentators react to", "Commentators"),
        ("Follow live updates here BP revealed yesterday that plans", "BP revealed"),
        ("AP Photo\\/Dave Martin As much as 1 million times the normal level of methane", "As much"),
        ("February 09 , 2011 | By Josh Levs , CNN Human Rights Watch says violent", "Human Rights"),
        ("Friday , October 10 , 2008 ; 12:00 PM U.S. stocks continued a relentless sell off", "U.S. stocks"),
        ("Thursday , November 13 , 2008 ; Page A23 The Bush administration initially", "The Bush"),
        # a page's stamp after the headline glued before the news
        (
            "Why top kill attempt failed , what BP will do next Sunday 30 May 2010 22.52 BST A video image",
            "A video",
        ),
        (
            "US sues BP over Gulf of Mexico oil disaster 16 December 2010 Last updated at 06:54 GMT Help The",
            "The",
        ),
        (
            "Alabama expects billions from BP BIRMINGHAM , Ala. , | Tue Sep 28 , 2010 3:55 am IST "
            "BIRMINGHAM , Ala. , -LRB- Reuters -RRB- - Alabama expects to",
            "Alabama expects to",
        ),
    ],
)
def test_furniture_and_datelines_before_the_news_are_cut(text: str, news: str) -> None:
    assert text[dateline_end(text) :].startswith(news)


@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("AHMEDABAD: A passenger jet crashed after take-off.", "A passenger"),
        ("Nagpur: The ministry said on Friday that ...", "The ministry"),
        ("(CNN) — Officials said the bridge had been closed.", "Officials"),
        ("Updated: April 22, 2025 10:31 IST The body lay in state.", "The body"),
        ("Last Updated: Jun 13, 2025, 08:12 IST Officials said the count had risen.", "Officials"),
        ("Published: 12 June 2025, 14:05 BST Officials said the count had risen.", "Officials"),
        (
            "New Delhi [India], June 12 (ANI): The airline said the aircraft had been inspected.",
            "The airline",
        ),
        ("KYIV, April 8 /Ukrinform/. Two men were captured near the village.", "Two men"),
        ("UPDATED 10:32 EDT / 14:32 GMT The quake struck at midday.", "The quake"),
        ("Rome, Apr 22 (EFE).- The council met on Tuesday.", "The council"),
        ("Rome, 22 April 2025 / 10:05 The council met on Tuesday.", "The council"),
        ("Advertisement The quake struck at midday.", "The quake"),
        ("13 June 2025 | 10:05 BST The airline said the aircraft had been inspected.", "The airline"),
        ("Jun 12, 2025 / 09:14 PM IST The airline said the aircraft had been inspected.", "The airline"),
    ],
)
def test_wire_and_web_openings_written_like_the_held_back_pages(text: str, news: str) -> None:
    """Openings of the kinds scraped pages use (written here, not copied): a place and a colon, a bare
    agency credit, a page's update or publication stamp."""
    assert text[dateline_end(text) :].startswith(news)


@pytest.mark.parametrize(
    "text",
    [
        "-LRB- MSD -RRB- confirmed today that its investigational influenza test was used",  # not a credit
        "(The figure was revised.) Officials said the toll had risen.",
        "Greed and fear , which routinely govern financial markets , have seeded this global crisis .",
        "Last updated figures show 12 deaths.",  # no stamp: no time zone
        "Paris, 5 May and Lyon, 6 May were the dates of the two rallies.",
        "The results: Four people died.",  # not a place
        "Officials said: The plan failed.",
        "Explained:",  # nothing after it
    ],
)
def test_news_is_not_cut(text: str) -> None:
    assert dateline_end(text) == 0


def test_only_a_credit_or_dateline() -> None:
    assert is_only_dateline("Vatican City, April 28 (LaPresse).")
    assert is_only_dateline("-LRB- AP -RRB-")
    assert not is_only_dateline("Last updated : 19 January , 2010 - 14:10 GMT")  # a stamp alone is kept
