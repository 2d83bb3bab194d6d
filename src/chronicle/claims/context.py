"""What a document says around a claim: who is named where, whom a pronoun or "the doctor" means, who
speaks, which event a sentence is about, and where it happens."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType

from chronicle.lexicon import SPEECH_VERBS
from chronicle.model import Document, Entity, EntityKind, Sentence

__all__ = ["Context", "Named", "event_classes", "is_full_person", "mentions_by_article"]


def mentions_by_article(entities: Sequence[Entity]) -> dict[str, list[Named]]:
    """Every entity mention, by the article it is in."""
    out: dict[str, list[Named]] = {}
    for entity in entities:
        for m in entity.mentions:
            out.setdefault(m.article_id, []).append(Named(m.start, m.end, entity))
    return out


@dataclass(frozen=True)
class Named:
    start: int  # offsets into the article text
    end: int
    entity: Entity


def is_full_person(entity: Entity) -> bool:
    return entity.kind is EntityKind.PERSON and len(entity.name.split()) >= 2


# Kinds of event a sentence can speak of; a claim's count or measure belongs to that event, so the toll of
# a shooting never meets the toll of a street battle.
_EVENT_WORDS = MappingProxyType(
    {
        "quake": "earthquake quake quakes earthquakes tremor epicentre epicenter seismic",
        "aftershock": "aftershock aftershocks",
        "unrest": "clashes clash protests protest protesters demonstrations demonstrators unrest uprising "
        "riots violence battles crackdown",
        "shooting": "shooting shootings gunman rampage shot",
        "explosion": "explosion blast exploded explosions blew refinery",
        "crash": "crash crashed plane flight aircraft airliner jet",
        "disease": "flu virus outbreak pandemic epidemic infection influenza disease",
        "flood": "flood floods flooding",
        "storm": "storm hurricane cyclone typhoon",
        "collapse": "collapse collapsed collapses",
        "war": "war battlefield",
        "funeral": "funeral burial mourners",
        "spill": "spill leak leaking oil slick",
    }
)
# Events that are part of a larger one (a bridge's collapse in a flood): named in a sentence, never the
# document's main event.
_PART_EVENTS = frozenset({"collapse"})
_EVENT_OF = MappingProxyType({w: k for k, words in _EVENT_WORDS.items() for w in words.split()})
_WORD = re.compile(r"[a-z]+")


_CLAUSE_CUT = re.compile(r"[,;:]|\b(?:and|but|while)\b|``|''")


def _clause_around(text: str, position: int) -> str:
    """The clause of ``text`` that holds ``position``: between the nearest commas, semicolons or
    conjunctions on each side."""
    start = 0
    for cut in _CLAUSE_CUT.finditer(text):
        if cut.end() <= position:
            start = cut.end()
        elif cut.start() > position:
            return text[start : cut.start()]
    return text[start:]


def events_in_order(text: str) -> tuple[str, ...]:
    """The kinds of event ``text`` names, each once, in the order of their first mention."""
    return tuple(dict.fromkeys(_EVENT_OF[w] for w in _WORD.findall(text.lower()) if w in _EVENT_OF))


def event_classes(text: str) -> frozenset[str]:
    """The kinds of event ``text`` names ("quake", "unrest", "shooting"...)."""
    return frozenset(events_in_order(text))


# Diseases a count of deaths or cases can be of: the toll of SARS is not that of swine flu, nor the 1957
# pandemic's that of 1918's ("1918 : The Spanish flu ... killing more than 50m people ... 1957 : Asian flu
# killed two million").
_DISEASES = (
    (
        "h1n1",
        re.compile(r"\b(?:h1n1|swine\W{0,4}(?:flu|influenza)|mexican\s+flu|novel\s+flu)\b", re.IGNORECASE),
    ),
    ("h5n1", re.compile(r"\b(?:h5n1|avian\s+(?:flu|influenza)|bird\s+flu)\b", re.IGNORECASE)),
    ("sars", re.compile(r"\bsars\b", re.IGNORECASE)),
    ("1918", re.compile(r"\bspanish\W{0,4}flu\b|\b1918\W{0,4}(?:flu|influenza|pandemic)", re.IGNORECASE)),
    (
        "1957",
        re.compile(r"\b(?:asian\W{0,4}flu|h2n2)\b|\b1957\W{0,4}(?:flu|influenza|pandemic)", re.IGNORECASE),
    ),
    (
        "1968",
        re.compile(
            r"\b(?:hong\s+kong\W{0,6}flu|h3n2)\b|\b1968\W{0,4}(?:flu|influenza|pandemic)", re.IGNORECASE
        ),
    ),
    (
        "seasonal",
        re.compile(r"\b(?:seasonal|normal|regular|common|ordinary)\W{0,4}(?:flu|influenza)", re.IGNORECASE),
    ),
    ("malaria", re.compile(r"\bmalaria\b", re.IGNORECASE)),
    ("cholera", re.compile(r"\bcholera\b", re.IGNORECASE)),
)


def diseases_in(text: str) -> list[tuple[int, str]]:
    """(position, disease) for every disease ``text`` names, in order."""
    return sorted((m.start(), name) for name, pattern in _DISEASES for m in pattern.finditer(text))


# Role nouns and the titles that name them ("the 51-year-old doctor" is "Dr Murray").
_ROLE_TITLES = MappingProxyType(
    {
        "doctor": ("Dr", "Doctor"),
        "president": ("President",),
        "minister": ("Minister",),
        "pope": ("Pope",),
        "governor": ("Governor", "Gov"),
        "senator": ("Senator", "Sen"),
        "general": ("General", "Gen"),
        "mayor": ("Mayor",),
        "judge": ("Judge",),
    }
)


class Context:
    """What one document's sentences name: entity mentions by position, people for pronouns and roles."""

    def __init__(self, document: Document, named: Sequence[Named]) -> None:
        """``named``: the entity mentions in this document (see :func:`mentions_by_article`)."""
        self.document = document
        self.named = sorted(named, key=lambda n: n.start)
        self._starts = [n.start for n in self.named]
        self._main_event: str | bool | None = False
        self._main_disease: str | bool | None = False

    @property
    def main_event(self) -> str | None:
        """The kind of event the document speaks of most; of kinds named in as many sentences, the one
        named first (never the order of a set, which changes with the hash seed)."""
        if self._main_event is False:
            counts: Counter[str] = Counter()
            for sentence in self.document.sentences:
                counts.update(kind for kind in events_in_order(sentence.text) if kind not in _PART_EVENTS)
            self._main_event = counts.most_common(1)[0][0] if counts else None
        return self._main_event if isinstance(self._main_event, str) else None

    @property
    def main_disease(self) -> str | None:
        """The disease the document names most (None when it names none)."""
        if self._main_disease is False:
            counts: Counter[str] = Counter(
                name for sentence in self.document.sentences for _, name in diseases_in(sentence.text)
            )
            self._main_disease = counts.most_common(1)[0][0] if counts else None
        return self._main_disease if isinstance(self._main_disease, str) else None

    def disease_of(self, sentence: Sentence, position: int) -> str | None:
        """The disease a figure at ``position`` (in the sentence text) is of: the one named last before it
        in the sentence, else the first named after it, else the document's."""
        named = diseases_in(sentence.text)
        before = [name for at, name in named if at < position]
        if before:
            return before[-1]
        return named[0][1] if named else self.main_disease

    def in_span(self, start: int, end: int) -> list[Named]:
        i = bisect.bisect_left(self._starts, start)
        out: list[Named] = []
        while i < len(self.named) and self.named[i].start < end:
            if self.named[i].end <= end:
                out.append(self.named[i])
            i += 1
        return out

    def people(self, start: int, end: int) -> list[Named]:
        return [n for n in self.in_span(start, end) if is_full_person(n.entity)]

    def event_of(self, sentence: Sentence, position: int | None = None) -> str | None:
        """The event a sentence speaks of: named in it, else the document's.

        With ``position`` (an offset in the sentence, a figure's), an event that is part of a larger one
        (a collapse) counts only when named in the figure's own clause: in "150 staff are missing after the
        collapse of the headquarters and 36 personnel are confirmed dead", the 36 are the quake's dead.
        """
        classes = event_classes(sentence.text)
        if position is not None and classes & _PART_EVENTS:
            classes = (classes - _PART_EVENTS) | (
                event_classes(_clause_around(sentence.text, position)) & _PART_EVENTS
            )
        if len(classes) == 1:
            return next(iter(classes))
        return self.main_event

    def _previous_text(self, sentence: Sentence) -> str:
        index = sentence.index
        return self.document.sentences[index - 1].text if index > 0 else ""

    def recent_person(self, sentence: Sentence, position: int, window: int = 2) -> Entity | None:
        """The one full-named person a pronoun at ``position`` can refer to.

        The nearest person named earlier in the same sentence; else, when the previous ``window`` sentences
        name exactly one person, that person; else None.
        """
        before = self.people(sentence.start, position)
        if before:
            return before[-1].entity
        if self.people(position, sentence.end):
            return None  # a person named later in the sentence makes the pronoun ambiguous
        first = max(0, sentence.index - window)
        sentences = self.document.sentences
        if first >= sentence.index:
            return None
        span_start = sentences[first].start
        people = {n.entity.id: n.entity for n in self.people(span_start, sentence.start)}
        return next(iter(people.values())) if len(people) == 1 else None

    def person_with_role(self, role: str, before: int) -> Entity | None:
        """The one person the document names with the title of ``role`` before offset ``before``
        ("Dr Murray" for "the doctor")."""
        titles = _ROLE_TITLES.get(role.lower())
        if not titles:
            return None
        text = self.document.article.text
        found = {
            n.entity.id: n.entity
            for n in self.named
            if n.start < before
            and is_full_person(n.entity)
            and re.search(r"\b(?:" + "|".join(titles) + r")\.?\s+$", text[max(0, n.start - 14) : n.start])
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def speaker(self, sentence: Sentence) -> str | None:
        """Whom the sentence attributes what it says to, if it says."""
        text = sentence.text
        for pattern in (_ACCORDING, _SPEAKER_BEFORE, _SPEAKER_AFTER):
            for match in pattern.finditer(text):
                who = _clean_speaker(_SPEAKER_CUT.sub("", match.group("who")))
                start = sentence.start + match.start("who")
                where = _SPEAKER_PLACE.search(text[: match.start("who")]) if who[:1].isupper() else None
                if where is not None and where.group("who").lower() not in _NOT_SPEAKERS:
                    return f"{where.group('who').lower()} {where.group('prep')} {who}"
                named = self.in_span(start, start + len(who))
                if named:
                    return named[0].entity.name
                if who.lower() in {"he", "she"}:
                    person = self.recent_person(sentence, start)
                    if person is not None:
                        return person.name
                    continue
                if who.lower() in _NOT_SPEAKERS or not who:
                    continue
                if (
                    pattern is _SPEAKER_BEFORE
                    and who[:1].isupper()
                    and match.start("who") == 0
                    and " " not in who
                ):
                    continue  # a sentence-initial capitalised word that is no known name
                words = who.split()
                if len(words) > 6:
                    continue
                return who[0].lower() + who[1:] if words[0] in {"The", "A", "An", "His", "Her"} else who
        return None


_PTB = re.compile(r"``|''|-[LR][RSC]B-|[\"“”]")
# a clause, not a name: "according to the well is", "according to the quake was"
_SPEAKER_VERB = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|can|could|may)\b", re.IGNORECASE)


