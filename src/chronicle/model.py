"""The data model every stage speaks.

All types are frozen dataclasses; offsets are character offsets into :attr:`Article.text` (half-open), so
``article.text[s.start:s.end] == s.text`` holds for every sentence, temporal expression and citation.

Flow: ``read`` yields :class:`Article` objects (and :class:`InputRecord` for every input), ``annotate``
turns an article into a :class:`Document` (kept blocks, sentences, grounded :class:`Timex` values),
``timeline`` turns documents into a :class:`Timeline` of :class:`TimelineEntry` with :class:`Citation`;
``entities``, ``claims`` and ``conflicts`` add :class:`Entity`, :class:`Claim` and :class:`ClaimGroup`. A
:class:`Run` holds everything one run of the pipeline produced; :class:`AddResult` what adding inputs to a
store did. Renderers (``chronicle.outputs``) take these types and nothing else.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Granularity(StrEnum):
    """How precise a time value is."""

    DAY = "day"
    WEEK = "week"  # an ISO week ("last week"): year is the ISO year
    MONTH = "month"
    YEAR = "year"


class Modifier(StrEnum):
    """A part of a month or year ("early February" is February with START)."""

    NONE = "none"
    START = "start"
    MID = "mid"
    END = "end"


@dataclass(frozen=True)
class TimeValue:
    """A calendar value at day, month or year precision.

    Built only through valid parts: a day requires a month, and the parts must form a real date. A week
    value has ``week`` (ISO week number) and ``year`` (ISO year) only.
    """

    year: int
    month: int | None = None
    day: int | None = None
    modifier: Modifier = Modifier.NONE
    week: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.week is not None:
            if self.month is not None or self.day is not None:
                raise ValueError("a week value has no month or day")
            dt.date.fromisocalendar(self.year, self.week, 1)  # raises ValueError on a week the year lacks
            return
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            dt.date(self.year, self.month, self.day)  # raises ValueError on an impossible day

    @classmethod
    def of_date(cls, day: dt.date) -> TimeValue:
        return cls(day.year, day.month, day.day)

    @classmethod
    def of_week(cls, day: dt.date) -> TimeValue:
        """The ISO week containing ``day``."""
        iso_year, iso_week, _ = day.isocalendar()
        return cls(iso_year, week=iso_week)

    @classmethod
    def parse(cls, iso: str) -> TimeValue:
        """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-Www``; raises ``ValueError`` otherwise."""
        if "-W" in iso:
            year_part, _, week_part = iso.strip().partition("-W")
            if len(year_part) != 4 or not year_part.isdigit() or not week_part.isdigit():
                raise ValueError(f"not an ISO week: {iso!r}")
            return cls(int(year_part), week=int(week_part))
        parts = iso.strip().split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
            raise ValueError(f"not an ISO date at day, month or year precision: {iso!r}")
        numbers = [int(p) for p in parts]
        return cls(numbers[0], *numbers[1:])  # type: ignore[arg-type]

    @property
    def granularity(self) -> Granularity:
        if self.day is not None:
            return Granularity.DAY
        if self.week is not None:
            return Granularity.WEEK
        if self.month is not None:
            return Granularity.MONTH
        return Granularity.YEAR

    @property
    def iso(self) -> str:
        """ISO form at the value's own precision: ``2025``, ``2025-02``, ``2025-02-05`` or ``2025-W15``."""
        if self.week is not None:
            return f"{self.year:04d}-W{self.week:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def first_day(self) -> dt.date:
        if self.week is not None:
            return dt.date.fromisocalendar(self.year, self.week, 1)
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.week is not None:
            return dt.date.fromisocalendar(self.year, self.week, 7)
        if self.day is not None:
            return self.first_day
        if self.month is None:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def as_date(self) -> dt.date | None:
        """The day, when the value is at day precision."""
        return self.first_day if self.day is not None else None

    @property
    def sort_key(self) -> tuple[dt.date, dt.date]:
        """Order values by start, then the more precise first (``sorted(values, key=...)``)."""
        return (self.first_day, self.last_day)

    def __str__(self) -> str:
        if self.modifier is Modifier.NONE:
            return self.iso
        return f"{self.iso} ({self.modifier.value})"


