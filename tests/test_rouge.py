"""ROUGE-1.5.5 tokenisation, stemming and counting."""

from __future__ import annotations

from collections import Counter

import pytest

from chronicle.rouge import (
    RougeAnalyzer,
    RougeCounts,
    RougeData,
    ngrams,
    porter_stem,
    rouge_counts,
    rouge_n,
)


@pytest.fixture(scope="module")
def analyzer() -> RougeAnalyzer:
    return RougeAnalyzer.standard()


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("caresses", "caress"),
        ("ponies", "poni"),
        ("running", "run"),
        ("hopping", "hop"),
        ("filing", "file"),
        ("agreed", "agre"),
        ("feed", "feed"),
        ("happy", "happi"),
        ("sky", "sky"),
        ("relational", "relat"),
        ("generalization", "gener"),
        ("hopeful", "hope"),
        ("controll", "control"),
        ("yelling", "yell"),
        # ROUGE's step 4 tries -ment and -ent after the other suffixes: both forms meet at "environ"
        ("environmental", "environ"),
        ("environment", "environ"),
        ("accidental", "accid"),
    ],
)
def test_porter_stem_follows_rouge_perl_variant(word: str, stem: str) -> None:
    assert porter_stem(word) == stem


def test_data_loads_rouge_lists() -> None:
    data = RougeData.load()
    assert {"the", "of", "third"} <= data.stopwords
    assert "first" not in data.stopwords  # the SMART list really lacks it
    assert data.exceptions["children"] == "child"
    assert len(data.stopwords) > 500


def test_tokens_lowercase_split_stopwords_stem_and_exceptions(analyzer: RougeAnalyzer) -> None:
    tokens = analyzer.tokens(
        ["The children's U.S.-led Offensive, on 2,500 <b>hidden</b>", "Went TO   schools"]
    )
    # "children" -> WordNet base form; "u", "s", "the", "on", "to", "went" are stopwords; text after "<" is
    # dropped (ROUGE's reader stops there); "2,500" splits; "-" is not a token
    assert tokens == ("child", "led", "offens", "2", "500", "school")


def test_three_character_tokens_are_kept_as_is() -> None:
    plain = RougeAnalyzer(RougeData.empty())
    assert plain.tokens(["ies ran cats"]) == ("ies", "ran", "cat")


def test_options_turn_off_stemming_and_stopwords() -> None:
    raw = RougeAnalyzer(RougeData.load(), stem=False, remove_stopwords=False)
    assert raw.tokens(["The cats"]) == ("the", "cats")


def test_ngrams_cross_sentence_boundaries(analyzer: RougeAnalyzer) -> None:
    grams = ngrams(analyzer.tokens(["Police fire", "tear gas"]), 2)
    assert grams[("fire", "tear")] == 1
    with pytest.raises(ValueError):
        ngrams(("a",), 0)


def test_counts_average_over_models() -> None:
    peer = Counter({("a",): 2, ("b",): 1})
    models = [Counter({("a",): 1}), Counter({("a",): 3, ("b",): 1}), Counter()]
    counts = rouge_counts(peer, models)
    # hits clipped per model and summed; the peer is counted once per model, the empty one included
    assert counts == RougeCounts(hits=1 + 3, peer=3 * 3, model=1 + 4)
    assert counts.precision == pytest.approx(4 / 9)
    assert counts.recall == pytest.approx(4 / 5)
    assert counts.f1 == pytest.approx(2 * (4 / 9) * (4 / 5) / (4 / 9 + 4 / 5))


def test_empty_counts_score_zero() -> None:
    counts = rouge_counts(Counter(), [Counter()])
    assert (counts.precision, counts.recall, counts.f1) == (0.0, 0.0, 0.0)


def test_rouge_n_identical_summaries(analyzer: RougeAnalyzer) -> None:
    text = ["Protesters battle police in Cairo , Suez and Alexandria ."]
    for n in (1, 2):
        counts = rouge_n(analyzer, text, [text], n)
        assert counts.precision == counts.recall == 1.0
