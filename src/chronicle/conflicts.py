"""Where outlets agree and where they contradict each other.

:func:`group_claims` puts claims about the same point — the same subject (after entity merging) and the
same property — from different articles side by side and decides:

* **agree** when every pair of values is compatible: ranges that overlap ("at least 163" and "more than
  160"), an exact and an approximate figure, a date and the month containing it, an age and a birth year
  that fit the publication date ("34-year-old" in 2025 and "born in 1991"), job descriptions sharing a word;
* **conflict** when two articles give clearly incompatible values: disjoint ranges (155 vs 163), different
  days (April 4 vs April 5), ages that no birthday explains, jobs with nothing in common, different
  provinces.

Precision comes first, so several situations are *not* called a conflict: an article that itself gives
incompatible values for the point (the subject is then too loosely defined), counts published more than a
day apart (a toll that rises is news, not a contradiction), a tally (killed, injured, missing, cases...)
that is higher the next day, one outlet's counts on different days (its own update), and anything whose
subject is not the same.

:func:`entry_conflicts` finds the timeline entries that cite a sentence of a conflict, and
:func:`mark_conflicts` adds a short note to each of them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from chronicle.claims import subject_key
from chronicle.model import Citation, Claim, ClaimGroup, Granularity, Timeline, TimelineEntry, Verdict

__all__ = ["ConflictOptions", "compatible", "entry_conflicts", "group_claims", "mark_conflicts", "note_for"]


@dataclass(frozen=True)
class ConflictOptions:
    """How cautious the comparison is.

    ``count_window_days``: two counts conflict only when published at most this many days apart (figures
    that evolve — tolls, totals — are updates, not contradictions, once time has passed).
    ``age_window_days``: an age is read against its article's publication date, which is wrong when a later
    article recalls the age someone was ("50-year-old Michael Jackson rehearsing", two years on); so an age
    conflicts with another claim only when both were published within this many days.
    """

    count_window_days: int = 1
    age_window_days: int = 180


_BIRTH = "birth year"
_POINT_OF = MappingProxyType({"age": _BIRTH, "birth year": _BIRTH})


def _point(claim: Claim) -> tuple[str, str]:
    """The (subject, property) key two claims must share to be compared."""
    prop = _POINT_OF.get(claim.property, claim.property)
    subject = claim.subject_id or subject_key(claim.subject)
    return subject, prop


# ---------------------------------------------------------------------------------------------------------
# value compatibility


def _interval(claim: Claim) -> tuple[float, float] | None:
    """The numeric range of a count or of a birth year (ages are turned into birth years)."""
    if claim.property == "age" and claim.low is not None:
        year = claim.citation.published.year
        return year - claim.low - 1, year - claim.low
    if claim.low is None and claim.high is None:
        return None
    return (
        claim.low if claim.low is not None else float("-inf"),
        claim.high if claim.high is not None else float("inf"),
    )


def _date_range(claim: Claim) -> tuple[dt.date, dt.date] | None:
    return (claim.date.first_day, claim.date.last_day) if claim.date is not None else None


_JOB_STOP = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "at", "for", "as", "worker", "workers", "assistant"}
)


def _words(value: str, stop: frozenset[str]) -> set[str]:
    words = re.findall(r"[a-z]+", value.lower())
    stems = {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words if w not in stop}
    return stems or set(words)


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two claims about the same point can both be true."""
    ra, rb = _date_range(a), _date_range(b)
    if ra is not None and rb is not None:
        if (
            a.date is not None
            and b.date is not None
            and Granularity.DAY not in (a.date.granularity, b.date.granularity)
        ):
            return True  # two month- or year-wide dates are too coarse to contradict each other
        return ra[0] <= rb[1] and rb[0] <= ra[1]
    ia, ib = _interval(a), _interval(b)
    if ia is not None and ib is not None:
        return ia[0] <= ib[1] and ib[0] <= ia[1]
    if a.property == "occupation" == b.property:
        # "worker" is left out: "rescue worker" and "rehabilitation worker" share nothing that matters
        return bool(_words(a.value, _JOB_STOP) & _words(b.value, _JOB_STOP))
    return _norm(a.value) == _norm(b.value)


def _norm(value: str) -> str:
    return " ".join(re.findall(r"\w+", value.casefold()))


# ---------------------------------------------------------------------------------------------------------
# grouping


def group_claims(claims: Iterable[Claim], options: ConflictOptions | None = None) -> tuple[ClaimGroup, ...]:
    """Claims grouped by point across articles, each group agreeing or conflicting; conflicts first.

    A point is only reported when at least two articles speak of it. Every claim of a conflicting point is
    kept, so each side's quote, outlet and date are there to read.
    """
    opts = options or ConflictOptions()
    by_point: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_point[_point(claim)].append(claim)
    groups: list[ClaimGroup] = []
    for (_, prop), members in by_point.items():
        articles = {c.citation.article_id for c in members}
        if len(articles) < 2 or _self_contradictory(members):
            continue
        members = sorted(members, key=lambda c: (c.citation.published, c.citation.outlet, c.citation.start))
        pairs = _conflicting_pairs(members, prop, opts)
        subject = _subject_name(members)
        if pairs:
            involved = {c.id for pair in pairs for c in pair}
            kept = tuple(c for c in members if c.id in involved)
            groups.append(ClaimGroup(subject, prop, Verdict.CONFLICT, kept, _explain(kept, "differ")))
        elif all(compatible(a, b) for i, a in enumerate(members) for b in members[i + 1 :]):
            groups.append(
                ClaimGroup(subject, prop, Verdict.AGREE, tuple(members), _explain(tuple(members), "agree"))
            )
    groups.sort(key=lambda g: (g.verdict is not Verdict.CONFLICT, g.subject.casefold(), g.property))
    return tuple(groups)


