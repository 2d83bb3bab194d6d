"""Answering a question over a collection: retrieve sentences, read candidates, weigh them, or abstain.

For each question, :class:`Asker`

1. parses it (:func:`~chronicle.ask.question.parse_question`) and finds the sentences that speak to it
   (:class:`~chronicle.ask.index.SentenceIndex`);
2. reads candidates of the asked kind from each sentence (:mod:`chronicle.ask.extract`); a candidate's
   *score* is the sentence's coverage of the question times the candidate's fit;
3. groups candidates by value ("Conrad Murray" and "Murray" are one person; 163 and "at least 163" one
   count) and ranks values by their best score plus a share of the support from other articles;
4. answers with the best values, each with its quotes, when the best score reaches the threshold, and says
   the sources do not state it otherwise; "what/which/why" questions get the best sentence;
5. reports a disagreement when another value of comparable weight is incompatible with the answer (other
   days, other figures), and when the claims cross-check finds the answer's sentences in conflict.

The threshold and weights are fixed a priori; ``docs/ask.md`` reports them leave-one-topic-out.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from chronicle.ask import extract, sources
from chronicle.ask.dates import continues, joined
from chronicle.ask.extract import Candidate, Reading
from chronicle.ask.index import Hit, SentenceIndex
from chronicle.ask.question import Question, parse_question
from chronicle.ask.text import STOPWORDS, Stemmer, words
from chronicle.conflicts import sides_of, topic_of
from chronicle.errors import OptionsError
from chronicle.model import (
    Answer,
    AnswerKind,
    Claim,
    ClaimGroup,
    Disagreement,
    Document,
    Granularity,
    Quote,
    Reply,
    Sentence,
    Side,
    TimeValue,
    Verdict,
)

__all__ = ["NOT_STATED", "AskOptions", "Asker", "ask"]

NOT_STATED = "not stated in these sources"


@dataclass(frozen=True)
class AskOptions:
    """How questions are answered.

    ``sentences``: how many retrieved sentences are read per question. ``threshold``: the least confidence
    an answer needs (below it, "not stated in these sources"). ``answers``: at most this many answers.
    ``cross_check``: run the claims cross-check on the answer's sentences to report disagreements.
    """

    sentences: int = 40
    threshold: float = 0.24
    answers: int = 3
    cross_check: bool = True

    def __post_init__(self) -> None:
        if self.sentences < 1:
            raise OptionsError(f"sentences must be at least 1, not {self.sentences}")
        if not 0.0 <= self.threshold <= 1.0:
            raise OptionsError(f"threshold must be between 0 and 1, not {self.threshold}")
        if self.answers < 1:
            raise OptionsError(f"answers must be at least 1, not {self.answers}")


@dataclass(frozen=True)
class _Mention:
    candidate: Candidate
    hit: Hit
    score: float


@dataclass
class _Value:
    key: str
    mentions: list[_Mention]

    @property
    def best(self) -> _Mention:
        return max(self.mentions, key=lambda m: m.score)

    @property
    def score(self) -> float:
        """The best mention's score, held down when the name holds another role than the asked one."""
        return self.best.score * self.role

    @property
    def weight(self) -> float:
        """Best score plus a share of the best scores from other articles (agreement across sources)."""
        per_article: dict[str, float] = {}
        for m in self.mentions:
            article = m.hit.document.id
            per_article[article] = max(per_article.get(article, 0.0), m.score)
        ordered = sorted(per_article.values(), reverse=True)
        return self.role * (ordered[0] + 0.1 * sum(ordered[1:5]))

    @property
    def role(self) -> float:
        """How well the name holds the asked role: the best qualifier seen beside it (1 when never beside
        the role: that is judged per mention)."""
        roles = [m.candidate.role for m in self.mentions if m.candidate.role is not None]
        return max(roles) if roles else 1.0


