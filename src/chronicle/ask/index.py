"""Finding the sentences that speak to a question: BM25 over every body sentence, with context.

The index maps each lower-case word to the sentences holding it (built once per collection, in one pass;
bpoil's 59,000 sentences take about a second). A question's stems are matched against every word with that
stem, its synonyms at a lower weight, and a name missing from a sentence but named in the two sentences
before it ("Chang Renbo arrived ... In early February, he was transferred ... on April 5, he was
captured") counts at a lower weight too: news refers back with pronouns.

Each hit carries its BM25 score (binary term frequency: sentences rarely repeat a word) and its *coverage*:
the share of the question's idf-weighted terms the sentence and its context match, a number in [0, 1]
that does not depend on the collection's size and is what answers are trusted on.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from chronicle.ask.question import Question, Term
from chronicle.ask.text import STOPWORDS, Stemmer, normal, same_place, words
from chronicle.model import Document, Sentence

__all__ = ["Hit", "SentenceIndex"]

_K1 = 1.2
_B = 0.75
_SYNONYM = 0.7  # a synonym of a question word counts this much
_PLACE = 0.85  # a demonym for a place the question names, or the reverse ("Haitian" for "Haiti")
_CONTEXT_NAME = 0.6  # a question name found only in the two sentences before
_CONTEXT_WORD = 0.3  # another question word found only there
_ARTICLE_NAME = 0.5  # a question name the sentence's article holds elsewhere (or in its title)
_ARTICLE_WORD = 0.25  # another question word the article holds elsewhere
_LEDE = 5  # an article's subject is named in its title or first sentences
_ABSENT = 0.5  # the weight of a question word (not a name) that no sentence of the collection holds


@dataclass(frozen=True)
class Hit:
    """A sentence found for a question."""

    document: Document
    sentence: Sentence
    score: float  # BM25 with context
    coverage: float  # share of the question's weighted terms matched, 0..1
    matched: frozenset[str]  # question stems found in the sentence itself (synonyms map to their stem)
    previous: Sentence | None = None  # the sentence before, when the answer may stand there (``lean``)


class SentenceIndex:
    """Every body sentence of ``documents``, searchable by word."""

    def __init__(self, documents: Sequence[Document], stemmer: Stemmer | None = None) -> None:
        self.documents = tuple(documents)
        self.stemmer = stemmer or Stemmer()
        self._doc: list[int] = []  # row → document position
        self._sentence: list[int] = []  # row → sentence position in its document
        self._starts: list[int] = []  # row → offset of its sentence in the joined text
        self._length: list[int] = []  # row → length of its sentence in characters
        pieces: list[str] = []
        offset = 0
        for d, document in enumerate(self.documents):
            for s, sentence in enumerate(document.sentences):
                piece = normal(sentence.text)
                self._doc.append(d)
                self._sentence.append(s)
                self._starts.append(offset)
                self._length.append(len(piece))
                pieces.append(piece)
                offset += len(piece) + 1
        self._text = "\n".join(pieces)  # every sentence, lower case, one a line: searched with str.find
        self._rows = len(pieces)
        self._average = (sum(self._length) / self._rows) if self._rows else 1.0
        self._titles = [self._title_stems(document) for document in self.documents]
        self._surfaces: dict[str, dict[str, list[int]]] = {}  # prefix → word → rows (filled on demand)

    @property
    def size(self) -> int:
        """Number of sentences."""
        return self._rows

    def _title_stems(self, document: Document) -> frozenset[str]:
        title = document.article.title
        if not title:
            return frozenset()
        return frozenset(self.stemmer.stem(w) for _, _, w in words(title) if w.lower() not in STOPWORDS)

    def words_starting(self, prefix: str) -> dict[str, list[int]]:
        """Every word of the collection that starts with ``prefix`` (lower case), with the sentences (rows)
        holding it. Found by scanning the joined text with ``str.find`` (no index is built up front: the
        few prefixes a question needs cost a few milliseconds each, even on 60,000 sentences)."""
        known = self._surfaces.get(prefix)
        if known is not None:
            return known
        text = self._text
        found: dict[str, list[int]] = {}
        size = len(text)
        at = text.find(prefix)
        while at != -1:
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "'"):
                end = at + len(prefix)
                while end < size and (
                    text[end].isalnum() or (text[end] == "'" and end + 1 < size and text[end + 1].isalnum())
                ):
                    end += 1
                rows = found.setdefault(text[at:end], [])
                row = bisect.bisect_right(self._starts, at) - 1
                if not rows or rows[-1] != row:
                    rows.append(row)
                at = text.find(prefix, end)
            else:
                at = text.find(prefix, at + 1)
        self._surfaces[prefix] = found
        return found

    def rows_of(self, stem: str) -> set[int]:
        """Sentences holding a word with this stem."""
        rows: set[int] = set()
        prefixes = {stem[:4]} | {form[:4] for form in self.stemmer.forms(stem)}
        for prefix in prefixes:
            for word, where in self.words_starting(prefix).items():
                if self.stemmer.stem(word) == stem:
                    rows.update(where)
        return rows

    def idf(self, df: int) -> float:
        return math.log(1.0 + (self._rows - df + 0.5) / (df + 0.5))

    def search(
        self,
        question: Question,
        limit: int = 40,
        keep: Callable[[Sentence], bool] | None = None,
        lean: Callable[[Sentence, Sentence], bool] | None = None,
    ) -> list[Hit]:
        """The ``limit`` best sentences for ``question``, best first (none when no word matches); with
        ``keep``, only sentences it accepts (one that holds an answer of the asked kind), and with ``lean``
        also those it accepts together with the sentence before them in their article (the hit's
        ``previous``: "On May 3 a fire broke out at the depot. It was contained two days later" holds the
        date of the fire for "when was the fire contained" only read together)."""
        if not self._rows or not question.terms:
            return []
        terms = [(term, *self._term(term)) for term in question.terms]
        total = sum(weight for _, weight, _, _ in terms)
        candidates: set[int] = set()
        for _, _, found, _ in terms:
            candidates.update(row for row, factor in found.items() if factor >= _SYNONYM)
        if total <= 0 or not candidates:
            return []
        scored = []
        for row in candidates:
            leaning = False
            if keep is not None and not keep(self._sentence_at(row)):
                previous = self._previous_at(row)
                if lean is None or previous is None or not lean(self._sentence_at(row), previous):
                    continue
                leaning = True
            value = 0.0
            own: set[str] = set()
            for term, weight, found, documents in terms:
                factor = found.get(row, 0.0)
                if factor >= _SYNONYM:
                    own.add(term.stem)
                elif self._doc[row] in documents:
                    factor = max(factor, _ARTICLE_NAME if term.name else _ARTICLE_WORD)
                value += weight * factor
            norm = (_K1 + 1) / (1 + _K1 * (1 - _B + _B * self._length[row] / self._average))
            scored.append((value * norm, value / total, row, frozenset(own), leaning))
        scored.sort(key=lambda t: (-t[0], t[2]))
        hits = []
        for score, coverage, row, own_terms, leaning in scored[:limit]:
            document = self.documents[self._doc[row]]
            hits.append(
                Hit(
                    document=document,
                    sentence=document.sentences[self._sentence[row]],
                    score=score,
                    coverage=min(1.0, coverage),
                    matched=own_terms,
                    previous=self._previous_at(row) if leaning else None,
                )
            )
        return hits

    def _term(self, term: Term) -> tuple[float, dict[int, float], set[int]]:
        """The term's weight, how well each sentence matches it, and the documents that hold it.

        The weight is the question's weight × idf. A sentence matches at 1, through a synonym at 0.7, through
        the two sentences before it (a name at 0.6, another word at 0.3) and through its article (its title
        or first five sentences: a name at 0.5, another word at 0.25): an article about Michael Jackson speaks
        of him in every sentence, "the singer will be buried on Thursday" included; a long page that names
        him once in passing does not.
        """
        rows = self.rows_of(term.stem)
        weight = term.weight * self.idf(max(1, len(rows)))
        if not rows and not term.name:
            weight *= _ABSENT  # a word no sentence holds may be the question's own wording ("caused")
        found: dict[int, float] = dict.fromkeys(rows, 1.0)
        for synonym in self.stemmer.synonyms(term.stem):
            for row in self.rows_of(synonym):
                if found.get(row, 0.0) < _SYNONYM:
                    found[row] = _SYNONYM
        if term.capital:
            for row in self._related_places(term.word):
                if found.get(row, 0.0) < _PLACE:
                    found[row] = _PLACE
        context = _CONTEXT_NAME if term.name else _CONTEXT_WORD
        for row in rows:
            for later in (row + 1, row + 2):
                if (
                    later < self._rows
                    and self._doc[later] == self._doc[row]
                    and found.get(later, 0.0) < context
                ):
                    found[later] = context
        # the article speaks of it when its title or lede (first five sentences) does
        documents = {self._doc[r] for r in rows if self._sentence[r] < _LEDE} | set(
            self._documents_titled(term.stem)
        )
        return weight, found, documents

    def _related_places(self, word: str) -> list[int]:
        """Sentences holding ``word``'s demonym or place ("haitian" for "Haiti")."""
        rows: list[int] = []
        for candidate, where in self.words_starting(normal(word)[:3]).items():
            if same_place(word.capitalize(), candidate.capitalize()):
                rows.extend(where)
        return rows

    def _sentence_at(self, row: int) -> Sentence:
        return self.documents[self._doc[row]].sentences[self._sentence[row]]

    def _previous_at(self, row: int) -> Sentence | None:
        position = self._sentence[row]
        return self.documents[self._doc[row]].sentences[position - 1] if position > 0 else None

    def share_of_words(self, words_: Sequence[str]) -> float:
        """The share of documents naming the rarest of ``words_`` (how common a name is in the collection)."""
        if not self.documents:
            return 0.0
        shares = [
            len({self._doc[r] for r in self.words_starting(normal(w)).get(normal(w), ())}) for w in words_
        ]
        return min(shares, default=0) / len(self.documents)

    def sentences_naming(self, words_: Sequence[str]) -> int:
        """How many sentences name the rarest of ``words_`` (how often the collection speaks of a name)."""
        return min(
            (len(self.words_starting(normal(w)).get(normal(w), ())) for w in words_),
            default=0,
        )

    def _documents_titled(self, stem: str) -> Iterable[int]:
        return (d for d, title in enumerate(self._titles) if stem in title)
