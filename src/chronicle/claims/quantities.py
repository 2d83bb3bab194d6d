"""Numbers as news writes them, read into ranges.

"at least 163" → [163, ∞), "nearly 100" → (−∞, 100], "about 20" → [18, 22], "12,000 to 19,000" and the
tokenised "12,000-19 ,000" → [12000, 19000], "45-50 ,000" → [45000, 50000], "1.5 million", "a quarter of a
million", "$ 20bn", "seven", "twenty-five". Bare round numbers (200, 1,000, "two million") are read as
approximate (±10 %).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType

from chronicle.lexicon import MONTH_ABBREVIATIONS, MONTHS
from chronicle.numbers import NUMBER_WORDS

__all__ = [
    "MONTH_NAMES",
    "NUMBER",
    "QUALIFIER",
    "QUANTITY",
    "Quantity",
    "number_value",
    "parse_quantity",
    "read_quantity",
]

MONTH_NAMES = "|".join((*MONTHS, *MONTH_ABBREVIATIONS))
_SMALL = MappingProxyType({**NUMBER_WORDS, "dozen": 12, "a": 1, "an": 1})
_SCALE = MappingProxyType(
    {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
    | {"m": 1_000_000, "bn": 1_000_000_000, "k": 1_000, "mn": 1_000_000}
)
_WORDS = "|".join(sorted((w for w in NUMBER_WORDS), key=len, reverse=True)) + "|dozen"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# digits with thousands separators (also the tokenised "50 ,000"), decimals, or number words
_FIGURE = (
    r"(?:\d{1,3}(?:(?:,| ,)\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:" + _WORDS + r")(?:[- ](?i:" + _UNITS + r"))?"
    r"|(?:a|an)(?=\s+(?:hundred|thousand|million|billion|dozen)\b))"
)
_SCALE_WORD = r"(?:\s*(?:hundred|thousand|million|billion)\b|(?:m|bn|k|mn)\b)"
NUMBER = _FIGURE + r"(?:" + _SCALE_WORD + r")?(?:\s+(?:hundred|thousand)\b)?"

_QUALIFIERS = MappingProxyType(
    {
        "at least": "low",
        "no fewer than": "low",
        "no less than": "low",
        "a minimum of": "low",
        "minimum of": "low",
        "more than": "above",
        "over": "above",
        "upwards of": "above",
        "in excess of": "above",
        "above": "above",
        "nearly": "below",
        "almost": "below",
        "close to": "below",
        "just under": "below",
        "fewer than": "below",
        "less than": "below",
        "under": "below",
        "up to": "high",
        "as many as": "high",
        "as much as": "high",
        "as high as": "high",
        "at most": "high",
        "no more than": "high",
        "a maximum of": "high",
        "about": "approx",
        "around": "approx",
        "approximately": "approx",
        "roughly": "approx",
        "some": "approx",
        "an estimated": "approx",
        "estimated": "approx",
        "an estimate of": "approx",
        "almost exactly": "exact",
        "exactly": "exact",
        "just over": "low",
    }
)
QUALIFIER = r"(?:" + "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True)) + r")"
# A quantity: qualifier? number (range)?  — "between 12,000 and 19,000", "12,000 to 19,000", "45-50 ,000"
QUANTITY = (
    r"(?:(?i:" + QUALIFIER + r")\s+)?(?:(?i:between)\s+)?" + NUMBER
    + r"(?:\s*(?:-|–|to|and)\s*" + NUMBER + r")?"
)  # fmt: skip
_RANGE_SPLIT = re.compile(r"(?<=\d)\s*[-–]\s*(?=\d)|\s+(?:to|and)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A quantity read from text: its range and whether it was hedged ("about", a round number)."""

    low: float | None
    high: float | None
    approximate: bool = False


def number_value(text: str) -> float | None:
    """The value of one number: "163", "1.5 million", "twenty-five", "a quarter of a million", "20bn"."""
    cleaned = text.lower().replace(" ,", ",").replace("-", " ").strip()
    if cleaned.startswith("a quarter of a million"):
        return 250_000.0
    match = re.fullmatch(
        r"([\d,]+(?:\.\d+)?)\s*(hundred|thousand|million|billion|m|bn|k|mn)?(?:\s+(hundred|thousand))?",
        cleaned,
    )
    if match:
        try:
            value = float(match.group(1).replace(",", ""))
        except ValueError:
            return None
        for word in (match.group(2), match.group(3)):
            if word:
                value *= _SCALE[word]
        return value
    words = cleaned.split()
    if not words or words[0] not in _SMALL:
        return None
    value = float(_SMALL[words[0]])
    rest = words[1:]
    if rest and rest[0] in _SMALL and _SMALL[rest[0]] < 10 and value >= 20:
        value += _SMALL[rest[0]]
        rest = rest[1:]
    for word in rest:
        if word not in _SCALE:
            return None
        value *= _SCALE[word]
    return value


def _is_round(number_text: str, value: float) -> bool:
    digits = number_text.split()[0].replace(",", "").replace(" ", "")
    if not re.fullmatch(r"\d+", digits):
        return len(number_text.split()) > 1 and value >= 1000  # "two million", "five thousand"
    return (len(digits) >= 3 and digits.endswith("00")) or len(number_text.split()) > 1


def read_quantity(text: str) -> Quantity | None:
    """The range a quantity states, or None when ``text`` is no quantity."""
    cleaned = " ".join(text.split())
    qualifier = "exact"
    match = re.match(QUALIFIER + r"\s+", cleaned, re.IGNORECASE)
    if match:
        qualifier = _QUALIFIERS[" ".join(match.group(0).split()).lower()]
        cleaned = cleaned[match.end() :]
    cleaned = re.sub(r"^between\s+", "", cleaned, flags=re.IGNORECASE)
    parts = _RANGE_SPLIT.split(cleaned, maxsplit=1)
    if len(parts) == 2:
        low, high = number_value(parts[0]), number_value(parts[1])
        if low is None or high is None:
            return None
        scale = re.search(r"(hundred|thousand|million|billion|bn|m)\s*$", parts[1].lower())
        if scale and not re.search(r"[a-z]\s*$", parts[0].lower()) and low < high / _SCALE[scale.group(1)]:
            low *= _SCALE[scale.group(1)]  # "1.5 to 2 million"
        if re.search(r"\d,\d{3}$", parts[1].replace(" ,", ",")) and low < 1000 <= high and low * 1000 <= high:
            low *= 1000  # "45-50 ,000", "35-60 ,000"
        if high < low:
            return None
        if qualifier in ("low", "above"):
            return Quantity(low, None)
        if qualifier in ("below", "high"):
            return Quantity(None, high)
        return Quantity(low, high, approximate=qualifier == "approx")
    value = number_value(cleaned)
    if value is None:
        return None
    if qualifier in ("low", "above"):
        return Quantity(value, None)
    if qualifier in ("below", "high"):
        return Quantity(None, value)
    if qualifier == "approx" or (match is None and _is_round(cleaned, value)):
        spread = max(1.0, round(value * 0.1))
        return Quantity(value - spread, value + spread, approximate=True)
    return Quantity(value, value)


def parse_quantity(text: str) -> tuple[float | None, float | None]:
    """The range a quantity states: "at least 163" → (163, None), "about 20" → (18, 22), "12" → (12, 12).

    "more than N" is (N, None) and "nearly N" (None, N); approximate values get ±10%; a bare round number
    (two or more trailing zeros: 200, 1,000) is read as approximate too; "12,000 to 19,000" is a range.
    """
    quantity = read_quantity(text)
    return (None, None) if quantity is None else (quantity.low, quantity.high)
