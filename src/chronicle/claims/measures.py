"""Measures and other checkable figures: magnitudes (7.7 vs 7.9), distances ("15km south-west of
Port-au-Prince"), depths, storeys ("a 30-storey building"), money with its currency, oil flow rates
("5,000 barrels a day"), times of day ("at 1:38 pm"), delays ("30 seconds after take-off"), ordinals
("elected on the fourth ballot"), military unit names ("the 81st Airmobile Brigade") and the region an
event happened in ("captured in the Donetsk region").

Each claim's key names the point (``magnitude|quake``, ``distance|quake|port-au-prince``); values are
kept in one unit (km, seconds, minutes after midnight) so that "10 miles" meets "16 km".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import MappingProxyType

from chronicle.claims._base import Found, stem
from chronicle.claims.context import Context
from chronicle.claims.counts import place_key
from chronicle.claims.quantities import NUMBER, QUANTITY, number_value, read_quantity
from chronicle.model import EntityKind, Sentence, TimeValue, ValueKind

__all__ = ["measure_claims"]

_HEDGE = re.compile(r"\b(?:could|would|might|worst|if|predicted|potential|capacity|capable)\b", re.IGNORECASE)
_ASIDE = r"(?:\s*-LRB-[^()]*?-RRB-|\s*\([^()]*\))?"  # "15km -LRB- 10 miles -RRB-", "15 km (10 miles)"


def measure_claims(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    """Every measure, time of day, delay, ordinal, unit name and event region in ``sentence``."""
    text = sentence.text
    lower = text.lower()
    for extractor, cue, on_lower in _FAST_CUES:
        if cue.search(lower if on_lower else text):
            yield from extractor(ctx, sentence)


# magnitudes ----------------------------------------------------------------------------------------------

_MAGNITUDE = re.compile(
    r"\b(?:magnitude|M)[- ]?(?:of\s+)?(?P<a>\d(?:\s?\.\d)?)\b(?!\s*(?:km|miles|percent|%))"
    r"|\b(?P<b>\d(?:\.\d)?)[- ]?magnitude\b"
    r"|\b(?:measured|measuring|registered|registering|reached|of)\s+(?P<c>\d\.\d)\s+on\s+the\s+Richter",
    re.IGNORECASE,
)


_QUAKE_WORD = re.compile(r"quake|tremor|temblor|Richter|seismic", re.IGNORECASE)


def _magnitudes(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    text = sentence.text
    if _HEDGE.search(text) or re.search(r"\b(?:1[5-9]\d\d|200\d)\b", text):
        return  # a prediction, or a list of past quakes
    if not _QUAKE_WORD.search(text):
        return  # "increased world terrorism by a magnitude of 3"
    matches = list(_MAGNITUDE.finditer(text))
    values = {
        float(m.group(next(g for g in ("a", "b", "c") if m.group(g))).replace(" ", "")) for m in matches
    }
    if len(values) > 1:
        return  # "a magnitude 7.1 quake struck ... on January 2, and a magnitude 8.8 quake ... a year ago"
    for match in matches:
        group = next(g for g in ("a", "b", "c") if match.group(g))
        raw = match.group(group).replace(" ", "")
        value = float(raw)
        if not 2.0 <= value <= 9.9:
            continue
        if _aftershock(ctx, sentence):
            continue  # aftershocks are many: their magnitudes are not one point
        if re.search(r"\bthan\s+(?:a\s+)?$", text[: match.start()]):
            continue  # "probably bigger than magnitude 8.5": a comparison, not this quake's size
        yield Found(
            "the earthquake",
            "magnitude",
            raw,
            match.start(group),
            match.end(group),
            low=value - 0.001,
            high=value + 0.001,
            kind=ValueKind.QUANTITY,
            key="magnitude|quake",
            scope=_quake_day(sentence, match.start(), match.end()),
        )


def _quake_day(sentence: Sentence, start: int, end: int) -> tuple[str, ...]:
    """The day the sentence dates its quake to, as a scope ("when:2011-2-11"): quakes of different days
    ("struck Chile ... Saturday" vs "struck Friday afternoon off the coast of Chile") are different quakes."""
    best: tuple[int, TimeValue] | None = None
    for timex in sentence.timexes:
        t_start, t_end = timex.start - sentence.start, timex.end - sentence.start
        distance = t_start - end if t_start >= end else start - t_end
        if not timex.future and timex.value.week is None and (best is None or abs(distance) < best[0]):
            best = (abs(distance), timex.value)
    if best is None:
        return ()
    when = best[1]
    return ("when:" + "-".join(str(p) for p in (when.year, when.month, when.day) if p is not None),)


def _aftershock(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence (or, for "the tremor", "it", the one before) speaks of an aftershock."""
    text = sentence.text.lower()
    previous = ctx.document.sentences[sentence.index - 1].text.lower() if sentence.index > 0 else ""
    return (
        "aftershock" in text
        or (
            bool(re.search(r"\b(?:tremor|it)\b", text))
            and re.search(r"aftershock|tremor", previous) is not None
        )
        or ("tremor" in text and "magnitude 6" in text)
    )


