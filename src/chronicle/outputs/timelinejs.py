"""The timeline in TimelineJS 3's JSON format: ``chronicle timeline DIR --format timelinejs -o tl.json``.

The format (https://timeline.knightlab.com/docs/json-format.html) is one object with ``events`` (a list of
slides) and an optional ``title`` slide. A slide has a ``start_date`` (a date object: ``year`` required,
``month`` 1-12 and ``day`` optional), an optional ``end_date``, a ``text`` object (``headline``, ``text``:
HTML allowed), ``group`` (events with the same group share a row), ``display_date`` (overrides how the
date is shown), ``unique_id`` and ``autolink``.

A background entry (an event long before the story's span) is put in the ``Background`` group, its own
row, and its text opens with a line saying so.

Dates keep their precision: a month-precision date has no ``day``, a year only a ``year``; a week becomes
its Monday to Sunday span; vague dates ("early February 2025") carry a ``display_date``. Since headline and
text are HTML, all article text in them is escaped, links are kept only for http(s) URLs and autolinking
is turned off.
"""

from __future__ import annotations

import html
from types import MappingProxyType

from chronicle.model import Citation, Granularity, Modifier, Timeline, TimelineEntry, TimeValue
from chronicle.outputs.html import safe_url
from chronicle.outputs.wording import BACKGROUND_HINT, display_date, plural, squash

__all__ = ["HEADLINE_CHARS", "timeline_to_timelinejs"]

HEADLINE_CHARS = 90  # a headline is the first summary sentence, cut at a word near this length

_GROUP = MappingProxyType(
    {
        Granularity.DAY: "Exact day",
        Granularity.WEEK: "Week",
        Granularity.MONTH: "Month",
        Granularity.YEAR: "Year",
    }
)

JsonObject = dict[str, object]


def timeline_to_timelinejs(timeline: Timeline) -> JsonObject:
    """The timeline as a TimelineJS JSON object."""
    title = timeline.title or timeline.query or "The story"
    articles = {c.article_id for e in timeline.entries for c in e.citations}
    intro = f"{plural(len(timeline.entries), 'date')} from {plural(len(articles), 'article')}"
    if timeline.entries:
        first, last = timeline.entries[0].date, timeline.entries[-1].date
        intro += f", {display_date(first)} to {display_date(last)}"
    used: set[str] = set()
    events = [_event(entry, _unique_id(entry.date, used)) for entry in timeline.entries]
    return {
        "title": {"text": {"headline": _esc(title), "text": f"<p>{_esc(intro)}.</p>"}},
        "events": events,
    }


def date_object(value: TimeValue) -> JsonObject:
    """A TimelineJS date object at the value's precision (a week gives its first day)."""
    if value.week is not None:
        day = value.first_day
        return {"year": day.year, "month": day.month, "day": day.day}
    out: JsonObject = {"year": value.year}
    if value.month is not None:
        out["month"] = value.month
    if value.day is not None:
        out["day"] = value.day
    return out


def _event(entry: TimelineEntry, unique_id: str) -> JsonObject:
    value = entry.date
    event: JsonObject = {
        "start_date": date_object(value),
        "text": {"headline": _esc(_headline(entry)), "text": _body(entry)},
        "group": "Background" if entry.background else _GROUP[value.granularity],
        "unique_id": unique_id,
        "autolink": False,
    }
    if value.week is not None:
        last = value.last_day
        event["end_date"] = {"year": last.year, "month": last.month, "day": last.day}
    if value.week is not None or value.modifier is not Modifier.NONE:
        event["display_date"] = display_date(value)
    return event


def _headline(entry: TimelineEntry) -> str:
    if not entry.summary:
        return display_date(entry.date)
    text = squash(entry.summary[0])
    if len(text) <= HEADLINE_CHARS:
        return text
    cut = text[:HEADLINE_CHARS].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return f"{cut}…"


def _body(entry: TimelineEntry) -> str:
    parts = [f"<p><em>Background: {_esc(BACKGROUND_HINT)}.</em></p>"] if entry.background else []
    for i, sentence in enumerate(entry.summary):
        parts.append(f"<p>{_esc(squash(sentence))}</p>")
        cited = [c for c in entry.citations if c.summary_index == i]
        if cited:
            parts.append(_citations(cited))
    stray = [c for c in entry.citations if not 0 <= c.summary_index < len(entry.summary)]
    if stray:
        parts.append(_citations(stray))
    parts.extend(f"<p><strong>Note:</strong> {_esc(note)}</p>" for note in entry.notes)
    return "".join(parts)


def _citations(citations: list[Citation]) -> str:
    items = []
    for c in citations:
        outlet = _esc(c.outlet)
        url = safe_url(c.url)
        if url is not None:
            outlet = f'<a href="{_esc(url)}" target="_blank" rel="noopener noreferrer">{outlet}</a>'
        quote = _esc(squash(c.quote))
        items.append(f"<li>“{quote}” — {outlet}, {c.published.isoformat()}</li>")
    return f"<ul>{''.join(items)}</ul>"


def _unique_id(value: TimeValue, used: set[str]) -> str:
    base = value.iso if value.modifier is Modifier.NONE else f"{value.iso}-{value.modifier.value}"
    candidate, n = base, 2
    while candidate in used:
        candidate = f"{base}-{n}"
        n += 1
    used.add(candidate)
    return candidate


def _esc(text: str) -> str:
    return html.escape(text, quote=True)
