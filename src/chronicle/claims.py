"""Checkable statements in the documents, with who makes them and the exact quote.

:func:`extract_claims` reads every body sentence and keeps statements of a few shapes that outlets
contradict each other on, each with a precise subject so that two claims can later be compared safely:

* **counts**: "at least 163 Chinese nationals are serving in Russia's armed forces" → subject "Chinese
  nationals serving in Russia's armed forces", property "count", value "at least 163", low 163, high None;
  "the attack killed 12 people" → subject "people killed", value "12";
* **event dates** of a named person (or of a definite event noun: "the earthquake struck on ..."):
  "on April 5, he was captured" → subject "Chang Renbo", property "captured on", date 2025-04-05 — the
  date is the :class:`~chronicle.model.Timex` the annotator grounded, never re-parsed here;
* **attributes of a named person**: age ("the 34-year-old", "Wang, 34,"), birth year ("born in 1991"),
  home province ("from Hubei province"), occupation ("worked as a firefighter").

Person claims need a person whose full name the entity stage found: a bare surname or pronoun is followed
only when it resolves to exactly one such person. The speaker is whom the sentence attributes the statement
to ("according to the SBU", "Zelensky said", "the prisoner said"); the outlet is on the citation.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from chronicle.model import (
    Citation,
    Claim,
    Document,
    Entity,
    EntityKind,
    Granularity,
    Sentence,
    TimeValue,
    Timex,
)
from chronicle.numbers import NUMBER_WORDS

__all__ = ["extract_claims", "parse_quantity", "subject_key"]

# --------------------------------------------------------------------------------------------------------
# numbers

_SMALL = MappingProxyType({**NUMBER_WORDS, "dozen": 12})
_SCALE = MappingProxyType({"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000})
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:" + "|".join(_SMALL) + r")(?:[- ](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?)(?:\s+(?:hundred|thousand|million|billion))?"
)
_QUALIFIERS = MappingProxyType(
    {
        "at least": "low",
        "no fewer than": "low",
        "no less than": "low",
        "a minimum of": "low",
        "more than": "above",
        "over": "above",
        "upwards of": "above",
        "nearly": "below",
        "almost": "below",
        "close to": "below",
        "just under": "below",
        "fewer than": "below",
        "less than": "below",
        "under": "below",
        "up to": "high",
        "as many as": "high",
        "at most": "high",
        "no more than": "high",
        "about": "approx",
        "around": "approx",
        "approximately": "approx",
        "roughly": "approx",
        "some": "approx",
        "an estimated": "approx",
        "estimated": "approx",
        "almost exactly": "exact",
        "exactly": "exact",
    }
)
_QUALIFIER = r"(?:" + "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True)) + r")"


def _number_value(text: str) -> float | None:
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    first = words[0].replace(",", "")
    try:
        value = float(first)
        rest = words[1:]
    except ValueError:
        if words[0] not in _SMALL:
            return None
        value = float(_SMALL[words[0]])
        rest = words[1:]
        if rest and rest[0] in _SMALL and _SMALL[rest[0]] < 10:
            value += _SMALL[rest[0]]
            rest = rest[1:]
    for word in rest:
        if word in _SCALE:
            value *= _SCALE[word]
    return value


def parse_quantity(text: str) -> tuple[float | None, float | None]:
    """The range a quantity states: "at least 163" → (163, None), "about 20" → (18, 22), "12" → (12, 12).

    "more than N" is (N, None) and "nearly N" (None, N); approximate values get ±10%; a bare round number
    (two or more trailing zeros: 200, 1,000) is read as approximate too.
    """
    cleaned = " ".join(text.split())
    qualifier = "exact"
    match = re.match(_QUALIFIER + r"\s+", cleaned, re.IGNORECASE)
    if match:
        qualifier = _QUALIFIERS[match.group(0).strip().lower()]
        cleaned = cleaned[match.end() :]
    value = _number_value(cleaned)
    if value is None:
        return None, None
    if qualifier in ("low", "above"):
        return value, None
    if qualifier in ("below", "high"):
        return None, value
    if qualifier == "approx" or (match is None and _is_round(cleaned)):
        spread = max(1.0, round(value * 0.1))
        return value - spread, value + spread
    return value, value


def _is_round(number_text: str) -> bool:
    digits = number_text.split()[0].replace(",", "")
    if not digits.isdigit():
        return len(number_text.split()) > 1  # "two hundred", "five thousand"
    return (len(digits) >= 3 and digits.endswith("00")) or len(number_text.split()) > 1


# --------------------------------------------------------------------------------------------------------
# subjects

_KEY_STOP = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "into",
        "who",
        "that",
        "which",
        "are",
        "is",
        "were",
        "was",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "other",
        "reportedly",
        "currently",
        "now",
        "still",
        "also",
        "already",
        "allegedly",
        "apparently",
        "so",
        "far",
        "total",
        "all",
        "some",
        "s",
        "its",
        "their",
        "his",
        "her",
        "more",
        "about",
        "as",
        "many",
        # "left 13 people dead": the verb that carries a casualty count says nothing about which event
        "left",
        "leaving",
        "leave",
        "leaves",
    }
)


def _stem(word: str) -> str:
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def subject_key(subject: str) -> str:
    """Comparison key of a noun-phrase subject: content words, stemmed, synonyms of casualty verbs merged,
    sorted.

    "Chinese nationals are serving in Russia's armed forces" and "other Chinese nationals reportedly serving
    in Russia’s Armed Forces" share one key; so do "people hurt" and "people injured".
    """
    words = re.findall(r"[a-z0-9]+", subject.lower().replace("’", "'").replace("'s", ""))
    return " ".join(sorted({_SYNONYM.get(w, _stem(w)) for w in words if w not in _KEY_STOP}))


# Words news uses interchangeably for the same count of casualties (stems as _stem leaves them).
_SYNONYM = MappingProxyType(
    {
        "hurt": "injur",
        "injured": "injur",
        "injuring": "injur",
        "wounded": "injur",
        "wounding": "injur",
        "killed": "kill",
        "killing": "kill",
        "dead": "kill",
        "died": "kill",
        "slain": "kill",
    }
)


# --------------------------------------------------------------------------------------------------------
# mentions, pronouns, speakers


@dataclass(frozen=True)
class _Named:
    start: int  # offsets into the article text
    end: int
    entity: Entity


class _Context:
    """What one document's sentences name: entity mentions by position, recent people for pronouns."""

    def __init__(self, document: Document, entities: Sequence[Entity]) -> None:
        self.document = document
        named: list[_Named] = []
        for entity in entities:
            for m in entity.mentions:
                if m.article_id == document.id:
                    named.append(_Named(m.start, m.end, entity))
        named.sort(key=lambda n: n.start)
        self.named = named
        self._starts = [n.start for n in named]

    def in_span(self, start: int, end: int) -> list[_Named]:
        i = bisect.bisect_left(self._starts, start)
        out: list[_Named] = []
        while i < len(self.named) and self.named[i].start < end:
            if self.named[i].end <= end:
                out.append(self.named[i])
            i += 1
        return out

    def people(self, start: int, end: int) -> list[_Named]:
        return [n for n in self.in_span(start, end) if _is_full_person(n.entity)]

    def recent_person(self, sentence: Sentence, position: int, window: int = 2) -> Entity | None:
        """The one full-named person a pronoun at ``position`` can refer to.

        The nearest person named earlier in the same sentence; else, when the previous ``window`` sentences
        name exactly one person, that person; else None.
        """
        before = self.people(sentence.start, position)
        if before:
            return before[-1].entity
        if self.people(position, sentence.end):
            return None  # a person named later in the sentence makes the pronoun ambiguous
        first = max(0, sentence.index - window)
        sentences = self.document.sentences
        if first >= sentence.index:
            return None
        span_start = sentences[first].start
        people = {n.entity.id: n.entity for n in self.people(span_start, sentence.start)}
        return next(iter(people.values())) if len(people) == 1 else None


