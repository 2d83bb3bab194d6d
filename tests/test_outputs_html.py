"""The HTML page: structure, precision, filters, conflicts, coverage chart and escaping (no browser)."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from chronicle.conflicts import entry_conflicts, mark_conflicts, note_for
from chronicle.model import (
    ClaimGroup,
    Corpus,
    DayCoverage,
    Entity,
    EntityKind,
    EntityMention,
    Modifier,
    Run,
    Timeline,
    TimelineEntry,
    TimeValue,
    Verdict,
)
from chronicle.outputs import TIMELINE
from chronicle.outputs.html import CoverageChart, entry_entities, json_for_script, render_html, safe_url
from chronicle.pipeline import Pipeline, PipelineOptions, Stage
from sample_story import HOSTILE, cite, hostile_run, sample_run

FIXTURES = Path(__file__).parent / "fixtures"
D = dt.date


class Parsed(HTMLParser):
    """Collects start tags (name, attributes) and all text, in document order."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def having(self, tag: str, cls: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and cls in (a.get("class") or "").split()]


def test_page_is_self_contained_and_complete() -> None:
    page = render_html(sample_run())
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    assert '<meta name="viewport"' in page
    # No external resources: no src= at all, no stylesheet links, no protocol-relative or CDN URLs.
    parsed = Parsed(page)
    assert not [a for _, a in parsed.tags if "src" in a]
    assert not [a for t, a in parsed.tags if t == "link"]
    hrefs = [a["href"] for t, a in parsed.tags if t == "a" and a.get("href")]
    assert all(h.startswith(("#", "https://example.org/")) for h in hrefs)
    assert "@media print" in page and "@media (max-width" in page


def test_one_entry_per_timeline_entry_with_dates_at_their_precision() -> None:
    page = render_html(sample_run())
    parsed = Parsed(page[page.index('id="timeline"') :])
    entries = parsed.having("li", "entry")
    assert [e["id"] for e in entries] == ["entry-1", "entry-2", "entry-3", "entry-4", "entry-5"]
    times = [a["datetime"] for t, a in parsed.tags if t == "time"]
    assert times[0] == "2024-12-24" and "2025-02" in times
    text = "".join(parsed.text)
    assert "early February 2025" in text
    assert "8 April 2025" in text
    assert "part of a month" in text and "year" in text
    assert entries[1]["class"] == "entry vague"


def test_citations_are_in_details_under_their_sentence_with_link_and_date() -> None:
    page = render_html(sample_run())
    parsed = Parsed(page[page.index('id="timeline"') :])
    assert len(parsed.having("details", "sources")) == 5  # one a sentence: entries 1, 2 and 4; 3 has two
    assert "“Kyiv confirmed the capture.”" in page
    assert '<a href="https://example.org/a2" rel="noopener noreferrer nofollow">' in page
    assert '<time datetime="2025-04-10">10 April 2025</time>' in page
    # The second sentence's details holds only its own citation.
    second = page.split("Kyiv confirmed it.")[1].split("</details>")[0]
    assert "Kyiv confirmed the capture." in second and "Zelensky said on April 8" not in second


