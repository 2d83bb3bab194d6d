"""The story index: sentence relevance to the query or to the collection's dominant story."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from chronicle.annotate import annotate
from chronicle.errors import OptionsError
from chronicle.model import Article, Document, Origin
from chronicle.story import build_story
from chronicle.timeline import TimelineOptions


def _document(text: str, n: int) -> Document:
    article = Article(
        id=f"a{n}",
        published=dt.date(2010, 4, 20 + n),
        text=text,
        origins=(Origin(path="test.jsonl", outlet=f"outlet{n}"),),
    )
    return annotate(article)


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    texts = [
        "The oil rig exploded in the Gulf of Mexico. Oil is leaking from the well into the Gulf.",
        "Engineers tried to cap the leaking oil well in the Gulf. The oil spill reached the coast.",
        "BP said the leaking well in the Gulf of Mexico spills oil every day.",
        "The oil slick from the Gulf well reached the coast of Louisiana.",
        "The football team won the cup final on Saturday.",
    ]
    return [_document(text, n) for n, text in enumerate(texts)]


def test_every_sentence_has_a_row_and_relevance_in_unit_range(documents: list[Document]) -> None:
    story = build_story(documents)
    assert len(story.refs) == sum(len(d.sentences) for d in documents)
    for d, document in enumerate(documents):
        for sentence in document.sentences:
            assert story.refs[story.row(d, sentence.index)] == (d, sentence.index)
    assert float(story.relevance.max()) == pytest.approx(1.0)  # scaled by the best sentence's


def test_dominant_story_outranks_the_off_story_article(documents: list[Document]) -> None:
    story = build_story(documents)
    off = [story.row(4, s.index) for s in documents[4].sentences]
    on = [i for i in range(len(story.refs)) if i not in off]
    assert float(np.max(story.relevance[off])) < float(np.mean(story.relevance[on]))


def test_query_focuses_relevance(documents: list[Document]) -> None:
    story = build_story(documents, "football cup final")
    football = story.row(4, documents[4].sentences[0].index)
    assert story.relevance[football] == pytest.approx(1.0)


def test_similarity_is_cosine(documents: list[Document]) -> None:
    story = build_story(documents)
    similarity = story.similarity([0, 1, 2])
    assert np.allclose(np.diag(similarity), 1.0)
    assert np.allclose(similarity, similarity.T)


def test_cosines_match_the_pairwise_similarity_and_closeness_is_cosine_with_the_group_sum(
    documents: list[Document],
) -> None:
    story = build_story(documents)
    rows = [0, 1, 2, 3]
    assert np.allclose(story.cosines(rows[:2], rows), story.similarity(rows)[:2])
    group = [1, 2]
    centroid = np.asarray(story.vectors[group].sum(axis=0)).ravel()
    expected = np.asarray(story.vectors[rows] @ (centroid / np.linalg.norm(centroid))).ravel()
    assert np.allclose(story.closeness(rows, group), expected)
    football = story.row(4, documents[4].sentences[0].index)
    oil = story.row(0, documents[0].sentences[1].index)
    assert story.closeness([football], [oil])[0] == pytest.approx(0.0)  # no shared term


def test_empty_collection_has_no_rows() -> None:
    story = build_story([])
    assert story.refs == ()


def test_negative_centrality_power_is_refused() -> None:
    with pytest.raises(OptionsError):
        TimelineOptions(centrality_power=-1.0)
