"""Terminal and Markdown views: dates at their precision, quotes shown, article text never interpreted."""

from __future__ import annotations

import datetime as dt

import pytest
from rich.console import Console

from chronicle.model import Citation, Modifier, Timeline, TimelineEntry, TimeValue
from chronicle.outputs.text import render_markdown, render_terminal
from chronicle.outputs.wording import display_date


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
