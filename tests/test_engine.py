"""Engines: the Dask build on a real 2-process cluster stores exactly what the single-process build stores."""

from __future__ import annotations

import gzip
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronicle.cli import main
from chronicle.engine import DaskEngine, LocalEngine, annotate_batch, annotator_version, make_engine
from chronicle.errors import OptionsError
from chronicle.model import Article
from chronicle.read import iter_inputs
from chronicle.store import Store, add_paths, load_documents

distributed = pytest.importorskip("dask.distributed")

SLICE = 80  # articles of the T17 topic


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as running:
        yield running


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path, t17_dir: Path) -> list[Path]:
    """The seeds, a slice of a T17 topic (JSON Lines), and a skipped input."""
    folder = tmp_path_factory.mktemp("inputs")
    with gzip.open(t17_dir / "bpoil" / "articles.jsonl.gz", "rt", encoding="utf-8") as source:
        lines = list(islice(source, SLICE))
    (folder / "bpoil.jsonl").write_text("".join(lines + lines[:3]), encoding="utf-8")  # with 3 repeats
    (folder / "undated.txt").write_text("no date line\n", encoding="utf-8")
    return [seeds_dir, folder]


def _rows(store: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(store)
    try:
        return {
            "documents": conn.execute(
                "SELECT seq, id, published, annotator, data, text, title FROM documents"
            ).fetchall(),
            "origins": conn.execute("SELECT * FROM origins ORDER BY seq").fetchall(),
            "mentions": conn.execute("SELECT * FROM mentions ORDER BY rowid").fetchall(),
            "inputs": conn.execute(
                "SELECT seq, path, line, status, article_id, reason FROM inputs ORDER BY seq"
            ).fetchall(),
        }
    finally:
        conn.close()


def test_dask_build_stores_exactly_what_the_local_build_stores(
    tmp_path: Path, inputs: list[Path], cluster: object
) -> None:
    local = add_paths(tmp_path / "local.db", inputs, engine=LocalEngine())
    client = distributed.Client(cluster)
    try:
        with distributed.get_task_stream(client) as stream:
            engine = DaskEngine(address=cluster.scheduler_address, batch_size=4)
            remote = add_paths(tmp_path / "dask.db", inputs, engine=engine)
        workers_used = {task["worker"] for task in stream.data}
    finally:
        client.close()
    assert len(workers_used) == 2  # both worker processes annotated articles
    assert (local.added, local.merged, local.skipped) == (remote.added, remote.merged, remote.skipped)
    assert local.added == SLICE + 2 and local.merged == 3 and local.skipped == 1
    assert local.inputs == remote.inputs
    assert load_documents(tmp_path / "dask.db") == load_documents(tmp_path / "local.db")
    assert _rows(tmp_path / "dask.db") == _rows(tmp_path / "local.db")  # byte for byte, same order


def test_dask_add_of_stored_articles_ships_no_work(
    tmp_path: Path, inputs: list[Path], cluster: object
) -> None:
    store_path = tmp_path / "s.db"
    add_paths(store_path, inputs)
    before = _rows(store_path)["documents"]
    client = distributed.Client(cluster)
    try:
        with distributed.get_task_stream(client) as stream:
            result = add_paths(store_path, inputs, engine=DaskEngine(address=cluster.scheduler_address))
        assert stream.data == []
    finally:
        client.close()
    assert result.added == 0 and result.merged == SLICE + 5
    assert _rows(store_path)["documents"] == before


def test_cli_dask_engine_with_its_own_local_cluster(tmp_path: Path, seeds_dir: Path) -> None:
    store_path = tmp_path / "s.db"
    result = CliRunner().invoke(
        main,
        ["add", str(seeds_dir), "-s", str(store_path), "--engine", "dask", "--workers", "2", "--no-progress"],
    )
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output
    with Store.open(store_path) as store:
        assert store.inputs()[0].status.value == "read"
    add_paths(tmp_path / "local.db", [seeds_dir])
    assert load_documents(store_path) == load_documents(tmp_path / "local.db")


def test_annotate_batch_is_the_local_path(seeds_dir: Path) -> None:
    articles = [a for _, a in iter_inputs([seeds_dir]) if a is not None]
    jobs: list[tuple[int, Article | None]] = [(0, articles[0]), (1, None), (2, articles[1])]
    local = list(LocalEngine().annotate(jobs))
    assert [tag for tag, _ in local] == [0, 1, 2] and local[1][1] is None
    assert annotate_batch(articles) == [local[0][1], local[2][1]]
    assert all(r.annotator == annotator_version() for _, r in local if r is not None)  # type: ignore[union-attr]


def test_make_engine_validates_options() -> None:
    assert make_engine("local").name == "local"
    engine = make_engine("dask", address="tcp://127.0.0.1:1", workers=3)
    assert isinstance(engine, DaskEngine) and engine.address == "tcp://127.0.0.1:1" and engine.workers == 3
    with pytest.raises(OptionsError, match="unknown engine"):
        make_engine("ray")
    with pytest.raises(OptionsError, match="--address"):
        make_engine("local", address="tcp://x:1")
    with pytest.raises(OptionsError):
        DaskEngine(workers=0)


def test_importing_chronicle_does_not_import_dask() -> None:
    code = (
        "import sys, chronicle, chronicle.engine, chronicle.store, chronicle.cli; "
        "assert not any(m.split('.')[0] in ('dask', 'distributed') for m in sys.modules), 'dask imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