class Anchor(StrEnum):
    """What a temporal expression was resolved against."""

    ABSOLUTE = "absolute"  # the text gives the full date ("December 24, 2024")
    PUBLICATION = "publication"  # the article's publication date ("on April 8", "last month")
    PREVIOUS = "previous"  # the date the text last established ("four days later")


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in an article and grounded to a calendar value."""

    start: int
    end: int
    text: str
    value: TimeValue
    anchor: Anchor
    anchor_value: TimeValue | None = None  # the value it was resolved against; None when ABSOLUTE
    future: bool = False  # the sentence speaks of the future ("will meet on Monday")


@dataclass(frozen=True)
class Origin:
    """One place an article was read from (identical copies of an article keep all of theirs)."""

    path: str
    outlet: str
    line: int | None = None  # 1-based line for JSON Lines inputs
    url: str | None = None


@dataclass(frozen=True)
class Article:
    """A news article as read: its text is the page body, before cleaning."""

    id: str  # content hash of the normalised text
    published: dt.date
    text: str
    origins: tuple[Origin, ...]
    title: str | None = None
    # DAY, or MONTH when the page gives only its month (` date 2025-04`): ``published`` is then the 1st
    published_precision: Granularity = Granularity.DAY

    @property
    def outlet(self) -> str:
        return self.origins[0].outlet

    @property
    def url(self) -> str | None:
        return next((o.url for o in self.origins if o.url), None)

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(o.outlet for o in self.origins))


class InputStatus(StrEnum):
    READ = "read"
    DUPLICATE = "duplicate"  # identical to an article already read; merged into it
    SKIPPED = "skipped"


@dataclass(frozen=True)
class InputRecord:
    """What became of one input (a file, or one line of a JSON Lines file)."""

    path: str
    status: InputStatus
    line: int | None = None
    article_id: str | None = None
    reason: str | None = None  # why it was skipped
    # what the reader had to assume to read it: "decoded as cp1252 (not valid UTF-8)", "publication date
    # known to the month only (2025-04)"
    fallbacks: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path


@dataclass(frozen=True)
class Corpus:
    """The articles of a run and the account of every input."""

    articles: tuple[Article, ...]
    inputs: tuple[InputRecord, ...]

    @property
    def skipped(self) -> tuple[InputRecord, ...]:
        return tuple(r for r in self.inputs if r.status is InputStatus.SKIPPED)


class BlockKind(StrEnum):
    TITLE = "title"
    BODY = "body"
    FURNITURE = "furniture"  # banners, captions, bylines, feeds, teasers: not the article


@dataclass(frozen=True)
class Block:
    """A paragraph-like span of an article's text and the cleaner's decision about it."""

    start: int
    end: int
    kind: BlockKind
    reason: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article's body with the temporal expressions it contains."""

    index: int  # position among the document's sentences
    start: int
    end: int
    text: str
    timexes: tuple[Timex, ...] = ()


@dataclass(frozen=True)
class Document:
    """An article with its annotations: what the per-article stages produce and the store keeps."""

    article: Article
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    ungrounded: int = 0  # expressions left out because they need a publication day the page lacks

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True)
class Citation:
    """Where a timeline entry's sentence comes from: the exact quote and its offsets in the article."""

    article_id: str
    outlet: str
    published: dt.date
    start: int
    end: int
    quote: str
    summary_index: int = 0  # which sentence of the entry's summary this citation supports
    url: str | None = None

    @classmethod
    def of(cls, article: Article, sentence: Sentence, summary_index: int = 0) -> Citation:
        """The citation of a whole sentence of ``article``."""
        return cls(
            article_id=article.id,
            outlet=article.outlet,
            published=article.published,
            start=sentence.start,
            end=sentence.end,
            quote=sentence.text,
            summary_index=summary_index,
            url=article.url,
        )


@dataclass(frozen=True)
class TimelineEntry:
    """One date of the story, summarised by a few sentences, each backed by citations."""

    date: TimeValue
    summary: tuple[str, ...]
    citations: tuple[Citation, ...] = ()
    importance: float = 0.0
    notes: tuple[str, ...] = field(default=())  # e.g. where sources differ
    background: bool = False  # before the story's span (a birth, an old coup): context, not the story