class Asker:
    """Questions over one collection of documents; the sentence index is built once."""

    def __init__(self, documents: Sequence[Document], options: AskOptions | None = None) -> None:
        self.options = options or AskOptions()
        self.stemmer = Stemmer()
        self.index = SentenceIndex(documents, self.stemmer)
        self._by_id = {d.id: d for d in self.index.documents}

    @classmethod
    def from_paths(
        cls,
        paths: Iterable[str | os.PathLike[str]] = (),
        options: AskOptions | None = None,
        *,
        store: str | os.PathLike[str] | None = None,
    ) -> Asker:
        """Read and annotate ``paths`` (files or folders, as ``chronicle timeline`` reads them); with
        ``store``, the documents of that annotation store (``paths``, if any, added to it first)."""
        from chronicle.pipeline import Pipeline, PipelineOptions

        run = Pipeline(PipelineOptions(stages=())).run(paths, store=store)
        return cls(run.documents, options)

    def ask(self, text: str) -> Reply:
        """Answer one question from the documents."""
        question = parse_question(text, self.stemmer)
        if question.kind is AnswerKind.SENTENCE:
            return self._sentence_reply(question, self.index.search(question, self.options.sentences))
        hits = self.index.search(
            question,
            self.options.sentences,
            keep=lambda sentence: extract.has_kind(question, sentence),
            lean=continues if question.kind is AnswerKind.DATE else None,
        )
        hits = [
            replace(h, sentence=joined(h.document, h.previous, h.sentence)) if h.previous is not None else h
            for h in hits
        ]
        annotations = sources.annotate(
            sources.excerpts((h.document, h.sentence) for h in hits),
            claims=self.options.cross_check or question.kind in (AnswerKind.DATE, AnswerKind.AGE),
        )
        values = self._values(question, hits, annotations)
        ranked = sorted(values, key=lambda v: (-v.weight, -v.best.score, v.key))
        if question.kind is AnswerKind.DATE:
            ranked = _precise_first(ranked)
        total = sum(v.weight for v in ranked[:5])
        answers = [self._answer(question, value, total) for value in ranked[: self.options.answers]]
        if not answers or answers[0].confidence < self.options.threshold:
            return Reply(question=question.text, kind=question.kind)
        floor = max(self.options.threshold, 0.5 * answers[0].confidence)  # further answers: real rivals only
        answers = answers[:1] + [a for a in answers[1:] if a.confidence >= floor]
        disagreements = self._disagreements(question, ranked, annotations)
        return Reply(
            question=question.text,
            kind=question.kind,
            answers=tuple(answers),
            disagreements=disagreements,
        )

    # ------------------------------------------------------------------------------------------------
    # candidates and values

    def _values(
        self, question: Question, hits: Sequence[Hit], annotations: sources.Annotations
    ) -> list[_Value]:
        facts: dict[str, list[sources.Fact]] = {}
        for fact in annotations.facts:
            facts.setdefault(fact.article_id, []).append(fact)
        by_key: dict[str, _Value] = {}
        for hit in hits:
            reading = Reading(hit.sentence, question, self.stemmer)
            found = self._candidates(
                question, reading, annotations.names.get(hit.document.id, []), hit.document.article.published
            )
            found += extract.facts(question, reading, facts.get(hit.document.id, []), self.stemmer)
            if question.kind is AnswerKind.PLACE:
                found = self._narrowest(found)
            for candidate in found:
                score = hit.coverage * candidate.fit * self._rarity(question, candidate)
                if hit.previous is not None:
                    score *= _ACROSS
                key = _key(candidate)
                by_key.setdefault(key, _Value(key, [])).mentions.append(_Mention(candidate, hit, score))
        values = list(by_key.values())
        if question.kind in (AnswerKind.PERSON, AnswerKind.PLACE, AnswerKind.ORGANIZATION):
            values = _merge_names(values)
        if question.kind is AnswerKind.PERSON:
            values = _merge_surnames(values)
        if question.kind is AnswerKind.QUANTITY:
            values = _merge_scales(values)
        return values

    def _common(self, question: Question) -> frozenset[str]:
        """The question's name words that most documents hold (the story's own subject)."""
        return frozenset(w for name in question.names for w in name if self.index.share_of_words([w]) > 0.5)

    def _rarity(self, question: Question, candidate: Candidate) -> float:
        """1 for most places, down to 0.6 for one nearly every document of a large collection names: the
        story's own setting ("Haiti" in a collection about the Haiti earthquake) is seldom what a reader
        asks for. (Not for people: the story's main figure often is the answer.)"""
        if candidate.kind is not AnswerKind.PLACE or len(self.index.documents) < 10:
            return 1.0
        share = self.index.share_of_words(re.findall(r"[\w'’ʼ]+", candidate.value))
        return 1.0 - 0.4 * min(1.0, max(0.0, (share - 0.6) / 0.3))

    def _narrowest(self, found: list[Candidate]) -> list[Candidate]:
        """Of the places one sentence names, the story's setting fits less than a narrower one: "captured in
        the Donetsk region" over "Russia" or "Ukraine" in a collection that names them everywhere. Broader
        means named in at least three times as many sentences as the sentence's least named place."""
        counts = {
            c.value: self.index.sentences_naming(re.findall(r"[\w'’ʼ]+", c.value))
            for c in found
            if c.kind is AnswerKind.PLACE
        }
        if len(counts) < 2:
            return found
        least = max(1, min(counts.values()))
        return [
            replace(c, fit=c.fit * _BROADER) if counts.get(c.value, 0) >= _BROADER_RATIO * least else c
            for c in found
        ]

    def _candidates(
        self, question: Question, reading: Reading, spans: Sequence[sources.NameSpan], published: dt.date
    ) -> list[Candidate]:
        kind = question.kind
        if kind is AnswerKind.DATE:
            return list(extract.dates(question, reading, published))
        if kind in (AnswerKind.COUNT, AnswerKind.QUANTITY):
            return list(extract.quantities(question, reading, self.stemmer))
        if kind is AnswerKind.AGE:
            return list(extract.ages(question, reading, self._common(question), published))
        return list(extract.names(question, reading, spans, self.stemmer))

    def _answer(self, question: Question, value: _Value, total: float) -> Answer:
        best = value.best
        share = value.weight / total if total else 1.0
        confidence = min(1.0, value.score) * (0.6 + 0.4 * share)
        mentions = sorted(value.mentions, key=lambda m: -m.score)
        quotes = _quotes(m.hit for m in mentions)
        candidate = best.candidate
        text = candidate.text
        if question.kind is AnswerKind.DATE and candidate.granularity is not None:
            text = candidate.text
        return Answer(
            text=text,
            value=candidate.value,
            kind=question.kind,
            confidence=round(confidence, 3),
            quotes=quotes,
            granularity=candidate.granularity,
            unit=candidate.unit,
        )

    def _sentence_reply(self, question: Question, hits: Sequence[Hit]) -> Reply:
        """A "what/which/why" question: the best sentence (one that holds the asked noun, if one does)."""
        scored: list[tuple[float, Hit]] = []
        causal = bool(_CAUSAL_QUESTION.search(question.text))
        for hit in hits:
            form = 1.0
            if question.target and not causal:
                form = _specific(question, hit, self.stemmer)
                named = _named_beside(question, hit, self.stemmer)
                if named is not None:
                    hit, form = named, max(form, 0.9)
            if causal:
                form = 1.0 if _CAUSE.search(hit.sentence.text) else 0.6
            scored.append((hit.coverage * form, hit))
        scored.sort(key=lambda pair: -pair[0])
        if not scored or scored[0][0] < self.options.threshold:
            return Reply(question=question.text, kind=question.kind)
        answers = []
        seen: set[str] = set()
        for score, hit in scored:
            text = " ".join(hit.sentence.text.split())
            key = text.lower()
            if key in seen:
                continue
            seen.add(key)
            same = [h for s, h in scored if " ".join(h.sentence.text.split()).lower() == key]
            answers.append(
                Answer(
                    text=text,
                    value=text,
                    kind=AnswerKind.SENTENCE,
                    confidence=round(min(1.0, score), 3),
                    quotes=_quotes(same),
                )
            )
            if len(answers) == self.options.answers or score < self.options.threshold:
                break
        return Reply(question=question.text, kind=question.kind, answers=tuple(answers))

    # ------------------------------------------------------------------------------------------------
    # disagreements

    def _disagreements(
        self, question: Question, ranked: Sequence[_Value], annotations: sources.Annotations
    ) -> tuple[Disagreement, ...]:
        """Where the sources differ on the answer's point, one finding per point.

        The claims cross-check judges first: its groups that hold the answer's value (matched by the
        claim's value span, else by sentence) give a CONFLICT (both sides), an UPDATE (a figure that changed,
        with its dates) or a SCOPE finding (another place, period or source). Rival values of comparable
        weight that no judged group covers (the cross-check has no claim for them) are set against the
        answer as a conflict when they cannot be true together (another day, a disjoint figure).
        """
        top = ranked[0]
        top_articles = {m.hit.document.id for m in top.mentions}
        rivals = [
            v
            for v in ranked[1:6]
            if v.weight >= 0.5 * top.weight
            and v.score >= max(self.options.threshold, 0.7 * top.score)
            and {m.hit.document.id for m in v.mentions} - top_articles
            and _incompatible(question.kind, top.best.candidate, v.best.candidate)
        ]
        found: list[Disagreement] = []
        judged: set[str] = set()  # keys of values a judged group already relates to the answer
        if self.options.cross_check:
            found, judged = self._claim_findings(question, [top, *ranked[1:6]], annotations)
        rivals = [v for v in rivals if v.key not in judged]
        if rivals and question.kind in (
            AnswerKind.DATE,
            AnswerKind.COUNT,
            AnswerKind.QUANTITY,
            AnswerKind.AGE,
        ):
            sides = tuple(
                Side(
                    value=v.best.candidate.value,
                    text=v.best.candidate.text,
                    quotes=_quotes(m.hit for m in v.mentions),
                )
                for v in [top, *rivals]
            )
            shown = " vs ".join(f"{side.text} ({', '.join(_outlets(side.quotes))})" for side in sides)
            found.insert(
                0,
                Disagreement(
                    about=question.text, explanation=f"Sources give different answers: {shown}", sides=sides
                ),
            )
        return tuple(found)

    def _claim_findings(
        self, question: Question, values: Sequence[_Value], annotations: sources.Annotations
    ) -> tuple[list[Disagreement], set[str]]:
        """The cross-check's judged points that hold the answer (``values[0]``): a finding for each
        CONFLICT, UPDATE or SCOPE point (groups of one point merged), and the keys of the other values a
        group relates to the answer, whatever its verdict."""
        top = values[0]
        spans: list[tuple[str, int, int, int, _Value]] = []  # article, sentence start, value span, value
        for value in values:
            for m in value.mentions[:12]:
                base = m.hit.sentence.start
                spans.append(
                    (m.hit.document.id, base, base + m.candidate.start, base + m.candidate.end, value)
                )

        def value_of(claim: Claim) -> _Value | None:
            article, sentence = claim.citation.article_id, claim.citation.start
            same = [s for s in spans if s[0] == article and s[1] == sentence]
            if claim.value_start is not None and claim.value_end is not None:
                exact = [s for s in same if s[2] < claim.value_end and claim.value_start < s[3]]
                if exact or any(s[4] is not top for s in same) or question.kind is AnswerKind.DATE:
                    same = exact  # the sentence holds other figures: only the claim's own span counts
            return same[0][4] if same else None

        judged: set[str] = set()
        points: dict[tuple[str, str, Verdict], list[Claim]] = {}
        for group in annotations.groups:
            matched = {c.id: value_of(c) for c in group.claims}
            if not any(v is top for v in matched.values()):
                continue
            judged.update(v.key for v in matched.values() if v is not None and v is not top)
            if group.verdict in (Verdict.CONFLICT, Verdict.UPDATE, Verdict.SCOPE):
                claims = points.setdefault((group.subject, group.property, group.verdict), [])
                claims.extend(c for c in group.claims if c not in claims)
        found = []
        for (subject, prop, verdict), claims in points.items():
            group = ClaimGroup(subject, prop, verdict, tuple(claims))
            sides = [self._side(members, value_of) for _, members in sides_of(group)]
            if verdict is Verdict.UPDATE:
                sides.sort(key=lambda side: side.as_of or dt.date.max)
            if len(sides) < 2:
                continue
            found.append(
                Disagreement(
                    about=f"{subject}: {prop}",
                    explanation=_finding(verdict, topic_of(group), sides),
                    sides=tuple(sides),
                    verdict=verdict,
                )
            )
        found.sort(key=lambda d: _VERDICT_ORDER[d.verdict])
        return found, judged

    def _side(self, claims: Sequence[Claim], value_of: Callable[[Claim], _Value | None]) -> Side:
        """One side of a judged point: the claims' quotes, the value as written (the exact span), and
        the answer's normalised value when the side is one of the values the answer weighed."""
        quotes: list[Quote] = []
        for claim in claims:
            document = self._by_id.get(claim.citation.article_id)
            sentence = (
                next((s for s in document.sentences if s.start == claim.citation.start), None)
                if document is not None
                else None
            )
            if document is not None and sentence is not None:
                quote = _quote(document, sentence)
                if quote not in quotes:
                    quotes.append(quote)
        first = claims[0]
        document = self._by_id.get(first.citation.article_id)
        text = first.value
        if document is not None and first.value_start is not None and first.value_end is not None:
            text = document.article.text[first.value_start : first.value_end] or text
        known = next((v for v in map(value_of, claims) if v is not None), None)
        return Side(
            value=known.best.candidate.value if known is not None else first.value,
            text=" ".join(text.split()),
            quotes=tuple(quotes[:5]),
            speaker=next((c.speaker for c in claims if c.speaker), None),
            as_of=min(c.citation.published for c in claims),  # when the figure was given
        )


