"""Merging mentions into entities: which names denote one entity, its type, and the name shown.

:func:`cluster_mentions` joins names (a union-find over name keys) that are an acronym and its expansion,
spelling variants of compatible kinds, or a lone surname or given name standing for a full person name the
same article (or, failing that, the whole collection) names unambiguously. :func:`build_entities` turns the
clusters into :class:`~chronicle.model.Entity` values with one type, a canonical name and their aliases.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from chronicle.entities.mentions import ACRONYM_AFTER, NameMention
from chronicle.entities.names import fold, initials, name_key, names_variant, translit_key, variant_candidates
from chronicle.entities.recognizers import is_acronym
from chronicle.lexicon import CORPORATE_SUFFIXES
from chronicle.model import Document, Entity, EntityKind, EntityMention

__all__ = ["build_entities", "cluster_mentions"]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster_mentions(
    documents: Sequence[Document], mentions: Sequence[NameMention]
) -> tuple[dict[int, str], dict[str, EntityKind]]:
    """The cluster (a root name key) of every mention, by its index, and the voted kind of every name key."""
    by_key: dict[str, list[NameMention]] = defaultdict(list)
    for m in mentions:
        by_key[m.key].append(m)
    kind_of_key = {key: _best_kind(_kind_votes(ms)) for key, ms in by_key.items()}

    groups = _UnionFind()
    for key in by_key:
        groups.find(key)
    # 1. acronyms introduced in parentheses, and acronyms spelling the initials of a name also present
    pairs = _acronym_pairs(documents, mentions)
    for long, short in pairs:
        groups.union(long, short)
    introduced = {short for _, short in pairs}
    long_by_initials: dict[str, set[str]] = defaultdict(set)
    for key in by_key:
        if len(key.split()) >= 2 and kind_of_key[key] is EntityKind.ORGANIZATION:
            long_by_initials[initials(key)].add(key)
    for key, ms in by_key.items():
        if key in introduced or not is_acronym(ms[0].text):
            continue
        candidates = long_by_initials.get(key.replace(" ", ""), set())
        if len(candidates) == 1:
            groups.union(key, next(iter(candidates)))
    # 2. spelling variants of the same number of words, of compatible kinds
    for a, b in variant_candidates(by_key):
        if names_variant(a, b) and _compatible(kind_of_key[a], kind_of_key[b]):
            groups.union(a, b)
    # 3. a company's name with and without its legal form ("Transocean Ltd" / "Transocean"), whatever the
    # recognizer called the bare name
    for key in by_key:
        words = key.split()
        company = kind_of_key[key] is EntityKind.ORGANIZATION
        if company and len(words) >= 2 and words[-1] in CORPORATE_SUFFIXES:
            bare = " ".join(words[:-1])
            if bare in by_key:
                groups.union(key, bare)
    # 4. a lone word standing for a multi-word person name: per mention, resolved in its own article first
    person_roots = {
        groups.find(k) for k in by_key if len(k.split()) >= 2 and kind_of_key[k] is EntityKind.PERSON
    }
    corpus_index = _person_word_index(mentions, groups, person_roots)
    by_document: dict[int, list[NameMention]] = defaultdict(list)
    for m in mentions:
        by_document[m.document].append(m)
    document_index = {d: _person_word_index(ms, groups, person_roots) for d, ms in by_document.items()}
    cluster_of: dict[int, str] = {}
    for n, m in enumerate(mentions):
        root = groups.find(m.key)
        if len(m.key.split()) == 1 and root not in person_roots and m.kind is not EntityKind.PLACE:
            resolved = _lookup(document_index[m.document], m.key) or _lookup(corpus_index, m.key)
            if resolved is not None:
                root = resolved
        cluster_of[n] = root
    return cluster_of, kind_of_key


def _acronym_pairs(documents: Sequence[Document], mentions: Sequence[NameMention]) -> set[tuple[str, str]]:
    """(full name key, acronym key) for every "Full Name (ACR)" or "ACR (Full Name)" in the text."""
    by_position = {(m.document, m.start): m for m in mentions}
    pairs: set[tuple[str, str]] = set()
    for m in mentions:
        text = documents[m.document].article.text
        after = ACRONYM_AFTER.match(text[m.end : m.end + 16])
        if not after:
            continue
        inner = by_position.get((m.document, m.end + after.start(1)))
        if inner is None:
            continue
        long, short = (m, inner) if len(m.key) > len(inner.key) else (inner, m)
        if is_acronym(short.text) and len(long.key.split()) >= 2:
            pairs.add((long.key, short.key))
    return pairs


def _kind_votes(mentions: Iterable[NameMention]) -> Counter[EntityKind]:
    """Each mention's vote for its kind: multi-word names are typed more reliably than lone words, and a kind
    read from the context ("in Kyiv", "Zelenskyy said", "Donetsk region") more than the recognizer's guess."""
    votes: Counter[EntityKind] = Counter()
    for m in mentions:
        votes[m.kind] += (2 if len(m.key.split()) > 1 else 1) * (2 if m.by_context else 1)
    return votes


