"""Where outlets agree, where they contradict each other, and where a figure was updated.

:func:`group_claims` puts claims about the same point — the same :attr:`~chronicle.model.Claim.key`, built
by the extractors from meaning (entity ids, frames of verbs, kinds of counted things), with compatible
scopes (place, event) — from different articles side by side and decides, pair by pair:

* **agree**: the values can both be true (overlapping ranges; a day inside a month; an age and a birth
  year that fit the publication dates; job descriptions sharing a word);
* **conflict**: two articles give values that cannot both be true of the same time: counts published
  within ``count_window_days`` (tallies: killed, injured, missing, cases...) or ``fact_window_days`` (other
  counts), any two magnitudes, distances, dates, times of day, ordinals, unit names, titles and regions;
  two ages given in the same week that differ at all; ages and birth years that no birthday reconciles;
* **update**: a tally that grew from one day to the next, or one outlet's different figure on a later day
  (its own correction): not a contradiction, but the reader should see the figure changed.

A pair is not a conflict when each article also states the other's value (both merely report the range of
estimates), when one article's own source gives both values ("2 soldiers were captured ... later, 6": the
article corrects itself), nor when the two claims refer to different times (a toll "in 2005" against
today's).

:func:`spelling_groups` reports the spellings of one name that differ between articles ("Wang Guangjun" /
"Wang Guanzhun"). :func:`entry_conflicts` finds the timeline entries that cite a sentence of a conflict,
and :func:`mark_conflicts` adds a short note to each of them.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from chronicle.claims import subject_key
from chronicle.claims.comparable import Readings, comparable, comparable_pair
from chronicle.lexicon import PASSIVE_EVENT_VERBS
from chronicle.model import (
    Citation,
    Claim,
    ClaimGroup,
    Document,
    Entity,
    EntityKind,
    Granularity,
    Timeline,
    TimelineEntry,
    ValueKind,
    Verdict,
)

__all__ = [
    "ConflictOptions",
    "compatible",
    "entry_conflicts",
    "group_claims",
    "mark_conflicts",
    "note_for",
    "sides_of",
    "spelling_groups",
    "topic_of",
]


@dataclass(frozen=True)
class ConflictOptions:
    """How cautious the comparison is.

    ``count_window_days``: two counts of a running tally (killed, injured, cases...) conflict only when
    published at most this many days apart; later, a different figure is an update.
    ``fact_window_days``: the same for other counts (people serving, attending, aboard).
    ``age_window_days``: an age is read against its article's publication date, which is wrong when a much
    later article recalls the age someone was ("50-year-old Michael Jackson rehearsing", two years on): ages
    are compared only within this many days. ``same_week_days``: within this many days, two different ages
    are a conflict even if birthdays could explain them.
    """

    count_window_days: int = 1
    fact_window_days: int = 14
    age_window_days: int = 365
    same_week_days: int = 7


_TALLIES = frozenset(
    {"killed", "injured", "missing", "homeless", "evacuated", "rescued", "cases", "arrested"}
)


def _point(claim: Claim) -> str:
    """The key two claims must share to be compared."""
    if claim.key:
        return claim.key
    if claim.property in ("age", "birth year") and claim.subject_id:
        return f"person|{claim.subject_id}|birth"
    return f"{claim.subject_id or subject_key(claim.subject)}|{claim.property}"


# ---------------------------------------------------------------------------------------------------------
# value compatibility


def _interval(claim: Claim) -> tuple[float, float] | None:
    """The numeric range of a quantity or of a birth year (ages are turned into birth years)."""
    if claim.property == "age" and claim.low is not None:
        year = claim.citation.published.year
        return year - claim.low - 1, year - claim.low
    if claim.low is None and claim.high is None:
        return None
    return (
        claim.low if claim.low is not None else float("-inf"),
        claim.high if claim.high is not None else float("inf"),
    )


_JOB_STOP = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "at", "for", "as", "worker", "workers", "assistant"}
)
_RANKS = frozenset({"deputy", "vice", "acting", "former", "assistant", "first", "senior", "chief"})


def _words(value: str, stop: frozenset[str]) -> set[str]:
    words = re.findall(r"[a-z]+", value.lower())
    stems = {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words if w not in stop}
    return stems or set(words)


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two claims about the same point can both be true."""
    if a.date is not None and b.date is not None:
        if Granularity.DAY not in (a.date.granularity, b.date.granularity):
            return True  # two month- or year-wide dates are too coarse to contradict each other
        if _a_week_apart_by_weekday(a, b) or _a_week_apart_by_weekday(b, a):
            return True
        return a.date.first_day <= b.date.last_day and b.date.first_day <= a.date.last_day
    if a.kind is ValueKind.TIME and b.kind is ValueKind.TIME and a.unit != b.unit:
        return True  # times in different zones ("local" vs "GMT") are not compared
    ia, ib = _interval(a), _interval(b)
    if ia is not None and ib is not None:
        if a.property == "age" == b.property and _days_apart(a, b) <= 7:
            return a.low == b.low
        return ia[0] <= ib[1] and ib[0] <= ia[1]
    if a.property == "occupation" == b.property:
        # "worker" is left out: "rescue worker" and "rehabilitation worker" share nothing that matters
        return bool(_words(a.value, _JOB_STOP) & _words(b.value, _JOB_STOP))
    if a.property == "title" == b.property:
        wa, wb = set(a.value.split()), set(b.value.split())
        if (wa & _RANKS) != (wb & _RANKS):
            return False  # "deputy foreign minister" vs "foreign minister"
        return wa <= wb or wb <= wa or " and " in a.value or " and " in b.value
    if a.key.startswith("unit|") and b.key.startswith("unit|"):
        wa, wb = set(a.value.split()), set(b.value.split())
        return wa <= wb or wb <= wa
    if a.key.startswith("region|") and b.key.startswith("region|"):
        return _norm(a.value).split()[0] == _norm(b.value).split()[0]
    return _norm(a.value) == _norm(b.value)


