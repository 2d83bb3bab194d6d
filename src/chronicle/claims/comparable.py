"""Whether a claim, or a pair of claims sharing a key, is fit to be compared at all (precision first).

Measured on story-sized T17 slices (``python scripts/score_claims.py --slices``), most false conflicts came
from claims that should never have met: a bare "how many people", a subject cut from garbage ("people
people brought into…", "cases with 36"), a combined figure ("three million killed, injured or homeless"),
a confirmed count against a suspected one, a figure about another year or another order of magnitude, the
time of an aftershock against the main shock's, two different intervals, distances of other places, two
different albums' release dates, a first-name namesake's age. These rules drop such comparisons; a doubtful
comparison is dropped rather than reported.
"""

from __future__ import annotations

import itertools
import re

from chronicle.model import Claim

__all__ = ["Readings", "comparable", "comparable_pair", "status_of"]

# words that say what happened to the counted (the predicate frame), as they appear in subjects
_FRAME_WORDS = re.compile(
    r"\b(?:kill\w*|dead|died|die|deaths?|bodies|corpses|death\s+toll|toll|fatalit\w*|injur\w*|hurt|"
    r"wounded|missing|"
    r"unaccounted|homeless|displaced|evacuat\w*|arrest\w*|detained|held|rescued|saved|trapped|"
    r"cases?|infect\w*|hospitali[sz]\w*|buried|confirmed|serving|fighting|aboard|on\s+board|"
    r"captured|affected|protest\w*|gathered|attend\w*|marched|recruited|sentenced|charged|"
    r"employed|lost|fired|laid\s+off)\b",
    re.IGNORECASE,
)
_FUNCTION_AFTER_HEAD = frozenset(
    {"or", "and", "with", "now", "who", "that", "which", "-", "is", "are", "was", "were", "has", "have"}
)
_CONFIRMED = re.compile(r"\b(?:confirm\w*|known\s+to|laboratory|lab-confirmed|official(?:ly)?)\b", re.I)
_SUSPECTED = re.compile(
    r"\b(?:suspect\w*|probabl\w*|possibl\w*|feared|believed|thought|estimat\w*|may\s+have|"
    r"likely|linked)\b",
    re.IGNORECASE,
)
_CASUALTY_FAMILIES = (
    re.compile(r"\b(?:kill\w*|dead|died|deaths?)\b", re.I),
    re.compile(r"\b(?:injur\w*|hurt|wounded)\b", re.I),
    re.compile(r"\b(?:homeless|displaced)\b", re.I),
    re.compile(r"\b(?:missing|unaccounted)\b", re.I),
    re.compile(r"\baffected\b", re.I),
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LATER_EVENT = re.compile(r"\b(?:aftershocks?|anniversary|a\s+year\s+(?:ago|after|on))\b", re.I)
_EVENT_NOUN = re.compile(
    r"\b(?:quake|earthquake|epicent\w*|tremor|spill|leak|well|rig|crash\w*|blast|explosion|fire|storm|"
    r"hurricane|eye|attack|bomb\w*|plane|flight|aircraft)\b",
    re.IGNORECASE,
)
_STOP = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "of", "this", "that", "these", "those", "new", "and"}
)
# two counts of one point never differ by more than this factor on the same day in the slices read
MAX_RATIO = 20.0


def _local(claim: Claim) -> tuple[str, int | None, int | None]:
    """The claim's sentence and the value's offsets in it (None when unknown)."""
    quote = claim.citation.quote
    if claim.value_start is None or claim.value_end is None:
        found = quote.find(claim.value)
        return (quote, found, found + len(claim.value)) if found >= 0 else (quote, None, None)
    start, end = claim.value_start - claim.citation.start, claim.value_end - claim.citation.start
    if 0 <= start <= end <= len(quote):
        return quote, start, end
    return quote, None, None


def status_of(claim: Claim) -> str:
    """ "confirmed", "suspected" or "" for a count, read from its subject, its modifiers and the words just
    before the value ("81 deaths probably linked" is suspected; "only eight officially confirmed")."""
    quote, start, end = _local(claim)
    near = claim.subject + " " + " ".join(s for s in claim.scope if s.startswith("mods:"))
    if start is not None and end is not None:
        # not past another figure: in "103 dead - 20 confirmed to have died", 103 is not confirmed
        before = re.split(r"\d|\s-\s", quote[max(0, start - 30) : start])[-1]
        after = re.split(r"\d|\s-\s", quote[end : min(len(quote), end + 40)])[0]
        near += " " + before + " " + after
    if _CONFIRMED.search(near):
        return "confirmed"
    if _SUSPECTED.search(near):
        return "suspected"
    return ""


