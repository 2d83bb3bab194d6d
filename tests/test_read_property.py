"""Property: no file content, however hostile, makes reading raise; every file is accounted for."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicle.model import InputStatus
from chronicle.read import article_id, iter_inputs, read_corpus

NAMES = ["page.txt", "feed.jsonl", "doc.json", "page.html", "archive.gz", "noext", "x.csv"]

# bytes that steer the sniffers into each format, followed by arbitrary bytes
PREFIXES = [
    b"",
    b" date 2024-05-06 ",
    b" date ",
    b"{",
    b'{"published": "2024-05-06", "text": "',
    b"<html>",
    b"\x1f\x8b",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"[",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(NAMES),
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=600),
    compress=st.booleans(),
)
def test_arbitrary_bytes_never_raise(name: str, prefix: bytes, body: bytes, compress: bool) -> None:
    content = prefix + body
    if compress:
        content = gzip.compress(content)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(content)
        results = list(iter_inputs([path]))
        corpus = read_corpus([folder])
    assert results, "every file yields at least one record"
    for record, article in results:
        assert record.path == str(path)
        if record.status is InputStatus.SKIPPED:
            assert article is None
            assert record.reason and "\n" not in record.reason
        else:
            assert article is not None and article.text.strip()
            assert record.article_id == article.id == article_id(article.text)
    assert len(corpus.inputs) == len(results)


@given(st.text(max_size=300))
def test_article_id_matches_split_join_normalisation(text: str) -> None:
    assert article_id(text) == article_id(" ".join(text.split()))
    assert article_id(text) == article_id("  \n" + text + "\t ")
