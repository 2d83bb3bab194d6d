"""Sentence splitting inside the blocks the cleaner kept.

blingfire's finite-state splitter (about 260,000 sentences/s, see ../shared/STACK.md) does the splitting; on
top of it one repair: a fragment that is only a title abbreviation ("Rep.", "Dr.") is joined to the sentence
that follows, which blingfire occasionally splits off. Offsets are character offsets into the article text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Honorifics and ranks that precede a name; a sentence "ending" in one of them is not a sentence end.
_TITLE_ABBREVIATION = re.compile(
    r"(?:^|(?<=\s))(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Maj|St|Rev|Hon|Pres|Supt|Insp)\.\s*$"
)
_LONGEST_TITLE = 5  # "Cmdr." and the like: the abbreviation pattern never spans more than this and spaces
# Texts longer than this are split in chunks at line breaks so one call never sees a huge input.
_MAX_CHUNK = 100_000


def split_sentences(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans (start, end) inside each of ``spans`` of ``text``, in order, stripped of whitespace."""
    result: list[tuple[int, int]] = []
    for block_start, block_end in spans:
        for chunk_start, chunk_end in _chunks(text, block_start, block_end):
            result.extend(_split_chunk(text, chunk_start, chunk_end))
    return result


def _chunks(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    while end - start > _MAX_CHUNK:
        cut = text.rfind("\n", start, start + _MAX_CHUNK)
        if cut <= start:
            cut = text.rfind(" ", start, start + _MAX_CHUNK)
        if cut <= start:
            cut = start + _MAX_CHUNK
        yield start, cut
        start = cut
    yield start, end


def _split_chunk(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    if not chunk.strip():
        return []
    merged: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    for s, e in _sentence_offsets(chunk):
        if pending is not None:
            s = pending[0]
            pending = None
        if _ends_in_title(chunk, s, e):
            pending = (s, e)
            continue
        merged.append(_strip(text, start + s, start + e))
    if pending is not None:
        merged.append(_strip(text, start + pending[0], start + pending[1]))
    return [(s, e) for s, e in merged if e > s]


def _ends_in_title(chunk: str, start: int, end: int) -> bool:
    """The fragment ``chunk[start:end]`` ends in a title abbreviation. Only its tail is searched: a run of
    fragments joined one after the other ("Dr. Dr. Dr. ...") would otherwise be searched whole each time."""
    tail = end
    while tail > start and chunk[tail - 1].isspace():
        tail -= 1
    return _TITLE_ABBREVIATION.search(chunk, max(start, tail - _LONGEST_TITLE - 1), end) is not None


def _sentence_offsets(chunk: str) -> list[tuple[int, int]]:
    """Sentence offsets in ``chunk``.

    blingfire's own offset function maps bytes to characters in Python (slow: ~1 µs a character), so the
    fast splitter's sentences are located in the chunk instead; it only turns the whitespace between
    sentences into line breaks, so each sentence is found verbatim. The slow path is the fallback.
    """
    import blingfire  # loads a native library: not paid by commands that never split text (a store rebuild)

    offsets: list[tuple[int, int]] = []
    position = 0
    for sentence in blingfire.text_to_sentences(chunk).split("\n"):
        if not sentence:
            continue
        found = chunk.find(sentence, position)
        if found < 0:
            _, slow = blingfire.text_to_sentences_and_offsets(chunk)
            return [(s, e) for s, e in slow]
        offsets.extend(_ptb_splits(chunk, found, found + len(sentence)))
        position = found + len(sentence)
    return offsets


# PTB-tokenised text (Timeline17) detaches the full stop: "sealed . `` It is" is two sentences, which
# blingfire misses when an opening quote follows.
_PTB_BOUNDARY = re.compile(r"(?<=\s[.!?])\s+(?=``\s)")


def _ptb_splits(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for match in _PTB_BOUNDARY.finditer(chunk, start, end):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, end))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