def _is_full_person(entity: Entity) -> bool:
    return entity.kind is EntityKind.PERSON and len(entity.name.split()) >= 2


_SAY = r"(?:said|says|told|reported|announced|stated|noted|confirmed|added|claimed|insisted|wrote|explained)"
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<who>[^,.;:\"“”]{2,80})")
_SPEAKER_BEFORE = re.compile(
    r"(?P<who>\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er) [a-z’'-]+(?: [a-z’'-]+)?|\b[Hh]e|\b[Ss]he|\b[Tt]hey|"
    r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)\s+(?:also\s+|later\s+|had\s+|has\s+)?" + _SAY + r"\b"
)
_SPEAKER_AFTER = re.compile(
    r"\b" + _SAY + r"\s+(?P<who>(?:the|The) [a-z’'-]+(?: [a-z’'-]+)?|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)\s*[.,]"
)
_SPEAKER_CUT = re.compile(
    r"\s+(?:on|in|at|obtained|cited|seen|published|quoted|released|who|which|that)\b.*$"
)
_NOT_SPEAKERS = frozenset({"it", "this", "that", "there", "which", "who"})


def _speaker(ctx: _Context, sentence: Sentence) -> str | None:
    """Whom the sentence attributes what it says to, if it says."""
    text = sentence.text
    for pattern in (_ACCORDING, _SPEAKER_BEFORE, _SPEAKER_AFTER):
        for match in pattern.finditer(text):
            who = _SPEAKER_CUT.sub("", match.group("who")).strip()
            start = sentence.start + match.start("who")
            named = ctx.in_span(start, start + len(who))
            if named:
                return named[0].entity.name
            if who.lower() in {"he", "she"}:
                person = ctx.recent_person(sentence, start)
                if person is not None:
                    return person.name
                continue
            if who.lower() in _NOT_SPEAKERS or who.lower() == "they" or not who:
                continue
            if (
                pattern is _SPEAKER_BEFORE
                and who[:1].isupper()
                and match.start("who") == 0
                and " " not in who
            ):
                continue  # a sentence-initial capitalised word that is no known name
            words = who.split()
            if len(words) > 6:
                continue
            return who[0].lower() + who[1:] if words[0] in {"The", "A", "An", "His", "Her"} else who
    return None


