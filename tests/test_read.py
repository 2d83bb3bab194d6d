"""chronicle.read on real inputs (the seeds, T17 topics) and on each supported format."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from chronicle.errors import InputError
from chronicle.model import InputStatus
from chronicle.read import article_id, iter_inputs, read_corpus


def _jsonl(rows: Sequence[Mapping[str, object]]) -> bytes:
    return "".join(json.dumps(row) + "\n" for row in rows).encode("utf-8")


# --- article_id ----------------------------------------------------------------------------------------


def test_article_id_ignores_whitespace_differences() -> None:
    assert article_id("A  storm\n\thit   the coast. ") == article_id("A storm hit the coast.")
    assert article_id("A storm hit the coast.") != article_id("A storm hit the coast!")
    assert len(article_id("x")) == 16
    assert all(c in "0123456789abcdef" for c in article_id("x"))


def test_article_id_is_chunk_boundary_safe() -> None:
    # whitespace runs and words straddling the 1 MiB hashing chunks hash as the joined text does
    word = "abcdefg "
    text = word * ((1 << 20) // len(word) + 7) + "   \n  tail"
    assert article_id(text) == article_id(" ".join(text.split()))
    spaced = "x" * ((1 << 20) - 1) + "     " + "y" * 10
    assert article_id(spaced) == article_id(" ".join(spaced.split()))


# --- seeds ---------------------------------------------------------------------------------------------


def test_reads_the_seed_pages(seeds_dir: Path) -> None:
    corpus = read_corpus([seeds_dir])
    assert [a.published for a in corpus.articles] == [dt.date(2025, 4, 10), dt.date(2025, 4, 14)]
    first, second = corpus.articles
    assert first.text.startswith("The Power Within: The Kyiv Independent")
    assert "Chinese POW says he doesn’t want to return to Russia" in first.text
    assert second.text.startswith("The captured Chinese confirmed")
    assert first.outlet == "000_4f267a05069e3c85"
    assert first.title is None
    assert [r.status for r in corpus.inputs] == [InputStatus.READ, InputStatus.READ]
    assert all(r.article_id == a.id for r, a in zip(corpus.inputs, corpus.articles, strict=True))
    assert first.id == article_id(first.text)
    # only the date marker and surrounding whitespace are stripped
    raw = (seeds_dir / "000_4f267a05069e3c85.txt").read_text(encoding="utf-8")
    assert raw.strip().endswith(first.text[-40:])
    assert raw.strip().removeprefix("date 2025-04-10").strip() == first.text


def test_a_copied_seed_becomes_one_article_with_two_origins(seeds_dir: Path, tmp_path: Path) -> None:
    seed = seeds_dir / "000_4f267a05069e3c85.txt"
    shutil.copy(seed, tmp_path / "a_copy.txt")
    shutil.copy(seed, tmp_path / "b_copy.txt")
    corpus = read_corpus([tmp_path])
    assert len(corpus.articles) == 1
    article = corpus.articles[0]
    assert [o.path for o in article.origins] == [str(tmp_path / "a_copy.txt"), str(tmp_path / "b_copy.txt")]
    assert article.outlets == ("a_copy", "b_copy")
    assert [r.status for r in corpus.inputs] == [InputStatus.READ, InputStatus.DUPLICATE]
    assert corpus.inputs[1].article_id == article.id


def test_progress_is_reported_per_input(seeds_dir: Path) -> None:
    seen: list[int] = []
    read_corpus([seeds_dir], on_progress=seen.append)
    assert seen == [1, 2]


# --- T17 -----------------------------------------------------------------------------------------------


def test_reads_a_t17_topic_and_accounts_for_every_line(t17_dir: Path) -> None:
    path = t17_dir / "bpoil" / "articles.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream]
    assert len(rows) == 1461
    empty = sum(1 for row in rows if not row["text"].strip())
    distinct = len({" ".join(row["text"].split()) for row in rows if row["text"].strip()})

    corpus = read_corpus([path])
    statuses = [r.status for r in corpus.inputs]
    assert len(corpus.inputs) == 1461  # one record per line, numbered 1..1461
    assert [r.line for r in corpus.inputs] == list(range(1, 1462))
    assert statuses.count(InputStatus.SKIPPED) == empty == 1
    assert [r.reason for r in corpus.skipped] == ["empty text"]
    assert len(corpus.articles) == distinct == statuses.count(InputStatus.READ)
    assert statuses.count(InputStatus.DUPLICATE) == 1461 - empty - distinct
    first = corpus.articles[0]
    assert first.published == dt.date.fromisoformat(rows[0]["published"])
    assert first.outlet == rows[0]["source"] == "bbc"
    assert first.origins[0].line == 1


def test_reading_a_topic_folder_lists_the_non_article_files(t17_dir: Path) -> None:
    corpus = read_corpus([t17_dir / "MJ"])
    assert len(corpus.articles) > 100
    skipped = {Path(r.path).name: r.reason for r in corpus.skipped if r.line is None}
    assert skipped["topic.json"] == "JSON document without 'text'"
    assert all(
        reason == "no ` date YYYY-MM-DD ` line at start"
        for name, reason in skipped.items()
        if name.endswith(".txt")
    )


# --- formats -------------------------------------------------------------------------------------------


def test_jsonl_fields_and_fallback_outlet(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        _jsonl(
            [
                {
                    "id": "x1",
                    "published": "2024-12-24",
                    "source": "Reuters",
                    "title": "Storm hits",
                    "url": "https://example.org/a",
                    "text": "A storm hit.",
                },
                {"id": "x2", "published": "2024-12-25T08:00:00Z", "text": "Cleanup began."},
            ]
        )
    )
    pairs = list(iter_inputs([path]))
    assert [r.status for r, _ in pairs] == [InputStatus.READ, InputStatus.READ]
    first, second = (a for _, a in pairs if a is not None)
    assert (first.outlet, first.title, first.url, first.origins[0].line) == (
        "Reuters",
        "Storm hits",
        "https://example.org/a",
        1,
    )
    assert second.outlet == "feed"  # no source: the file name
    assert second.published == dt.date(2024, 12, 25)


def test_plain_jsonl_and_gzip_detected_by_content_not_name(tmp_path: Path) -> None:
    rows = [{"published": "2024-01-02", "source": "s", "text": "Body one."}]
    (tmp_path / "mislabelled.txt").write_bytes(gzip.compress(_jsonl(rows)))
    (tmp_path / "plain.dat").write_bytes(_jsonl(rows))
    records = [r for r, _ in iter_inputs([tmp_path / "mislabelled.txt", tmp_path / "plain.dat"])]
    assert [r.status for r in records] == [InputStatus.READ, InputStatus.READ]
    assert [r.line for r in records] == [1, 1]


def test_html_page_through_trafilatura(tmp_path: Path) -> None:
    body = "".join(
        f"<p>Paragraph {i} says the storm flooded the eastern districts overnight.</p>" for i in range(6)
    )
    html = (
        "<!DOCTYPE html><html><head><title>Flood report</title>"
        '<meta property="og:site_name" content="Daily Example">'
        '<meta property="og:url" content="https://daily.example/flood">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
        f"</head><body><article><h1>Flood report</h1>{body}</article></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    ((record, article),) = list(iter_inputs([tmp_path / "page.html"]))
    assert record.status is InputStatus.READ
    assert article is not None
    assert article.published == dt.date(2024, 3, 5)
    assert article.outlet == "Daily Example"
    assert article.title == "Flood report"
    assert article.url == "https://daily.example/flood"
    assert "Paragraph 3 says the storm flooded" in article.text


def test_html_without_site_name_falls_back_to_the_file_name(tmp_path: Path) -> None:
    body = "".join(
        f"<p>Line {i}: officials confirmed the bridge reopened to traffic today.</p>" for i in range(6)
    )
    head = '<html><head><meta name="date" content="2023-07-01"></head>'
    html = f"{head}<body><article>{body}</article></body></html>"
    (tmp_path / "bridge.htm").write_text(html, encoding="utf-8")
    ((_, article),) = list(iter_inputs([tmp_path / "bridge.htm"]))
    assert article is not None
    assert article.outlet == "bridge"
    assert article.published == dt.date(2023, 7, 1)


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    body = "".join(
        f"<p>Caf\u00e9 owners {i} said the road was closed for repairs all week.</p>" for i in range(6)
    )
    html = (
        '<html><head><meta charset="iso-8859-1"><meta name="date" content="2023-07-01"></head>'
        f"<body><article>{body}</article></body></html>"
    )
    (tmp_path / "latin.html").write_bytes(html.encode("iso-8859-1"))
    ((record, article),) = list(iter_inputs([tmp_path / "latin.html"]))
    assert record.status is InputStatus.READ, record.reason
    assert article is not None and "Café owners 2" in article.text


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b/2.txt", "a/z.txt", "a/sub/1.txt", "c.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f" date 2024-01-01 Text of {name}.", encoding="utf-8")
    paths = [Path(r.path).relative_to(tmp_path).as_posix() for r, _ in iter_inputs([tmp_path])]
    assert paths == ["a/sub/1.txt", "a/z.txt", "b/2.txt", "c.txt"]


def test_a_missing_path_raises_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(" date 2024-01-01 Fine.", encoding="utf-8")
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_inputs([tmp_path / "ok.txt", tmp_path / "missing"]))


def test_a_json_document_holding_one_article(tmp_path: Path) -> None:
    article_json = {"published": "2024-02-03", "source": "AP", "text": "One article.\nTwo lines."}
    (tmp_path / "one.json").write_text(json.dumps(article_json, indent=2), encoding="utf-8")
    ((record, article),) = list(iter_inputs([tmp_path / "one.json"]))
    assert record.status is InputStatus.READ and record.line is None
    assert article is not None and article.text == "One article.\nTwo lines." and article.outlet == "AP"
