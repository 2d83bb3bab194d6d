"""What articles say about a named person: age, birth year, occupation, home province, title.

"Wang Guangjun, 34," / "34-year-old Wang Guangjun" / "the 51-year-old doctor" (the one person the article
titles "Dr") → age; "born in 1991" → birth year; "Wang Guangjun and Chang Renbo, born in 1991 and 1998,
respectively" → each his own year; "worked as a firefighter" → occupation; "from Hubei province" → home
province; "Deputy Foreign Minister Mihai Popsoi" → title.

Person claims need a person whose full name the entity stage found: a bare surname, pronoun or role noun
is followed only when it resolves to exactly one such person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chronicle.claims._base import SP as _SP
from chronicle.claims._base import Found
from chronicle.claims.context import Context, Named
from chronicle.claims.quantities import number_value
from chronicle.model import Entity, Sentence, ValueKind
from chronicle.numbers import NUMBER_WORDS

__all__ = ["person_claims"]

_SMALL = NUMBER_WORDS

_AGE_WORD = r"(?:\d{1,3}|" + "|".join(_SMALL) + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
_YEAR_OLD = re.compile(r"\b(?P<age>" + _AGE_WORD + r")-year-old\b", re.IGNORECASE)
_YEAR_OLD_CUE = re.compile(r"-year-old", re.IGNORECASE)  # a literal: found fast; _YEAR_OLD only where it is
_AGE_APPOSITION = re.compile(
    r"^" + _SP + r",\s*(?:aged\s+)?(?P<age>\d{1,3})\s*(?:,|\.|$)|^\s*\((?P<age2>\d{1,3})\)"
)
_BORN = re.compile(
    r"\bborn\s+(?:in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+)?(?:(?:in|on)\s+)?"
    r"(?:[A-Z][a-z]+\s+(?:\d{1,2}\s*,?\s*)?)?(?P<year>1[89]\d\d|20[0-2]\d)\b"
)
_OCCUPATION = re.compile(
    r"\b(?:worked|works|working|had\s+worked|was\s+working|was\s+employed|is\s+employed|used\s+to\s+work)"
    r"\s+as\s+(?:an?\s+)?(?P<job>[a-z][a-z -]{2,50}?)(?=\s+(?:in|at|for|before|until|when|with|on|from|"
    r"who|where|since|after|during|but)\b|\s*[,.;:!?\"“”()]|\s+and\s+(?:then|later|went|was|had|decided)\b|$)"
)
_PROVINCE = re.compile(
    r"\b(?:from|native\s+of|hails\s+from|born\s+in|comes\s+from|home\s+in)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:province|Province)\b"
)
_AGE_SUBJECT_GAP = re.compile(r"^\s*(?:[A-Za-z’'-]+\s+){0,3}$")
# Words that cannot sit between "50-year-old" and the name it describes ("the 58-year-old was charged
# with Jackson's death" is not about Jackson).
_AGE_GAP_STOP = re.compile(
    r"\b(?:was|is|were|are|had|has|have|been|be|with|of|and|or|to|in|at|for|by|on|from|that|who|which|"
    r"said|says|told|after|before|than|as|his|her|their|its|a|an|the)\b|\w+(?:ed|ing)\b",
    re.IGNORECASE,
)


def _age_value(text: str) -> int | None:
    value = number_value(text)
    return int(value) if value is not None and 0 < value < 120 else None


def person_claims(ctx: Context, sentence: Sentence) -> Iterator[Found]:
    """Ages, birth years, occupations, home provinces and titles of the people ``sentence`` names."""
    text, base = sentence.text, sentence.start
    people = ctx.people(sentence.start, sentence.end)
    respectively = _respectively(ctx, sentence, people)
    yield from respectively
    done = {(f.start, f.end) for f in respectively}
    # "Wang Guangjun, 34," / "Wang Guangjun (34)" / "Wang, aged 34,"
    for named in people:
        tail = ctx.document.article.text[named.end : sentence.end]
        match = _AGE_APPOSITION.match(tail)
        if match:
            group = "age" if match.group("age") else "age2"
            age = _age_value(match.group(group))
            if age is not None:
                offset = named.end - base
                yield _age(
                    named.entity, age, str(age), offset + match.start(group), offset + match.end(group)
                )
    # "34-year-old Wang Guangjun", "the 34-year-old" (pronoun-like), "the 51-year-old doctor"
    for match in _YEAR_OLD.finditer(text) if _YEAR_OLD_CUE.search(text) else ():
        age = _age_value(match.group("age"))
        if age is None:
            continue
        subject = _year_old_subject(ctx, sentence, match, people)
        if subject is not None:
            yield _age(subject, age, f"{match.group('age')}-year-old", match.start(), match.end())
    for match in _BORN.finditer(text):
        if (match.start("year"), match.end("year")) in done:
            continue
        subject = _attribute_subject(ctx, sentence, match.start(), people)
        if subject is not None:
            year = int(match.group("year"))
            yield Found(
                subject.name,
                "birth year",
                str(year),
                match.start("year"),
                match.end("year"),
                subject.id,
                low=year,
                high=year,
                kind=ValueKind.QUANTITY,
                key=f"person|{subject.id}|birth",
            )
    for match in _OCCUPATION.finditer(text):
        subject = _attribute_subject(ctx, sentence, match.start(), people)
        job = " ".join(match.group("job").split())
        if subject is not None and job:
            yield Found(
                subject.name,
                "occupation",
                job,
                match.start("job"),
                match.end("job"),
                subject.id,
                key=f"person|{subject.id}|occupation",
            )
    for match in _PROVINCE.finditer(text):
        subject = _attribute_subject(ctx, sentence, match.start(), people)
        if subject is not None:
            yield Found(
                subject.name,
                "home province",
                match.group("place"),
                match.start("place"),
                match.end("place"),
                subject.id,
                key=f"person|{subject.id}|province",
            )
    yield from _titles(ctx, sentence, people)


_RESPECTIVELY = re.compile(
    r"\b(?:born\s+in|aged)\s+(?P<a>1[89]\d\d|20[0-2]\d|\d{1,2})\s*(?:,\s*)?(?:and|,)\s+(?P<b>1[89]\d\d|20[0-2]\d|\d{1,2})"
    r"\s*,?\s*respectively\b"
)


def _respectively(ctx: Context, sentence: Sentence, people: list[Named]) -> list[Found]:
    """ "Wang and Zhang, born in 1991 and 1998, respectively": the first value to the first name."""
    out: list[Found] = []
    base = sentence.start
    for match in _RESPECTIVELY.finditer(sentence.text):
        before = [n for n in people if n.end - base <= match.start()]
        distinct: list[Named] = []
        for named in before:
            if all(d.entity.id != named.entity.id for d in distinct):
                distinct.append(named)
        if len(distinct) < 2:
            continue
        pair = distinct[-2:]
        is_year = len(match.group("a")) == 4
        for named, group in zip(pair, ("a", "b"), strict=True):
            value = int(match.group(group))
            start, end = match.start(group), match.end(group)
            if is_year:
                out.append(
                    Found(
                        named.entity.name,
                        "birth year",
                        str(value),
                        start,
                        end,
                        named.entity.id,
                        low=value,
                        high=value,
                        kind=ValueKind.QUANTITY,
                        key=f"person|{named.entity.id}|birth",
                    )
                )
            else:
                out.append(_age(named.entity, value, str(value), start, end))
    return out


# "Deputy Foreign Minister Mihai Popsoi", "Mihai Popsoi, the deputy foreign minister,"
_TITLE_WORDS = (
    r"(?:(?:Deputy|Vice|Acting|Former|First|Senior|Assistant|Chief|Prime|Foreign|Defence|Defense|Interior|"
    r"Health|Finance|Justice|Economy|Education|Energy|Transport|Culture|Agriculture|State)\s+)*"
    r"(?:Minister|Secretary|President|Chancellor|Ambassador|Spokesman|Spokeswoman|Spokesperson|Governor|"
    r"Mayor|Commander|Chairman|Director|Prosecutor)"
)
_TITLE_BEFORE = re.compile(
    r"(?P<title>" + _TITLE_WORDS + r"(?:\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)\s+$"
)
_TITLE_AFTER = re.compile(
    r"^\s*,\s*(?:the|a|an|[A-Z][\w’'-]*['’]s)\s+(?P<title>(?:(?:deputy|vice|acting|former|first|senior|assistant|chief|prime|"
    r"foreign|defence|defense|interior|health|finance)\s+)*(?:minister|secretary|president|ambassador|spokesman|"
    r"spokeswoman|governor|mayor|commander|chairman|director|prosecutor)(?:\s+(?:of|for)\s+[\w’' -]{2,30}?)?)\s*[,.]"  # noqa: E501
)


def _titles(ctx: Context, sentence: Sentence, people: list[Named]) -> Iterator[Found]:
    text = ctx.document.article.text
    for named in people:
        before = _TITLE_BEFORE.search(text[max(sentence.start, named.start - 60) : named.start])
        after = _TITLE_AFTER.match(text[named.end : min(sentence.end, named.end + 80)])
        if before:
            title = " ".join(before.group("title").split())
            start = (
                named.start
                - len(text[max(sentence.start, named.start - 60) : named.start])
                + before.start("title")
            )
        elif after:
            title = " ".join(after.group("title").split())
            start = named.end + after.start("title")
        else:
            continue
        if title.lower() in {"president", "minister", "secretary"}:
            continue  # a bare title says too little to contradict anything
        yield Found(
            named.entity.name,
            "title",
            title.lower(),
            start - sentence.start,
            start - sentence.start + len(title),
            named.entity.id,
            key=f"person|{named.entity.id}|title",
        )


def _age(entity: Entity, age: int, shown: str, start: int, end: int) -> Found:
    return Found(
        entity.name,
        "age",
        shown,
        start,
        end,
        entity.id,
        low=age,
        high=age,
        kind=ValueKind.QUANTITY,
        key=f"person|{entity.id}|birth",
    )


def _year_old_subject(
    ctx: Context, sentence: Sentence, match: re.Match[str], people: list[Named]
) -> Entity | None:
    text, base = sentence.text, sentence.start
    # a name right after: "50-year-old Jackson", "the 50-year-old singer Michael Jackson"
    for named in people:
        gap = text[match.end() : named.start - base]
        if (
            named.start - base >= match.end()
            and _AGE_SUBJECT_GAP.match(gap)
            and not _AGE_GAP_STOP.search(gap)
        ):
            return named.entity
    # a name right before, in apposition: "Wang Guangjun, a 34-year-old ..."
    for named in people:
        gap = text[named.end - base : match.start()]
        if named.end - base <= match.start() and re.fullmatch(r"\s*,\s*(?:an?|the)\s+", gap):
            return named.entity
    # "the 51-year-old doctor": the one person the article titles with that role ("Dr Murray")
    role = re.match(r"\s+([a-z]+)\b", text[match.end() :])
    if role and re.search(r"(?:^|\s)[Tt]he\s+$", text[: match.start()]):
        person = ctx.person_with_role(role.group(1), base + match.start())
        if person is not None:
            return person
    # "The 34-year-old said ..." with no one else named: the person of the previous sentences
    prefix = text[: match.start()]
    after = text[match.end() :]
    if (
        re.fullmatch(r"\s*[Tt]he\s+", prefix)
        and not people
        and re.match(r"\s+(?:[a-z]+\s+)?" + _VERB_AFTER, after)
    ):
        return ctx.recent_person(sentence, base + match.start())
    return None


_VERB_AFTER = r"(?:said|says|told|was|is|had|has|added|described|denied|admitted|died|worked)\b"


def _attribute_subject(ctx: Context, sentence: Sentence, position: int, people: list[Named]) -> Entity | None:
    """The person an attribute at ``position`` is about.

    A name in apposition just before ("Wang Guangjun, born in 1991"), a name followed by a short verb
    phrase ("Wang Guangjun said that he worked as"), or a pronoun right before resolved to one person.
    """
    text, base = sentence.text, sentence.start
    before = [n for n in people if n.end - base <= position]
    if before:
        nearest = before[-1]
        gap = text[nearest.end - base : position]
        if re.fullmatch(r"\s*,\s*(?:who\s+(?:was|is)\s+)?", gap) or re.fullmatch(
            r"\s+(?:was|is|had|has|himself|herself|also|previously|once|reportedly|,)*\s*", gap
        ):
            return nearest.entity
        if re.fullmatch(
            r"\s+(?:[a-z]+\s+){0,2}(?:said|says|told|explained|added|stated|claimed)\s+(?:[a-z]+\s+)?"
            r"(?:that\s+)?(?:he|she)\s+(?:had\s+|has\s+|previously\s+|once\s+|was\s+|is\s+)*",
            gap,
        ):
            return nearest.entity
        if (
            re.search(r"\b(?:he|she)\s+(?:had\s+|has\s+|previously\s+|once\s+|was\s+|is\s+)*$", gap)
            and len({n.entity.id for n in people}) == 1
        ):
            return nearest.entity
        return None
    pronoun = re.search(
        r"\b(?:[Hh]e|[Ss]he)\s+(?:had\s+|has\s+|previously\s+|once\s+|was\s+|is\s+)*$", text[:position]
    )
    if pronoun and not people:
        return ctx.recent_person(sentence, base + pronoun.start())
    return None
