"""The document codec: exact round trips, compact output, clear errors on anything else."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle.annotate import annotate
from chronicle.codec import (
    DocumentReader,
    document_from_dict,
    document_to_dict,
    dumps_annotations,
    dumps_document,
    loads_document,
    time_value_from_str,
    time_value_to_str,
)
from chronicle.errors import StoreError
from chronicle.model import (
    Anchor,
    Article,
    Block,
    BlockKind,
    Document,
    Modifier,
    Origin,
    Sentence,
    TimeValue,
    Timex,
)
from chronicle.read import read_corpus

# -- strategies ---------------------------------------------------------------------------------------


@st.composite
def time_values(draw: st.DrawFn) -> TimeValue:
    day = draw(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
    kind = draw(st.sampled_from(["day", "month", "year", "week"]))
    modifier = draw(st.sampled_from(list(Modifier)))
    if kind == "week":
        return TimeValue.of_week(day) if day.year < 9999 else TimeValue(9999)
    if kind == "day":
        return TimeValue(day.year, day.month, day.day, modifier)
    if kind == "month":
        return TimeValue(day.year, day.month, modifier=modifier)
    return TimeValue(day.year, modifier=modifier)


texts = st.text(st.characters(codec=None), max_size=60)  # any code point, lone surrogates included


@st.composite
def spans(draw: st.DrawFn, length: int) -> tuple[int, int]:
    start = draw(st.integers(0, length))
    return start, draw(st.integers(start, length))


@st.composite
def timexes(draw: st.DrawFn, text: str) -> Timex:
    start, end = draw(spans(len(text)))
    return Timex(
        start=start,
        end=end,
        text=draw(
            st.one_of(st.just(text[start:end]), texts)
        ),  # usually the slice; the codec copes either way
        value=draw(time_values()),
        anchor=draw(st.sampled_from(list(Anchor))),
        anchor_value=draw(st.none() | time_values()),
        future=draw(st.booleans()),
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(texts)
    origins = draw(
        st.lists(
            st.builds(
                Origin,
                path=texts,
                outlet=texts,
                line=st.none() | st.integers(1, 10**6),
                url=st.none() | texts,
            ),
            min_size=0,
            max_size=3,
        )
    )
    article = Article(
        id=draw(st.text("0123456789abcdef", min_size=16, max_size=16)),
        published=draw(st.dates()),
        text=text,
        origins=tuple(origins),
        title=draw(st.none() | texts),
    )
    blocks = []
    for _ in range(draw(st.integers(0, 3))):
        start, end = draw(spans(len(text)))
        blocks.append(Block(start, end, draw(st.sampled_from(list(BlockKind))), draw(texts)))
    sentences = []
    for index in range(draw(st.integers(0, 4))):
        start, end = draw(spans(len(text)))
        found = tuple(draw(timexes(text)) for _ in range(draw(st.integers(0, 2))))
        sentence_text = draw(st.one_of(st.just(text[start:end]), texts))
        sentences.append(Sentence(draw(st.integers(0, 50)) if index else 0, start, end, sentence_text, found))
    return Document(article=article, blocks=tuple(blocks), sentences=tuple(sentences))


# -- round trips --------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(documents())
def test_any_document_round_trips_exactly(document: Document) -> None:
    assert document_from_dict(document_to_dict(document)) == document
    text = dumps_document(document)
    assert text.isascii()
    assert loads_document(text) == document
    assert loads_document(text.encode("ascii")) == document


@settings(max_examples=300, deadline=None)
@given(documents())
def test_any_document_round_trips_through_its_annotations(document: Document) -> None:
    """The store's form: the annotations alone, put back on the article the reader already has."""
    text = dumps_annotations(document)
    assert text.isascii()
    assert DocumentReader().annotated(document.article, text) == document
    assert DocumentReader().annotated(document.article, text.encode("ascii")) == document


def test_annotations_leave_the_article_text_out(seeds_dir: Path) -> None:
    corpus = read_corpus([seeds_dir])
    for article in corpus.articles[:5]:
        document = annotate(article)
        text = dumps_annotations(document)
        assert DocumentReader().annotated(article, text) == document
        longest = max(document.sentences, key=lambda s: len(s.text))
        assert json.dumps(longest.text)[1:-1] not in text


@given(time_values())
def test_time_values_round_trip(value: TimeValue) -> None:
    assert time_value_from_str(time_value_to_str(value)) == value


