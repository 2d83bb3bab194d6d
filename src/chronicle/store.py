"""The annotation store: one SQLite file that keeps every article's annotations across runs.

``chronicle add DIR... --store story.db`` reads, cleans and grounds each *new* article once and keeps the
result; ``chronicle timeline --store story.db`` then rebuilds the timeline from the stored documents without
reading or annotating any text again. ::

    with Store.open("story.db") as store:
        result = store.add(iter_inputs(["today/"]))       # or add_paths("story.db", ["today/"])
        documents = store.documents()                     # or load_documents("story.db")

**Identity.** An article is its content hash (:attr:`Article.id`). Adding an article the store already holds
annotates nothing: the new place it was read from is recorded as one more :class:`Origin` (a place already
recorded is not recorded twice), and its input is reported as ``duplicate``. Stored documents come back in
the order their articles were first added, each with all its origins in the order they were recorded: the
same documents, in the same order, as an in-memory run over the same inputs.

**Crash safety.** SQLite in WAL mode; each input is written in its own transaction together with its
document, origins, date index rows and input record, so a process killed at any moment leaves every
article either fully stored or absent, and a rerun completes the job without duplicates. Several processes
may add to one store at once: writes take the lock up front (``BEGIN IMMEDIATE``) and wait for it (busy
timeout, then a few retries). ``synchronous=NORMAL``: a killed process loses nothing it committed; a power
cut may lose the last commits (never corrupts the file).

**Annotator version.** Each document records the :func:`~chronicle.engine.annotator_version` that produced
it. Policy: documents made by another version are *stale*; every ``add`` re-annotates the stale documents
from their stored text (the original files are not needed) in the same run, and :meth:`Store.stale` counts
them. :meth:`Store.documents` returns what is stored, stale or not.

**Schema.** ``PRAGMA user_version`` is the schema version and ``PRAGMA application_id`` marks the file as a
chronicle store. :data:`MIGRATIONS` brings any older store up to date on open (version 1: documents,
origins, runs and input records; version 2: the sentence-date index ``mentions`` and an outlet index;
version 3: the article text and title in columns of their own, ``data`` holding only the annotations, in
``chronicle.annotations/1``, so loading decodes no text from JSON). A store newer than this code, or a file
that is not a chronicle store, raises :class:`StoreError`.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from chronicle.codec import DocumentReader, dumps_annotations, loads_document
from chronicle.collector import collector_paused
from chronicle.engine import (
    EARLIER_COPY_FAILED,
    Annotation,
    Engine,
    Failure,
    LocalEngine,
    Result,
    annotator_version,
    date_index,
)
from chronicle.errors import AnnotationError, OnError, StoreError
from chronicle.model import AddResult, Article, Document, InputRecord, InputStatus, Origin
from chronicle.progress import Progress, silent

__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Store",
    "add_paths",
    "load_documents",
]

APPLICATION_ID = 0x4348524E  # "CHRN"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_S = 60.0
_RETRIES = 5
_COMMIT_EVERY = 32  # finished inputs per transaction at most
_COMMIT_DELAY_S = 0.2  # ... and a finished input waits at most this long for its commit

_T = TypeVar("_T")


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run ``sql`` statement by statement inside the caller's transaction (``executescript`` would commit
    it first). The statements hold no semicolons except as separators."""
    for statement in sql.split(";"):
        if statement.strip():
            conn.execute(statement)


def _migrate_1(conn: sqlite3.Connection) -> None:
    _script(
        conn,
        f"""
        PRAGMA application_id = {APPLICATION_ID};
        CREATE TABLE documents (
            seq INTEGER PRIMARY KEY,            -- insertion order: the order documents come back in
            id TEXT NOT NULL UNIQUE,            -- Article.id, the content hash
            published TEXT NOT NULL,            -- ISO day
            annotator TEXT NOT NULL,            -- annotator_version() that produced data
            data TEXT NOT NULL                  -- codec JSON (chronicle.document/1), origins left out
        );
        CREATE INDEX documents_published ON documents(published);
        CREATE TABLE origins (
            seq INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES documents(id),
            path TEXT NOT NULL,
            line INTEGER,
            outlet TEXT NOT NULL,
            url TEXT
        );
        CREATE UNIQUE INDEX origins_place ON origins(article_id, path, coalesce(line, -1));
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,                      -- NULL: the run was interrupted
            paths TEXT NOT NULL,
            engine TEXT NOT NULL,
            annotator TEXT NOT NULL
        );
        CREATE TABLE inputs (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            seq INTEGER NOT NULL,
            path TEXT NOT NULL,
            line INTEGER,
            status TEXT NOT NULL,
            article_id TEXT,
            reason TEXT,
            PRIMARY KEY (run_id, seq)
        );
        """,
    )