def _a_week_apart_by_weekday(a: Claim, b: Claim) -> bool:
    """Whether ``a``'s day is read from a weekday name ("struck last Tuesday", "when the quake hit on
    Tuesday" in a Tuesday page) and ``b``'s day is that weekday a week away: the outlet named the day, the
    week is our reading of "last", so the two can be one day."""
    if a.date is None or b.date is None or a.date.granularity is not Granularity.DAY:
        return False
    if b.date.granularity is not Granularity.DAY or abs((a.date.first_day - b.date.first_day).days) != 7:
        return False
    weekday = calendar.day_name[a.date.first_day.weekday()]
    return re.search(rf"\b{weekday}\b", a.citation.quote) is not None


def _norm(value: str) -> str:
    return " ".join(re.findall(r"\w+", value.casefold())) or value


def _days_apart(a: Claim, b: Claim) -> int:
    return abs((a.citation.published - b.citation.published).days)


def _scopes_meet(a: Claim, b: Claim) -> bool:
    """Whether the two claims' places and events can be the same (a missing one can be anything)."""
    kinds_a = dict(s.split(":", 1) for s in a.scope)
    kinds_b = dict(s.split(":", 1) for s in b.scope)
    for kind in kinds_a.keys() | kinds_b.keys():
        if (
            kind == "mods"
        ):  # "Brazilian peacekeepers" and "peacekeepers" can be one group; "UN" and "Chinese" not
            ma, mb = (
                set(kinds_a.get(kind, "").split("+")) - {""},
                set(kinds_b.get(kind, "").split("+")) - {""},
            )
            if not (ma <= mb or mb <= ma) or ("new" in ma) != ("new" in mb):
                return False  # and "an extra 141 cases" (new ones) is not "a total of 952 cases"
        elif kind in kinds_a and kind in kinds_b and kinds_a[kind] != kinds_b[kind]:
            return False
    return True


