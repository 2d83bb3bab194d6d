"""Temporal expression tagging and grounding.

A rule-based tagger for news text: it finds the temporal expressions of each sentence and grounds them to
:class:`~chronicle.model.TimeValue` values, in three ways (:class:`~chronicle.model.Anchor`):

- ``ABSOLUTE``: the text gives the full value ("December 24, 2024", "24 December 2024", "Jan. 25 , 2011",
  "2024-12-24", "February 2010", "in 1991", "early 2010");
- ``PUBLICATION``: resolved against the publication date ("on April 8", "in early February", "last month",
  "on Monday", "yesterday", "this week", "earlier this year", "two days ago");
- ``PREVIOUS``: resolved against the value the text last established ("four days later", "the next day",
  "a day earlier", "the following month", "two years later").

Choices (see ``docs/temporal.md``):

- A day without a year takes the year that puts it nearest to, and not more than a month after, the
  publication date; when the sentence speaks of the future before the expression ("will meet on
  January 5"), the nearest year that does not put it more than a week before publication.
- A bare month ("in February", "early February") is the latest such month that starts on or before the
  publication date, or the next one in a future sentence. It is read against publication even when the text
  established another date just before.
- A weekday ("on Monday") is the most recent such day on or before publication, the publication day itself
  included; in a future sentence, or with "next", the first such day strictly after publication. "last
  Monday" is the most recent one strictly before publication.
- Chains ("four days later") resolve against the most recent day-precision value earlier in the document
  (month and year chains against the most recent value at month or year precision). A chain with nothing
  earlier to resolve against is left out rather than guessed.

The module is pure: :func:`ground` keeps its per-document state in local variables only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from chronicle.datelines import dateline_end
from chronicle.events import EventAnchor, resolve_event_anchors
from chronicle.holidays import holiday_date
from chronicle.lexicon import MONTH_ABBREVIATIONS, MONTH_PATTERN, MONTHS, WEEKDAYS
from chronicle.model import Anchor, Granularity, Modifier, TimeValue, Timex
from chronicle.numbers import NUMBER_WORDS
from chronicle.tense import Tense, clause_tense

__all__ = ["Grounded", "ground", "ground_document", "ground_text"]

_MONTHS_FULL = MONTHS
_MONTH_NUMBER: Mapping[str, int] = MappingProxyType(
    {
        **{name.lower(): i for i, name in enumerate(_MONTHS_FULL, start=1)},
        **{
            short.lower(): i
            for short in MONTH_ABBREVIATIONS
            for i, name in enumerate(_MONTHS_FULL, start=1)
            if name.startswith(short)
        },
    }
)

_WEEKDAY_NUMBER: Mapping[str, int] = MappingProxyType({name.lower(): i for i, name in enumerate(WEEKDAYS)})

# "a week ago", "three days later": small counts of time units, a/an included
_NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {"a": 1, "an": 1, **{word: value for word, value in NUMBER_WORDS.items() if value <= 12}}
)


def _ci(word: str) -> str:
    """A word whose first letter may be upper or lower case (``[Tt]oday``)."""
    return f"[{word[0].upper()}{word[0].lower()}]{word[1:]}"


def _alt(words: Sequence[str]) -> str:
    return "|".join(words)


_MONTH_FULL_RE = _alt(_MONTHS_FULL)
_MONTH_RE = MONTH_PATTERN
# Weekdays only in full: the short forms are words too ("Sun", "Wed", "Sat").
_WEEKDAY_RE = _alt(WEEKDAYS)
# Every month and weekday name (full or short) starts with its first three letters.
_CALENDAR_PREFIXES = _alt([name[:3] for name in (*MONTHS, *WEEKDAYS)])
_MONTH_PREFIXES = _alt([name[:3] for name in MONTHS])
_DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?![\d:])(?:st|nd|rd|th)?\b(?![-:.,]\d)"
_YEAR_RE = r"(?:1\d|20)\d\d(?!\w)(?![.,]\d)"
_SEP = r"(?:\s*,\s*|\s+)"
_WEEKDAY_PREFIX = rf"(?:(?:{_WEEKDAY_RE}){_SEP})?"
_MOD_RE = (
    rf"{_ci('early')}|{_ci('late')}|{_ci('mid')}|(?:{_ci('the')}\s+)?(?:end|beginning|start|middle)\s+of"
)
_NUMBER_RE = _alt([*(_ci(w) for w in sorted(_NUMBER_WORDS, key=len, reverse=True)), r"\d{1,3}"])
_REL_RE = _alt([_ci("last"), _ci("next"), _ci("this")])

# Every expression starts with one of these: a cheap lookahead that rejects most word starts at once.
_STARTERS = _alt(
    [
        r"\d",
        _CALENDAR_PREFIXES,
        "Easter|Good|Holy|Maundy|Palm|Ash|Pentecost|Whit|Christmas|Boxing|New|Valentine|Halloween|St|Thanksgiving",
        *(
            _ci(w)
            for w in (
                "the",
                "a",
                "early",
                "earlier",
                "late",
                "mid",
                "last",
                "next",
                "this",
                "yesterday",
                "today",
                "tomorrow",
                "tonight",
                "end",
                "beginning",
                "start",
                "middle",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
            )
        ),
    ]
)

_HOLIDAY_RE = (
    r"(?:Easter(?:\s+(?:Sunday|Monday|Saturday|Day))?|Good\s+Friday|Holy\s+(?:Thursday|Saturday)"
    r"|Maundy\s+Thursday|Palm\s+Sunday|Ash\s+Wednesday|Pentecost|Whit\s+(?:Sunday|Monday)"
    r"|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]?s\s+(?:Day|Eve)|Valentine['’]?s\s+Day"
    r"|Halloween|St\.?\s+Patrick['’]?s\s+Day|Thanksgiving(?:\s+Day)?)\b"
)
_EVENT_UNIT = r"(?:days?|weeks?|months?|years?|nights?)"

# One alternative per expression shape; the group name says what it resolves (see _HANDLERS).
_PATTERN = re.compile(
    rf"""
    \b(?={_STARTERS})(?:
      (?P<iso_date>(?P<iso_y>\d{{4}})(?P<iso_s>-|[ ](?=\d\d[ ]\d\d\s+\d{{1,2}}:\d\d))(?P<iso_m>\d\d)(?P=iso_s)
          (?P<iso_d>\d\d)(?![\d]))
    | (?P<numeric_date>(?:(?P<num_y1>(?:1[89]|20)\d\d)(?P<num_s1>[./])(?P<num_a1>\d{{1,2}})(?P=num_s1)
          (?P<num_b1>\d{{1,2}})
        | (?P<num_a2>\d{{1,2}})(?P<num_s2>[./-])(?P<num_b2>\d{{1,2}})(?P=num_s2)(?P<num_y2>(?:1[89]|20)\d\d))
        (?![\w/-])(?![.]\d))
    | (?P<years_ago_on>(?P<yao_n>{_NUMBER_RE})\s+years?\s+ago\s*(?:,\s*)?(?:on|in)?\s*(?:the\s+)?
        (?:(?P<yao_m1>{_MONTH_RE})\s+(?P<yao_d1>{_DAY_RE})
        |(?P<yao_d2>{_DAY_RE})\s+(?:of\s+)?(?P<yao_m2>{_MONTH_RE})))
    | (?P<month_day_year>{_WEEKDAY_PREFIX}(?P<mdy_m>{_MONTH_RE})\s+(?P<mdy_d>{_DAY_RE}){_SEP}
          (?P<mdy_y>{_YEAR_RE}))
    | (?P<day_month_year>{_WEEKDAY_PREFIX}(?:the\s+)?(?P<dmy_d>{_DAY_RE})\s+(?:of\s+)?(?P<dmy_m>{_MONTH_RE})
          {_SEP}(?P<dmy_y>{_YEAR_RE}))
    | (?P<month_day>{_WEEKDAY_PREFIX}(?P<md_m>{_MONTH_RE})\s+(?P<md_d>{_DAY_RE})
          (?:\s+(?P<md_ry>{_REL_RE})\s+year\b)?)
    | (?P<day_month>{_WEEKDAY_PREFIX}(?:the\s+)?(?P<dm_d>{_DAY_RE})\s+(?:of\s+)?(?P<dm_m>{_MONTH_RE})
          (?:\s+(?P<dm_ry>{_REL_RE})\s+year\b)?)
    | (?P<month_year>(?:(?P<my_mod>{_MOD_RE})[\s-]*)?(?P<my_m>{_MONTH_RE})(?:\s*,\s*|\s+|\s+of\s+)
          (?P<my_y>{_YEAR_RE}))
    | (?P<holiday>(?:(?P<hol_rel>{_REL_RE})\s+)?(?P<hol_name>{_HOLIDAY_RE})
          (?:(?:\s*,\s*|\s+)(?P<hol_y>{_YEAR_RE}))?
          (?:\s+(?:morning|afternoon|evening|night))?)
    | (?P<month>(?:(?P<mo_rel>{_REL_RE})\s+|(?P<mo_mod>{_MOD_RE})[\s-]*)?(?P<mo_m>{_MONTH_FULL_RE})\b
          (?:\s+(?P<mo_ry>{_REL_RE})\s+year\b)?)
    | (?P<part_of_year>(?P<ym_mod>{_MOD_RE})[\s-]*(?P<ym_y>{_YEAR_RE}))
    | (?P<weekday>(?:(?P<wd_rel>{_REL_RE})\s+)?(?P<wd_d>{_WEEKDAY_RE})\b
          (?:\s+(?:morning|afternoon|evening|night))?)
    | (?P<relative_day>(?P<rd_pre>{_ci("the")}\s+day\s+(?:before|after)\s+)?
          (?P<rd_w>{_ci("yesterday")}|{_ci("today")}|{_ci("tomorrow")}|{_ci("tonight")}
          |{_ci("last")}\s+night|{_ci("this")}\s+(?:morning|afternoon|evening))
          (?:\s+(?:morning|afternoon|evening|night))?)
    | (?P<weekend>(?P<we_rel>{_ci("the")}|{_ci("this")})\s+weekend\b)
    | (?P<relative_unit>(?:(?P<ru_mod>{_MOD_RE})\s+)?
          (?P<ru_rel>{_REL_RE}|{_ci("earlier")}\s+this|{_ci("later")}\s+this
          |{_ci("the")}\s+(?:previous|following|next|same|prior|preceding))
          \s+(?P<ru_u>weekend|week|month|year|day|morning|afternoon|evening|night)\b)
    | (?P<part_of_unit>(?:(?P<rw_mod>{_MOD_RE})\s+)the\s+(?P<rw_u>week|month|year)\b)
    | (?P<event_relative>(?:(?P<ev_n>{_NUMBER_RE})\s+(?P<ev_u>{_EVENT_UNIT})
          |{_ci("the")}\s+(?P<ev_u1>day|night|week|month|year))
          \s+(?P<ev_dir>before|after)\s+(?P<ev_what>(?!(?:yesterday|tomorrow|that|this|next|last)\b)
          (?:the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+)?[A-Za-z][\w'’-]*
          (?:\s+(?!(?:and|but|in|on|at|to|with|from|by|for|when|while|as)\b)[A-Za-z][\w'’-]*){{0,4}}))
    | (?P<offset>(?P<of_n>{_NUMBER_RE})\s+(?P<of_u>days?|weeks?|months?|years?|decades?(?=\s+ago\b))\s+
          (?P<of_dir>ago|later|earlier|before|after|afterwards?|previously)\b)
    | (?P<event_day>{_ci("the")}\s+(?:very\s+)?day\s+(?:that\s+)?
          (?P<ed_what>(?:he|she|they|we|I)\s+(?:was\s+|were\s+)?(?P<ed_verb>[a-z]+)\b))
    | (?P<day_before_after>{_ci("the")}\s+(?:day|night)\s+(?P<dd_dir>before|after)\b)
    | (?P<year>{_YEAR_RE})\b
    )
    """,
    re.VERBOSE,
)

# Sentences without any of these cannot hold a temporal expression: skipped without running _PATTERN.
_PREFILTER = re.compile(
    rf"\d{{4}}|{_MONTH_PREFIXES}|day|night|week|month|year|ago|later|earlier"
    r"|before|after|[Tt]onight|[Tt]omorrow|[Tt]oday|morning|afternoon|evening|Easter|Christmas|Pentecost"
    r"|Halloween|Thanksgiving|Year|Day|\d[./]\d"
)

# a month or weekday named inside an event phrase: the event is dated there ("before dying January 4")
_DATE_IN_EVENT = re.compile(rf"\b(?:{_MONTH_RE}|{_WEEKDAY_RE})")

_AFTER_PREPOSITION = frozenset(
    {"in", "on", "since", "until", "till", "by", "of", "from", "through", "during", "before", "after"}
    | {"early", "late", "mid", "last", "next", "this", "between", "and", "to", "around", "throughout"}
)
_NAMED_DAY_PREFIX = frozenset({"Good", "Black", "Super", "Ash", "Palm", "Easter", "Cyber", "Bloody", "Holy"})
# A day and month naming a place or an event ("6 October Bridge"), not a date.
_NAME_AFTER_DAY = re.compile(
    r"\s+(?:Bridge|Street|St\b|Square|Avenue|Road|Movement|Stadium|University|City|War|Revolution|Club)\b"
)
_MONTH_AMBIGUOUS = frozenset({"may", "march"})
_UNIT_AFTER_YEAR = re.compile(
    r"\s*(?:%|percent|people|barrels|troops|soldiers|cases|dead|deaths|GMT|BST|EST|EDT|ET|UTC|hours|hrs|km"
    r"|miles|meters|metres|feet|tons|tonnes|points|votes|members|workers|residents|children|dollars|euros"
    r"|pounds|acres)\b"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")

_NAME_AFTER_HOLIDAY = re.compile(r"\s+(?:[A-Z][a-z]+|tree|trees|card|cards|shopping|market|markets|party)\b")
_VERSION_WORDS = frozenset({"version", "v", "ver", "release", "build", "firmware", "update", "no", "number"})

# "February , March and April": a month in a list of months
_IN_MONTH_LIST = re.compile(rf"(?:{_MONTH_FULL_RE})\s*,\s*$")

# A live page's entry stamp ("-LRB- Update 2:04 p.m. Cairo , 7:04 a.m. ET -RRB-", "(Update 12:24 a.m.
# Monday"): the page grows for a day or two after the date it carries.
_LIVE_UPDATE = re.compile(r"(?:\(|-LRB-)\s*Update\s+\d{1,2}[:.]\d\d\s*[ap]\.?\s?m\b", re.IGNORECASE)
_LIVE_AHEAD_DAYS = 2  # on a live page a bare weekday this few days after its date is that coming day
# 24-hour times: "1100", "2055"
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_NEAR_TIME_BEFORE = re.compile(r"\b(?:shortly|just|soon|sometime)\s+(?:after|before)\s+$", re.IGNORECASE)
# A live page's entries opening with their time ("2144 Veteran NBC news anchor ...", "1943 US military ..."):
# at least this many lines open with a 24-hour time and a capitalised word
_ENTRY_TIME = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d(?=\s+[A-Z])", re.MULTILINE)
_MIN_ENTRY_TIMES = 3
_ENTRY_CLOCK = re.compile(
    r"^[ \t]*(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|BST|CET|CEST|UTC|[ECMP][SD]?T))?"
    r"|(?:[01]\d|2[0-3])[0-5]\d)(?=\s+[A-Z\"“‘])",
    re.MULTILINE,
)
_PROGRAMME_AFTER = re.compile(r"\s+(?:program(?:me)?s?|show)\b", re.IGNORECASE)
# "since unrest began Tuesday": a weekday counted from is past
_SINCE_BEFORE = re.compile(r"\bsince(?:\s+[\w'’]+){0,3}\s+$", re.IGNORECASE)
# "Monday-morning quarterbacking": an idiom, not a day
_NOT_A_DAY_AFTER_WEEKDAY = re.compile(r"[\s-]*(?:morning\s+)?quarterback", re.IGNORECASE)

_MONTH_GRACE_DAYS = 31  # a day without a year may lie this far after publication in a past reading
_FUTURE_SLACK_DAYS = 7  # ... and this far before it in a future reading
_FUTURE_HORIZON_DAYS = 183  # ... but no further ahead than this (else the past reading)


class _NeedsDay(Exception):
    """The expression needs the publication day, which the page does not give (a month-only date)."""


@dataclass(frozen=True)
class _State:
    """What the text has established so far: the values chains resolve against, and the order of numeric
    dates ("day first" once the text wrote 30/10/2022)."""

    day: TimeValue | None = None
    month: TimeValue | None = None
    year: TimeValue | None = None
    day_first: bool | None = None

    def after(self, value: TimeValue) -> _State:
        if value.granularity is Granularity.DAY:
            return _State(value, TimeValue(value.year, value.month), TimeValue(value.year), self.day_first)
        if value.granularity is Granularity.MONTH:
            return _State(self.day, TimeValue(value.year, value.month), TimeValue(value.year), self.day_first)
        if value.granularity is Granularity.YEAR:
            return _State(self.day, self.month, TimeValue(value.year), self.day_first)
        return self


@dataclass(frozen=True)
class _Grounding:
    value: TimeValue
    anchor: Anchor
    anchor_value: TimeValue | None
    future: bool
    day_first: bool | None = None  # a numeric date that shows the text's day/month order


@dataclass(frozen=True)
class Grounded:
    """The expressions of each sentence, and how many expressions were left ungrounded because they need
    the publication day and the page gives only its month."""

    timexes: tuple[tuple[Timex, ...], ...]
    ungrounded: int = 0


def ground_text(text: str, published: dt.date) -> tuple[Timex, ...]:
    """The temporal expressions of ``text`` taken as one sentence."""
    return ground(text, ((0, len(text)),), published)[0]


def ground(
    text: str, sentences: Sequence[tuple[int, int]], published: dt.date
) -> tuple[tuple[Timex, ...], ...]:
    """For each sentence span (start, end offsets into ``text``, in document order), its temporal expressions.

    ``Timex.start``/``end`` are offsets into ``text``; ``text[t.start:t.end] == t.text``. Spans outside the
    text are clipped to it. Never raises on odd text.
    """
    return ground_document(text, sentences, published).timexes


def ground_document(
    text: str,
    sentences: Sequence[tuple[int, int]],
    published: dt.date,
    precision: Granularity = Granularity.DAY,
) -> Grounded:
    """:func:`ground` for a publication date known to ``precision``: with ``Granularity.MONTH``,
    ``published`` is any day of the month; expressions that need the day ("yesterday", "on Monday", "last
    week") are left out and counted."""
    if precision is Granularity.MONTH:
        published = published.replace(day=1)
    state = _State()
    size = len(text)
    entry_times = frozenset(m.start() for m in _ENTRY_TIME.finditer(text))
    if len(entry_times) < _MIN_ENTRY_TIMES:
        entry_times = frozenset()
    # a live page's entries follow its first update stamp, or its first entry time when three or more lines
    # open with one ("2144 Veteran NBC news anchor ...", "14:05 BST The cardinals ...")
    first_update = _LIVE_UPDATE.search(text)
    live_from = first_update.start() if first_update is not None else size + 1
    entry_clocks = [
        m.start() for m, _ in zip(_ENTRY_CLOCK.finditer(text), range(_MIN_ENTRY_TIMES), strict=False)
    ]
    if len(entry_clocks) >= _MIN_ENTRY_TIMES:
        live_from = min(live_from, entry_clocks[0])
    result: list[list[Timex]] = []
    pending: list[EventAnchor] = []
    ungrounded = 0
    for index, (raw_start, raw_end) in enumerate(sentences):
        start = min(max(raw_start, 0), size)
        end = min(max(raw_end, start), size)
        found: list[Timex] = []
        result.append(found)
        if _PREFILTER.search(text, start, end) is None:
            continue
        position = start
        while (match := _PATTERN.search(text, position, end)) is not None:
            position = max(match.end(), position + 1)
            if match.lastgroup == "event_day":
                # "on the day he died": the day of an event the text dates elsewhere
                # (a death only, dated in full elsewhere: other events named so are mostly undated)
                if match.group("ed_verb") == "died":
                    what = match.group("ed_what")
                    pending.append(
                        EventAnchor(index, match.start(), match.end(), "day", 0, what, explicit=True)
                    )
                continue
            if match.lastgroup == "event_relative":
                what = match.start("ev_what")
                if _DATE_IN_EVENT.search(text, what, match.end()) is None:
                    pending.append(_event_anchor(match, index))
                else:
                    # "three weeks before dying January 4", "11 weeks after it was capped July 15": the
                    # event is dated right here; that date is read, the count from it is not guessed
                    position = what
                continue
            dated = None
            if (
                match.lastgroup == "weekday"
                and found
                and found[0].value.granularity is Granularity.DAY
                and found[0].end <= start + dateline_end(text[start:end])
            ):
                # "NEW YORK , Sept. 29 -- ... Monday , stocks fell": weekdays count from the dateline's day
                dated = found[0].value
            context = _Context(
                match,
                text,
                start,
                end,
                published,
                state,
                precision,
                live=match.start() > live_from,
                dateline=dated,
                entry_times=entry_times,
            )
            try:
                grounding = _resolve(context)
            except _NeedsDay:
                ungrounded += 1
                continue
            if grounding is None:
                continue
            state = state.after(grounding.value)
            if grounding.day_first is not None:
                state = replace(state, day_first=grounding.day_first)
            found.append(
                Timex(
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    value=grounding.value,
                    anchor=grounding.anchor,
                    anchor_value=grounding.anchor_value,
                    future=grounding.future,
                )
            )
    if pending:
        latest = published if precision is Granularity.DAY else _month_end(published)
        for index, timex in resolve_event_anchors(text, sentences, result, pending, latest):
            result[index].append(timex)
            result[index].sort(key=lambda t: t.start)
    return Grounded(tuple(tuple(found) for found in result), ungrounded)


def _event_anchor(match: re.Match[str], sentence: int) -> EventAnchor:
    number_text = (match.group("ev_n") or "").lower()
    if not number_text:
        number = 1
    else:
        number = _NUMBER_WORDS[number_text] if number_text in _NUMBER_WORDS else int(number_text)
    unit = (match.group("ev_u") or match.group("ev_u1") or "day").lower().rstrip("s")
    sign = -1 if match.group("ev_dir").lower() == "before" else 1
    return EventAnchor(
        sentence=sentence,
        start=match.start(),
        end=match.end(),
        unit="day" if unit == "night" else unit,
        delta=sign * number,
        event=match.group("ev_what"),
    )


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


# --- resolution ------------------------------------------------------------------------------------------


def _resolve(context: _Context) -> _Grounding | None:
    kind = context.match.lastgroup
    if kind is None:  # pragma: no cover - every alternative is a named group
        return None
    try:
        return _HANDLERS[kind](context)
    except (ValueError, OverflowError):  # an impossible date ("February 30", year 0): no expression
        return None


@dataclass(frozen=True)
class _Context:
    match: re.Match[str]
    text: str
    sentence_start: int
    sentence_end: int
    published: dt.date  # the first day of the month when only the month is known
    state: _State
    precision: Granularity = Granularity.DAY
    live: bool = False  # in a live page's entries, updated after the page's date (see _LIVE_UPDATE)
    dateline: TimeValue | None = None  # the day the sentence's dateline gives
    entry_times: frozenset[int] = frozenset()  # where a live page's entry times stand (see _ENTRY_TIME)

    def group(self, name: str) -> str | None:
        return self.match.group(name)

    def need(self, name: str) -> str:
        value = self.match.group(name)
        if value is None:  # pragma: no cover - the pattern guarantees the group
            raise ValueError(f"group {name} did not match")
        return value

    def need_day(self) -> None:
        if self.precision is not Granularity.DAY:
            raise _NeedsDay

    @property
    def latest(self) -> dt.date:
        """The latest day the page may have been published on."""
        return self.published if self.precision is Granularity.DAY else _month_end(self.published)

    @property
    def pub(self) -> TimeValue:
        if self.precision is Granularity.DAY:
            return TimeValue.of_date(self.published)
        return TimeValue(self.published.year, self.published.month)

    @property
    def future(self) -> bool:
        """The expression's own clause speaks of the future (:func:`chronicle.tense.clause_tense`)."""
        tense = clause_tense(
            self.text, self.match.start(), self.match.end(), self.sentence_start, self.sentence_end
        )
        return tense is Tense.FUTURE

    def word_before(self) -> str:
        window = self.text[max(self.sentence_start, self.match.start() - 30) : self.match.start()]
        found = _WORD_BEFORE.search(window)
        return found.group(1) if found else ""

    def absolute(self, value: TimeValue, day_first: bool | None = None) -> _Grounding:
        return _Grounding(value, Anchor.ABSOLUTE, None, value.first_day > self.latest, day_first)

    def relative(self, value: TimeValue, future: bool) -> _Grounding:
        # a future clause about a day already past ("June 2 - BP continues work on a plan to ...") reports
        ahead = future and value.last_day >= self.published
        return _Grounding(value, Anchor.PUBLICATION, self.pub, ahead or value.first_day > self.latest)

    def chained(self, value: TimeValue, anchor: TimeValue) -> _Grounding:
        return _Grounding(value, Anchor.PREVIOUS, anchor, value.first_day > self.latest)


def _month_number(name: str) -> int:
    return _MONTH_NUMBER[name.rstrip(".").lower()]


def _day(token: str) -> int:
    return int(token.rstrip("stndrh"))


def _modifier(token: str | None) -> Modifier:
    if not token:
        return Modifier.NONE
    lowered = token.lower()
    if lowered.startswith(("early", "beginning", "start", "the beginning", "the start")):
        return Modifier.START
    if lowered.startswith(("mid", "middle", "the middle")):
        return Modifier.MID
    return Modifier.END


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _add_days(day: dt.date, delta: int) -> dt.date:
    return day + dt.timedelta(days=delta)


def _iso_date(c: _Context) -> _Grounding:
    return c.absolute(TimeValue(int(c.need("iso_y")), int(c.need("iso_m")), int(c.need("iso_d"))))


def _numeric_date(c: _Context) -> _Grounding | None:
    """26.04.2025, 2025/04/14, 30/10/2022, 04/05/2025: day first unless the numbers or the text say
    otherwise; a numbered notice ("2022/10/02-117") or a version ("Version 2.10.2022") is no date."""
    if c.text[c.match.start() - 1 : c.match.start()] in ("-", "/", ".", "v") or c.word_before().lower() in (
        _VERSION_WORDS
    ):
        return None
    if c.group("num_y1"):
        return c.absolute(TimeValue(int(c.need("num_y1")), int(c.need("num_a1")), int(c.need("num_b1"))))
    a, b, year = int(c.need("num_a2")), int(c.need("num_b2")), int(c.need("num_y2"))
    separator = c.need("num_s2")
    if a > 12 and b <= 12:
        return c.absolute(TimeValue(year, b, a), day_first=True if separator == "/" else None)
    if b > 12 and a <= 12:
        return c.absolute(TimeValue(year, a, b), day_first=False if separator == "/" else None)
    if a > 12 or b > 12:
        return None
    if separator != "/" or c.state.day_first is not False:
        # dots and dashes are day first; a slashed date is day first unless the text wrote month first
        # (a US page writes 04/15/2025 somewhere): when it did not say, the reading nearer publication wins
        if separator == "/" and c.state.day_first is None:
            return _nearer_reading(c, year, a, b)
        return c.absolute(TimeValue(year, b, a))
    return c.absolute(TimeValue(year, a, b))


def _nearer_reading(c: _Context, year: int, a: int, b: int) -> _Grounding:
    limit = _add_days(c.latest, _MONTH_GRACE_DAYS)
    day_first, month_first = dt.date(year, b, a), dt.date(year, a, b)
    readings = [d for d in (day_first, month_first) if d <= limit] or [day_first]
    return c.absolute(TimeValue.of_date(min(readings, key=lambda d: abs((c.latest - d).days))))


def _years_ago_on(c: _Context) -> _Grounding:
    """ "80 years ago on May 8th": the day and month in the year the count gives."""
    number_text = c.need("yao_n").lower()
    number = _NUMBER_WORDS[number_text] if number_text in _NUMBER_WORDS else int(number_text)
    month = _month_number(c.group("yao_m1") or c.need("yao_m2"))
    day = _day(c.group("yao_d1") or c.need("yao_d2"))
    value = TimeValue(c.published.year - number, month, day)
    return c.relative(value, False)


def _month_day_year(c: _Context) -> _Grounding:
    return c.absolute(TimeValue(int(c.need("mdy_y")), _month_number(c.need("mdy_m")), _day(c.need("mdy_d"))))


def _day_month_year(c: _Context) -> _Grounding:
    return c.absolute(TimeValue(int(c.need("dmy_y")), _month_number(c.need("dmy_m")), _day(c.need("dmy_d"))))


_YEAR_DELTA: Mapping[str, int] = MappingProxyType({"last": -1, "this": 0, "next": 1})


def _nearest_year(c: _Context, candidates: Sequence[dt.date]) -> tuple[dt.date | None, bool]:
    """The reading of a day without a year: the latest one no more than a month after publication, or in
    a future clause the earliest one no more than a week before it."""
    future = c.future
    if future:
        later = [d for d in candidates if d >= _add_days(c.published, -_FUTURE_SLACK_DAYS)]
        ahead = min(later) if later else None
        if ahead is not None and ahead <= _add_days(c.latest, _FUTURE_HORIZON_DAYS):
            return ahead, True
        # "would create a zone ... after the April 20 blowout" in a September page: a bare day more than
        # half a year ahead is far rarer in news than a past day inside a clause the tense check calls future
    earlier = [d for d in candidates if d <= _add_days(c.latest, _MONTH_GRACE_DAYS)]
    return (max(earlier) if earlier else None), False


def _day_without_year(c: _Context, month: int, day: int, year_rel: str | None) -> _Grounding | None:
    if _NAME_AFTER_DAY.match(c.text, c.match.end()):
        return None
    if year_rel:  # "25 June last year"
        delta = _YEAR_DELTA[year_rel.lower()]
        return c.relative(TimeValue(c.published.year + delta, month, day), delta > 0)
    year = _year_of_noun(c)
    if year is not None:  # "the 8 May final in 2019"
        return c.absolute(TimeValue(year, month, day))
    candidates = [
        dt.date(year, month, day)
        for year in (c.published.year - 1, c.published.year, c.published.year + 1)
        if 1 <= year <= 9999 and day <= calendar.monthrange(year, month)[1]
    ]
    chosen, future = _nearest_year(c, candidates)
    if chosen is None:
        return None
    return c.relative(TimeValue.of_date(chosen), future)


# "the New Year's Day concert in 2020": a day named as an attribute of a noun whose year follows
_NOUN_IN_YEAR = re.compile(
    r"(?:\s+(?!(?:than|as|and|or|but|was|were|is|are|had|has)\b)[a-z][a-z'’-]*){0,2}\s+in\s+((?:1[89]|20)\d\d)\b"
)


def _year_of_noun(c: _Context) -> int | None:
    found = _NOUN_IN_YEAR.match(c.text, c.match.end(), c.sentence_end)
    return int(found.group(1)) if found else None


def _month_day(c: _Context) -> _Grounding | None:
    return _day_without_year(c, _month_number(c.need("md_m")), _day(c.need("md_d")), c.group("md_ry"))


def _day_month(c: _Context) -> _Grounding | None:
    return _day_without_year(c, _month_number(c.need("dm_m")), _day(c.need("dm_d")), c.group("dm_ry"))


def _month_year(c: _Context) -> _Grounding:
    value = TimeValue(
        int(c.need("my_y")), _month_number(c.need("my_m")), modifier=_modifier(c.group("my_mod"))
    )
    return c.absolute(value)


def _holiday(c: _Context) -> _Grounding | None:
    """ "Easter Monday", "Christmas Eve", "New Year's Day 2020", "last Christmas": the holiday's day."""
    name = c.need("hol_name")
    rel = (c.group("hol_rel") or "").lower()
    bare = name.lower() in ("easter", "christmas", "thanksgiving", "pentecost", "halloween")
    if not rel and not c.group("hol_y"):
        if _NAME_AFTER_HOLIDAY.match(c.text, c.match.end()) and c.word_before().lower() not in ("on", "by"):
            return None  # "Good Friday Agreement", "Christmas Island", "Easter Rising", "Christmas shopping"
        if bare and c.word_before().lower() not in _AFTER_PREPOSITION | {"over", "at", "for"}:
            return None
    year = int(c.need("hol_y")) if c.group("hol_y") else None if rel else _year_of_noun(c)
    if year is not None:
        day = holiday_date(name, year)
        return c.absolute(TimeValue.of_date(day)) if day else None
    years = range(c.published.year - 1, c.published.year + 2)
    days = [d for d in (holiday_date(name, y) for y in years) if d is not None]
    if rel == "last":
        before = [d for d in days if d < c.published]
        return c.relative(TimeValue.of_date(max(before)), False) if before else None
    if rel == "next":
        after = [d for d in days if d > c.latest]
        return c.relative(TimeValue.of_date(min(after)), True) if after else None
    chosen, future = _nearest_year(c, days)
    return c.relative(TimeValue.of_date(chosen), future) if chosen else None


def _month(c: _Context) -> _Grounding | None:
    name = c.need("mo_m")
    rel = (c.group("mo_rel") or "").lower()
    modifier = _modifier(c.group("mo_mod"))
    if (
        name.lower() in _MONTH_AMBIGUOUS
        and not rel
        and modifier is Modifier.NONE
        and c.word_before().lower() not in _AFTER_PREPOSITION
        and not _IN_MONTH_LIST.search(c.text, max(c.sentence_start, c.match.start() - 14), c.match.start())
    ):
        return None  # "may be", "March on": a month only after a preposition ("in May", "since March")
    month = _month_number(name)
    pub = c.published
    year_rel = c.group("mo_ry")
    if year_rel:  # "June last year"
        delta = _YEAR_DELTA[year_rel.lower()]
        return c.relative(TimeValue(pub.year + delta, month, modifier=modifier), delta > 0)
    future = rel == "next" or (rel != "last" and c.future)
    if rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif future:
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return c.relative(TimeValue(year, month, modifier=modifier), future)


def _part_of_year(c: _Context) -> _Grounding:
    return c.absolute(TimeValue(int(c.need("ym_y")), modifier=_modifier(c.group("ym_mod"))))


def _weekday(c: _Context) -> _Grounding | None:
    name = c.need("wd_d")
    rel = (c.group("wd_rel") or "").lower()
    if not rel:
        if c.word_before() in _NAMED_DAY_PREFIX:  # "Good Friday", "Super Tuesday": named days
            return None
        follower = c.text[c.match.end() : min(len(c.text), c.match.end() + 2)]
        if (
            len(follower) == 2
            and follower[0] == " "
            and follower[1].isupper()
            and c.word_before().lower() not in {"on", "since", "until", "by", "from"}
        ):
            return None  # "Sunday Times": a name, unless clearly a date ("on Sunday Mubarak ...")
        if _NOT_A_DAY_AFTER_WEEKDAY.match(c.text, c.match.end(), c.sentence_end):
            return None
    c.need_day()
    weekday = _WEEKDAY_NUMBER[name.lower()]
    pub = c.published
    if c.dateline is not None and c.dateline.first_day <= pub:
        # "HOUSTON , April 29 -LRB- Reuters -RRB- -- ... expected to hit on Friday ..., officials said on
        # Thursday": the story was written on its dateline's day, whatever page carries it later
        pub = c.dateline.first_day
    future = rel == "next" or (rel != "last" and c.future)
    if rel == "next":
        day = _add_days(pub, (weekday - pub.weekday() - 1) % 7 + 1)
    elif future:
        day = _add_days(pub, (weekday - pub.weekday()) % 7)
    elif rel == "last":
        day = _add_days(pub, -((pub.weekday() - weekday - 1) % 7 + 1))
    else:
        back = (pub.weekday() - weekday) % 7
        day = _add_days(pub, -back)
        if (
            c.live
            and back >= 7 - _LIVE_AHEAD_DAYS
            and not _SINCE_BEFORE.search(c.text, max(c.sentence_start, c.match.start() - 60), c.match.start())
        ):
            # a live page's later entries: "said Monday" on a page dated Sunday is the next day, not six
            # days back ("since unrest began Tuesday" stays in the past)
            day = _add_days(day, 7)
    return c.relative(TimeValue.of_date(day), future)


_RELATIVE_DAYS: Mapping[str, int] = MappingProxyType(
    {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}
)


def _relative_day(c: _Context) -> _Grounding | None:
    """ "yesterday", "today", "tomorrow", "tonight", "last night", "this morning", "the day after"..."""
    c.need_day()
    word = " ".join(c.need("rd_w").lower().split())
    if word == "today" and (
        c.word_before() == "USA"
        or (c.match.group()[0] == "T" and _PROGRAMME_AFTER.match(c.text, c.match.end()))
    ):
        return None  # "USA Today": a newspaper; "the Today programme", "NBC 's Today show": a broadcast
    offset = _RELATIVE_DAYS.get(word, 0)
    prefix = (c.group("rd_pre") or "").lower()
    if prefix:
        offset += -1 if "before" in prefix else 1
    day = _add_days(c.published, offset)
    return c.relative(TimeValue.of_date(day), offset > 0)


def _unit_value(unit: str, delta: int, base: dt.date, modifier: Modifier = Modifier.NONE) -> TimeValue:
    if unit == "day":
        return TimeValue.of_date(_add_days(base, delta))
    if unit in ("week", "weekend"):
        return TimeValue.of_week(_add_days(base, 7 * delta))
    if unit == "month":
        year, month = _add_months(base.year, base.month, delta)
        return TimeValue(year, month, modifier=modifier)
    return TimeValue(base.year + delta, modifier=modifier)


_CHAIN_DELTA: Mapping[str, int] = MappingProxyType(
    {"previous": -1, "prior": -1, "preceding": -1, "following": 1, "next": 1, "same": 0}
)


def _relative_unit(c: _Context) -> _Grounding | None:
    """ "last week", "this month", "next year", "earlier this week", "the following day/morning"."""
    rel = " ".join(c.need("ru_rel").lower().split())
    unit = c.need("ru_u").lower()
    modifier = _modifier(c.group("ru_mod"))
    if unit in ("morning", "afternoon", "evening", "night"):
        if not rel.startswith("the "):
            return None
        unit = "day"
    if rel.startswith("the "):
        if c.text.startswith(" or ", c.match.end()):
            return None  # "in the next day or two": a span of time, not a date
        return _chain(c, unit, _CHAIN_DELTA[rel[4:]], modifier)
    if unit == "day":
        return None  # "last day", "this day": not a date
    if unit in ("week", "weekend"):
        c.need_day()
    delta = {"last": -1, "next": 1}.get(rel, 0)
    value = _unit_value(unit, delta, c.published, modifier)
    return c.relative(value, delta > 0 or rel == "later this")


def _chain(c: _Context, unit: str, delta: int, modifier: Modifier = Modifier.NONE) -> _Grounding | None:
    """Resolve ``delta`` units from what the text last established at the unit's precision."""
    state = c.state
    if unit in ("day", "week", "weekend"):
        anchor = state.day
    elif unit == "month":
        anchor = state.month
    else:
        anchor = state.year
    if anchor is None:
        return None
    value = _unit_value(unit, delta, anchor.first_day, modifier)
    return c.chained(value, anchor)


_WEEKEND_PREPOSITIONS = frozenset(
    {"over", "at", "during", "by", "before", "until", "till", "for", "through", "throughout", "on", "after"}
    | {"since"}
)
_SATURDAY = 5


def _weekend(c: _Context) -> _Grounding | None:
    """ "over the weekend", "by the weekend", "this weekend": the ISO week of the weekend's Saturday. In a
    past (or tenseless) clause the latest weekend begun by publication, in a future one the next. "this
    weekend" on a Monday is the one just ended; otherwise it lies ahead unless its clause is past."""
    this = c.need("we_rel").lower() == "this"
    if not this and c.word_before().lower() not in _WEEKEND_PREPOSITIONS:
        return None  # "the weekend edition", "enjoyed the weekend": not a date
    c.need_day()
    tense = clause_tense(c.text, c.match.start(), c.match.end(), c.sentence_start, c.sentence_end)
    if this:  # (a Sunday page's "this weekend" is today's)
        future = c.published.weekday() not in (0, 6) and tense is not Tense.PAST
    else:
        future = tense is Tense.FUTURE
    back = (c.published.weekday() - _SATURDAY) % 7
    saturday = _add_days(c.published, -back)
    if future and back:
        saturday = _add_days(saturday, 7)
    return c.relative(TimeValue.of_week(saturday), future)


def _part_of_unit(c: _Context) -> _Grounding:
    """ "the end of the year", "early in the month": the publication's week, month or year, modified."""
    unit = c.need("rw_u").lower()
    if unit == "week":
        c.need_day()
    value = _unit_value(unit, 0, c.published, _modifier(c.group("rw_mod")))
    return c.relative(value, c.future)


def _offset(c: _Context) -> _Grounding | None:
    """ "three days ago" (from publication), "four days later", "a week earlier" (from the last date)."""
    if c.text[c.match.start() - 1 : c.match.start()] == "-":
        return None  # "twenty-one days ago", "10-15 days": a number this rule does not read
    number_text = c.need("of_n").lower()
    number = _NUMBER_WORDS[number_text] if number_text in _NUMBER_WORDS else int(number_text)
    unit = c.need("of_u").lower().rstrip("s")
    if unit == "decade":  # "a decade ago": ten years
        unit, number = "year", 10 * number
    direction = c.need("of_dir").lower()
    if direction in ("before", "after") and _followed_by_word(c):
        return None  # "two days after the earthquake" without a grounded earthquake
    if direction == "later" and c.text.startswith(" than", c.match.end()):
        return None  # "two years later than planned": a delay, not a date
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if direction == "ago":
        if unit in ("day", "week"):
            c.need_day()
        return c.relative(_unit_value(unit, -number, c.published), False)
    state = c.state
    anchor = state.day if unit in ("day", "week") else state.month if unit == "month" else state.year
    if anchor is None:
        return None
    base = anchor.first_day
    if unit == "week":
        value = TimeValue.of_date(_add_days(base, 7 * sign * number))
    else:
        value = _unit_value(unit, sign * number, base)
    return c.chained(value, anchor)


def _followed_by_word(c: _Context) -> bool:
    rest = c.text[c.match.end() : min(len(c.text), c.match.end() + 3)]
    return rest[:1] == " " and rest[1:2].isalnum()


def _day_before_after(c: _Context) -> _Grounding | None:
    """ "the day before", "the day after" with nothing after them: a chain from the last date."""
    if _followed_by_word(c):
        return None
    delta = -1 if c.need("dd_dir").lower() == "before" else 1
    return _chain(c, "day", delta)


def _year(c: _Context) -> _Grounding | None:
    year = int(c.need("year"))
    start = c.match.start()
    before = c.text[max(c.sentence_start, start - 2) : start]
    if before[-1:] in ("$", "#", "-", "/", ".", "£", "€") or before[-1:].isdigit():
        return None
    if before[-1:] == " " and before[:1] in ("$", "#", "£", "€"):
        return None  # "$ 2000" (PTB puts a space after the currency sign)
    if _UNIT_AFTER_YEAR.match(c.text, c.match.end()):
        return None
    if re.match(r"[/.-]\d", c.text[c.match.end() : c.match.end() + 2]):
        return None  # "2022/10/02-117": a reference number
    if year < 1900 and c.word_before().lower() not in _AFTER_PREPOSITION:
        return None
    if (
        year < 1900
        and _CLOCK.fullmatch(c.need("year"))
        and _NEAR_TIME_BEFORE.search(c.text, c.sentence_start, start)
    ):
        return None  # "stopped breathing shortly after 1100": a 24-hour time
    if start in c.entry_times:
        return None  # "2055 Harry Brown in Macau e-mails : ...": a live page's entry time
    return c.absolute(TimeValue(year))


_HANDLERS: Mapping[str, Callable[[_Context], _Grounding | None]] = MappingProxyType(
    {
        "iso_date": _iso_date,
        "numeric_date": _numeric_date,
        "years_ago_on": _years_ago_on,
        "month_day_year": _month_day_year,
        "day_month_year": _day_month_year,
        "month_day": _month_day,
        "day_month": _day_month,
        "month_year": _month_year,
        "holiday": _holiday,
        "month": _month,
        "part_of_year": _part_of_year,
        "weekday": _weekday,
        "relative_day": _relative_day,
        "weekend": _weekend,
        "relative_unit": _relative_unit,
        "part_of_unit": _part_of_unit,
        "offset": _offset,
        "day_before_after": _day_before_after,
        "year": _year,
    }
)