# --------------------------------------------------------------------------------------------------------
# the claim extractors

_SP = r"\s*"  # T17 text is tokenised ("Jackson , 50 ,"): tolerate spaces before punctuation


@dataclass(frozen=True)
class _Found:
    subject: str
    property: str
    value: str
    subject_id: str | None = None
    low: float | None = None
    high: float | None = None
    date: TimeValue | None = None


# counts --------------------------------------------------------------------------------------------------

# The head noun of what is counted: a plural in -s, or an irregular plural standing alone or ending a
# compound ("people", "servicemen", "children").
_PLURAL_HEAD = (
    r"(?!(?:was|has|is|his|its|this|thus|as|us|does|less|unless|across|plus|whereas|perhaps)\b)"
    r"(?:[a-z][a-z-]*(?:s|men|people|children)|people|men|women|children|police|personnel|staff|crew)"
)
_PREDICATE_STOP = re.compile(
    r"\b(?:and|but|while|after|before|since|as|according|because|when|which|who|although|though|on|"
    r"said|says|told|reported|announced|including|with|amid|during|the\s+(?:ministry|office|agency))\b.*$",
    re.IGNORECASE,
)
_COUNT_FORWARD = re.compile(
    r"(?<![\w.,$£€#-])(?P<qty>(?i:(?:" + _QUALIFIER + r"\s+)?" + _NUMBER + r"))\s+"
    r"(?P<np>(?:(?:other|more|[A-Z][\w’'-]*|[a-z][a-z-]*)\s+){0,3}?" + _PLURAL_HEAD + r")\b"
    r"(?:\s*,\s*)?\s+(?:who\s+|that\s+)?(?:(?:are|were|have\s+been|had\s+been|has\s+been|remain|remained)\s+)?"
    r"(?:(?:reportedly|currently|now|still|also|already|allegedly|believed\s+to\s+be|thought\s+to\s+be)\s+)*"
    r"(?P<verb>(?!according|including|regarding|following|during)[a-z]+(?:ing|ed)|dead|missing|hurt|sent|held|"
    r"taken|left|found|shot|hit|caught|brought|kept|lost|stuck|slain|stranded)\b(?P<rest>[^,.;:!?\"“”()]*)"
)
_COUNT_VERB = (
    r"(?:killed|kills|killing|left|leaving|injured|injuring|wounded|wounding|infected|infecting|"
    r"evacuated|evacuating|displaced|arrested|detained|captured|freed|released|rescued|employed|employs|"
    r"deployed|sent|recruited|hospitali[sz]ed|claimed)"
)
_COUNT_BACKWARD = re.compile(
    r"\b(?P<verb>" + _COUNT_VERB + r")\s+(?P<qty>(?i:(?:" + _QUALIFIER + r"\s+)?" + _NUMBER + r"))\s+"
    r"(?P<np>(?:(?:other|more|[A-Z][\w’'-]*|[a-z][a-z-]*)\s+){0,3}?"
    + _PLURAL_HEAD
    + r")\b(?P<rest>[^,.;:!?\"“”()]*)"
)
_TOLL = re.compile(
    r"\b(?P<np>death toll|number of (?:dead|deaths|victims|confirmed cases|cases|infections)|toll)\b"
    r"(?P<rest>(?:\s+(?:in|from|of)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)*){0,2})\s+"
    r"(?:has\s+|had\s+|now\s+)?(?:rose|risen|rises|climbed|jumped|reached|stands|stood|is|was|hit|of)\s+"
    r"(?:to\s+|at\s+)?(?P<qty>(?i:(?:" + _QUALIFIER + r"\s+)?" + _NUMBER + r"))\b"
)
_NOT_COUNT_NOUNS = frozenset(
    {
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "seconds",
        "times",
        "percent",
        "dollars",
        "euros",
        "pounds",
        "miles",
        "kilometres",
        "kilometers",
        "metres",
        "meters",
        "feet",
        "tons",
        "tonnes",
        "barrels",
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
    }
)
_TRAILING_FUNCTION = re.compile(r"(?:\s+(?:the|a|an|of|in|to|at|by|for|from|with|his|her|their|its|on))+\s*$")


