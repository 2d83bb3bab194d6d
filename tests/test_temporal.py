"""Tests for chronicle.temporal: pinned expressions from the seeds, from T17 and hard cases."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import pytest

from chronicle.model import Anchor, Granularity, Modifier, TimeValue, Timex
from chronicle.temporal import ground, ground_text


class Case(NamedTuple):
    """One pinned expression: in ``source``, the text ``context`` holds ``expr`` grounded to ``expected``.

    ``expected`` is ``str(TimeValue)`` ("2025-02 (start)"); ``expr`` None means no expression in ``context``.
    ``source`` is a seed file name prefix, or ``topic/article id`` for T17.
    """

    source: str
    context: str
    expr: str | None
    expected: str | None = None
    anchor: Anchor | None = None


# --- seeds (the publication date is the seed's first line) ----------------------------------------------
SEED_CASES = [
    Case("000", "April 10, 2025 10:28 PM", "April 10, 2025", "2025-04-10", Anchor.ABSOLUTE),
    Case("000", "published on April 9, 2025", "April 9, 2025", "2025-04-09", Anchor.ABSOLUTE),
    Case("000", "published on April 10 by", "April 10", "2025-04-10", Anchor.PUBLICATION),
    Case("000", "Ukraine on April 8 announced", "April 8", "2025-04-08", Anchor.PUBLICATION),
    Case("000", "prisoners on April 9.", "April 9", "2025-04-09"),
    Case("000", "Zelensky said on April 10.", "April 10", "2025-04-10"),
    Case("000", "Kyiv Independent on April 9, at least", "April 9", "2025-04-09"),
    Case("000", "aid to Ukraine last month", "last month", "2025-03", Anchor.PUBLICATION),
    Case("000", "This week, Burns", "This week", "2025-W15"),
    Case("000", "it announced on April 9. Here", "April 9", "2025-04-09"),
    Case("000", "10:28 PM 2 min read", None),
    Case("000", "Kalashnikov AK-74 and", None),
    Case("000", "at least 163 Chinese", None),
    Case("000", "more than 160 other", None),
    Case("000", "8:56 PM", None),
    Case("000", "7:57 PM", None),
    Case("000", "approximately 100 square meters", None),
    Case("000", "first-ever magazine", None),
    Case("004", "born in 1991", "1991", "1991", Anchor.ABSOLUTE),
    Case("004", "born in 1998", "1998", "1998"),
    Case("004", "Moscow on February 5,", "February 5", "2025-02-05", Anchor.PUBLICATION),
    Case("004", "army on February 25.", "February 25", "2025-02-25"),
    Case("004", "and on April 1, he", "April 1", "2025-04-01"),
    Case("004", "Russia on December 24, 2024,", "December 24, 2024", "2024-12-24", Anchor.ABSOLUTE),
    Case("004", "and four days later, on", "four days later", "2024-12-28", Anchor.PREVIOUS),
    Case("004", "on December 28, he was", "December 28", "2024-12-28"),
    Case("004", "In early February, he", "early February", "2025-02 (start)", Anchor.PUBLICATION),
    Case("004", "and on April 5, he", "April 5", "2025-04-05"),
    Case("004", "said on April 8 that", "April 8", "2025-04-08"),
    Case("004", "someone may want to join", None),
    Case("004", "about 20 foreigners", None),
    Case("004", "spent a month at the training ground, three days on the front", None),
    Case("004", "on his first day at", None),
    Case("004", "there were ten Chinese", None),
    Case("004", "coronavirus pandemic", None),
]

# --- Timeline17 (PTB-tokenized, one sentence a line) ------------------------------------------------------
T17_CASES = [
    Case("EgyptianProtest/cnn/2011-02-02/44", "meeting was Monday or", "Monday", "2011-01-31"),
    Case("EgyptianProtest/cnn/2011-02-02/44", "This week , though", "This week", "2011-W05"),
    Case("EgyptianProtest/cnn/2011-02-02/44", "protests that began last week", "last week", "2011-W04"),
    Case("EgyptianProtest/cnn/2011-02-02/44", "ElBaradei said Sunday", "Sunday", "2011-01-30"),
    Case("EgyptianProtest/cnn/2011-01-28/130", "charged last year", "last year", "2010"),
    Case("EgyptianProtest/cnn/2011-01-28/130", "is set for February 22", "February 22", "2011-02-22"),
    Case("EgyptianProtest/cnn/2011-01-28/130", "In July , 57-year-old", "July", "2010-07"),
    Case("EgyptianProtest/cnn/2011-01-28/130", "date to 1985", "1985", "1985"),
    Case("EgyptianProtest/cnn/2011-01-28/130", "meeting Wednesday night", "Wednesday night", "2011-01-26"),
    Case("EgyptianProtest/cnn/2011-02-13/109", "made last Friday", "last Friday", "2011-02-11"),
    Case("EgyptianProtest/cnn/2011-02-13/109", "began in August , 1983", "August , 1983", "1983-08"),
    Case("EgyptianProtest/cnn/2011-01-27/126", "in February 2010 and", "February 2010", "2010-02"),
    Case(
        "EgyptianProtest/cnn/2011-01-27/126",
        "sentenced the following month",
        "the following month",
        "2010-03",
        Anchor.PREVIOUS,
    ),
    Case("EgyptianProtest/cnn/2011-01-25/138", "Houston late last week", "late last week", "2011-W03"),
    Case("EgyptianProtest/cnn/2011-01-25/138", "in November of 2005", "November of 2005", "2005-11"),
    Case("EgyptianProtest/cnn/2011-01-25/138", "given in late January", "late January", "2011-01 (end)"),
    Case("EgyptianProtest/cnn/2011-02-01/265", "television Monday night", "Monday night", "2011-01-31"),
    Case("EgyptianProtest/cnn/2011-02-11/171", "Alexandria in June 2010", "June 2010", "2010-06"),
    Case("EgyptianProtest/cnn/2011-01-30/279", "On Friday , the company", "Friday", "2011-01-28"),
    Case("EgyptianProtest/cnn/2011-02-08/87", "went missing January 28", "January 28", "2011-01-28"),
    Case("EgyptianProtest/cnn/2011-01-30/1", "Late Saturday night", "Saturday night", "2011-01-29"),
    Case(
        "EgyptianProtest/cnn/2011-02-12/252",
        "at the end of this month",
        "the end of this month",
        "2011-02 (end)",
    ),
    Case("EgyptianProtest/cnn/2011-02-12/252", "Earth Day , April 22", "April 22", "2011-04-22"),
    Case("EgyptianProtest/cnn/2011-02-13/32", "begin again on Friday", "Friday", "2011-02-18"),
    Case("EgyptianProtest/cnn/2011-01-25/256", "who 10 days ago forced", "10 days ago", "2011-01-15"),
    Case("EgyptianProtest/cnn/2011-01-28/244", "Tunisia on January 17", "January 17", "2011-01-17"),
    Case("EgyptianProtest/cnn/2011-02-04/251", "February 04 , 2011 |", "February 04 , 2011", "2011-02-04"),
    Case("EgyptianProtest/cnn/2011-02-04/251", "news facilities this week", "this week", "2011-W05"),
    Case("EgyptianProtest/cnn/2011-02-03/262", "One week ago , angry", "One week ago", "2011-W04"),
    Case("EgyptianProtest/cnn/2011-02-08/104", "Cirque club on Saturday", "Saturday", "2011-02-05"),
    Case("EgyptianProtest/cnn/2011-02-08/257", "91,000 people questioned in 86", None),
    Case(
        "Finan/washingtonpost/2008-10-19/161",
        "Friday , Oct. 17 , 2008",
        "Friday , Oct. 17 , 2008",
        "2008-10-17",
    ),
    Case(
        "Finan/washingtonpost/2008-09-16/1743",
        "Tuesday , September 16 , 2008 ;",
        "Tuesday , September 16 , 2008",
        "2008-09-16",
    ),
    Case(
        "Finan/washingtonpost/2008-10-19/161",
        "by the end of November",
        "the end of November",
        "2008-11 (end)",
    ),
    Case("Finan/washingtonpost/2009-03-25/267", "AIG in September", "September", "2008-09"),
    Case("Finan/washingtonpost/2008-10-12/738", "held talks yesterday", "yesterday", "2008-10-11"),
    Case("Finan/washingtonpost/2008-10-12/738", "meeting this weekend", "this weekend", "2008-W41"),
    Case("Finan/washingtonpost/2008-10-12/738", "stock markets last week", "last week", "2008-W40"),
    Case("Finan/washingtonpost/2009-02-25/1795", "Congress last night", "last night", "2009-02-24"),
    Case("Finan/washingtonpost/2008-09-30/1235", "NEW YORK , Sept. 29 --", "Sept. 29", "2008-09-29"),
    Case("Finan/washingtonpost/2008-12-05/1584", "office in May 2007", "May 2007", "2007-05"),
    Case("Finan/washingtonpost/2009-01-27/603", "before mid-2010", "mid-2010", "2010 (mid)"),
    Case("Finan/washingtonpost/2009-05-18/1532", "program two months ago", "two months ago", "2009-03"),
    Case("Finan/washingtonpost/2008-11-22/1946", "In the late 1990s", None),
    Case("Finan/washingtonpost/2008-09-21/1527", "peak in May after", "May", "2008-05"),
    Case("Finan/washingtonpost/2008-10-16/1287", "-LRB- 1929 , 1987", "1987", "1987"),
    Case("H1N1/reuters/2009-05-14/712", "Thu May 14 , 2009", "May 14 , 2009", "2009-05-14"),
    Case("H1N1/reuters/2009-05-04/984", "6.3 percent next year", "next year", "2010"),
    Case("H1N1/reuters/2009-05-11/764", "around February 15", "February 15", "2009-02-15"),
    Case("H1N1/bbc/2009-06-11/692", "Thu , 11 Jun 2009", "11 Jun 2009", "2009-06-11"),
    Case("H1N1/reuters/2009-06-01/315", "HHS said on May 22", "May 22", "2009-05-22"),
    Case("H1N1/reuters/2009-05-21/710", "masks in April", "April", "2009-04"),
    Case("H1N1/bbc/2009-05-04/583", "On Monday night , it emerged", "Monday night", "2009-05-04"),
    Case("H1N1/bbc/2009-05-04/583", "cases later this year", "later this year", "2009"),
    Case("H1N1/bbc/2009-05-05/885", "until next Monday", "next Monday", "2009-05-11"),
    Case("H1N1/bbc/2009-05-05/885", "languages for next week", "next week", "2009-W20"),
    Case("H1N1/bbc/2009-05-05/885", "off sick on Friday", "Friday", "2009-05-01"),
    Case("H1N1/bbc/2009-05-04/863", "from 5 May all", "5 May", "2009-05-05"),
    Case("H1N1/bbc/2009-05-04/863", "on the 17th April", "the 17th April", "2009-04-17"),
    Case("H1N1/guardian/2009-05-01/563", "Friday 1 May 2009", "Friday 1 May 2009", "2009-05-01"),
    Case("bpoil/reuters/2010-06-28/174", "site June 24 , 2010", "June 24 , 2010", "2010-06-24"),
    Case("bpoil/reuters/2010-06-28/174", "hurricane on Tuesday", "Tuesday", "2010-06-29"),
    Case("bpoil/reuters/2010-06-28/174", "by late on Wednesday", "Wednesday", "2010-06-30"),
    Case("bpoil/reuters/2010-06-28/174", "companies said on Sunday", "Sunday", "2010-06-27"),
    Case("bpoil/reuters/2010-08-02/269", "By late July", "late July", "2010-07 (end)"),
    Case("bpoil/reuters/2010-08-02/269", "work in 1985", "1985", "1985"),
    Case("bpoil/washingtonpost/2010-07-27/1091", "Three months later , we", None),
    Case("bpoil/foxnews/2010-06-03/748", "study early last month", "early last month", "2010-05 (start)"),
    Case("bpoil/bbc/2010-06-18/1922", "until the end of the year", "the end of the year", "2010 (end)"),
    Case("bpoil/guardian/2010-04-29/2129", "starting tomorrow", "tomorrow", "2010-04-30"),
    Case("bpoil/washingtonpost/2010-11-18/2025", "the April 20 blowout", "April 20", "2010-04-20"),
    Case("bpoil/reuters/2010-11-17/954", "report in January", "January", "2011-01"),
    Case("MJ/bbc/2010-02-11/720", "Angeles earlier this week", "earlier this week", "2010-W06"),
    Case("MJ/bbc/2010-02-11/720", "work there in November", "November", "2009-11"),
    Case("MJ/bbc/2010-02-11/720", "on 25 June last year", "25 June last year", "2009-06-25"),
    Case("MJ/bbc/2011-10-12/1106", "court last week", "last week", "2011-W40"),
    Case("MJ/bbc/2011-09-28/676", "Newsbeat on 16 September", "16 September", "2011-09-16"),
    Case("MJ/bbc/2011-10-12/476", "statements on 27 September", "27 September", "2011-09-27"),
    Case("MJ/bbc/2011-10-12/476", "Wednesday 's disclosure", "Wednesday", "2011-10-12"),
    Case("MJ/bbc/2011-09-16/835", "Cardiff on 8 October", "8 October", "2011-10-08"),
    Case("MJ/bbc/2011-11-08/396", "weeks on 29 November", "29 November", "2011-11-29"),
    Case("MJ/bbc/2009-06-29/1033", "bed on Thursday afternoon", "Thursday afternoon", "2009-06-25"),
    Case("MJ/bbc/2010-02-27/563", "on 14 January 2010", "14 January 2010", "2010-01-14"),
    Case("MJ/bbc/2010-02-27/563", "Nelly May Lois Cook", None),
    Case("haiti/bbc/2010-01-19/679", "before last Tuesday 's", "last Tuesday", "2010-01-12"),
    Case("haiti/bbc/2010-01-15/1439", "since Tuesday 's 7.0", "Tuesday", "2010-01-12"),
    Case("haiti/bbc/2010-01-15/1439", "About 45,000-50 ,000 people", None),
    Case("haiti/bbc/2010-01-18/38", "rubble on Saturday", "Saturday", "2010-01-16"),
    Case("haiti/bbc/2010-01-18/38", "Ethel May Weiss", None),
    Case("haiti/bbc/2010-01-23/955", "case in December 2005", "December 2005", "2005-12"),
    Case("haiti/bbc/2010-01-23/955", "Pakistan in 2005", "2005", "2005"),
]

# --- hard cases: (publication date, sentence, expression, expected) -------------------------------------
HARD_CASES = [
    ("2011-02-01", "Protests began Jan. 25 , 2011 in Cairo .", "Jan. 25 , 2011", "2011-01-25"),
    ("2025-04-14", "The file is dated 2024-12-24 .", "2024-12-24", "2024-12-24"),
    ("2025-04-14", "He arrived on 24 December 2024.", "24 December 2024", "2024-12-24"),
    ("2025-04-14", "He arrived on Dec. 24, 2024.", "Dec. 24, 2024", "2024-12-24"),
    ("2025-04-14", "He arrived on December 24.", "December 24", "2024-12-24"),
    ("2025-04-14", "Talks are scheduled for May 3.", "May 3", "2025-05-03"),
    ("2024-12-28", "The summit will open on January 5.", "January 5", "2025-01-05"),
    ("2025-04-10", "The envoy will meet him on Monday.", "Monday", "2025-04-14"),
    ("2025-04-10", "The envoy met him on Monday.", "Monday", "2025-04-07"),
    ("2025-04-10", "The envoy met him on Thursday.", "Thursday", "2025-04-10"),
    ("2025-04-10", "The envoy arrives next Thursday.", "next Thursday", "2025-04-17"),
    ("2025-04-10", "The envoy arrived last Thursday.", "last Thursday", "2025-04-03"),
    ("2025-04-10", "Prices rose in mid-March.", "mid-March", "2025-03 (mid)"),
    ("2025-04-10", "Prices rose at the end of March.", "the end of March", "2025-03 (end)"),
    ("2025-04-10", "Prices rose in late March.", "late March", "2025-03 (end)"),
    ("2025-04-10", "Prices rose in February.", "February", "2025-02"),
    ("2025-04-10", "Prices rose in December.", "December", "2024-12"),
    ("2025-04-10", "Prices rose this month.", "this month", "2025-04"),
    ("2025-04-10", "Prices will rise next month.", "next month", "2025-05"),
    ("2025-04-10", "Prices rose last year.", "last year", "2024"),
    ("2025-04-10", "Prices rose in 2024.", "2024", "2024"),
    ("2025-04-10", "Prices rose earlier this year.", "earlier this year", "2025"),
    ("2025-04-10", "Prices rose in February 2025.", "February 2025", "2025-02"),
    ("2025-04-10", "Prices rose in early 2024.", "early 2024", "2024 (start)"),
    ("2025-04-10", "Prices rose yesterday.", "yesterday", "2025-04-09"),
    ("2025-04-10", "Prices rose today.", "today", "2025-04-10"),
    ("2025-04-10", "Prices will rise tomorrow.", "tomorrow", "2025-04-11"),
    ("2025-04-10", "Prices rose last night.", "last night", "2025-04-09"),
    ("2025-04-10", "Prices rise tonight.", "tonight", "2025-04-10"),
    ("2025-04-10", "Prices rose last week.", "last week", "2025-W14"),
    ("2025-04-10", "Prices rose three days ago.", "three days ago", "2025-04-07"),
    ("2025-04-10", "Prices rose a year ago.", "a year ago", "2024"),
    ("2025-04-10", "It was reported in Friday 's paper .", "Friday", "2025-04-04"),
    (
        "2025-04-10",
        "Talks began on 1 March. The following day they broke down.",
        "The following day",
        "2025-03-02",
    ),
    ("2025-04-10", "Talks began on 1 March. The next day they broke down.", "The next day", "2025-03-02"),
    (
        "2025-04-10",
        "Talks began on 1 March. Two weeks later they broke down.",
        "Two weeks later",
        "2025-03-15",
    ),
    ("2025-04-10", "Talks ended on 3 March. A day earlier they had stalled.", "A day earlier", "2025-03-02"),
    (
        "2025-04-10",
        "Talks ended on 3 March. The day before , they had stalled.",
        "The day before",
        "2025-03-02",
    ),
]
HARD_NEGATIVES = [
    ("2025-04-10", "It may be too late.", "may be"),
    ("2025-04-10", "March on, they said.", "March on"),
    ("2025-04-10", "She writes for the Sunday Times.", "Sunday Times"),
    ("2025-04-10", "He carried an AK-74 rifle.", "AK-74"),
    ("2025-04-10", "Updated 8:56 PM", "8:56 PM"),
    ("2025-04-10", "2 min read", "2 min read"),
    ("2025-04-10", "The leak spilled 1,500 barrels a day.", "1,500 barrels"),
    ("2025-04-10", "Music of the 1990s was loud.", "the 1990s"),
    ("2025-04-10", "He paid $ 2000 for it.", "2000"),
    ("2025-04-10", "It happened two days after the earthquake.", "two days after"),
    ("2025-04-10", "Nothing happened on February 30.", "February 30"),
    ("2025-04-10", "The next day was calm.", "The next day"),  # nothing established earlier
    ("2025-04-10", "Police on 6 October Bridge fired gas.", "6 October"),
    ("2025-04-10", "We expect it in the next day or two.", "next day"),
]

SEED_PUBLISHED = re.compile(r" date (\d{4}-\d\d-\d\d) ")


class Doc(NamedTuple):
    text: str
    sentences: tuple[tuple[int, int], ...]
    published: dt.date
    timexes: tuple[Timex, ...]


def _line_spans(text: str, start: int = 0) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.start() >= start)


def _doc(text: str, sentences: tuple[tuple[int, int], ...], published: dt.date) -> Doc:
    grounded = ground(text, sentences, published)
    return Doc(text, sentences, published, tuple(t for s in grounded for t in s))


@pytest.fixture(scope="module")
def seed_docs(seeds_dir: Path) -> Mapping[str, Doc]:
    docs = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        header = SEED_PUBLISHED.match(raw)
        assert header, path
        published = dt.date.fromisoformat(header.group(1))
        docs[path.name[:3]] = _doc(raw, _line_spans(raw, header.end()), published)
    return docs


@pytest.fixture(scope="module")
def t17_docs(t17_dir: Path) -> Mapping[str, Doc]:
    wanted: dict[str, set[str]] = {}
    for case in T17_CASES:
        topic, _, article_id = case.source.partition("/")
        wanted.setdefault(topic, set()).add(article_id)
    docs = {}
    for topic, ids in wanted.items():
        with gzip.open(t17_dir / topic / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record["id"] in ids:
                    published = dt.date.fromisoformat(record["published"])
                    text = record["text"]
                    docs[f"{topic}/{record['id']}"] = _doc(text, _line_spans(text), published)
    return docs


def _check(doc: Doc, case: Case) -> None:
    assert doc.text.count(case.context) >= 1, f"context not found: {case.context!r}"
    where = doc.text.index(case.context)
    inside = [t for t in doc.timexes if where <= t.start and t.end <= where + len(case.context)]
    if case.expr is None:
        assert inside == [], [t.text for t in inside]
        return
    found = [t for t in inside if t.text == case.expr]
    assert found, f"{case.expr!r} not found; got {[t.text for t in inside]}"
    assert str(found[0].value) == case.expected
    if case.anchor is not None:
        assert found[0].anchor is case.anchor


@pytest.mark.parametrize("case", SEED_CASES, ids=lambda c: f"{c.source}:{c.context[:30]}")
def test_seed_expression(seed_docs: Mapping[str, Doc], case: Case) -> None:
    _check(seed_docs[case.source], case)


@pytest.mark.parametrize("case", T17_CASES, ids=lambda c: f"{c.source}:{c.context[:30]}")
def test_t17_expression(t17_docs: Mapping[str, Doc], case: Case) -> None:
    _check(t17_docs[case.source], case)


@pytest.mark.parametrize(
    ("published", "sentence", "expr", "expected"), HARD_CASES, ids=[c[2] for c in HARD_CASES]
)
def test_hard_expression(published: str, sentence: str, expr: str, expected: str) -> None:
    found = [t for t in ground_text(sentence, dt.date.fromisoformat(published)) if t.text == expr]
    assert found, [t.text for t in ground_text(sentence, dt.date.fromisoformat(published))]
    assert str(found[0].value) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "span"), HARD_NEGATIVES, ids=[c[2] for c in HARD_NEGATIVES]
)
def test_not_an_expression(published: str, sentence: str, span: str) -> None:
    where = sentence.index(span)
    found = ground_text(sentence, dt.date.fromisoformat(published))
    assert [t.text for t in found if t.start < where + len(span) and t.end > where] == []


def test_pinned_case_counts() -> None:
    assert len(SEED_CASES) >= 30
    assert len(T17_CASES) >= 50
    assert len(SEED_CASES) + len(T17_CASES) + len(HARD_CASES) + len(HARD_NEGATIVES) >= 100


def test_anchors_and_future_flags() -> None:
    published = dt.date(2025, 4, 10)
    text = "On April 1 talks began. Two days later they stalled. They will resume tomorrow."
    timexes = ground_text(text, published)
    assert [t.text for t in timexes] == ["April 1", "Two days later", "tomorrow"]
    first, chained, future = timexes
    assert first.anchor is Anchor.PUBLICATION and first.anchor_value == TimeValue(2025, 4, 10)
    assert chained.anchor is Anchor.PREVIOUS and chained.anchor_value == TimeValue(2025, 4, 1)
    assert chained.value == TimeValue(2025, 4, 3) and not chained.future
    assert future.future and future.value == TimeValue(2025, 4, 11)


def test_chain_crosses_sentences_and_uses_latest_day() -> None:
    text = "It began on 2 March 2024. Then on 10 March 2024 it grew. A week later it ended."
    spans = ((0, 25), (26, 56), (57, len(text)))
    grounded = ground(text, spans, dt.date(2025, 1, 1))
    assert [t.text for t in grounded[2]] == ["A week later"]
    assert grounded[2][0].value == TimeValue(2024, 3, 17)
    assert grounded[2][0].anchor_value == TimeValue(2024, 3, 10)


def test_offsets_are_into_the_whole_text() -> None:
    text = "Intro line.\nOn Monday it rained."
    grounded = ground(text, ((0, 11), (12, len(text))), dt.date(2025, 4, 10))
    assert grounded[0] == ()
    (monday,) = grounded[1]
    assert text[monday.start : monday.end] == "Monday" == monday.text


def test_week_and_month_granularity() -> None:
    (week,) = ground_text("It rose this week.", dt.date(2025, 4, 10))
    assert week.value.granularity is Granularity.WEEK
    (month,) = ground_text("It rose in early February.", dt.date(2025, 4, 10))
    assert month.value.granularity is Granularity.MONTH and month.value.modifier is Modifier.START


def test_spans_outside_text_are_clipped() -> None:
    text = "On Monday."
    grounded = ground(text, ((-5, 100), (50, 60)), dt.date(2025, 4, 10))
    assert [t.text for t in grounded[0]] == ["Monday"]
    assert grounded[1] == ()
