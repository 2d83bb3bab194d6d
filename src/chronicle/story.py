"""Find the story: how much each sentence belongs to the collection's dominant story (or to a query).

Sentences are TF-IDF vectors (:mod:`chronicle.vectors`: sublinear term frequency, English stopwords
removed). The story is a centroid: with a query, the query's vector expanded by the sentences that match it
best (pseudo relevance feedback, so "Chinese prisoners of war" also finds "POW" and "captured"); without one,
the centroid of the articles that agree with the collection's mean (an article far from every other one is
off-story).
A sentence's relevance is its cosine with the centroid, scaled to [0, 1] by the best sentence's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

from chronicle.model import Document
from chronicle.vectors import TermWeights, english_stopwords, fit_transform, normalise_rows

# How many of the best-matching sentences expand a query.
_FEEDBACK_SENTENCES = 20
# An article whose similarity to the collection centroid is below this fraction of the median is off-story.
_OFF_STORY_FRACTION = 0.35


@dataclass(frozen=True)
class StoryIndex:
    """Sentence vectors of a collection and each sentence's relevance to the story.

    ``refs[i]`` is (document position, sentence index) of row ``i`` of ``vectors``.
    """

    refs: tuple[tuple[int, int], ...]
    vectors: sparse.csr_matrix
    relevance: NDArray[np.float64]
    centroid: NDArray[np.float64]
    weights: TermWeights

    def row(self, doc: int, sentence: int) -> int:
        return self._rows[(doc, sentence)]

    @property
    def _rows(self) -> dict[tuple[int, int], int]:
        cached: dict[tuple[int, int], int] | None = self.__dict__.get("_row_cache")
        if cached is None:
            cached = {ref: i for i, ref in enumerate(self.refs)}
            object.__setattr__(self, "_row_cache", cached)
        return cached

    def similarity(self, rows: Sequence[int]) -> NDArray[np.float64]:
        """Pairwise cosine similarity of the given rows."""
        return self.cosines(rows, rows)

    def cosines(self, rows: Sequence[int], others: Sequence[int]) -> NDArray[np.float64]:
        """Cosine similarity of each of ``rows`` (lines) with each of ``others`` (columns)."""
        block = self.vectors[list(rows)]
        return np.asarray((block @ self.vectors[list(others)].T).toarray(), dtype=np.float64)

    def closeness(self, rows: Sequence[int], group: Sequence[int]) -> NDArray[np.float64]:
        """Cosine of each of ``rows`` with the centroid (normalised sum) of the rows in ``group``; zeros
        when the group has no term."""
        centroid = np.asarray(self.vectors[list(group)].sum(axis=0), dtype=np.float64).ravel()
        norm = float(np.linalg.norm(centroid))
        if norm == 0.0:
            return np.zeros(len(rows))
        return np.asarray(self.vectors[list(rows)] @ (centroid / norm), dtype=np.float64).ravel()


def build_story(documents: Sequence[Document], query: str | None = None) -> StoryIndex:
    """Vectorise every sentence of ``documents`` and score its relevance to the story."""
    refs: list[tuple[int, int]] = []
    texts: list[str] = []
    for d, document in enumerate(documents):
        for sentence in document.sentences:
            refs.append((d, sentence.index))
            texts.append(sentence.text)
    weights, vectors = fit_transform(texts, english_stopwords())
    if weights.size == 0:  # no text, or only stopwords: nothing to vectorise
        empty = sparse.csr_matrix((len(texts), 1))
        return StoryIndex(tuple(refs), empty, np.zeros(len(texts)), np.zeros(1), weights)
    doc_of_row = np.fromiter((d for d, _ in refs), dtype=np.int64, count=len(refs))
    if query and query.strip():
        centroid = _query_centroid(weights, vectors, query)
    else:
        centroid = _dominant_centroid(vectors, doc_of_row, len(documents))
    scores = np.asarray(vectors @ centroid, dtype=np.float64).ravel()
    top = float(scores.max()) if scores.size else 0.0
    relevance = scores / top if top > 0 else scores
    return StoryIndex(tuple(refs), vectors, relevance, centroid, weights)


def _normalise(vector: NDArray[np.float64]) -> NDArray[np.float64]:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _query_centroid(weights: TermWeights, vectors: sparse.csr_matrix, query: str) -> NDArray[np.float64]:
    q = np.asarray(weights.transform([query]).toarray(), dtype=np.float64).ravel()
    if not q.any():
        return _normalise(np.asarray(vectors.mean(axis=0), dtype=np.float64).ravel())
    scores = np.asarray(vectors @ q, dtype=np.float64).ravel()
    best = np.argsort(-scores)[:_FEEDBACK_SENTENCES]
    best = best[scores[best] > 0]
    feedback = np.asarray(vectors[best].mean(axis=0), dtype=np.float64).ravel() if best.size else q
    return _normalise(_normalise(q) + _normalise(feedback))


def _dominant_centroid(
    vectors: sparse.csr_matrix, doc_of_row: NDArray[np.int64], n_documents: int
) -> NDArray[np.float64]:
    """Centroid of the articles close to the collection's mean: the dominant story."""
    if n_documents == 0:
        return np.zeros(vectors.shape[1])
    # one vector per document: the normalised sum of its sentence vectors
    membership = sparse.csr_matrix(
        (np.ones(len(doc_of_row)), (doc_of_row, np.arange(len(doc_of_row)))),
        shape=(n_documents, len(doc_of_row)),
    )
    doc_vectors = normalise_rows(membership @ vectors)
    present = np.asarray(doc_vectors.getnnz(axis=1) > 0)
    centroid = _normalise(np.asarray(doc_vectors.mean(axis=0), dtype=np.float64).ravel())
    similarity = np.asarray(doc_vectors @ centroid, dtype=np.float64).ravel()
    if int(present.sum()) >= 3:
        keep = present & (similarity >= _OFF_STORY_FRACTION * float(np.median(similarity[present])))
        if keep.any():
            centroid = _normalise(np.asarray(doc_vectors[keep].mean(axis=0), dtype=np.float64).ravel())
    return centroid