@dataclass(frozen=True)
class DayCoverage:
    """How much of the collection speaks of one day: the coverage chart's data."""

    day: dt.date
    sentences: int
    articles: int


@dataclass(frozen=True)
class Timeline:
    """A story's timeline, entries in date order."""

    entries: tuple[TimelineEntry, ...]
    query: str | None = None
    title: str | None = None
    coverage: tuple[DayCoverage, ...] = ()  # per day, how many sentences/articles refer to it

    @property
    def dates(self) -> tuple[TimeValue, ...]:
        return tuple(e.date for e in self.entries)


class EntityKind(StrEnum):
    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    OTHER = "other"


@dataclass(frozen=True)
class EntityMention:
    """Where an entity is named: offsets into the article's text."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """A person, place or organisation, merged across articles under one canonical name."""

    id: str  # stable slug of the canonical name
    name: str  # canonical name
    kind: EntityKind
    aliases: tuple[str, ...] = ()  # other spellings, acronyms, surnames seen for it
    mentions: tuple[EntityMention, ...] = ()


class ValueKind(StrEnum):
    """What sort of value a claim states."""

    QUANTITY = "quantity"  # a number or range (``low``/``high``), with ``unit`` when it is a measure
    DATE = "date"  # a calendar value (``date``)
    TIME = "time"  # a time of day: ``low``/``high`` in minutes after midnight, ``unit`` the time zone
    TEXT = "text"  # words: an occupation, a title, a place, a name


@dataclass(frozen=True)
class Claim:
    """A checkable statement with its attribution: who says what about which subject.

    ``key`` is the point the claim speaks to, computed by the extractor from meaning rather than wording
    (``"count|killed|people"``, ``"magnitude|quake"``): claims are compared only when their keys match.
    ``scope`` holds what narrows the point and must not contradict for two claims to be compared (the
    place, the event: ``("place:mexico", "event:quake")``). ``refers_to`` is the time the value speaks of
    when the text says it (a toll "in 2005"); otherwise the publication date is meant.
    """

    id: str
    subject: str  # canonical subject (an entity name, or a normalised noun phrase)
    property: str  # what is claimed about it: "birth year", "captured on", "count serving", "occupation"...
    value: str  # the value as a person reads it ("at least 163", "2025-04-05", "firefighter")
    citation: Citation  # the exact quote, its article and offsets
    speaker: str | None = None  # "the SBU", "Zelensky": whom the text attributes it to, if anyone
    low: float | None = None  # numeric range of the value, when it is a quantity
    high: float | None = None
    date: TimeValue | None = None  # the value, when it is a date
    subject_id: str | None = None  # the Entity.id of the subject, when it is an entity
    kind: ValueKind = ValueKind.TEXT
    unit: str | None = None  # "km", "barrels a day", "USD", "storeys"; the time zone of a TIME
    key: str = ""  # the point compared across articles (see above); empty: subject + property
    scope: tuple[str, ...] = ()  # qualifiers that must agree for two claims to be compared
    refers_to: TimeValue | None = None  # the time the value speaks of, when the text gives it
    value_start: int | None = None  # offsets of the value itself in the article text
    value_end: int | None = None


class Verdict(StrEnum):
    """What a group of claims about one point amounts to."""

    AGREE = "agree"  # every value can be true at once
    CONFLICT = "conflict"  # two articles give values that cannot both be true of the same time
    UPDATE = "update"  # a figure that changed: a running tally that grew, or one outlet correcting itself
    SCOPE = "scope"  # different values for points that only look alike (another place, period or source)
    SPELLING = "spelling"  # one name written differently by different articles


@dataclass(frozen=True)
class ClaimGroup:
    """Claims about the same point (subject and property) across articles, and whether they agree."""

    subject: str
    property: str
    verdict: Verdict
    claims: tuple[Claim, ...]
    explanation: str = ""  # why they agree or conflict, for a reader


@dataclass(frozen=True)
class Run:
    """Everything one run of the pipeline produced (see :class:`chronicle.pipeline.Pipeline`).

    ``stages`` names the stages that ran, in order; a product whose stage did not run is empty (the
    timeline has no entries, there are no entities...).
    """

    corpus: Corpus  # the articles and the account of every input
    documents: tuple[Document, ...]  # the annotated articles, in corpus order
    timeline: Timeline = Timeline(())
    entities: tuple[Entity, ...] = ()
    claim_groups: tuple[ClaimGroup, ...] = ()  # claims of several articles about one point, agreeing or not
    claims: tuple[Claim, ...] = ()
    recognizer: str | None = None  # the entity recognizer that found the entities
    stages: tuple[str, ...] = ()

    @property
    def sentences(self) -> int:
        """How many sentences the documents hold."""
        return sum(len(d.sentences) for d in self.documents)


@dataclass(frozen=True)
class AddResult:
    """What adding inputs to a store did: every input's record, and counts."""

    run_id: int  # the store's number for this run
    inputs: tuple[InputRecord, ...]  # one per input, in input order (duplicate: already stored or seen)
    added: int  # new articles annotated and stored
    merged: int  # inputs whose article was already stored or read earlier in the run (origin recorded)
    skipped: int  # inputs that could not be read or annotated (see each record's reason)
    reannotated: int  # stored articles re-annotated because the annotator changed
    total: int  # articles in the store after the run

    @property
    def skipped_inputs(self) -> tuple[InputRecord, ...]:
        return tuple(r for r in self.inputs if r.status is InputStatus.SKIPPED)


