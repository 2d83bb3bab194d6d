"""Reading an answer of the asked kind out of one sentence, from chronicle's own annotations.

* **dates** are the sentence's grounded temporal expressions (:class:`~chronicle.model.Timex`), never
  re-parsed: "on April 5" in a page of April 14 is 2025-04-05, "four days later" follows the date before;
* **counts and quantities** are numbers with what follows them: "at least 163 Chinese nationals" (a count
  of nationals, at least 163), "$ 75,000" (money), "15km" (a length), "six months" (a duration), "7.0
  magnitude"; years, clock times and dates are not numbers here;
* **ages**: "the 34-year-old", "Jackson , 48 ,", "aged 84", "at the age of 50", "23-month-old";
* **names**: the people, places and organisations the entity stage finds (``sources.name_spans``).

Each candidate carries a *fit* in [0, 1]: how well its form matches the question (the counted noun is the
one asked about; the age is next to the person asked about; the name follows the role asked for: "Judge
Michael Pastor") times how close it sits to the question's words in the sentence.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from chronicle.ask.question import Question
from chronicle.ask.sources import Fact, NameSpan
from chronicle.ask.text import Stemmer, same_place, words
from chronicle.lexicon import (
    BASE_FORMS,
    DEMONYMS,
    FUNCTION_WORDS,
    MONTHS,
    PERSON_NOUNS,
    SCALES,
    UNITS,
    WEEKDAYS,
)
from chronicle.model import AnswerKind, EntityKind, Granularity, Modifier, Sentence, TimeValue, Timex
from chronicle.numbers import NUMBER_WORDS

__all__ = ["Candidate", "Reading", "ages", "dates", "facts", "has_kind", "names", "quantities", "value_text"]


@dataclass(frozen=True)
class Candidate:
    """A possible answer found in a sentence (offsets into the sentence text)."""

    kind: AnswerKind
    value: str  # normalised: ISO date, number, name
    text: str  # as shown to a reader
    start: int
    end: int
    fit: float
    granularity: Granularity | None = None
    unit: str | None = None
    low: float | None = None  # a number's range
    high: float | None = None
    role: float | None = None  # a name beside the asked role: 1 when its qualifier fits, less when not


class Reading:
    """One sentence read against one question: its words, stems, and where the question's words are.

    Nearness (:meth:`closeness`) weighs the question's content words fully and its names at a third: the
    names say which sentence to read, the other words (the event, the counted noun) which part of it. A
    name the sentence leaves to a pronoun ("on April 5, he was captured") sits where the pronoun is; a date
    the question names ("on December 28") sits where the sentence has a temporal expression of that day.
    """

    def __init__(self, sentence: Sentence, question: Question, stemmer: Stemmer) -> None:
        self.sentence = sentence
        self.text = sentence.text
        self.tokens = list(words(sentence.text))
        self.stems = [stemmer.stem(w) for _, _, w in self.tokens]
        weights: dict[str, float] = {}
        names: set[str] = set()
        # a name of several words counts once, at its nearest word ("Chang Renbo": one name, not two)
        self._unit = {stemmer.stem(w): " ".join(name) for name in question.names for w in name}
        for term in question.terms:
            if term.stem in question.date_words:
                continue  # matched as a whole date below
            weight = _NAME_SHARE * term.weight if term.name else term.weight
            if term.name:
                names.add(term.stem)
            weights[term.stem] = max(weights.get(term.stem, 0.0), weight)
            for synonym in stemmer.synonyms(term.stem):
                weights[synonym] = max(weights.get(synonym, 0.0), 0.7 * weight)
        capitals = [t for t in question.terms if t.capital]
        for _, _, word in self.tokens:
            for term in capitals:
                if same_place(term.word.capitalize(), word):
                    stem = stemmer.stem(word)
                    weights[stem] = max(weights.get(stem, 0.0), weights.get(term.stem, term.weight))
                    if term.name:
                        names.add(stem)
                        self._unit[stem] = self._unit.get(term.stem, term.stem)
        self._weights = weights
        self._names = names
        self._date_positions = [
            self.index_at(t.start - sentence.start)
            for t in sentence.timexes
            if any(_same_day(t, d) for d in question.dates)
        ]
        date_weight = _DATE_WEIGHT if question.dates else 0.0
        units = {self._unit.get(t.stem, t.stem): weights.get(t.stem, 0.0) for t in question.terms}
        self._total = (sum(units.values()) + date_weight) or 1.0
        present = set(self.stems)
        missing = [n for n in names if n not in present]
        self._pronoun_weight = max((weights[n] for n in missing), default=0.0)

    def index_at(self, offset: int) -> int:
        """The position of the first word starting at or after ``offset`` (sentence-relative)."""
        for i, (start, _, _) in enumerate(self.tokens):
            if start >= offset:
                return i
        return len(self.tokens)

    def _gap(self, a: int, b: int) -> int:
        """Clause boundaries (commas, semicolons, colons, dashes) between words ``a`` < ``b``."""
        between = self.text[self.tokens[a][1] : self.tokens[b][0]]
        return len(re.findall(r"[,;:]|\s[-–—]\s", between))

    def closeness(self, start: int, end: int, exclude: frozenset[str] = frozenset()) -> float:
        """How near the question's words sit to the span ``start:end``: 1 when they surround it, 0 when
        none is in the sentence (each word counted once, at its nearest occurrence; distance in words, a
        clause boundary counting as three more, a name after the span as two more)."""
        first = self.index_at(start)
        last = max(first, self.index_at(end) - 1)
        best: dict[str, float] = {}
        for i, s in enumerate(self.stems):
            weight = self._weights.get(s)
            key = self._unit.get(s, s)
            if weight is None and self._pronoun_weight and self.tokens[i][2].lower() in _PRONOUNS:
                weight, key = self._pronoun_weight, "\0pronoun"
            if weight is None and i in self._date_positions:
                weight, key = _DATE_WEIGHT, "\0date"
            if weight is None or s in exclude or first <= i <= last:
                continue
            if i < first:
                distance = first - i + 3 * self._gap(i, first)
            else:
                distance = i - last + 3 * self._gap(last, i) + (2 if s in self._names else 0)
            value = weight * math.exp(-(distance - 1) / 6.0)
            if value > best.get(key, 0.0):
                best[key] = value
        excluded = sum(self._weights.get(s, 0.0) for s in exclude if s in self._weights)
        return min(1.0, sum(best.values()) / max(self._total - excluded, 1e-9))

    def dated_elsewhere(self, start: int, end: int) -> bool:
        """Whether the question names a date and the span's nearest date in the sentence is another one
        ("arrived in Russia on December 24, and ... on December 28, he was in Rostov": asked about December
        28, "Russia" belongs to December 24)."""
        if not self._date_positions or len(self.sentence.timexes) < 2:
            return False
        first = self.index_at(start)
        last = max(first, self.index_at(end) - 1)
        nearest = None
        for timex in self.sentence.timexes:
            i = self.index_at(timex.start - self.sentence.start)
            if first <= i <= last:
                continue
            distance = first - i + 3 * self._gap(i, first) if i < first else i - last + 3 * self._gap(last, i)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, i)
        return nearest is not None and nearest[1] not in self._date_positions

    def words_near(self, start: int, end: int, before: int, after: int) -> list[str]:
        """Lower-case words within ``before`` words before and ``after`` words after the span."""
        first = self.index_at(start)
        last = self.index_at(end)
        return [w.lower() for _, _, w in self.tokens[max(0, first - before) : first]] + [
            w.lower() for _, _, w in self.tokens[last : last + after]
        ]


_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their"})
_NAME_SHARE = 0.35
_DATE_WEIGHT = 1.5


def _same_day(timex: Timex, asked: tuple[int | None, int | None, int | None]) -> bool:
    year, month, day = asked
    value = timex.value
    return (year is None or value.year == year) and value.month == month and (day is None or value.day == day)


def has_kind(question: Question, sentence: Sentence) -> bool:
    """Whether the sentence holds an expression of the asked kind at all (a quick test before reading)."""
    kind = question.kind
    if kind is AnswerKind.DATE:
        return bool(sentence.timexes)
    if kind is AnswerKind.AGE:
        return bool(_AGE.search(sentence.text) or _AGE_OTHER.search(sentence.text))
    if kind in (AnswerKind.COUNT, AnswerKind.QUANTITY):
        return bool(_ANY_NUMBER.search(sentence.text))
    if kind in (AnswerKind.PERSON, AnswerKind.PLACE, AnswerKind.ORGANIZATION):
        return bool(_INNER_CAPITAL.search(sentence.text))
    return True


_INNER_CAPITAL = re.compile(r"\S\s+[A-Z]")


def _blend(form: float, near: float) -> float:
    return form * (0.35 + 0.65 * near)


def _fit(reading: Reading, form: float, start: int, end: int, exclude: frozenset[str] = frozenset()) -> float:
    """A candidate's fit: its form, blended with nearness, and cut when it belongs to another date."""
    fit = _blend(form, reading.closeness(start, end, exclude))
    return fit * 0.4 if reading.dated_elsewhere(start, end) else fit