def _count_claims(text: str) -> Iterator[tuple[int, _Found]]:
    for pattern in (_COUNT_FORWARD, _COUNT_BACKWARD):
        for match in pattern.finditer(text):
            np = match.group("np")
            head = np.split()[-1].lower()
            if head in _NOT_COUNT_NOUNS or np.split()[0].lower() in _NOT_COUNT_NOUNS:
                continue
            if re.search(r"\d", np) or any(w[:1].isupper() for w in np.split()[-1:]):
                continue
            qty = " ".join(match.group("qty").split())
            if re.fullmatch(r"(?:19|20)\d\d", qty) or re.match(r"0\d", qty):
                continue  # a year, or a clock time ("0919 Aid charities are appealing ..."), not a count
            if re.fullmatch(r"[0-2]\d[0-5]\d", qty) and not text[: match.start("qty")].strip():
                continue  # a live page's timestamp opening the sentence
            low, high = parse_quantity(qty)
            if low is None and high is None:
                continue
            rest = _PREDICATE_STOP.sub("", match.group("rest"))
            rest = _TRAILING_FUNCTION.sub("", " ".join(rest.split()[:6]))
            noun = re.sub(r"^(?:other|more)\s+", "", " ".join(np.split()))
            subject = f"{noun} {match.group('verb')} {rest}".strip()
            yield match.start("qty"), _Found(subject, "count", qty, low=low, high=high)
    for match in _TOLL.finditer(text):
        qty = " ".join(match.group("qty").split())
        low, high = parse_quantity(qty)
        if low is None and high is None:
            continue
        subject = " ".join(f"{match.group('np')} {match.group('rest')}".split())
        yield match.start("qty"), _Found(subject, "count", qty, low=low, high=high)


# people's attributes --------------------------------------------------------------------------------------

