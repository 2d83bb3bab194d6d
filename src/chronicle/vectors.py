"""Sentence vectors: TF-IDF with sublinear term frequency, English stopwords removed, rows L2-normalised.

The weighting is scikit-learn's ``TfidfVectorizer(sublinear_tf=True, stop_words="english")`` (smooth idf
``ln((1 + n) / (1 + df)) + 1``, term frequency ``1 + ln(tf)``), computed here with a handful of vectorised
steps instead of scikit-learn's per-token loop, and without importing scikit-learn: its import alone costs
about a second, a third of an incremental ``chronicle timeline --store`` rebuild. ``tests/test_vectors.py``
checks the matrices against scikit-learn's on real text.

The stopword list is scikit-learn's, read from the installed package (see :func:`english_stopwords`).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from types import ModuleType

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

_CHUNK = 4096  # texts tokenised at a time

# A token: two or more word characters (apostrophes and hyphens allowed inside), or a single letter.
TOKEN = re.compile(r"(?u)\b[^\W_][\w'-]*[^\W_]\b|\b[^\W\d_]\b")


def english_stopwords() -> frozenset[str]:
    """scikit-learn's English stopword list, read without importing scikit-learn.

    The list lives in a module of its own that imports nothing; it is executed from the installed
    package's file (about a millisecond: read it once per collection, not per text). Should a future
    scikit-learn move it, the public import is the fallback.
    """
    spec = importlib.util.find_spec("sklearn")
    origin = spec.origin if spec is not None else None
    if origin is not None:
        path = Path(origin).parent / "feature_extraction" / "_stop_words.py"
        module_spec = importlib.util.spec_from_file_location("_chronicle_sklearn_stop_words", path)
        if path.is_file() and module_spec is not None and module_spec.loader is not None:
            module = ModuleType(module_spec.name)
            module_spec.loader.exec_module(module)
            words = getattr(module, "ENGLISH_STOP_WORDS", None)
            if isinstance(words, frozenset) and words:
                return frozenset(str(w) for w in words)
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


@dataclass(frozen=True)
class TermWeights:
    """A fitted vocabulary (term → column, columns in alphabetical order) and each term's idf."""

    vocabulary: dict[str, int]
    idf: NDArray[np.float64]

    @property
    def size(self) -> int:
        return len(self.vocabulary)

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Vectorise ``texts`` with this vocabulary (unknown terms are dropped)."""
        rows = [TOKEN.findall(text.lower()) for text in texts]
        lookup = self.vocabulary.get
        columns = np.fromiter((lookup(t, -1) for t in chain.from_iterable(rows)), dtype=np.int64)
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        return _finish(_counts(lengths, columns, self.size), self.idf)


def fit_transform(texts: Sequence[str], stopwords: frozenset[str]) -> tuple[TermWeights, sparse.csr_matrix]:
    """Fit the vocabulary and idf on ``texts`` and return their vectors (one row per text).

    A collection with no term at all (empty, or only stopwords) has an empty vocabulary: zero columns.
    """
    # Tokens are numbered in order of first sight, a chunk of texts at a time: only one chunk's token
    # strings are alive at once (all of bpoil's would be ~60 MB). Then columns are put in alphabetical
    # order and stopwords dropped by column (-1), not token by token.
    first_seen: dict[str, int] = {}
    lengths: list[NDArray[np.int64]] = []
    ids: list[NDArray[np.int64]] = []
    for start in range(0, len(texts), _CHUNK):
        rows = [TOKEN.findall(text.lower()) for text in texts[start : start + _CHUNK]]
        for term in set(chain.from_iterable(rows)).difference(first_seen):
            first_seen[term] = len(first_seen)
        lengths.append(np.fromiter(map(len, rows), dtype=np.int64, count=len(rows)))
        ids.append(np.fromiter(map(first_seen.__getitem__, chain.from_iterable(rows)), dtype=np.int64))
    seen = sorted(first_seen)
    kept = np.fromiter((term not in stopwords for term in seen), dtype=bool, count=len(seen))
    column_of_sorted = np.where(kept, np.cumsum(kept) - 1, -1)
    column_of_first_seen = np.empty(len(seen), dtype=np.int64)
    column_of_first_seen[[first_seen[term] for term in seen]] = column_of_sorted
    terms = [term for term, keep in zip(seen, kept, strict=True) if keep]
    vocabulary = {term: i for i, term in enumerate(terms)}
    columns = column_of_first_seen[np.concatenate(ids)] if ids else np.zeros(0, dtype=np.int64)
    counts = _counts(np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64), columns, len(terms))
    df = np.bincount(counts.indices, minlength=len(terms)).astype(np.float64)
    idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
    return TermWeights(vocabulary, idf), _finish(counts, idf)


def normalise_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row scaled to unit L2 norm (all-zero rows stay zero)."""
    matrix = sparse.csr_matrix(matrix, dtype=np.float64, copy=True)
    squares = np.asarray(matrix.multiply(matrix).sum(axis=1), dtype=np.float64).ravel()
    norms = np.sqrt(squares)
    norms[norms == 0] = 1.0
    matrix.data /= np.repeat(norms, np.diff(matrix.indptr))
    return matrix


def _counts(lengths: NDArray[np.int64], columns: NDArray[np.int64], width: int) -> sparse.csr_matrix:
    """Term counts per row: row ``i`` has ``lengths[i]`` tokens, ``columns`` holds every token's column in
    order, -1 for a token not counted."""
    row_ids = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    counted = columns >= 0
    row_ids, columns = row_ids[counted], columns[counted]
    ones = np.ones(len(columns), dtype=np.float64)
    counts = sparse.csr_matrix((ones, (row_ids, columns)), shape=(len(lengths), width))
    counts.sum_duplicates()  # one stored value per (row, term): its count
    return counts


def _finish(counts: sparse.csr_matrix, idf: NDArray[np.float64]) -> sparse.csr_matrix:
    counts.data = np.log(counts.data) + 1.0  # sublinear term frequency
    counts.data *= idf[counts.indices]
    return normalise_rows(counts)
