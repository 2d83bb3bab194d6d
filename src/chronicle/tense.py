"""The tense of the clause a temporal expression sits in: does it tell what happened or what is to come?

"the funeral will begin on Saturday" and "Saturday's funeral is expected to draw thousands" speak of the
coming Saturday; "they met on Saturday" and "where he lived until his death on April 21" (inside a sentence
that begins "They will remain ...") of a past one. A future word anywhere before the expression is not
enough: the expression's own clause decides.

:func:`clause_tense` finds the clause around an expression (between punctuation, conjunctions and relative
or subordinating words), collects its tense markers (future auxiliaries and schedule phrases; past
auxiliaries, ``-ed`` forms and irregular past verbs) and takes the nearest one: the last before the
expression or the first after it, whichever is closer (before wins a tie: "said on Friday he would" is
said on Friday). A clause without a marker ("On Monday," / "until his death on April 21") takes the tense of
the clause it hangs from: the previous one, or the next for a fronted phrase.

Pure functions of the text; nothing here knows about calendars.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from chronicle.lexicon import IRREGULAR_PAST, NOT_PAST_ED, PERSONAL_PRONOUNS

__all__ = ["Tense", "clause_tense"]


class Tense(Enum):
    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


_APOSTROPHE = "['’]"
# Future auxiliaries and schedule phrases. Apostrophes may be typographic and, in PTB text, detached
# ("I 'll", "wo n't").
_FUTURE = re.compile(
    rf"\b(?:will|shall|won{_APOSTROPHE}t|wo\s*n{_APOSTROPHE}t)\b|\bwould\b(?!\s+(?:not\s+)?have\b)|{_APOSTROPHE}ll\b"
    rf"|{_APOSTROPHE}d(?=\s+(?!(?:\w+ed|been|gone|done|had|taken|given|seen|left|made|known|become|come)\b)[a-z]+\b)"
    r"|\b(?:is|are|was|were|'s|’s|'re|’re|be|being)\s+(?:due|set|scheduled|slated|expected|going|about|poised"
    r"|likely)\s+to\b"
    r"|\b(?:is|are|was|were)\s+to\s+(?!be\s+(?:\w+ed|told|seen|found)\b)[a-z]+"
    r"|\b(?:is|are|was|were|been|be)\s+(?:due|set(?!\s+(?:up|off|out|aside|free|ablaze|alight|fire|down|on\s+fire)\b)"
    r"|scheduled|slated|planned|pencil+ed|fixed|decided|expected)\b"
    r"|\b(?:scheduled|slated|expected|planning|plans?|intends?|intending|hopes?|hoping|aims?|vows?|promised?"
    r"|threatens?)\s+to\b"
    r"|\b(?:set|scheduled|slated|planned|plans?)\s+(?:for|to)\b|\bdue\s+(?:on|for|to)\b|\bupcoming\b|\bto\s+be\s+held\b"
    r"|\bpostponed\s+(?:until|to)\b|\bgoing\s+to\b"
    # a timetable in the present: "the last sailing leaves at 4 p.m. on Tuesday", "opens at 9 a.m. Monday"
    r"|\b(?:leaves|departs|arrives|opens|reopens|closes|starts|begins|ends|resumes|kicks\s+off|takes\s+place)"
    r"(?=\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b)"
    r"|\b(?:could|might|(?-i:may))\b(?!\s+(?:not\s+|n't\s+|n’t\s+)?(?:have|seem|appear)\b)"
    # "delayed the trial ... until May": the new date lies ahead
    r"|\b(?:postponed|delayed|adjourned|deferred|rescheduled|pushed\s+back|put\s+off)\b(?=[^.;]{0,140}?\b(?:until|till)\b)",
    re.IGNORECASE,
)
# Past auxiliaries and "has/have" + participle; lexical past verbs are found word by word below.
_PAST_AUX = re.compile(
    rf"\b(?:was|were|had|did|has\s+(?:been|\w+ed|\w+en)|have\s+(?:been|\w+ed|\w+en)|ago)\b"
    r"|\bwould\s+(?:not\s+)?have\b"
    rf"|(?<=\w){_APOSTROPHE}d(?=\s+(?:\w+ed|been|gone|done|had|taken|given|seen|left|made|known|become|come)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")
# Where a clause ends: punctuation, dashes, brackets, quotes, conjunctions after a comma, and words that
# open a subordinate or relative clause.
_BOUNDARY = re.compile(
    # (not a colon inside a time, "3:25", nor the point of an initial or "p.m.")
    r"[;!?]|:(?!\d)|(?<!\b[A-Za-z])\.(?=\s)|\s[—–]\s|\s--\s|[()\"“”]|``|''|-LRB-|-RRB-"
    r"|,\s*(?:and|but|or|while|whereas|as|so)?"
    r"|\b(?:which|who|whom|whose|where|when|while|whereas|because|although|though|unless|until|till"
    r"|before|after|since|if|what|but|that)\b"
    # "... on Monday and told him": "and" opening a second verb phrase
    # (not "was tested and monitored", one verb phrase)
    rf"|(?<!ed )\band(?=\s+(?:{'|'.join(sorted(IRREGULAR_PAST))}"
    r"|[a-z]+ed|was|were|had|has|have|will|would|is|are|did)\b)",
    re.IGNORECASE,
)


_STRONG_BOUNDARY = re.compile(r"[;:]")
_WINDOW = 240  # characters looked at on each side of the expression
# A participle after these is not a past verb of its own ("will be held"); after "was", "were", "had" it
# is, and marks the past where it stands ("who were evacuated on Sunday").
_BE_OR_AUXILIARY = frozenset(
    [
        *("be", "being", "is", "are", "am", "will", "would", "shall", "'ll", "’ll", "get", "gets", "to"),
        # "will stay closed", "remains trapped": a participle after a linking verb is an adjective
        *("stay", "stays", "remain", "remains", "keep", "keeps"),
    ]
)


@dataclass(frozen=True)
class _Marker:
    start: int
    end: int
    tense: Tense
    lexical: bool = False  # a past verb found word by word (not an auxiliary)
    modal: bool = False  # would, could, might, may


_MODAL = frozenset(["would", "could", "might", "may"])
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my"]
)
# Words that may stand between a verb and the date it governs ("said late Thursday", "filed by Tuesday").
_LINK_WORDS = frozenset(
    [
        "on",
        "by",
        "late",
        "early",
        "last",
        "this",
        "next",
        "until",
        "till",
        "from",
        "the",
        "of",
        "at",
        "as",
        "soon",
    ]
)
_POSSESSIVE = re.compile(rf"\s?{_APOSTROPHE}s\b")


def clause_tense(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> Tense:
    """The tense of the clause holding ``text[start:end]`` within the sentence ``[sentence_start,
    sentence_end)``."""
    # a bounded window keeps the cost linear on a huge "sentence"; a clause is shorter than this
    sentence_start = max(0, sentence_start, start - _WINDOW)
    sentence_end = min(len(text), sentence_end, end + _WINDOW)
    clauses = _clauses(text, start, end, sentence_start, sentence_end)
    index = next((i for i, (s, e) in enumerate(clauses) if s <= start < e or s < end <= e), 0)
    # a verbless fragment hangs from the clauses before it (back across a list: "water supplies from Oxfam ,
    # the World Food Programme and Unicef to Haiti on Friday"), or from the next when fronted
    # ... but not across a colon or semicolon: a headline or a list item before it ("Obama : ' Egypt will
    # never be the same ' ... In a speech Thursday night , Mubarak had") is another statement
    order = [index]
    for i in range(index - 1, -1, -1):
        if _STRONG_BOUNDARY.search(text, clauses[i][1], clauses[i + 1][0]):
            break
        order.append(i)
    order += [index + 1] if index < len(clauses) - 1 else []
    possessive = _POSSESSIVE.match(text, end) is not None
    for i in order:
        clause_start, clause_end = clauses[i]
        markers = _markers(text, clause_start, clause_end, start, end)
        if possessive:  # "Tuesday's quake ... would be": a modal after a possessive date is about its event
            markers = [m for m in markers if not (m.modal and m.start >= end)]
        if markers:
            return _nearest(text, markers, start, end)
    return Tense.UNKNOWN


def _clauses(text: str, start: int, end: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clause spans of the sentence; a boundary inside the expression itself does not count."""
    cuts = [lo]
    for match in _BOUNDARY.finditer(text, lo, hi):
        if match.start() < end and match.end() > start:
            continue
        cuts.append(match.start())
        cuts.append(match.end())
    cuts.append(hi)
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    return [s for s in spans if s[1] > s[0]] or [(lo, hi)]