# ---------------------------------------------------------------------------------------------------------
# dates

_UPDATED = re.compile(
    r"^\W*(?:\d\d?:\d\d\s*)?(?:GMT|UK|ET|BST)?\s*(?:Last updated|Updated|Page last updated)", re.I
)
_LATER_WORDS = frozenset({"later", "after", "since", "earlier", "before", "ago"})


_FRESH = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|just\s+|finally\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ng|t)\b"
    r"|\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b",
    re.IGNORECASE,
)


def dates(question: Question, reading: Reading, published: dt.date | None = None) -> Iterator[Candidate]:
    """The sentence's grounded dates, fitted to the question.

    A sentence without a date that reports the event as news ("has been found guilty") yields its
    article's publication day, at a lower fit: that is when it was new, give or take a day.
    """
    sentence = reading.sentence
    if published is not None and not sentence.timexes and _FRESH.search(reading.text):
        day = TimeValue.of_date(published)
        form = 0.5 * _blend(1.0, reading.closeness(0, 0))
        yield Candidate(AnswerKind.DATE, day.iso, value_text(day), 0, 0, form, Granularity.DAY)
    for timex in sentence.timexes:
        if timex.future and not question.future:
            continue
        start, end = timex.start - sentence.start, timex.end - sentence.start
        after = reading.text[end : end + 40]
        if _UPDATED.match(after) or re.match(r"\W*\d\d?[:.]\d\d\b", after):
            continue  # a page's "7 November 2011 Last updated at 21:40 GMT" line
        granularity = timex.value.granularity
        if granularity is Granularity.WEEK:
            form = 0.4
        elif question.year_only:
            form = 1.0 if granularity is Granularity.YEAR else 0.9
        elif granularity is Granularity.YEAR:
            form = 0.75
        elif granularity is Granularity.MONTH:
            form = 0.85
        else:
            form = 1.0
        yield Candidate(
            kind=AnswerKind.DATE,
            value=timex.value.iso,
            text=date_text(timex),
            start=start,
            end=end,
            fit=_blend(form, reading.closeness(start, end)),
            granularity=granularity,
        )