def _self_contradictory(members: Sequence[Claim]) -> bool:
    """Whether one article gives incompatible values for the point (so the point is ill-defined)."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        by_article[claim.citation.article_id].append(claim)
    return any(
        not compatible(a, b)
        for same in by_article.values()
        for i, a in enumerate(same)
        for b in same[i + 1 :]
    )


def _conflicting_pairs(
    members: Sequence[Claim], prop: str, opts: ConflictOptions
) -> list[tuple[Claim, Claim]]:
    pairs: list[tuple[Claim, Claim]] = []
    # a count's point is its subject key, so every member shares these words
    key_words = set(subject_key(members[0].subject).split()) if prop == "count" else set()
    vague = len(key_words) < 3
    tally = bool(_TALLY_WORDS & key_words)
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.citation.article_id == b.citation.article_id or compatible(a, b):
                continue
            apart = abs((a.citation.published - b.citation.published).days)
            if prop == "count" and (apart > opts.count_window_days or vague):
                continue  # an evolving figure, or a subject too vague ("deaths confirmed") to be sure
            if prop == "count" and apart > 0 and a.citation.outlet == b.citation.outlet:
                continue  # one outlet's figure a day later is its update ("up to 150 missing", then 188)
            if prop == "count" and apart > 0 and tally and _grew(a, b):
                continue  # a tally that rose overnight ("killed up to 60" on the 25th, "81" on the 26th)
            if "age" in (a.property, b.property) and apart > opts.age_window_days:
                continue
            pairs.append((a, b))
    return pairs


# Content words (as subject_key stems them) of counts that only grow as a story unfolds: tolls and tallies.
_TALLY_WORDS = frozenset(
    {"kill", "injur", "death", "toll", "miss", "infect", "case", "evacuat", "displac", "rescu", "arrest"}
    | {"detain", "unaccount", "hospitalis", "hospitaliz", "confirm", "victim", "sick"}
)


def _grew(a: Claim, b: Claim) -> bool:
    """Whether two counts published on different days read as one figure rising: the later range lies
    wholly at or above the earlier one."""
    earlier, later = sorted((a, b), key=lambda c: c.citation.published)
    first, then = _interval(earlier), _interval(later)
    return first is not None and then is not None and then[0] >= first[0] and then[1] >= first[1]


def _subject_name(members: Sequence[Claim]) -> str:
    names = [c.subject for c in members]
    return max(set(names), key=lambda n: (names.count(n), -len(n), n))


def _shown(claim: Claim) -> str:
    if claim.property == "age":
        return f"aged {claim.value}" if "year-old" not in claim.value else claim.value
    if claim.property == "birth year":
        return f"born in {claim.value}"
    if claim.date is not None:
        return re.sub(r",\s*\d{4}$", "", claim.value) if claim.date.as_date() is not None else claim.value
    return claim.value


def _sides(claims: Sequence[Claim]) -> list[tuple[str, list[str]]]:
    """Values in order of first appearance, each with the outlets that give it."""
    sides: dict[str, list[str]] = {}
    for claim in claims:
        outlets = sides.setdefault(_shown(claim), [])
        if claim.citation.outlet not in outlets:
            outlets.append(claim.citation.outlet)
    return list(sides.items())


def _explain(claims: Sequence[Claim], verb: str) -> str:
    parts = [f"{value} ({', '.join(outlets)})" for value, outlets in _sides(claims)]
    return (
        f"Sources {verb} on {_topic(claims[0], _subject_name(claims))}: " + " vs ".join(parts)
        if verb == "differ"
        else f"Sources agree on {_topic(claims[0], _subject_name(claims))}: " + "; ".join(parts)
    )


_PASSIVE_WORDS = re.compile(
    r"^(?:captured|arrested|detained|killed|released|freed|kidnapped|abducted|elected|appointed|sentenced|"
    r"charged|convicted|acquitted|wounded|injured|hospitali[sz]ed|buried|executed|extradited|deported|"
    r"indicted|shot|rescued|evacuated|exchanged|ousted|dismissed|fired|sworn in|pronounced dead|"
    r"taken prisoner|transferred|sent|discharged|questioned|interrogated)\b"
)


def _topic(claim: Claim, subject: str) -> str:
    prop = _POINT_OF.get(claim.property, claim.property)
    if prop == "count":
        if re.match(r"(?:death toll|toll|number)\b", subject):
            return f"the {subject}"
        return f"how many {subject}"
    if prop == _BIRTH:
        return f"{subject}'s age"
    if prop.endswith(" on"):
        event = prop[: -len(" on")]
        return f"when {subject} was {event}" if _PASSIVE_WORDS.match(event) else f"when {subject} {event}"
    return f"{subject}'s {prop}"


def note_for(group: ClaimGroup) -> str:
    """The reader's note for a conflict.

    For example "Sources differ on when X was captured: April 4 (A) vs April 5 (B)".
    """
    return group.explanation or _explain(group.claims, "differ")


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