def _scope_gap(a: Claim, b: Claim) -> str | None:
    """Why two compatible-looking points may still measure different things, or None when their scopes are
    the same: a place or a status (confirmed, suspected) given by one claim only ("232 killed in Cairo" vs
    "two killed"; "79 confirmed cases" vs "1,000 suspected cases"), or an amount of money whose payer
    neither names (two sums of "aid" are usually two payments)."""
    if a.key.startswith("money|"):
        return "amounts of money for a purpose neither names a payer for; they may be different payments"
    kinds_a = dict(s.split(":", 1) for s in a.scope)
    kinds_b = dict(s.split(":", 1) for s in b.scope)
    for kind, what in (("place", "a place"), ("status", "a status")):
        if (kind in kinds_a) != (kind in kinds_b):
            one = kinds_a.get(kind) or kinds_b.get(kind)
            return f"one figure is for {what} ({one}), the other names none"
    return None


_EARLIER = re.compile(
    r"\b(?:early\s+(?:in|on)|initially|at\s+first|originally|first\s+estimat\w*|"
    r"had\s+(?:said|estimated|put|reported)|previous(?:ly)?\s+(?:said|estimat\w*))\b",
    re.IGNORECASE,
)


def _earlier(claim: Claim) -> bool:
    """Whether the claim's sentence reports a figure as a past one ("early in the crisis, BP said 5,000")."""
    return bool(_EARLIER.search(claim.citation.quote))


_FIRST = re.compile(r"\b(?:initial(?:ly)?|original(?:ly)?|first)\b", re.IGNORECASE)


def _told_as_first(claim: Claim) -> bool:
    """Whether the words just before the figure, since any other figure, give it as a first figure since
    replaced ("the oil company initially alleged that 1,000 barrels a day"; "the original estimate ... that
    the spill was just 1,000 barrels")."""
    quote = claim.citation.quote
    start = (
        claim.value_start - claim.citation.start if claim.value_start is not None else quote.find(claim.value)
    )
    if not 0 <= start <= len(quote):
        return False
    before = re.split(r"\d", quote[max(0, start - 120) : start])[-1]
    return bool(_FIRST.search(before))


def _same_day(a: Claim, b: Claim) -> bool:
    """For times of day: whether both are of one day (the day named, else the day of publication):
    "struck at 0603" a week later is another tremor, and a page two days on recalling the main shock's time
    cannot be told from one timing an aftershock."""
    da = a.refers_to.as_date() if a.refers_to is not None else None
    db = b.refers_to.as_date() if b.refers_to is not None else None
    return (da or a.citation.published) == (db or b.citation.published)


def _same_time(a: Claim, b: Claim) -> bool:
    """Whether the two values can speak of the same time: a value dated far from the other's is not."""
    ta = a.refers_to.first_day if a.refers_to is not None else a.citation.published
    tb = b.refers_to.first_day if b.refers_to is not None else b.citation.published
    if _new(a) or _new(b):
        return ta == tb  # new cases are a day's ("an extra 141 cases" on the 16th, "110 new cases today")
    if a.refers_to is None and b.refers_to is None:
        return True
    return abs((ta - tb).days) <= 31


def _new(claim: Claim) -> bool:
    return any(s.startswith("mods:") and "new" in s[5:].split("+") for s in claim.scope)


# ---------------------------------------------------------------------------------------------------------
# grouping


