"""Timelines for people: a rich terminal view and Markdown. (JSON lives in :mod:`chronicle.timeline_io`.)"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from chronicle.model import Citation, Modifier, Timeline, TimelineEntry, TimeValue

_MODIFIER_WORD = MappingProxyType({Modifier.START: "early", Modifier.MID: "mid", Modifier.END: "late"})
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def display_date(value: TimeValue) -> str:
    """A human form of a date at its precision: "8 April 2025", "early February 2025", "2025"."""
    if value.week is not None:
        return f"week of {value.first_day.day} {_MONTHS[value.first_day.month - 1]} {value.first_day.year}"
    if value.month is None:
        text = str(value.year)
    elif value.day is None:
        text = f"{_MONTHS[value.month - 1]} {value.year}"
    else:
        text = f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    word = _MODIFIER_WORD.get(value.modifier)
    return f"{word} {text}" if word else text


def _citations_for(entry: TimelineEntry, index: int) -> Sequence[Citation]:
    return [c for c in entry.citations if c.summary_index == index]


def render_markdown(timeline: Timeline) -> str:
    """The timeline as Markdown: one section per date, each summary sentence with its quoted sources."""
    lines = [f"# Timeline: {timeline.title or timeline.query or 'the story'}", ""]
    if not timeline.entries:
        lines += ["No dated events were found.", ""]
    for entry in timeline.entries:
        lines += [f"## {entry.date.iso} — {display_date(entry.date)}", ""]
        for i, sentence in enumerate(entry.summary):
            lines.append(f"- {_md_escape(sentence)}")
            for c in _citations_for(entry, i):
                where = f"`{c.article_id}` {c.start}–{c.end}"
                source = f"  - *{_md_escape(c.outlet)}*, {c.published.isoformat()} ({where})"
                lines.append(source if c.quote == sentence else f"{source}: “{_md_escape(c.quote)}”")
        for note in entry.notes:
            lines.append(f"- **Note:** {_md_escape(note)}")
        lines.append("")
    return "\n".join(lines)


def _md_escape(text: str) -> str:
    out = " ".join(text.split())
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
            body.append(" ".join(sentence.split()))
            for c in _citations_for(entry, i):
                body.append("\n    ")
                body.append(f"{c.outlet}, {c.published.isoformat()}", style="cyan")
                body.append(f" [{c.article_id} {c.start}-{c.end}]", style="dim")
                if c.quote != sentence:  # the summary is a clause of it, or another outlet's telling
                    body.append(f" “{' '.join(c.quote.split())}”", style="italic")
        for note in entry.notes:
            body.append("\n")
            body.append("⚠ " + note, style="yellow")
        title = Text(f"{entry.date.iso}  {display_date(entry.date)}", style="bold magenta")
        panels.append(Panel(body, title=title, title_align="left", expand=True))
    return Group(*panels)
