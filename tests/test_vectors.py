"""chronicle.vectors computes scikit-learn's TF-IDF: checked against scikit-learn itself on real text."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from chronicle.vectors import TOKEN, english_stopwords, fit_transform, normalise_rows


def _reference(texts: list[str]) -> TfidfVectorizer:
    return TfidfVectorizer(
        stop_words="english", sublinear_tf=True, token_pattern=TOKEN.pattern, dtype=np.float64
    ).fit(texts)


def _t17_sentences(t17_dir: Path, topic: str, limit: int) -> list[str]:
    sentences: list[str] = []
    with gzip.open(t17_dir / topic / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            sentences.extend(s for s in json.loads(line)["text"].split("\n"))
            if len(sentences) >= limit:
                break
    return sentences[:limit]


def _assert_same(texts: list[str], queries: list[str]) -> None:
    weights, vectors = fit_transform(texts, english_stopwords())
    reference = _reference(texts)
    assert weights.vocabulary == reference.vocabulary_
    np.testing.assert_allclose(weights.idf, reference.idf_, rtol=1e-12)
    assert abs(vectors - reference.transform(texts)).max() < 1e-12
    assert abs(weights.transform(queries) - reference.transform(queries)).max() < 1e-12


def test_the_stopwords_are_scikit_learns() -> None:
    assert english_stopwords() == ENGLISH_STOP_WORDS


def test_reading_the_stopwords_does_not_import_scikit_learn() -> None:
    code = "import sys, chronicle.vectors as v; v.english_stopwords(); print('sklearn' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_same_matrices_as_scikit_learn_on_t17(t17_dir: Path) -> None:
    texts = _t17_sentences(t17_dir, "haiti", 4000)
    _assert_same(texts, ["Haiti earthquake", "unseen-word only", "", "-LRB- CNN -RRB- --"])


def test_same_matrices_as_scikit_learn_on_the_seeds(seeds_dir: Path) -> None:
    texts = [line for p in sorted(seeds_dir.iterdir()) for line in p.read_text(encoding="utf-8").splitlines()]
    _assert_same(texts, ["Chinese prisoners of war", "Zhang Renbo's capture"])


_VOCABULARY = ["the", "oil", "Oil", "spill's", "well-head", "a", "I", "x1", "_b", "9"]
_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from(list("ab1_'- \n.Éé")), max_size=40),
    st.lists(st.sampled_from(_VOCABULARY), max_size=8).map(" ".join),
    st.text(max_size=10),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_TEXT, max_size=30))
def test_same_matrices_as_scikit_learn_on_generated_text(texts: list[str]) -> None:
    weights, vectors = fit_transform(texts, english_stopwords())
    assert vectors.shape == (len(texts), weights.size)
    if weights.size == 0:  # scikit-learn refuses an empty vocabulary; chronicle returns zero columns
        with pytest.raises(ValueError):
            _reference(texts)
        return
    _assert_same(texts, texts[:3])


def test_rows_are_unit_length_or_zero() -> None:
    _, vectors = fit_transform(["the", "spill spill oil", "", "oil well"], english_stopwords())
    norms = np.sqrt(np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel())
    np.testing.assert_allclose(norms, [0.0, 1.0, 0.0, 1.0])


def test_normalise_rows_keeps_zero_rows_and_does_not_modify_its_input() -> None:
    matrix = sparse.csr_matrix(np.array([[3.0, 4.0], [0.0, 0.0]]))
    result = normalise_rows(matrix)
    np.testing.assert_allclose(result.toarray(), [[0.6, 0.8], [0.0, 0.0]])
    np.testing.assert_allclose(matrix.toarray(), [[3.0, 4.0], [0.0, 0.0]])