def _migrate_2(conn: sqlite3.Connection) -> None:
    _script(
        conn,
        """
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES documents(id),
            sentence INTEGER NOT NULL,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            granularity TEXT NOT NULL
        );
        CREATE INDEX mentions_days ON mentions(first_day, last_day);
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX origins_outlet ON origins(outlet);
        """,
    )
    for article_id, data in conn.execute("SELECT id, data FROM documents ORDER BY seq").fetchall():
        _insert_mentions(conn, article_id, date_index(loads_document(data)))


def _migrate_3(conn: sqlite3.Connection) -> None:
    # Article.text and Article.title (no SQL comments: ALTER TABLE copies the column text into the schema)
    conn.execute("ALTER TABLE documents ADD COLUMN text TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE documents ADD COLUMN title TEXT")
    for article_id, data in conn.execute("SELECT id, data FROM documents ORDER BY seq").fetchall():
        document = loads_document(data)
        conn.execute(
            "UPDATE documents SET data = ?, text = ?, title = ? WHERE id = ?",
            (dumps_annotations(document), document.article.text, document.article.title, article_id),
        )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_migrate_1, _migrate_2, _migrate_3)
"""``MIGRATIONS[k]`` takes a store from schema version ``k`` to ``k + 1`` (run in one transaction)."""

SCHEMA_VERSION = len(MIGRATIONS)


