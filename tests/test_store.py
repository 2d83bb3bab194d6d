"""The annotation store: identity, merging, input records, annotator versions, schema and migrations, CLI."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pytest
from click.testing import CliRunner

from chronicle.annotate import annotate
from chronicle.cli import main
from chronicle.codec import dumps_document
from chronicle.engine import LocalEngine, Result, annotator_version
from chronicle.errors import InputError, StoreError
from chronicle.model import Article, Document, InputStatus
from chronicle.read import iter_inputs, read_corpus
from chronicle.store import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Store, add_paths, load_documents

T = TypeVar("T")


def write_articles(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """``count`` small dated pages, each with its own text and dates."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=i % 300)
        body = (
            f"Council vote number {i} in Springfield\n\n"
            f"The city council of Springfield met on {day:%B} {day.day} to discuss proposal number {i}, "
            f"officials said on {day:%A}.\n\n"
            f"Four days later the council approved proposal {i} by a wide margin, according to the clerk.\n\n"
            f"Residents had protested against proposal {i} in early {day:%B}; a further hearing is planned.\n"
        )
        path = folder / f"article_{i:05d}.txt"
        path.write_text(f"date {day.isoformat()}\n{body}", encoding="utf-8")
        paths.append(path)
    return paths


@dataclass
class CountingEngine:
    """The local engine, counting the articles it is asked to annotate."""

    annotated: list[str] = field(default_factory=list)
    name: str = "counting"

    def annotate(self, jobs: Iterable[tuple[T, Article | None]]) -> Iterator[tuple[T, Result | None]]:
        def spy() -> Iterator[tuple[T, Article | None]]:
            for tag, article in jobs:
                if article is not None:
                    self.annotated.append(article.id)
                yield tag, article

        yield from LocalEngine().annotate(spy())


# -- adding and reading back ---------------------------------------------------------------------------


def test_stored_documents_equal_an_in_memory_run(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 5)
    result = add_paths(tmp_path / "s.db", [seeds_dir, folder])
    corpus = read_corpus([seeds_dir, folder])
    expected = tuple(annotate(a) for a in corpus.articles)
    assert load_documents(tmp_path / "s.db") == expected
    assert (result.added, result.merged, result.skipped, result.total) == (7, 0, 0, 7)
    assert [r.status for r in result.inputs] == [InputStatus.READ] * 7
    assert [r.article_id for r in result.inputs] == [a.id for a in corpus.articles]


def test_adding_again_annotates_nothing_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 4)
    store_path = tmp_path / "s.db"
    first = CountingEngine()
    add_paths(store_path, [folder], engine=first)
    before = load_documents(store_path)
    again = CountingEngine()
    result = add_paths(store_path, [folder], engine=again)
    assert len(first.annotated) == 4 and again.annotated == []
    assert (result.added, result.merged, result.total) == (0, 4, 4)
    assert {r.status for r in result.inputs} == {InputStatus.DUPLICATE}
    assert load_documents(store_path) == before  # no origin recorded twice


def test_a_new_origin_of_a_stored_article_is_recorded(tmp_path: Path) -> None:
    write_articles(tmp_path / "a", 3)
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    write_articles(tmp_path / "b", 1, start=3)
    store_path = tmp_path / "s.db"
    add_paths(store_path, [tmp_path / "a"])
    engine = CountingEngine()
    result = add_paths(store_path, [tmp_path / "b"], engine=engine)
    assert len(engine.annotated) == 1 and (result.added, result.merged) == (1, 3)
    documents = load_documents(store_path)
    assert [len(d.article.origins) for d in documents] == [2, 2, 2, 1]
    assert [Path(o.path).parent.name for o in documents[0].article.origins] == ["a", "b"]
    # the same as reading both folders at once
    assert documents == tuple(annotate(a) for a in read_corpus([tmp_path / "a", tmp_path / "b"]).articles)


