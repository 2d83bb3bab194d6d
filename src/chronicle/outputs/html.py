"""The timeline as one self-contained HTML page: ``chronicle timeline DIR --format html -o story.html``.

The page needs nothing but itself: CSS and JavaScript are inline (read from ``chronicle/templates``), there
is no CDN and no network access, and it opens from disk. It shows

- a coverage chart (inline SVG from :attr:`Timeline.coverage`): how many sentences and articles speak of
  each day, with the timeline's dates marked (links to their entries);
- entity filters (buttons, from :attr:`Run.entities`): an entry mentions an entity when one of its
  citations' ``[start, end)`` spans contains one of the entity's mentions in that article;
- conflicts and names spelt differently, each stated once ("Where sources disagree": its note, then each
  side's quote, outlet, day and value); the entries that quote one of a conflict's claims
  (:func:`chronicle.conflicts.entry_conflicts`) are flagged and link to it instead of repeating its note;
- figures that changed (updates: a running tally that grew, an outlet's own correction), stated the same
  way under "Figures that changed", never flagged as a disagreement;
- the vertical timeline, each date at its precision ("early February 2025"), each summary sentence with
  its citations (quote, outlet, publication date, link) in a ``<details>`` element.

Every piece of article text is escaped; links are kept only for http(s) URLs; the JSON the script reads is
embedded with ``<``, ``>`` and ``&`` escaped so no ``</script>`` or ``<!--`` can end its element early; and a
Content-Security-Policy allows only the page's own script (by hash), as a second line of defence.
"""

from __future__ import annotations

import base64
import bisect
import datetime as dt
import hashlib
import html
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from urllib.parse import urlsplit

from chronicle.conflicts import entry_conflicts, note_for
from chronicle.lexicon import MONTHS
from chronicle.model import (
    Citation,
    Claim,
    ClaimGroup,
    DayCoverage,
    Entity,
    Granularity,
    Modifier,
    Run,
    Timeline,
    TimelineEntry,
    TimeValue,
    Verdict,
)
from chronicle.outputs.wording import BACKGROUND_HINT, display_date, long_day, plural, short_month, squash

__all__ = [
    "CoverageChart",
    "entry_entities",
    "json_for_script",
    "render_html",
    "safe_url",
]

MAX_FILTERS = 24  # entity chips shown, the most widespread first

_PRECISION_LABEL = MappingProxyType(
    {
        Granularity.DAY: "day",
        Granularity.WEEK: "week",
        Granularity.MONTH: "month",
        Granularity.YEAR: "year",
    }
)


