"""Rules for what a timeline entry shows: entries that stand on their own, placed on their event's day.

- **The main clause's date.** "Rescue officials on Monday found five more bodies following Friday's
  earthquake" belongs to Monday: a date introduced by "following", "after", "since", "ahead of", "in the
  wake of" ... is context when the sentence has another date (:func:`main_timexes`).
- **A plan is not the event.** A sentence whose dates all lie ahead ("the funeral will be held on
  Saturday") is placed on the day it was published, the day the plan was announced, never on the day
  it announces (:func:`is_plan`).
- **Datelines are not news.** "Vatican City, April 28 (LaPresse)." is never a summary; a sentence opening
  with one, or with a credit or page stamp (:mod:`chronicle.datelines`: "-LRB- AP -RRB-", "Page last updated
  at 08:03 GMT ..."), is shown without it (the citation keeps the exact quote and offsets). Nor is a reader's
  comment ("Posted by : ... | Report abuse"), a question to the reader ("Are you affected ...?"), a fragment
  of a sentence ("-LRB- MSD -RRB- confirmed today ...") or a line of fewer than four words.
- **Entries stand on their own.** A summary never starts with an unresolved pronoun or a subjectless
  clause: "He was taken into custody ..." names the person the article last named ("[Wang Guangjun] was
  ..."); so does a pronoun after fronted phrases ("Four days later, on December 28, [Chang Renbo] was in
  Rostov", its antecedent read before the clause shown); a clause split from "he arrived ..., and signed
  a contract ..." gets its subject back. When no
  antecedent is found the sentence is not used as a summary (:func:`entry_text` returns None), nor when
  it opens with a first or second person ("We see this now ...", "I was trying ...", "You can donate ..."):
  nothing in the article names them.
- **Background.** Entries far before the rest of the story (a birth in 1936, a coup years earlier) are
  kept and marked (:func:`background_dates`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from chronicle.datelines import dateline_end, is_only_dateline
from chronicle.lexicon import IRREGULAR_PAST, NOT_PERSON_NAME_WORDS
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
    # "ORSAVIK, March 7 (Agency) - The bridge collapsed late on Monday": the dateline dates the report,
    # the news is Monday's
    news_start = offset + dateline_end(sentence.text)
    reported = tuple(t for t in sentence.timexes if t.start >= news_start) or sentence.timexes
    main = tuple(
        t
        for t in reported
        if not _CONTEXT_BEFORE.search(sentence.text[max(0, t.start - offset - 30) : t.start - offset])
    )
    outside = tuple(t for t in main if not _IN_RELATIVE_CLAUSE.search(sentence.text[: t.start - offset]))
    if any(not t.future for t in outside):
        return outside
    # "Two defendants, who pleaded guilty in January, will be sentenced next Wednesday": the main clause
    # only plans; the relative clause's date is the sentence's news
    return main or reported


# A date inside a relative clause opened before it and not yet closed: "was found guilty today of ... before
# the collapse of the pontoon, which injured 14 people on 3 August 2022": today is the news.
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:()\"“”]*$", re.IGNORECASE)


def is_plan(sentence: Sentence) -> bool:
    """Every date of the sentence lies ahead of its article: it announces, it does not report."""
    return bool(sentence.timexes) and all(t.future for t in sentence.timexes)


# Clause boundaries: a comma or semicolon followed by a coordinating conjunction, or a semicolon/dash.
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|after which)\s+|;\s+|\s+[—–]\s+")
_MIN_CLAUSE_WORDS = 5
# First and second persons ("We see this now ...", "I was trying to get home ...", "You can donate ...") have
# no antecedent in the article's text: a sentence opening with one is never a summary.
_PRONOUN = re.compile(
    r"^(?P<word>He|She|His|Her|They|Their|Them|It|Its|This|These|Those|I|We|Our|Us|My|Me|You|Your)\b(?!\.)"
)
_PERSON_PRONOUNS = {"He": "", "She": "", "His": "'s", "Her": "'s"}
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}\b")
# Up to three fronted phrases ("Four days later, on December 28,", "After that,") before a person pronoun.
_FRONTED_PRONOUN = re.compile(
    r"^(?P<front>(?:[^,;:.!?()\"“”]{1,60}?,\s+){1,3}?"
    # or a short prepositional phrase without a comma: "At Monday's hearing he said"
    r"|(?:At|On|In|During|After|Before|By)\s[^,;:.!?()\"“”\[]{1,40}?\s)(?P<word>he|she|his|her)\b"
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
    if not _is_news(body) or _COMMENT.search(text[:160]) is not None:
        return None
    subject_of_split = None
    before = sentence.start  # where the text the entry shows begins: a pronoun's antecedent comes before it
    # a date in the dateline or stamp dates the whole report: nothing to trim to
    if trim and timex is not None and len(sentence.timexes) > 1 and timex.start - sentence.start >= cut:
        body, subject_of_split, clause_start = _clause(body, timex.start - sentence.start - cut)
        before = sentence.start + cut + clause_start
    if subject_of_split is not None:
        subject = _name_for(subject_of_split, document, sentence, before)
        if subject is None:
            return None
        body = f"[{subject}] {body}"
    match = _PRONOUN.match(body)
    if match is not None:
        word = match.group("word")
        if word not in _PERSON_PRONOUNS:
            return None
        name = _antecedent(document, sentence, before)
        if name is None:
            return None
        body = f"[{name}{_PERSON_PRONOUNS[word]}]{body[match.end() :]}"
    fronted = _FRONTED_PRONOUN.match(body)
    if fronted is not None and not _has_verb(fronted.group("front")):
        # "Four days later, on December 28, he was in Rostov": the subject after a fronted phrase
        name = _antecedent(document, sentence, before)
        if name is None:
            return None
        word = fronted.group("word").capitalize()
        body = f"{body[: fronted.start('word')]}[{name}{_PERSON_PRONOUNS[word]}]{body[fronted.end('word') :]}"
    return body if body[-1:] in ".!?\"'”’" else body + "."


# Not news, whatever its date: a reader's comment ("Posted by : Buzzm1 | September 16 , 2008 11:31 AM |
# Report abuse ...", "February 2 , 2011 at 6:29 pm | Please help ..."), a book's listing, a question to the
# reader ("Are you affected by the oil spill ?"), a fragment cut from its sentence ("-LRB- MSD -RRB- confirmed
# today that ...", "and said ...").
_COMMENT = re.compile(
    r"^Posted\s+by\b|\bReport\s+abuse\b|^[^|]{0,40}\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|AM|PM)?\s*\|"
    # a book's listing: "BAD MONEY Reckless Finance ... By Kevin Phillips | Viking ."
    r"|\bBy\s+[A-Z][\w'’-]+(?:\s[A-Z][\w.'’-]+){1,2}\s*\|",
)
_FRAGMENT = re.compile(r"^(?:[a-z|]|-?[LR]RB-|(?:-LRB-\s[^-]{1,30}\s-RRB-|\([^()]{1,30}\))\s+[a-z])")
_MIN_NEWS_WORDS = 4  # "LRB- BP .", "Thank you .": too short to tell anything


def _is_news(body: str) -> bool:
    stripped = body.rstrip(" \"'”’")
    return not (
        len(stripped.split()) < _MIN_NEWS_WORDS
        or stripped.endswith("?")
        or _COMMENT.search(body[:160]) is not None
        or _FRAGMENT.match(body) is not None
    )


def _has_verb(phrase: str) -> bool:
    """A finite verb in ``phrase`` ("When police arrived,"): a clause of its own, not a fronted phrase."""
    return any(_VERB_START.fullmatch(word) for word in re.findall(r"[a-z]+", phrase))


def _clause(text: str, position: int) -> tuple[str, str | None, int]:
    """The clause of ``text`` holding ``position``, the subject it lost when it was split off (the
    subject of the clause before it) if it starts with a verb, and where the clause starts in ``text``."""
    start = 0
    previous = ""
    for match in _CLAUSE_BREAK.finditer(text):
        if match.start() >= position:
            clause = text[start : match.start()].strip(" ,;")
            if len(clause.split()) >= _MIN_CLAUSE_WORDS:
                return clause, None, start
            return text, None, 0
        previous = text[start : match.start()]
        start = match.end()
    clause = text[start:].strip(" ,;")
    if start == 0 or len(clause.split()) < _MIN_CLAUSE_WORDS:
        return text, None, 0
    if _VERB_START.match(clause):
        return clause, _subject_before_verb(previous), start
    return clause[0].upper() + clause[1:], None, start


def _subject_before_verb(clause: str) -> str:
    """The word before the last verb of ``clause``: "... said that he arrived in Moscow" -> "he"."""
    words = clause.split()
    for i in range(len(words) - 1, 0, -1):
        if _VERB_START.match(words[i]):
            return words[i - 1]
    return words[0] if words else ""


def _name_for(subject: str, document: Document, sentence: Sentence, before: int) -> str | None:
    if subject[:1].isupper() and subject not in _PERSON_PRONOUNS and subject.lower() not in ("it", "they"):
        return subject
    if subject.lower() in ("he", "she"):
        return _antecedent(document, sentence, before)
    return None


def _antecedent(document: Document, sentence: Sentence, end: int) -> str | None:
    """The person the article named last before offset ``end`` (in or before ``sentence``)."""
    text = document.article.text
    start = document.sentences[max(0, sentence.index - 5)].start if document.sentences else 0
    names = [
        m.group()
        for m in _NAME.finditer(text, start, end)
        if _is_person_name(m.group()) and not _CREDIT_BEFORE.search(text, max(0, m.start() - 8), m.start())
    ]
    return names[-1] if names else None


# A name right after "By " (a byline) or an opening bracket (an agency credit: "March 8 (Valdmark Herald)",
# "-LRB- Reuters -RRB-") is the page's author or source, never the person a pronoun stands for.
_CREDIT_BEFORE = re.compile(r"(?:\bBy|\(|-LRB-)\s*$")


def _is_person_name(name: str) -> bool:
    return not any(part.lower() in NOT_PERSON_NAME_WORDS for part in re.split(r"[ -]", name))


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