def test_duplicates_within_one_add_are_merged_like_read_corpus(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (one,) = write_articles(folder, 1)
    shutil.copy(one, folder / "zz_copy.txt")
    engine = CountingEngine()
    result = add_paths(tmp_path / "s.db", [folder], engine=engine)
    assert len(engine.annotated) == 1
    assert [r.status for r in result.inputs] == [InputStatus.READ, InputStatus.DUPLICATE]
    assert load_documents(tmp_path / "s.db") == tuple(annotate(a) for a in read_corpus([folder]).articles)


def test_every_input_is_recorded_with_skips_and_reasons(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 2)
    (folder / "b_undated.txt").write_text("no date line here\nJust text.\n", encoding="utf-8")
    store_path = tmp_path / "s.db"
    result = add_paths(store_path, [folder])
    assert len(result.inputs) == 3 and result.skipped == 1 and result.added == 2
    (skip,) = result.skipped_inputs
    assert skip.path.endswith("b_undated.txt") and skip.reason
    with Store.open(store_path) as store:
        assert store.inputs() == result.inputs
        assert store.inputs(result.run_id) == result.inputs
        assert len(store) == 2


def test_an_article_the_annotator_fails_on_is_skipped_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 3)
    shutil.copy(folder / "article_00001.txt", folder / "article_00001_copy.txt")
    module = importlib.import_module("chronicle.annotate")
    real = module.annotate

    def flaky(article: Article) -> Document:
        if "proposal number 1," in article.text:
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(module, "annotate", flaky)
    result = add_paths(tmp_path / "s.db", [folder])
    assert result.added == 2 and result.skipped == 2 and result.total == 2
    reasons = [r.reason for r in result.skipped_inputs]
    assert "RuntimeError: boom" in (reasons[0] or "") and "identical earlier input" in (reasons[1] or "")
    with Store.open(tmp_path / "s.db") as store:
        assert store.check() == []


def test_missing_input_raises_before_the_store_is_created(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        add_paths(tmp_path / "s.db", [tmp_path / "nope"])
    assert not (tmp_path / "s.db").exists()


# -- annotator versions --------------------------------------------------------------------------------


def test_a_changed_annotator_reannotates_stale_documents_from_stored_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 3)
    store_path = tmp_path / "s.db"
    module = importlib.import_module("chronicle.annotate")
    monkeypatch.setattr(module, "ANNOTATOR_VERSION", "test-1", raising=False)
    add_paths(store_path, [folder])
    before = load_documents(store_path)
    monkeypatch.setattr(module, "ANNOTATOR_VERSION", "test-2")
    shutil.rmtree(folder)  # the original files are not needed
    with Store.open(store_path) as store:
        assert store.stale() == 3
        engine = CountingEngine()
        result = store.add([], engine=engine)
        assert result.reannotated == 3 and len(engine.annotated) == 3 and result.inputs == ()
        assert store.stale() == 0
        assert {row[0] for row in store._conn.execute("SELECT annotator FROM documents")} == {"test-2"}
        assert store.documents() == before


def test_annotator_version_fingerprints_the_source_by_default() -> None:
    version = annotator_version()
    assert version.startswith("src-") and version == annotator_version()


# -- reading helpers -----------------------------------------------------------------------------------


def test_mentioning_finds_articles_by_sentence_date(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 1)  # published 2025-01-01: met on January 1, approved four days later
    write_articles(folder, 1, start=40)  # published 2025-02-10: met on February 10, approved February 14
    add_paths(tmp_path / "s.db", [folder])
    with Store.open(tmp_path / "s.db") as store:
        ids = store.ids()
        assert store.mentioning(dt.date(2025, 1, 5), dt.date(2025, 1, 5)) == ids[:1]
        assert store.mentioning(dt.date(2025, 2, 14), dt.date(2025, 2, 14)) == ids[1:]
        assert store.mentioning(dt.date(2024, 12, 20), dt.date(2025, 3, 1)) == ids
        assert store.mentioning(dt.date(2030, 1, 1), dt.date(2030, 12, 31)) == ()
        assert store.document(ids[0]) == store.documents()[0]
        assert store.document("nope") is None


def test_check_reports_a_damaged_document(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 2)
    store_path = tmp_path / "s.db"
    add_paths(store_path, [tmp_path / "in"])
    with Store.open(store_path) as store:
        assert store.check() == []
    conn = sqlite3.connect(store_path)
    conn.execute("UPDATE documents SET data = '{\"schema\": 1}' WHERE seq = 1")
    conn.commit()
    conn.close()
    with Store.open(store_path) as store:
        assert len(store.check()) == 1
        with pytest.raises(StoreError, match="document"):
            store.documents()


# -- schema --------------------------------------------------------------------------------------------