# distances and depths ------------------------------------------------------------------------------------

_KM = MappingProxyType(
    {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0, "miles": 1.609,
     "mile": 1.609, "mi": 1.609}
)  # fmt: skip
_UNIT = r"(?P<unit>km|kilomet(?:re|er)s?|miles?|mi)\b"
_DISTANCE = re.compile(
    r"(?P<q>" + QUANTITY + r")\s*" + _UNIT + _ASIDE + r"\s+(?:\(\w+\)\s+)?"
    r"(?:(?P<dir>(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?)\s+)?"
    r"(?:of|from)\s+(?:the\s+)?(?:centre\s+of\s+|center\s+of\s+|capital\s*,?\s*)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)
_DEPTH = re.compile(
    r"\b(?:depth\s+of\s+(?:just\s+|about\s+|only\s+)?(?P<q>" + QUANTITY + r")\s*" + _UNIT
    + r"|(?P<q2>" + QUANTITY + r")\s*(?P<unit2>km|kilomet(?:re|er)s?|miles?)" + _ASIDE + r"\s+(?:deep|underground|below\s+the\s+surface))"  # noqa: E501
)  # fmt: skip


def _km(qty_text: str, unit: str) -> tuple[float, float] | None:
    quantity = read_quantity(qty_text)
    if quantity is None or quantity.low is None or quantity.high is None:
        return None
    factor = _KM[unit.lower()]
    spread = 0.03 if not quantity.approximate else 0.0  # conversions ("10 miles" = 16.09 km) and rounding
    return quantity.low * factor * (1 - spread), quantity.high * factor * (1 + spread)


def _distances(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    text = sentence.text
    if _HEDGE.search(text):
        return
    event = ctx.event_of(sentence) or "event"
    for match in _DISTANCE.finditer(text):
        span = _km(match.group("q"), match.group("unit"))
        if span is None:
            continue
        place = place_key(match.group("place"))
        yield Found(
            f"the {event}",
            f"distance from {match.group('place')}",
            f"{' '.join(match.group('q').split())} {match.group('unit')}",
            match.start("q"),
            match.end("unit"),
            low=span[0],
            high=span[1],
            kind=ValueKind.QUANTITY,
            unit="km",
            key=f"distance|{event}|{place}",
        )
    for match in _DEPTH.finditer(text) if not _aftershock(ctx, sentence) else ():
        qty, unit = (
            (match.group("q"), match.group("unit"))
            if match.group("q")
            else (match.group("q2"), match.group("unit2"))
        )
        span = _km(qty, unit)
        if span is None:
            continue
        start = match.start("q") if match.group("q") else match.start("q2")
        yield Found(
            f"the {event}",
            "depth",
            f"{' '.join(qty.split())} {unit}",
            start,
            match.end(),
            low=span[0],
            high=span[1],
            kind=ValueKind.QUANTITY,
            unit="km",
            key=f"depth|{event}",
        )


# storeys -------------------------------------------------------------------------------------------------

_STOREYS = re.compile(
    r"\b(?P<q>\d{1,3}|"
    + NUMBER
    + r")[- ](?:storey|story|floor)\b(?:\s+(?P<np>(?:[a-z-]+\s+){0,2}(?:building|tower|block|hotel|skyscraper|headquarters|office|hospital|apartment|condominium)s?))?"  # noqa: E501
    r"|\b(?P<q2>\d{1,3})\s+(?:storeys|stories|floors)\s+(?:high|tall)",
    re.IGNORECASE,
)


def _storeys(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    for match in _STOREYS.finditer(sentence.text):
        raw = match.group("q") or match.group("q2")
        value = number_value(raw)
        np = (match.group("np") or "building").lower()
        if value is None or not 1 <= value <= 200 or _HEDGE.search(sentence.text):
            continue
        if match.group("q") and not match.group("np") and match.group(0)[len(raw)] == " ":
            continue  # "one story noted": a news story; "five floor" without a building
        if re.match(r"\s*(?:[a-z-]+\s+){0,2}(?:house|home|structure)s?\b", sentence.text[match.end() :]):
            continue  # "a three-storey house": houses are many, and never one point
        if not _names_a_building(ctx, sentence):
            continue  # "a five-storey building, a college of nursing": which building, no name says
        head = stem(np.split()[-1])
        yield Found(
            f"the {np}",
            "storeys",
            raw,
            match.start(),
            match.end(),
            low=value,
            high=value,
            kind=ValueKind.QUANTITY,
            unit="storeys",
            key=f"storeys|{head}",
        )


def _names_a_building(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence names where its building is or what it is (a place or an organisation: "the
    30-storey State Audit Office building in Bangkok"): storeys of an unnamed building meet any other."""
    return any(
        n.entity.kind in (EntityKind.PLACE, EntityKind.ORGANIZATION)
        for n in ctx.in_span(sentence.start, sentence.end)
    )


# money ---------------------------------------------------------------------------------------------------

_CURRENCY = MappingProxyType(
    {"$": "USD", "us$": "USD", "£": "GBP", "#": "GBP", "€": "EUR", "rs": "INR", "rs.": "INR", "₹": "INR",
     "dollars": "USD", "pounds": "GBP", "euros": "EUR", "rupees": "INR", "yuan": "CNY", "rubles": "RUB",
     "roubles": "RUB", "hryvnias": "UAH"}
)  # fmt: skip
_SCALES = MappingProxyType(
    {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "mn": 1e6, "crore": 1e7, "lakh": 1e5}
)
_MONEY = re.compile(
    r"(?i)(?<![\w-])(?P<cur>US\$|\$|£|€|#|Rs\.?|₹)\s*(?P<q>\d[\d,.]*(?:\s*,\d{3})*)\s*(?P<scale>bn|billion|m|million|mn|crore|lakh)?\b"
    r"|\b(?P<q2>\d[\d,.]*)\s*(?P<scale2>bn|billion|million|crore|lakh)?\s+(?P<cur2>dollars|pounds|euros|rupees|yuan|rubles|roubles|hryvnias)\b"
)
_PURPOSE = re.compile(
    r"\b(?P<noun>fund|compensation|loan|bailout|fine|damages|reward|package|plan|settlement|payout|aid|grant|"
    r"bail|bonus|salary|ransom|penalty|escrow|rescue|payment)\b",
    re.IGNORECASE,
)


def _money(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    text = sentence.text
    for match in _MONEY.finditer(text):
        if re.search(r"(?:-LRB-|\()\s*$", text[max(0, match.start() - 6) : match.start()]):
            continue  # a conversion in parentheses
        raw = (match.group("q") or match.group("q2") or "").replace(" ", "").rstrip(".,")
        cur = _CURRENCY[(match.group("cur") or match.group("cur2") or "").lower()]
        scale = (match.group("scale") or match.group("scale2") or "").lower()
        if match.group("scale") and match.group("scale") == "M" and not match.group("cur"):
            continue
        try:
            value = float(raw.replace(",", "")) * _SCALES.get(scale, 1.0)
        except ValueError:
            continue
        purpose = re.match(
            r"\s*(?:-LRB-[^()]*?-RRB-\s*|\([^()]*\)\s*)?(?:[a-z-]+\s+){0,2}?" + _PURPOSE.pattern,
            text[match.end() : match.end() + 60],
            re.IGNORECASE,
        )
        if (
            purpose is None
            or value < 1e6
            or _HEDGE.search(text[max(0, match.start() - 40) : match.end() + 40])
        ):
            continue
        noun = purpose.group("noun").lower()
        yield Found(
            f"the {noun}",
            f"amount ({cur})",
            match.group(0).strip(),
            match.start(),
            match.end(),
            low=value,
            high=value,
            kind=ValueKind.QUANTITY,
            unit=cur,
            key=f"money|{cur}|{noun}",
        )


# oil flow rates ------------------------------------------------------------------------------------------

_RATE = re.compile(
    r"(?P<q>"
    + QUANTITY
    + r")\s+barrels(?:\s+of\s+(?:crude\s+)?oil)?\s*(?:-LRB-[^()]*?-RRB-\s*)?(?:a|per|each)\s+day"
    r"|(?P<q2>" + QUANTITY + r")\s+(?:bpd|barrels\s+daily)\b",
    re.IGNORECASE,
)
_LEAKING = re.compile(
    r"\b(?:leak\w*|spill\w*|gush\w*|spew\w*|pour\w*|flow\w*|escap\w*|bleed\w*|belch\w*)\b", re.IGNORECASE
)
_NOT_LEAK = re.compile(
    r"\b(?:captur\w*|siphon\w*|collect\w*|skim\w*|capacity|produc\w*|process\w*|stor\w*|burn\w*|contain\w*|"
    r"funnel\w*|export\w*|import\w*|output|pump\w*|drill\w*|worst|could|would|if|might|potential)\b",
    re.IGNORECASE,
)


def _flow_rates(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    text = sentence.text
    if not _LEAKING.search(text) or _NOT_LEAK.search(text):
        return
    for match in _RATE.finditer(text):
        raw = " ".join((match.group("q") or match.group("q2")).split())
        if re.search(r"\bfrom\s*$", text[max(0, match.start() - 6) : match.start()]):
            continue  # "increased from 1,000 to 5,000": the old figure
        quantity = read_quantity(raw)
        if quantity is None:
            continue
        start = match.start("q") if match.group("q") else match.start("q2")
        yield Found(
            "the oil flow",
            "flow rate (barrels a day)",
            raw,
            start,
            match.end(),
            low=quantity.low,
            high=quantity.high,
            kind=ValueKind.QUANTITY,
            unit="barrels a day",
            key="rate|oil flow",
        )


# times of day --------------------------------------------------------------------------------------------

_TIME = re.compile(
    r"\b(?P<pre>at|around|about|approximately|shortly\s+after|just\s+after|just\s+before)\s+"
    r"(?P<t>(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)\s*(?P<ap>[ap]\.?\s?m\.?)?|(?P<h2>\d{1,2})\s*(?P<ap2>[ap]\.?\s?m\.?)"
    r"|(?P<hm>[0-2]\d[0-5]\d)(?=\s+(?:local|GMT|BST|EDT|ET|UTC|IST|hours|hrs)))"
    r"(?:\s*(?P<zone>local\s+time|GMT|BST|EDT|EST|ET|UTC|IST|hours|hrs))?",
    re.IGNORECASE,
)
_TIMED_VERB = re.compile(
    r"\b(?P<verb>struck|hit|happened|occurred|crashed|took\s+off|exploded|erupted|landed|collapsed|began|"
    r"started|died|pronounced\s+dead|issued|sent|lost\s+contact|departed|rocked|jolted)\b",
    re.IGNORECASE,
)
_VERB_CLASS = MappingProxyType(
    {"hit": "struck", "happened": "struck", "occurred": "struck", "rocked": "struck", "jolted": "struck"}
)


def _times(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    text = sentence.text
    for match in _TIME.finditer(text):
        if match.group("hm"):
            hour, minute = int(match.group("hm")[:2]), int(match.group("hm")[2:])
        else:
            hour = int(match.group("h") or match.group("h2"))
            minute = int(match.group("m") or 0)
            ampm = (match.group("ap") or match.group("ap2") or "").replace(".", "").replace(" ", "").lower()
            if ampm == "pm" and hour < 12:
                hour += 12
            if ampm == "am" and hour == 12:
                hour = 0
            if not ampm and not match.group("m"):
                continue
        if hour > 23:
            continue
        verbs = [
            v for v in _TIMED_VERB.finditer(text) if v.end() <= match.start() and match.start() - v.end() < 60
        ]
        if not verbs:
            continue
        verb = " ".join(verbs[-1].group("verb").lower().split())
        verb = _VERB_CLASS.get(verb, verb)
        zone = " ".join((match.group("zone") or "local").lower().split())
        zone = "local" if zone in {"local time", "hours", "hrs"} else zone
        spread = 15 if match.group("pre").lower() in {"around", "about", "approximately"} else 0
        value = hour * 60 + minute
        event = ctx.event_of(sentence) or "event"
        yield Found(
            f"the {event}",
            f"time it {verb}",
            match.group("t"),
            match.start("t"),
            match.end("t"),
            low=value - spread,
            high=value + spread,
            kind=ValueKind.TIME,
            unit=zone,
            key=f"time|{event}|{verb}",
        )


# delays after an event ("30 seconds after take-off") -----------------------------------------------------

_SECONDS = MappingProxyType({"second": 1, "minute": 60, "hour": 3600})
_DELAY = re.compile(
    r"(?P<q>"
    + QUANTITY
    + r"|a|an|half\s+an?)\s+(?P<unit>second|minute|hour)s?\s+(?:after|into)\s+(?:the\s+|its\s+)?"
    r"(?P<ev>take-?off|takeoff|departure|launch|the\s+start|start|lift-?off|[a-z]+)\b",
    re.IGNORECASE,
)


def _delays(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    for match in _DELAY.finditer(sentence.text):
        raw = " ".join(match.group("q").lower().split())
        if raw in {"a", "an"}:
            value: float | None = 1.0
        elif raw.startswith("half"):
            value = 0.5
        else:
            quantity = read_quantity(raw)
            value = quantity.low if quantity is not None else None
        if value is None:
            continue
        event = re.sub(r"[^a-z]", "", match.group("ev").lower())
        if event in {"the", "he", "she", "it", "they", "that", "this"}:
            continue
        seconds = value * _SECONDS[match.group("unit").lower()]
        yield Found(
            f"the {event}",
            f"time after {event}",
            f"{match.group('q')} {match.group('unit')}s",
            match.start(),
            match.end("unit"),
            low=seconds,
            high=seconds,
            kind=ValueKind.QUANTITY,
            unit="seconds",
            key=f"delay|{event}",
        )


# ordinals ("elected on the fourth ballot") ----------------------------------------------------------------

_ORDINALS = MappingProxyType(
    {w: i for i, w in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"], start=1)}  # noqa: E501
)  # fmt: skip
_ORDINAL = re.compile(
    r"\b(?P<verb>[a-z]+ed)\s+(?:\w+\s+){0,3}?(?:on|in|at|after|during)\s+the\s+(?P<ord>first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?P<noun>ballot|round|vote|day|attempt|try)\b",
    re.IGNORECASE,
)


def _ordinals(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    for match in _ORDINAL.finditer(sentence.text):
        word = match.group("ord").lower()
        value = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        noun, verb = match.group("noun").lower(), match.group("verb").lower()
        yield Found(
            f"{verb} on the … {noun}",
            f"which {noun}",
            match.group("ord"),
            match.start("ord"),
            match.end("ord"),
            low=value,
            high=value,
            kind=ValueKind.QUANTITY,
            key=f"ordinal|{noun}|{verb}",
        )


# military units ("the 81st Airmobile Brigade" vs "the 81st Airborne") --------------------------------------

_UNIT_NAME = re.compile(
    r"\b(?P<ord>\d{1,3}(?:st|nd|rd|th))\s+(?P<name>(?:(?:Separate|Independent|Mechanized|Mechanised|Motorized|Motorised|"
    r"Airmobile|Airborne|Assault|Air\s+Assault|Marine|Infantry|Tank|Artillery|Rifle|Guards|Special|Jaeger|Territorial|"
    r"Defense|Defence|Mountain|Naval)\s*){1,3})(?P<type>Brigade|Regiment|Division|Battalion|Corps)?",
)
_GENERIC_UNIT_WORDS = frozenset(
    {"separate", "independent", "brigade", "regiment", "division", "battalion", "corps"}
)


def _units(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    for match in _UNIT_NAME.finditer(sentence.text):
        words = [w.lower() for w in match.group("name").split() if w.lower() not in _GENERIC_UNIT_WORDS]
        if not words:
            continue
        ordinal = match.group("ord").lower()
        yield Found(
            f"the {ordinal} unit",
            "unit name",
            " ".join(words),
            match.start(),
            match.end(),
            kind=ValueKind.TEXT,
            key=f"unit|{ordinal}",
        )


# the region an event happened in ("captured in the Donetsk region" vs "in Luhansk Oblast") -----------------

_REGION = re.compile(
    r"\b(?P<verb>captured|detained|arrested|killed|taken\s+prisoner|struck|hit|crashed|fought|fighting|"
    r"surrendered|wounded|held)\s+(?:\w+\s+){0,2}?(?:in|near)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+"
    r"(?P<admin>region|Region|Oblast|oblast|province|Province|state|State|district|District|county|County|governorate|prefecture)\b"
)
_REGION_VERB = MappingProxyType(
    {
        "taken prisoner": "captured",
        "detained": "captured",
        "arrested": "captured",
        "hit": "struck",
        "fighting": "fought",
    }
)


def _regions(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    for match in _REGION.finditer(sentence.text):
        verb = " ".join(match.group("verb").lower().split())
        verb = _REGION_VERB.get(verb, verb)
        name = match.group("name")
        event = ctx.event_of(sentence) or "event"
        yield Found(
            f"the {event}",
            f"region where {verb}",
            f"{name} {match.group('admin').lower()}",
            match.start("name"),
            match.end("admin"),
            kind=ValueKind.TEXT,
            key=f"region|{event}|{verb}",
        )


# A cheap test before each extractor's expensive pattern.
_CUES = (
    (_magnitudes, re.compile(r"magnitude|Richter|\bM\d", re.IGNORECASE)),
    (_distances, re.compile(r"\d\s*(?:km|kilomet|mile|mi\b)", re.IGNORECASE)),
    (_storeys, re.compile(r"storey|stor(?:y|ies)|floors?\b", re.IGNORECASE)),
    (
        _money,
        re.compile(r"[$£€#₹]|Rs\b|dollars|pounds|euros|rupees|yuan|rubles|roubles|hryvnias", re.IGNORECASE),
    ),
    (_flow_rates, re.compile(r"barrels|bpd", re.IGNORECASE)),
    (
        _times,
        re.compile(
            r"\d[:.]\d\d|\d\s*[ap]\.?\s?m\b|\d{4}\s+(?:local|GMT|BST|EDT|ET|UTC|IST|hours|hrs)", re.IGNORECASE
        ),
    ),
    (_delays, re.compile(r"(?:second|minute|hour)s?\s+(?:after|into)", re.IGNORECASE)),
    (_ordinals, re.compile(r"\b(?:ballot|round|vote|day|attempt|try)\b", re.IGNORECASE)),
    (_units, re.compile(r"\d(?:st|nd|rd|th)\s+[A-Z]")),
    (
        _regions,
        re.compile(r"region|oblast|province|state|district|county|governorate|prefecture", re.IGNORECASE),
    ),
)


def _on_lower_case(cue: re.Pattern[str]) -> tuple[re.Pattern[str], bool]:
    """A case-insensitive cue as a case-sensitive pattern to search the lower-cased sentence with (the same
    sentences, found two to three times faster: re.IGNORECASE disables the regex engine's fast scans); a
    cue that cannot be lowered safely (an escape in capitals, a code point, a group turning case off) stays
    as it is."""
    if not cue.flags & re.IGNORECASE or re.search(r"\\[A-ZxuUN]|\(\?[a-zA-Z]*-", cue.pattern):
        return cue, False
    return re.compile(cue.pattern.lower(), cue.flags & ~re.IGNORECASE), True


_FAST_CUES = tuple((extractor, *_on_lower_case(cue)) for extractor, cue in _CUES)
