"""The cleaner: real pages (seeds), pages in other layouts written for these tests, T17 text, properties."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle.clean import clean
from chronicle.model import Block, BlockKind

BODY, TITLE, FURNITURE = BlockKind.BODY, BlockKind.TITLE, BlockKind.FURNITURE


def _seed_text(path: Path) -> str:
    """The article text of a seed file: everything after the ``date YYYY-MM-DD`` marker."""
    raw = path.read_text(encoding="utf-8")
    marker = raw.index("date ") + len("date ")
    return raw[marker + len("YYYY-MM-DD") :]


def _block(text: str, blocks: tuple[Block, ...], needle: str) -> Block:
    hits = [b for b in blocks if needle in text[b.start : b.end]]
    assert len(hits) == 1, f"{needle!r} is in {len(hits)} blocks"
    return hits[0]


def _assert_kinds(text: str, blocks: tuple[Block, ...], kind: BlockKind, needles: list[str]) -> None:
    wrong = {n: _block(text, blocks, n) for n in needles}
    wrong = {n: b for n, b in wrong.items() if b.kind is not kind}
    assert not wrong, f"expected {kind.value}: " + "; ".join(f"{n!r} is {b}" for n, b in wrong.items())


def _assert_well_formed(text: str, blocks: tuple[Block, ...]) -> None:
    position = 0
    for block in blocks:
        assert position <= block.start < block.end <= len(text)
        assert not text[position : block.start].strip()
        piece = text[block.start : block.end]
        assert piece == piece.strip()
        position = block.end
    assert not text[position:].strip()
    assert sum(b.kind is TITLE for b in blocks) <= 1
    assert all(b.reason for b in blocks if b.kind is FURNITURE)


# --- real pages ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kyiv(seeds_dir: Path) -> tuple[str, tuple[Block, ...]]:
    text = _seed_text(seeds_dir / "000_4f267a05069e3c85.txt")
    return text, clean(text)


def test_kyiv_page_headline_is_the_title(kyiv: tuple[str, tuple[Block, ...]]) -> None:
    text, blocks = kyiv
    _assert_well_formed(text, blocks)
    title = _block(text, blocks, "Chinese POW says he doesn")
    assert title.kind is TITLE
    assert text[title.start : title.end].endswith("hopes to go back to China")


def test_kyiv_page_keeps_every_body_paragraph(kyiv: tuple[str, tuple[Block, ...]]) -> None:
    text, blocks = kyiv
    first = _block(text, blocks, "A Chinese soldier captured while fighting")
    last = _block(text, blocks, "at least 163 Chinese nationals are serving")
    between = [b for b in blocks if first.start <= b.start <= last.start]
    assert len(between) == 10
    assert all(b.kind is BODY for b in between)
    assert [b for b in blocks if b.kind is BODY] == between


def test_kyiv_page_furniture(kyiv: tuple[str, tuple[Block, ...]]) -> None:
    text, blocks = kyiv
    furniture = [
        "The Power Within",  # promo banner
        "2 min read",  # byline
        "Photo published on April 9, 2025. (SBU)",  # caption with its credit
        "This audio is created with AI assistance",
        "Putin is pure evil",  # related-article teaser: heading,
        "Pastor Mark Burns",  # its truncated paragraph
        "The Kyiv IndependentChris York",  # and its credit line
        "Author: Anna Fratsyvir",
        "Most popular",
        "News Feed",
        "8:56 PM",
        "7:57 PM",
        "Video",
        "Russian missile attack kills 1",  # unrelated feed items
        "Biosphere Corporation",
        "Khabarovsk Krai",
        "Elon Musk",
        "Estonia passes law",
        "Chinese POWs captured by Ukraine: What we know so far.",  # on topic, but a feed item all the same
        "has carried out the first interrogation of two Chinese nationals",
        "MORE NEWS",
    ]
    _assert_kinds(text, blocks, FURNITURE, furniture)
    assert _block(text, blocks, "2 min read").reason == "byline"
    assert _block(text, blocks, "April 9, 2025. (SBU)").reason == "caption"
    assert _block(text, blocks, "8:56 PM").reason == "timestamp"
    assert _block(text, blocks, "Pastor Mark Burns").reason == "truncated"
    assert _block(text, blocks, "Estonia passes law").reason == "feed item"


def test_babel_page_is_all_body(seeds_dir: Path) -> None:
    text = _seed_text(seeds_dir / "004_a26a3114dc421b96.txt")
    blocks = clean(text)
    _assert_well_formed(text, blocks)
    assert not any(b.kind is TITLE for b in blocks)
    headings = {
        "How did you get into the Russian army?",
        "Details about service and captivity",
        "What preceded",
    }
    for block in blocks:
        piece = text[block.start : block.end]
        if piece in headings:
            assert block.kind is BODY or block.reason == "heading"
        else:
            assert block.kind is BODY, piece[:60]
    assert blocks[0].kind is BODY  # the lead paragraph


# --- pages in other layouts, written for these tests --------------------------------------------------

WIRE_PAGE = """\
Skip to main content
Home | World | Business | Markets | Sustainability
We use cookies to improve your experience on our site. By continuing you accept our use of cookies.
Accept all
Floods force thousands from their homes in northern river valley
By Jane Doe and Sam Roe
March 3, 2024 5:12 AM GMT  Updated 2 hours ago
LONDON, March 3 (Reuters) - Heavy rain that fell for a third straight day forced thousands of people \
from their homes in the northern river valley on Sunday, and the regional authorities said the water \
had not yet reached its highest level in the lower towns.
Advertisement · Scroll to continue
The river rose by more than two metres overnight at the gauge above the old town, the environment \
agency said, and emergency crews spent the night moving elderly residents to schools on higher ground.
Related: Dam operators warn of further releases as reservoirs fill
Officials said the last flood of this size hit the valley in 1998, when the water stayed in the lower \
streets for almost a week. Insurers have not yet estimated the damage, but farmers said that many of \
their fields were already under water.
"We have never seen it rise this fast," said a shop owner who had moved her stock upstairs on Saturday.
Sign up for our newsletter
Get the morning briefing delivered to your inbox every weekday.
Share on Facebook  Share on Twitter  Email
Reporting by Jane Doe; Editing by Sam Roe
Recommended
Heavy snow closes mountain passes for a second day
Markets slide as oil prices jump after supply warning
Central bank holds rates steady, signals patience
© 2024 Example News. All rights reserved.
"""


def test_wire_story_page() -> None:
    blocks = clean(WIRE_PAGE)
    _assert_well_formed(WIRE_PAGE, blocks)
    assert _block(WIRE_PAGE, blocks, "Floods force thousands").kind is TITLE
    body = ["(Reuters) - Heavy rain", "The river rose", "Officials said the last flood", "never seen it rise"]
    _assert_kinds(WIRE_PAGE, blocks, BODY, body)
    furniture = [
        "Skip to main content",
        "Home | World",
        "We use cookies",
        "Accept all",
        "By Jane Doe and Sam Roe",
        "Updated 2 hours ago",
        "Advertisement",
        "Related: Dam operators",
        "Sign up for our newsletter",
        "delivered to your inbox",
        "Share on Facebook",
        "Reporting by Jane Doe",
        "Recommended",
        "Heavy snow closes",
        "Markets slide",
        "Central bank holds",
        "All rights reserved",
    ]
    _assert_kinds(WIRE_PAGE, blocks, FURNITURE, furniture)
    assert [b.kind for b in blocks].count(BODY) == len(body)


MAGAZINE_PAGE = """\
Menu
Search
Politics
Opinion
The long road back: a town rebuilds its bridge after the storm

