"""The claims' shortcuts give the answers of the plain computations they stand for.

``might_claim`` searches the lower-cased sentence with a case-sensitive pattern, and ``measure_claims``
its cues the same way (re.IGNORECASE is slow): on the seeds, a T17 topic and hand-made cases in odd
capitals, each must accept exactly the sentences the case-insensitive pattern accepts. The conflicts stage
reads each claim's years and status once for all its pairs (``comparable.Readings``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronicle.claims import MAX_SENTENCE_CHARS, extract_claims, might_claim
from chronicle.claims import measures as measures_module
from chronicle.claims.comparable import Readings, comparable_pair
from chronicle.entities import RuleRecognizer, extract_entities
from chronicle.model import Document, Sentence
from chronicle.numbers import NUMBER_WORDS
from chronicle.pipeline import Pipeline, PipelineOptions

# might_claim's definition, as one case-insensitive pattern
_CANDIDATE = re.compile(
    r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r"|dozen|hundred|thousand|million|born|worked|works|province|"
    r"minister|secretary|ambassador|president|respectively)\b",
    re.IGNORECASE,
)

_ODD_CASES = [
    "FIVE people were hurt.",
    "Twenty Chinese citizens were captured.",
    "The Foreign MINISTER spoke.",
    "He was BORN in Hubei.",
    "No figure here at all.",
    "Fivefold growth, ministers and bornholm.",
    "A MAGNITUDE 7.0 quake; the RICHTER scale; an m7 shock.",
    "It cost RS 500, or 20 Dollars, or five EUROS.",
    "At 0940 gmt, 10 A.M., 1:38 PM, the 81st Airmobile Brigade.",
    "Thirty SECONDS AFTER take-off, on the fourth BALLOT, in the DONETSK REGION, 5,000 BARRELS a day.",
    "A 30-STOREY block, 10 KM north of Leogane, 12 Miles away.",
]


@pytest.fixture(scope="module")
def documents(seeds_dir: Path, t17_dir: Path) -> tuple[Document, ...]:
    return Pipeline(PipelineOptions(stages=())).run([seeds_dir, t17_dir / "MJ"]).documents


@pytest.fixture(scope="module")
def sentences(documents: tuple[Document, ...]) -> list[Sentence]:
    real = [s for d in documents for s in d.sentences]
    made = [Sentence(0, 0, len(text), text, ()) for text in _ODD_CASES]
    return real + made


def test_might_claim_accepts_what_the_case_insensitive_pattern_accepts(sentences: list[Sentence]) -> None:
    expected = [
        len(s.text) <= MAX_SENTENCE_CHARS and (bool(s.timexes) or bool(_CANDIDATE.search(s.text)))
        for s in sentences
    ]
    assert [might_claim(s) for s in sentences] == expected
    assert 0 < sum(expected) < len(expected)  # both answers occur


def test_measure_cues_on_the_lower_cased_sentence_find_what_the_cues_find(sentences: list[Sentence]) -> None:
    assert len(measures_module._FAST_CUES) == len(measures_module._CUES)
    fired = 0
    for (extractor, cue), (fast_extractor, fast, on_lower) in zip(
        measures_module._CUES, measures_module._FAST_CUES, strict=True
    ):
        assert fast_extractor is extractor
        assert on_lower == bool(cue.flags & re.IGNORECASE)  # every case-insensitive cue is lowered
        for s in sentences:
            text = s.text.lower() if on_lower else s.text
            found = cue.search(s.text) is not None
            assert (fast.search(text) is not None) == found, (extractor.__name__, s.text)
            fired += found
    assert fired > len(_ODD_CASES)


def test_a_cue_with_a_capital_escape_is_not_lowered() -> None:
    cue = re.compile(r"\bM\d\S", re.IGNORECASE)
    assert measures_module._on_lower_case(cue) == (cue, False)
    cased = re.compile(r"dollars|(?-i:Rs)\b", re.IGNORECASE)
    assert measures_module._on_lower_case(cased) == (cased, False)
    plain = re.compile(r"\d(?:st|nd)\s+[A-Z]")
    assert measures_module._on_lower_case(plain) == (plain, False)


def test_readings_shared_by_a_grouping_give_the_answers_of_fresh_ones(
    documents: tuple[Document, ...],
) -> None:
    claims = extract_claims(documents, extract_entities(documents, RuleRecognizer()))
    pairs = [(a, b) for i, a in enumerate(claims) for b in claims[i + 1 :] if a.key == b.key]
    shared = Readings()
    answers = [comparable_pair(a, b, shared) for a, b in pairs]
    assert answers == [comparable_pair(a, b) for a, b in pairs]
    assert len(pairs) > 100 and True in answers and False in answers
    claim = pairs[0][0]
    assert shared.years(claim) is shared.years(claim)  # read once
