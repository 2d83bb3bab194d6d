"""The CLI over a folder of hostile inputs: no traceback, every file accounted for, good articles kept.

The folder is built by ``scripts/make_hostile.py`` (the same generator humans run to try every command on
it). Commands run in-process through click's CliRunner.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pathlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner, Result

from chronicle.cli import main
from chronicle.outputs import TIMELINE
from chronicle.read import iter_inputs

ROOT = Path(__file__).resolve().parents[1]
EXTENSIONS = {
    "terminal": ".txt",
    "json": ".json",
    "markdown": ".md",
    "html": ".html",
    "timelinejs": ".js",
    "tilse": ".txt",
}


def _load_make_hostile() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_hostile", ROOT / "scripts" / "make_hostile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_hostile", module)
    spec.loader.exec_module(module)
    return module


make_hostile = _load_make_hostile()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    folder: Path = make_hostile.make_hostile(tmp_path_factory.mktemp("hostile") / "in", seeds_dir)
    return folder


@pytest.fixture(autouse=True)
def unreadable_even_for_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """chmod 0 stops nobody when the tests run as root: make ``unreadable.txt`` fail to open as it would."""
    if os.geteuid() != 0:
        yield
        return
    real_open = pathlib.Path.open

    def guarded_open(self: pathlib.Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "unreadable.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded_open)
    yield


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=True)


def _no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output and "Traceback" not in result.stderr


def _seed_ids(seeds_dir: Path) -> set[str]:
    return {article.id for _, article in iter_inputs([seeds_dir]) if article is not None}


def _check_report(report: dict[str, Any], folder: Path) -> list[dict[str, Any]]:
    inputs: list[dict[str, Any]] = report["inputs"]
    counts = report["counts"]
    assert counts["read"] + counts["duplicate"] + counts["skipped"] == counts["inputs"] == len(inputs)
    assert counts["skipped"] == sum(1 for r in inputs if r["status"] == "skipped")
    # every file (and link, FIFO) under the folder has at least one record, and no record names anything else
    assert {r["path"] for r in inputs} == make_hostile.files_under(folder)
    return inputs


def _check_skips(inputs: list[dict[str, Any]], folder: Path, stderr: str) -> None:
    by_path: dict[str, list[dict[str, Any]]] = {}
    for record in inputs:
        by_path.setdefault(record["path"], []).append(record)
    for name, word in make_hostile.EXPECTED_SKIPS.items():
        skipped = [r for r in by_path[str(folder / name)] if r["status"] == "skipped"]
        assert skipped, f"{name} was not skipped"
        assert any(word in r["reason"].lower() for r in skipped), (name, skipped)
    for path, records in by_path.items():
        if Path(path).relative_to(folder).as_posix() in make_hostile.EXPECTED_SKIPS:
            continue
        if Path(path).name in make_hostile.MIXED_JSONL:
            continue
        assert all(r["status"] in ("read", "duplicate") for r in records), records
    # malformed JSON lines among good ones: the good lines are read, each bad one skipped with its line
    mixed = {r["line"]: r for r in by_path[str(folder / "mixed.jsonl")]}
    assert {n for n, r in mixed.items() if r["status"] == "read"} == {1, 9, 11}
    assert {n for n, r in mixed.items() if r["status"] == "skipped"} == {2, 3, 4, 5, 6, 8, 10}
    truncated = by_path[str(folder / "truncated.jsonl.gz")]
    assert sum(r["status"] == "read" for r in truncated) >= 1  # what came before the cut is kept
    # each skip is one line on stderr naming the file (and line) and the reason
    lines = set(stderr.splitlines())
    for record in inputs:
        if record["status"] == "skipped":
            where = record["path"] + (f":{record['line']}" if record["line"] is not None else "")
            assert "\n" not in record["reason"]
            assert f"skipped {where}: {record['reason']}" in lines, where


@pytest.mark.parametrize("fmt", TIMELINE.formats)
def test_timeline_over_hostile_folder_every_format(
    hostile: Path, tmp_path: Path, seeds_dir: Path, fmt: str
) -> None:
    out = tmp_path / f"story{EXTENSIONS[fmt]}"
    report_path = tmp_path / "run.json"
    result = _invoke("timeline", str(hostile), "-f", fmt, "-o", str(out), "--report", str(report_path),
                     "--no-progress")  # fmt: skip
    _no_traceback(result)
    assert result.exit_code == 3, result.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    inputs = _check_report(report, hostile)
    _check_skips(inputs, hostile, result.stderr)
    read_ids = {r["article_id"] for r in inputs if r["status"] == "read"}
    assert _seed_ids(seeds_dir) <= read_ids  # the good seed pages were read
    dup = [r for r in inputs if r["status"] == "duplicate"]
    assert len(dup) == 1 and dup[0]["article_id"] in _seed_ids(seeds_dir)
    text = out.read_text(encoding="utf-8")
    assert text.strip()
    if fmt == "json":
        timeline = json.loads(text)
        assert timeline["entries"], "the good articles still make a timeline"
        cited = {c["article_id"] for e in timeline["entries"] for c in e["citations"]}
        assert cited and cited <= read_ids
    if fmt == "html":
        for active in make_hostile.ACTIVE_CONTENT:
            assert active not in text, active


def test_timeline_to_terminal_stdout(hostile: Path) -> None:
    result = _invoke("timeline", str(hostile), "--no-progress")
    _no_traceback(result)
    assert result.exit_code == 3
    assert result.stdout.strip()  # the terminal view of the good articles
    assert "skipped" not in result.stdout  # the report goes to stderr only


def test_strict_fails_and_writes_nothing(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "story.json"
    out.write_text("previous\n", encoding="utf-8")
    result = _invoke("timeline", str(hostile), "-o", str(out), "--strict", "--no-progress")
    _no_traceback(result)
    assert result.exit_code == 1
    assert "--strict" in result.stderr and "chronicle: error:" in result.stderr
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_good_folder_exits_0(seeds_dir: Path, tmp_path: Path) -> None:
    result = _invoke("timeline", str(seeds_dir), "-o", str(tmp_path / "s.json"), "--strict", "--no-progress")
    _no_traceback(result)
    assert result.exit_code == 0


ACTIVE_PAGE = (
    " date 2025-03-06 The group posted the message on March 5, 2025, and it read "
    '"</script><script>alert(4)</script>" in full, the police said on Thursday.\n\n'
    'On March 5, 2025, a second post held <img src=x onerror="alert(5)"> and a link to javascript:alert(6) '
    "that the police said was malicious.\n"
)


def test_active_content_in_sentences_is_escaped_in_html(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "active.txt").write_text(ACTIVE_PAGE, encoding="utf-8")
    out = tmp_path / "story.html"
    result = _invoke("timeline", str(tmp_path / "in"), "-o", str(out), "--no-progress", "--quiet")
    _no_traceback(result)
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "alert(4)" in html or "alert(5)" in html  # the sentences are in the page, escaped
    assert "&lt;img src=x onerror" in html or "\\u003cimg src=x onerror" in html  # text, escaped
    for active in ("<script>alert(4)", "</script><script>alert", "<img src=x", 'href="javascript:'):
        assert active not in html, active


def test_a_path_that_does_not_exist_is_a_clean_error(tmp_path: Path) -> None:
    result = _invoke("timeline", str(tmp_path / "missing"), "--no-progress")
    _no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr.startswith("chronicle: error:") and "no such file" in result.stderr


MALFORMED_TIMELINES = {
    "binary.json": b"\x89PNG\r\n\x1a\n\x00\x00",
    "latin1.txt": "2010-01-23\nCaf\xe9 .\n".encode("latin-1"),
    "empty.txt": b"",
    "blank.txt": b"\n\n  \n",
    "bad_json.json": b'{"schema": "chronicle.timeline/1", "entries": [',
    "wrong_schema.json": b'{"schema": "other/9", "entries": []}',
    "bad_entry.json": b'{"schema": "chronicle.timeline/1", "entries": [{"date": "2025-02-30", '
    b'"summary": []}]}',
    "deep.json": b"{" + b'"a":[' * 50_000,
    "list.json": b"[1, 2, 3]",
    "tilse_bad_date.txt": b"2010-13-45\nA sentence .\n--------------------------------\n",
    "tilse_no_date.txt": b"A sentence without a date .\n",
    "tilse_year0.txt": b"0000-01-01\nA sentence .\n",
}


@pytest.mark.parametrize("name", sorted(MALFORMED_TIMELINES))
def test_evaluate_malformed_timeline_is_a_clean_error(tmp_path: Path, name: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("2010-01-23\nRescue teams pulled a man from the hotel .\n" + "-" * 32 + "\n")
    bad = tmp_path / name
    bad.write_bytes(MALFORMED_TIMELINES[name])
    for args in ((str(bad), str(good)), (str(good), str(bad))):
        result = _invoke("evaluate", *args)
        _no_traceback(result)
        assert result.exit_code == 1, (name, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("chronicle: error:"), result.stderr
        assert name in lines[0]