def _garbage_subject(subject: str) -> bool:
    """A subject cut from the wrong words: digits, a doubled word, a dash fragment, a function word right
    after the head noun ("people or harassed", "cases now", "people from what we understand")."""
    words = subject.split()
    subject = re.sub(r"\s+(?:by|in|of|from|after)\s+the\s+\d+$", "", subject)  # "homeless by the 7"(.0 quake)
    words = subject.split()
    if re.search(r"\b(?:may|might|could|would|will|can|should)\b", subject, re.IGNORECASE):
        return True  # a clause, not a noun phrase ("individuals just returned may carrying the virus")
    if not words or re.search(r"\d", subject) or " - " in subject or "``" in subject or "''" in subject:
        return True
    if any(w.casefold() == v.casefold() for w, v in itertools.pairwise(words)):
        return True
    second = words[1].casefold() if len(words) >= 2 else ""
    if second == "now" and len(words) > 2:
        return False  # "people now suspected to have died": an adverb, not a cut
    return second in _FUNCTION_AFTER_HEAD and words[0].islower()


_NEXT_FIGURE = re.compile(
    r"\d|[.;:]|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|another|a\s+quarter|half)\b"
    r"(?:\s+\w+)?\s+(?:hundred|thousand|million|billion|of)\b|\b(?:another|further)\b",
    re.IGNORECASE,
)


def _combined(claim: Claim) -> bool:
    """Whether the figure counts several fates at once ("three million killed, injured or homeless")."""
    quote, _start, end = _local(claim)
    if end is None:
        return False
    after = quote[end : end + 60]
    cut = re.search(_NEXT_FIGURE, after)
    after = after[: cut.start()] if cut else after
    return sum(1 for family in _CASUALTY_FAMILIES if family.search(after)) >= 2 and bool(
        re.search(r"\b(?:or|and)\b|,", after)
    )


def _distance_anchored(claim: Claim) -> bool:
    """A distance belongs to the event only when the event is named before it and no other place stands
    right before the figure ("an orphanage in Jacmel, about 32km south of …" is Jacmel's distance)."""
    quote, start, _ = _local(claim)
    if start is None:
        return True
    before = quote[:start]
    if re.search(
        r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s*,?\s*(?:about|some|around|nearly|roughly)?\s*$", before
    ):
        words = before.split()
        return len(words) <= 1  # a capitalised word at the very start is the sentence's first word
    return bool(_EVENT_NOUN.search(" ".join(before.split()[-12:])))


def _frame_near(claim: Claim) -> bool:
    """Whether the sentence says what happened to the counted right around the figure ("killing 11
    people", "56 are injured", "people are believed to have been left homeless")."""
    quote, start, end = _local(claim)
    if start is None or end is None:
        return False
    return bool(_FRAME_WORDS.search(quote[max(0, start - 30) : end + 60]))


_FAMILIES = {
    "killed": r"kill\w*|dead|died|deaths?|lost\s+their\s+lives",
    "injured": r"injur\w*|hurt|wounded",
    "homeless": r"homeless",
    "missing": r"missing|unaccounted",
    "evacuated": r"evacuat\w*",
    "arrested": r"arrest\w*|detained",
    "rescued": r"rescued|saved|pulled\s+(?:out|alive)",
    "cases": r"cases?|infect\w*",
}


def _frame_follows(claim: Claim) -> bool:
    """Whether the count's own frame (its key's: killed, injured, homeless...) follows the figure within six
    words, before any other figure ("1.5 million were made homeless", "56 are injured")."""
    quote, _, end = _local(claim)
    family = _FAMILIES.get(claim.key.split("|")[1]) if claim.key.count("|") >= 1 else None
    if end is None or family is None:
        return False
    after = " ".join(quote[end:].split()[:7])
    cut = re.search(_NEXT_FIGURE, after)
    after = after[: cut.start()] if cut else after
    return bool(re.search(r"\b(?:" + family + r")\b", after, re.IGNORECASE))


# Counts of one group of people (a crowd, a craft's passengers, a force): "people" alone says not which
_ONE_GROUP_FRAMES = frozenset({"aboard", "attending", "serving"})


def comparable(claim: Claim) -> bool:
    """Whether one claim is fit to be compared with any other (see the module's doc)."""
    if claim.key.startswith("count|"):
        if _garbage_subject(claim.subject) or _combined(claim):
            return False
        frame = claim.key.split("|")[1]
        if frame in _FAMILIES and not _FRAME_WORDS.search(claim.subject) and not _frame_near(claim):
            return False  # a tally with no predicate frame around it is not a point
        bare = " " not in claim.subject.strip() and not any(
            s.startswith(("place:", "mods:")) for s in claim.scope
        )
        if (
            frame in _ONE_GROUP_FRAMES
            and claim.key.endswith("|people")
            and not any(s.startswith(("place:", "mods:")) for s in claim.scope)
        ):
            return (
                False  # "148 people on board", "about 1,000 people participated": which craft, which crowd?
            )
        if bare and not (claim.key.startswith("count|homeless") and _frame_follows(claim)):
            # a bare "how many people" is never a point; an elliptical casualty figure ("three of its
            # peacekeepers were killed and 21 wounded") counts a group named elsewhere. A population-wide
            # figure stated outright ("1.5 million were made homeless") is kept.
            return False
    if claim.key.startswith("distance|"):
        return _distance_anchored(claim)
    return not (claim.speaker is not None and ("``" in claim.speaker or "''" in claim.speaker))


