"""Terminal and Markdown views: dates at their precision, quotes shown, article text never interpreted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rich.console import Console

from chronicle.model import Citation, Modifier, Run, Timeline, TimelineEntry, TimeValue
from chronicle.outputs.text import plain_text, render_markdown, render_terminal
from chronicle.outputs.wording import display_date
from chronicle.pipeline import Pipeline, PipelineOptions, Stage

PAGES = Path(__file__).resolve().parents[1] / "benchmarks" / "temporal" / "pages"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (TimeValue(2025, 4, 8), "8 April 2025"),
        (TimeValue(2025, 2, modifier=Modifier.START), "early February 2025"),
        (TimeValue(2025, 3, modifier=Modifier.END), "late March 2025"),
        (TimeValue(2024), "2024"),
        (TimeValue.of_week(dt.date(2025, 4, 10)), "week of 7 April 2025"),
    ],
)
def test_display_date_keeps_the_precision(value: TimeValue, text: str) -> None:
    assert display_date(value) == text


def _timeline(summary: str, quote: str, outlet: str = "Outlet") -> Timeline:
    citation = Citation("a1", outlet, dt.date(2025, 4, 10), 0, len(quote), quote)
    entry = TimelineEntry(TimeValue(2025, 4, 8), (summary,), (citation,), notes=("Sources differ.",))
    return Timeline((entry,))


def test_markdown_shows_date_summary_source_and_a_different_quote() -> None:
    text = render_markdown(
        _timeline("Ukraine announced the capture.", "On April 8 Ukraine announced the capture.")
    )
    assert "## 2025-04-08 — 8 April 2025" in text
    assert "- Ukraine announced the capture." in text
    assert "*Outlet*, 2025-04-10" in text and "“On April 8 Ukraine announced the capture.”" in text
    assert "**Note:** Sources differ." in text


def test_markdown_escapes_article_text() -> None:
    text = render_markdown(_timeline("A *bold* [link](javascript:x) <b>", "q", outlet="<script>"))
    assert "\\*bold\\*" in text and "\\[link\\]" in text and "\\<script\\>" in text


def test_terminal_view_prints_markup_literally() -> None:
    console = Console(record=True, width=100, color_system=None)
    console.print(render_terminal(_timeline("[bold red]not markup[/]", "[link=x]q[/link]")))
    out = console.export_text()
    assert "[bold red]not markup[/]" in out
    assert "[link=x]q[/link]" in out


def test_empty_timeline_says_so() -> None:
    assert "No dated events" in render_markdown(Timeline(()))


def _conductor_run() -> Run:
    """The written page about an invented conductor's funeral: her birth (1931) and first concert (1961)
    are background entries of a story told in April 2023."""
    page = PAGES / "conductor-funeral.txt"
    return Pipeline(PipelineOptions(stages=(Stage.TIMELINE,))).run([page])


def test_background_entries_are_marked_in_markdown_and_terminal() -> None:
    run = _conductor_run()
    background = [e for e in run.timeline.entries if e.background]
    story = [e for e in run.timeline.entries if not e.background]
    assert TimeValue(1931, 3, 3) in [e.date for e in background]
    assert story and all(e.date.year == 2023 for e in story)

    markdown = render_markdown(run.timeline)
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert "## 1931-03-03 — 3 March 1931 (background)" in headings
    assert sum(h.endswith("(background)") for h in headings) == len(background)
    assert markdown.count("*Background: ") == len(background)

    terminal = plain_text(render_terminal(run.timeline), width=160)
    titles = [line for line in terminal.splitlines() if line.startswith("╭")]
    assert len(titles) == len(run.timeline.entries)
    marked = [t for t in titles if "background: long before the story" in t]
    assert len(marked) == len(background)
    assert "1931-03-03" in marked[0]
    assert not any("2023-" in t for t in marked)