def group_claims(claims: Iterable[Claim], options: ConflictOptions | None = None) -> tuple[ClaimGroup, ...]:
    """Claims grouped by point across articles: conflicts first, then updates, then agreements.

    A point is only reported when at least two articles speak of it. A conflict keeps the claims of every
    conflicting pair, so each side's quote, outlet and date are there to read.
    """
    opts = options or ConflictOptions()
    by_point: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if comparable(claim):  # garbage subjects, bare counts, combined figures are never compared
            by_point[_point(claim)].append(claim)
    groups: list[ClaimGroup] = []
    for point, members in by_point.items():
        if len({c.citation.article_id for c in members}) < 2:
            continue
        members = sorted(members, key=lambda c: (c.citation.published, c.citation.outlet, c.citation.start))
        conflicts, updates, agreements, scoped = _judge(point, members, opts)
        subject = _subject_name(members)
        prop = "birth year" if point.endswith("|birth") else members[0].property
        for component in _components(conflicts):
            groups.append(
                ClaimGroup(subject, prop, Verdict.CONFLICT, component, _explain(component, "conflict"))
            )
        if updates and not conflicts:
            kept = _involved(updates)
            groups.append(ClaimGroup(subject, prop, Verdict.UPDATE, kept, _explain(kept, "update")))
        if scoped and not conflicts:
            kept = _involved(scoped)
            groups.append(ClaimGroup(subject, prop, Verdict.SCOPE, kept, _explain(kept, "scope", scoped)))
        if agreements and not conflicts and not updates:
            kept = _involved(agreements)
            groups.append(ClaimGroup(subject, prop, Verdict.AGREE, kept, _explain(kept, "agree")))
    order = {Verdict.CONFLICT: 0, Verdict.SPELLING: 1, Verdict.UPDATE: 2, Verdict.SCOPE: 3, Verdict.AGREE: 4}
    groups.sort(key=lambda g: (order[g.verdict], g.subject.casefold(), g.property))
    return tuple(groups)


Pair = tuple[Claim, Claim]


def _judge(
    point: str, members: Sequence[Claim], opts: ConflictOptions
) -> tuple[list[Pair], list[Pair], list[Pair], list[Pair]]:
    """Every pair of claims from different articles, sorted into conflicts, updates, agreements and
    differences of scope (see :func:`_scope_gap`)."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        by_article[claim.citation.article_id].append(claim)
    frame = point.split("|")[1] if point.startswith("count|") else None
    conflicts: list[Pair] = []
    updates: list[Pair] = []
    agreements: list[Pair] = []
    scoped: list[Pair] = []
    readings = Readings()  # each claim's years and status, read once for all its pairs
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.citation.article_id == b.citation.article_id:
                continue
            if not _scopes_meet(a, b) or not _same_time(a, b) or not comparable_pair(a, b, readings):
                continue
            if a.kind is ValueKind.TIME and b.kind is ValueKind.TIME and not _same_day(a, b):
                continue
            apart = _days_apart(a, b)
            if "age" in (a.property, b.property) and apart > opts.age_window_days:
                continue
            if compatible(a, b):
                agreements.append((a, b))
                continue
            # the other figure stated in the same article counts only when it is of the same thing ("20
            # confirmed" deaths next to "more than 100" do not make the article give "up to 81")
            in_a = [x for x in by_article[a.citation.article_id] if _restates(x, b)]
            in_b = [y for y in by_article[b.citation.article_id] if _restates(y, a)]
            if in_a and in_b:
                continue  # both articles report both figures
            if any(x.speaker == a.speaker for x in in_a) or any(y.speaker == b.speaker for y in in_b):
                continue  # one article's own source gives both figures: it corrected itself
            if _rising_tally(point, frame, a, b, apart):
                updates.append((a, b))  # a toll that rose between two days, whatever place each names
                continue
            if _scope_gap(a, b) is not None:
                scoped.append((a, b))
                continue
            if (
                point.startswith("count|")
                and _same_voice(a, b)
                and (_more_to_come(a, b) or _more_to_come(b, a))
            ):
                updates.append((a, b))  # "42 Americans have been evacuated and more will be", then "500"
                continue
            if point.startswith(("count|", "rate|")) and (
                _earlier(a) != _earlier(b) or _told_as_first(a) != _told_as_first(b)
            ):
                updates.append((a, b))  # "early in the crisis, BP said 5,000": a superseded figure
                continue
            if point.startswith("count|") or point.startswith("rate|"):
                tally = _is_tally(point, frame)
                evolving = not _about_a_past_year(a, b)
                window = opts.count_window_days if tally else opts.fact_window_days
                if evolving and apart > window:
                    updates.append((a, b))
                    continue
                if evolving and tally and apart > 0 and (_same_voice(a, b) or _grew(a, b)):
                    updates.append((a, b))  # an outlet's next-day figure, or a tally that rose overnight
                    continue
            conflicts.append((a, b))
    return conflicts, updates, agreements, scoped


_MORE_TO_COME = re.compile(r"\bmore\s+(?:will|are\s+(?:expected|due|to))\b", re.IGNORECASE)


def _more_to_come(low: Claim, high: Claim) -> bool:
    """Whether ``low`` is a tally its own sentence says will grow ("and more will be transported") and
    ``high`` lies wholly above it: one source's count, later in the operation."""
    return (
        bool(_MORE_TO_COME.search(low.citation.quote))
        and low.high is not None
        and high.low is not None
        and high.low > low.high
    )