def ask(
    question: str,
    documents: Sequence[Document] | None = None,
    *,
    paths: Iterable[str | os.PathLike[str]] = (),
    store: str | os.PathLike[str] | None = None,
    options: AskOptions | None = None,
) -> Reply:
    """Answer ``question`` from ``documents``, or from the articles read from ``paths`` or a ``store``.

    For several questions over one collection, build an :class:`Asker` once and call :meth:`Asker.ask`.
    """
    if documents is not None:
        return Asker(documents, options).ask(question)
    return Asker.from_paths(paths, options, store=store).ask(question)


# ---------------------------------------------------------------------------------------------------------
# helpers


_CAUSAL_QUESTION = re.compile(r"\bwhy\b|\bcaus|\breasons?\b|\bblame", re.IGNORECASE)
# What a sentence that gives a cause says ("sank after its engine failed", "because of", "blamed on").
_CAUSE = re.compile(
    r"\b(?:because|after|due to|caused|causing|blamed|result of|led to|following|owing to|since|as a result|"
    r"triggered|reason)\b",
    re.IGNORECASE,
)


def _specific(question: Question, hit: Hit, stemmer: Stemmer) -> float:
    """How well a sentence can answer "what X": it holds X, and a name or number near it that the
    question does not ("his weapon as a Kalashnikov AK-74"; not "damaged my weapon")."""
    target = set(question.target)
    if not target & hit.matched:
        return 0.5
    asked = {t.word for t in question.terms} | question.name_words
    tokens = list(words(hit.sentence.text))
    stems = [stemmer.stem(w) for _, _, w in tokens]
    for i, stem in enumerate(stems):
        if stem not in target:
            continue
        for _, _, word in tokens[max(0, i - 4) : i + 5]:
            if (
                (word[:1].isupper() or word[:1].isdigit())
                and word.lower() not in asked
                and word.lower() not in STOPWORDS
            ):
                return 1.0
    return 0.6