def test_a_new_store_is_marked_and_at_the_current_version(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        assert store.version == SCHEMA_VERSION == 3 and len(store) == 0
        assert store.documents() == () and store.inputs() == ()
    conn = sqlite3.connect(tmp_path / "s.db")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migration_from_version_1_backfills_the_date_index_and_moves_text_out(tmp_path: Path) -> None:
    store_path = tmp_path / "old.db"
    written = write_articles(tmp_path / "in", 1) + write_articles(tmp_path / "in", 1, start=40)
    articles = [a for _, a in iter_inputs(written) if a is not None]
    # a store as version 1 of the code wrote it
    conn = sqlite3.connect(store_path, isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    for article in articles:
        document = annotate(article)
        bare = dumps_document(
            Document(
                article=Article(article.id, article.published, article.text, (), article.title),
                blocks=document.blocks,
                sentences=document.sentences,
            )
        )
        conn.execute(
            "INSERT INTO documents (id, published, annotator, data) VALUES (?, ?, ?, ?)",
            (article.id, article.published.isoformat(), annotator_version(), bare),
        )
        origin = article.origins[0]
        conn.execute(
            "INSERT INTO origins (article_id, path, line, outlet, url) VALUES (?, ?, ?, ?, ?)",
            (article.id, origin.path, origin.line, origin.outlet, origin.url),
        )
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()

    with Store.open(store_path) as store:
        assert store.version == SCHEMA_VERSION
        assert store.documents() == tuple(annotate(a) for a in articles)
        assert store.mentioning(dt.date(2025, 2, 14), dt.date(2025, 2, 14)) == (articles[1].id,)
        mentions = store._conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        expected = sum(len(s.timexes) for a in articles for s in annotate(a).sentences)
        assert mentions == expected > 0
        assert store.check() == []
        # version 3: the text and title have columns of their own; data holds only the annotations
        rows = store._conn.execute("SELECT text, title, data FROM documents ORDER BY seq").fetchall()
        assert [(text, title) for text, title, _ in rows] == [(a.text, a.title) for a in articles]
        assert all(json.loads(data)["schema"] == "chronicle.annotations/1" for _, _, data in rows)
        assert all(a.text[:40] not in data for a, (_, _, data) in zip(articles, rows, strict=True))


def test_a_store_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    Store.open(tmp_path / "s.db").close()
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this chronicle"):
        Store.open(tmp_path / "s.db")


def test_files_that_are_not_chronicle_stores_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello, not a database\n", encoding="utf-8")
    with pytest.raises(StoreError, match="not an SQLite database"):
        Store.open(text)
    assert text.read_text(encoding="utf-8") == "hello, not a database\n"
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreError, match="not a chronicle store"):
        Store.open(other)
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)
    with pytest.raises(StoreError, match="no such store"):
        load_documents(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


# -- the command ---------------------------------------------------------------------------------------


def test_cli_add_reports_every_input(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 3)
    (folder / "broken.txt").write_text("date 2025-13-45\nbad date\n", encoding="utf-8")
    store_path = tmp_path / "s.db"
    report = tmp_path / "report.json"
    runner = CliRunner()
    result = runner.invoke(main, ["add", str(folder), "--store", str(store_path), "--report", str(report)])
    assert result.exit_code == 3, result.output
    assert "4 inputs: 3 added, 0 already stored, 1 skipped; the store holds 3 articles" in result.output
    assert "skipped " in result.output and "broken.txt" in result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["schema"] == "chronicle.add-report/1" and data["counts"]["added"] == 3
    assert [i["status"] for i in data["inputs"]] == ["read", "read", "read", "skipped"]

    again = runner.invoke(main, ["add", str(folder / "article_00000.txt"), "-s", str(store_path)])
    assert again.exit_code == 0, again.output
    assert "1 input: 0 added, 1 already stored, 0 skipped; the store holds 3 articles" in again.output


def test_cli_add_errors_are_clean(tmp_path: Path) -> None:
    runner = CliRunner()
    (tmp_path / "x.txt").write_text("not a store", encoding="utf-8")
    result = runner.invoke(main, ["add", str(tmp_path), "--store", str(tmp_path / "x.txt")])
    assert result.exit_code == 1 and "not a chronicle store" in result.output
    result = runner.invoke(main, ["add", str(tmp_path / "missing"), "--store", str(tmp_path / "s.db")])
    assert result.exit_code == 1 and "no such file or folder" in result.output
    result = runner.invoke(
        main, ["add", str(tmp_path), "-s", str(tmp_path / "s.db"), "--address", "tcp://x:1"]
    )
    assert result.exit_code == 2 and "--address needs --engine dask" in result.output
    result = runner.invoke(main, ["add", "--help"])
    assert result.exit_code == 0 and "--engine" in result.output and "--workers" in result.output