_AGE_WORD = r"(?:\d{1,3}|" + "|".join(_SMALL) + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
_YEAR_OLD = re.compile(r"\b(?P<age>" + _AGE_WORD + r")-year-old\b", re.IGNORECASE)
_AGE_APPOSITION = re.compile(
    r"^" + _SP + r",\s*(?:aged\s+)?(?P<age>\d{1,3})\s*(?:,|\.|$)|^\s*\((?P<age2>\d{1,3})\)"
)
_BORN = re.compile(
    r"\bborn\s+(?:in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+)?(?:(?:in|on)\s+)?"
    r"(?:[A-Z][a-z]+\s+(?:\d{1,2}\s*,?\s*)?)?(?P<year>1[89]\d\d|20[0-2]\d)\b"
)
_OCCUPATION = re.compile(
    r"\b(?:worked|works|working|had\s+worked|was\s+working|was\s+employed|is\s+employed|used\s+to\s+work)"
    r"\s+as\s+(?:an?\s+)?(?P<job>[a-z][a-z -]{2,50}?)(?=\s+(?:in|at|for|before|until|when|with|on|from|"
    r"who|where|since|after|during|but)\b|\s*[,.;:!?\"“”()]|\s+and\s+(?:then|later|went|was|had|decided)\b|$)"
)
_PROVINCE = re.compile(
    r"\b(?:from|native\s+of|hails\s+from|born\s+in|comes\s+from|home\s+in)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:province|Province)\b"
)
_AGE_SUBJECT_GAP = re.compile(r"^\s*(?:[A-Za-z’'-]+\s+){0,3}$")
# Words that cannot sit between "50-year-old" and the name it describes ("the 58-year-old was charged
# with Jackson's death" is not about Jackson).
_AGE_GAP_STOP = re.compile(
    r"\b(?:was|is|were|are|had|has|have|been|be|with|of|and|or|to|in|at|for|by|on|from|that|who|which|"
    r"said|says|told|after|before|than|as|his|her|their|its|a|an|the)\b|\w+(?:ed|ing)\b",
    re.IGNORECASE,
)


def _age_value(text: str) -> int | None:
    value = _number_value(text)
    return int(value) if value is not None and 0 < value < 120 else None


def _person_claims(ctx: _Context, sentence: Sentence) -> Iterator[tuple[int, _Found]]:
    text, base = sentence.text, sentence.start
    people = ctx.people(sentence.start, sentence.end)
    # "Wang Guangjun, 34," / "Wang Guangjun (34)" / "Wang, aged 34,"
    for named in people:
        tail = ctx.document.article.text[named.end : sentence.end]
        match = _AGE_APPOSITION.match(tail)
        if match:
            age = _age_value(match.group("age") or match.group("age2"))
            if age is not None:
                yield named.end - base, _age(named.entity, age, str(age))
    # "34-year-old Wang Guangjun", "the 34-year-old" (pronoun-like), "Wang Guangjun, a 34-year-old"
    for match in _YEAR_OLD.finditer(text):
        age = _age_value(match.group("age"))
        if age is None:
            continue
        subject = _year_old_subject(ctx, sentence, match, people)
        if subject is not None:
            yield match.start(), _age(subject, age, f"{match.group('age')}-year-old")
    for match in _BORN.finditer(text):
        subject = _attribute_subject(ctx, sentence, match.start(), people)
        if subject is not None:
            year = int(match.group("year"))
            yield (
                match.start(),
                _Found(subject.name, "birth year", str(year), subject.id, low=year, high=year),
            )
    for match in _OCCUPATION.finditer(text):
        subject = _attribute_subject(ctx, sentence, match.start(), people)
        job = " ".join(match.group("job").split())
        if subject is not None and job:
            yield match.start(), _Found(subject.name, "occupation", job, subject.id)
    for match in _PROVINCE.finditer(text):
        subject = _attribute_subject(ctx, sentence, match.start(), people)
        if subject is not None:
            yield match.start(), _Found(subject.name, "home province", match.group("place"), subject.id)


def _age(entity: Entity, age: int, shown: str) -> _Found:
    return _Found(entity.name, "age", shown, entity.id, low=age, high=age)