def _named_beside(question: Question, hit: Hit, stemmer: Stemmer) -> Hit | None:
    """A sentence that brings in the asked thing without naming it ("A Royal Fleet Auxiliary ship carrying
    aid is to be sent", asked "what was the name of the ship"), read with the next sentence when that one
    opens with a name ("RFA Largs Bay will spend several weeks..."): both, quoted as one."""
    target = set(question.target)
    if not target & hit.matched:
        return None
    tokens = list(words(hit.sentence.text))
    stems = [stemmer.stem(w) for _, _, w in tokens]
    first = next((i for i, stem in enumerate(stems) if stem in target), None)
    if first is None:
        return None
    before = [w.lower() for _, _, w in tokens[max(0, first - 5) : first]]
    determiners = [w for w in before if w in {"a", "an", "the", "this", "that", "his", "her", "its"}]
    if not determiners or determiners[-1] not in {"a", "an"}:
        return None  # not brought in as something new
    sentences = hit.document.sentences
    if hit.sentence.index + 1 >= len(sentences):
        return None
    following = sentences[hit.sentence.index + 1]
    opening = next(iter(words(following.text)), None)
    asked = {t.word for t in question.terms} | question.name_words
    if (
        opening is None
        or not opening[2][:1].isupper()
        or opening[2].lower() in STOPWORDS
        or opening[2].lower() in asked
    ):
        return None
    return replace(hit, sentence=joined(hit.document, hit.sentence, following))