def _markers(text: str, lo: int, hi: int, start: int, end: int) -> list[_Marker]:
    found: list[_Marker] = []
    taken: list[tuple[int, int]] = []
    # look-aheads see past the clause ("delayed the trial of ..., X, until May"); matches stay inside it
    for match in _FUTURE.finditer(text, lo, min(len(text), hi + _WINDOW)):
        if match.start() >= hi or match.end() > hi:
            continue
        if match.start() < end and match.end() > start:
            continue
        modal = match.group().lower() in _MODAL
        found.append(_Marker(match.start(), match.end(), Tense.FUTURE, modal=modal))
        taken.append(match.span())
    for match in _PAST_AUX.finditer(text, lo, hi):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if match.start() < end and match.end() > start:
            continue
        found.append(_Marker(match.start(), match.end(), Tense.PAST))
        taken.append(match.span())
    previous = ""
    before_previous = ""
    before_previous_inside = previous_inside = False
    last_participle = False
    for match in _WORD.finditer(text, lo, hi):
        word = match.group().lower()
        if len(word) > 4 and word.endswith("ly"):  # "could be permanently sealed": adverbs are skipped
            continue
        inside = match.start() < end and match.end() > start
        overlapping = any(s < match.end() and match.start() < e for s, e in taken)
        # "will be held", "was held": the auxiliary decides; so for "will be tested and monitored"
        participle = previous in _BE_OR_AUXILIARY or (previous in ("and", "or") and last_participle)
        # "on the seabed", "a red-bearded man": a word after a determiner is a noun or adjective, not a verb
        past = _is_past_verb(word) and previous not in _DETERMINERS
        if not inside and not overlapping and not participle and past:
            # "the orchestra she built will play": a past verb right after a pronoun that follows a noun is
            # a reduced relative clause, not the clause's own verb
            # (not after the date itself: "Thursday it ceased" is the clause's subject and verb)
            reduced = (
                previous in PERSONAL_PRONOUNS
                and before_previous not in ("", "and", "but")
                and not before_previous_inside
            )
            if not (reduced and match.start() > end):
                found.append(_Marker(match.start(), match.end(), Tense.PAST, lexical=True))
        if past or word not in ("and", "or"):
            last_participle = participle and past
        before_previous, previous = previous, word
        before_previous_inside, previous_inside = previous_inside, inside
    return found


def _is_past_verb(word: str) -> bool:
    if word in IRREGULAR_PAST:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in NOT_PAST_ED


def _nearest(text: str, markers: list[_Marker], start: int, end: int) -> Tense:
    before = [m for m in markers if m.end <= start]
    after = [m for m in markers if m.start >= end]
    last_before = max(before, key=lambda m: m.end) if before else None
    first_after = min(after, key=lambda m: m.start) if after else None
    if last_before is None:
        return first_after.tense if first_after else Tense.UNKNOWN
    if first_after is None:
        return last_before.tense
    # "said late Thursday it would", "who filed by Tuesday could": the date is the verb's complement
    if all(w.lower() in _LINK_WORDS for w in _WORD.findall(text, last_before.end, start)):
        return last_before.tense
    # "is expected to order on Thursday strengthened inspections", "as early as Monday using flights bound
    # for": a past form after the date cannot be the verb of a clause whose future auxiliary came before it
    if last_before.tense is Tense.FUTURE and first_after.lexical:
        return Tense.FUTURE
    return last_before.tense if start - last_before.end <= first_after.start - end else first_after.tense
