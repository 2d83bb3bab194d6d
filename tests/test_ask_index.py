"""Finding the sentences that speak to a question (chronicle.ask.index)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle import Pipeline, PipelineOptions
from chronicle.ask import parse_question
from chronicle.ask.index import SentenceIndex


@pytest.fixture(scope="module")
def index(seeds_dir: Path) -> SentenceIndex:
    return SentenceIndex(Pipeline(PipelineOptions(stages=())).run([seeds_dir]).documents)


def test_words_are_found_by_prefix_with_their_sentences(index: SentenceIndex) -> None:
    found = index.words_starting("captur")
    assert {"captured", "capture"} <= set(found)
    assert all(0 <= row < index.size for rows in found.values() for row in rows)


def test_a_name_left_to_a_pronoun_is_found_in_the_sentences_before(index: SentenceIndex) -> None:
    hits = index.search(parse_question("When was Chang Renbo captured?"))
    texts = [h.sentence.text for h in hits]
    pronoun = next(h for h in hits if h.sentence.text.startswith("He served in various parts"))
    assert texts.index(pronoun.sentence.text) < 5
    assert pronoun.matched == {"captur"}  # the name came from the sentences before it
    assert 0.5 < pronoun.coverage < 1.0


def test_best_sentences_first_and_keep_filters(index: SentenceIndex) -> None:
    question = parse_question("How many Chinese nationals are serving in Russia's armed forces?")
    hits = index.search(question, limit=3)
    assert "at least 163 Chinese nationals" in hits[0].sentence.text
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    dated = index.search(question, keep=lambda s: bool(s.timexes))
    assert dated and all(h.sentence.timexes for h in dated)


def test_no_matching_word_no_hit(index: SentenceIndex) -> None:
    assert index.search(parse_question("Who won the football match in Zanzibar?")) == []