Listen to this article · 6 min
Workers lift a steel beam into place on the new bridge. Photo: Ana Lima for The Daily Example

When the storm took the only bridge across the river in October, the town was cut in two. For eight \
months, children on the east bank took a forty-minute bus ride to reach a school they used to walk to.

Story continues below advertisement

The council voted in January to rebuild the bridge in steel rather than timber, a choice that doubled \
the cost but that engineers said would let it stand through floods of the kind the valley now sees.

A race against the season

Crews worked through the spring to finish the piers before the summer rains. On Friday, the last beam \
was lifted into place, and the mayor said the bridge would open to traffic by the end of the month.

Follow us on Facebook, Twitter and Instagram

More from Politics

Council budget vote delayed again
The finance committee met for the third time this week, but members could not agree on how much to set

Comments (12)
Terms of Use | Privacy Policy
"""


def test_magazine_page() -> None:
    blocks = clean(MAGAZINE_PAGE)
    _assert_well_formed(MAGAZINE_PAGE, blocks)
    assert _block(MAGAZINE_PAGE, blocks, "The long road back").kind is TITLE
    body = ["When the storm took", "The council voted", "Crews worked through"]
    _assert_kinds(MAGAZINE_PAGE, blocks, BODY, body)
    furniture = [
        "Menu",
        "Search",
        "Listen to this article",
        "Photo: Ana Lima",
        "Story continues below",
        "Follow us on Facebook",
        "More from Politics",
        "Council budget vote",
        "finance committee met",
        "Comments (12)",
        "Privacy Policy",
    ]
    _assert_kinds(MAGAZINE_PAGE, blocks, FURNITURE, furniture)
    heading = _block(MAGAZINE_PAGE, blocks, "A race against the season")
    assert heading.kind is BODY or heading.reason == "heading"
    assert _block(MAGAZINE_PAGE, blocks, "finance committee met").reason in {"truncated", "feed item"}
    assert _block(MAGAZINE_PAGE, blocks, "More from Politics").reason == "section"


def test_text_without_prose_has_no_body() -> None:
    page = "Home\nWorld\nBusiness\n10:42 AM\nShare on Facebook\n© 2024 Example News"
    blocks = clean(page)
    _assert_well_formed(page, blocks)
    assert all(b.kind is FURNITURE for b in blocks)
    assert [b.reason for b in blocks] == [
        "navigation",
        "no article",
        "no article",
        "timestamp",
        "navigation",
        "legal",
    ]


def test_empty_text() -> None:
    assert clean("") == ()
    assert clean(" \n\t\n ") == ()


# --- T17 (already clean, one sentence a line) ---------------------------------------------------------


def test_t17_text_is_kept(t17_dir: Path) -> None:
    for topic in sorted(p.name for p in t17_dir.iterdir() if p.is_dir()):
        with gzip.open(t17_dir / topic / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for _, line in zip(range(60), lines, strict=False)]
        total = kept = 0
        for text in texts:
            for block in clean(text):
                total += block.end - block.start
                kept += (block.end - block.start) * (block.kind is not FURNITURE)
        assert kept / total >= 0.98, f"{topic}: kept {kept / total:.3f}"


# --- properties and scale -----------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    [*"ab .,:?!'\"()-–—©|\n\r\t\u2028\u00a0\x0b\x1c5PMBy", "AM", " 10:28 PM", "Photo"]
)


@given(st.text() | st.lists(_ALPHABET).map("".join))
@settings(max_examples=300, deadline=None)
def test_blocks_cover_the_text(text: str) -> None:
    _assert_well_formed(text, clean(text))


@pytest.mark.parametrize(
    "text",
    [
        "word " * 40_000 + ".",  # one 200,000-character line
        "A line of text that reads like a sentence of the story.\n" * 25_000 + "8:56 PM\nShort\n" * 12_500,
    ],
    ids=["one-long-line", "fifty-thousand-lines"],
)
def test_huge_pages_are_cleaned(text: str) -> None:
    # How long it takes is measured by scripts/bench_adversarial.py, not asserted here (no timed unit tests).
    _assert_well_formed(text, clean(text))


# --- pages written for the temporal gold set (benchmarks/temporal/pages): real text the cleaner dropped ---
PAGES = Path(__file__).resolve().parents[1] / "benchmarks" / "temporal" / "pages"


def _kinds(name: str) -> dict[str, tuple[BlockKind, str]]:
    from chronicle.read import iter_inputs

    ((_, article),) = list(iter_inputs([PAGES / name]))
    assert article is not None
    return {article.text[b.start : b.end]: (b.kind, b.reason) for b in clean(article.text)}


def test_lead_paragraph_ending_in_a_date_is_kept() -> None:
    kinds = _kinds("trade-summit.txt")
    lead = next(k for k in kinds if k.startswith("Port authorities"))
    assert lead.endswith("on Wednesday, May 17")  # no full stop: it looks cut off, but ends in a date
    assert kinds[lead][0] is BlockKind.BODY


def test_source_line_is_not_a_heading() -> None:
    kinds = _kinds("trade-summit.txt")
    assert kinds["Source: Ministry of Economic Affairs press conference on 8 May"][0] is BlockKind.BODY


@pytest.mark.parametrize(
    ("name", "headline", "summary"),
    [
        ("trade-summit.txt", "Baltic ports agree to share customs data from June", "Ministers from five"),
        ("storm-halvard.txt", "Storm Halvard: ferries cancelled", "Forecasters say"),
        ("court-verdict.txt", "Former harbour master guilty", "Sentencing set for Monday"),
        ("conductor-funeral.txt", "Conductor Ilse Marrow", "Thousands are expected"),
    ],
)
def test_summary_line_under_the_headline_is_kept(name: str, headline: str, summary: str) -> None:
    kinds = _kinds(name)
    title = next(k for k in kinds if k.startswith(headline))
    standfirst = next(k for k in kinds if k.startswith(summary))
    assert kinds[title][0] is BlockKind.TITLE
    assert kinds[standfirst][0] is BlockKind.BODY


def test_menu_line_is_never_the_headline() -> None:
    kinds = _kinds("wildfire-cp1252.txt")
    assert kinds["Highland Echo – News – Outdoors – Weather"][0] is BlockKind.FURNITURE
    assert kinds["Wildfire on Carran Ridge 80% contained, crews say"][0] is BlockKind.TITLE


def test_wire_dateline_before_the_story_is_kept() -> None:
    kinds = _kinds("veltria-election.txt")
    assert kinds["Marlow City, Oct 4 (Veltria Press Agency)."][0] is BlockKind.BODY


def test_month_and_weekday_patterns_are_the_lexicons() -> None:
    """One word list for calendar names: the cleaner, the dateline reader and the tagger share it."""
    from chronicle import clean as clean_module
    from chronicle import datelines, lexicon, temporal

    assert clean_module._MONTH == datelines._MONTH == temporal._MONTH_RE == lexicon.MONTH_PATTERN
    assert clean_module._WEEKDAY == lexicon.WEEKDAY_PATTERN
    # the short forms the old copies disagreed on are all read
    assert [b.reason for b in clean("Thurs Sept. 3, 2009 7:36 pm")] == ["timestamp"]
    assert datelines.is_only_dateline("LONDON, Sept 8 (Reuters) -")


def test_a_wire_lead_glued_to_its_header_is_the_story() -> None:
    # T17 H1N1 reuters/2009-04-30/145 and reuters/2009-05-08/358: the lead paragraph carries the page's
    # header (a timestamp line, a bullet summary) before its wire dateline; it was taken for a headline
    text = (
        "WASHINGTON | Thu Apr 30 , 2009 7:36 pm EDT WASHINGTON -LRB- Reuters -RRB- - Staying inside to avoid "
        "the flu ?\nOr perhaps you are not convinced yet that a pandemic would be scary .\n"
        "Either way , the U.S. National Archives has a solution , an online exhibit on the 1918 pandemic .\n"
    )
    assert [b.kind for b in clean(text)] == [BlockKind.BODY] * 3
    text = (
        "\\* Sees 2009 profits ` substantially less ' than previous view \\* Shares slump 30 percent -LRB- "
        "Recasts lead -RRB- LONDON , May 8 -LRB- Reuters -RRB- - Emerging markets lender International "
        "Personal Finance -LRB- IPF .\nL -RRB- said soaring loan default rates in recession-hit Hungary "
        "would eat into its profits this year , knocking almost a third off the company 's share price .\n"
    )
    assert clean(text)[0].kind is BlockKind.BODY


def test_an_entry_starts_after_the_header_and_dateline_of_a_wire_lead() -> None:
    from chronicle.datelines import dateline_end

    lead = "WASHINGTON | Thu Apr 30 , 2009 7:36 pm EDT WASHINGTON -LRB- Reuters -RRB- - Staying inside ?"
    assert lead[dateline_end(lead) :] == "Staying inside ?"
    lead = "2009 06 19 22:54 JST WASHINGTON -LRB- Reuters -RRB- - The U.S. Congress on Thursday sent a bill ."
    assert lead[dateline_end(lead) :].startswith("The U.S. Congress")
    # a sentence that only mentions an agency in brackets keeps its text
    text = "The report -LRB- Reuters -RRB- said the spill grew ."
    assert dateline_end(text) == 0
