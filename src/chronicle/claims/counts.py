"""Counts of people and things: "at least 163 Chinese nationals are serving in Russia's armed forces",
"the explosion killed 11 workers and injured 17", "the death toll rose to 75,000", "Mexico : 103 dead".

A count's point (its :attr:`~chronicle.model.Claim.key`) is built from meaning, not wording: the *frame*
of its verb or noun (killed / dead / died / death toll → ``killed``; serving / fighting / recruited →
``serving``; see :data:`chronicle.lexicon.COUNT_FRAMES`), the *kind* of what is counted (citizens and
nationals are one kind; see :data:`chronicle.lexicon.GROUP_HEADS`) and the words that single the group out
("Chinese", "UN", "sea"). So "155 Chinese citizens fighting against Ukrainians", "at least 163 Chinese
nationals serving in Russia's Armed Forces" and "168 Chinese citizens recruited by Russia's army" share the
point ``count|serving|nationals|chinese``. The place ("in Mexico") and the event (a shooting, a quake) go to
the claim's scope: two counts of different places or events are never compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import MappingProxyType

from chronicle.claims._base import STOP, Found, content_words, stem
from chronicle.claims.context import Context, event_classes
from chronicle.claims.quantities import MONTH_NAMES, QUANTITY, read_quantity
from chronicle.lexicon import COUNT_FRAMES, GROUP_HEADS
from chronicle.model import Sentence, TimeValue, ValueKind

__all__ = ["count_claims", "subject_key"]

# Frames whose counts belong to one event (a toll): the event goes to the scope.
_EVENT_FRAMES = frozenset(
    {None, "killed", "injured", "missing", "homeless", "evacuated", "rescued", "cases", "arrested"}
)
_FRAME_OF = MappingProxyType({w: frame for frame, words in COUNT_FRAMES.items() for w in words})
_HEAD_OF = MappingProxyType({w: head for head, words in GROUP_HEADS.items() for w in words})
_STATUS = frozenset({"confirmed", "suspected", "reported", "unconfirmed"})
_MODIFIER_SYNONYMS = MappingProxyType(
    {"possible": "suspected", "probable": "suspected", "suspect": "suspected"}
)

# Words that a quantity may count but that are measures, times or money, handled elsewhere or not at all.
_NOT_COUNTED = frozenset(
    [
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "hours",
        "hour",
        "minutes",
        "minute",
        "seconds",
        "second",
        "times",
        "percent",
        "per",
        "cent",
        "dollars",
        "euros",
        "pounds",
        "miles",
        "mile",
        "kilometres",
        "kilometers",
        "km",
        "metres",
        "meters",
        "feet",
        "foot",
        "ft",
        "tons",
        "tonnes",
        "barrels",
        "barrel",
        "gallons",
        "litres",
        "liters",
        "degrees",
        "points",
        "votes",
        "cents",
        "decades",
        "centuries",
        "pages",
        "words",
        "acres",
        "shares",
        "yuan",
        "rubles",
        "hryvnias",
        "billions",
        "millions",
        "thousands",
        "hundreds",
        "dozens",
        "others",
        "ones",
        "yards",
        "inches",
        "storeys",
        "stories",
        "floors",
        "bpd",
        "mph",
        "kph",
        "am",
        "pm",
        "gmt",
        "a.m.",
        "p.m.",
        "square",
        "sq",
        "km2",
        "magnitude",
        "nautical",
        "rupees",
        "crore",
        "lakh",
        "of",
    ]
)
_PLURAL = re.compile(
    r"(?:[a-z][a-z-]*(?:s|men|people|children)|people|men|women|children|police|personnel|staff|crew|dead)$"
)
_NOT_PLURAL = frozenset(
    [
        "was",
        "has",
        "is",
        "his",
        "its",
        "this",
        "thus",
        "as",
        "us",
        "does",
        "less",
        "unless",
        "across",
        "plus",
        "whereas",
        "perhaps",
        "always",
        "news",
        "series",
        "homeless",
        "afterwards",
        "towards",
    ]
)
_LEFT_VERB = re.compile(
    r"\b(?P<verb>killed|killing|kills|injured|injuring|wounded|wounding|infected|infecting|sickened|"
    r"evacuated|evacuating|displaced|arrested|detained|captured|freed|released|rescued|recruited|"
    r"left|leaving|claimed|claiming|hospitali[sz]ed|buried|collected|confirmed|lost)\s+(?:the\s+)?$"
)
_BOUNDARY = re.compile(
    r"[,.;:!?\"“”()]|\s--?\s|\b(?:and|but|while|after|before|since|because|when|which|although|though|said|says|"
    r"told|including|amid|according|as)\b|-LRB-|-RRB-|``|''"
)
_PLACE = re.compile(
    r"\b(?:in|at|near|across|throughout)\s+(?:the\s+)?(?:(?:town|city|village|province|state|region|capital|port)\s+of\s+)?(?P<place>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|de))*)"
    r"(?!\s*['’]s)"
)
# "an extra 141 cases", "a further 59 cases": new ones, not the total
_ADDED = re.compile(r"\b(?:extra|further|additional)\s*$", re.IGNORECASE)
# a place that opens the sentence ("In Alexandria , 2,000 to 3,000 people gathered"; "In Mexico , where 75
# deaths have occurred") is where all its figures are
_FRONTED_PLACE = re.compile(
    r"\s*(?:In|At)\s+(?:the\s+)?(?:(?:town|city|village|province|state|region|capital|port)\s+of\s+)?"
    r"(?P<place>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|de))*)\s*,"
)
# a list's label, "Mexico : 103 dead", also for the item's next figure ("Mexico : 103 dead - 20 confirmed")
_LIST_PLACE = re.compile(
    r"(?:^|[.;)]|-RRB-)\s*(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s*:\s*"
    r"(?:\d[\d,.]*\s+[a-z]+\s+(?:-|--|,)\s*)?$"
)
_TOLL = re.compile(
    r"\b(?P<np>death toll|toll|number of (?:dead|deaths|victims|people killed|confirmed cases|cases|infections))\b"  # noqa: E501
    r"(?P<rest>(?:\s+(?:of|in|from)\s+(?:the\s+|its\s+|their\s+)?[\w’'-]+){0,2})"
    r"\s+(?:has\s+|had\s+|have\s+|now\s+|so\s+far\s+)*(?:rose|risen|rises|climbed|jumped|reached|stands|stood|"
    r"(?:is|was|(?:has|had)\s+been)\s+(?:now\s+)?(?:estimated|put|feared|believed|thought)(?:\s+to\s+be)?|"
    r"is|was|hit|of|at|put\s+at|estimated\s+at|to|increased|surpassed|passed|topped)\s+"
    r"(?:to\s+|at\s+|from\s+\S+\s+to\s+)?(?P<qty>" + QUANTITY + r")"
)
_HEDGED = re.compile(
    r"\b(?:worst[- ]case|worst|if|capacity|capable|would|could\s+(?:reach|rise|climb|top|be\s+as)|"
    r"projected|forecast|hypothetical)\b",
    re.IGNORECASE,
)
_RECOVERED = re.compile(r"\b(?:collected|recovered|buried|retrieved|pulled|counted|found)\b")
_DISPUTED = re.compile(
    r"\b(?:misleading|false|untrue|exaggerated|inflated|rumou?rs?|denied|denies)\b", re.IGNORECASE
)
_QTY = re.compile(r"(?<![\w.$£€#/-])(?P<qty>" + QUANTITY + r")(?![\w%])")
_ALIASES = MappingProxyType(
    {
        "us": "united states",
        "u.s.": "united states",
        "u.s": "united states",
        "usa": "united states",
        "america": "united states",
        "uk": "united kingdom",
        "britain": "united kingdom",
        "great britain": "united kingdom",
    }
)


def place_key(place: str) -> str:
    words = " ".join(re.findall(r"[\w.]+", place.lower().replace("’", "'").replace("'s", "")))
    words = re.sub(r"^the\s+", "", words).rstrip(".")  # "in Lorin." ends the sentence; "U.S" is an alias
    return _ALIASES.get(words, words)


def subject_key(subject: str) -> str:
    """Comparison key of a noun-phrase subject: content words, stemmed, frames and kinds merged, sorted.

    "Chinese nationals are serving in Russia's armed forces" and "other Chinese nationals reportedly serving
    in Russia’s Armed Forces" share one key; so do "people hurt" and "people injured".
    """
    out = set()
    for word in content_words(subject, stemmed=False):  # frames and heads are listed as written
        out.add(_FRAME_OF.get(word) or _HEAD_OF.get(word) or stem(word))
    return " ".join(sorted(out))


def _frame(words: list[str]) -> str | None:
    for word in words:
        frame = _FRAME_OF.get(word.lower())
        if frame is not None:
            return frame
    return None


def _is_head(word: str) -> bool:
    low = word.lower()
    if low in _NOT_PLURAL or low in _NOT_COUNTED or not low.isascii():
        return False
    return bool(_PLURAL.search(low)) or low in _HEAD_OF


def count_claims(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    """Every count in ``sentence``, with the point it speaks to."""
    text = sentence.text
    hedged = bool(_HEDGED.search(text))
    previous: tuple[str, str | None, list[str]] | None = None  # head, frame, modifiers of the last count
    taken: list[tuple[int, int]] = []
    for match in _TOLL.finditer(text):
        found = _toll(ctx, sentence, match, hedged)
        if found is not None:
            taken.append((found.start, found.end))
            yield found
    for match in _QTY.finditer(text):
        start, end = match.span("qty")
        if any(s <= start < e for s, e in taken):
            continue
        qty_text = " ".join(match.group("qty").split())
        if _not_a_count(text, start, end, qty_text):
            continue
        quantity = read_quantity(qty_text)
        if quantity is None:
            continue
        if re.search(
            r"\b(?:a|each|every|per)\s+(?:year|day|week|month)\b|\bannually\b", text[end : end + 60]
        ):
            continue  # a rate ("kills 250,000 people a year"), not a count of what happened
        parsed = _parse_after(text, end, previous)
        if parsed is None:
            continue
        head, modifiers, predicate, elided_frame, np_end = parsed
        left = _LEFT_VERB.search(text[max(0, start - 30) : start])
        frame = elided_frame or (_frame([left.group("verb")]) if left else None)
        left_noun = re.search(
            r"\b(?P<noun>capture|killing|deaths|arrest|release|evacuation|rescue)\s+of\s+(?:the\s+)?$",
            text[max(0, start - 30) : start],
        )
        if frame is None and left_noun is not None:
            frame = _frame(
                [
                    {"capture": "captured", "release": "rescued", "arrest": "arrested"}.get(
                        left_noun.group("noun"), left_noun.group("noun")
                    )
                ]
            )
        main = re.match(
            r"\s*,?\s*(?:who|that)\b[^,.;]*?\b(?:were|was|are|is|have\s+been|had\s+been)\s+(?:also\s+|reportedly\s+)?(?P<verb>[a-z]+ed)\b",
            text[np_end:],
        )
        if frame is None and main is not None:
            frame = _frame([main.group("verb")])  # "two Chinese citizens who fought ... were captured"
        frame = frame or _frame(predicate.split()[:6])
        head_frame = _frame(modifiers + [head])  # noqa: RUF005
        if frame is None and head_frame not in {None, "serving", "attending"}:
            frame = head_frame
        if frame is None and left is None and not predicate:
            continue
        mods = sorted(
            {
                _MODIFIER_SYNONYMS.get(w, w)
                for w in (stem(m.lower()) for m in modifiers)
                if w not in STOP
                and w not in _FRAME_OF
                and not w.isdigit()
                and w not in {"dead", "more", "other", "and", "or"}
            }
            | ({"new"} if _ADDED.search(text[max(0, start - 20) : start]) else set())
        )
        head_class = _HEAD_OF.get(head.lower(), stem(head.lower()))
        if head.lower() == "deaths":
            head_class, frame = "people", "killed"
        low, high = quantity.low, quantity.high
        if re.match(r"\s*or\s+(?:more|above|over)\b", text[np_end:]):
            high = None  # "40 million people or more"
        elif re.match(r"\s*or\s+(?:fewer|less|under)\b", text[np_end:]):
            low = None
        if head.lower() in {"bodies", "corpses"} and _RECOVERED.search(
            f"{left.group('verb') if left else ''} {predicate}"
        ):
            # "50,000 bodies had already been collected": at least that many died
            head_class, frame, high = "people", "killed", None
        if head_class == "nationals" or (frame in {"serving", "captured"} and head_class == "soldiers"):
            head_class = "people"  # "Chinese citizens", "Chinese nationals", "Chinese fighters serving"
        previous = (head, frame, modifiers)
        place = _place(text, end, np_end, start, frame)
        scope = [f"place:{place}"] if place else []
        event = ctx.event_of(sentence, start) if frame in _EVENT_FRAMES else None
        if event:
            scope.append(f"event:{event}")
        disease = ctx.disease_of(sentence, start) if event == "disease" else None
        if disease:
            scope.append(f"disease:{disease}")
        noun = " ".join([*modifiers, head]).strip()
        subject = " ".join(f"{noun} {predicate}".split()[:9]) if predicate else noun
        if left is not None:
            subject = f"{noun} {left.group('verb')}"
        status = sorted({m for m in mods if m in _STATUS})
        mods = [m for m in mods if m not in _STATUS]
        if mods:
            scope.append(f"mods:{'+'.join(mods)}")
        if status:
            scope.append(f"status:{status[0]}")
        if frame is not None:
            key = f"count|{frame}|{head_class}"
        else:
            first_verb = predicate.split()[0].lower() if predicate else ""
            if not re.fullmatch(
                r"[a-z]+(?:ed|ing)|sent|held|taken|found|kept|lost|caught|brought|stuck", first_verb
            ):
                continue  # no verb: nothing says what the number counts
            key = f"count|-|{subject_key(subject)}"
            if len(key.split()) < 3:
                continue  # "deaths confirmed": too vague a point to compare
        if hedged and re.search(
            r"\b(?:worst|if|capacity|capable|would)\b", text[max(0, start - 60) : end + 40]
        ):
            continue
        if _DISPUTED.search(text[max(0, start - 60) : start]):
            continue  # "the main misleading statement is saying there are 150 dead": not asserted
        taken.append((start, end))
        yield Found(
            subject=subject,
            property="count",
            value=qty_text,
            start=start,
            end=end,
            low=low,
            high=high,
            kind=ValueKind.QUANTITY,
            key=key,
            scope=tuple(scope),
            refers_to=_refers_to(sentence, start, end),
        )


def _toll(ctx: Context, sentence: Sentence, match: re.Match[str], hedged: bool) -> Found | None:
    qty_text = " ".join(match.group("qty").split())
    quantity = read_quantity(qty_text)
    if quantity is None or re.fullmatch(r"(?:19|20)\d\d", qty_text):
        return None
    text = sentence.text
    if hedged and re.search(r"\b(?:could|would|worst|if)\b", text[match.start() : match.end("qty") + 30]):
        return None
    np = match.group("np").lower()
    frame = "cases" if "case" in np or "infection" in np else "killed"
    rest = match.group("rest") or ""
    head = "people"
    of = re.search(r"\bof\s+(?:the\s+|its\s+|their\s+)?(?P<noun>[a-z]+)", rest)
    if of and _is_head(of.group("noun")):
        head = _HEAD_OF.get(of.group("noun"), stem(of.group("noun")))
    place = _place(
        text, match.end("qty"), match.start("rest") if rest else match.end("np"), match.start(), frame
    )
    scope = [f"place:{place}"] if place else []
    event = ctx.event_of(sentence, match.start("qty"))
    if event:
        scope.append(f"event:{event}")
    subject = " ".join(f"{match.group('np')} {rest}".split())
    return Found(
        subject=subject,
        property="count",
        value=qty_text,
        start=match.start("qty"),
        end=match.end("qty"),
        low=quantity.low,
        high=quantity.high,
        kind=ValueKind.QUANTITY,
        key=f"count|{frame}|{head}",
        scope=tuple(scope),
        refers_to=_refers_to(sentence, match.start(), match.end("qty")),
    )


def _not_a_count(text: str, start: int, end: int, qty: str) -> bool:
    before = text[max(0, start - 12) : start]
    after = text[end : end + 14]
    if re.search(r"\b(?:quarter|half|third|tenth|fraction)s?\s+of\s*$", before):
        return True  # "a quarter of a million": the whole figure is read where it starts, not its "a million"
    if re.match(r"\s*(?:in|out\s+of)\s+(?:every\s+)?\d", after) or re.search(
        r"\d\s+(?:in|out\s+of)\s+(?:every\s+)?$", before
    ):
        return True  # "less than 1 in 100 people": a rate, neither figure a count
    if re.search(r"(?:[$£€#]|US\$|Rs\.?|No\.?)\s*$", before) or re.match(
        r"\s*(?:%|percent|per\s+cent)", after
    ):
        return True
    if re.fullmatch(r"(?:1[6-9]|20)\d\d", qty) or re.match(r"0\d", qty):
        return True  # a year, or a clock time ("0919 Aid charities are appealing ...")
    if re.match(r"\s*(?::\d|-year|\s*-?\s*(?:am|pm|a\.m|p\.m|GMT|BST|EDT|local)\b)", after, re.IGNORECASE):
        return True
    if re.search(r"\b(?:" + MONTH_NAMES + r")\s*$", before) or re.match(
        r"\s*(?:" + MONTH_NAMES + r")\b", after
    ):
        return True  # a day of a month
    if re.search(r"\bfrom\s*$", before) and re.search(r"\bto\b", qty):
        return False
    return bool(re.fullmatch(r"[0-2]\d[0-5]\d", qty) and not text[:start].strip())


_REPORT_NOUNS = frozenset({"reports", "instances", "incidents"})


def _parse_after(
    text: str, end: int, previous: tuple[str, str | None, list[str]] | None
) -> tuple[str, list[str], str, str | None, int] | None:
    """The counted noun phrase after a quantity: (head, modifiers, predicate, frame of an elided noun,
    end of the noun phrase)."""
    rest = text[end:]
    tokens = [
        (m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Za-z][\w’'-]*|[^\w\s]|-[LR]RB-", rest[:160])
    ]
    if not tokens:
        return None
    while (
        len(tokens) > 1
        and tokens[0][2].lower() in {"left", "made", "were", "are", "was", "been", "have", "now"}
        and (tokens[1][2].lower() in _FRAME_OF or tokens[1][2].lower() in {"left", "made", "been", "now"})
    ):
        tokens = tokens[1:]
    if len(tokens) > 2 and tokens[0][2].lower() == "other" and _is_head(tokens[2][2]):
        tokens = tokens[1:]  # "160 other Chinese nationals": the noun follows ("12 more" is an increment)
    first = tokens[0][2]
    first_low = first.lower()
    if first_low in _NOT_COUNTED:
        return None
    attributive = _attributive(tokens)
    # an elided noun: "killed 15 people and injured 170", "103 dead", "17 injured", "six in Canada"
    if (
        first_low in _FRAME_OF
        and first_low not in {"death", "lives", "case", "cases", "deaths", "crowd"}
        and not attributive
    ):
        head = previous[0] if previous else "people"
        return (
            head,
            list(previous[2]) if previous else [],
            # after a counted group ("Six people were killed and nearly 400 injured") the elided frame
            # stays in the subject ("people injured"); with no group named before ("three of its guards
            # were killed and 14 wounded", "Fifty are injured") the count stays a bare "people"
            _predicate(rest, tokens[0][0] if previous else tokens[0][1]),
            _FRAME_OF[first_low],
            end + tokens[0][1],
        )
    died = re.match(
        r"\s*(?P<how>confirmed|known|believed|feared|thought|reported)\s+to\s+have\s+"
        r"(?:been\s+)?(?P<fate>died|killed)\b",
        rest,
    )
    if died:  # "103 dead - 20 confirmed to have died from swine flu"
        return (
            previous[0] if previous else "people",
            [died.group("how")],
            _predicate(rest, died.start("fate")),
            "killed",
            end + died.end(),
        )
    if first_low in {"in", "at"} and previous is not None:
        return previous[0], list(previous[2]), "", previous[1], end
    if first in {",", ".", ";", ")", "-RRB-", "more", "others", "other"} or first_low == "and":
        if first_low in {"more", "others", "other"} and previous is not None:
            return previous[0], list(previous[2]), _predicate(rest, tokens[0][1]), None, end + tokens[0][1]
        if (
            first in {",", ".", ";"}
            and previous is None
            and re.search(r"\b(?:injured|killed|wounded|hurt)\s*$", text[: end - len(rest[:0])][-40:])
        ):
            return "people", [], "", None, end
        return None
    if (
        len(tokens) > 2
        and tokens[0][2].lower() in _REPORT_NOUNS
        and tokens[1][2].lower() == "of"
        and re.match(r"[A-Za-z]", tokens[2][2])
    ):
        tokens = tokens[2:]  # "25 reports of suspected cases": what is counted is the cases
    modifiers: list[str] = []
    if attributive:
        modifiers.append(first)  # "20 dead sea turtles": "dead" says what befell the turtles
        tokens = tokens[1:]
    for i, (_s, e, word) in enumerate(tokens[:5]):
        if not re.match(r"[A-Za-z]", word):
            return None
        coordinated = (  # "UN military and police personnel": coordinated modifiers of one noun
            i + 3 < len(tokens)
            and tokens[i + 1][2].lower() in {"and", "or"}
            and tokens[i + 3][2].lower() in _HEAD_OF
        )
        if (
            _is_head(word)
            and not coordinated
            and not (
                i + 1 < len(tokens) and _is_head(tokens[i + 1][2]) and tokens[i + 1][2].lower() in _HEAD_OF
            )
        ):
            if word.lower() == "dead" and i == 0:
                return None
            return word, modifiers, _predicate(rest, e), None, end + e
        if word.lower() in {"of", "to", "for", "with", "than", "from"}:
            return None
        modifiers.append(word)
    return None


_ATTRIBUTIVE_FRAMES = frozenset({"dead", "injured", "wounded", "missing", "displaced", "infected"})


def _attributive(tokens: list[tuple[int, int, str]]) -> bool:
    """Whether a fate word right after the number qualifies the counted noun that follows ("20 dead sea
    turtles", "15 injured workers") rather than standing for an elided one ("103 dead - 20 confirmed",
    "five dead and 30 injured", "17 injured in the blast")."""
    if len(tokens) < 2 or tokens[0][2].lower() not in _ATTRIBUTIVE_FRAMES:
        return False
    for _s, _e, word in tokens[1:4]:
        low = word.lower()
        if not re.fullmatch(r"[A-Za-z][a-z-]*", word) or low in STOP or low in _BOUNDARY_WORDS:
            return False
        if _is_head(word):
            return True
        if re.fullmatch(r"[a-z]+(?:ed|ing)", low):
            return False  # "12 dead included children": a verb, not a modifier
    return False


_BOUNDARY_WORDS = frozenset({"and", "or", "but", "while", "after", "before", "since", "when", "including"})


def _predicate(rest: str, offset: int) -> str:
    """The verb phrase after a counted noun, up to the end of its clause (at most eight words)."""
    tail = rest[offset:]
    tail = re.sub(r"^\s*(?:,\s*)?(?:who|that)\s+", " ", tail)
    cut = _BOUNDARY.search(tail)
    phrase = tail[: cut.start()] if cut else tail
    words = [
        w
        for w in phrase.split()
        if w.lower() not in {"are", "were", "have", "has", "had", "been", "be", "is", "was"}
    ]
    return " ".join(words[:8])


def _place(text: str, qty_end: int, np_end: int, qty_start: int, frame: str | None) -> str | None:
    """Where the counted thing happened: "in Mexico", "at Tahrir Square", or a list's "Mexico :" label."""
    listed = _LIST_PLACE.search(text[max(0, qty_start - 40) : qty_start])
    if listed:
        return place_key(listed.group("place"))
    if frame == "serving":
        return None  # "serving in Russia's armed forces": where they serve, not where it happened
    clause = text[np_end:]
    site = re.match(
        r"\s*(?:(?:have|has|had)\s+been\s+|were\s+|are\s+)?(?:brought|taken|admitted|carried|rushed)\s+"
        r"(?:in)?to\s+(?P<site>(?:[\w’'-]+\s+){0,5}?(?:hospitals?|morgues?|mosques?|clinics?|churches?|"
        r"schools?|entrance|field\s+hospital))\b",
        clause,
    )
    if site:  # "five dead people have been brought into this entrance of this mosque": one site's count
        return place_key(site.group("site"))
    if re.match(r"\s*(?:worldwide|globally|around\s+the\s+world|across\s+the\s+world)\b", clause):
        return "world"  # "800 deaths worldwide" is no country's count
    # a place in the next clause, with its own subject ("... found dead and necropsies were being done
    # at the National Marine Fisheries Services"), is where that clause happens
    cut = re.search(
        r"[;:!?]|\b(?:but|while|according|said|says)\b|"
        r"\band\s+(?:[\w’'-]+\s+){1,3}(?:were|was|are|is|have|has|had)\b",
        clause,
    )
    clause = clause[: cut.start()] if cut else clause
    match = _PLACE.search(clause[:90])
    if match is None:
        match = _FRONTED_PLACE.match(text[:qty_start])  # "In Leogane , between 5,000 and 10,000 ..."
    if match is None:
        window = text[max(0, qty_start - 70) : qty_start]
        before = list(_PLACE.finditer(window))
        if not before or re.search(r"\b(?:said|says|told)\b", window[before[-1].end() :]):
            return None
        between = window[before[-1].end() :]
        # a place in the clause before ("killed in Port-au-Prince and 36 ...") is that clause's, unless
        # it names the event the sentence is about ("killed in the Haiti earthquake, and 188 ...")
        if re.search(r"\band\b", between) and not event_classes(" ".join(between.split()[:1])):
            return None
        match = before[-1]
    place = match.group("place")
    if place.split()[0].lower() in {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }:
        return None
    return place_key(place)


def _refers_to(sentence: Sentence, start: int, end: int) -> TimeValue | None:
    """The time a count speaks of when the sentence dates it near the number ("in 2005")."""
    best: tuple[int, TimeValue] | None = None
    for timex in sentence.timexes:
        t_start, t_end = timex.start - sentence.start, timex.end - sentence.start
        distance = t_start - end if t_start >= end else start - t_end
        since = re.search(r"\bsince\s*$", sentence.text[max(0, t_start - 8) : t_start])
        if since:
            continue  # "has killed 261 people ... since 2003": a count up to now, not of 2003
        if not timex.future and distance >= 0 and (best is None or distance < best[0]):
            best = (distance, timex.value)
    return best[1] if best else None
