"""The bad-input matrix: every hostile file yields one clear one-line reason and the rest is still read."""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest

from chronicle.model import Granularity, InputRecord, InputStatus
from chronicle.read import iter_inputs, read_corpus

GOOD = " date 2024-05-06 The council approved the budget on Monday after a long debate."


def _read_with_good_neighbour(tmp_path: Path, name: str, content: bytes) -> InputRecord:
    """Write a bad file beside a good one; the bad one is skipped, the good one still read."""
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz_good.txt").write_text(GOOD, encoding="utf-8")
    corpus = read_corpus([tmp_path])
    by_name = {Path(r.path).name: r for r in corpus.inputs}
    assert by_name["zz_good.txt"].status is InputStatus.READ
    assert len(corpus.inputs) == 2
    record = by_name[name]
    assert record.path == str(tmp_path / name)
    if record.reason is not None:
        assert "\n" not in record.reason
    return record


def _skipped(tmp_path: Path, name: str, content: bytes) -> str:
    record = _read_with_good_neighbour(tmp_path, name, content)
    assert record.status is InputStatus.SKIPPED
    assert record.reason
    return record.reason


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    reason = _skipped(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert reason == "binary file (NUL byte at offset 8), not text"


def test_binary_file_of_control_characters(tmp_path: Path) -> None:
    assert "binary file" in _skipped(tmp_path, "blob.txt", bytes(range(1, 32)) * 40)


def test_cp1252_page_is_decoded_and_the_fallback_named(tmp_path: Path) -> None:
    content = " date 2024-05-06 He said \u201cno\u201d to the deal \u2013 caf\u00e9 owners too.".encode(
        "cp1252"
    )
    record = _read_with_good_neighbour(tmp_path, "windows.txt", content)
    assert record.status is InputStatus.READ
    offset = content.index(b"\x93")
    assert record.fallbacks == (
        f"decoded as cp1252 (not valid UTF-8 (cp1252?): byte 0x93 at offset {offset})",
    )
    ((_, article),) = list(iter_inputs([tmp_path / "windows.txt"]))
    assert (
        article is not None
        and article.text == "He said \u201cno\u201d to the deal \u2013 caf\u00e9 owners too."
    )


def test_latin1_page_with_bytes_cp1252_lacks_is_decoded_as_latin1(tmp_path: Path) -> None:
    content = b" date 2024-05-06 broken \x81 caf\xe9 bytes"
    record = _read_with_good_neighbour(tmp_path, "garbled.txt", content)
    assert record.status is InputStatus.READ
    offset = content.index(b"\x81")
    assert record.fallbacks == (f"decoded as latin-1 (not valid UTF-8: byte 0x81 at offset {offset})",)


def test_month_only_date_line_is_read_at_month_precision(tmp_path: Path) -> None:
    record = _read_with_good_neighbour(
        tmp_path, "month.txt", b" date 2025-04 Talks began on April 8. It rained."
    )
    assert record.status is InputStatus.READ
    assert record.fallbacks and "month only (2025-04)" in record.fallbacks[0]
    ((_, article),) = list(iter_inputs([tmp_path / "month.txt"]))
    assert article is not None
    assert article.published == dt.date(2025, 4, 1) and article.published_precision is Granularity.MONTH


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_are_decoded(tmp_path: Path, codec: str) -> None:
    content = GOOD.replace("budget", "bügdet \u2014 finally").encode(codec)
    if codec == "utf-16-be":
        content = codecs.BOM_UTF16_BE + content
    (tmp_path / "wide.txt").write_bytes(content)
    ((record, article),) = list(iter_inputs([tmp_path / "wide.txt"]))
    assert record.status is InputStatus.READ, record.reason
    assert article is not None and article.text.startswith("The council approved the bügdet \u2014 finally")


def test_utf8_with_bom_is_read(tmp_path: Path) -> None:
    record = _read_with_good_neighbour(
        tmp_path, "bom.txt", codecs.BOM_UTF8 + GOOD.replace("council", "mayor").encode()
    )
    assert record.status is InputStatus.READ


def test_utf16_jsonl_with_bom_is_read(tmp_path: Path) -> None:
    line = json.dumps({"published": "2024-05-06", "source": "s", "text": "Wide JSON text."})
    (tmp_path / "wide.jsonl").write_bytes((line + "\n").encode("utf-16"))
    ((record, article),) = list(iter_inputs([tmp_path / "wide.jsonl"]))
    assert record.status is InputStatus.READ and record.line == 1
    assert article is not None and article.text == "Wide JSON text."


def test_empty_file(tmp_path: Path) -> None:
    assert _skipped(tmp_path, "empty.txt", b"") == "empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    assert _skipped(tmp_path, "blank.txt", b" \n\t \r\n  ") == "whitespace-only file"


def test_page_without_a_date_line(tmp_path: Path) -> None:
    assert (
        _skipped(tmp_path, "nodate.txt", b"Just a page of text.\n") == "no ` date YYYY-MM-DD ` line at start"
    )


def test_date_line_with_nothing_after_it(tmp_path: Path) -> None:
    assert _skipped(tmp_path, "dateonly.txt", b" date 2024-05-06   \n ") == "empty text"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("2025-02-30", "impossible date 2025-02-30 in date line (day is out of range for month)"),
        ("0000-01-01", "impossible date 0000-01-01 in date line (year 0 is out of range)"),
        ("2025-13-01", "impossible date 2025-13-01 in date line (month must be in 1..12)"),
        ("2025-13", "impossible month 2025-13 in date line (month must be in 1..12)"),
        ("2025", "date line gives only a year (2025); need YYYY-MM-DD"),
        ("April-10", "malformed date line: 'April-10' is not YYYY-MM-DD"),
    ],
)
def test_bad_dates_in_the_date_line(tmp_path: Path, token: str, expected: str) -> None:
    assert _skipped(tmp_path, "bad.txt", f" date {token} Some page text.".encode()) == expected