def _clean_speaker(who: str) -> str:
    """The speaker without tokeniser quotes and brackets ("`` The Washington Post" -> "The Washington
    Post"); empty when what follows "according to" is a clause, not a name."""
    who = " ".join(_PTB.sub(" ", who).split()).strip(" ,'")
    return "" if _SPEAKER_VERB.search(who) else who


_SAY = r"(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")"
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<who>[^,.;:\"“”]{2,80})")
_SPEAKER_BEFORE = re.compile(
    r"(?P<who>\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er) [a-z’'-]+(?: [a-z’'-]+)?|\b[Hh]e|\b[Ss]he|\b[Tt]hey|"
    r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)\s+(?:also\s+|later\s+|had\s+|has\s+|now\s+)?" + _SAY + r"\b"
)
_SPEAKER_AFTER = re.compile(
    r"\b" + _SAY + r"\s+(?P<who>(?:the|The) [a-z’'-]+(?: [a-z’'-]+)?|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)\s*[.,]"
)
_SPEAKER_CUT = re.compile(
    r"\s+(?:on|in|at|obtained|cited|seen|published|quoted|released|who|which|that)\b.*$"
)
# "Officials in Kyiv said": the speaker is the officials, not the place.
_SPEAKER_PLACE = re.compile(r"\b(?P<who>[A-Za-z]+s)\s+(?P<prep>in|from)\s+$")
_NOT_SPEAKERS = frozenset({"it", "this", "that", "there", "which", "who", "they", "we", "i", "you"})