def _best_kind(votes: Counter[EntityKind]) -> EntityKind:
    typed = Counter({k: v for k, v in votes.items() if k is not EntityKind.OTHER})
    if not typed:
        return EntityKind.OTHER
    order = [EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE]
    return max(typed, key=lambda k: (typed[k], -order.index(k)))


def _compatible(a: EntityKind, b: EntityKind) -> bool:
    return a is b or EntityKind.OTHER in (a, b)


def _person_word_index(
    mentions: Iterable[NameMention], groups: _UnionFind, person_roots: set[str]
) -> dict[str, set[str]]:
    """First and last word (and its transliteration key) of every multi-word person name → its clusters."""
    index: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.key.split()
        if len(words) < 2:
            continue
        root = groups.find(m.key)
        if root in person_roots:
            for word in (words[0], words[-1]):
                index[word].add(root)
                index[translit_key(word)].add(root)
    return index


def _lookup(index: dict[str, set[str]], word: str) -> str | None:
    """The one person cluster a lone word (or its transliteration) names, if exactly one."""
    candidates = index.get(word, set()) | index.get(translit_key(word), set())
    return next(iter(candidates)) if len(candidates) == 1 else None


def build_entities(
    documents: Sequence[Document], mentions: Sequence[NameMention], cluster_of: dict[int, str]
) -> tuple[Entity, ...]:
    """One entity per cluster, most-mentioned first, with its type, canonical name, aliases and mentions."""
    members: dict[str, list[NameMention]] = defaultdict(list)
    for n, m in enumerate(mentions):
        members[cluster_of[n]].append(m)
    entities: list[Entity] = []
    for ms in members.values():
        kind = _best_kind(_kind_votes(ms))
        if kind is EntityKind.OTHER and len(ms) < 2:
            continue  # a single untyped capitalised word: too weak to report
        surfaces = Counter(_display(m.text) for m in ms)
        name = _canonical(surfaces, kind)
        aliases = tuple(sorted({s for s in surfaces if name_key(s) != name_key(name)}, key=str.casefold))
        ordered = sorted(ms, key=lambda m: (documents[m.document].article.id, m.start))
        seen: set[tuple[str, int, int]] = set()
        entity_mentions: list[EntityMention] = []
        for m in ordered:
            article_id = documents[m.document].article.id
            if (article_id, m.start, m.end) not in seen:
                seen.add((article_id, m.start, m.end))
                entity_mentions.append(EntityMention(article_id, m.start, m.end, m.text))
        entities.append(Entity(id="", name=name, kind=kind, aliases=aliases, mentions=tuple(entity_mentions)))
    entities.sort(key=lambda e: (-len(e.mentions), e.name.casefold()))
    used: Counter[str] = Counter()
    result: list[Entity] = []
    for entity in entities:
        slug = _slug(entity.name)
        used[slug] += 1
        unique = slug if used[slug] == 1 else f"{slug}-{used[slug]}"
        result.append(Entity(unique, entity.name, entity.kind, entity.aliases, entity.mentions))
    return tuple(result)


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
    return slug or hashlib.sha1(name.encode()).hexdigest()[:10]


def _display(text: str) -> str:
    return " ".join(text.replace("ʼ", "’").split())


def _canonical(surfaces: Counter[str], kind: EntityKind) -> str:
    """The name to show: for people the most used of the fullest forms, else the most used form."""
    forms = list(surfaces)
    if kind is EntityKind.PERSON:
        most_words = max(len(f.split()) for f in forms)
        forms = [f for f in forms if len(f.split()) == most_words]
    return max(forms, key=lambda f: (surfaces[f], len(f), f))
