"""When events happened: "on April 5, he was captured", "the rig sank on 22 April", "the quake struck at
12:50 pm", "he was captured in the Donetsk region".

The date is the :class:`~chronicle.model.Timex` the annotator grounded, never re-parsed here. A date belongs
to an event verb only when it is that verb's nearest date, the verb is its nearest verb (a date next to
"said" is the date of the saying), no other verb lies between them, and the expression is not vague.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from chronicle.claims._base import Found, stem
from chronicle.claims.context import Context, Named
from chronicle.lexicon import ACTIVE_EVENT_VERBS, PASSIVE_EVENT_VERBS
from chronicle.model import Granularity, Sentence, Timex, ValueKind

__all__ = ["date_claims"]

_PASSIVE_EVENTS = PASSIVE_EVENT_VERBS
_ACTIVE_EVENTS = ACTIVE_EVENT_VERBS
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
# "one day after the big protests began", "15 days after the earthquake struck", "five days after the quake
# hit": a time counted from the event, so the sentence's date is not the event's
_OFFSET_BEFORE = re.compile(
    r"\b(?:days?|weeks?|months?|hours?|years?)\s+(?:after|before|since)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def date_claims(ctx: Context, sentence: Sentence) -> Iterator[Found]:
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
        if _OFFSET_BEFORE.search(text[: match.start("verb")]):
            continue  # "one day after the big protests began": the date is a day counted from the event
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
        key_subject = subject_id or _np_key(subject)
        yield Found(
            subject,
            f"{prop} on",
            _date_text(timex),
            t_start,
            t_end,
            subject_id,
            date=timex.value,
            kind=ValueKind.DATE,
            key=f"event|{key_subject}|{prop}",
        )


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
    ctx: Context, sentence: Sentence, match: re.Match[str], people: list[Named]
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
    before_text = re.sub(
        r"\s*\b(?:exploded|caught\s+fire|blew\s+up|burned|capsized|broke\s+up)\s+and\s+$", " ", before_text
    )
    thing = _THING_SUBJECT.search(before_text)
    if thing and thing.group("head").lower() not in _NOT_THINGS:
        return " ".join(thing.group("np").split()), None
    return None


# "The BP-operated Deepwater Horizon rig sank", "Transocean 's Deepwater Horizon rig sank": a noun phrase
# with a common head noun right before the verb.
_THING_SUBJECT = re.compile(
    r"(?:^|\b[Tt]he\s+|['’]s\s+|,\s*)(?P<np>(?:[A-Z][\w’'-]*\s+){0,4}(?:[a-z][\w-]*\s+){0,1}(?P<head>[a-z]{3,}))"
    r"\s+(?:,\s*[^,]{0,60},\s*)?(?:which\s+|that\s+)?$"
)
_NOT_THINGS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "who",
        "which",
        "that",
        "this",
        "there",
        "and",
        "but",
        "or",
        "also",
        "later",
        "then",
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "are",
        "been",
        "being",
        "not",
        "never",
        "reportedly",
        "allegedly",
    ]
)


def _np_key(subject: str) -> str:
    """The key of a thing's noun phrase: its head noun, stemmed ("Deepwater Horizon rig" → "rig")."""
    words = re.findall(r"[a-z]+", subject.lower())
    return stem(words[-1]) if words else subject.lower()


def _date_text(timex: Timex) -> str:
    value = timex.value
    day = value.as_date()
    if day is not None:
        return f"{day:%B} {day.day}, {day.year}"
    if value.granularity is Granularity.MONTH and value.month is not None:
        return f"{calendar.month_name[value.month]} {value.year}"
    return str(value)