def test_truncated_gzip_keeps_the_lines_read_so_far(tmp_path: Path) -> None:
    rows = [
        {"published": "2024-05-06", "source": "s", "text": f"Article number {i} " * 40} for i in range(300)
    ]
    whole = gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    records = [r for r, _ in iter_inputs([tmp_path / "cut.jsonl.gz"])]
    read = [r for r in records if r.status is InputStatus.READ]
    assert 0 < len(read) < 300
    assert [r.line for r in read] == list(range(1, len(read) + 1))
    last = records[-1]
    assert last.status is InputStatus.SKIPPED and last.line is None
    assert last.reason is not None and last.reason.startswith("truncated gzip after line ")
    assert int(last.reason.rsplit(" ", 1)[1]) >= len(read)


def test_gzip_that_is_not_json_lines(tmp_path: Path) -> None:
    assert _skipped(tmp_path, "page.gz", gzip.compress(b"<html>not json</html>\n" * 50)) == (
        "compressed content is not JSON Lines"
    )


def test_malformed_and_incomplete_json_lines_among_good_ones(tmp_path: Path) -> None:
    good = {"published": "2024-05-06", "source": "s", "text": "Good text."}
    lines = [
        json.dumps(good),
        '{"published": "2024-05-06", "text": "unterminated',
        json.dumps({"source": "s", "text": "No date."}),
        json.dumps({"published": "2024-05-06", "source": "s"}),
        json.dumps({"published": "2024-02-30", "source": "s", "text": "Bad day."}),
        json.dumps({"published": "May 6, 2024", "source": "s", "text": "Bad format."}),
        json.dumps({"published": "2024-05-06", "source": "s", "text": "   "}),
        "[1, 2]",
        "",
        json.dumps({**good, "text": "Also good."}),
    ]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = [r for r, _ in iter_inputs([tmp_path / "mixed.jsonl"])]
    outcome = {r.line: r.reason if r.status is InputStatus.SKIPPED else "READ" for r in records}
    assert outcome == {
        1: "READ",
        2: "malformed JSON (Unterminated string starting at, column 37)",
        3: "missing 'published' date",
        4: "missing 'text'",
        5: "impossible 'published' date '2024-02-30' (day is out of range for month)",
        6: "bad 'published' date 'May 6, 2024': not YYYY-MM-DD",
        7: "empty text",
        8: "not a JSON object but a list",
        10: "READ",  # the blank line 9 holds no input and yields no record
    }


_GOOD_LINE = json.dumps({"published": "2024-05-06", "source": "s", "text": "Fine."}).encode()
# written bytes: a cp1252 line (é, smart quotes, an en dash), a Latin-1 one with 0x81 (undefined in cp1252)
_CP1252_LINE = b'{"published": "2024-05-06", "text": "caf\xe9 \x93quoted\x94 \x96 dash"}'
_LATIN1_LINE = b'{"published": "2024-05-06", "text": "odd \x81 byte, caf\xe9"}'