def _precise_first(ranked: list[_Value]) -> list[_Value]:
    """Dates: a day that falls in the leading month or year, with a fair share of its weight, goes first
    ("died in June 2009" everywhere, "died on 25 June 2009" in fewer places: the day is the answer)."""
    if not ranked:
        return ranked
    top = TimeValue.parse(ranked[0].key)
    for i, value in enumerate(ranked[1:6], start=1):
        inner = TimeValue.parse(value.key)
        finer = inner.granularity is Granularity.DAY and top.granularity in (
            Granularity.MONTH,
            Granularity.YEAR,
        )
        if (
            finer
            and top.first_day <= inner.first_day <= top.last_day
            and value.weight >= 0.3 * ranked[0].weight
        ):
            return [value, *ranked[:i], *ranked[i + 1 :]]
    return ranked


def _key(candidate: Candidate) -> str:
    if candidate.kind in (AnswerKind.PERSON, AnswerKind.PLACE, AnswerKind.ORGANIZATION):
        return " ".join(re.findall(r"\w+", candidate.value.lower()))
    return candidate.value


def _merge_names(values: list[_Value]) -> list[_Value]:
    """Fold a name into the one longer name holding all its words ("Murray" into "Conrad Murray"); a name
    two longer names hold ("Jackson": Michael, Randy) stays apart."""
    ordered = sorted(values, key=lambda v: (-len(v.key.split()), -v.weight))
    kept: list[_Value] = []
    for value in ordered:
        words = set(value.key.split())
        homes = [k for k in kept if words < set(k.key.split())]
        if len(homes) == 1:
            homes[0].mentions.extend(value.mentions)
        else:
            kept.append(value)
    return kept


