"""Rules for what a timeline entry shows: entries that stand on their own, placed on their event's day.

- **The main clause's date.** "Rescue officials on Monday found five more bodies following Friday's
  earthquake" belongs to Monday: a date introduced by "following", "after", "since", "ahead of", "in the
  wake of" ... is context when the sentence has another date (:func:`main_timexes`).
- **A plan is not the event.** A sentence whose dates all lie ahead ("the funeral will be held on
  Saturday") is placed on the day it was published, the day the plan was announced, never on the day
  it announces (:func:`is_plan`).
- **Datelines are not news.** "Vatican City, April 28 (LaPresse)." is never a summary; a sentence opening
  with one is shown without it (the citation keeps the exact quote and offsets).
- **Entries stand on their own.** A summary never starts with an unresolved pronoun or a subjectless
  clause: "He was taken into custody ..." names the person the article last named ("[Wang Guangjun] was
  ..."); a clause split from "he arrived ..., and signed a contract ..." gets its subject back. When no
  antecedent is found the sentence is not used as a summary (:func:`entry_text` returns None).
- **Background.** Entries far before the rest of the story (a birth in 1936, a coup years earlier) are
  kept and marked (:func:`background_dates`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from chronicle.datelines import dateline_end, is_only_dateline
from chronicle.lexicon import IRREGULAR_PAST, MONTHS, WEEKDAYS
from chronicle.model import Article, Document, Granularity, Sentence, TimeValue, Timex

__all__ = ["background_dates", "entry_text", "is_plan", "main_timexes", "publication_value"]


def publication_value(article: Article) -> TimeValue:
    """The date an article's undated sentences and plans belong to: its publication day, or only its
    month when the page gives no day (a month-only ` date 2025-04 ` page): no day is invented."""
    published = article.published
    if article.published_precision is Granularity.MONTH:
        return TimeValue(published.year, published.month)
    return TimeValue.of_date(published)


_CONTEXT_BEFORE = re.compile(
    r"(?:\bfollowing|\bafter|\bsince|\bahead\s+of|\bin\s+the\s+wake\s+of|\bamid|\bbefore|\bdays?\s+after"
    r"|\bin\s+response\s+to)\s+(?:the\s+|last\s+|this\s+|a\s+)?$",
    re.IGNORECASE,
)


def main_timexes(sentence: Sentence) -> tuple[Timex, ...]:
    """The sentence's dates without those that only set context, when any other remains."""
    if len(sentence.timexes) < 2:
        return sentence.timexes
    offset = sentence.start
    main = tuple(
        t
        for t in sentence.timexes
        if not _CONTEXT_BEFORE.search(sentence.text[max(0, t.start - offset - 30) : t.start - offset])
    )
    return main or sentence.timexes


def is_plan(sentence: Sentence) -> bool:
    """Every date of the sentence lies ahead of its article: it announces, it does not report."""
    return bool(sentence.timexes) and all(t.future for t in sentence.timexes)


# Clause boundaries: a comma or semicolon followed by a coordinating conjunction, or a semicolon/dash.
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|after which)\s+|;\s+|\s+[—–]\s+")
_MIN_CLAUSE_WORDS = 5
_PRONOUN = re.compile(r"^(?P<word>He|She|His|Her|They|Their|Them|It|Its|This|These|Those)\b")
_PERSON_PRONOUNS = {"He": "", "She": "", "His": "'s", "Her": "'s"}
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}\b")
_NOT_NAME_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS}
    | {
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "By",
        "With",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "Ministry",
        "Service",
        "Office",
        "Army",
        "Federation",
        "Union",
        "University",
        "Council",
        "Committee",
        "Court",
        "Department",
        "Police",
        "Party",
        "Agency",
        "Press",
        "News",
        "City",
        "Oblast",
        "Region",
        "Republic",
        "Kingdom",
        "States",
        "Street",
        "Square",
        "Forces",
        "Foreign",
        "Security",
        "Defense",
        "Defence",
        "President",
        "Presidents",
        "Minister",
        "Government",
        "Armed",
        "Ukrainian",
        "Russian",
        "Chinese",
        "American",
        "British",
        "National",
        "Health",
        "World",
        "Organisation",
        "Organization",
        "Independent",
        "Times",
        "Post",
    }
)
_VERB_START = re.compile(r"^(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r"|was|were|had|has|is|are)\b")