def _insert_mentions(
    conn: sqlite3.Connection, article_id: str, rows: Iterable[tuple[int, str, str, str]]
) -> None:
    conn.executemany(
        "INSERT INTO mentions (article_id, sentence, first_day, last_day, granularity)"
        " VALUES (?, ?, ?, ?, ?)",
        ((article_id, *row) for row in rows),
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class _Kind(Enum):
    SKIP = "skip"  # unreadable input: record only
    MERGE = "merge"  # article already stored (or earlier in this run): origins only
    NEW = "new"  # article to annotate and store
    REFRESH = "refresh"  # stored article with a stale annotator, no input


@dataclass(frozen=True)
class _Job:
    kind: _Kind
    seq: int
    record: InputRecord | None
    article: Article | None


@dataclass
class _Tally:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    reannotated: int = 0


class Store:
    """An open annotation store. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn

    # -- opening ---------------------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, create: bool = True, timeout: float = _BUSY_TIMEOUT_S
    ) -> Store:
        """Open (and, with ``create``, create) the store at ``path``, migrating an older schema.

        Raises :class:`StoreError` when the file is not a chronicle store, is newer than this code, or
        cannot be opened.
        """
        target = Path(path)
        _check_header(target, create)
        try:
            conn = sqlite3.connect(target, timeout=timeout, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(f"{target}: cannot open the store: {error}") from error
        try:
            _configure(conn, target)
            _upgrade(conn, target)
        except BaseException:
            conn.close()
            raise
        return cls(target, conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @property
    def version(self) -> int:
        """The schema version (``PRAGMA user_version``)."""
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    # -- reading ---------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def ids(self) -> tuple[str, ...]:
        """Article ids in the order they were first added."""
        return tuple(row[0] for row in self._conn.execute("SELECT id FROM documents ORDER BY seq"))

    def documents(self) -> tuple[Document, ...]:
        """Every stored document with all its origins, in the order the articles were first added."""
        with collector_paused():
            origins = self._origins()
            reader = DocumentReader()
            rows = self._conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY seq")
            return tuple([self._decode(reader, row, origins.get(row[0], ())) for row in rows])

    def document(self, article_id: str) -> Document | None:
        row = self._conn.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        origins = self._origins(article_id)
        return self._decode(DocumentReader(), row, origins.get(article_id, ()))

    def mentioning(self, first: dt.date, last: dt.date) -> tuple[str, ...]:
        """Ids of the articles with a sentence dated (by a temporal expression) within ``[first, last]``."""
        rows = self._conn.execute(
            "SELECT DISTINCT m.article_id FROM mentions m JOIN documents d ON d.id = m.article_id"
            " WHERE m.first_day <= ? AND m.last_day >= ? ORDER BY d.seq",
            (last.isoformat(), first.isoformat()),
        )
        return tuple(row[0] for row in rows)

    def stale(self) -> int:
        """How many documents another annotator version produced (re-annotated by the next add)."""
        row = self._conn.execute(
            "SELECT count(*) FROM documents WHERE annotator != ?", (annotator_version(),)
        ).fetchone()
        return int(row[0])

    def inputs(self, run_id: int | None = None) -> tuple[InputRecord, ...]:
        """The input records of run ``run_id`` (default: the latest run), in input order."""
        if run_id is None:
            row = self._conn.execute("SELECT max(id) FROM runs").fetchone()
            if row[0] is None:
                return ()
            run_id = int(row[0])
        rows = self._conn.execute(
            "SELECT path, status, line, article_id, reason FROM inputs WHERE run_id = ? ORDER BY seq",
            (run_id,),
        )
        return tuple(
            InputRecord(path=p, status=InputStatus(s), line=line, article_id=a, reason=r)
            for p, s, line, a, r in rows
        )

    def check(self) -> list[str]:
        """Problems found (empty when sound): SQLite's integrity and foreign-key checks, documents that do
        not decode or disagree with their row, documents without origins, rows pointing at no document."""
        problems = [row[0] for row in self._conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key: {tuple(row)}" for row in self._conn.execute("PRAGMA foreign_key_check")]
        orphans = self._conn.execute(
            "SELECT count(*) FROM documents d"
            " WHERE NOT EXISTS (SELECT 1 FROM origins o WHERE o.article_id = d.id)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} document(s) without an origin")
        reader = DocumentReader()
        for row in self._conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents"):
            try:
                document = self._decode(reader, row, ())
            except StoreError as error:
                problems.append(f"{row[0]}: {error}")
                continue
            if any(s.end > len(document.article.text) for s in document.sentences):
                problems.append(f"{row[0]}: a sentence ends past the article's text")
        return problems

    def _origins(self, article_id: str | None = None) -> dict[str, list[Origin]]:
        query = "SELECT article_id, path, outlet, line, url FROM origins"
        params: tuple[str, ...] = ()
        if article_id is not None:
            query += " WHERE article_id = ?"
            params = (article_id,)
        found: dict[str, list[Origin]] = {}
        for owner, path, outlet, line, url in self._conn.execute(query + " ORDER BY seq", params):
            found.setdefault(owner, []).append(Origin(path=path, outlet=outlet, line=line, url=url))
        return found

    def _decode(
        self, reader: DocumentReader, row: tuple[str, str, str | None, str, str], origins: Sequence[Origin]
    ) -> Document:
        """The document of a row of :data:`_DOCUMENT_COLUMNS`."""
        article_id, published, title, text, data = row
        try:
            article = Article(article_id, dt.date.fromisoformat(published), text, tuple(origins), title)
            return reader.annotated(article, data)
        except (StoreError, ValueError) as error:
            raise StoreError(f"{self.path}: document {article_id}: {error}") from error

    # -- adding ----------------------------------------------------------------------------------------

    def add(
        self,
        inputs: Iterable[tuple[InputRecord, Article | None]],
        *,
        engine: Engine | None = None,
        label: str = "",
        progress: Progress = silent,
        on_error: OnError = OnError.SKIP,
    ) -> AddResult:
        """Store the articles of ``inputs`` (as :func:`chronicle.read.iter_inputs` yields them), then
        re-annotate stale documents.

        Each input is written whole (document, origins, date index, input record) in one transaction as
        soon as its work is done; consecutive finished inputs share a transaction, up to
        ``_COMMIT_EVERY`` of them or ``_COMMIT_DELAY_S`` after the first, so an interrupted add loses at
        most that much finished work and never part of an article. An article whose annotation fails is
        recorded as a skipped input (``on_error="skip"``), or stops the run with an
        :class:`~chronicle.errors.AnnotationError` once the work finished before it is stored (``raise``)."""
        runner = engine if engine is not None else LocalEngine()
        version = annotator_version()
        run_id = self._write(
            lambda: (
                self._conn.execute(
                    "INSERT INTO runs (started, paths, engine, annotator) VALUES (?, ?, ?, ?)",
                    (_now(), label, runner.name, version),
                ).lastrowid
            )
        )
        assert run_id is not None
        records: list[InputRecord] = []
        tally = _Tally()
        batch: list[tuple[_Job, Result | None]] = []
        first = 0.0
        done = 0

        def flush() -> None:
            nonlocal done
            records.extend(r for r in self._write(partial(self._apply_all, run_id, batch, tally)) if r)
            done += len(batch)
            batch.clear()
            progress("store", done, None)

        policy = OnError(on_error)
        for job, result in runner.annotate(self._plan(inputs, version)):
            if isinstance(result, Failure) and policy is OnError.RAISE:
                if batch:
                    flush()
                raise _annotation_error(job, result)
            if not batch:
                first = time.monotonic()
            batch.append((job, result))
            if len(batch) >= _COMMIT_EVERY or time.monotonic() - first >= _COMMIT_DELAY_S:
                flush()
        if batch:
            flush()
        self._write(lambda: self._conn.execute("UPDATE runs SET finished = ? WHERE id = ?", (_now(), run_id)))
        return AddResult(
            run_id=run_id,
            inputs=tuple(records),
            added=tally.added,
            merged=tally.merged,
            skipped=tally.skipped,
            reannotated=tally.reannotated,
            total=len(self),
        )

    def _plan(
        self, inputs: Iterable[tuple[InputRecord, Article | None]], version: str
    ) -> Iterator[tuple[_Job, Article | None]]:
        """The jobs of a run, lazily: what each input needs, then the stale documents to refresh."""
        seen: set[str] = set()
        seq = -1
        for seq, (record, article) in enumerate(inputs):
            if article is None:
                yield _Job(_Kind.SKIP, seq, record, None), None
                continue
            if article.id in seen:
                yield _Job(_Kind.MERGE, seq, record, article), None
                continue
            seen.add(article.id)
            stored = self._conn.execute(
                "SELECT annotator FROM documents WHERE id = ?", (article.id,)
            ).fetchone()
            if stored is not None and stored[0] == version:
                yield _Job(_Kind.MERGE, seq, record, article), None
            else:
                yield _Job(_Kind.NEW, seq, record, article), article
        stale = [
            row[0]
            for row in self._conn.execute(
                "SELECT id FROM documents WHERE annotator != ? ORDER BY seq", (version,)
            ).fetchall()
            if row[0] not in seen
        ]
        for article_id in stale:
            document = self.document(article_id)
            if document is not None:
                yield _Job(_Kind.REFRESH, seq, None, document.article), document.article

    def _apply_all(
        self, run_id: int, batch: Sequence[tuple[_Job, Result | None]], tally: _Tally
    ) -> list[InputRecord | None]:
        return [self._apply(run_id, job, result, tally) for job, result in batch]

    def _apply(self, run_id: int, job: _Job, result: Result | None, tally: _Tally) -> InputRecord | None:
        """Write one job's outcome (inside a transaction); return its input record."""
        conn = self._conn
        if isinstance(result, Failure):
            tally.skipped += 1
            if job.record is None:
                return None
            return self._record(
                run_id, job.seq, replace(job.record, status=InputStatus.SKIPPED, reason=result.reason)
            )
        if job.kind is _Kind.SKIP:
            assert job.record is not None
            tally.skipped += 1
            return self._record(run_id, job.seq, job.record)
        article = job.article
        assert article is not None
        row = conn.execute("SELECT annotator FROM documents WHERE id = ?", (article.id,)).fetchone()
        if isinstance(result, Annotation):
            if row is None:
                conn.execute(
                    "INSERT INTO documents (id, published, annotator, data, text, title)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        result.article_id,
                        result.published,
                        result.annotator,
                        result.data,
                        article.text,
                        article.title,
                    ),
                )
                _insert_mentions(conn, result.article_id, result.dates)
                tally.added += 1
            elif row[0] != result.annotator:
                conn.execute(
                    "UPDATE documents SET annotator = ?, data = ?, text = ?, title = ? WHERE id = ?",
                    (result.annotator, result.data, article.text, article.title, result.article_id),
                )
                conn.execute("DELETE FROM mentions WHERE article_id = ?", (result.article_id,))
                _insert_mentions(conn, result.article_id, result.dates)
                tally.reannotated += 1
            if job.kind is _Kind.REFRESH:
                return None
            if row is not None:  # another process stored it meanwhile, or it was stale
                tally.merged += 1
        elif row is None:  # a merge whose first copy could not be annotated
            assert job.record is not None
            tally.skipped += 1
            reason = EARLIER_COPY_FAILED
            return self._record(
                run_id, job.seq, replace(job.record, status=InputStatus.SKIPPED, reason=reason)
            )
        else:
            tally.merged += 1
        assert job.record is not None
        conn.executemany(
            "INSERT OR IGNORE INTO origins (article_id, path, line, outlet, url) VALUES (?, ?, ?, ?, ?)",
            ((article.id, o.path, o.line, o.outlet, o.url) for o in article.origins),
        )
        status = InputStatus.READ if job.kind is _Kind.NEW and row is None else InputStatus.DUPLICATE
        return self._record(run_id, job.seq, replace(job.record, status=status, article_id=article.id))

    def _record(self, run_id: int, seq: int, record: InputRecord) -> InputRecord:
        self._conn.execute(
            "INSERT INTO inputs (run_id, seq, path, line, status, article_id, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (run_id, seq, record.path, record.line, record.status.value, record.article_id, record.reason),
        )
        return record

    def _write(self, work: Callable[[], _T]) -> _T:
        """Run ``work`` in one write transaction, retried when the store stays locked past the timeout."""
        for attempt in range(_RETRIES):
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                if not _is_busy(error) or attempt == _RETRIES - 1:
                    raise StoreError(f"{self.path}: {error}") from error
                time.sleep(0.05 * 2**attempt)
                continue
            try:
                value = work()
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            return value
        raise StoreError(f"{self.path}: the store stayed locked")  # pragma: no cover - loop always returns