# --------------------------------------------------------------------------------------------------------
# questions and answers (chronicle.ask)


class AnswerKind(StrEnum):
    """What a question asks for, and so what an answer's value is."""

    DATE = "date"  # value: ISO date at the precision the source gives ("2025-04-05", "2025-02", "1991")
    COUNT = "count"  # value: a number ("163"); what is counted is in the answer's text
    QUANTITY = "quantity"  # value: a number with its unit ("75000 USD", "8 km", "6 months", "7.0 magnitude")
    AGE = "age"  # value: years as a number ("34"); months for infants ("23 months")
    PERSON = "person"  # value: the name as the source writes it
    PLACE = "place"
    ORGANIZATION = "organization"
    SENTENCE = "sentence"  # value: the sentence that answers ("what", "which", "why" questions)


@dataclass(frozen=True)
class Quote:
    """The exact sentence an answer is read from: its article, where the article was read, offsets."""

    article_id: str
    outlet: str
    path: str  # the input file the article was read from (its first origin)
    published: dt.date
    start: int  # offsets into Article.text: text[start:end] == quote
    end: int
    quote: str
    url: str | None = None
    line: int | None = None  # 1-based line of a JSON Lines input


@dataclass(frozen=True)
class Answer:
    """One answer to a question, read from the sources, with every quote that states it."""

    text: str  # for a reader: "April 5, 2025", "at least 163 Chinese nationals", "Conrad Murray"
    value: str  # normalised (see AnswerKind)
    kind: AnswerKind
    confidence: float  # 0..1
    quotes: tuple[Quote, ...]
    granularity: Granularity | None = None  # a date's precision
    unit: str | None = None  # a quantity's unit ("USD", "km", "months", "years")


@dataclass(frozen=True)
class Side:
    """One side of a disagreement: a value and the quotes that state it."""

    value: str
    text: str  # as the source writes it (the claim's exact value span when the cross-check read one)
    quotes: tuple[Quote, ...]
    speaker: str | None = None  # whom the sources attribute it to, when they say
    as_of: dt.date | None = None  # the day the figure was given (an update's sides are in this order)


@dataclass(frozen=True)
class Disagreement:
    """Where the sources differ on the question's point, each side quoted.

    ``verdict``: CONFLICT (values that cannot both be true of the same time), UPDATE (a figure that changed
    over time: the sides in date order, each with its ``as_of`` day) or SCOPE (values that look alike but
    speak of another place, period or source).
    """

    about: str  # what they differ on ("people killed", "age of Conrad Murray")
    explanation: str
    sides: tuple[Side, ...]
    verdict: Verdict = Verdict.CONFLICT


@dataclass(frozen=True)
class Reply:
    """Everything chronicle can say about one question: answers best first, and where sources differ.

    No answers means the sources do not state it (``stated`` is False).
    """

    question: str
    kind: AnswerKind  # what the question asks for
    answers: tuple[Answer, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def stated(self) -> bool:
        return bool(self.answers)
