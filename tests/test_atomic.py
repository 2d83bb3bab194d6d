"""chronicle.atomic.write_atomic: complete files or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.atomic import write_atomic


def test_writes_text_as_utf8_and_bytes_as_is(tmp_path: Path) -> None:
    write_atomic(tmp_path / "t.txt", "caf\u00e9\r\nline\n")
    write_atomic(tmp_path / "b.bin", b"\x00\xff")
    assert (tmp_path / "t.txt").read_bytes() == "caf\u00e9\r\nline\n".encode()
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\xff"


def test_replaces_an_existing_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    write_atomic(str(target), "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o600


def test_new_files_get_the_umask_mode(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.write_text("x", encoding="utf-8")
    write_atomic(tmp_path / "atomic", "x")
    assert (tmp_path / "atomic").stat().st_mode & 0o777 == plain.stat().st_mode & 0o777


def test_leaves_no_temporary_files(tmp_path: Path) -> None:
    for i in range(3):
        write_atomic(tmp_path / "out.txt", f"version {i}")
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_failed_write_keeps_the_old_file_and_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(TypeError):
        write_atomic(target, 42)  # type: ignore[arg-type]
    (tmp_path / "dir_target").mkdir()
    with pytest.raises(OSError):
        write_atomic(tmp_path / "dir_target", "x")  # cannot replace a folder with a file
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir_target", "out.txt"]


def test_follows_a_symlink_and_keeps_it(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_a_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "no" / "such" / "out.txt", "x")