def _merge_scales(values: list[_Value]) -> list[_Value]:
    """Fold an amount written without its scale into the same amount with it ("$ 787" into "$ 787
    billion": one figure, the shorter spelling a slip or a headline)."""
    keyed = {v.key: v for v in values}
    kept: list[_Value] = []
    for value in values:
        number, _, unit = value.key.partition(" ")
        home = None
        if number.replace(".", "", 1).isdigit() and float(number) < 1000:
            for scale in (1e3, 1e6, 1e9, 1e12):
                scaled = float(number) * scale
                text = str(int(scaled)) if scaled == int(scaled) else f"{scaled:g}"
                home = keyed.get(f"{text} {unit}".strip())
                if home is not None and home is not value:
                    break
                home = None
        if home is None:
            kept.append(value)
        else:
            home.mentions.extend(value.mentions)
    return kept


def _merge_surnames(values: list[_Value]) -> list[_Value]:
    """Fold spellings of one person's name together: names ending in the same surname whose other words
    agree or are near-spellings ("Mohamed Hussein Tantawi", "Mohammed Hussein Tantawi", "Hussein Tantawi").
    Names with the same surname and different given names ("Hosni Mubarak", "Gamal Mubarak") stay apart."""
    by_surname: dict[str, list[_Value]] = {}
    for value in values:
        parts = value.key.split()
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1], []).append(value)
    merged: set[int] = set()
    for group in by_surname.values():
        group.sort(key=lambda v: -v.weight)
        for i, home in enumerate(group):
            if id(home) in merged:
                continue
            for other in group[i + 1 :]:
                if id(other) not in merged and _same_person(home.key, other.key):
                    home.mentions.extend(other.mentions)
                    merged.add(id(other))
    return [v for v in values if id(v) not in merged]


