"""Names of people, places and organisations from the entity stage, trimmed of roles and titles, fitted
by the role, the voice and the place the question asks for."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from chronicle.ask.quantities import _shown
from chronicle.ask.question import Question
from chronicle.ask.reading import Candidate, Reading, _fit
from chronicle.ask.sources import NameSpan
from chronicle.ask.text import Stemmer, same_place, words
from chronicle.lexicon import (
    ADDRESS_TITLES,
    BASE_FORMS,
    DEMONYMS,
    FUNCTION_WORDS,
    NAME_CONNECTORS,
    PERSON_NOUNS,
    SETTLEMENT_NOUNS,
)
from chronicle.model import AnswerKind, EntityKind

_PTB_WORDS = frozenset({"lrb", "rrb", "lsb", "rsb", "lcb", "rcb"})
_NOT_NAMES = frozenset({"ET", "GMT", "EST", "EDT", "BST", "UTC", "CET", "PST", "PDT", "AM", "PM", "UK time"})
_FURNITURE = frozenset(
    {"posted", "reply", "report", "updated", "comment", "comments", "share", "tweet", "retweet"}
)
_PLACE_SHAPED = re.compile(
    r"\b(?:Hospital|Clinic|Arena|Park|Airport|Stadium|Cemetery|Square|Hotel|Prison|Center|Centre|Street|"
    r"Road|Bridge|Palace|Cathedral|Church|Mosque|Basilica|Chapel|Memorial|Village|Camp)\b"
)
_LOCATIVE = re.compile(
    r"(?:(?:about|some|around|roughly|nearly|just)\s+)?(?:\d[\d.,]*\s?(?:km|kilometres|kilometers|miles|mi|m)\b"
    r"(?:\s*-LRB-[^()]*?-RRB-|\s*\([^()]*\))?\s+)?"
    r"(?:(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?"
    r"(?:ern)?\s+of\s+|near\s+|outside\s+|off\s+)$",
    re.IGNORECASE,
)
_FIT_BY_KIND = {
    AnswerKind.PERSON: {
        EntityKind.PERSON: 1.0,
        EntityKind.OTHER: 0.6,
        EntityKind.ORGANIZATION: 0.8,
        EntityKind.PLACE: 0.05,
    },
    AnswerKind.PLACE: {
        EntityKind.PLACE: 1.0,
        EntityKind.ORGANIZATION: 0.3,
        EntityKind.OTHER: 0.5,
        EntityKind.PERSON: 0.05,
    },
    AnswerKind.ORGANIZATION: {
        EntityKind.ORGANIZATION: 1.0,
        EntityKind.OTHER: 0.5,
        EntityKind.PERSON: 0.15,
        EntityKind.PLACE: 0.2,
    },
}


def names(
    question: Question, reading: Reading, spans: Sequence[NameSpan], stemmer: Stemmer
) -> Iterator[Candidate]:
    """People, places or organisations named in the sentence, other than those the question names."""
    asked = question.name_words
    fits = _FIT_BY_KIND[question.kind]
    base = reading.sentence.start
    for span in spans:
        if span.start < base or span.end > reading.sentence.end:
            continue
        trimmed = _trim_name(span.text)
        if trimmed is None or span.text in _NOT_NAMES:
            continue
        if trimmed[0] > 0 and question.kind is AnswerKind.ORGANIZATION:
            yield from _lead_organization(question, reading, span, trimmed[0], stemmer)
        start, end = span.start - base + trimmed[0], span.start - base + trimmed[1]
        span_text = span.text[trimmed[0] : trimmed[1]]
        own = [w.lower() for _, _, w in words(span_text)]
        if _FURNITURE & set(own):
            continue  # "HDNet Posted", "Report abuse": a page's furniture, not a name
        if not own or all(w in asked for w in own) or all(w in _PTB_WORDS for w in own):
            continue  # the question's own subject, or a PTB bracket ("-LRB-")
        kind = span.kind
        if (
            question.kind is AnswerKind.PLACE
            and kind is not EntityKind.PLACE
            and _PLACE_SHAPED.search(span_text)
        ):
            kind = EntityKind.PLACE  # "Forest Lawn Memorial Park", "Monklands Hospital": places to go to
        form = fits[kind]
        if question.kind is AnswerKind.PERSON and kind is EntityKind.OTHER and len(own) == 1:
            form = 0.3  # a lone capitalised word the recogniser could not type: seldom a person's name
        if question.kind is AnswerKind.PERSON and len(own) == 1 and re.fullmatch(r"[a-z]+ns", own[0]):
            continue  # "Britons", "Americans": people, not a person's name
        if question.kind is AnswerKind.PERSON and kind is EntityKind.ORGANIZATION and len(span_text) <= 4:
            form = min(form, 0.45)  # "U.S", "UN": a country or an agency, seldom who did it
        if question.kind is AnswerKind.PERSON and question.target and kind is EntityKind.ORGANIZATION:
            form = 0.3  # "which judge", "the name of the officer": a person, not an organisation
        if any(w in asked for w in own):
            form *= 0.5  # "Michael Jackson" asked, "Randy Jackson" answered: maybe, but doubtful
        role = None
        if question.target:
            beside = _beside_target(question, reading, start, end, stemmer)
            role = _qualified(question, reading, beside) if beside is not None else None
            form = min(1.0, max(form * 1.25 + 0.1, 0.85)) * role if role is not None else form * 0.5
        form = min(1.0, form * _voice_fit(question, reading, start, end))
        if question.kind is AnswerKind.PLACE:
            form *= _located(question, reading, start, stemmer)
        if (
            question.kind is AnswerKind.PLACE
            and not question.from_place
            and re.search(r"\bfrom\s+(?:the\s+)?$", reading.text[:start])
        ):
            form *= 0.7  # "X, from Glasgow, died at the Royal Alexandra Hospital": where from, not where
        value = span_text
        bounds = _trim_name(span.canonical)
        full = span.canonical[bounds[0] : bounds[1]] if bounds else span_text
        canonical = [w.lower() for _, _, w in words(full)]
        if (
            kind is EntityKind.PERSON
            and set(own) < set(canonical)
            and len(canonical) <= 3
            and canonical[-1] == own[-1]
            and not set(canonical) & asked
        ):
            value = full  # "Clinton" written, "Bill Clinton" meant (the entity stage's merge)
        text = value
        if question.kind is AnswerKind.PLACE:
            lead = _LOCATIVE.search(reading.text[max(0, start - 60) : start])
            if lead:
                text = _shown(lead.group(0) + value).replace("-LRB-", "(").replace("-RRB-", ")")
        yield Candidate(question.kind, value, text, start, end, _fit(reading, form, start, end), role=role)


_ARTICLES = frozenset({"the", "a", "an", "'s", "s"})
# Capitalised only at a sentence's start ("Several Britons", "Many residents"): not part of a name.
_NOT_NAME_WORDS = FUNCTION_WORDS | frozenset({"several", "various", "numerous", "many", "some", "most"})
_ROLE_WORDS = PERSON_NOUNS | frozenset(BASE_FORMS) | ADDRESS_TITLES


def _lead_organization(
    question: Question, reading: Reading, span: NameSpan, cut: int, stemmer: Stemmer
) -> Iterator[Candidate]:
    """The capitalised words a span holds before a role ("Google" in "Google executive Wael Ghonim"): the
    organisation the person works for."""
    tokens = [t for t in words(span.text) if t[0] < cut]
    lead = []
    for start, end, word in tokens:
        if not word[:1].isupper() or word.lower() in _ROLE_WORDS:
            break
        lead.append((start, end))
    if not lead:
        return
    base = span.start - reading.sentence.start
    start, end = base + lead[0][0], base + lead[-1][1]
    text = reading.text[start:end]
    if text in _NOT_NAMES or all(w.lower() in question.name_words for _, _, w in words(text)):
        return
    yield Candidate(AnswerKind.ORGANIZATION, text, text, start, end, _fit(reading, 0.8, start, end))


def _trim_name(text: str) -> tuple[int, int] | None:
    """The name proper inside a recognised span: roles, titles and lower-case words and what precedes them
    dropped ("Mexican health secretary Jose Angel Cordova" → "Jose Angel Cordova", "Judge Michael Pastor" →
    "Michael Pastor"); None when nothing is left."""
    tokens = list(words(text))
    cut = -1
    for k, (_, _, word) in enumerate(tokens):
        lower = word.lower()
        lowercase = (not word[:1].isupper() and lower not in NAME_CONNECTORS) or (
            word[:1].isupper() and lower in _NOT_NAME_WORDS and len(word) > 1
        )
        if lowercase or lower in _ROLE_WORDS:
            cut = k
    rest = tokens[cut + 1 :]
    while rest and rest[-1][2].lower() in {"jr", "sr"}:
        rest = rest[:-1]
    if not rest:
        return None
    return rest[0][0], rest[-1][1]


def _beside_target(
    question: Question, reading: Reading, start: int, end: int, stemmer: Stemmer
) -> int | None:
    """Whether the noun a "which X" question asks for stands in apposition to the name: "Judge Michael
    Pastor", "Egypt's defense minister, Gen. Mohamad Tantawi", "Tantawi, the defense minister" (between them
    only commas, articles, capitalised words and the question's own words; "minister under Mubarak" is not).
    """
    target = set(question.target)
    asked = {t.stem for t in question.terms}
    first = reading.index_at(start)
    last = reading.index_at(end)
    for i, stem in enumerate(reading.stems):
        if stem not in target:
            continue
        between = range(i + 1, first) if i < first else range(last, i)
        if len(between) > 5:
            continue
        if i >= last and reading.text[end : reading.tokens[i][0]].strip().startswith(("'s", "’s", "'", "’")):
            continue  # "Chris Kyle's wife": the name owns the role, it does not hold it
        if all(
            reading.tokens[j][2][:1].isupper()
            or reading.stems[j] in asked
            or reading.tokens[j][2].lower() in _ARTICLES
            for j in between
        ):
            return i
    return None


_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "off", "on", "inside", "across", "around"})
# Nouns after which a place name follows ("the villages of Tarasivka", "the outskirts of Kyiv").
_PLACE_OF = frozenset(SETTLEMENT_NOUNS) | {"area", "capital", "outskirts"}


def _located(question: Question, reading: Reading, start: int, stemmer: Stemmer) -> float:
    """For "where was X captured?": a place the question's own verb or noun governs through a locative
    preposition ("were captured in the Donetsk region", "near the villages of Tarasivka", "the funeral ... in
    Varno cathedral") fits (× 1.2); a place no question word leads to, or one gone to ("return to China"),
    is less likely the answer (× 0.8)."""
    asked = {t.stem for t in question.terms if not t.name}
    asked |= {s for a in list(asked) for s in stemmer.synonyms(a)}
    j = reading.index_at(start) - 1

    def word(k: int) -> str:
        return reading.tokens[k][2].lower() if k >= 0 else ""

    if word(j) == "of" and word(j - 1) in _PLACE_OF:
        j -= 2  # "near the villages of Tarasivka"
    while word(j) in {"the", "a", "an"}:
        j -= 1
    if word(j) not in _LOCATIVE_PREPOSITIONS:
        return 0.8
    if any(reading.stems[k] in asked for k in range(max(0, j - 6), j)):
        return 1.2
    return 0.9


_PASSIVE_AUX = frozenset({"was", "were", "been", "is", "are", "be", "being", "got", "get"})


def _voice_fit(question: Question, reading: Reading, start: int, end: int) -> float:
    """Whether the name plays the part a "who" question asks for: asked "who was appointed", the name
    before "has been appointed" fits (× 1.15) and the name before an active "appointed" does not (× 0.6);
    asked "who presided", the reverse; a name after "by" is the one acting."""
    if question.voice is None or question.verb is None:
        return 1.0
    first = reading.index_at(start)
    last = reading.index_at(end) - 1
    verbs = [i for i, s in enumerate(reading.stems) if s == question.verb and not first <= i <= last]
    if not verbs:
        return 1.0
    v = min(verbs, key=lambda i: abs(i - first))
    passive = v > 0 and reading.tokens[v - 1][2].lower() in _PASSIVE_AUX
    if v > last:
        if v - last > 12:
            return 1.0
        part = "patient" if passive else "agent"
    else:
        if first - v > 6:
            return 1.0
        between = {w.lower() for _, _, w in reading.tokens[v + 1 : first]}
        part = ("agent" if "by" in between else "other") if passive else "patient"
    wanted = "agent" if question.voice == "active" else "patient"
    if part == "other":
        return 1.0
    return 1.15 if part == wanted else 0.6


def _qualified(question: Question, reading: Reading, role: int) -> float:
    """1 when the role is the question's, less when its qualifier differs: asked for Mexico's health
    secretary, "Scottish Health Secretary Nicola Sturgeon" is someone else's (a demonym or a country's
    initials: × 0.45; an owner, "Chris Kyle's wife": × 0.3); asked for the president, "former President X"
    is the one before (× 0.6). A portfolio ("Transport minister") is no qualifier."""
    asked = {t.word for t in question.terms}
    capitals = [t.word.capitalize() for t in question.terms if t.capital]
    factor = 1.0
    j = role - 1
    while j >= 0 and role - j <= 4:
        word = reading.tokens[j][2]
        lower = word.lower()
        if lower in {"former", "ex", "late", "previous", "outgoing"} and lower not in asked:
            factor *= 0.6
        elif word[:1].isupper() and lower not in asked and not any(same_place(c, word) for c in capitals):
            if lower not in _TITLE_WORDS and reading.stems[j] not in question.target:
                gap = reading.text[reading.tokens[j][1] : reading.tokens[j + 1][0]].strip()
                if gap[:2] in {"'s", "’s"}:
                    factor *= 0.3  # "Chris Kyle's wife": someone else's
                    break
                if lower in DEMONYMS or (word.isupper() and len(word) >= 2):
                    factor *= 0.45  # "Scottish Health Secretary", "US President": another country's
                    break
        elif not word[:1].isupper() and reading.stems[j] not in {t.stem for t in question.terms}:
            break
        j -= 1
    return factor


_TITLE_WORDS = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "s"})
