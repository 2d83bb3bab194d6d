"""Name keys and spelling variants: when two written names are one name.

:func:`name_key` folds case, diacritics, "the" and possessives; :func:`is_spelling_variant` accepts
transliteration variants ("Zelensky" / "Zelenskyy", "Chang Renbo" / "Zhang Renbo") and one-letter slips in
long words, never derived words ("Russia" / "Russian").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from chronicle.lexicon import NAME_CONNECTORS

__all__ = [
    "fold",
    "initials",
    "is_spelling_variant",
    "name_key",
    "names_variant",
    "translit_key",
    "variant_candidates",
]

LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
POSSESSIVE = re.compile(r"\s*(?:['’ʼ]s|['’ʼ])$")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without diacritics or typographic apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("’", "'")


def name_key(name: str) -> str:
    """The comparison key of a name: folded words joined by single spaces ("The SBU's" → "sbu")."""
    cleaned = POSSESSIVE.sub("", LEADING_THE.sub("", name.strip()))
    return " ".join(_TOKEN.findall(fold(cleaned)))


def translit_key(token: str) -> str:
    """A loose key for transliteration variants: Zelenskyy/Zelensky, Zhang/Chang, Guanzhun/Guanjun."""
    t = token
    for a, b in (
        ("zh", "j"),
        ("ch", "j"),
        ("kh", "h"),
        ("yy", "y"),
        ("iy", "y"),
        ("yi", "y"),
        ("ij", "y"),
        ("ie", "y"),
    ):
        t = t.replace(a, b)
    t = re.sub(r"(.)\1+", r"\1", t)  # doubled letters
    t = re.sub(r"[iy]$", "y", t)
    return t


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _words_variant(a: str, b: str, anchored: bool = False) -> bool:
    """Two name words that are spellings of one word (not merely similar short words).

    ``anchored``: the rest of the name is identical ("Wang Guangjun" / "Wang Guanzhun"), which allows a
    looser match: two edits of the transliteration key in long words, a vowel added in five-letter ones
    ("Renbo" / "Renbao").
    """
    if a == b:
        return True
    ta, tb = translit_key(a), translit_key(b)
    if ta == tb and min(len(a), len(b)) >= 4:
        return True
    if a.startswith(b) or b.startswith(a):
        return False  # "Russia" / "Russian": a derived word, not a spelling
    if min(len(a), len(b)) >= 6 and _edit_distance_at_most_one(a, b):
        return True
    if anchored and min(len(ta), len(tb)) >= 7 and _edit_distance(ta, tb, 2) <= 2:
        return True
    if anchored and min(len(a), len(b)) >= 5 and _edit_distance(a, b, 1) == 1:
        consonants_a = re.sub(r"[aeiouy]", "", a)
        return consonants_a == re.sub(r"[aeiouy]", "", b)
    return False


def is_spelling_variant(a: str, b: str) -> bool:
    """Whether two names are spellings of one name ("Wang Guangjun" / "Wang Guanzhun", "Zelensky" /
    "Zelenskyy"), not merely the same name in other case, diacritics or punctuation."""
    ka, kb = name_key(a), name_key(b)
    return ka != kb and names_variant(ka, kb)


def names_variant(a: str, b: str) -> bool:
    """Whether two name keys are spelling variants of one name: same number of words, each a variant,
    and (for multi-word names) at least one word identical."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or a == b:
        return a == b
    anchored = (
        len(ta) > 1
        and sum(x == y or translit_key(x) == translit_key(y) for x, y in zip(ta, tb, strict=True))
        == len(ta) - 1
    )
    if not all(_words_variant(x, y, anchored) for x, y in zip(ta, tb, strict=True)):
        return False
    return len(ta) == 1 or any(
        x == y or translit_key(x) == translit_key(y) for x, y in zip(ta, tb, strict=True)
    )


def initials(key: str) -> str:
    """The initials of a name key, connectors left out ("security service of ukraine" → "ssu")."""
    return "".join(w[0] for w in key.split() if w not in NAME_CONNECTORS)


def variant_candidates(keys: Iterable[str]) -> set[tuple[str, str]]:
    """Pairs of keys that may be spelling variants: multi-word keys sharing a word, single words sharing a
    transliteration key or a one-deletion neighbour (so the comparison is not quadratic in the names)."""
    buckets: dict[tuple[int, str], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) > 1:
            for word in set(words):
                buckets[(len(words), word)].append(key)
                buckets[(len(words), "t:" + translit_key(word))].append(key)
            continue
        word = words[0]
        buckets[(1, "t:" + translit_key(word))].append(key)
        if len(word) >= 6:
            for i in range(len(word) + 1):
                buckets[(1, "d:" + word[:i] + word[i + 1 :])].append(key)
    pairs: set[tuple[str, str]] = set()
    for bucket in buckets.values():
        if len(bucket) > 1:
            ordered = sorted(set(bucket))
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    pairs.add((a, b))
    return pairs