def _year_old_subject(
    ctx: _Context, sentence: Sentence, match: re.Match[str], people: list[_Named]
) -> Entity | None:
    text, base = sentence.text, sentence.start
    # a name right after: "50-year-old Jackson", "the 50-year-old singer Michael Jackson"
    for named in people:
        gap = text[match.end() : named.start - base]
        if (
            named.start - base >= match.end()
            and _AGE_SUBJECT_GAP.match(gap)
            and not _AGE_GAP_STOP.search(gap)
        ):
            return named.entity
    # a name right before, in apposition: "Wang Guangjun, a 34-year-old ..."
    for named in people:
        gap = text[named.end - base : match.start()]
        if named.end - base <= match.start() and re.fullmatch(r"\s*,\s*(?:an?|the)\s+", gap):
            return named.entity
    # "The 34-year-old said ..." with no one else named: the person of the previous sentences
    prefix = text[: match.start()]
    after = text[match.end() :]
    if (
        re.fullmatch(r"\s*[Tt]he\s+", prefix)
        and not people
        and re.match(r"\s+(?:[a-z]+\s+)?" + _VERB_AFTER, after)
    ):
        return ctx.recent_person(sentence, base + match.start())
    return None


_VERB_AFTER = r"(?:said|says|told|was|is|had|has|added|described|denied|admitted|died|worked)\b"


def _attribute_subject(
    ctx: _Context, sentence: Sentence, position: int, people: list[_Named]
) -> Entity | None:
    """The person an attribute at ``position`` is about.

    A name in apposition just before ("Wang Guangjun, born in 1991"), a name followed by a short verb
    phrase ("Wang Guangjun said that he worked as"), or a pronoun right before resolved to one person.
    """
    text, base = sentence.text, sentence.start
    before = [n for n in people if n.end - base <= position]
    if before:
        nearest = before[-1]
        gap = text[nearest.end - base : position]
        if re.fullmatch(r"\s*,\s*(?:who\s+(?:was|is)\s+)?", gap) or re.fullmatch(
            r"\s+(?:was|is|had|has|himself|herself|also|previously|once|reportedly|,)*\s*", gap
        ):
            return nearest.entity
        if re.fullmatch(
            r"\s+(?:[a-z]+\s+){0,2}(?:said|says|told|explained|added|stated|claimed)\s+(?:[a-z]+\s+)?"
            r"(?:that\s+)?(?:he|she)\s+(?:had\s+|has\s+|previously\s+|once\s+|was\s+|is\s+)*",
            gap,
        ):
            return nearest.entity
        if (
            re.search(r"\b(?:he|she)\s+(?:had\s+|has\s+|previously\s+|once\s+|was\s+|is\s+)*$", gap)
            and len({n.entity.id for n in people}) == 1
        ):
            return nearest.entity
        return None
    pronoun = re.search(
        r"\b(?:[Hh]e|[Ss]he)\s+(?:had\s+|has\s+|previously\s+|once\s+|was\s+|is\s+)*$", text[:position]
    )
    if pronoun and not people:
        return ctx.recent_person(sentence, base + pronoun.start())
    return None


# event dates ---------------------------------------------------------------------------------------------

