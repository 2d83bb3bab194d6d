"""From annotated documents to a timeline: dated mentions, date selection, summaries, citations.

1. Every body sentence is a *mention* of the dates its temporal expressions ground to (explicit), or, when it
   has none, of its article's publication day (implicit: a weaker signal).
2. Each candidate date is scored by how many articles speak of it and how relevant those sentences are to the
   story (:mod:`chronicle.story`); the best ``dates`` dates are kept (or, without a number, those that stand
   out, up to a cap).
3. Each kept date is summarised by its most central, relevant, non-redundant sentences (maximal marginal
   relevance), trimmed to the clause that carries the date when ``trim`` is on.
4. Every sentence of another article that tells the same thing on the same date becomes a citation of the
   summary sentence it is closest to, so one event told by several outlets is one entry citing each of them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from chronicle.annotate import title_of
from chronicle.collector import collector_paused
from chronicle.dateranker import DateRanker, date_features
from chronicle.daynews import DayLeads, day_closeness, day_leads
from chronicle.entries import background_dates, entry_text, is_plan, main_timexes, publication_value
from chronicle.errors import OptionsError
from chronicle.model import (
    Citation,
    DayCoverage,
    Document,
    Granularity,
    Sentence,
    Timeline,
    TimelineEntry,
    TimeValue,
    Timex,
)
from chronicle.story import StoryIndex, build_story


@dataclass(frozen=True)
class TimelineOptions:
    """What timeline to build. Built once at the boundary (CLI, benchmark) and passed down."""

    dates: int | None = None  # how many dates; None: chosen from the data
    sentences: int = 2  # summary sentences per date
    query: str | None = None  # focus; None: the collection's dominant story
    start: dt.date | None = None  # keep dates in [start, end]
    end: dt.date | None = None
    day_only: bool = False  # only day-precision entries (the TLS benchmark scores days)
    trim: bool = True  # summarise with the clause that carries the date
    min_relevance: float = 0.08  # sentences less relevant than this (0..1) to the story are ignored
    max_auto_dates: int = 40  # cap when the number of dates is chosen from the data
    implicit_weight: float = 0.35  # weight of a publication-date-only mention against an explicit one
    retrospective_bonus: float = 0.5  # extra weight of a sentence recalling a date from a later article
    redundancy: float = 0.5  # cosine above which a sentence repeats one already in the timeline
    long_words: int = 30  # sentences longer than this are penalised in proportion (run-on page lines)
    centrality_power: float = 1.0  # exponent of a candidate's centrality among the date's candidates
    day_leads: int = 5  # leading sentences per article that tell what happened on its day (0: not used)
    day_window: int = 2  # publication days that report a day: the day itself and the next
    cite_threshold: float = 0.12  # cosine above which another article's sentence cites a summary sentence
    date_ranker: DateRanker | None = (
        None  # a learned date ranker (chronicle.dateranker); None: the date score
    )

    def __post_init__(self) -> None:
        if self.dates is not None and self.dates < 1:
            raise OptionsError(f"the number of dates must be at least 1, not {self.dates}")
        if self.sentences < 1:
            raise OptionsError(f"the number of sentences per date must be at least 1, not {self.sentences}")
        if self.start and self.end and self.start > self.end:
            raise OptionsError(f"the start date {self.start} is after the end date {self.end}")
        if self.centrality_power < 0:
            raise OptionsError(f"centrality_power must not be negative, not {self.centrality_power}")
        if self.day_leads < 0 or self.day_window < 1:
            raise OptionsError(
                f"day_leads must be >= 0 and day_window >= 1, not {self.day_leads} and {self.day_window}"
            )
        if not 0.0 <= self.min_relevance < 1.0:
            raise OptionsError(f"min_relevance must be in [0, 1), not {self.min_relevance}")


@dataclass(frozen=True)
class _Mention:
    date: TimeValue
    doc: int
    sentence: int
    row: int
    explicit: bool
    timex: Timex | None
    published: dt.date


def build_timeline(
    documents: Sequence[Document],
    options: TimelineOptions | None = None,
    *,
    on_progress: Callable[[str], None] | None = None,
) -> Timeline:
    """Build the timeline of ``documents`` (annotated articles)."""
    with collector_paused():
        return _build(documents, options or TimelineOptions(), on_progress)


def _build(
    documents: Sequence[Document], options: TimelineOptions, on_progress: Callable[[str], None] | None
) -> Timeline:
    notify = on_progress or (lambda _stage: None)
    notify("story")
    story = build_story(documents, options.query)
    notify("dates")
    mentions = _mentions(documents, story, options)
    by_date: dict[TimeValue, list[_Mention]] = defaultdict(list)
    for mention in mentions:
        by_date[mention.date].append(mention)
    scores = {date: _date_score(found, story, options) for date, found in by_date.items()}
    if options.date_ranker is not None and options.dates is not None:
        published = [d.article.published for d in documents]
        scores = options.date_ranker.rank(scores, mentions, published)
    chosen = _choose_dates(scores, options)
    notify("summaries")
    entries = []
    used: list[int] = []  # story rows already summarising a date: not repeated on another date
    leads = day_leads(documents, story, options.day_leads, options.day_window)
    for date in chosen:
        entry = _summarise(date, by_date[date], documents, story, options, used, leads)
        if entry is not None:
            entries.append(entry)
    entries.sort(key=lambda e: e.date.sort_key)
    behind = background_dates((e.date for e in entries), [d.article.published for d in documents])
    entries = [replace(e, background=True) if e.date in behind else e for e in entries]
    return Timeline(
        entries=tuple(entries),
        query=options.query,
        title=_story_title(documents, story),
        coverage=_coverage(mentions, documents),
    )


def candidate_date_features(
    documents: Sequence[Document], options: TimelineOptions
) -> tuple[list[TimeValue], NDArray[np.float64]]:
    """The candidate dates of ``documents`` and their date-ranker features (:mod:`chronicle.dateranker`),
    as :func:`build_timeline` computes them: for fitting and evaluating a ranker."""
    story = build_story(documents, options.query)
    mentions = _mentions(documents, story, options)
    by_date: dict[TimeValue, list[_Mention]] = defaultdict(list)
    for mention in mentions:
        by_date[mention.date].append(mention)
    scores = {date: _date_score(found, story, options) for date, found in by_date.items()}
    return date_features(scores, mentions, [d.article.published for d in documents])


def _story_title(documents: Sequence[Document], story: StoryIndex) -> str | None:
    """The headline closest to the story (cosine of its TF-IDF vector with the story's centroid)."""
    titles = list(dict.fromkeys(t for t in (title_of(d) for d in documents) if t))
    if not titles or not story.centroid.any():
        return None
    vectors = story.weights.transform(titles)
    scores = np.asarray(vectors @ story.centroid, dtype=np.float64).ravel()
    best = int(np.argmax(scores))
    return titles[best] if scores[best] > 0 else None


def _in_window(value: TimeValue, options: TimelineOptions) -> bool:
    if options.start and value.last_day < options.start:
        return False
    return not (options.end and value.first_day > options.end)


def _eligible(value: TimeValue, options: TimelineOptions) -> bool:
    if options.day_only:
        return value.granularity is Granularity.DAY
    # a week or a whole year is too vague to be a timeline date ("born in 1991" is background)
    return value.granularity in (Granularity.DAY, Granularity.MONTH)


def _mentions(documents: Sequence[Document], story: StoryIndex, options: TimelineOptions) -> list[_Mention]:
    mentions: list[_Mention] = []
    for d, document in enumerate(documents):
        published = publication_value(document.article)
        for sentence in document.sentences:
            row = story.row(d, sentence.index)
            if story.relevance[row] < options.min_relevance:
                continue
            dated = [t for t in main_timexes(sentence) if _eligible(t.value, options) and not t.future]
            if dated:
                seen: set[TimeValue] = set()
                for timex in dated:
                    value = timex.value
                    if value in seen or not _in_window(value, options):
                        continue
                    seen.add(value)
                    mentions.append(
                        _Mention(value, d, sentence.index, row, True, timex, document.article.published)
                    )
            elif (not sentence.timexes or is_plan(sentence)) and _in_window(published, options):
                # undated, or a plan: it belongs to the day it was published (announced)
                mentions.append(
                    _Mention(published, d, sentence.index, row, False, None, document.article.published)
                )
    return mentions


def _weight(mention: _Mention, options: TimelineOptions, retrospective_bonus: float = 0.0) -> float:
    """An explicit date counts fully (more when recalled by a later article, if a bonus is given); an
    undated sentence speaks of its publication day only weakly, and less the further it stands from the
    article's lead (later paragraphs tell background)."""
    if mention.explicit:
        later = mention.date.last_day < mention.published
        return 1.0 + retrospective_bonus if later else 1.0
    return options.implicit_weight / (1.0 + _LEAD_DECAY * max(0, mention.sentence - _LEAD_SENTENCES + 1))


_LEAD_SENTENCES = 3
_LEAD_DECAY = 0.25


def _date_score(mentions: Sequence[_Mention], story: StoryIndex, options: TimelineOptions) -> float:
    """Sum over articles of the best relevance with which each article speaks of the date."""
    best: dict[int, float] = {}
    for m in mentions:
        weight = _weight(m, options)
        value = weight * float(story.relevance[m.row])
        if value > best.get(m.doc, 0.0):
            best[m.doc] = value
    return sum(best.values())


def _choose_dates(scores: dict[TimeValue, float], options: TimelineOptions) -> list[TimeValue]:
    ranked = sorted(scores, key=lambda d: (-scores[d], d.sort_key))
    if options.dates is not None:
        return ranked[: options.dates]
    if not ranked:
        return []
    floor = 0.05 * scores[ranked[0]]
    return [d for d in ranked if scores[d] >= floor][: options.max_auto_dates]


def _summarise(
    date: TimeValue,
    mentions: Sequence[_Mention],
    documents: Sequence[Document],
    story: StoryIndex,
    options: TimelineOptions,
    used: list[int],
    leads: DayLeads,
) -> TimelineEntry | None:
    # one candidate per sentence (a sentence may mention the date through two expressions)
    unique = list({(m.doc, m.sentence): m for m in mentions}.values())
    if not unique:
        return None
    if len(unique) > _MAX_CANDIDATES:  # keep the most relevant: the similarity matrix is quadratic
        unique.sort(key=lambda m: -float(story.relevance[m.row]))
        unique = unique[:_MAX_CANDIDATES]
    rows = [m.row for m in unique]
    similarity = story.similarity(rows)
    closeness = day_closeness(leads, date.as_date(), story, rows)
    score = _candidate_scores(unique, documents, story, options, similarity, closeness)
    chosen: list[int] = []
    for i in np.argsort(-score):
        if len(chosen) >= options.sentences:
            break
        candidate = documents[unique[i].doc]
        if (
            entry_text(candidate, candidate.sentences[unique[i].sentence], unique[i].timex, options.trim)
            is None
        ):
            continue  # a dateline, or a pronoun nothing resolves: it cannot stand on its own
        if any(similarity[i, j] > options.redundancy for j in chosen):
            continue
        others = used
        if options.trim and len(documents[unique[i].doc].sentences[unique[i].sentence].timexes) > 1:
            # a sentence joining several dated clauses summarises each date with its own clause
            others = [row for row in used if row != unique[i].row]
        if others and float(story.cosines([unique[i].row], others).max()) > options.redundancy:
            continue
        chosen.append(int(i))
    used.extend(unique[i].row for i in chosen)
    if not chosen:
        return None
    summary: list[str] = []
    citations: list[Citation] = []
    cited: set[tuple[int, int]] = set()
    for index, i in enumerate(chosen):
        m = unique[i]
        sentence = documents[m.doc].sentences[m.sentence]
        summary.append(_summary_text(documents[m.doc], sentence, m.timex, options.trim))
        citations.append(Citation.of(documents[m.doc].article, sentence, index))
        cited.add((m.doc, m.sentence))
    # other sentences telling the same on the same date: cite them under the closest summary sentence
    for i, m in enumerate(unique):
        if (m.doc, m.sentence) in cited or not m.explicit:
            continue
        closest = max(range(len(chosen)), key=lambda k: similarity[i, chosen[k]])
        if similarity[i, chosen[closest]] >= options.cite_threshold:
            sentence = documents[m.doc].sentences[m.sentence]
            citations.append(Citation.of(documents[m.doc].article, sentence, closest))
            cited.add((m.doc, m.sentence))
    citations.sort(key=lambda c: (c.summary_index, c.published, c.outlet, c.start))
    importance = float(sum(score[i] for i in chosen))
    return TimelineEntry(date=date, summary=tuple(summary), citations=tuple(citations), importance=importance)


_MAX_CANDIDATES = 400


def _candidate_scores(
    unique: Sequence[_Mention],
    documents: Sequence[Document],
    story: StoryIndex,
    options: TimelineOptions,
    similarity: NDArray[np.float64],
    closeness: NDArray[np.float64] | None = None,
) -> NDArray[np.float64]:
    """relevance × centrality^power × mention weight × length prior, one score per candidate.

    A candidate's centrality is its cosine with the day centroid (``closeness``, :mod:`chronicle.daynews`:
    what the leads published on the day and the next say) when the day has one; otherwise its mean cosine
    with the date's candidates: how much of what the sources say of that day it carries. A power above 1
    sharpens it: the sentence most of the sources agree with wins over a merely relevant one."""
    rows = [m.row for m in unique]
    central = closeness if closeness is not None else np.maximum(similarity.mean(axis=1), 0.0)
    centrality = central**options.centrality_power
    relevance = story.relevance[rows]
    weight = np.array([_weight(m, options, options.retrospective_bonus) for m in unique])
    words = np.array([len(documents[m.doc].sentences[m.sentence].text.split()) for m in unique])
    length = np.minimum(1.0, options.long_words / np.maximum(words, 1))
    return np.asarray(relevance * centrality * weight * length, dtype=np.float64)


def _summary_text(document: Document, sentence: Sentence, timex: Timex | None, trim: bool) -> str:
    """The text shown for ``sentence`` (:func:`chronicle.entries.entry_text`); the sentence itself when it
    cannot be made to stand alone (only then: candidates that cannot are passed over when ranking)."""
    return entry_text(document, sentence, timex, trim) or sentence.text


def _coverage(mentions: Sequence[_Mention], documents: Sequence[Document]) -> tuple[DayCoverage, ...]:
    sentences: dict[dt.date, int] = defaultdict(int)
    articles: dict[dt.date, set[int]] = defaultdict(set)
    for m in mentions:
        day = m.date.as_date()
        if day is None:
            continue
        sentences[day] += 1
        articles[day].add(m.doc)
    return tuple(DayCoverage(day, sentences[day], len(articles[day])) for day in sorted(sentences))