def _restates(x: Claim, other: Claim) -> bool:
    """Whether claim ``x`` gives ``other``'s value for a thing comparable with it (not a confirmed figure
    for an unqualified one)."""
    return compatible(other, x) and comparable_pair(other, x)


def _same_voice(a: Claim, b: Claim) -> bool:
    """One outlet's figure from the same source (or from none named): its next-day figure is its own
    update. Two named sources that differ (a prime minister's estimate against the Red Cross's, both
    reported by one outlet) still disagree."""
    if a.citation.outlet != b.citation.outlet:
        return False
    if a.speaker is None or b.speaker is None:
        return True
    # "the ministry earlier" and "the Health Ministry" are one source
    return bool(_voice_words(a.speaker) & _voice_words(b.speaker))


def _voice_words(speaker: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", speaker.casefold()) if w not in {"earlier", "later", "also"}}


def _is_tally(point: str, frame: str | None) -> bool:
    """A running count (deaths, cases, the evacuated...) or a rate: figures that grow as a story unfolds."""
    return point.startswith("rate|") or (point.startswith("count|") and (frame in _TALLIES or frame == "-"))


def _about_a_past_year(a: Claim, b: Claim) -> bool:
    """A figure about an event of a past year ("in 2005") does not evolve."""
    return any(c.refers_to is not None and c.refers_to.year < c.citation.published.year for c in (a, b))


_RISEN = re.compile(
    r"\b(?:now|so\s+far|to\s+date|(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|increased|grown|reached)|"
    r"(?:rose|climbed|rising|risen|jumped|increased)\s+to|latest)\b",
    re.IGNORECASE,
)


def _rising_tally(point: str, frame: str | None, a: Claim, b: Claim, apart: int) -> bool:
    """Two figures of one running count published on different days, the later one at or above the earlier
    and told as the count so far ("twelve killed" on Saturday, "nineteen have now been killed" on Tuesday):
    the toll rose, whichever place each names."""
    if not (_is_tally(point, frame) and apart > 0 and not _about_a_past_year(a, b) and _grew(a, b)):
        return False
    later = max((a, b), key=lambda c: c.citation.published)
    return bool(_RISEN.search(later.citation.quote))


def _grew(a: Claim, b: Claim) -> bool:
    """Whether two figures published on different days read as one figure rising: the later range lies
    wholly at or above the earlier one."""
    earlier, later = sorted((a, b), key=lambda c: c.citation.published)
    first, then = _interval(earlier), _interval(later)
    return first is not None and then is not None and then[0] >= first[0] and then[1] >= first[1]


def _involved(pairs: Sequence[Pair]) -> tuple[Claim, ...]:
    seen: dict[str, Claim] = {}
    for a, b in pairs:
        seen.setdefault(a.id, a)
        seen.setdefault(b.id, b)
    return tuple(
        sorted(seen.values(), key=lambda c: (c.citation.published, c.citation.outlet, c.citation.start))
    )


def _components(pairs: Sequence[Pair]) -> list[tuple[Claim, ...]]:
    """Conflicting pairs joined into separate disagreements (claims linked by a conflict)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    claims: dict[str, Claim] = {}
    for a, b in pairs:
        claims[a.id], claims[b.id] = a, b
        parent[find(a.id)] = find(b.id)
    out: dict[str, list[Claim]] = defaultdict(list)
    for cid, claim in claims.items():
        out[find(cid)].append(claim)
    return [
        tuple(sorted(ms, key=lambda c: (c.citation.published, c.citation.outlet, c.citation.start)))
        for ms in out.values()
    ]


def _subject_name(members: Sequence[Claim]) -> str:
    names = [c.subject for c in members]
    return max(set(names), key=lambda n: (names.count(n), -len(n), n))


# ---------------------------------------------------------------------------------------------------------
# sides and explanations


def _shown(claim: Claim) -> str:
    if claim.property == "age":
        return f"aged {claim.value}" if "year-old" not in claim.value else claim.value
    if claim.property == "birth year":
        return f"born in {claim.value}"
    if claim.date is not None:
        return re.sub(r",\s*\d{4}$", "", claim.value) if claim.date.as_date() is not None else claim.value
    return claim.value


def sides_of(group: ClaimGroup) -> list[tuple[str, list[Claim]]]:
    """The values of a group in order of first appearance, each with the claims that give it.

    Claims are on the same side when their values are compatible (the first claim of a side decides): "April
    20" and "April 2010", "16:53" and "1653" are one side, not two."""
    sides: list[tuple[str, list[Claim]]] = []
    for claim in group.claims:
        for _, members in sides:
            if group.verdict is Verdict.SPELLING:
                if members[0].value == claim.value:
                    members.append(claim)
                    break
            elif _norm(_shown(members[0])) == _norm(_shown(claim)) or compatible(members[0], claim):
                members.append(claim)
                break
        else:
            sides.append((_shown(claim), [claim]))
    return sides


def _who(claims: Sequence[Claim]) -> str:
    parts: list[str] = []
    for claim in claims:
        who = claim.citation.outlet + (f", according to {claim.speaker}" if claim.speaker else "")
        if who not in parts:
            parts.append(who)
    return "; ".join(parts[:4]) + ("; …" if len(parts) > 4 else "")


def _explain(claims: Sequence[Claim], verdict: str, pairs: Sequence[Pair] = ()) -> str:
    group = ClaimGroup("", "", Verdict(verdict), tuple(claims))
    parts = [f"{value} ({_who(members)})" for value, members in sides_of(group)]
    topic = _topic(claims[0], _subject_name(claims))
    if verdict == "conflict":
        return f"Sources differ on {topic}: " + " vs ".join(parts)
    if verdict == "update":
        return f"The figure for {topic} changed over time: " + " → ".join(parts)
    if verdict == "scope":
        why = _scope_gap(*pairs[0]) if pairs else None
        return f"Figures for {topic} differ but may not measure the same thing ({why}): " + " vs ".join(parts)
    return f"Sources agree on {topic}: " + "; ".join(parts)


_PASSIVE_WORDS = re.compile(
    r"^(?:" + "|".join(re.escape(v) for v in sorted(PASSIVE_EVENT_VERBS, key=len, reverse=True)) + r")\b"
)


def topic_of(group: ClaimGroup) -> str:
    """What a judged point is about, for a reader: "how many people died", "Tomas Berg's age", "when the
    rig sank"."""
    if not group.claims:
        return f"{group.subject}'s {group.property}"
    return _topic(group.claims[0], group.subject)


def _topic(claim: Claim, subject: str) -> str:
    prop = claim.property
    if prop == "count":
        if re.match(r"(?:death toll|toll|number)\b", subject):
            return f"the {subject}"
        return f"how many {subject}"
    if prop in ("age", "birth year"):
        return f"{subject}'s age"
    if prop.endswith(" on") and claim.date is not None:
        event = prop[: -len(" on")]
        return f"when {subject} was {event}" if _PASSIVE_WORDS.match(event) else f"when {subject} {event}"
    if subject.startswith("the "):
        return (
            f"{subject}'s {prop}"
            if not prop.startswith(("time", "region", "which", "distance"))
            else f"{prop} ({subject})"
        )
    return f"{subject}'s {prop}"


def note_for(group: ClaimGroup) -> str:
    """The reader's note for a conflict.

    For example "Sources differ on when X was captured: April 4 (A) vs April 5 (B)".
    """
    return group.explanation or _explain(group.claims, "conflict")


# ---------------------------------------------------------------------------------------------------------
# spellings


def spelling_groups(documents: Sequence[Document], entities: Iterable[Entity]) -> tuple[ClaimGroup, ...]:
    """One finding per name that articles spell differently ("Wang Guangjun" / "Wang Guanzhun"), each
    spelling with the sentence that first uses it in each article."""
    from chronicle.entities import is_spelling_variant

    by_id = {d.id: d for d in documents}
    groups: list[ClaimGroup] = []
    for entity in entities:
        if entity.kind is not EntityKind.PERSON:
            continue  # place and organisation names differ by convention (Organisation/Organization)
        uses: dict[str, int] = defaultdict(int)
        for m in entity.mentions:
            uses[m.text] += 1
        spellings = {text for text, n in uses.items() if n >= 2}  # a form used once is a typo, not a spelling
        variants = {s for s in spellings if any(is_spelling_variant(s, t) for t in spellings if t != s)}
        if len(variants) < 2:
            continue
        claims: list[Claim] = []
        seen: set[tuple[str, str]] = set()
        for mention in entity.mentions:
            if mention.text not in variants or (mention.article_id, mention.text) in seen:
                continue
            document = by_id.get(mention.article_id)
            sentence = (
                next((s for s in document.sentences if s.start <= mention.start < s.end), None)
                if document is not None
                else None
            )
            if document is None or sentence is None:
                continue
            seen.add((mention.article_id, mention.text))
            claims.append(
                Claim(
                    id=f"{entity.id}-{len(claims)}",
                    subject=entity.name,
                    property="name spelling",
                    value=mention.text,
                    citation=Citation.of(document.article, sentence),
                    subject_id=entity.id,
                    key=f"spelling|{entity.id}",
                    value_start=mention.start,
                    value_end=mention.end,
                )
            )
        if len({c.value for c in claims}) < 2 or len({c.citation.article_id for c in claims}) < 2:
            continue
        claims.sort(key=lambda c: (c.citation.published, c.citation.outlet))
        forms = sorted({c.value for c in claims})
        explanation = f"Sources spell {entity.name} differently: " + " / ".join(
            f"{form} ({_who([c for c in claims if c.value == form])})" for form in forms
        )
        groups.append(ClaimGroup(entity.name, "name spelling", Verdict.SPELLING, tuple(claims), explanation))
    return tuple(groups)


# ---------------------------------------------------------------------------------------------------------
# timeline notes


def entry_conflicts(
    entries: Sequence[TimelineEntry], groups: Iterable[ClaimGroup]
) -> list[list[tuple[ClaimGroup, Citation]]]:
    """For each entry, the CONFLICT groups one of its citations quotes (overlaps a claim's quote), each with
    the first citation that does: which entry a conflict belongs to, for the notes and for the HTML page."""
    claims_by_article: dict[str, list[tuple[int, int, ClaimGroup]]] = defaultdict(list)
    for group in groups:
        if group.verdict is not Verdict.CONFLICT:
            continue
        for claim in group.claims:
            cited = claim.citation
            claims_by_article[cited.article_id].append((cited.start, cited.end, group))
    result: list[list[tuple[ClaimGroup, Citation]]] = []
    for entry in entries:
        found: list[tuple[ClaimGroup, Citation]] = []
        for citation in entry.citations:
            for start, end, group in claims_by_article.get(citation.article_id, ()):
                overlaps = start < citation.end and citation.start < end
                if overlaps and all(g is not group for g, _ in found):
                    found.append((group, citation))
        result.append(found)
    return result


def mark_conflicts(timeline: Timeline, groups: Iterable[ClaimGroup]) -> Timeline:
    """``timeline`` with a note on each entry whose citations quote a sentence involved in a conflict."""
    conflicts = entry_conflicts(timeline.entries, groups)
    if not any(conflicts):
        return timeline
    entries: list[TimelineEntry] = []
    for entry, found in zip(timeline.entries, conflicts, strict=True):
        notes = list(entry.notes)
        for group, _ in found:
            note = note_for(group)
            if note not in notes:
                notes.append(note)
        entries.append(replace(entry, notes=tuple(notes)) if len(notes) != len(entry.notes) else entry)
    return replace(timeline, entries=tuple(entries))
