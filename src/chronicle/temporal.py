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
from dataclasses import dataclass
from types import MappingProxyType

from chronicle.model import Anchor, Granularity, Modifier, TimeValue, Timex
from chronicle.numbers import NUMBER_WORDS

__all__ = ["ground", "ground_text"]

_MONTHS_FULL = (
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
_MONTH_NUMBER: Mapping[str, int] = MappingProxyType(
    {
        **{name.lower(): i for i, name in enumerate(_MONTHS_FULL, start=1)},
        **{name[:3].lower(): i for i, name in enumerate(_MONTHS_FULL, start=1)},
        "sept": 9,
    }
)

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUMBER: Mapping[str, int] = MappingProxyType({name.lower(): i for i, name in enumerate(_WEEKDAYS)})

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
_MONTH_RE = rf"(?:{_MONTH_FULL_RE}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
_WEEKDAY_RE = _alt(_WEEKDAYS)
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
        "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun",
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

_PATTERN = re.compile(
    rf"""
    \b(?={_STARTERS})(?:
      (?P<iso>(?P<iso_y>\d{{4}})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\d]))
    | (?P<mdy>{_WEEKDAY_PREFIX}(?P<mdy_m>{_MONTH_RE})\s+(?P<mdy_d>{_DAY_RE}){_SEP}(?P<mdy_y>{_YEAR_RE}))
    | (?P<dmy>{_WEEKDAY_PREFIX}(?:the\s+)?(?P<dmy_d>{_DAY_RE})\s+(?:of\s+)?(?P<dmy_m>{_MONTH_RE}){_SEP}
          (?P<dmy_y>{_YEAR_RE}))
    | (?P<md>{_WEEKDAY_PREFIX}(?P<md_m>{_MONTH_RE})\s+(?P<md_d>{_DAY_RE})
          (?:\s+(?P<md_ry>{_REL_RE})\s+year\b)?)
    | (?P<dm>{_WEEKDAY_PREFIX}(?:the\s+)?(?P<dm_d>{_DAY_RE})\s+(?:of\s+)?(?P<dm_m>{_MONTH_RE})
          (?:\s+(?P<dm_ry>{_REL_RE})\s+year\b)?)
    | (?P<my>(?:(?P<my_mod>{_MOD_RE})[\s-]*)?(?P<my_m>{_MONTH_RE})(?:\s*,\s*|\s+|\s+of\s+)
          (?P<my_y>{_YEAR_RE}))
    | (?P<mo>(?:(?P<mo_rel>{_REL_RE})\s+|(?P<mo_mod>{_MOD_RE})[\s-]*)?(?P<mo_m>{_MONTH_FULL_RE})\b
          (?:\s+(?P<mo_ry>{_REL_RE})\s+year\b)?)
    | (?P<ym>(?P<ym_mod>{_MOD_RE})[\s-]*(?P<ym_y>{_YEAR_RE}))
    | (?P<wd>(?:(?P<wd_rel>{_REL_RE})\s+)?(?P<wd_d>{_WEEKDAY_RE})\b
          (?:\s+(?:morning|afternoon|evening|night))?)
    | (?P<rd>(?P<rd_pre>{_ci("the")}\s+day\s+(?:before|after)\s+)?
          (?P<rd_w>{_ci("yesterday")}|{_ci("today")}|{_ci("tomorrow")}|{_ci("tonight")}
          |{_ci("last")}\s+night|{_ci("this")}\s+(?:morning|afternoon|evening))
          (?:\s+(?:morning|afternoon|evening|night))?)
    | (?P<ru>(?:(?P<ru_mod>{_MOD_RE})\s+)?
          (?P<ru_rel>{_REL_RE}|{_ci("earlier")}\s+this|{_ci("later")}\s+this
          |{_ci("the")}\s+(?:previous|following|next|same|prior|preceding))
          \s+(?P<ru_u>weekend|week|month|year|day|morning|night)\b)
    | (?P<rw>(?:(?P<rw_mod>{_MOD_RE})\s+)the\s+(?P<rw_u>week|month|year)\b)
    | (?P<of>(?P<of_n>{_NUMBER_RE})\s+(?P<of_u>days?|weeks?|months?|years?)\s+
          (?P<of_dir>ago|later|earlier|before|after|afterwards?|previously)\b)
    | (?P<dd>{_ci("the")}\s+(?:day|night)\s+(?P<dd_dir>before|after)\b)
    | (?P<yr>{_YEAR_RE})\b
    )
    """,
    re.VERBOSE,
)

# Sentences without any of these cannot hold a temporal expression: skipped without running _PATTERN.
_PREFILTER = re.compile(
    r"\d{4}|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|night|week|month|year|ago|later|earlier"
    r"|before|after|[Tt]onight|[Tt]omorrow|[Tt]oday"
)

# Words after which a future reading applies ("is to take place on 8 October", "will meet on Monday").
_FUTURE_CUE = re.compile(
    r"\b(?:will|wo\s+n't|'ll|shall|is\s+to|are\s+to|is\s+due|are\s+due|scheduled|expected\s+to|plans?\s+to"
    r"|planning\s+to|intends?\s+to|set\s+to|going\s+to|to\s+be\s+held|could|might|upcoming|postponed\s+until)\b",
    re.IGNORECASE,
)
# A past reporting verb between a future cue and the expression cancels the cue ("will ... said on Monday").
_PAST_CUE = re.compile(r"\b(?:said|says|told|was|were|had|did)\b")

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

_MONTH_GRACE_DAYS = 31  # a day without a year may lie this far after publication in a past reading
_FUTURE_SLACK_DAYS = 7  # ... and this far before it in a future reading
_FUTURE_WINDOW = 200  # characters before an expression searched for a future cue


@dataclass(frozen=True)
class _State:
    """What the text has established so far: the value chains resolve against."""

    day: TimeValue | None = None
    month: TimeValue | None = None
    year: TimeValue | None = None

    def after(self, value: TimeValue) -> _State:
        if value.granularity is Granularity.DAY:
            return _State(value, TimeValue(value.year, value.month), TimeValue(value.year))
        if value.granularity is Granularity.MONTH:
            return _State(self.day, TimeValue(value.year, value.month), TimeValue(value.year))
        if value.granularity is Granularity.YEAR:
            return _State(self.day, self.month, TimeValue(value.year))
        return self


@dataclass(frozen=True)
class _Grounding:
    value: TimeValue
    anchor: Anchor
    anchor_value: TimeValue | None
    future: bool


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
    state = _State()
    result: list[tuple[Timex, ...]] = []
    size = len(text)
    for raw_start, raw_end in sentences:
        start = min(max(raw_start, 0), size)
        end = min(max(raw_end, start), size)
        if _PREFILTER.search(text, start, end) is None:
            result.append(())
            continue
        found: list[Timex] = []
        for match in _PATTERN.finditer(text, start, end):
            grounding = _resolve(match, text, start, published, state)
            if grounding is None:
                continue
            state = state.after(grounding.value)
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
        result.append(tuple(found))
    return tuple(result)


# --- resolution ------------------------------------------------------------------------------------------


def _resolve(
    match: re.Match[str], text: str, sentence_start: int, published: dt.date, state: _State
) -> _Grounding | None:
    kind = match.lastgroup
    if kind is None:  # pragma: no cover - every alternative is a named group
        return None
    handler = _HANDLERS[kind]
    context = _Context(match, text, sentence_start, published, state)
    try:
        return handler(context)
    except (ValueError, OverflowError):  # an impossible date ("February 30", year 0): no expression
        return None


@dataclass(frozen=True)
class _Context:
    match: re.Match[str]
    text: str
    sentence_start: int
    published: dt.date
    state: _State

    def group(self, name: str) -> str | None:
        return self.match.group(name)

    def need(self, name: str) -> str:
        value = self.match.group(name)
        if value is None:  # pragma: no cover - the pattern guarantees the group
            raise ValueError(f"group {name} did not match")
        return value

    @property
    def pub(self) -> TimeValue:
        return TimeValue.of_date(self.published)

    @property
    def future(self) -> bool:
        """The sentence speaks of the future before the expression, with no past reporting verb between."""
        # A bounded look back keeps the cost linear on a huge "sentence"; a clause is shorter than this.
        before = self.text[max(self.sentence_start, self.match.start() - _FUTURE_WINDOW) : self.match.start()]
        last_cue_end = -1
        for cue in _FUTURE_CUE.finditer(before):
            last_cue_end = cue.end()
        if last_cue_end < 0:
            return False
        return _PAST_CUE.search(before, last_cue_end) is None

    def word_before(self) -> str:
        window = self.text[max(self.sentence_start, self.match.start() - 30) : self.match.start()]
        found = _WORD_BEFORE.search(window)
        return found.group(1) if found else ""

    def absolute(self, value: TimeValue) -> _Grounding:
        return _Grounding(value, Anchor.ABSOLUTE, None, value.first_day > self.published)

    def relative(self, value: TimeValue, future: bool) -> _Grounding:
        return _Grounding(value, Anchor.PUBLICATION, self.pub, future)

    def chained(self, value: TimeValue, anchor: TimeValue) -> _Grounding:
        return _Grounding(value, Anchor.PREVIOUS, anchor, value.first_day > self.published)


def _month(name: str) -> int:
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


def _with_modifier(value: TimeValue, modifier: Modifier) -> TimeValue:
    return TimeValue(value.year, value.month, value.day, modifier, value.week)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _add_days(day: dt.date, delta: int) -> dt.date:
    return day + dt.timedelta(days=delta)


def _iso(c: _Context) -> _Grounding:
    return c.absolute(TimeValue(int(c.need("iso_y")), int(c.need("iso_m")), int(c.need("iso_d"))))


def _mdy(c: _Context) -> _Grounding:
    return c.absolute(TimeValue(int(c.need("mdy_y")), _month(c.need("mdy_m")), _day(c.need("mdy_d"))))


def _dmy(c: _Context) -> _Grounding:
    return c.absolute(TimeValue(int(c.need("dmy_y")), _month(c.need("dmy_m")), _day(c.need("dmy_d"))))


_YEAR_DELTA: Mapping[str, int] = MappingProxyType({"last": -1, "this": 0, "next": 1})


def _day_without_year(c: _Context, month: int, day: int, year_rel: str | None) -> _Grounding | None:
    if _NAME_AFTER_DAY.match(c.text, c.match.end()):
        return None
    if year_rel:  # "25 June last year"
        delta = _YEAR_DELTA[year_rel.lower()]
        return c.relative(TimeValue(c.published.year + delta, month, day), delta > 0)
    future = c.future
    candidates: list[dt.date] = []
    for year in (c.published.year - 1, c.published.year, c.published.year + 1):
        if 1 <= year <= 9999 and day <= calendar.monthrange(year, month)[1]:
            candidates.append(dt.date(year, month, day))
    if future:
        later = [d for d in candidates if d >= _add_days(c.published, -_FUTURE_SLACK_DAYS)]
        chosen = min(later) if later else None
    else:
        earlier = [d for d in candidates if d <= _add_days(c.published, _MONTH_GRACE_DAYS)]
        chosen = max(earlier) if earlier else None
    if chosen is None:
        return None
    return c.relative(TimeValue.of_date(chosen), future)


def _md(c: _Context) -> _Grounding | None:
    return _day_without_year(c, _month(c.need("md_m")), _day(c.need("md_d")), c.group("md_ry"))


def _dm(c: _Context) -> _Grounding | None:
    return _day_without_year(c, _month(c.need("dm_m")), _day(c.need("dm_d")), c.group("dm_ry"))


def _my(c: _Context) -> _Grounding:
    value = TimeValue(int(c.need("my_y")), _month(c.need("my_m")), modifier=_modifier(c.group("my_mod")))
    return c.absolute(value)


def _mo(c: _Context) -> _Grounding | None:
    name = c.need("mo_m")
    rel = (c.group("mo_rel") or "").lower()
    modifier = _modifier(c.group("mo_mod"))
    if (
        name.lower() in _MONTH_AMBIGUOUS
        and not rel
        and modifier is Modifier.NONE
        and c.word_before().lower() not in _AFTER_PREPOSITION
    ):
        return None  # "may be", "March on": a month only after a preposition ("in May", "since March")
    month = _month(name)
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


def _ym(c: _Context) -> _Grounding:
    return c.absolute(TimeValue(int(c.need("ym_y")), modifier=_modifier(c.group("ym_mod"))))


def _wd(c: _Context) -> _Grounding | None:
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
    weekday = _WEEKDAY_NUMBER[name.lower()]
    pub = c.published
    future = rel == "next" or (rel != "last" and c.future)
    if rel == "next":
        day = _add_days(pub, (weekday - pub.weekday() - 1) % 7 + 1)
    elif future:
        day = _add_days(pub, (weekday - pub.weekday()) % 7)
    elif rel == "last":
        day = _add_days(pub, -((pub.weekday() - weekday - 1) % 7 + 1))
    else:
        day = _add_days(pub, -((pub.weekday() - weekday) % 7))
    return c.relative(TimeValue.of_date(day), future)


_RELATIVE_DAYS: Mapping[str, int] = MappingProxyType(
    {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}
)


def _rd(c: _Context) -> _Grounding:
    word = " ".join(c.need("rd_w").lower().split())
    offset = _RELATIVE_DAYS.get(word, 0)
    prefix = (c.group("rd_pre") or "").lower()
    if prefix:
        offset += -1 if "before" in prefix else 1
    day = _add_days(c.published, offset)
    return c.relative(TimeValue.of_date(day), offset > 0)


def _unit_value(
    c: _Context, unit: str, delta: int, base: dt.date, modifier: Modifier = Modifier.NONE
) -> TimeValue:
    if unit == "day":
        return TimeValue.of_date(_add_days(base, delta))
    if unit in ("week", "weekend"):
        return TimeValue.of_week(_add_days(base, 7 * delta))
    if unit == "month":
        year, month = _add_months(base.year, base.month, delta)
        return TimeValue(year, month, modifier=modifier)
    return TimeValue(base.year + delta, modifier=modifier)


def _ru(c: _Context) -> _Grounding | None:
    rel = " ".join(c.need("ru_rel").lower().split())
    unit = c.need("ru_u").lower()
    modifier = _modifier(c.group("ru_mod"))
    if unit in ("morning", "night"):
        if rel not in ("the next", "the following", "the previous", "the same", "the prior", "the preceding"):
            return None
        unit = "day"
    if rel.startswith("the "):
        if c.text.startswith(" or ", c.match.end()):
            return None  # "in the next day or two": a span of time, not a date
        return _chain(c, unit, _CHAIN_DELTA[rel[4:]], modifier)
    if unit == "day":
        return None  # "last day", "this day": not a date
    delta = {"last": -1, "next": 1}.get(rel, 0)
    value = _unit_value(c, unit, delta, c.published, modifier)
    future = delta > 0 or rel == "later this"
    return c.relative(value, future)


_CHAIN_DELTA: Mapping[str, int] = MappingProxyType(
    {"previous": -1, "prior": -1, "preceding": -1, "following": 1, "next": 1, "same": 0}
)


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
    value = _unit_value(c, unit, delta, anchor.first_day, modifier)
    return c.chained(value, anchor)


def _rw(c: _Context) -> _Grounding:
    """ "the end of the year", "early in the month": the publication's week, month or year, modified."""
    unit = c.need("rw_u").lower()
    value = _unit_value(c, unit, 0, c.published, _modifier(c.group("rw_mod")))
    return c.relative(value, c.future)


def _of(c: _Context) -> _Grounding | None:
    if c.text[c.match.start() - 1 : c.match.start()] == "-":
        return None  # "twenty-one days ago", "10-15 days": a number this rule does not read
    number_text = c.need("of_n").lower()
    number = _NUMBER_WORDS[number_text] if number_text in _NUMBER_WORDS else int(number_text)
    unit = c.need("of_u").lower().rstrip("s")
    direction = c.need("of_dir").lower()
    if direction in ("before", "after") and _followed_by_word(c):
        return None  # "two days after the earthquake": relative to an event, not to a date
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if direction == "ago":
        value = _unit_value(c, unit, -number, c.published)
        if unit == "day":
            return c.relative(value, False)
        return c.relative(value, False)
    state = c.state
    anchor = state.day if unit in ("day", "week") else state.month if unit == "month" else state.year
    if anchor is None:
        return None
    base = anchor.first_day
    if unit == "week":
        value = TimeValue.of_date(_add_days(base, 7 * sign * number))
    else:
        value = _unit_value(c, unit, sign * number, base)
    return c.chained(value, anchor)


def _followed_by_word(c: _Context) -> bool:
    rest = c.text[c.match.end() : min(len(c.text), c.match.end() + 3)]
    return rest[:1] == " " and rest[1:2].isalnum()


def _dd(c: _Context) -> _Grounding | None:
    if _followed_by_word(c):
        return None
    delta = -1 if c.need("dd_dir").lower() == "before" else 1
    return _chain(c, "day", delta)


def _yr(c: _Context) -> _Grounding | None:
    year = int(c.need("yr"))
    start = c.match.start()
    before = c.text[max(c.sentence_start, start - 2) : start]
    if before[-1:] in ("$", "#", "-", "/", ".", "£", "€") or before[-1:].isdigit():
        return None
    if before[-1:] == " " and before[:1] in ("$", "#", "£", "€"):
        return None  # "$ 2000" (PTB puts a space after the currency sign)
    if _UNIT_AFTER_YEAR.match(c.text, c.match.end()):
        return None
    if year < 1900 and c.word_before().lower() not in _AFTER_PREPOSITION:
        return None
    return c.absolute(TimeValue(year))


_HANDLERS: Mapping[str, Callable[[_Context], _Grounding | None]] = MappingProxyType(
    {
        "iso": _iso,
        "mdy": _mdy,
        "dmy": _dmy,
        "md": _md,
        "dm": _dm,
        "my": _my,
        "mo": _mo,
        "ym": _ym,
        "wd": _wd,
        "rd": _rd,
        "ru": _ru,
        "rw": _rw,
        "of": _of,
        "dd": _dd,
        "yr": _yr,
    }
)
