"""Words, stems, demonyms (chronicle.ask.text)."""

from __future__ import annotations

import pytest

from chronicle.ask.text import Stemmer, same_place, words


@pytest.mark.parametrize(
    ("place", "demonym"),
    [
        ("Haiti", "Haitian"),
        ("China", "Chinese"),
        ("Mexico", "Mexican"),
        ("Russia", "Russian"),
        ("Egypt", "Egyptian"),
    ],
)
def test_a_place_and_its_demonym_are_the_same_place(place: str, demonym: str) -> None:
    assert same_place(place, demonym) and same_place(demonym, place)


def test_unrelated_or_lower_case_words_are_not() -> None:
    assert not same_place("Jackson", "Jacksonville")
    assert not same_place("haiti", "haitian")
    assert not same_place("Egypt", "Egypt")


def test_stems_join_irregular_forms_titles_and_synonyms() -> None:
    stem = Stemmer().stem
    assert stem("struck") == stem("strikes") == "strike"
    assert stem("died") == stem("dies")
    assert stem("Gen") == stem("general")
    stemmer = Stemmer()
    assert {"sank", "sunk"} <= stemmer.forms(stemmer.stem("sink"))
    assert stemmer.stem("died") in stemmer.synonyms(stemmer.stem("killed"))


def test_words_split_ptb_text_and_hyphens() -> None:
    found = [
        w
        for _, _, w in words("Dr Murray was bailed for $ 75,000 -LRB- # 48,000 -RRB- ; AK-74 , 7.0-magnitude")
    ]
    assert found == [
        "Dr",
        "Murray",
        "was",
        "bailed",
        "for",
        "75,000",
        "LRB",
        "48,000",
        "RRB",
        "AK",
        "74",
        "7.0",
        "magnitude",
    ]