def _annotation_error(job: _Job, failure: Failure) -> AnnotationError:
    """The error naming the input (or, for a stored article, the place it was first read from)."""
    if job.record is not None:
        return AnnotationError(job.record.path, failure.reason, job.record.line)
    assert job.article is not None
    origin = job.article.origins[0]
    return AnnotationError(origin.path, failure.reason, origin.line)


# The columns :meth:`Store._decode` reads a document from.
_DOCUMENT_COLUMNS = "id, published, title, text, data"


def _is_busy(error: sqlite3.OperationalError) -> bool:
    message = str(error).lower()
    return "locked" in message or "busy" in message


def _check_header(path: Path, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a chronicle store")
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no such store")
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(f"{path}: cannot read the store: {error.strerror or error}") from error
    if head and head != _SQLITE_MAGIC:
        raise StoreError(f"{path}: not a chronicle store (not an SQLite database)")


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    try:
        for attempt in range(_RETRIES):
            try:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                break
            except sqlite3.OperationalError as error:
                if not _is_busy(error) or attempt == _RETRIES - 1:
                    raise
                time.sleep(0.05 * 2**attempt)
        if str(mode).lower() != "wal":
            raise StoreError(f"{path}: cannot use write-ahead logging (journal mode {mode})")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not a chronicle store ({error})") from error


def _upgrade(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            application = int(conn.execute("PRAGMA application_id").fetchone()[0])
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if application != APPLICATION_ID and (application != 0 or version != 0 or tables):
                raise StoreError(f"{path}: an SQLite database, but not a chronicle store")
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path}: store schema version {version} is newer than this chronicle supports "
                    f"({SCHEMA_VERSION}); upgrade chronicle"
                )
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](conn)
                conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot use the store: {error}") from error


