"""Fuzzing the per-article stages: hostile text never crashes them and every offset they give is exact.

Each target is a plain ``check_*`` function (the property) fed by a strategy; the tests below run them with
a small budget (profile ``chronicle-ci``, a few seconds in all). ``scripts/fuzz.py`` runs the same targets
and strategies with a budget of 100,000+ inputs and counts crashes.

Properties:

* readers (arbitrary bytes, JSON Lines of good and broken lines): never raise; one record or more per
  file, each skip with a one-line reason and no article, each read article with non-empty text;
* ``clean``: blocks in order, disjoint, stripped, covering every non-whitespace character, at most one
  title, every furniture block with a reason;
* ``split_sentences``: sentences inside the given spans, stripped, in order, disjoint;
* ``ground``: each expression inside its sentence, ``text[start:end] == timex.text``, its value a valid
  :class:`TimeValue` (re-parsed from its ISO form) whatever the publication date (year 1 to 9999);
* ``annotate``: all of the above on one document, sentences inside BODY blocks and numbered in order.

The only exception a target may raise is a :class:`ChronicleError`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import itertools
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicle.annotate import annotate
from chronicle.clean import clean
from chronicle.errors import ChronicleError
from chronicle.model import Article, BlockKind, InputStatus, Origin, TimeValue
from chronicle.read import article_id, iter_inputs
from chronicle.sentences import split_sentences
from chronicle.temporal import ground

settings.register_profile(
    "chronicle-ci",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=False,
)
CI = settings.get_profile("chronicle-ci")

# --- strategies ----------------------------------------------------------------------------------------

DATE_TOKENS = [
    *("on on on", "On", "in", "the", "of", "next", "last", "this", "early", "mid-", "late", "end", "start"),
    *("January", "February", "March", "April", "May", "June", "July", "August", "September", "October"),
    *("November", "December", "Jan.", "Feb", "Sept.", "Sep", "Dec.", "Monday", "Tuesday", "Wednesday"),
    *("Thursday", "Friday", "Saturday", "Sunday", "Monday Tuesday Wednesday", "day", "days", "week"),
    *("weeks", "month", "months", "year", "years", "later", "earlier", "ago", "before", "after"),
    *("afterwards", "previously", "following", "previous", "same", "morning", "night", "yesterday"),
    *("today", "tomorrow", "tonight", "four days later", "the next day", "the day before", "a", "one"),
    *("twelve", "1", "4", "12", "24", "29", "30", "31", "31st", "2nd", "0", "00", "000", "1900", "1999"),
    *("2010", "2024", "2025", "9999", "0000", "10000", "2025-02-30", "2024-02-29", "2023-02-29"),
    *("0000-01-01", "9999-12-31", "2025-13-01", "2025-04", "1/2/2025", "12:30", "8:56 PM", "1,500"),
    *("$", "#", "%", "-", "/", ".", ",", ";", "(", ")", '"', "“", "”", "'s", "\n", "\n\n", "  ", "\t"),
    *("\u2028", "\u00a0", "é", "\u0301", "\u202e", "Good Friday", "Sunday Times", "6 October Bridge"),
    *("will", "said", "is to", "scheduled", "or two"),
]
PAGE_LINES = [
    "The Power Within: The Kyiv Independent’s first-ever magazine. Be among the first to get it.",
    "Chinese POW says he doesn’t want to return to Russia",
    "by Anna Fratsyvir April 10, 2025 10:28 PM 2 min read",
    "Photo published on April 9, 2025. (SBU)",
    "This audio is created with AI assistance",
    "Most popular",
    "News Feed",
    "8:56 PM (Updated: )",
    "3 hours ago",
    "Advertisement",
    "Share on Facebook Twitter WhatsApp",
    "Subscribe now for unlimited access.",
    "© 2025 All rights reserved.",
    "The council met on Monday, and four days later, on December 28, it approved the plan.",
    "In early February the two men were captured near the border, officials said last month.",
    "He arrived in Russia on December 24, 2024, the SBU said on April 8.",
    "“We will meet again on Monday,” the minister said.",
    "Dr. Smith said the vote was delayed.",
    "It was the end of the year. Nobody led.",
    "Mr.",
    "Read more:",
    "",
    "   ",
]
SEPARATORS = ["\n", "\n\n", "\r\n", "\r", "\u2028", "\x85", "\f", "\v", " ", "\n \n"]
FILE_NAMES = ["page.txt", "feed.jsonl", "doc.json", "page.html", "archive.jsonl.gz", "noext", "x.csv"]
BYTE_PREFIXES = [
    b"",
    b" date 2024-05-06 ",
    b" date 2025-02-30 ",
    b" date 0000-01-01 ",
    b" date ",
    b"{",
    b'{"published": "2024-05-06", "text": "',
    b"<html>",
    b"<!DOCTYPE html><html><body><p>",
    b"\x1f\x8b",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"[",
]

published_dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
common_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
digit_runs = st.integers(min_value=1, max_value=400).map(lambda n: "9" * n)
date_token = st.one_of(st.sampled_from(DATE_TOKENS), digit_runs, st.integers(-5, 10**12).map(str))
date_soup = st.lists(date_token, max_size=80).flatmap(
    lambda tokens: st.lists(
        st.sampled_from([" ", "", ", ", "\n", "-"]), min_size=len(tokens), max_size=len(tokens)
    ).map(lambda seps: "".join(t + s for t, s in zip(tokens, seps, strict=True)))
)
page_line = st.one_of(st.sampled_from(PAGE_LINES), date_soup, st.text(max_size=80))
page_text = st.lists(st.tuples(page_line, st.sampled_from(SEPARATORS)), max_size=30).map(
    lambda parts: "".join(line + sep for line, sep in parts)
)
any_text = st.one_of(st.text(max_size=400), page_text, date_soup)


@st.composite
def span_lists(draw: st.DrawFn, text: str) -> list[tuple[int, int]]:
    cuts = sorted(draw(st.lists(st.integers(min_value=0, max_value=len(text)), max_size=6)))
    return list(itertools.pairwise([0, *cuts, len(text)]))


@st.composite
def jsonl_content(draw: st.DrawFn) -> bytes:
    """JSON Lines mixing good records, broken JSON, wrong types and raw bytes."""
    good = st.builds(
        lambda text, day: json.dumps({"published": day.isoformat(), "source": "W", "text": text}),
        any_text,
        published_dates,
    )
    broken = st.sampled_from(
        [
            '{"published": "2025-02-30", "text": "x"}',
            '{"text": "no date"}',
            '{"published": 1, "text": 2}',
            "[1,2]",
            "{",
            "null",
            '"str"',
            "[" * 2000,
            '{"published": "2025-01-01", "text": "\\ud800"}',
        ]
    )
    lines = draw(st.lists(st.one_of(good, broken, st.text(max_size=60)), min_size=1, max_size=8))
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        data += draw(st.binary(max_size=40))
    return data


# --- properties ----------------------------------------------------------------------------------------


def check_read_bytes(name: str, content: bytes, compress: bool) -> None:
    if compress:
        content = gzip.compress(content)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(content)
        results = list(iter_inputs([path]))
    assert results, "every file yields at least one record"
    for record, article in results:
        assert record.path == str(path)
        if record.status is InputStatus.SKIPPED:
            assert article is None
            assert record.reason and "\n" not in record.reason
        else:
            assert article is not None and article.text.strip()
            assert record.article_id == article.id == article_id(article.text)


def check_clean(text: str) -> None:
    blocks = clean(text)
    covered = [False] * len(text)
    position = 0
    titles = 0
    for block in blocks:
        assert position <= block.start < block.end <= len(text)
        chunk = text[block.start : block.end]
        assert chunk == chunk.strip()
        assert not any(c in chunk for c in "\n\r\u2028")
        if block.kind is BlockKind.FURNITURE:
            assert block.reason
        titles += block.kind is BlockKind.TITLE
        for i in range(block.start, block.end):
            covered[i] = True
        position = block.end
    assert titles <= 1
    assert all(covered[i] or c.isspace() for i, c in enumerate(text))


def check_split(text: str, spans: list[tuple[int, int]]) -> None:
    sentences = split_sentences(text, spans)
    previous_end = 0
    for start, end in sentences:
        assert previous_end <= start < end <= len(text)
        assert any(s <= start and end <= e for s, e in spans), (start, end)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


def _check_value(value: TimeValue) -> None:
    assert isinstance(value, TimeValue)
    again = TimeValue.parse(value.iso)
    assert (again.year, again.month, again.day, again.week) == (
        value.year,
        value.month,
        value.day,
        value.week,
    )
    assert value.first_day <= value.last_day


def check_ground(text: str, spans: list[tuple[int, int]], published: dt.date) -> None:
    grounded = ground(text, spans, published)
    assert len(grounded) == len(spans)
    for (start, end), timexes in zip(spans, grounded, strict=True):
        for timex in timexes:
            assert start <= timex.start < timex.end <= end
            assert text[timex.start : timex.end] == timex.text
            _check_value(timex.value)
            if timex.anchor_value is not None:
                _check_value(timex.anchor_value)


def check_annotate(text: str, published: dt.date) -> None:
    article = Article(
        id=article_id(text), published=published, text=text, origins=(Origin(path="fuzz", outlet="fuzz"),)
    )
    document = annotate(article)
    body = [(b.start, b.end) for b in document.blocks if b.kind is BlockKind.BODY]
    for index, sentence in enumerate(document.sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
        assert any(s <= sentence.start and sentence.end <= e for s, e in body)
        for timex in sentence.timexes:
            assert sentence.start <= timex.start < timex.end <= sentence.end
            assert text[timex.start : timex.end] == timex.text
            _check_value(timex.value)


def tolerant(check: object) -> None:
    """Run a check; a ChronicleError is an accepted outcome (a clean refusal), anything else fails."""
    assert callable(check)
    with contextlib.suppress(ChronicleError):
        check()


# --- the CI tests ----------------------------------------------------------------------------------------


@CI
@given(
    name=st.sampled_from(FILE_NAMES),
    prefix=st.sampled_from(BYTE_PREFIXES),
    body=st.one_of(st.binary(max_size=400), any_text.map(lambda t: t.encode("utf-8", "replace"))),
    compress=st.booleans(),
)
def test_read_arbitrary_bytes(name: str, prefix: bytes, body: bytes, compress: bool) -> None:
    tolerant(lambda: check_read_bytes(name, prefix + body, compress))


@CI
@given(name=st.sampled_from(["feed.jsonl", "feed.json", "feed.jsonl.gz"]), content=jsonl_content())
def test_read_jsonl_of_good_and_broken_lines(name: str, content: bytes) -> None:
    tolerant(lambda: check_read_bytes(name.removesuffix(".gz"), content, name.endswith(".gz")))


@CI
@given(any_text)
def test_clean_any_text(text: str) -> None:
    tolerant(lambda: check_clean(text))


@CI
@given(st.data())
def test_split_inside_spans(data: st.DataObject) -> None:
    text = data.draw(any_text)
    spans = data.draw(span_lists(text))
    tolerant(lambda: check_split(text, spans))


@CI
@given(st.data())
def test_ground_date_soup(data: st.DataObject) -> None:
    text = data.draw(st.one_of(date_soup, any_text))
    spans = data.draw(span_lists(text))
    published = data.draw(st.one_of(common_dates, published_dates))
    tolerant(lambda: check_ground(text, spans, published))


@CI
@given(text=any_text, published=st.one_of(common_dates, published_dates))
def test_annotate_end_to_end(text: str, published: dt.date) -> None:
    tolerant(lambda: check_annotate(text, published))


def test_ground_at_the_ends_of_the_calendar() -> None:
    """Relative expressions at year 1 and 9999 would leave the calendar: they are dropped, never raised."""
    text = "yesterday tomorrow next week last year the following month two years later in 10000 on Monday"
    for published in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        check_ground(text, [(0, len(text))], published)
        check_annotate(text + ".", published)


def test_jsonl_with_a_nul_byte_keeps_its_good_lines(tmp_path: Path) -> None:
    """Regression: one corrupt line holding a NUL byte used to make the whole JSON Lines file "binary"."""
    good = json.dumps({"published": "2025-03-01", "text": "Rescue teams reached the valley on Monday."})
    (tmp_path / "feed.jsonl").write_bytes(
        f"{good}\n\x00\x01 junk\n{good.replace('valley', 'town')}\n".encode()
    )
    records = [record for record, _ in iter_inputs([tmp_path / "feed.jsonl"])]
    assert [(r.line, r.status) for r in records] == [
        (1, InputStatus.READ),
        (2, InputStatus.SKIPPED),
        (3, InputStatus.READ),
    ]