def entry_text(document: Document, sentence: Sentence, timex: Timex | None, trim: bool) -> str | None:
    """The text an entry shows for ``sentence``: without a dateline, cut to the clause carrying ``timex``
    when ``trim`` and the sentence joins several dated clauses, with its subject named. None when the
    sentence cannot stand on its own (only a dateline, or a pronoun nothing in the article resolves)."""
    text = sentence.text
    if is_only_dateline(text):
        return None
    cut = dateline_end(text)
    body = text[cut:]
    subject_of_split = None
    if trim and timex is not None and len(sentence.timexes) > 1:
        body, subject_of_split = _clause(body, timex.start - sentence.start - cut)
    if subject_of_split is not None:
        subject = _name_for(subject_of_split, document, sentence, body)
        if subject is None:
            return None
        body = f"[{subject}] {body}"
    match = _PRONOUN.match(body)
    if match is not None:
        word = match.group("word")
        if word not in _PERSON_PRONOUNS:
            return None
        name = _antecedent(document, sentence)
        if name is None:
            return None
        body = f"[{name}{_PERSON_PRONOUNS[word]}]{body[match.end() :]}"
    return body if body[-1:] in ".!?\"'”’" else body + "."


def _clause(text: str, position: int) -> tuple[str, str | None]:
    """The clause of ``text`` holding ``position``, and the subject it lost when it was split off (the
    subject of the clause before it), if it starts with a verb."""
    start = 0
    previous = ""
    for match in _CLAUSE_BREAK.finditer(text):
        if match.start() >= position:
            clause = text[start : match.start()].strip(" ,;")
            return (clause if len(clause.split()) >= _MIN_CLAUSE_WORDS else text), None
        previous = text[start : match.start()]
        start = match.end()
    clause = text[start:].strip(" ,;")
    if start == 0 or len(clause.split()) < _MIN_CLAUSE_WORDS:
        return text, None
    if _VERB_START.match(clause):
        return clause, _subject_before_verb(previous)
    return clause[0].upper() + clause[1:], None


def _subject_before_verb(clause: str) -> str:
    """The word before the last verb of ``clause``: "... said that he arrived in Moscow" -> "he"."""
    words = clause.split()
    for i in range(len(words) - 1, 0, -1):
        if _VERB_START.match(words[i]):
            return words[i - 1]
    return words[0] if words else ""


def _name_for(subject: str, document: Document, sentence: Sentence, clause: str) -> str | None:
    if subject[:1].isupper() and subject not in _PERSON_PRONOUNS and subject.lower() not in ("it", "they"):
        return subject
    if subject.lower() in ("he", "she"):
        return _antecedent(document, sentence, include_own=True)
    return None


def _antecedent(document: Document, sentence: Sentence, include_own: bool = False) -> str | None:
    """The person the article named last before (or, with ``include_own``, inside) ``sentence``."""
    text = document.article.text
    end = sentence.end if include_own else sentence.start
    start = document.sentences[max(0, sentence.index - 5)].start if document.sentences else 0
    names = [m.group() for m in _NAME.finditer(text, start, end) if _is_person_name(m.group())]
    return names[-1] if names else None


def _is_person_name(name: str) -> bool:
    return not any(part in _NOT_NAME_WORDS for part in re.split(r"[ -]", name))


def background_dates(
    dates: Iterable[TimeValue], published: Sequence[dt.date], gap_days: int = 366
) -> set[TimeValue]:
    """Dates outside the story's span: before the earliest publication and separated from the rest of the
    story's dates by more than ``gap_days`` (the span grows back from the publications while the gap between
    consecutive dates stays within ``gap_days``)."""
    if not published:
        return set()
    ordered = sorted(set(dates), key=lambda v: v.sort_key, reverse=True)
    start = min(published)
    background = set()
    for value in ordered:
        if value.last_day >= start:
            continue
        if (start - value.last_day).days > gap_days:
            background.add(value)
        else:
            start = min(start, value.first_day)
    return background