def date_text(timex: Timex) -> str:
    """A date for a reader: "April 5, 2025", "early February 2025", "2025", "week 15 of 2025"."""
    return value_text(timex.value)


def value_text(value: TimeValue) -> str:
    """A calendar value for a reader (see :func:`date_text`)."""
    if value.week is not None:
        return f"week {value.week} of {value.year}"
    prefix = {Modifier.START: "early ", Modifier.MID: "mid-", Modifier.END: "late "}.get(value.modifier, "")
    if value.month is None:
        return f"{prefix}{value.year}"
    month = MONTHS[value.month - 1]
    if value.day is None:
        return f"{prefix}{month} {value.year}"
    return f"{month} {value.day}, {value.year}"


# ---------------------------------------------------------------------------------------------------------
# numbers

_QUALIFIER = (
    r"(?:at least|no fewer than|no less than|more than|over|upwards of|nearly|almost|close to|just under|"
    r"just over|fewer than|less than|under|up to|as many as|at most|about|around|approximately|roughly|"
    r"some|an estimated|estimated|between)"
)
_WORD_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:\s?,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_AMOUNT = (
    rf"(?:{_DIGITS}|(?:{_WORD_NUMBER})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a dozen|dozens"
    r"|an?(?=\s+(?:second|minute|hour|day|week|fortnight|month|year|decade|century)\b))"
)
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|m|k|tn)"
_CURRENCY = r"(?:US\$|\$|£|€|#|Rs\.?|USD|GBP|EUR)"
_NUMBER = re.compile(
    rf"(?<![\w.,/:-])(?:(?P<qual>{_QUALIFIER})\s+)?(?P<cur>{_CURRENCY})?\s?(?P<num>{_AMOUNT})"
    rf"(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"(?:\s?(?:-|to|and)\s?(?P<cur2>{_CURRENCY})?\s?(?P<num2>{_DIGITS})(?:\s?(?P<scale2>{_SCALE})\b)?)?"
    r"(?![\w]*-(?:year|month|week|day)s?-old)",
    re.IGNORECASE,
)
_ANY_NUMBER = re.compile(rf"\d|\b(?:{_WORD_NUMBER}|dozens?)\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"^\s?-?\s?(?P<unit>per cent|sq (?:km|miles)|km/h|[a-z%]+)\b|^\s?%", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"magnitude(?:\s|-)+$", re.IGNORECASE)
_CURRENCY_CODE = {"$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "#": "GBP", "gbp": "GBP", "€": "EUR"}
_UNIT_CODE = {
    "dollar": "USD",
    "dollars": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "percent": "%",
    "per cent": "%",
    "%": "%",
    "percentage": "%",
}
_CALENDAR = frozenset(m.lower() for m in MONTHS) | frozenset(d.lower() for d in WEEKDAYS)
_LOW = frozenset(
    {"at least", "no fewer than", "no less than", "more than", "over", "upwards of", "just over"}
)
_HIGH = frozenset({"nearly", "almost", "close to", "just under", "fewer than", "less than", "under", "up to"})
_HIGH |= frozenset({"as many as", "at most"})
_PEOPLE = frozenset(
    [
        *("people", "person", "persons", "men", "women", "children", "civilians", "residents", "workers"),
        *("soldiers", "troops", "staff", "victims", "passengers", "bodies", "dead"),
    ]
)


@dataclass(frozen=True)
class Number:
    """A number in a sentence, with its unit and what it counts."""

    start: int
    end: int  # end of the number and unit (not the counted noun)
    value: float
    low: float | None
    high: float | None
    unit: str | None  # "USD", "km", "years", "%", "magnitude" ... (None: a bare number)
    dimension: str | None
    noun: tuple[str, ...]  # the words after it, for a count ("Chinese", "nationals")
    noun_end: int
    shown: str


def _amount(text: str) -> float | None:
    cleaned = text.lower().replace(" ", "").replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        pass
    if text.lower() in {"a dozen", "dozens"}:
        return 12.0
    if text.lower() in {"a", "an"}:
        return 1.0  # "a month", "an hour"
    parts = text.lower().split("-")
    if parts[0] in NUMBER_WORDS:
        value = float(NUMBER_WORDS[parts[0]])
        if len(parts) == 2 and parts[1] in NUMBER_WORDS:
            value += NUMBER_WORDS[parts[1]]
        return value
    return None


def numbers(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Number]:
    """Every number in ``text`` outside the ``skip`` spans (dates), with unit and counted noun."""
    found: list[Number] = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in skip):
            continue
        num = match.group("num")
        value = _amount(num)
        if value is None:
            continue
        if re.fullmatch(r"(?:1[5-9]|20)\d\d", num) and not match.group("cur"):
            continue  # a year
        if re.match(r"\s*(?::|\.\d\d\b|GMT|BST|ET\b|a\.?m\b|p\.?m\b|pm\b|am\b)", text[end:], re.IGNORECASE):
            continue  # a clock time
        scale_word = (match.group("scale") or "").lower()
        if scale_word == "m" and not match.group("cur") and re.match(r"\s?(?:[a-z])", text[end:]):
            scale_word = ""  # "15 m long": metres, not millions, when a word follows
        scale = SCALES.get(scale_word, 1.0) if scale_word else 1.0
        value *= scale
        second = None
        if match.group("num2"):
            second_value = _amount(match.group("num2"))
            if second_value is not None:
                second_scale = SCALES.get((match.group("scale2") or "").lower(), scale)
                second = second_value * second_scale
        qualifier = (match.group("qual") or "").lower()
        low: float | None = value
        high: float | None = value if second is None else second
        if qualifier in _LOW:
            high = None
        elif qualifier in _HIGH:
            low = None
        elif qualifier in {
            "about",
            "around",
            "approximately",
            "roughly",
            "some",
            "an estimated",
            "estimated",
        }:
            spread = max(1.0, round(value * 0.1))
            low, high = value - spread, value + spread
        currency = match.group("cur") or match.group("cur2")
        unit: str | None = None
        dimension: str | None = None
        rest = text[end:]
        if currency:
            unit, dimension = _CURRENCY_CODE.get(currency.lower().rstrip("."), currency.upper()), "money"
        else:
            after = _UNIT_AFTER.match(rest)
            word = (after.group("unit") or "%").lower() if after else ""
            if word and word in UNITS:
                unit, dimension = _UNIT_CODE.get(word, word), UNITS[word]
                end += after.end() if after else 0
                rest = text[end:]
            elif _MAGNITUDE_BEFORE.search(text[:start]):
                unit, dimension = "magnitude", "magnitude"
        if unit is None and scale_word in {"bn", "m", "mn", "k", "tn"} and not re.match(r"\s?[a-z]", rest):
            continue  # "20bn" with no currency and nothing after: unclear
        noun, noun_end = _counted(text, end) if dimension is None else ((), end)
        if dimension is None and noun and noun[0].lower() in _CALENDAR:
            continue  # "12 January": a date the tagger did not take
        if found and re.fullmatch(r"\s*(?:-LRB-|\()\s*", text[found[-1].end : match.start()]):
            continue  # "$ 562m -LRB- # 346m -RRB-", "15km (10 miles)": a conversion of the number before
        shown = _shown(text[match.start() : end])
        found.append(Number(match.start(), end, value, low, high, unit, dimension, noun, noun_end, shown))
    return found


def _counted(text: str, position: int) -> tuple[tuple[str, ...], int]:
    """The noun phrase a number counts: up to four words after it, stopping at function words, verbs and
    punctuation ("163 Chinese nationals are serving" → ("Chinese", "nationals"))."""
    taken: list[str] = []
    end = position
    for match in re.finditer(r"\s*([^\W\d_][\w'’-]*|[^\w\s])", text[position:]):
        word = match.group(1)
        if not word[:1].isalpha() or word.lower() in FUNCTION_WORDS or len(taken) == 4:
            break
        if taken and re.fullmatch(r"[a-z]+(?:ed|ing)", word) and word.lower() not in {"wounded", "injured"}:
            break
        if word.lower() in {"said", "says", "were", "was", "are", "is", "have", "has", "had", "who"}:
            break
        taken.append(word)
        end = position + match.end()
    return tuple(taken), end


def _shown(text: str) -> str:
    """A number as a reader writes it: PTB spacing and the "#" that stands for "£" repaired."""
    shown = re.sub(r"^#\s?", "£", text.strip())
    shown = re.sub(r"([$£€])\s+(?=\d)", r"\1", shown)
    shown = re.sub(r"(\d)\s+,(\d)", r"\1,\2", shown)
    return re.sub(r"\s+(?=%)", "", shown)


def _format(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def quantities(question: Question, reading: Reading, stemmer: Stemmer) -> Iterator[Candidate]:
    """Counts (for "how many") or measures (for "how much", "how far" ...) in the sentence."""
    skip = [
        (t.start - reading.sentence.start, t.end - reading.sentence.start) for t in reading.sentence.timexes
    ]
    skip += [(m.start(), m.end()) for m in _AGE.finditer(reading.text)]
    targets = set(question.target)
    target_synonyms = {s for t in targets for s in stemmer.synonyms(t)}
    for number in numbers(reading.text, skip):
        value = _format(number.value)
        if question.kind is AnswerKind.COUNT:
            if number.dimension is not None:
                continue
            noun_stems = [stemmer.stem(w) for w in number.noun]
            head = noun_stems[-1] if noun_stems else ""
            if not targets:
                form = 0.6 if number.noun else 0.4
            elif head in targets:
                form = 1.0
            elif targets & set(noun_stems) or head in target_synonyms:
                form = 0.8
            elif number.noun and number.noun[-1].lower() in _PEOPLE and _people_target(question):
                form = 0.6
            elif not number.noun:
                form = 0.3
            else:
                form = 0.15
            exclude = frozenset(noun_stems)
            text = _shown(reading.text[number.start : number.noun_end])
            yield Candidate(
                AnswerKind.COUNT,
                value + _range_suffix(number),
                text,
                number.start,
                number.noun_end,
                _fit(reading, form, number.start, number.noun_end, exclude),
                low=number.low,
                high=number.high,
            )
        else:
            if number.dimension is None:
                if question.dimension is not None:
                    continue
                form = 0.3
            elif question.dimension is None:
                form = 0.8
            elif number.dimension == question.dimension:
                form = 1.0
            else:
                continue
            if targets and number.unit and stemmer.stem(number.unit.lower()) in targets:
                form = 1.0
            unit = number.unit
            shown_value = value if unit is None else f"{value} {unit}"
            yield Candidate(
                AnswerKind.QUANTITY,
                shown_value + _range_suffix(number),
                number.shown,
                number.start,
                number.end,
                _fit(reading, form, number.start, number.end),
                unit=unit,
                low=number.low,
                high=number.high,
            )


def _range_suffix(number: Number) -> str:
    if number.low is not None and number.high is not None and number.high > number.low + 1e-9:
        if number.low < number.value < number.high:
            return ""  # an approximate figure: its value stands
        return f"-{_format(number.high)}" if number.low == number.value else ""
    return ""


def _people_target(question: Question) -> bool:
    return any(
        t in {"peopl", "person", "men", "women", "children", "civilian", "resid"} for t in question.target
    )


# ---------------------------------------------------------------------------------------------------------
# ages

_AGE_NUMBER = rf"(?:\d{{1,3}}|{_WORD_NUMBER})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
_AGE = re.compile(rf"\b(?P<age>{_AGE_NUMBER})[- ](?P<unit>year|month|week|day)s?[- ]old\b", re.IGNORECASE)
_AGE_OTHER = re.compile(
    r"(?:,\s*(?:aged\s+)?(?P<app>\d{1,3})\s*(?:,|\.|$|-RRB-|\))"
    r"|\baged\s+(?P<aged>\d{1,3})\b|\bage of\s+(?P<ageof>\d{1,3})\b|\bwho is\s+(?P<whois>\d{1,3})\b"
    r"|\b(?P<old>\d{1,3}) years old\b|\((?P<paren>\d{1,3})\))",
    re.IGNORECASE,
)


def ages(question: Question, reading: Reading, common: frozenset[str] = frozenset()) -> Iterator[Candidate]:
    """Ages in the sentence, fitted by how close they are to the person (or noun) asked about.

    ``common``: name words most documents hold ("Jackson" in a collection about Michael Jackson); an age
    beside one of them only, when the question names someone more precisely ("Randy Jackson"), fits half.
    """
    about = set(question.subject) | {w for name in question.names for w in name}
    distinctive = about - common
    for match in _AGE.finditer(reading.text):
        years = _amount(match.group("age"))
        if years is None or not 0 < years < 130:
            continue
        unit = match.group("unit").lower()
        unit_name = "years" if unit == "year" else f"{unit}s"
        value = _format(years) if unit == "year" else f"{_format(years)} {unit_name}"
        yield _age(question, reading, match.start(), match.end(), value, unit_name, about, distinctive)
    for match in _AGE_OTHER.finditer(reading.text):
        group = next(g for g in ("app", "aged", "ageof", "whois", "old", "paren") if match.group(g))
        years = float(match.group(group))
        if not 0 < years < 130:
            continue
        if group in {"app", "paren"} and not _after_name(reading.text, match.start()):
            continue  # ", 12 ," after something that is not a name
        yield _age(
            question,
            reading,
            match.start(group),
            match.end(group),
            _format(years),
            "years",
            about,
            distinctive,
        )


def _after_name(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return bool(re.search(r"[A-Z][\w'’-]+$", before))


def _age(
    question: Question,
    reading: Reading,
    start: int,
    end: int,
    value: str,
    unit: str,
    about: set[str],
    distinctive: set[str],
) -> Candidate:
    near = reading.closeness(start, end)
    if about:
        first = reading.index_at(start)
        last = reading.index_at(end)

        def nearest(words_: set[str]) -> int | None:
            return min(
                (
                    first - i if i < first else i - last + 1
                    for i, s in enumerate(reading.stems)
                    if s in words_
                ),
                default=None,
            )

        distance = nearest(distinctive) if distinctive else nearest(about)
        form = 0.15 if distance is None else max(0.15, math.exp(-max(0, distance - 1) / 3.0))
        if distinctive and distance is None:
            other = nearest(about)
            form = 0.15 if other is None else max(0.15, 0.5 * math.exp(-max(0, other - 1) / 3.0))
    else:
        form = 0.5
    text = f"{value} years old" if unit == "years" else f"{value} old"
    fit = form * (0.7 + 0.3 * near) * (0.4 if reading.dated_elsewhere(start, end) else 1.0)
    return Candidate(AnswerKind.AGE, value, text, start, end, fit, unit=unit)


# ---------------------------------------------------------------------------------------------------------
# names

_PTB_WORDS = frozenset({"lrb", "rrb", "lsb", "rsb", "lcb", "rcb"})
_NOT_NAMES = frozenset({"ET", "GMT", "EST", "EDT", "BST", "UTC", "CET", "PST", "PDT", "AM", "PM", "UK time"})
_FURNITURE = frozenset(
    {"posted", "reply", "report", "updated", "comment", "comments", "share", "tweet", "retweet"}
)
_PLACE_SHAPED = re.compile(
    r"\b(?:Hospital|Clinic|Arena|Park|Airport|Stadium|Cemetery|Square|Hotel|Prison|Center|Centre|Street|"
    r"Road|Bridge|Palace|Cathedral|Church|Mosque|Basilica|Chapel|Memorial|Village|Camp)\b"
)
_LOCATIVE = re.compile(
    r"(?:(?:about|some|around|roughly|nearly|just)\s+)?(?:\d[\d.,]*\s?(?:km|kilometres|kilometers|miles|mi|m)\b"
    r"(?:\s*-LRB-[^()]*?-RRB-|\s*\([^()]*\))?\s+)?"
    r"(?:(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?"
    r"(?:ern)?\s+of\s+|near\s+|outside\s+|off\s+)$",
    re.IGNORECASE,
)
_FIT_BY_KIND = {
    AnswerKind.PERSON: {
        EntityKind.PERSON: 1.0,
        EntityKind.OTHER: 0.6,
        EntityKind.ORGANIZATION: 0.8,
        EntityKind.PLACE: 0.05,
    },
    AnswerKind.PLACE: {
        EntityKind.PLACE: 1.0,
        EntityKind.ORGANIZATION: 0.3,
        EntityKind.OTHER: 0.5,
        EntityKind.PERSON: 0.05,
    },
    AnswerKind.ORGANIZATION: {
        EntityKind.ORGANIZATION: 1.0,
        EntityKind.OTHER: 0.5,
        EntityKind.PERSON: 0.15,
        EntityKind.PLACE: 0.2,
    },
}


def names(
    question: Question, reading: Reading, spans: Sequence[NameSpan], stemmer: Stemmer
) -> Iterator[Candidate]:
    """People, places or organisations named in the sentence, other than those the question names."""
    asked = question.name_words
    fits = _FIT_BY_KIND[question.kind]
    base = reading.sentence.start
    for span in spans:
        if span.start < base or span.end > reading.sentence.end:
            continue
        trimmed = _trim_name(span.text)
        if trimmed is None or span.text in _NOT_NAMES:
            continue
        if trimmed[0] > 0 and question.kind is AnswerKind.ORGANIZATION:
            yield from _lead_organization(question, reading, span, trimmed[0], stemmer)
        start, end = span.start - base + trimmed[0], span.start - base + trimmed[1]
        span_text = span.text[trimmed[0] : trimmed[1]]
        own = [w.lower() for _, _, w in words(span_text)]
        if _FURNITURE & set(own):
            continue  # "HDNet Posted", "Report abuse": a page's furniture, not a name
        if not own or all(w in asked for w in own) or all(w in _PTB_WORDS for w in own):
            continue  # the question's own subject, or a PTB bracket ("-LRB-")
        kind = span.kind
        if (
            question.kind is AnswerKind.PLACE
            and kind is not EntityKind.PLACE
            and _PLACE_SHAPED.search(span_text)
        ):
            kind = EntityKind.PLACE  # "Forest Lawn Memorial Park", "Monklands Hospital": places to go to
        form = fits[kind]
        if question.kind is AnswerKind.PERSON and kind is EntityKind.OTHER and len(own) == 1:
            form = 0.3  # a lone capitalised word the recogniser could not type: seldom a person's name
        if question.kind is AnswerKind.PERSON and len(own) == 1 and re.fullmatch(r"[a-z]+ns", own[0]):
            continue  # "Britons", "Americans": people, not a person's name
        if question.kind is AnswerKind.PERSON and kind is EntityKind.ORGANIZATION and len(span_text) <= 4:
            form = min(form, 0.45)  # "U.S", "UN": a country or an agency, seldom who did it
        if question.kind is AnswerKind.PERSON and question.target and kind is EntityKind.ORGANIZATION:
            form = 0.3  # "which judge", "the name of the officer": a person, not an organisation
        if any(w in asked for w in own):
            form *= 0.5  # "Michael Jackson" asked, "Randy Jackson" answered: maybe, but doubtful
        role = None
        if question.target:
            beside = _beside_target(question, reading, start, end, stemmer)
            role = _qualified(question, reading, beside) if beside is not None else None
            form = min(1.0, max(form * 1.25 + 0.1, 0.85)) * role if role is not None else form * 0.5
        form = min(1.0, form * _voice_fit(question, reading, start, end))
        if question.kind is AnswerKind.PLACE:
            form *= _located(question, reading, start, stemmer)
        if (
            question.kind is AnswerKind.PLACE
            and not question.from_place
            and re.search(r"\bfrom\s+(?:the\s+)?$", reading.text[:start])
        ):
            form *= 0.7  # "X, from Glasgow, died at the Royal Alexandra Hospital": where from, not where
        value = span_text
        bounds = _trim_name(span.canonical)
        full = span.canonical[bounds[0] : bounds[1]] if bounds else span_text
        canonical = [w.lower() for _, _, w in words(full)]
        if (
            kind is EntityKind.PERSON
            and set(own) < set(canonical)
            and len(canonical) <= 3
            and canonical[-1] == own[-1]
            and not set(canonical) & asked
        ):
            value = full  # "Clinton" written, "Bill Clinton" meant (the entity stage's merge)
        text = value
        if question.kind is AnswerKind.PLACE:
            lead = _LOCATIVE.search(reading.text[max(0, start - 60) : start])
            if lead:
                text = _shown(lead.group(0) + value).replace("-LRB-", "(").replace("-RRB-", ")")
        yield Candidate(question.kind, value, text, start, end, _fit(reading, form, start, end), role=role)


_ARTICLES = frozenset({"the", "a", "an", "'s", "s"})
# Capitalised only at a sentence's start ("Several Britons", "Many residents"): not part of a name.
_NOT_NAME_WORDS = FUNCTION_WORDS | frozenset({"several", "various", "numerous", "many", "some", "most"})
_CONNECTORS = frozenset(
    {"of", "de", "del", "da", "al", "el", "bin", "ibn", "van", "von", "la", "le", "du", "der"}
)
_ROLE_WORDS = (
    PERSON_NOUNS
    | frozenset(BASE_FORMS)
    | frozenset(
        {
            "mr",
            "mrs",
            "ms",
            "miss",
            "sir",
            "lord",
            "lady",
            "rev",
            "reverend",
            "saint",
            "ambassador",
            "marshal",
        }
    )
)


def _lead_organization(
    question: Question, reading: Reading, span: NameSpan, cut: int, stemmer: Stemmer
) -> Iterator[Candidate]:
    """The capitalised words a span holds before a role ("Google" in "Google executive Wael Ghonim"): the
    organisation the person works for."""
    tokens = [t for t in words(span.text) if t[0] < cut]
    lead = []
    for start, end, word in tokens:
        if not word[:1].isupper() or word.lower() in _ROLE_WORDS:
            break
        lead.append((start, end))
    if not lead:
        return
    base = span.start - reading.sentence.start
    start, end = base + lead[0][0], base + lead[-1][1]
    text = reading.text[start:end]
    if text in _NOT_NAMES or all(w.lower() in question.name_words for _, _, w in words(text)):
        return
    yield Candidate(AnswerKind.ORGANIZATION, text, text, start, end, _fit(reading, 0.8, start, end))


def _trim_name(text: str) -> tuple[int, int] | None:
    """The name proper inside a recognised span: roles, titles and lower-case words and what precedes them
    dropped ("Mexican health secretary Jose Angel Cordova" → "Jose Angel Cordova", "Judge Michael Pastor" →
    "Michael Pastor"); None when nothing is left."""
    tokens = list(words(text))
    cut = -1
    for k, (_, _, word) in enumerate(tokens):
        lower = word.lower()
        lowercase = (not word[:1].isupper() and lower not in _CONNECTORS) or (
            word[:1].isupper() and lower in _NOT_NAME_WORDS and len(word) > 1
        )
        if lowercase or lower in _ROLE_WORDS:
            cut = k
    rest = tokens[cut + 1 :]
    while rest and rest[-1][2].lower() in {"jr", "sr"}:
        rest = rest[:-1]
    if not rest:
        return None
    return rest[0][0], rest[-1][1]


def _beside_target(
    question: Question, reading: Reading, start: int, end: int, stemmer: Stemmer
) -> int | None:
    """Whether the noun a "which X" question asks for stands in apposition to the name: "Judge Michael
    Pastor", "Egypt's defense minister, Gen. Mohamad Tantawi", "Tantawi, the defense minister" (between them
    only commas, articles, capitalised words and the question's own words; "minister under Mubarak" is not).
    """
    target = set(question.target)
    asked = {t.stem for t in question.terms}
    first = reading.index_at(start)
    last = reading.index_at(end)
    for i, stem in enumerate(reading.stems):
        if stem not in target:
            continue
        between = range(i + 1, first) if i < first else range(last, i)
        if len(between) > 5:
            continue
        if i >= last and reading.text[end : reading.tokens[i][0]].strip().startswith(("'s", "’s", "'", "’")):
            continue  # "Chris Kyle's wife": the name owns the role, it does not hold it
        if all(
            reading.tokens[j][2][:1].isupper()
            or reading.stems[j] in asked
            or reading.tokens[j][2].lower() in _ARTICLES
            for j in between
        ):
            return i
    return None


_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "off", "on", "inside", "across", "around"})
_PLACE_OF = frozenset(
    {
        "village",
        "villages",
        "town",
        "towns",
        "city",
        "cities",
        "region",
        "province",
        "settlement",
        "settlements",
    }
    | {"area", "district", "island", "port", "capital", "state", "county", "suburb", "outskirts"}
)


def _located(question: Question, reading: Reading, start: int, stemmer: Stemmer) -> float:
    """For "where was X captured?": a place the question's own verb or noun governs through a locative
    preposition ("were captured in the Donetsk region", "near the villages of Tarasivka", "the funeral ... in
    Varno cathedral") fits (× 1.2); a place no question word leads to, or one gone to ("return to China"),
    is less likely the answer (× 0.8)."""
    asked = {t.stem for t in question.terms if not t.name}
    asked |= {s for a in list(asked) for s in stemmer.synonyms(a)}
    j = reading.index_at(start) - 1

    def word(k: int) -> str:
        return reading.tokens[k][2].lower() if k >= 0 else ""

    if word(j) == "of" and word(j - 1) in _PLACE_OF:
        j -= 2  # "near the villages of Tarasivka"
    while word(j) in {"the", "a", "an"}:
        j -= 1
    if word(j) not in _LOCATIVE_PREPOSITIONS:
        return 0.8
    if any(reading.stems[k] in asked for k in range(max(0, j - 6), j)):
        return 1.2
    return 0.9


_PASSIVE_AUX = frozenset({"was", "were", "been", "is", "are", "be", "being", "got", "get"})


def _voice_fit(question: Question, reading: Reading, start: int, end: int) -> float:
    """Whether the name plays the part a "who" question asks for: asked "who was appointed", the name
    before "has been appointed" fits (× 1.15) and the name before an active "appointed" does not (× 0.6);
    asked "who presided", the reverse; a name after "by" is the one acting."""
    if question.voice is None or question.verb is None:
        return 1.0
    first = reading.index_at(start)
    last = reading.index_at(end) - 1
    verbs = [i for i, s in enumerate(reading.stems) if s == question.verb and not first <= i <= last]
    if not verbs:
        return 1.0
    v = min(verbs, key=lambda i: abs(i - first))
    passive = v > 0 and reading.tokens[v - 1][2].lower() in _PASSIVE_AUX
    if v > last:
        if v - last > 12:
            return 1.0
        part = "patient" if passive else "agent"
    else:
        if first - v > 6:
            return 1.0
        between = {w.lower() for _, _, w in reading.tokens[v + 1 : first]}
        part = ("agent" if "by" in between else "other") if passive else "patient"
    wanted = "agent" if question.voice == "active" else "patient"
    if part == "other":
        return 1.0
    return 1.15 if part == wanted else 0.6


def _qualified(question: Question, reading: Reading, role: int) -> float:
    """1 when the role is the question's, less when its qualifier differs: asked for Mexico's health
    secretary, "Scottish Health Secretary Nicola Sturgeon" is someone else's (a demonym or a country's
    initials: × 0.45; an owner, "Chris Kyle's wife": × 0.3); asked for the president, "former President X"
    is the one before (× 0.6). A portfolio ("Transport minister") is no qualifier."""
    asked = {t.word for t in question.terms}
    capitals = [t.word.capitalize() for t in question.terms if t.capital]
    factor = 1.0
    j = role - 1
    while j >= 0 and role - j <= 4:
        word = reading.tokens[j][2]
        lower = word.lower()
        if lower in {"former", "ex", "late", "previous", "outgoing"} and lower not in asked:
            factor *= 0.6
        elif word[:1].isupper() and lower not in asked and not any(same_place(c, word) for c in capitals):
            if lower not in _TITLE_WORDS and reading.stems[j] not in question.target:
                gap = reading.text[reading.tokens[j][1] : reading.tokens[j + 1][0]].strip()
                if gap[:2] in {"'s", "’s"}:
                    factor *= 0.3  # "Chris Kyle's wife": someone else's
                    break
                if lower in DEMONYMS or (word.isupper() and len(word) >= 2):
                    factor *= 0.45  # "Scottish Health Secretary", "US President": another country's
                    break
        elif not word[:1].isupper() and reading.stems[j] not in {t.stem for t in question.terms}:
            break
        j -= 1
    return factor


_TITLE_WORDS = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "s"})


