"""What every extractor returns, and small text helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronicle.model import TimeValue, ValueKind

__all__ = ["SP", "STOP", "Found", "content_words", "stem"]

SP = r"\s*"  # T17 text is tokenised ("Jackson , 50 ,"): tolerate spaces before punctuation


@dataclass(frozen=True)
class Found:
    """One claim found in a sentence, before it is given its citation and speaker.

    ``start``/``end`` are offsets of the value in the sentence text.
    """

    subject: str
    property: str
    value: str
    start: int
    end: int
    subject_id: str | None = None
    low: float | None = None
    high: float | None = None
    date: TimeValue | None = None
    kind: ValueKind = ValueKind.TEXT
    unit: str | None = None
    key: str = ""
    scope: tuple[str, ...] = ()
    refers_to: TimeValue | None = None


STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "into",
        "who",
        "that",
        "which",
        "are",
        "is",
        "were",
        "was",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "other",
        "reportedly",
        "currently",
        "now",
        "still",
        "also",
        "already",
        "allegedly",
        "apparently",
        "so",
        "far",
        "total",
        "all",
        "some",
        "s",
        "its",
        "their",
        "his",
        "her",
        "more",
        "about",
        "as",
        "many",
        "left",
        "leaving",
        "leave",
        "leaves",
        "another",
        "further",
        "additional",
        "least",
        "most",
        "than",
        "over",
        "around",
        "nearly",
        "almost",
        "up",
    ]
)


def stem(word: str) -> str:
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str, *, stemmed: bool = True) -> list[str]:
    """Lower-case content words of ``text``, possessives removed, stemmed unless told not to."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'s", ""))
    return [stem(w) if stemmed else w for w in words if w not in STOP]