def render_html(run: Run) -> str:
    """The run's timeline as a complete, self-contained HTML document."""
    timeline = run.timeline
    css = _asset("viewer.css")
    script = _asset("viewer.js")
    entity_map = entry_entities(timeline.entries, run.entities)
    # conflicts and names spelt differently are what the reader must see; timeline entries link to conflicts
    disputes = [g for v in (Verdict.CONFLICT, Verdict.SPELLING) for g in run.claim_groups if g.verdict is v]
    updates = [g for g in run.claim_groups if g.verdict is Verdict.UPDATE]
    dispute_ids = {id(g): _dispute_id(i) for i, g in enumerate([*disputes, *updates])}
    conflicts = entry_conflicts(timeline.entries, disputes)
    entry_ids = [_entry_id(i) for i in range(len(timeline.entries))]
    filters = _filter_entities(run.entities, entity_map, entry_ids)
    data = {
        "entities": {
            entity.id: {"name": entity.name, "kind": entity.kind.value, "entries": ids}
            for entity, ids in filters
        }
    }
    title = timeline.title or timeline.query or "The story"
    css, script = f"\n{css}", f"\n{script}"
    csp = (
        f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_attr(csp)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="generator" content="chronicle">',
        f"<title>Timeline: {_text(title)}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#timeline">Skip to the timeline</a>',
        "<main>",
        _header(run, title),
        CoverageChart.build(timeline, entry_ids).svg_figure(),
        _disagreements(disputes, dispute_ids),
        _disagreements(updates, dispute_ids, "Figures that changed", "changed"),
        _filters(filters),
        _tools(timeline),
        _timeline(timeline, entry_ids, entity_map, conflicts, dispute_ids),
        _footer(),
        "</main>",
        f'<script type="application/json" id="chronicle-data">{json_for_script(data)}</script>',
        f"<script>{script}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


# --- what entries are about --------------------------------------------------------------------------


def entry_entities(entries: Sequence[TimelineEntry], entities: Iterable[Entity]) -> list[frozenset[str]]:
    """For each entry, the ids of the entities named inside one of its citations' spans."""
    by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for entity in entities:
        for mention in entity.mentions:
            by_article[mention.article_id].append((mention.start, mention.end, entity.id))
    result = []
    for entry in entries:
        found: set[str] = set()
        for citation in entry.citations:
            for start, end, entity_id in by_article.get(citation.article_id, ()):
                if citation.start <= start and end <= citation.end:
                    found.add(entity_id)
        result.append(frozenset(found))
    return result


def _filter_entities(
    entities: Iterable[Entity], entity_map: Sequence[frozenset[str]], entry_ids: Sequence[str]
) -> list[tuple[Entity, list[str]]]:
    """Entities worth a filter button (named in at least one entry), most widespread first."""
    matched = []
    for entity in entities:
        ids = [entry_ids[i] for i, found in enumerate(entity_map) if entity.id in found]
        if ids:
            matched.append((entity, ids))
    matched.sort(key=lambda pair: (-len(pair[1]), pair[0].name.casefold()))
    return matched[:MAX_FILTERS]


# --- page parts --------------------------------------------------------------------------------------


def _header(run: Run, title: str) -> str:
    timeline = run.timeline
    articles = {c.article_id for e in timeline.entries for c in e.citations}
    outlets = {c.outlet for e in timeline.entries for c in e.citations}
    total = len(run.corpus.articles)
    facts = [plural(len(timeline.entries), "date")]
    if timeline.entries:
        facts.append(f"{display_date(timeline.entries[0].date)} – {display_date(timeline.entries[-1].date)}")
    cited = f"{plural(len(articles), 'article')} cited"
    if total:
        cited += f" of {total} read"
    facts += [cited, plural(len(outlets), "outlet")]
    query = ""
    if timeline.query and timeline.query != title:
        query = f'<p class="stats">Story: “{_text(timeline.query)}”</p>'
    return (
        f"<header>\n<h1>{_text(title)}</h1>\n{query}"
        f'<p class="stats">{_text(" · ".join(facts))}</p>\n</header>'
    )


def _disagreements(
    conflicts: Sequence[ClaimGroup],
    ids: Mapping[int, str],
    heading: str = "Where sources disagree",
    name: str = "disagree",
) -> str:
    """Each conflict (or spelling finding, or update) stated once: its note, then each side's quote, source
    and speaker."""
    if not conflicts:
        return ""
    items = []
    for group in conflicts:
        citations = [c.citation for c in group.claims]
        said = [_attribution(c) for c in group.claims]
        items.append(
            f'<li id="{_attr(ids[id(group)])}"><p>{_text(note_for(group))}</p>'
            f"{_sources(citations, set(), label=_sides_label(group.claims), said=said)}</li>"
        )
    return (
        f'<section class="disagreements" aria-labelledby="{name}-h">\n'
        f'<h2 id="{name}-h">{heading} ({len(conflicts)})</h2>\n'
        f"<ul>\n{chr(10).join(items)}\n</ul>\n</section>"
    )


def _attribution(claim: Claim) -> str:
    return f"{claim.value}, according to {claim.speaker}" if claim.speaker else claim.value


def _sides_label(claims: Sequence[Claim]) -> str:
    outlets = list(dict.fromkeys(c.citation.outlet for c in claims))
    return f"{plural(len(claims), 'side')}: {', '.join(outlets)}"


def _filters(filters: Sequence[tuple[Entity, list[str]]]) -> str:
    if not filters:
        return ""
    chips = [
        f'<li><button type="button" class="chip" data-entity="{_attr(entity.id)}" aria-pressed="false" '
        f'title="{_attr(entity.kind.value)}, named on {plural(len(ids), "date")}">'
        f"{_text(entity.name)}"
        f'<span class="kind">{_text(entity.kind.value)}</span>'
        f'<span class="count">{len(ids)}</span></button></li>'
        for entity, ids in filters
    ]
    chips.append('<li><button type="button" class="chip clear" disabled>Show all</button></li>')
    # Hidden until the script runs: without JavaScript the buttons could do nothing.
    return (
        '<nav class="filters" id="filters" aria-labelledby="filters-h" hidden>\n'
        '<h2 id="filters-h">Who and what</h2>\n'
        f'<ul class="chips">\n{chr(10).join(chips)}\n</ul>\n'
        '<p class="status" id="filter-status" role="status" aria-live="polite"></p>\n</nav>'
    )


def _tools(timeline: Timeline) -> str:
    if not any(e.citations for e in timeline.entries):
        return ""
    return (
        '<div class="tools" id="tools" hidden>'
        '<button type="button" class="tool" id="expand-all">Show all sources</button>'
        '<button type="button" class="tool" id="collapse-all">Hide all sources</button></div>'
    )


def _timeline(
    timeline: Timeline,
    entry_ids: Sequence[str],
    entity_map: Sequence[frozenset[str]],
    conflicts: Sequence[Sequence[tuple[ClaimGroup, Citation]]],
    dispute_ids: Mapping[int, str],
) -> str:
    if not timeline.entries:
        return '<p class="empty" id="timeline">No dated events were found.</p>'
    items = [
        (entry.background, _entry(entry, entry_ids[i], entity_map[i], conflicts[i], dispute_ids))
        for i, entry in enumerate(timeline.entries)
    ]
    background = [item for is_background, item in items if is_background]
    story = [item for is_background, item in items if not is_background]
    parts = []
    if background:  # events long before the story's span: a section of their own, before the story
        parts.append(
            '<section class="background-section" aria-labelledby="background-h">\n'
            '<h2 id="background-h">Background</h2>\n'
            '<p class="stats">Events long before the story, for context: not part of its timeline.</p>\n'
            f'<ol class="timeline background">\n{chr(10).join(background)}\n</ol>\n</section>'
        )
    if story:
        body = f'<ol class="timeline" id="timeline">\n{chr(10).join(story)}\n</ol>'
    else:
        body = '<p class="empty" id="timeline">No dated events of the story itself.</p>'
    parts.append(f"<h2>Timeline</h2>\n{body}")
    return "\n".join(parts)


def _entry(
    entry: TimelineEntry,
    entry_id: str,
    entities: frozenset[str],
    conflicts: Sequence[tuple[ClaimGroup, Citation]],
    dispute_ids: Mapping[int, str],
) -> str:
    value = entry.date
    vague = value.granularity is not Granularity.DAY or value.modifier is not Modifier.NONE
    classes = ["entry"]
    if vague:
        classes.append("vague")
    disputed = bool(conflicts or entry.notes)
    if disputed:
        classes.append("conflict")
    if entry.background:
        classes.append("background")
    precision = _PRECISION_LABEL[value.granularity]
    if value.modifier is not Modifier.NONE:
        precision = f"part of a {precision}"
    heading = (
        f'<h3><time datetime="{_attr(value.iso)}">{_text(display_date(value))}</time>'
        f'<span class="precision" title="precision of this date">{_text(precision)}</span>'
    )
    if entry.background:
        heading += f'<span class="background-mark" title="{_attr(BACKGROUND_HINT)}">Background</span>'
    if disputed:
        heading += '<span class="flag">⚠ Sources disagree</span>'
    heading += "</h3>"
    disputed_citations = {id(c) for _, c in conflicts}
    sentences = []
    for i, sentence in enumerate(entry.summary):
        cited = [c for c in entry.citations if c.summary_index == i]
        sentences.append(f"<li><p>{_text(squash(sentence))}</p>{_sources(cited, disputed_citations)}</li>")
    stray = [c for c in entry.citations if not 0 <= c.summary_index < len(entry.summary)]
    if stray:
        sentences.append(f"<li>{_sources(stray, disputed_citations, label='Other sources')}</li>")
    # A conflict is stated once, in "Where sources disagree"; the entry links to it instead of its note.
    stated = {note_for(group) for group, _ in conflicts}
    notes = [_text(n) for n in entry.notes if n not in stated]
    notes += [_conflict_link(group, dispute_ids[id(group)]) for group, _ in conflicts]
    notes_html = ""
    if notes:
        notes_html = '<ul class="notes">' + "".join(f"<li>{n}</li>" for n in notes) + "</ul>"
    return (
        f'<li class="{" ".join(classes)}" id="{_attr(entry_id)}" '
        f'data-entities="{_attr(" ".join(sorted(entities)))}">'
        f'<article class="card">{heading}<ul class="summary">{"".join(sentences)}</ul>{notes_html}</article>'
        "</li>"
    )


def _conflict_link(group: ClaimGroup, target: str) -> str:
    return f'<a href="#{_attr(target)}">{_text(group.subject)}, {_text(group.property)}: sources disagree</a>'


def _sources(
    citations: Sequence[Citation],
    disputed: set[int],
    label: str | None = None,
    said: Sequence[str] | None = None,
) -> str:
    """A ``<details>`` listing each citation's quote, outlet and day (and, with ``said``, what it claims)."""
    if not citations:
        return ""
    claims: Sequence[str | None] = said if said is not None else [None] * len(citations)
    outlets = list(dict.fromkeys(c.outlet for c in citations))
    shown = ", ".join(outlets[:3]) + (f" +{len(outlets) - 3}" if len(outlets) > 3 else "")
    summary = label or f"{plural(len(citations), 'source')}: {shown}"
    items = []
    for c, claim in zip(citations, claims, strict=True):
        outlet = f"<cite>{_text(c.outlet)}</cite>"
        url = safe_url(c.url)
        if url is not None:
            outlet = f'<a href="{_attr(url)}" rel="noopener noreferrer nofollow">{outlet}</a>'
        marker = ' class="disputed"' if id(c) in disputed else ""
        items.append(
            f"<li{marker}><blockquote>“{_text(squash(c.quote))}”</blockquote>"
            f'<div class="source">{outlet}, published '
            f'<time datetime="{c.published.isoformat()}">{_text(long_day(c.published))}</time>'
            f"{f': {_text(claim)}' if claim else ''}</div></li>"
        )
    return (
        f'<details class="sources"><summary>{_text(summary)}</summary>'
        f'<ul class="citations">{"".join(items)}</ul></details>'
    )


def _footer() -> str:
    return (
        "<footer>Made by chronicle from the articles listed. Every sentence is quoted from its sources; "
        "open a sentence's sources to read the quotes. Dates are shown at the precision the articles give "
        "(dashed dots: a month, week or part of one).</footer>"
    )


# --- coverage chart ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Bin:
    first: dt.date
    last: dt.date
    sentences: int
    articles: int


@dataclass(frozen=True)
class CoverageChart:
    """The coverage chart's geometry: bins of days over the story's span and the marked dates."""

    bins: tuple[_Bin, ...]
    unit: str  # "day", "week" or "month": what one bar stands for
    marks: tuple[tuple[dt.date, dt.date, str, str], ...]  # first day, last day, label, entry id
    outside: int  # sentences about days left out of the chart's span

    WIDTH = 640
    LEFT = 52
    RIGHT = 12
    TOP = 26
    SENTENCE_PANEL = 110
    PANEL_GAP = 18
    ARTICLE_PANEL = 48
    BOTTOM = 30
    HEIGHT = TOP + SENTENCE_PANEL + PANEL_GAP + ARTICLE_PANEL + BOTTOM

    @classmethod
    def build(cls, timeline: Timeline, entry_ids: Sequence[str]) -> CoverageChart:
        coverage = sorted(timeline.coverage, key=lambda c: c.day)
        entries = timeline.entries
        if not coverage:
            return cls((), "day", (), 0)
        if entries:
            core_start = min(e.date.first_day for e in entries)
            core_end = max(e.date.last_day for e in entries)
        else:
            core_start, core_end = coverage[0].day, coverage[-1].day
        pad = max(dt.timedelta(days=7), (core_end - core_start) / 10)
        near = [c.day for c in coverage if core_start - pad <= c.day <= core_end + pad]
        start, end = min([core_start, *near]), max([core_end, *near])
        margin = max(dt.timedelta(days=1), (end - start) / 40)
        start, end = start - margin, end + margin
        inside = [c for c in coverage if start <= c.day <= end]
        outside = sum(c.sentences for c in coverage) - sum(c.sentences for c in inside)
        span = (end - start).days + 1
        unit = "day" if span <= 120 else "week" if span <= 900 else "month"
        bins = _bins(start, end, unit, inside)
        marks = tuple(
            (*_mark_span(e.date), display_date(e.date), entry_ids[i]) for i, e in enumerate(entries)
        )
        return cls(tuple(bins), unit, marks, outside)

    def _x(self, day: dt.date) -> float:
        first, last = self.bins[0].first, self.bins[-1].last
        days = (last - first).days + 1
        inner = self.WIDTH - self.LEFT - self.RIGHT
        return self.LEFT + inner * (day - first).days / days

    def svg_figure(self) -> str:
        if not self.bins:
            return ""
        # Two panels over one time axis: sentences (tall) above articles (short), each on its own scale,
        # since a day can have thousands of sentences from a few dozen articles.
        s_top, s_base = self.TOP, self.TOP + self.SENTENCE_PANEL
        a_top = s_base + self.PANEL_GAP
        a_base = a_top + self.ARTICLE_PANEL
        s_max = max(b.sentences for b in self.bins) or 1
        a_max = max(b.articles for b in self.bins) or 1
        parts = [
            f'<svg viewBox="0 0 {self.WIDTH} {self.HEIGHT}" role="img" aria-labelledby="cov-title cov-desc" '
            'xmlns="http://www.w3.org/2000/svg">',
            '<title id="cov-title">Coverage over time</title>',
            f'<desc id="cov-desc">{_text(self._description())}</desc>',
        ]
        for first, last, label, _ in self.marks:  # less precise dates: a band over the days they cover
            if first != last:
                x1, x2 = self._x(first), self._x(last + dt.timedelta(days=1))
                parts.append(
                    f'<rect class="band" x="{x1:.1f}" y="{s_top}" width="{max(x2 - x1, 2):.1f}" '
                    f'height="{a_base - s_top}"><title>{_text(label)}</title></rect>'
                )
        for first, last, _, _ in self.marks:  # guide lines, behind the bars
            x = self._mark_x(first, last)
            parts.append(f'<line class="guide" x1="{x:.1f}" y1="{s_top}" x2="{x:.1f}" y2="{a_base}"/>')
        parts.append('<g class="bars">')
        for b in self.bins:
            if not b.sentences and not b.articles:
                continue
            x1, x2 = self._x(b.first), self._x(b.last + dt.timedelta(days=1))
            width = max(x2 - x1 - (1 if x2 - x1 > 3 else 0), 0.8)
            hs = self.SENTENCE_PANEL * b.sentences / s_max
            ha = self.ARTICLE_PANEL * b.articles / a_max
            counts = f"{plural(b.sentences, 'sentence')} in {plural(b.articles, 'article')}"
            if self.unit != "day":
                counts = f"{plural(b.sentences, 'sentence')}, up to {plural(b.articles, 'article')} a day"
            parts.append(
                f"<g><title>{_text(f'{self._bin_label(b)}: {counts}')}</title>"
                f'<rect class="bar-s" x="{x1:.1f}" y="{s_base - hs:.1f}" width="{width:.1f}" '
                f'height="{hs:.1f}"/>'
                f'<rect class="bar-a" x="{x1:.1f}" y="{a_base - ha:.1f}" width="{width:.1f}" '
                f'height="{ha:.1f}"/>'
                "</g>"
            )
        parts.append("</g>")
        right = self.WIDTH - self.RIGHT
        articles_label = "articles" if self.unit == "day" else "articles (busiest day)"
        for top, base, most, name in (
            (s_top, s_base, s_max, "sentences"),
            (a_top, a_base, a_max, articles_label),
        ):
            parts.append(f'<line class="axis" x1="{self.LEFT}" y1="{base}" x2="{right}" y2="{base}"/>')
            y = top + 10
            parts.append(
                f'<text class="tick" x="{self.LEFT - 6}" y="{y}" text-anchor="end">{_compact(most)}</text>'
            )
            parts.append(f'<text class="tick name" x="{self.LEFT + 4}" y="{y}">{_text(name)}</text>')
        for day, label in self._ticks():
            x = self._x(day)
            parts.append(f'<line class="axis" x1="{x:.1f}" y1="{a_base}" x2="{x:.1f}" y2="{a_base + 5}"/>')
            parts.append(
                f'<text class="tick" x="{x:.1f}" y="{a_base + 20}" text-anchor="middle">{_text(label)}</text>'
            )
        parts.append('<g class="marks">')
        for first, last, label, entry_id in self.marks:
            x = self._mark_x(first, last)
            parts.append(
                f'<a class="mark" href="#{_attr(entry_id)}" aria-label="{_attr(label)}">'
                f"<title>{_text(label)}</title>"
                f'<path d="M{x - 5:.1f},{s_top - 13} L{x + 5:.1f},{s_top - 13} L{x:.1f},{s_top - 3} Z"/>'
                "</a>"
            )
        parts.append("</g></svg>")
        unit = {"day": "day", "week": "week", "month": "month"}[self.unit]
        keys = (
            f'<span class="key"><span class="swatch sw-sent"></span>sentences about the {unit}</span>'
            f'<span class="key"><span class="swatch sw-art"></span>articles about it</span>'
            f'<span class="key"><span class="swatch sw-mark"></span>dates in the timeline</span>'
        )
        note = ""
        if self.outside:
            note = f" {plural(self.outside, 'sentence')} about earlier or later days are not drawn."
        return (
            '<figure class="coverage" aria-labelledby="coverage-h">\n'
            '<h2 id="coverage-h">When the story happened, as told</h2>\n'
            + "".join(parts)
            + f"\n<figcaption>{keys}<br>How many sentences, and how many articles, speak of each {unit} "
            f"(each on its own scale); the marks are the timeline's dates.{_text(note)}</figcaption>"
            "\n</figure>"
        )

    def _mark_x(self, first: dt.date, last: dt.date) -> float:
        return (self._x(first) + self._x(last + dt.timedelta(days=1))) / 2

    def _description(self) -> str:
        busiest = max(self.bins, key=lambda b: b.sentences)
        return (
            f"Bars per {self.unit} from {long_day(self.bins[0].first)} to {long_day(self.bins[-1].last)}; "
            f"the busiest {self.unit} is {self._bin_label(busiest)} with "
            f"{plural(busiest.sentences, 'sentence')}."
        )

    def _bin_label(self, b: _Bin) -> str:
        if self.unit == "day":
            return long_day(b.first)
        if self.unit == "week":
            return f"week of {long_day(b.first)}"
        return f"{MONTHS[b.first.month - 1]} {b.first.year}"

    def _ticks(self) -> list[tuple[dt.date, str]]:
        first, last = self.bins[0].first, self.bins[-1].last
        span = (last - first).days + 1
        ticks: list[tuple[dt.date, str]] = []
        if span <= 45:
            step = max(1, span // 6)
            day = first
            while day <= last:
                ticks.append((day, f"{day.day} {short_month(day)}"))
                day += dt.timedelta(days=step)
            return ticks
        months = _month_starts(first, last)
        every = max(1, len(months) // 7)
        for i, day in enumerate(months):
            if i % every == 0:
                short = short_month(day)
                label = short if day.month != 1 and i else f"{short} {day.year}"
                ticks.append((day, label))
        return ticks


def _mark_span(value: TimeValue) -> tuple[dt.date, dt.date]:
    """The days a date covers, narrowed by its modifier: "early February" is 1-10 February."""
    first, last = value.first_day, value.last_day
    if value.modifier is Modifier.NONE or value.week is not None:
        return first, last
    if value.month is not None:  # thirds of a month
        bounds = {Modifier.START: (1, 10), Modifier.MID: (11, 20), Modifier.END: (21, last.day)}
        low, high = bounds[value.modifier]
        return first.replace(day=low), first.replace(day=high)
    thirds = {Modifier.START: (1, 4), Modifier.MID: (5, 8), Modifier.END: (9, 12)}  # thirds of a year
    low, high = thirds[value.modifier]
    end = _next_month(dt.date(value.year, high, 1)) - dt.timedelta(days=1)
    return dt.date(value.year, low, 1), end


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    day = first.replace(day=1)
    if day < first:
        day = _next_month(day)
    out = []
    while day <= last:
        out.append(day)
        day = _next_month(day)
    return out


def _next_month(day: dt.date) -> dt.date:
    return day.replace(year=day.year + 1, month=1) if day.month == 12 else day.replace(month=day.month + 1)


def _bins(start: dt.date, end: dt.date, unit: str, coverage: Iterable[DayCoverage]) -> list[_Bin]:
    """Consecutive bins covering ``[start, end]``, each summing the coverage of its days."""
    bounds: list[tuple[dt.date, dt.date]] = []
    if unit == "day":
        day = start
        while day <= end:
            bounds.append((day, day))
            day += dt.timedelta(days=1)
    elif unit == "week":
        day = start - dt.timedelta(days=start.weekday())
        while day <= end:
            bounds.append((day, day + dt.timedelta(days=6)))
            day += dt.timedelta(days=7)
    else:
        day = start.replace(day=1)
        while day <= end:
            following = _next_month(day)
            bounds.append((day, following - dt.timedelta(days=1)))
            day = following
    sentences = [0] * len(bounds)
    articles = [0] * len(bounds)
    firsts = [b[0] for b in bounds]
    for item in coverage:
        index = bisect.bisect_right(firsts, item.day) - 1
        if 0 <= index < len(bounds) and item.day <= bounds[index][1]:
            sentences[index] += item.sentences
            articles[index] = max(articles[index], item.articles)  # the same article may span days
    return [_Bin(f, last, s, a) for (f, last), s, a in zip(bounds, sentences, articles, strict=True)]


# --- escaping and small helpers -----------------------------------------------------------------------


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (no ``javascript:``, ``data:``, relative)."""
    if not url:
        return None
    candidate = url.strip()
    if any(ord(ch) < 0x20 or ch.isspace() for ch in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return candidate


def json_for_script(value: Mapping[str, object]) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or ``&`` can appear in it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _compact(n: int) -> str:
    """A count short enough for a chart's axis: 950, 9.7k, 12k, 1.2M."""
    if n < 1000:
        return str(n)
    size, suffix = (1_000_000, "M") if n >= 1_000_000 else (1000, "k")
    value = n / size
    if value >= 10:
        return f"{round(value)}{suffix}"
    return f"{value:.1f}".removesuffix(".0") + suffix


def _sha256(source: str) -> str:
    """A CSP source expression allowing exactly this inline script or style."""
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def _entry_id(index: int) -> str:
    return f"entry-{index + 1}"


def _dispute_id(index: int) -> str:
    return f"conflict-{index + 1}"


def _asset(name: str) -> str:
    return resources.files("chronicle").joinpath("templates", name).read_text(encoding="utf-8")