# ---------------------------------------------------------------------------------------------------------
# facts from the claims cross-check

_PROPERTY_STOP = frozenset({"on", "in", "to", "at", "of"})


def facts(
    question: Question, reading: Reading, found: Sequence[Fact], stemmer: Stemmer
) -> Iterator[Candidate]:
    """Event dates, ages and birth years the claims stage read for a person the question names.

    A claim counts only when its subject holds one of the question's names and, for an event date, its
    verb is one the question asks about ("captured on" for "when was ... captured").
    """
    if not question.names:
        return
    asked = {stemmer.stem(w) for t in question.terms if not t.name for w in (t.word,)}
    asked |= {s for a in list(asked) for s in stemmer.synonyms(a)}
    length = len(reading.text)
    for fact in found:
        if fact.sentence_start != reading.sentence.start:
            continue
        subject = {w.lower() for _, _, w in words(fact.subject)}
        if not any(set(name) <= subject for name in question.names):
            continue
        if question.kind is AnswerKind.DATE and fact.date is not None and fact.property.endswith(" on"):
            verbs = {stemmer.stem(w) for _, _, w in words(fact.property)} - _PROPERTY_STOP
            if verbs & asked:
                yield Candidate(
                    AnswerKind.DATE,
                    fact.date.iso,
                    value_text(fact.date),
                    0,
                    length,
                    1.0,
                    fact.date.granularity,
                )
        elif (
            question.kind is AnswerKind.DATE
            and fact.property == "birth year"
            and "born" in (t.word for t in question.terms)
        ):
            year = TimeValue(int(fact.low or 0)) if fact.low else None
            if year is not None:
                yield Candidate(AnswerKind.DATE, year.iso, year.iso, 0, length, 1.0, Granularity.YEAR)
        elif question.kind is AnswerKind.AGE and fact.property == "age" and fact.low is not None:
            value = _format(fact.low)
            yield Candidate(AnswerKind.AGE, value, f"{value} years old", 0, length, 1.0, unit="years")