def test_entity_filters_match_mentions_inside_citation_spans() -> None:
    run = sample_run()
    matched = entry_entities(run.timeline.entries, run.entities)
    assert matched == [
        frozenset(),
        frozenset({"donetsk"}),
        frozenset({"zelensky"}),
        frozenset({"sbu"}),
        frozenset(),
    ]
    page = render_html(run)
    parsed = Parsed(page)
    chips = [a["data-entity"] for a in parsed.having("button", "chip") if "data-entity" in a]
    assert chips == ["donetsk", "sbu", "zelensky"]  # the unmentioned entity gets no button
    data = json.loads(re.search(r'id="chronicle-data">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    assert data["entities"]["zelensky"]["entries"] == ["entry-3"]
    assert [e["data-entities"] for e in parsed.having("li", "entry")] == [
        "",
        "donetsk",
        "zelensky",
        "sbu",
        "",
    ]


def test_mention_straddling_the_citation_edge_does_not_match() -> None:
    entry = TimelineEntry(TimeValue(2025, 1, 1), ("x",), (cite("a", 10, 20, "q"),))
    entity = Entity("e", "E", EntityKind.OTHER, mentions=(EntityMention("a", 18, 22, "Name"),))
    assert entry_entities([entry], [entity]) == [frozenset()]
    inside = Entity("e", "E", EntityKind.OTHER, mentions=(EntityMention("a", 10, 20, "Name"),))
    assert entry_entities([entry], [inside]) == [frozenset({"e"})]


def test_no_filters_without_entities() -> None:
    run = sample_run()
    page = render_html(Run(run.corpus, (), run.timeline))
    assert 'class="filters"' not in page
    assert 'class="chip' not in page


def test_conflicts_mark_entries_quoting_a_conflicting_claim_and_notes() -> None:
    run = sample_run()
    conflicts = entry_conflicts(run.timeline.entries, run.claim_groups)
    assert [len(c) for c in conflicts] == [0, 0, 1, 0, 0]
    page = render_html(run)
    parsed = Parsed(page)
    assert [e["class"] for e in parsed.having("li", "entry")][2] == "entry conflict"
    assert "Reports differ on how many were captured." in page  # the entry's own note
    assert "Where sources disagree (1)" in page
    assert len(parsed.having("li", "disputed")) == 1
    agreeing = ClaimGroup("prisoners", "count", Verdict.AGREE, run.claim_groups[0].claims)
    assert entry_conflicts(run.timeline.entries, [agreeing]) == [[], [], [], [], []]


def test_each_conflict_is_stated_once_and_entries_link_to_it() -> None:
    run = sample_run()
    marked = replace(run, timeline=mark_conflicts(run.timeline, run.claim_groups))
    assert "two vs ten" in marked.timeline.entries[2].notes  # the note the timeline carries
    page = render_html(marked)
    assert page.count("two vs ten") == 1  # stated in "Where sources disagree", not again in the entry
    section = page[page.index('class="disagreements"') : page.index("</section>")]
    assert '<li id="conflict-1"><p>two vs ten</p>' in section
    assert "“two Chinese citizens”" in section and "“ten Chinese”" in section  # each side quoted
    entry = page[page.index('id="entry-3"') :].split("</li>\n")[0]
    assert '<a href="#conflict-1">prisoners, count: sources disagree</a>' in entry


def test_the_claims_fixture_page_states_each_conflict_once() -> None:
    run = Pipeline(PipelineOptions(entity_model=False)).run([FIXTURES / "claims"])
    conflicts = [g for g in run.claim_groups if g.verdict is Verdict.CONFLICT]
    assert conflicts and any(e.notes for e in run.timeline.entries)
    page = render_html(run)
    for group in conflicts:
        assert page.count(_text(note_for(group))) == 1, note_for(group)
    linked = Parsed(page).tags
    targets = {a["href"] for t, a in linked if t == "a" and (a.get("href") or "").startswith("#conflict-")}
    assert targets <= {f"#conflict-{i}" for i in range(1, len(conflicts) + 1)} and targets
    # the spelling finding (Chang / Zhang Renbo) is listed with the disagreements, once, linked from no entry
    spelling = next(g for g in run.claim_groups if g.verdict is Verdict.SPELLING)
    assert page.count(_text(note_for(spelling))) == 1
    assert f"Where sources disagree ({len(conflicts) + 1})" in page


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def test_coverage_chart_draws_bars_and_marks_the_dates() -> None:
    run = sample_run()
    page = render_html(
        Run(run.corpus, (), Timeline(run.timeline.entries[:3], coverage=run.timeline.coverage))
    )
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert 'viewBox="0 0 ' in svg
    assert svg.count('class="bar-s"') == 4  # four days with coverage
    assert svg.count('class="mark"') == 3
    assert 'href="#entry-3"' in svg
    assert "8 April 2025: 6 sentences in 3 articles" in svg


def test_coverage_chart_bins_long_spans_and_narrows_vague_marks() -> None:
    entries = (
        TimelineEntry(TimeValue(2020, 1, 1), ("a",)),
        TimelineEntry(TimeValue(2023, 6, modifier=Modifier.END), ("b",)),
    )
    coverage = (
        DayCoverage(D(2020, 1, 1), 3, 1),
        DayCoverage(D(2020, 1, 20), 2, 2),
        DayCoverage(D(1990, 1, 1), 7, 1),
    )
    chart = CoverageChart.build(Timeline(entries, coverage=coverage), ["entry-1", "entry-2"])
    assert chart.unit == "month"
    january = next(b for b in chart.bins if b.first == D(2020, 1, 1))
    assert january.sentences == 5  # two days of January 2020
    assert january.articles == 2  # the busiest day's articles: the same article may speak of both days
    assert chart.outside == 7  # 1990 is far from the story and left out, and said so
    assert chart.marks[1][:2] == (D(2023, 6, 21), D(2023, 6, 30))
    assert "7 sentences about earlier or later days are not drawn." in chart.svg_figure()


@pytest.mark.parametrize(
    ("n", "text"), [(7, "7"), (999, "999"), (9672, "9.7k"), (3000, "3k"), (12400, "12k")]
)
def test_axis_counts_are_compact(n: int, text: str) -> None:
    from chronicle.outputs.html import _compact

    assert _compact(n) == text


def test_no_chart_without_coverage() -> None:
    page = render_html(sample_run(coverage=()))
    assert "<svg" not in page


def test_empty_timeline_says_so() -> None:
    page = render_html(Run(Corpus((), ()), (), Timeline(())))
    assert "No dated events were found." in page


def test_hostile_text_is_escaped_everywhere() -> None:
    page = render_html(hostile_run())
    parsed = Parsed(page)
    # Only the page's own two script elements (data, code); no img, no event handler, no javascript: link.
    assert [t for t, _ in parsed.tags if t == "script"] == ["script", "script"]
    assert not [t for t, _ in parsed.tags if t == "img"]
    assert not [a for _, a in parsed.tags if any(k.startswith("on") for k in a)]
    assert "javascript:" not in page.lower()  # the unsafe URL is dropped, not linked
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    # The JSON data cannot close its script element or open a comment.
    data = page[
        page.index('id="chronicle-data">') : page.index("</script>", page.index('id="chronicle-data">'))
    ]
    assert "<" not in data.split(">", 1)[1]
    # The text a reader sees is the literal text.
    assert HOSTILE in "".join(parsed.text)


def test_content_security_policy_allows_only_the_page_script() -> None:
    page = render_html(sample_run())
    metas = [
        a for t, a in Parsed(page).tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    csp = metas[0]["content"] or ""
    assert "default-src 'none'" in csp
    assert "script-src 'sha256-" in csp and "unsafe-inline" not in csp


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("java\nscript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example/x", None),
        ("/relative", None),
        ("https:///nohost", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_json_for_script_escapes_markup_but_round_trips() -> None:
    value = {"a": "</script><!-- & \u2028"}
    text = json_for_script(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value


def test_html_is_a_registered_format(tmp_path: Path) -> None:
    assert "html" in TIMELINE.formats and "timelinejs" in TIMELINE.formats
    assert TIMELINE.format_for_path(tmp_path / "story.html") == "html"
    assert TIMELINE.format_for_path(tmp_path / "story.HTM") == "html"
    assert TIMELINE.render(sample_run(), "html").startswith("<!DOCTYPE html>")


def test_background_entries_are_marked_and_set_apart() -> None:
    # the written page about an invented conductor: her birth (1931) and first concert (1961) are background
    page = Path(__file__).resolve().parents[1] / "benchmarks" / "temporal" / "pages" / "conductor-funeral.txt"
    run = Pipeline(PipelineOptions(stages=(Stage.TIMELINE,))).run([page])
    background = [e for e in run.timeline.entries if e.background]
    assert background and len(background) < len(run.timeline.entries)
    page_html = render_html(run)
    section = re.search(r'<section class="background-section".*?</section>', page_html, re.S)
    assert section is not None
    assert 'aria-labelledby="background-h"' in section[0]
    assert '<h2 id="background-h">Background</h2>' in section[0]
    # every background entry, and only those, in the section, each with its visible marker
    assert section[0].count('<li class="entry') == len(background)
    assert section[0].count('class="background-mark"') == len(background)
    assert '<time datetime="1931-03-03">' in section[0]
    story = page_html[section.end() :]
    assert story.count('<li class="entry') == len(run.timeline.entries) - len(background)
    assert 'class="background-mark"' not in story and 'id="timeline"' in story
    # the page starts the story list after the background section and still numbers entries in date order
    assert page_html.index('id="background-h"') < page_html.index("<h2>Timeline</h2>")


def test_a_timeline_without_background_has_no_background_section() -> None:
    page_html = render_html(sample_run())
    assert '<section class="background-section"' not in page_html
    assert 'class="background-mark"' not in page_html