@pytest.mark.parametrize("name", ["enc.jsonl", "enc.jsonl.gz", "enc.json"])
def test_a_json_line_in_a_legacy_encoding_is_decoded_and_the_fallback_named(
    tmp_path: Path, name: str
) -> None:
    content = _GOOD_LINE + b"\n" + _CP1252_LINE + b"\n" + _LATIN1_LINE + b"\n"
    path = tmp_path / name
    path.write_bytes(gzip.compress(content) if name.endswith(".gz") else content)
    items = list(iter_inputs([path]))
    assert [(r.status, r.line) for r, _ in items] == [(InputStatus.READ, n) for n in (1, 2, 3)]
    (good, _), (cp1252, article), (latin1, other) = items
    assert good.fallbacks == ()
    assert cp1252.fallbacks == (
        "decoded as cp1252 (not valid UTF-8 (cp1252?): byte 0xe9 at offset 40 of the line)",
    )
    assert article is not None and article.text == "café “quoted” – dash"
    assert latin1.fallbacks == ("decoded as latin-1 (not valid UTF-8: byte 0x81 at offset 41 of the line)",)
    assert other is not None and other.text == "odd \x81 byte, café"


def test_a_json_line_with_a_nul_byte_and_bad_utf8_is_still_skipped(tmp_path: Path) -> None:
    bad = b'{"published": "2024-05-06", "text": "caf\xe9 \x00"}'
    (tmp_path / "enc.jsonl").write_bytes(_GOOD_LINE + b"\n" + bad + b"\n")
    records = [r for r, _ in iter_inputs([tmp_path / "enc.jsonl"])]
    assert records[0].status is InputStatus.READ
    assert records[1].status is InputStatus.SKIPPED
    assert records[1].reason == "not valid UTF-8 (cp1252?): byte 0xe9 at offset 40 of the line"


def test_a_50_mb_page_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    paragraph = "The committee met again and discussed the flooding in detail.\n" * 1000
    with path.open("w", encoding="utf-8") as out:
        out.write(" date 2024-05-06 ")
        while out.tell() < 50 * 1024 * 1024:
            out.write(paragraph)
    ((record, article),) = list(iter_inputs([path]))
    assert record.status is InputStatus.READ
    assert article is not None and len(article.text) > 50 * 1000 * 1000


def test_a_page_over_max_bytes_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(GOOD + " more" * 500, encoding="utf-8")
    ((record, _),) = list(iter_inputs([tmp_path / "big.txt"], max_bytes=1000))
    assert (
        record.reason
        == f"file too large ({(tmp_path / 'big.txt').stat().st_size:,} bytes; the limit is 1,000)"
    )


def test_a_json_line_over_max_bytes_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    small = json.dumps({"published": "2024-05-06", "source": "s", "text": "Small."})
    large = json.dumps({"published": "2024-05-06", "source": "s", "text": "x" * 5000})
    (tmp_path / "lines.jsonl").write_text(f"{small}\n{large}\n{small.replace('Small', 'Tiny')}\n", "utf-8")
    records = [r for r, _ in iter_inputs([tmp_path / "lines.jsonl"], max_bytes=1000)]
    assert [(r.line, r.status) for r in records] == [
        (1, InputStatus.READ),
        (2, InputStatus.SKIPPED),
        (3, InputStatus.READ),
    ]
    assert records[1].reason == "line too large (over the size limit)"


def test_a_page_of_one_200000_character_line(tmp_path: Path) -> None:
    text = " date 2024-05-06 " + "word " * 40_000
    ((record, article),) = list(iter_inputs([_write(tmp_path / "long.txt", text)]))
    assert record.status is InputStatus.READ
    assert article is not None and len(article.text) == 200_000 - 1


def test_deeply_nested_html_is_skipped_with_a_reason(tmp_path: Path) -> None:
    html = (
        '<html><head><meta name="date" content="2024-05-06"></head><body>'
        + "<div>" * 5000
        + "<p>Deep text about the storm and the damage it did to the harbour.</p>" * 5
        + "</div>" * 5000
        + "</body></html>"
    )
    record = _read_with_good_neighbour(tmp_path, "deep.html", html.encode())
    # lxml stops at 256 nested elements, so trafilatura finds no main text: the page is skipped, not lost
    assert record.status is InputStatus.SKIPPED
    assert record.reason == "no main text found in HTML (trafilatura; malformed or too deeply nested?)"


