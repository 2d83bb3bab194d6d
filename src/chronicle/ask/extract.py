"""Reading an answer of the asked kind out of one sentence, from chronicle's own annotations.

* **dates** are the sentence's grounded temporal expressions (:class:`~chronicle.model.Timex`), never
  re-parsed: "on April 5" in a page of April 14 is 2025-04-05, "four days later" follows the date before;
* **counts and quantities** are numbers with what follows them: "at least 163 Chinese nationals" (a count
  of nationals, at least 163), "$ 75,000" (money), "15km" (a length), "six months" (a duration), "7.0
  magnitude"; years, clock times and dates are not numbers here;
* **ages**: "the 34-year-old", "Jackson , 48 ,", "aged 84", "at the age of 50", "23-month-old";
* **names**: the people, places and organisations the entity stage finds (``sources.name_spans``).

Each candidate carries a *fit* in [0, 1]: how well its form matches the question (the counted noun is the
one asked about; the age is next to the person asked about; the name follows the role asked for: "Judge
Michael Pastor") times how close it sits to the question's words in the sentence.

One module a kind: :mod:`~chronicle.ask.reading` (the sentence read against the question, the fit),
:mod:`~chronicle.ask.dates`, :mod:`~chronicle.ask.quantities`, :mod:`~chronicle.ask.ages`,
:mod:`~chronicle.ask.names`, :mod:`~chronicle.ask.facts`; this module gathers them.
"""

from __future__ import annotations

import re

from chronicle.ask.ages import BORN, ages
from chronicle.ask.dates import dates, value_text
from chronicle.ask.facts import facts
from chronicle.ask.names import names
from chronicle.ask.quantities import _AGE, _AGE_OTHER, _ANY_NUMBER, quantities
from chronicle.ask.question import Question
from chronicle.ask.reading import Candidate, Reading
from chronicle.model import AnswerKind, Sentence

__all__ = ["Candidate", "Reading", "ages", "dates", "facts", "has_kind", "names", "quantities", "value_text"]


def has_kind(question: Question, sentence: Sentence) -> bool:
    """Whether the sentence holds an expression of the asked kind at all (a quick test before reading)."""
    kind = question.kind
    if kind is AnswerKind.DATE:
        return bool(sentence.timexes)
    if kind is AnswerKind.AGE:
        return bool(
            _AGE.search(sentence.text) or _AGE_OTHER.search(sentence.text) or BORN.search(sentence.text)
        )
    if kind in (AnswerKind.COUNT, AnswerKind.QUANTITY):
        return bool(_ANY_NUMBER.search(sentence.text))
    if kind in (AnswerKind.PERSON, AnswerKind.PLACE, AnswerKind.ORGANIZATION):
        return bool(_INNER_CAPITAL.search(sentence.text))
    return True


_INNER_CAPITAL = re.compile(r"\S\s+[A-Z]")
