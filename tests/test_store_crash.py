"""Crash safety and concurrency of the store, with real ``chronicle add`` processes.

One test SIGKILLs an add mid-way and checks the store is sound and a rerun completes it; the other runs two
adds of overlapping folders into one store at once and checks nothing is lost or stored twice.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from chronicle.annotate import annotate
from chronicle.model import InputStatus
from chronicle.read import read_corpus
from chronicle.store import Store

TIMEOUT_S = 120


def write_articles(folder: Path, count: int, *, start: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=i % 400)
        paragraphs = [
            f"Harbour works report {i}",
            f"Work on pier {i} of the harbour began on {day:%B} {day.day}, the port said on {day:%A}.",
            f"Two days later divers found a crack in section {i}, and repairs were ordered the next day.",
            f"The authority expects pier {i} to reopen in late {day:%B}, though contractors disagree.",
        ] + [f"Paragraph {k} of report {i} repeats that the harbour stays open to ferries." for k in range(6)]
        text = "\n\n".join(paragraphs)
        (folder / f"report_{i:05d}.txt").write_text(f"date {day.isoformat()}\n{text}\n", encoding="utf-8")


def start_add(store: Path, *folders: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "chronicle", "add", *map(str, folders), "--store", str(store)]
    return subprocess.Popen(
        [*command, "--no-progress", "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def stored_count(store: Path) -> int:
    """Documents committed so far, read through a separate connection (0 before the schema exists)."""
    try:
        conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def assert_sound(store_path: Path) -> None:
    """SQLite's checks, every document decodes, and no article is half-written."""
    conn = sqlite3.connect(store_path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    with Store.open(store_path) as store:
        assert store.check() == []
        documents = store.documents()
        conn = store._conn
        index = Counter(row[0] for row in conn.execute("SELECT article_id FROM mentions"))
        rows = conn.execute("SELECT article_id FROM inputs WHERE article_id IS NOT NULL")
        recorded = {row[0] for row in rows}
    for document in documents:
        assert document.article.origins
        assert index[document.id] == sum(len(s.timexes) for s in document.sentences) > 0
        assert document.id in recorded  # its input record was committed with it


def test_sigkill_mid_add_loses_nothing_committed_and_a_rerun_completes(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    total = 400
    write_articles(folder, total)
    store_path = tmp_path / "story.db"

    process = start_add(store_path, folder)
    deadline = time.monotonic() + TIMEOUT_S
    while stored_count(store_path) < 25:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline, "the add never stored anything"
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=TIMEOUT_S)
    assert process.returncode == -signal.SIGKILL

    at_kill = stored_count(store_path)
    assert 25 <= at_kill < total, "the add finished before it was killed: nothing was tested"
    assert_sound(store_path)
    with Store.open(store_path) as store:
        interrupted = store._conn.execute("SELECT finished FROM runs").fetchall()
    assert interrupted == [(None,)]  # the killed run is visible as unfinished

    rerun = start_add(store_path, folder)
    _, err = rerun.communicate(timeout=TIMEOUT_S)
    assert rerun.returncode == 0, err.decode()
    assert_sound(store_path)
    with Store.open(store_path) as store:
        documents = store.documents()
        records = store.inputs()
    assert len(documents) == total == len({d.id for d in documents})
    assert all(len(d.article.origins) == 1 for d in documents)
    statuses = Counter(r.status for r in records)
    assert statuses == {InputStatus.DUPLICATE: at_kill, InputStatus.READ: total - at_kill}
    assert documents == tuple(annotate(a) for a in read_corpus([folder]).articles)


def test_two_processes_adding_overlapping_folders_lose_nothing(tmp_path: Path) -> None:
    first, shared, last = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    write_articles(first, 60)
    write_articles(shared, 120, start=60)
    write_articles(last, 60, start=180)
    store_path = tmp_path / "story.db"

    one = start_add(store_path, first, shared)
    two = start_add(store_path, shared, last)
    for process in (one, two):
        _, err = process.communicate(timeout=TIMEOUT_S)
        assert process.returncode == 0, err.decode()

    assert_sound(store_path)
    with Store.open(store_path) as store:
        documents = store.documents()
        runs = [r[0] for r in store._conn.execute("SELECT id FROM runs ORDER BY id")]
        records = [store.inputs(run) for run in runs]
    assert len(documents) == 240 == len({d.id for d in documents})
    assert all(len(d.article.origins) == 1 for d in documents)  # the shared paths recorded once
    assert [len(r) for r in records] == [180, 180]
    read = Counter(r.article_id for run in records for r in run if r.status is InputStatus.READ)
    assert len(read) == 240 and set(read.values()) == {1}  # each article stored by exactly one process
    expected = {a.id: annotate(a) for a in read_corpus([first, shared, last]).articles}
    assert {d.id: d for d in documents} == expected