def _same_person(a: str, b: str) -> bool:
    first_a, first_b = a.split()[:-1], b.split()[:-1]
    shorter, longer = sorted((first_a, first_b), key=len)
    return all(any(_near(w, x) for x in longer) for w in shorter)


def _near(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    return a == b or (a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= 0.65)


_ACROSS = 0.7  # a date read in the sentence before the one that speaks of the event
_BROADER = 0.5  # a place's fit when the same sentence names a narrower one
_BROADER_RATIO = 3

_VERDICT_ORDER = {Verdict.CONFLICT: 0, Verdict.UPDATE: 1, Verdict.SCOPE: 2}


def _finding(verdict: Verdict, topic: str, sides: Sequence[Side]) -> str:
    """A reader's sentence for a judged point: a conflict's sides, an update's figures with their dates."""

    def who(side: Side) -> str:
        outlets = ", ".join(_outlets(side.quotes)[:3])
        return outlets + (f", according to {side.speaker}" if side.speaker else "")

    if verdict is Verdict.UPDATE:
        steps = [
            f"{side.text} ({side.as_of.isoformat() + ', ' if side.as_of else ''}{who(side)})"
            for side in sides
        ]
        return f"The figure for {topic} changed over time: " + " → ".join(steps)
    parts = [f"{side.text} ({who(side)})" for side in sides]
    if verdict is Verdict.SCOPE:
        return f"Figures for {topic} speak of different places, periods or sources: " + "; ".join(parts)
    return f"Sources differ on {topic}: " + " vs ".join(parts)


def _incompatible(kind: AnswerKind, a: Candidate, b: Candidate) -> bool:
    if kind is AnswerKind.DATE:
        first, second = TimeValue.parse(a.value.split(" ")[0]), TimeValue.parse(b.value.split(" ")[0])
        if first.granularity is Granularity.YEAR or second.granularity is Granularity.YEAR:
            return False  # a year beside a day is context, not a contradiction
        return first.last_day < second.first_day or second.last_day < first.first_day
    if kind in (AnswerKind.COUNT, AnswerKind.QUANTITY, AnswerKind.AGE):
        if a.unit != b.unit:
            return False
        low_a, high_a = _interval(a)
        low_b, high_b = _interval(b)
        return high_a < low_b or high_b < low_a
    return False


def _interval(candidate: Candidate) -> tuple[float, float]:
    """The range a number states: "at least 163" is [163, ∞), "nearly 30" [0, 30], "12" [12, 12]."""
    number = float(re.split(r"[ -]", candidate.value)[0])
    low, high = candidate.low, candidate.high
    if low is None and high is None:
        return number, number
    return (0.0 if low is None else low), (float("inf") if high is None else high)


def _quote(document: Document, sentence: Sentence) -> Quote:
    article = document.article
    origin = article.origins[0]
    return Quote(
        article_id=article.id,
        outlet=article.outlet,
        path=origin.path,
        published=article.published,
        start=sentence.start,
        end=sentence.end,
        quote=sentence.text,
        url=article.url,
        line=origin.line,
    )


def _quotes(hits: Iterable[Hit], limit: int = 5) -> tuple[Quote, ...]:
    """Quotes of distinct sentences, at most ``limit``, one per article first."""
    seen: set[tuple[str, int]] = set()
    articles: set[str] = set()
    first: list[Quote] = []
    rest: list[Quote] = []
    for hit in hits:
        key = (hit.document.id, hit.sentence.start)
        if key in seen:
            continue
        seen.add(key)
        (rest if hit.document.id in articles else first).append(_quote(hit.document, hit.sentence))
        articles.add(hit.document.id)
    return tuple((first + rest)[:limit])


def _outlets(quotes: Sequence[Quote]) -> list[str]:
    return list(dict.fromkeys(q.outlet for q in quotes))