def test_time_value_form() -> None:
    assert time_value_to_str(TimeValue(2025, 2, modifier=Modifier.START)) == "2025-02|start"
    assert time_value_to_str(TimeValue(2025, week=15)) == "2025-W15"
    assert time_value_to_str(TimeValue(2024, 12, 24)) == "2024-12-24"


def test_real_documents_round_trip_and_text_is_stored_once(seeds_dir: Path) -> None:
    corpus = read_corpus([seeds_dir])
    for article in corpus.articles:
        document = annotate(article)
        assert document.sentences and any(s.timexes for s in document.sentences)
        data = document_to_dict(document)
        assert document_from_dict(json.loads(json.dumps(data))) == document
        # sentence and timex texts are slices of the article: not repeated in the record
        assert all("text" not in s for s in data["sentences"])
        assert all("text" not in t for s in data["sentences"] for t in s.get("timexes", ()))
        longest = max(document.sentences, key=lambda s: len(s.text))
        assert dumps_document(document).count(json.dumps(longest.text)[1:-1]) == 1


def test_text_that_is_not_the_slice_is_kept() -> None:
    article = Article("0" * 16, dt.date(2025, 4, 8), "On April 8 it rained.", (Origin("a.txt", "a"),))
    value = TimeValue(2025, 4, 8)
    timex = Timex(3, 10, "APRIL 8", value, Anchor.PUBLICATION, value)
    document = Document(article, (), (Sentence(0, 0, 21, "normalised", (timex,)),))
    data = document_to_dict(document)
    assert data["sentences"][0]["text"] == "normalised"
    assert data["sentences"][0]["timexes"][0]["text"] == "APRIL 8"
    assert document_from_dict(data) == document


# -- errors -------------------------------------------------------------------------------------------


def _sample() -> Document:
    article = Article("1" * 16, dt.date(2025, 4, 8), "Text.", (Origin("a.txt", "a"),))
    return Document(article, (Block(0, 5, BlockKind.BODY),), (Sentence(0, 0, 5, "Text."),))


def test_wrong_schema_is_a_store_error() -> None:
    data = document_to_dict(_sample())
    with pytest.raises(StoreError, match=r"chronicle\.document/1"):
        document_from_dict({**data, "schema": "chronicle.document/99"})
    with pytest.raises(StoreError):
        document_from_dict([])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["article"].pop("published"),
        lambda d: d["article"].update(published="2025-02-30"),
        lambda d: d["blocks"].append([0, 1, "not-a-kind", ""]),
        lambda d: d["sentences"].append({"index": 1, "start": 0}),
    ],
)
def test_malformed_record_is_a_store_error(damage: object) -> None:
    data = json.loads(json.dumps(document_to_dict(_sample())))
    damage(data)  # type: ignore[operator]
    with pytest.raises(StoreError, match="malformed"):
        document_from_dict(data)


def test_invalid_json_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="not valid JSON"):
        loads_document("{not json")
    with pytest.raises(StoreError):
        loads_document(b"\xff\xfe")


@pytest.mark.parametrize(
    "data",
    [
        "{not json",
        b"\xff\xfe",
        "[]",
        '{"schema": "chronicle.annotations/99", "blocks": [], "sentences": []}',
        '{"schema": "chronicle.annotations/1", "blocks": [[0, 1, "not-a-kind", ""]], "sentences": []}',
        '{"schema": "chronicle.annotations/1", "blocks": [[0, 1]], "sentences": []}',
        '{"schema": "chronicle.annotations/1", "blocks": [], "sentences": [[0, 0, 5, [[0, 4]]]]}',
        '{"schema": "chronicle.annotations/1", "blocks": []}',
    ],
)
def test_malformed_annotations_are_a_store_error(data: str | bytes) -> None:
    with pytest.raises(StoreError):
        DocumentReader().annotated(_sample().article, data)


def test_origins_are_optional_fields_only_when_set() -> None:
    document = replace(_sample(), article=replace(_sample().article, origins=(Origin("p", "o", 3, "u"),)))
    data = document_to_dict(document)
    assert data["article"]["origins"] == [{"path": "p", "outlet": "o", "line": 3, "url": "u"}]
    assert document_to_dict(_sample())["article"]["origins"] == [{"path": "a.txt", "outlet": "a"}]