_PASSIVE_EVENTS = (
    "captured",
    "arrested",
    "detained",
    "killed",
    "released",
    "freed",
    "kidnapped",
    "abducted",
    "elected",
    "appointed",
    "sentenced",
    "charged",
    "convicted",
    "acquitted",
    "wounded",
    "injured",
    "hospitalized",
    "hospitalised",
    "buried",
    "executed",
    "extradited",
    "deported",
    "indicted",
    "shot",
    "rescued",
    "evacuated",
    "exchanged",
    "ousted",
    "dismissed",
    "fired",
    "sworn in",
    "pronounced dead",
    "taken prisoner",
    "transferred",
    "sent",
    "discharged",
    "questioned",
    "interrogated",
)
_ACTIVE_EVENTS = (
    "arrived",
    "died",
    "resigned",
    "returned",
    "fled",
    "surrendered",
    "landed",
    "struck",
    "began",
    "started",
    "ended",
    "collapsed",
    "crashed",
    "exploded",
    "sank",
    "erupted",
    "escaped",
    "disappeared",
    "stepped down",
    "took office",
    "went missing",
    "defected",
    "signed up",
    "enlisted",
    "was born",
)
_MOVEMENT = frozenset(
    {"arrived", "returned", "fled", "transferred", "sent", "landed", "escaped", "evacuated"}
)
_REPORTING = (
    r"said|says|told|announced|reported|stated|noted|confirmed|added|claimed|published|wrote|revealed|"
    r"explained|denied|insisted|tweeted|posted|according|showed|shows|released\s+(?:a|the)\s+video"
)
_EVENT_VERB = re.compile(
    r"\b(?P<aux>(?:was|were|had\s+been|has\s+been|have\s+been|got|is|are)\s+(?:also\s+|reportedly\s+|allegedly\s+)?)?"
    r"(?P<verb>"
    + "|".join(
        sorted(
            (re.escape(v).replace(r"\ ", r"\s+") for v in _PASSIVE_EVENTS + _ACTIVE_EVENTS),
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
_REPORT_VERB = re.compile(r"\b(?:" + _REPORTING + r")\b")
_DESTINATION = re.compile(
    r"^\s+(?:in|to|at)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|front(?:\s+line)?)"
)
_EVENT_NOUNS = (
    r"earthquake|quake|aftershock|explosion|blast|attack|spill|leak|crash|storm|hurricane|outbreak|"
    r"election|vote|referendum|trial|funeral|memorial|hearing|summit|ceasefire|strike|fire|eruption"
)
_EVENT_SUBJECT = re.compile(r"\b[Tt]he\s+(?P<np>(?:[a-z-]+\s+){0,2}?(?:" + _EVENT_NOUNS + r"))\s+$")
_MAX_DATE_DISTANCE = 70


def _date_claims(ctx: _Context, sentence: Sentence) -> Iterator[tuple[int, _Found]]:
    timexes = [
        t
        for t in sentence.timexes
        if not t.future
        and t.value.granularity is not Granularity.WEEK
        and not re.search(
            r"\bago\b|\babout\b|\baround\b|\bor\b",
            t.text + sentence.text[t.end - sentence.start : t.end - sentence.start + 12],
        )
    ]
    if not timexes:
        return
    text, base = sentence.text, sentence.start
    verbs = [(m.start("verb"), m.end("verb"), m) for m in _EVENT_VERB.finditer(text)]
    reports = [(m.start(), m.end()) for m in _REPORT_VERB.finditer(text)]
    anchors = [(s, e, True) for s, e, _ in verbs] + [(s, e, False) for s, e in reports]
    people = ctx.people(sentence.start, sentence.end)
    for timex in timexes:
        t_start, t_end = timex.start - base, timex.end - base
        nearest = min(anchors, key=lambda a: _reach(text, a[0], a[1], t_start, t_end), default=None)
        if (
            nearest is None
            or not nearest[2]
            or _distance(nearest[0], nearest[1], t_start, t_end) > _MAX_DATE_DISTANCE
        ):
            continue
        match = next(m for s, _, m in verbs if s == nearest[0])
        closest = min(timexes, key=lambda t: _distance(t.start - base, t.end - base, nearest[0], nearest[1]))
        if closest is not timex:
            continue  # the verb has a nearer date ("arrived on December 24, and four days later, on ...")
        verb = " ".join(match.group("verb").split())
        if verb == "was born":
            continue  # birth years are person attributes
        if verb in _PASSIVE_EVENTS and not match.group("aux") and not _apposition_before(text, match.start()):
            continue  # "killed" without "was": the subject is the agent, not who it happened to
        if _between_clause(text, t_start, t_end, match.start("verb"), match.end("verb")):
            continue
        if not _plain_gap(text, t_start, t_end, match.start("verb"), match.end("verb")):
            continue
        found = _event_subject(ctx, sentence, match, people)
        if found is None:
            continue
        subject, subject_id = found
        prop = verb
        if verb in _MOVEMENT:
            dest = _DESTINATION.match(text[match.end("verb") :])
            if dest is None:
                continue  # "transferred on April 1": where to is part of the event
            place = " ".join(dest.group("place").split())
            prop = f"arrived in {place}" if verb == "arrived" else f"{verb} to {place}"
        yield t_start, _Found(subject, f"{prop} on", _date_text(timex), subject_id, date=timex.value)


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def _reach(text: str, a_start: int, a_end: int, t_start: int, t_end: int) -> int:
    """Distance from a verb to a date, longer across a comma ("on April 5, according to ...")."""
    gap = text[a_end:t_start] if a_end <= t_start else text[t_end:a_start]
    return _distance(a_start, a_end, t_start, t_end) + (100 if "," in gap else 0)


_GAP_VERB = re.compile(r"\b\w+(?:ed|ing)\b|\b(?:" + _REPORTING + r")\b")


def _plain_gap(text: str, t_start: int, t_end: int, v_start: int, v_end: int) -> bool:
    """Whether only a few words and no other verb lie between the date and the event verb."""
    gap = text[t_end:v_start] if t_end <= v_start else text[v_end:t_start]
    return len(gap.split()) <= 8 and not _GAP_VERB.search(gap)


def _between_clause(text: str, t_start: int, t_end: int, v_start: int, v_end: int) -> bool:
    """Whether a new clause (a semicolon, "and"/"but" followed by another verb) separates timex and verb."""
    gap = text[t_end:v_start] if t_end <= v_start else text[v_end:t_start]
    return bool(re.search(r";|\bbut\b|\bwhile\b|\bafter\b|\bbefore\b|\bthen\b|\buntil\b|\bsince\b", gap))


def _apposition_before(text: str, position: int) -> bool:
    return bool(re.search(r",\s*$", text[:position]))


def _event_subject(
    ctx: _Context, sentence: Sentence, match: re.Match[str], people: list[_Named]
) -> tuple[str, str | None] | None:
    text, base = sentence.text, sentence.start
    start = match.start()
    before_text = text[:start]
    pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\s+$", before_text)
    if pronoun:
        person = ctx.recent_person(sentence, base + pronoun.start())
        return (person.name, person.id) if person is not None else None
    before = [n for n in people if n.end - base <= start]
    if before:
        nearest = before[-1]
        gap = text[nearest.end - base : start]
        if re.fullmatch(r"\s*(?:,\s*[^,]{0,60},\s*|\s+(?:who\s+)?)?", gap) or gap.strip() == "":
            return nearest.entity.name, nearest.entity.id
        return None
    event = _EVENT_SUBJECT.search(before_text)
    if event:
        return " ".join(event.group("np").lower().split()), None
    return None


def _date_text(timex: Timex) -> str:
    value = timex.value
    day = value.as_date()
    if day is not None:
        return f"{day:%B} {day.day}, {day.year}"
    if value.granularity is Granularity.MONTH and value.month is not None:
        import calendar

        return f"{calendar.month_name[value.month]} {value.year}"
    return str(value)


# --------------------------------------------------------------------------------------------------------
# the public entry point


def extract_claims(documents: Iterable[Document], entities: Sequence[Entity]) -> tuple[Claim, ...]:
    """Every checkable claim in ``documents``' body sentences, in article then sentence order.

    ``entities`` come from :func:`chronicle.entities.extract_entities` on the same documents: claims about
    people name their subject by the entity's canonical name and carry its id.
    """
    claims: list[Claim] = []
    for document in documents:
        ctx = _Context(document, entities)
        article = document.article
        for sentence in document.sentences:
            found = list(_count_claims(sentence.text))
            found += list(_person_claims(ctx, sentence))
            found += list(_date_claims(ctx, sentence))
            if not found:
                continue
            speaker = _speaker(ctx, sentence)
            citation = Citation.of(article, sentence)
            seen: set[tuple[str, str, str]] = set()
            for position, f in sorted(found, key=lambda pair: pair[0]):
                if (f.subject, f.property, f.value) in seen:
                    continue
                seen.add((f.subject, f.property, f.value))
                digest = hashlib.sha1(
                    f"{article.id}|{sentence.start}|{position}|{f.subject}|{f.property}|{f.value}".encode()
                ).hexdigest()[:16]
                claims.append(
                    Claim(
                        id=digest,
                        subject=f.subject,
                        property=f.property,
                        value=f.value,
                        citation=citation,
                        speaker=speaker,
                        low=f.low,
                        high=f.high,
                        date=f.date,
                        subject_id=f.subject_id,
                    )
                )
    return tuple(claims)