def add_paths(
    store_path: str | os.PathLike[str],
    paths: Iterable[str | os.PathLike[str]],
    *,
    engine: Engine | None = None,
    progress: Progress = silent,
    on_error: OnError = OnError.SKIP,
) -> AddResult:
    """Read ``paths`` (files or folders) and add their articles to the store at ``store_path`` (created if
    missing). Raises :class:`~chronicle.errors.InputError` when a path does not exist (before anything is
    stored) and :class:`StoreError` when the store cannot be used; ``on_error`` as for :meth:`Store.add`."""
    from chronicle.read import iter_inputs

    given = [os.fspath(p) for p in paths]
    inputs = iter_inputs(given)
    first = next(inputs, None)  # raises for a missing path before the store is touched
    with Store.open(store_path) as store:
        stream = inputs if first is None else _chain(first, inputs)
        return store.add(stream, engine=engine, label="\n".join(given), progress=progress, on_error=on_error)


def _chain(
    first: tuple[InputRecord, Article | None], rest: Iterator[tuple[InputRecord, Article | None]]
) -> Iterator[tuple[InputRecord, Article | None]]:
    yield first
    yield from rest


def load_documents(store_path: str | os.PathLike[str]) -> tuple[Document, ...]:
    """The documents stored at ``store_path`` (see :meth:`Store.documents`); :class:`StoreError` if there is
    no store there."""
    with Store.open(store_path, create=False) as store:
        return store.documents()
