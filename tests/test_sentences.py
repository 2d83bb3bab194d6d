"""Sentence splitting: offsets into the article text, honorifics kept with their name, blocks respected."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chronicle.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, [(0, len(text))])]


def test_splits_sentences_and_keeps_offsets() -> None:
    text = "Ukraine announced the capture on April 8.  The SBU questioned them on April 9. It was the first."
    assert _split(text) == [
        "Ukraine announced the capture on April 8.",
        "The SBU questioned them on April 9.",
        "It was the first.",
    ]


def test_an_honorific_stays_with_the_name_it_precedes() -> None:
    assert _split("Sen. John Kerry spoke. Rep. Ed Markey agreed. Dr. Smith left.") == [
        "Sen. John Kerry spoke.",
        "Rep. Ed Markey agreed.",
        "Dr. Smith left.",
    ]


def test_ptb_tokenised_text_is_ordinary_text() -> None:
    text = "BP said the well -LRB- Macondo -RRB- was sealed . `` It is dead , '' Allen said ."
    assert len(_split(text)) == 2


def test_only_the_given_blocks_are_split() -> None:
    text = "Furniture line here.\nThe body sentence one. Body two.\nMore furniture."
    start = text.index("The body")
    end = text.index("\nMore")
    assert [text[s:e] for s, e in split_sentences(text, [(start, end)])] == [
        "The body sentence one.",
        "Body two.",
    ]


def test_unicode_offsets_are_character_offsets() -> None:
    text = "Zoë met Chang Renbo — in Rostov. Він сказав «так». Next one here."
    for s, e in split_sentences(text, [(0, len(text))]):
        assert text[s:e].strip() == text[s:e]
    assert _split(text)[-1] == "Next one here."


@given(st.text(max_size=400))
def test_spans_are_ordered_inside_the_text_and_stripped(text: str) -> None:
    spans = split_sentences(text, [(0, len(text))])
    previous = 0
    for s, e in spans:
        assert previous <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        previous = e
