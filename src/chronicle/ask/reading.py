"""A sentence read against a question (:class:`Reading`), the :class:`Candidate` answers read from it,
and the fit that blends a candidate's form with how near the question's words sit."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from chronicle.ask.question import Question
from chronicle.ask.text import Stemmer, same_place, words
from chronicle.model import AnswerKind, Granularity, Sentence, Timex

__all__ = ["Candidate", "Reading"]


@dataclass(frozen=True)
class Candidate:
    """A possible answer found in a sentence (offsets into the sentence text)."""

    kind: AnswerKind
    value: str  # normalised: ISO date, number, name
    text: str  # as shown to a reader
    start: int
    end: int
    fit: float
    granularity: Granularity | None = None
    unit: str | None = None
    low: float | None = None  # a number's range
    high: float | None = None
    role: float | None = None  # a name beside the asked role: 1 when its qualifier fits, less when not


class Reading:
    """One sentence read against one question: its words, stems, and where the question's words are.

    Nearness (:meth:`closeness`) weighs the question's content words fully and its names at a third: the
    names say which sentence to read, the other words (the event, the counted noun) which part of it. A
    name the sentence leaves to a pronoun ("on April 5, he was captured") sits where the pronoun is; a date
    the question names ("on December 28") sits where the sentence has a temporal expression of that day.
    """

    def __init__(self, sentence: Sentence, question: Question, stemmer: Stemmer) -> None:
        self.sentence = sentence
        self.text = sentence.text
        self.tokens = list(words(sentence.text))
        self.stems = [stemmer.stem(w) for _, _, w in self.tokens]
        weights: dict[str, float] = {}
        names: set[str] = set()
        # a name of several words counts once, at its nearest word ("Chang Renbo": one name, not two)
        self._unit = {stemmer.stem(w): " ".join(name) for name in question.names for w in name}
        for term in question.terms:
            if term.stem in question.date_words:
                continue  # matched as a whole date below
            weight = _NAME_SHARE * term.weight if term.name else term.weight
            if term.name:
                names.add(term.stem)
            weights[term.stem] = max(weights.get(term.stem, 0.0), weight)
            for synonym in stemmer.synonyms(term.stem):
                weights[synonym] = max(weights.get(synonym, 0.0), 0.7 * weight)
        capitals = [t for t in question.terms if t.capital]
        for _, _, word in self.tokens:
            for term in capitals:
                if same_place(term.word.capitalize(), word):
                    stem = stemmer.stem(word)
                    weights[stem] = max(weights.get(stem, 0.0), weights.get(term.stem, term.weight))
                    if term.name:
                        names.add(stem)
                        self._unit[stem] = self._unit.get(term.stem, term.stem)
        self._weights = weights
        self._names = names
        self._date_positions = [
            self.index_at(t.start - sentence.start)
            for t in sentence.timexes
            if any(_same_day(t, d) for d in question.dates)
        ]
        date_weight = _DATE_WEIGHT if question.dates else 0.0
        units = {self._unit.get(t.stem, t.stem): weights.get(t.stem, 0.0) for t in question.terms}
        self._total = (sum(units.values()) + date_weight) or 1.0
        present = set(self.stems)
        missing = [n for n in names if n not in present]
        self._pronoun_weight = max((weights[n] for n in missing), default=0.0)

    def index_at(self, offset: int) -> int:
        """The position of the first word starting at or after ``offset`` (sentence-relative)."""
        for i, (start, _, _) in enumerate(self.tokens):
            if start >= offset:
                return i
        return len(self.tokens)

    def _gap(self, a: int, b: int) -> int:
        """Clause boundaries (commas, semicolons, colons, dashes) between words ``a`` < ``b``."""
        between = self.text[self.tokens[a][1] : self.tokens[b][0]]
        return len(re.findall(r"[,;:]|\s[-–—]\s", between))

    def closeness(self, start: int, end: int, exclude: frozenset[str] = frozenset()) -> float:
        """How near the question's words sit to the span ``start:end``: 1 when they surround it, 0 when
        none is in the sentence (each word counted once, at its nearest occurrence; distance in words, a
        clause boundary counting as three more, a name after the span as two more)."""
        first = self.index_at(start)
        last = max(first, self.index_at(end) - 1)
        best: dict[str, float] = {}
        for i, s in enumerate(self.stems):
            weight = self._weights.get(s)
            key = self._unit.get(s, s)
            if weight is None and self._pronoun_weight and self.tokens[i][2].lower() in _PRONOUNS:
                weight, key = self._pronoun_weight, "\0pronoun"
            if weight is None and i in self._date_positions:
                weight, key = _DATE_WEIGHT, "\0date"
            if weight is None or s in exclude or first <= i <= last:
                continue
            if i < first:
                distance = first - i + 3 * self._gap(i, first)
            else:
                distance = i - last + 3 * self._gap(last, i) + (2 if s in self._names else 0)
            value = weight * math.exp(-(distance - 1) / 6.0)
            if value > best.get(key, 0.0):
                best[key] = value
        excluded = sum(self._weights.get(s, 0.0) for s in exclude if s in self._weights)
        return min(1.0, sum(best.values()) / max(self._total - excluded, 1e-9))

    def dated_elsewhere(self, start: int, end: int) -> bool:
        """Whether the question names a date and the span's nearest date in the sentence is another one
        ("arrived in Russia on December 24, and ... on December 28, he was in Rostov": asked about December
        28, "Russia" belongs to December 24)."""
        if not self._date_positions or len(self.sentence.timexes) < 2:
            return False
        first = self.index_at(start)
        last = max(first, self.index_at(end) - 1)
        nearest = None
        for timex in self.sentence.timexes:
            i = self.index_at(timex.start - self.sentence.start)
            if first <= i <= last:
                continue
            distance = first - i + 3 * self._gap(i, first) if i < first else i - last + 3 * self._gap(last, i)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, i)
        return nearest is not None and nearest[1] not in self._date_positions

    def words_near(self, start: int, end: int, before: int, after: int) -> list[str]:
        """Lower-case words within ``before`` words before and ``after`` words after the span."""
        first = self.index_at(start)
        last = self.index_at(end)
        return [w.lower() for _, _, w in self.tokens[max(0, first - before) : first]] + [
            w.lower() for _, _, w in self.tokens[last : last + after]
        ]


_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their"})
_NAME_SHARE = 0.35
_DATE_WEIGHT = 1.5


def _same_day(timex: Timex, asked: tuple[int | None, int | None, int | None]) -> bool:
    year, month, day = asked
    value = timex.value
    return (year is None or value.year == year) and value.month == month and (day is None or value.day == day)


def _blend(form: float, near: float) -> float:
    return form * (0.35 + 0.65 * near)


def _fit(reading: Reading, form: float, start: int, end: int, exclude: frozenset[str] = frozenset()) -> float:
    """A candidate's fit: its form, blended with nearness, and cut when it belongs to another date."""
    fit = _blend(form, reading.closeness(start, end, exclude))
    return fit * 0.4 if reading.dated_elsewhere(start, end) else fit
