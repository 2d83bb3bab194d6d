"""Counts and quantities: numbers with their unit and counted noun (years, clock times, dates and ages
are not numbers here)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from chronicle.ask.question import Question
from chronicle.ask.reading import Candidate, Reading, _fit
from chronicle.ask.text import Stemmer
from chronicle.lexicon import (
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    SCALES,
    UNITS,
)
from chronicle.model import AnswerKind
from chronicle.numbers import NUMBER_WORDS

_QUALIFIER = (
    r"(?:at least|no fewer than|no less than|more than|over|upwards of|nearly|almost|close to|just under|"
    r"just over|fewer than|less than|under|up to|as many as|at most|about|around|approximately|roughly|"
    r"some|an estimated|estimated|between)"
)
_WORD_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_AGE_NUMBER = rf"(?:\d{{1,3}}|{_WORD_NUMBER})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
_AGE = re.compile(rf"\b(?P<age>{_AGE_NUMBER})[- ](?P<unit>year|month|week|day)s?[- ]old\b", re.IGNORECASE)
_AGE_OTHER = re.compile(
    r"(?:,\s*(?:aged\s+)?(?P<app>\d{1,3})\s*(?:,|\.|$|-RRB-|\))"
    r"|\baged\s+(?P<aged>\d{1,3})\b|\bage of\s+(?P<ageof>\d{1,3})\b|\bwho is\s+(?P<whois>\d{1,3})\b"
    r"|\b(?P<old>\d{1,3}) years old\b|\((?P<paren>\d{1,3})\))",
    re.IGNORECASE,
)
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
        if dimension is None and noun and noun[0].lower() in CALENDAR_WORDS:
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
