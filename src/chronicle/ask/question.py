"""What a question asks: the kind of answer, the words to search for, what is counted or whose age is asked.

:func:`parse_question` reads an English news question with word patterns (no model):

* the **kind** of answer from the question word and the noun after it: "when" / "what year" → a date;
  "how many" → a count (or a quantity when a unit follows: "how many years"); "how much", "how far", "how
  long", "what magnitude" → a quantity of a dimension (money, length, duration ...); "how old" → an age;
  "who" / "which judge" → a person; "where" / "which hospital" → a place; "which company" → an
  organisation; anything else ("what did he work as", "why") → the best sentence;
* the **search terms**: the content words, stemmed, names weighted up, with their news synonyms at a lower
  weight ("killed" also finds "died", "death toll");
* the **target** (what a count counts: "how many Chinese *nationals*"; a "which X" question's noun) and the
  **subject** (whose age: "how old is *the sole survivor*").
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from chronicle.ask.text import STOPWORDS, Stemmer, words
from chronicle.lexicon import (
    BASE_FORMS,
    CALENDAR_WORDS,
    DATE_NOUNS,
    DEMONYMS,
    MONEY_WORDS,
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
    PLACE_WORDS,
    QUESTION_WORDS,
    UNITS,
)
from chronicle.model import Anchor, AnswerKind
from chronicle.temporal import ground_text

__all__ = ["Question", "Term", "parse_question"]


@dataclass(frozen=True)
class Term:
    """A search term: a stem, its weight in the question, and the word it came from."""

    stem: str
    weight: float
    word: str
    name: bool = False  # part of a capitalised name in the question
    capital: bool = False  # written with a capital (a name, or a demonym: "Chinese")


@dataclass(frozen=True)
class Question:
    """A parsed question."""

    text: str
    kind: AnswerKind
    terms: tuple[Term, ...]
    dimension: str | None = None  # for QUANTITY: "money", "length", "duration", ... (None: any)
    year_only: bool = False  # a date question that asks for a year ("what year", "born")
    target: tuple[str, ...] = ()  # stems: what is counted ("nation"), the noun of "which X" ("judg")
    subject: tuple[str, ...] = ()  # stems: whom an age is about ("sole", "survivor")
    names: tuple[tuple[str, ...], ...] = ()  # capitalised names in the question, as lower-case words
    future: bool = False  # asks about something planned ("when will ...")
    dates: tuple[tuple[int | None, int | None, int | None], ...] = ()  # dates it names: (year, month, day)
    date_words: frozenset[str] = frozenset()  # the stems of those dates' words ("decemb", "28")
    from_place: bool = False  # "where ... from": an origin is the answer
    voice: str | None = (
        None  # "passive" ("who was appointed"), "active" ("who presided"), "object" ("whom did")
    )
    verb: str | None = None  # the stem of that verb

    @property
    def name_words(self) -> frozenset[str]:
        return frozenset(w for name in self.names for w in name)


_AUX = frozenset(
    ("is", "was", "are", "were", "did", "does", "do", "has", "have", "had", "will", "would", "can", "could")
) | frozenset(("should", "be", "been"))
_ARTICLES = frozenset(["the", "a", "an"])
# Words after "how many"/"how much" that end the counted noun phrase.
_PHRASE_END = re.compile(
    r"\b(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|who|that|which|in|on|at|"
    r"of|for|from|by|with|to|does|say|says|said)\b"
)
_WHICH = re.compile(r"(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+|a\s+|an\s+)?([a-z][a-z'-]*)")
_NAME_OF = re.compile(r"\bname\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?((?:[a-z'-]+\s*){1,4})")
_SUBJECT_CUT = re.compile(
    r"\b(?:who|that|which|when|where|after|before|in|on|at|from|of|with|during|as|now|today|when)\b.*$"
)
_NAME_WEIGHT = 1.6
_PLURAL = re.compile(r"(?<!s)s$|^(?:people|men|women|children|police|staff|personnel|crew|cattle|livestock)$")
_FUTURE = re.compile(r"\b(?:will|going to|scheduled|planned|due to|expected to|set to)\b")
_DIMENSION_OF_HOW = {
    "far": "length",
    "deep": "length",
    "high": "length",
    "tall": "length",
    "wide": "length",
    "fast": "speed",
    "heavy": "mass",
    "long": "duration",
    "big": None,
    "large": None,
}
_DIMENSION_NOUNS = {
    "magnitude": "magnitude",
    "percentage": "percent",
    "share": "percent",
    "proportion": "percent",
    "percent": "percent",
    "amount": "money",
    "sum": "money",
    "cost": "money",
    "price": "money",
    "value": "money",
    "distance": "length",
    "depth": "length",
    "height": "length",
    "length": "length",
    "duration": "duration",
    "speed": "speed",
    "weight": "mass",
}
_COUNT_NOUNS = frozenset({"toll", "number", "total", "tally"})


def parse_question(text: str, stemmer: Stemmer | None = None) -> Question:
    """Read ``text`` as a question (see the module docstring)."""
    stem = (stemmer or Stemmer()).stem
    q = " ".join(text.replace("’", "'").split())
    lower = q.lower()
    kind, dimension, year_only, target_words = _kind(lower)
    names = _names(q)
    subject_words = _subject(lower) if kind is AnswerKind.AGE else []
    target = tuple(stem(w) for w in target_words)
    terms = _terms(q, stem, names, set(target))
    dates, date_words = _dates(q, stem)
    return Question(
        text=q,
        kind=kind,
        terms=terms,
        dimension=dimension,
        year_only=year_only,
        target=target,
        subject=tuple(stem(w) for w in subject_words),
        names=names,
        future=bool(_FUTURE.search(lower)),
        dates=dates,
        date_words=date_words,
        from_place=kind is AnswerKind.PLACE and bool(re.search(r"\bfrom\b", lower)),
        **_voice(lower, q, stem) if kind in (AnswerKind.PERSON, AnswerKind.ORGANIZATION) else {},
    )


def _kind(q: str) -> tuple[AnswerKind, str | None, bool, list[str]]:
    """(kind, dimension, year only, target words) of a lower-case question: its first question word
    decides ("where were they when they were captured" asks where)."""
    first = re.search(r"\b(?:how|when|where|who|whom|whose|what|which|why)\b", q)
    word = first.group(0) if first else ""
    rest = q[first.start() :] if first else q
    if word == "how":
        return _how(rest)
    if word == "when":
        return AnswerKind.DATE, None, bool(re.search(r"\bborn\b", q)), []
    if word == "where":
        return AnswerKind.PLACE, None, False, []
    if word in {"who", "whom", "whose"}:
        return AnswerKind.PERSON, None, False, []
    if word in {"what", "which"}:
        return _which(rest)
    return AnswerKind.SENTENCE, None, False, []


def _how(q: str) -> tuple[AnswerKind, str | None, bool, list[str]]:
    if re.match(r"how (?:old|young)\b", q):
        return AnswerKind.AGE, None, False, []
    many = re.match(r"how many\s+(.*)$", q)
    if many:
        phrase = _PHRASE_END.split(many.group(1), maxsplit=1)[0].split()
        phrase = [w.strip("?,.") for w in phrase if w not in _ARTICLES]
        if phrase and phrase[0] in UNITS:
            return AnswerKind.QUANTITY, UNITS[phrase[0]], False, phrase[:1]
        # the counted noun: the first plural ("Chinese nationals serve" → "nationals"), else the last word
        plural = next((w for w in phrase if _PLURAL.search(w)), None)
        return AnswerKind.COUNT, None, False, [plural] if plural else phrase[-1:]
    much = re.match(r"how much\s+(.*)$", q)
    if much:
        rest = much.group(1).split()
        head = rest[0] if rest else ""
        if head in UNITS:
            return AnswerKind.QUANTITY, UNITS[head], False, [head]
        if re.search(r"\bweigh", q):
            return AnswerKind.QUANTITY, "mass", False, []
        if head == "money" or _asks_money(q):
            return AnswerKind.QUANTITY, "money", False, []
        target = [] if head in _AUX else [head] if head else []
        return AnswerKind.QUANTITY, None, False, target
    how = re.match(r"how (far|deep|high|tall|wide|fast|heavy|long|big|large)\b", q)
    if how:
        dimension = _DIMENSION_OF_HOW[how.group(1)]
        if dimension is None and _asks_money(q):
            dimension = "money"
        return AnswerKind.QUANTITY, dimension, False, []
    return AnswerKind.SENTENCE, None, False, []


def _asks_money(q: str) -> bool:
    return any(w.strip("?,.") in MONEY_WORDS for w in q.split())


def _head(q: str) -> str | None:
    """The last word of the noun phrase after "what"/"which" (and "is the"), up to a verb or preposition."""
    words_ = re.sub(r"^(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:(?:the|a|an)\s+)?", "", q).split()
    phrase: list[str] = []
    for word in words_[:5]:
        word = word.strip("?,.")
        if word in _AUX or word in _PHRASE_STOP or re.fullmatch(r"[a-z]+(?:ed|ing)", word):
            break
        phrase.append(re.sub(r"'s$", "", word))
    return phrase[-1] if phrase else None


_PHRASE_STOP = frozenset(
    ("of", "in", "on", "at", "for", "to", "from", "by", "with", "about", "near", "after", "before", "during")
) | frozenset(("as", "that", "who", "which"))


def _which(q: str) -> tuple[AnswerKind, str | None, bool, list[str]]:
    if re.match(r"(?:what|which) (?:time|date|day|year|month)\b", q) or re.match(r"what year\b", q):
        return AnswerKind.DATE, None, bool(re.match(r"\w+ year\b", q)), []
    which = _WHICH.match(q)
    noun = which.group(1) if which else None
    head = _head(q)
    typed = PERSON_NOUNS | PLACE_WORDS | ORGANIZATION_NOUNS | _COUNT_NOUNS | frozenset(_DIMENSION_NOUNS)
    if head is not None and noun not in DATE_NOUNS | {"name"} and head in typed:
        noun = head  # "which US Coast Guard admiral is", "what was the death toll": the head noun decides
    if noun == "name" or re.search(r"\bname of\b", q):
        named = _NAME_OF.search(q)
        following = named.group(1).split() if named else []
        for i, word in enumerate(following[1:], start=1):
            if word in _PHRASE_STOP or word in _AUX or word.endswith("ing"):
                following = following[:i]  # "the name of the ship carrying UK aid": the ship's
                break
        named_type = [w for w in following if w in PERSON_NOUNS | PLACE_WORDS | ORGANIZATION_NOUNS]
        noun = named_type[0] if named_type else None
        if noun is None:
            return AnswerKind.SENTENCE, None, False, following[-1:]
    if noun is None or noun in _AUX:
        return AnswerKind.SENTENCE, None, False, []
    if noun in DATE_NOUNS:
        return AnswerKind.DATE, None, noun == "year", []
    if noun in _DIMENSION_NOUNS:
        return AnswerKind.QUANTITY, _DIMENSION_NOUNS[noun], False, []
    if noun in _COUNT_NOUNS:
        return AnswerKind.COUNT, None, False, []
    if noun in PERSON_NOUNS:
        return AnswerKind.PERSON, None, False, [noun]
    if noun in PLACE_WORDS:
        return AnswerKind.PLACE, None, False, [noun]
    if noun in ORGANIZATION_NOUNS:
        return AnswerKind.ORGANIZATION, None, False, [noun]
    return AnswerKind.SENTENCE, None, False, [noun]


_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn|t)$")
_DETERMINERS = frozenset(
    ("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your")
) | frozenset(("some", "any"))


def _voice(q: str, original: str, stem: Callable[[str], str]) -> dict[str, str]:
    """Whether a "who" question asks for the one acted on ("who was appointed"), the one acting ("who
    presided over the funeral") or the object ("whom did Obama send"), and with which verb."""
    passive = re.match(r"who\s+(?:was|were|is|are|has been|have been|had been|will be)\s+([a-z]+)\b", q)
    if passive and (_PARTICIPLE.match(passive.group(1)) or passive.group(1) in BASE_FORMS):
        return {"voice": "passive", "verb": stem(passive.group(1))}
    modal = re.match(r"(?:who|whom)\s+(?:did|does|do|will|would|can|could|has|have|had|shall)\s+(.*)$", q)
    if modal:
        rest = modal.group(1).rstrip("?. ").split()
        shown = original.split()[len(q.split()) - len(modal.group(1).split()) :]
        named = bool(shown) and shown[0][:1].isupper()
        if rest and rest[0] not in _DETERMINERS and not named:
            return {"voice": "active", "verb": stem(rest[0])}  # "who will run the fund"
        clause = re.split(
            r"\s(?:to|for|in|at|on|with|from|of|about|into|over|as)\s", " ".join(rest), maxsplit=1
        )[0]
        words_ = clause.split()
        return {"voice": "object", "verb": stem(words_[-1])} if len(words_) >= 2 else {}
    active = re.match(r"who\s+([a-z]+)\b", q)
    if active and active.group(1) not in _AUX and not active.group(1).endswith("ing"):
        return {"voice": "active", "verb": stem(active.group(1))}
    return {}


def _names(q: str) -> tuple[tuple[str, ...], ...]:
    """Runs of capitalised words after the first word ("Wang Guangjun", "Russia"), as lower-case words."""
    tokens = [(m.group(), m.start()) for m in re.finditer(r"[\w][\w'-]*", q)]
    names: list[tuple[str, ...]] = []
    run: list[str] = []
    for i, (word, _) in enumerate(tokens):
        capital = (
            word[:1].isupper()
            and (i > 0 or word.lower() not in QUESTION_WORDS)
            and word.lower() not in CALENDAR_WORDS
            and word.lower() not in DEMONYMS
        )
        if capital:
            run.append(re.sub(r"'s$", "", word).lower())
            continue
        if run:
            names.append(tuple(run))
            run = []
    if run:
        names.append(tuple(run))
    return tuple(n for n in names if not all(w in QUESTION_WORDS for w in n))


def _dates(
    q: str, stem: Callable[[str], str]
) -> tuple[tuple[tuple[int | None, int | None, int | None], ...], frozenset[str]]:
    """Calendar dates the question names ("on December 28"), as (year if written, month, day)."""
    found = []
    stems: set[str] = set()
    for timex in ground_text(q, _ANY_DAY):
        value = timex.value
        if value.week is not None:
            continue
        year = value.year if timex.anchor is Anchor.ABSOLUTE else None
        found.append((year, value.month, value.day))
        stems.update(stem(w) for _, _, w in words(timex.text))
    return tuple(found), frozenset(stems)


_ANY_DAY = dt.date(2000, 6, 15)  # questions have no publication date; a year they write is kept as written


def _subject(q: str) -> list[str]:
    """Whom an age question is about: the words after "is/was" (or "old"), up to a relative clause."""
    match = re.search(r"\bhow old (?:is|was|are|were|will)\s+(.*)$", q) or re.search(
        r"\bwhat age (?:is|was|are|were)\s+(.*)$", q
    )
    if not match:
        return []
    phrase = _SUBJECT_CUT.sub("", match.group(1).rstrip("?. "))
    return [w for w in re.findall(r"[a-z][a-z'-]*", phrase) if w not in _ARTICLES and w not in QUESTION_WORDS]


def _terms(
    q: str, stemmer: Callable[[str], str], names: tuple[tuple[str, ...], ...], target: set[str]
) -> tuple[Term, ...]:
    """Weighted search terms. A name weighs 1.6 in all, shared by its words (divided by the square root of
    their number: "Chang Renbo" is one name, but a sentence with both words is surer than with one)."""
    name_weight = {w: _NAME_WEIGHT / math.sqrt(len(name)) for name in names for w in name}
    terms: dict[str, Term] = {}
    for i, (_, _, word) in enumerate(words(q)):
        lower = re.sub(r"'s$", "", word.lower())
        if lower in QUESTION_WORDS or (lower in STOPWORDS and lower not in name_weight) or len(lower) < 2:
            continue
        s = stemmer(lower)
        is_name = lower in name_weight
        weight = name_weight[lower] if is_name else 1.25 if s in target else 1.0
        if s not in terms or terms[s].weight < weight:
            terms[s] = Term(s, weight, lower, name=is_name, capital=word[:1].isupper() and i > 0)
    return tuple(terms.values())
