"""Timelines for people: a rich terminal view (plain text when written to a file) and Markdown."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from chronicle.model import Citation, Timeline, TimelineEntry
from chronicle.outputs.wording import BACKGROUND_HINT, display_date, squash

__all__ = ["TERMINAL_WIDTH", "plain_text", "render_markdown", "render_terminal"]

TERMINAL_WIDTH = 100  # columns of the terminal view written to a file


def _citations_for(entry: TimelineEntry, index: int) -> Sequence[Citation]:
    return [c for c in entry.citations if c.summary_index == index]


def render_markdown(timeline: Timeline) -> str:
    """The timeline as Markdown: one section per date, each summary sentence with its quoted sources; a
    background entry (long before the story's span) says so in its heading and a line under it."""
    lines = [f"# Timeline: {timeline.title or timeline.query or 'the story'}", ""]
    if not timeline.entries:
        lines += ["No dated events were found.", ""]
    for entry in timeline.entries:
        if entry.background:
            heading = f"## {entry.date.iso} — {display_date(entry.date)} (background)"
            lines += [heading, "", f"*Background: {md_escape(BACKGROUND_HINT)}.*", ""]
        else:
            lines += [f"## {entry.date.iso} — {display_date(entry.date)}", ""]
        for i, sentence in enumerate(entry.summary):
            lines.append(f"- {md_escape(sentence)}")
            for c in _citations_for(entry, i):
                where = f"`{c.article_id}` {c.start}–{c.end}"
                source = f"  - *{md_escape(c.outlet)}*, {c.published.isoformat()} ({where})"
                lines.append(source if c.quote == sentence else f"{source}: “{md_escape(c.quote)}”")
        for note in entry.notes:
            lines.append(f"- **Note:** {md_escape(note)}")
        lines.append("")
    return "\n".join(lines)


def md_escape(text: str) -> str:
    """Text on one line with Markdown's special characters escaped."""
    out = squash(text)
    for ch in "\\`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out


def render_terminal(timeline: Timeline) -> RenderableType:
    """A rich renderable: one panel per date with the summary and its sources."""
    panels: list[RenderableType] = []
    if not timeline.entries:
        return Text("No dated events were found.", style="yellow")
    for entry in timeline.entries:
        body = Text()
        for i, sentence in enumerate(entry.summary):
            if i:
                body.append("\n")
            body.append("• ", style="bold")
            body.append(squash(sentence))
            for c in _citations_for(entry, i):
                body.append("\n    ")
                body.append(f"{c.outlet}, {c.published.isoformat()}", style="cyan")
                body.append(f" [{c.article_id} {c.start}-{c.end}]", style="dim")
                if c.quote != sentence:  # the summary is a clause of it, or another outlet's telling
                    body.append(f" “{squash(c.quote)}”", style="italic")
        for note in entry.notes:
            body.append("\n")
            body.append("⚠ " + note, style="yellow")
        title = Text(f"{entry.date.iso}  {display_date(entry.date)}", style="bold magenta")
        if entry.background:  # told apart by words, not only colour: "background" in the title
            title.append(f"  background: {BACKGROUND_HINT}", style="dim")
        border = "dim" if entry.background else "none"
        panels.append(Panel(body, title=title, title_align="left", expand=True, border_style=border))
    return Group(*panels)


def plain_text(renderable: RenderableType, width: int = TERMINAL_WIDTH) -> str:
    """What a rich renderable shows, as plain text ``width`` columns wide (no colours)."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()