def _years(claim: Claim) -> set[int]:
    return {int(y) for y in _YEAR.findall(claim.citation.quote)} - {claim.citation.published.year}


def _content(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", text.casefold()) if w not in _STOP and len(w) > 3}


def _words_before(claim: Claim, n: int) -> set[str]:
    quote, start, _ = _local(claim)
    before = quote[:start] if start is not None else quote
    return _content(" ".join(before.split()[-n:]))


class Readings:
    """What :func:`comparable_pair` reads off one claim (the years its quote names, its status), read once
    per claim: a point's claims are compared pairwise, so each is read once per pair without it. Lives for
    one grouping (claims are held by the caller, so their identities stay distinct)."""

    def __init__(self) -> None:
        self._years: dict[int, set[int]] = {}
        self._status: dict[int, str] = {}

    def years(self, claim: Claim) -> set[int]:
        found = self._years.get(id(claim))
        if found is None:
            found = self._years[id(claim)] = _years(claim)
        return found

    def status(self, claim: Claim) -> str:
        found = self._status.get(id(claim))
        if found is None:
            found = self._status[id(claim)] = status_of(claim)
        return found


def comparable_pair(a: Claim, b: Claim, readings: Readings | None = None) -> bool:
    """Whether two claims with the same key speak of the same thing (see the module's doc). ``readings``:
    one :class:`Readings` shared by the comparisons of one grouping (the same answers, faster)."""
    read = readings if readings is not None else Readings()
    ya, yb = read.years(a), read.years(b)
    if ya and yb and not ya & yb:
        return False  # each speaks of another year ("the 1918 pandemic" vs "the 1957 one")
    if a.key.startswith("count|"):
        statuses = {read.status(a), read.status(b)}
        if a.key.startswith("count|killed") and "confirmed" in statuses and len(statuses) == 2:
            return False  # confirmed deaths against suspected or unqualified ones ("7 confirmed" vs "150")
        if a.key.startswith("count|cases") and statuses == {"confirmed", "suspected"}:
            return False  # confirmed against suspected cases
        if a.key.startswith("count|cases") and not (
            any(s.startswith("place:") for s in a.scope) and any(s.startswith("place:") for s in b.scope)
        ):
            return False  # case counts are kept by country: without a place on both, two figures never meet
        va, vb = a.low or a.high, b.low or b.high  # "up to 149" is read by its bound
        if va and vb and va > 0 and vb > 0:
            high, low = max(va, vb), min(va, vb)
            if high / low > MAX_RATIO:
                return False  # different orders of magnitude: different things counted
    if a.key.startswith(("time|", "magnitude|", "event|", "delay|", "distance|")) and _later_event(
        a
    ) != _later_event(b):
        return False  # an aftershock or an anniversary against the main event
    if a.key.startswith("delay|") and not (_words_before(a, 8) & _words_before(b, 8)):
        return False  # two intervals: "no contact for the first 48 hours" vs "reports for over 24 hours"
    if a.key.startswith("event|") and a.subject_id is None and b.subject_id is None:
        ca, cb = _content(a.subject), _content(b.subject)
        if not (ca <= cb or cb <= ca):
            return False  # "fourth album" vs "debut album"
    if a.property in ("age", "birth year") or b.property in ("age", "birth year"):
        return not (_first_name_only(a) or _first_name_only(b))
    return True


def _later_event(claim: Claim) -> bool:
    """Whether the clause before the value names an aftershock or an anniversary ("a strong aftershock
    struck at 05:10"); "…, was quickly followed by two aftershocks" after the value does not count."""
    quote, start, _ = _local(claim)
    before = quote[:start] if start is not None else quote
    return bool(_LATER_EVENT.search(" ".join(before.split()[-10:])))


def _first_name_only(claim: Claim) -> bool:
    """Whether the person was found through a first name alone ("said Mohammed, a 20-year-old student" is
    not Mohamed Bouazizi): the sentence lacks the last name but has a word like the first name."""
    names = claim.subject.split()
    if len(names) < 2 or claim.subject_id is None:
        return False
    quote = claim.citation.quote
    if re.search(r"\b" + re.escape(names[-1]) + r"\b", quote, re.IGNORECASE):
        return False
    stem = names[0][:4].casefold()
    return any(w.casefold().startswith(stem) for w in re.findall(r"\b[A-Z]\w+", quote))