def test_html_without_a_date(tmp_path: Path) -> None:
    body = "".join(
        f"<p>Paragraph {i} about the harbour repairs and their cost to the town.</p>" for i in range(6)
    )
    html = f"<html><head><title>Repairs</title></head><body><article>{body}</article></body></html>"
    assert _skipped(tmp_path, "undated.html", html.encode()) == "no publication date found in HTML metadata"


def test_symlink_loop_in_a_folder_terminates_and_is_reported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    records = {Path(r.path).relative_to(tmp_path).as_posix(): r for r, _ in iter_inputs([tmp_path])}
    assert records["sub/page.txt"].status is InputStatus.READ
    assert records["sub/loop"].reason == f"symbolic link loop: leads back to folder {tmp_path}"
    assert records["self"].reason == "symbolic link loop: the link resolves to itself"
    assert (
        records["dangling"].reason
        == f"broken symbolic link (target {str(tmp_path / 'nowhere')!r} does not exist)"
    )
    assert len(records) == 4


def test_a_folder_reached_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "page.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    records = [r for r, _ in iter_inputs([tmp_path])]
    assert [(Path(r.path).name, r.status) for r in records] == [
        ("page.txt", InputStatus.READ),
        ("real", InputStatus.SKIPPED),
    ]
    assert records[1].reason == f"folder already read as {tmp_path / 'alias'}"


def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "secret.txt", GOOD)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file (root): permissions do not bite")
        assert _skipped(tmp_path, "secret.txt", b"") == "cannot open: Permission denied"
    finally:
        path.chmod(0o644)


def test_permission_errors_are_skips_even_when_root_could_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # root ignores chmod 000, so simulate what a normal user meets: open() and listing refused
    _write(tmp_path / "a_locked.txt", GOOD)
    (tmp_path / "b_locked_dir").mkdir()
    _write(tmp_path / "b_locked_dir" / "inner.txt", GOOD)
    real_open, real_iterdir = Path.open, Path.iterdir

    def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "a_locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def refusing_iterdir(self: Path) -> Any:
        if self.name == "b_locked_dir":
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "open", refusing_open)
    monkeypatch.setattr(Path, "iterdir", refusing_iterdir)
    _write(tmp_path / "c_good.txt", GOOD.replace("council", "board"))
    records = {Path(r.path).name: r for r, _ in iter_inputs([tmp_path])}
    assert records["a_locked.txt"].reason == "cannot open: Permission denied"
    assert records["b_locked_dir"].reason == "cannot list folder: Permission denied"
    assert records["c_good.txt"].status is InputStatus.READ
    assert len(records) == 3


def test_unreadable_file_contents_are_never_needed_to_account_for_it(tmp_path: Path) -> None:
    # whatever the permissions, a chmod 000 file is accounted for with exactly one record
    path = _write(tmp_path / "locked.txt", GOOD)
    path.chmod(0)
    try:
        records = [r for r, _ in iter_inputs([tmp_path])]
    finally:
        path.chmod(0o644)
    assert [r.path for r in records] == [str(path)]


def test_a_folder_with_no_article_files(tmp_path: Path) -> None:
    for name in [".DS_Store", "notes.txt~", ".#lock", "photo.jpg"]:
        (tmp_path / name).write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" if name == "photo.jpg" else b"x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    corpus = read_corpus([tmp_path])
    assert corpus.articles == ()
    reasons = {Path(r.path).name: r.reason for r in corpus.inputs}
    assert reasons == {
        ".#lock": "not an article file (hidden file)",
        ".DS_Store": "not an article file (hidden file)",
        ".git": "hidden folder, not read",
        "notes.txt~": "not an article file (editor backup or temporary file)",
        "photo.jpg": "binary file (NUL byte at offset 4), not text",
    }


def test_an_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert [(r.path, r.reason) for r, _ in iter_inputs([tmp_path / "empty"])] == [
        (str(tmp_path / "empty"), "folder holds no files")
    ]


def test_a_text_file_of_another_type(tmp_path: Path) -> None:
    assert _skipped(tmp_path, "table.csv", b"a,b\n1,2\n") == "not an article file (unsupported type .csv)"


def test_a_json_array_file(tmp_path: Path) -> None:
    assert _skipped(tmp_path, "list.json", b'[{"text": "x"}]') == (
        "a JSON array; expected JSON Lines (one JSON object a line)"
    )


def test_a_fifo_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    assert [r.reason for r, _ in iter_inputs([tmp_path])] == ["not a regular file (device, FIFO or socket)"]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
