"""Dates anchored to an event the text dates elsewhere: "the day after she died", "two days after the alarm".

The tagger finds such an expression and the words naming the event ("she died", "the alarm", "his
re-election"); :func:`resolve_event_anchors` looks through the document for the sentence that dates the same
event (a day-precision expression in a sentence sharing the event's content words: "died on Easter Monday",
"raised the alarm on Tuesday evening") and counts from that day. Sentences sharing more of the event's words
win, then the nearest one (earlier first). An event the text never dates, or whose phrase names a year the
found day is not in ("the day after the 1929 crash"), stays ungrounded: precision first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from chronicle.lexicon import FUNCTION_WORDS
from chronicle.model import Anchor, Granularity, TimeValue, Timex

__all__ = ["EventAnchor", "event_stems", "resolve_event_anchors"]


@dataclass(frozen=True)
class EventAnchor:
    """An expression counted from an event: ``delta`` ``unit``s from the day of ``event``."""

    sentence: int
    start: int
    end: int
    unit: str  # day, week, month or year
    delta: int
    event: str  # the words naming the event
    explicit: bool = False  # only a date written in full dates the event ("on the day he died")


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# irregular forms that name the same event
_SAME_EVENT = {
    "died": "die",
    "dies": "die",
    "death": "die",
    "dead": "die",
    "dying": "die",
    "left": "leave",
    "shot": "shoot",
    "struck": "strike",
    "began": "begin",
    "won": "win",
    "fell": "fall",
}
_OWN_SENTENCE_REACH = 40  # an event dated in the anchor's own sentence: its date within this many characters
_APPOSITION = re.compile(r"\s*,\s*")
_GENERIC = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "time", "night"})


def event_stems(words: str) -> frozenset[str]:
    """Content-word stems of an event phrase: "his re-election" -> {"elect"}; "she died" -> {"die"}. Names
    (capitalised words) are not events: "41 years after the World Health Organisation ..." dates nothing."""
    stems = set()
    for match in _WORD.finditer(words):
        if match.group()[0].isupper():
            continue
        word = match.group().lower().replace("’", "'")
        if word in FUNCTION_WORDS or word in _GENERIC or len(word) < 3:
            continue
        stems.add(_stem(word))
    return frozenset(stems)


def _stem(word: str) -> str:
    if word in _SAME_EVENT:
        return _SAME_EVENT[word]
    word = word.removeprefix("re-").split("'")[0]
    for suffix in ("ations", "ation", "ions", "ion", "ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def resolve_event_anchors(
    text: str,
    sentences: Sequence[tuple[int, int]],
    found: Sequence[Sequence[Timex]],
    anchors: Sequence[EventAnchor],
    latest: dt.date,
) -> list[tuple[int, Timex]]:
    """The anchors the document grounds, as (sentence index, Timex)."""
    # a sentence's stems are read only when it holds a day to give (most do not), once per document
    stems_by_sentence: dict[int, dict[str, list[int]]] = {}
    stem_of: dict[str, str] = {}

    def stems_in(index: int) -> dict[str, list[int]]:
        if index not in stems_by_sentence:
            stems_by_sentence[index] = _sentence_stems(text, *sentences[index], stem_of)
        return stems_by_sentence[index]

    resolved = []
    for anchor in anchors:
        wanted = event_stems(anchor.event)
        if not wanted or anchor.unit == "year":
            continue  # "41 years after ...": a span of time far more often than a date
        restated = _restated_day(text, found[anchor.sentence], anchor)
        if restated is not None:  # "on Sunday, the day before they vanished": the apposition is Sunday
            resolved.append((anchor.sentence, _timex(text, anchor, restated, restated, latest)))
            continue
        best: tuple[int, int, TimeValue] | None = None  # (-shared stems, distance, day)
        for index, timexes in enumerate(found):
            # the sentence's own dates belong to its main clause, not to the event, unless they date the
            # event's own words ("will vote on Thursday ... the day after the vote")
            own = index == anchor.sentence
            if not timexes:
                continue
            days = [
                t
                for t in timexes
                if t.value.granularity is Granularity.DAY
                and not _inside(t, anchor)
                and (t.anchor is Anchor.ABSOLUTE or not anchor.explicit)
            ]
            if not days:
                continue
            stems = stems_in(index)
            if not wanted & stems.keys():
                continue
            positions = [
                p
                for stem in wanted
                for p in stems.get(stem, ())
                if not (index == anchor.sentence and anchor.start <= p < anchor.end)
            ]
            if not positions:  # only the anchor's own words: the event is not dated here
                continue
            shared = len(
                {
                    stem
                    for stem in wanted
                    for p in stems.get(stem, ())
                    if not (index == anchor.sentence and anchor.start <= p < anchor.end)
                }
            )
            nearest = min(days, key=lambda t: min(_reach(t, p) for p in positions))
            if own and min(_reach(nearest, p) for p in positions) > _OWN_SENTENCE_REACH:
                continue
            distance = (
                (anchor.sentence - index) if index <= anchor.sentence else (index - anchor.sentence) + 0.5
            )
            key = (-shared, distance, nearest.value)
            if best is None or key[:2] < best[:2]:
                best = (key[0], int(distance * 2), nearest.value)
        if best is None:
            continue
        event_day = best[2]
        years = _YEAR.findall(anchor.event)
        if years and str(event_day.year) not in years:
            continue
        value = _shift(event_day.first_day, anchor.unit, anchor.delta)
        resolved.append((anchor.sentence, _timex(text, anchor, value, event_day, latest)))
    return resolved


def _timex(text: str, anchor: EventAnchor, value: TimeValue, event_day: TimeValue, latest: dt.date) -> Timex:
    return Timex(
        start=anchor.start,
        end=anchor.end,
        text=text[anchor.start : anchor.end],
        value=value,
        anchor=Anchor.PREVIOUS,
        anchor_value=event_day,
        future=value.first_day > latest,
    )


def _restated_day(text: str, timexes: Sequence[Timex], anchor: EventAnchor) -> TimeValue | None:
    """The day an event-anchored phrase stands in apposition to ("on Sunday, the day before ..."), if any."""
    if anchor.unit != "day":
        return None
    for timex in timexes:
        if (
            timex.end < anchor.start
            and timex.value.granularity is Granularity.DAY
            and _APPOSITION.fullmatch(text, timex.end, anchor.start)
        ):
            return timex.value
    return None


def _reach(timex: Timex, position: int) -> int:
    """How far a date stands from an event word; a date before the word counts double, for an event is
    mostly dated after it is named ("the collapse of the pontoon ... on 3 August", not "found guilty today
    ... before the collapse")."""
    return timex.start - position if timex.start >= position else 2 * (position - timex.end)


def _inside(timex: Timex, anchor: EventAnchor) -> bool:
    return timex.start < anchor.end and timex.end > anchor.start


def _sentence_stems(text: str, start: int, end: int, stem_of: dict[str, str]) -> dict[str, list[int]]:
    """Each stem of the sentence's content words, with the positions of its words; ``stem_of`` memoises
    :func:`_stem` over one document."""
    stems: dict[str, list[int]] = {}
    for match in _WORD.finditer(text, start, end):
        word = match.group().lower().replace("’", "'")
        if word in FUNCTION_WORDS or word in _GENERIC or len(word) < 3:
            continue
        stem = stem_of.get(word)
        if stem is None:
            stem = stem_of[word] = _stem(word)
        stems.setdefault(stem, []).append(match.start())
    return stems


def _shift(day: dt.date, unit: str, delta: int) -> TimeValue:
    if unit == "day":
        return TimeValue.of_date(day + dt.timedelta(days=delta))
    if unit == "week":
        return TimeValue.of_week(day + dt.timedelta(days=7 * delta))
    if unit == "month":
        index = day.year * 12 + day.month - 1 + delta
        return TimeValue(index // 12, index % 12 + 1)
    return TimeValue(day.year + delta)
