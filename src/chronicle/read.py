"""Reading inputs: files and folders of dated news reports into :class:`Article` objects.

Every input is accounted for. :func:`iter_inputs` streams one :class:`InputRecord` per input (a file, or one
line of a JSON Lines file) with the :class:`Article` when it could be read; a bad input becomes a record with
``status=SKIPPED`` and a one-line ``reason`` (the record's :attr:`~InputRecord.where` names the file), and the
rest of the input is still read. :func:`read_corpus` collects the stream and merges identical articles.

Formats, told apart by content first and by file name second:

* dated page: optional whitespace, ``date YYYY-MM-DD``, then the raw page text (``.txt`` scrapes);
* JSON Lines ``{id, published, source, title?, url?, text}``, plain or gzip-compressed (by magic bytes);
* HTML pages, through trafilatura (main text, title, date, url, site name).

Text files are decoded as UTF-8 (a UTF-8, UTF-16 or UTF-32 byte order mark is honoured, and an HTML page's
declared charset). A dated page, or a line of JSON Lines (plain or gzip), that is not UTF-8 is decoded as
cp1252 (Latin-1 when it uses bytes cp1252 leaves undefined) and the fallback is named on its record
(:attr:`InputRecord.fallbacks`); anything else (NUL bytes, binary) is skipped with the offset of the first
bad byte.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import errno
import gzip
import hashlib
import json
import os
import re
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from chronicle.errors import DateError, InputError
from chronicle.model import Article, Corpus, Granularity, InputRecord, InputStatus, Origin

__all__ = ["DEFAULT_MAX_BYTES", "article_id", "iter_inputs", "read_corpus"]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""Largest single page (or JSON Lines line) read; larger ones are skipped with a reason."""

Item = tuple[InputRecord, Article | None]

_HEAD_BYTES = 64 * 1024
_HASH_CHUNK = 1 << 20
_JSONL_SUFFIXES = frozenset({".jsonl", ".json", ".ndjson"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
_BACKUP_SUFFIXES = frozenset({".swp", ".swo", ".bak", ".orig", ".tmp", ".part", ".crdownload"})

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f]")
_DATE_LINE = re.compile(r"\s*date[ \t]+(\S+)")
_DATE_WORD = re.compile(r"\s*date(?:\s|$)")
_FULL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_ONLY = re.compile(r"\d{4}-\d{2}")
_YEAR_ONLY = re.compile(r"\d{4}")
_HTML_START = re.compile(
    r"\s*<(?:!doctype\s+html|html|head|body|!--|meta|title|article|div|p)\b", re.IGNORECASE
)
_HTML_ANYWHERE = re.compile(r"<html[\s>]", re.IGNORECASE)
_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
# bytes that cp1252 leaves undefined: text containing them is not cp1252 either
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16: its BOM starts with UTF-16-LE's
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def article_id(text: str) -> str:
    """Content hash of an article: sha256 of the whitespace-normalised text (runs of whitespace become one
    space, ends stripped, i.e. ``" ".join(text.split())``), first 16 hex digits.

    Computed in chunks, so a huge page is not copied whole (lone surrogates are hashed as-is).
    """
    digest = hashlib.sha256()
    started = False  # some non-space text has been hashed
    owed_space = False  # a whitespace run was seen after the last hashed text
    for begin in range(0, len(text), _HASH_CHUNK):
        chunk = text[begin : begin + _HASH_CHUNK]
        core = " ".join(chunk.split())
        if not core:  # a chunk of whitespace only
            owed_space = True
            continue
        if started and (owed_space or chunk[0].isspace()):
            digest.update(b" ")
        digest.update(core.encode("utf-8", "surrogatepass"))
        started = True
        owed_space = chunk[-1].isspace()
    return digest.hexdigest()[:16]


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Stream one record per input, with its :class:`Article` when it was read.

    Folders are walked recursively in sorted name order; every file under them yields at least one record
    (hidden files and editor backups are listed as skipped, hidden folders as one skipped record, symbolic
    link loops are reported and not followed). Never raises for a bad input: only a given path that does
    not exist at all raises :class:`InputError` (checked for all paths before anything is read).
    """
    given = [os.fspath(p) for p in paths]
    for path in given:
        if not os.path.lexists(path):
            raise InputError(path, "no such file or folder")
    seen_dirs: dict[tuple[int, int], str] = {}
    for path in given:
        yield from _iter_path(path, max_bytes, seen_dirs)


def read_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_progress: Callable[[int], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Read every input into a :class:`Corpus`, merging identical articles (same :func:`article_id`).

    The first copy keeps its :class:`Article` (and its publication date); later copies become
    ``DUPLICATE`` records and their origins are appended to the kept article's. ``on_progress`` is called
    after each input with the number of inputs processed so far.
    """
    kept: dict[str, Article] = {}
    merged: dict[str, list[Origin]] = {}
    records: list[InputRecord] = []
    for count, (record, article) in enumerate(iter_inputs(paths, max_bytes=max_bytes), start=1):
        if article is not None:
            first = kept.get(article.id)
            if first is None:
                kept[article.id] = article
                merged[article.id] = []
            else:
                record = dataclasses.replace(record, status=InputStatus.DUPLICATE, article_id=article.id)
                merged[article.id].extend(article.origins)
                if first.title is None and article.title is not None:
                    kept[article.id] = dataclasses.replace(first, title=article.title)
        records.append(record)
        if on_progress is not None:
            on_progress(count)
    articles = tuple(
        dataclasses.replace(a, origins=a.origins + tuple(merged[a.id])) if merged[a.id] else a
        for a in kept.values()
    )
    return Corpus(articles=articles, inputs=tuple(records))


# --- walking -----------------------------------------------------------------------------------------------


def _skip(path: str, reason: str, line: int | None = None) -> Item:
    one_line = " ".join(reason.split())
    return InputRecord(path=path, status=InputStatus.SKIPPED, line=line, reason=one_line), None


def _read(article: Article, path: str, line: int | None = None) -> Item:
    return InputRecord(path=path, status=InputStatus.READ, line=line, article_id=article.id), article


def _stat_failure(path: str, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop: the link resolves to itself"
    link = Path(path)
    if link.is_symlink() and error.errno == errno.ENOENT:
        return f"broken symbolic link (target {str(link.readlink())!r} does not exist)"
    return f"cannot access: {error.strerror or error}"


def _not_article_name(name: str) -> str | None:
    """Why a file found in a folder is not read, judging by its name alone."""
    if name.startswith("."):
        return "not an article file (hidden file)"
    suffix = Path(name).suffix.lower()
    if name.endswith("~") or (name.startswith("#") and name.endswith("#")) or suffix in _BACKUP_SUFFIXES:
        return "not an article file (editor backup or temporary file)"
    return None


def _iter_path(path: str, max_bytes: int, seen_dirs: dict[tuple[int, int], str]) -> Iterator[Item]:
    """One given path: a file, or a folder walked depth-first in name order without recursion."""
    count = 0
    # each entry: (path, is_top, ancestor folder ids on the route from the given path)
    stack: list[tuple[str, bool, frozenset[tuple[int, int]]]] = [(path, True, frozenset())]
    while stack:
        entry, is_top, ancestors = stack.pop()
        try:
            info = Path(entry).stat()
        except OSError as error:
            count += 1
            yield _skip(entry, _stat_failure(entry, error))
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                count += 1
                yield _skip(entry, f"symbolic link loop: leads back to folder {seen_dirs.get(key, '?')}")
                continue
            if key in seen_dirs:
                count += 1
                yield _skip(entry, f"folder already read as {seen_dirs[key]}")
                continue
            seen_dirs[key] = entry
            if not is_top and Path(entry).name.startswith("."):
                count += 1
                yield _skip(entry, "hidden folder, not read")
                continue
            try:
                names = sorted(child.name for child in Path(entry).iterdir())
            except OSError as error:
                count += 1
                yield _skip(entry, f"cannot list folder: {error.strerror or error}")
                continue
            inner = ancestors | {key}
            stack.extend((str(Path(entry, name)), False, inner) for name in reversed(names))
        elif stat.S_ISREG(info.st_mode):
            reason = None if is_top else _not_article_name(Path(entry).name)
            count += 1
            if reason is not None:
                yield _skip(entry, reason)
            else:
                yield from _iter_file(entry, info.st_size, max_bytes)
        else:
            count += 1
            yield _skip(entry, "not a regular file (device, FIFO or socket)")
    if count == 0:
        yield _skip(path, "folder holds no files")


# --- one file ----------------------------------------------------------------------------------------------


def _iter_file(path: str, size: int, max_bytes: int) -> Iterator[Item]:
    """All records of one file; never raises (an unexpected error becomes a skip record)."""
    produced = False
    try:
        for item in _records_of_file(path, size, max_bytes):
            produced = True
            yield item
    except InputError as error:
        produced = True
        yield _skip(path, error.reason, error.line)
    except Exception as error:  # a bug or a library failure on a hostile input must not end the run
        produced = True
        yield _skip(path, f"unexpected error while reading: {type(error).__name__}: {error}")
    if not produced:
        yield _skip(path, "no records found")


def _records_of_file(path: str, size: int, max_bytes: int) -> Iterator[Item]:
    suffix = Path(path).suffix.lower()
    try:
        handle = Path(path).open("rb")  # noqa: SIM115  # closed by the with-block below
    except OSError as error:
        raise InputError(path, f"cannot open: {error.strerror or error}") from error
    with handle:
        try:
            head = handle.read(_HEAD_BYTES)
        except OSError as error:
            raise InputError(path, f"cannot read: {error.strerror or error}") from error
        if not head:
            raise InputError(path, "empty file")
        if head[:2] == b"\x1f\x8b":
            handle.seek(0)
            yield from _read_jsonl_gzip(path, handle, max_bytes)
            return
        encoding, bom = _sniff_encoding(path, head)
        sample = head[bom:].decode(encoding, errors="replace")
        if _looks_binary(sample):
            raise InputError(path, "binary file (control characters), not text")
        start = sample.lstrip()[:1]
        if start == "[" and suffix in _JSONL_SUFFIXES:
            raise InputError(path, "a JSON array; expected JSON Lines (one JSON object a line)")
        is_jsonl = start == "{" or (suffix in _JSONL_SUFFIXES and start != "<")
        # JSON Lines in UTF-8 are streamed (memory bounded per line, not per file); a small .json file may
        # also be one pretty-printed document, so it is read whole below
        if is_jsonl and encoding == "utf-8" and (suffix != ".json" or size > max_bytes):
            handle.seek(bom)
            yield from _read_jsonl_lines(path, _iter_lines(handle, max_bytes), _stem(path))
            return
        if size > max_bytes:
            raise InputError(path, f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
        handle.seek(0)
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(path, f"file too large (over {max_bytes:,} bytes, the limit)")
    if is_jsonl:  # a .json document, or UTF-16/32 JSON Lines: small enough to decode whole
        try:
            text = _decode(path, data, encoding, bom)
        except InputError:
            if encoding != "utf-8" or bom or b"\x00" in data:
                raise
            # not UTF-8 as a whole: JSON Lines whose lines are decoded one by one (with the fallback)
            raw_lines = ((n, line) for n, line in enumerate(data.split(b"\n"), start=1))
            yield from _read_jsonl_lines(path, raw_lines, _stem(path))
            return
        del data
        if suffix == ".json":
            document = _json_document(text)
            if isinstance(document, dict):
                yield _read(_parse_json_object(path, None, document, _stem(path)), path)
                return
            if document is not None:
                raise InputError(path, f"a JSON {type(document).__name__}; expected JSON objects")
        # split on newlines only: JSON strings may hold raw U+2028 and other separators splitlines() uses
        lines = ((n, line) for n, line in enumerate(text.split("\n"), start=1))
        yield from _read_jsonl_lines(path, lines, _stem(path))
        return
    if suffix in _HTML_SUFFIXES or _is_html(sample):
        declared = _declared_charset(head) if bom == 0 else None
        html = _decode(path, data, declared or encoding, bom)
        del data
        yield _read_html(path, html)
        return
    fallbacks: tuple[str, ...] = ()
    try:
        text = _decode(path, data, encoding, bom)
    except InputError as error:
        legacy = _legacy_decode(data) if encoding == "utf-8" and bom == 0 else None
        if legacy is None:
            raise
        text, used = legacy
        fallbacks = (f"decoded as {used} ({error.reason})",)
    del data
    yield _read_dated_page(path, text, suffix, fallbacks)


def _is_html(sample: str) -> bool:
    return _HTML_START.match(sample) is not None or (
        sample.lstrip().startswith("<") and _HTML_ANYWHERE.search(sample) is not None
    )


def _stem(path: str) -> str:
    """The file name without its format suffixes (``bbc.jsonl.gz`` -> ``bbc``)."""
    name = Path(path).name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem or name


def _looks_binary(sample: str) -> bool:
    window = sample[:8192]
    return len(_CONTROL.findall(window)) * 20 > len(window)  # more than 5% control characters


def _sniff_encoding(path: str, head: bytes) -> tuple[str, int]:
    """The encoding to decode with and the length of the byte order mark; raises on a binary file."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    nul = head.find(b"\x00")
    if nul < 0:
        return "utf-8", 0
    # UTF-16 without a byte order mark: ASCII text has every other byte NUL
    even, odd = head[0::2], head[1::2]
    if len(head) >= 4:
        if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
            return "utf-16-le", 0
        if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
            return "utf-16-be", 0
    if head.lstrip().startswith(b"{"):
        return "utf-8", 0  # JSON Lines with a corrupt line: the lines are judged one by one
    raise _binary(path, nul)


def _binary(path: str, offset: int) -> InputError:
    return InputError(path, f"binary file (NUL byte at offset {offset}), not text")


def _declared_charset(head: bytes) -> str | None:
    match = _CHARSET.search(head)
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _decode(path: str, data: bytes, encoding: str, bom: int) -> str:
    """Decode strictly; a bad byte is reported with its offset (and a cp1252 hint when it fits)."""
    if encoding == "utf-8" and bom == 0:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise _binary(path, nul)
    try:
        text = str(memoryview(data)[bom:], encoding)
    except UnicodeDecodeError as error:
        offset = error.start + bom
        bad = data[offset : offset + 1]
        if encoding.replace("_", "-") in ("utf-8", "utf8"):
            hint = " (cp1252?)" if _looks_cp1252(data) else ""
            reason = f"not valid UTF-8{hint}: byte 0x{bad.hex()} at offset {offset}"
        else:
            reason = f"not valid {encoding}: byte 0x{bad.hex()} at offset {offset}"
        raise InputError(path, reason) from error
    if _looks_binary(text):
        raise InputError(path, "binary file (control characters), not text")
    return text


def _legacy_decode(data: bytes) -> tuple[str, str] | None:
    """A page that is not UTF-8 read as cp1252 (Windows' Western encoding: smart quotes, dashes, accents), or
    as Latin-1 when it uses bytes cp1252 leaves undefined; None when the result would be binary or the page
    holds NUL bytes."""
    if b"\x00" in data:
        return None
    encoding = "cp1252" if _looks_cp1252(data) else "latin-1"
    text = data.decode(encoding, errors="strict") if encoding == "latin-1" else data.decode(encoding)
    if _looks_binary(text):
        return None
    return text, encoding


def _looks_cp1252(data: bytes) -> bool:
    """Undecodable as UTF-8 but every high byte is a cp1252 character (smart quotes, dashes, accents)."""
    high = {b for b in data[:_HEAD_BYTES] if b >= 0x80}
    return bool(high) and not (high & _CP1252_UNDEFINED)


# --- dated pages -------------------------------------------------------------------------------------------


def _parse_date_token(path: str, token: str) -> tuple[dt.date, Granularity]:
    full = _FULL_DATE.fullmatch(token)
    if full is not None:
        try:
            return dt.date(int(full[1]), int(full[2]), int(full[3])), Granularity.DAY
        except ValueError as error:
            raise DateError(path, f"impossible date {token} in date line ({error})") from error
    if _MONTH_ONLY.fullmatch(token):
        try:
            return dt.date(int(token[:4]), int(token[5:7]), 1), Granularity.MONTH
        except ValueError as error:
            raise DateError(path, f"impossible month {token} in date line ({error})") from error
    if _YEAR_ONLY.fullmatch(token):
        raise DateError(path, f"date line gives only a year ({token}); need YYYY-MM-DD")
    shown = token if len(token) <= 40 else token[:40] + "..."
    raise DateError(path, f"malformed date line: {shown!r} is not YYYY-MM-DD")


def _read_dated_page(path: str, text: str, suffix: str, fallbacks: tuple[str, ...] = ()) -> Item:
    match = _DATE_LINE.match(text)
    if match is None:
        if not text.strip():
            raise InputError(path, "whitespace-only file")
        if _DATE_WORD.match(text):
            raise DateError(path, "date line has no date; need ` date YYYY-MM-DD ` at start")
        if suffix not in _TEXT_SUFFIXES:
            raise InputError(path, f"not an article file (unsupported type {suffix})")
        raise DateError(path, "no ` date YYYY-MM-DD ` line at start")
    published, precision = _parse_date_token(path, match[1])
    if precision is Granularity.MONTH:
        fallbacks += (
            f"publication date known to the month only ({match[1]}): "
            "expressions that need the day are not grounded",
        )
    start, end = match.end(), len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise InputError(path, "empty text")
    body = text[start:end]
    del text
    article = Article(
        id=article_id(body),
        published=published,
        text=body,
        origins=(Origin(path=path, outlet=_stem(path)),),
        published_precision=precision,
    )
    record, _ = _read(article, path)
    return dataclasses.replace(record, fallbacks=fallbacks), article


# --- HTML ----------------------------------------------------------------------------------------------


def _read_html(path: str, html: str) -> Item:
    import trafilatura  # deferred: a large import that only HTML inputs need

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception as error:  # lxml and trafilatura raise many types on hostile markup
        raise InputError(path, f"HTML extraction failed: {type(error).__name__}: {error}") from error
    if doc is None:
        raise InputError(path, "no main text found in HTML (trafilatura; malformed or too deeply nested?)")
    text = _clean_str(getattr(doc, "text", None))
    if text is None:
        raise InputError(path, "empty text")
    raw_date = _clean_str(getattr(doc, "date", None))
    if raw_date is None:
        raise DateError(path, "no publication date found in HTML metadata")
    try:
        published = dt.date.fromisoformat(raw_date[:10])
    except ValueError as error:
        raise DateError(path, f"bad publication date {raw_date!r} in HTML metadata") from error
    outlet = _clean_str(getattr(doc, "sitename", None)) or _stem(path)
    origin = Origin(path=path, outlet=outlet, url=_clean_str(getattr(doc, "url", None)))
    title = _clean_str(getattr(doc, "title", None))
    article = Article(id=article_id(text), published=published, text=text, origins=(origin,), title=title)
    return _read(article, path)


def _clean_str(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


# --- JSON Lines --------------------------------------------------------------------------------------------

_Line = tuple[int, bytes | str | None]  # (1-based line number, content or None when over the size limit)


def _iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[_Line]:
    """Lines of a binary stream with bounded memory: a line longer than ``max_bytes`` is drained and
    yielded as None."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line
                rest = stream.readline(_HASH_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def _read_jsonl_gzip(path: str, handle: BinaryIO, max_bytes: int) -> Iterator[Item]:
    last = 0
    stem = _stem(path)
    try:
        with gzip.GzipFile(fileobj=handle, mode="rb") as stream:
            lines = _iter_lines(stream, max_bytes)  # type: ignore[arg-type]  # GzipFile is a binary stream
            for item in _read_jsonl_lines(path, lines, stem, sniff=True):
                last = item[0].line or last
                yield item
    except EOFError:
        yield _skip(path, f"truncated gzip after line {last}")
    except (gzip.BadGzipFile, zlib.error, OSError) as error:
        yield _skip(path, f"corrupt gzip after line {last}: {error}")


def _read_jsonl_lines(path: str, lines: Iterator[_Line], stem: str, *, sniff: bool = False) -> Iterator[Item]:
    """Records of JSON Lines; with ``sniff``, content whose first line is not a JSON object is skipped
    whole (a compressed file that is not JSON Lines)."""
    any_record = False
    for number, raw in lines:
        if raw is None:
            any_record = True
            yield _skip(path, "line too large (over the size limit)", number)
            continue
        if not raw.strip():
            continue  # a blank line holds no input
        if sniff and not any_record and not _opens_object(raw):
            raise InputError(path, "compressed content is not JSON Lines")
        any_record = True
        try:
            article, fallbacks = _parse_json_line(path, number, raw, stem)
        except InputError as error:
            yield _skip(path, error.reason, number)
        else:
            record, _ = _read(article, path, number)
            yield dataclasses.replace(record, fallbacks=fallbacks), article
    if not any_record:
        raise InputError(path, "no JSON records (only blank lines)")


def _opens_object(raw: bytes | str) -> bool:
    if isinstance(raw, bytes):
        return raw.lstrip().removeprefix(codecs.BOM_UTF8).startswith(b"{")
    return raw.lstrip().removeprefix("\ufeff").startswith("{")


def _line_text(path: str, number: int, raw: bytes | str) -> tuple[str, tuple[str, ...]]:
    """A line's text and the fallbacks used to decode it: a line that is not UTF-8 is read as cp1252 (or
    Latin-1), like a dated page, unless it holds NUL bytes or would decode to binary."""
    if isinstance(raw, str):
        return raw.rstrip("\r\n"), ()
    raw = raw.rstrip(b"\r\n")
    if number == 1:
        raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.start + 1].hex()
        hint = " (cp1252?)" if _looks_cp1252(raw) else ""
        reason = f"not valid UTF-8{hint}: byte 0x{bad} at offset {error.start} of the line"
        legacy = _legacy_decode(raw)
        if legacy is None:
            raise InputError(path, reason, number) from error
        text, used = legacy
        return text, (f"decoded as {used} ({reason})",)


def _json_document(text: str) -> object:
    """A whole ``.json`` file parsed as one document, or None when it is not one (JSON Lines, say)."""
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return None


def _parse_json_line(path: str, number: int, raw: bytes | str, stem: str) -> tuple[Article, tuple[str, ...]]:
    """The article of one JSON Lines line and the fallbacks its decoding needed."""
    text, fallbacks = _line_text(path, number, raw)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"malformed JSON ({error.msg}, column {error.colno})", number) from error
    except RecursionError as error:
        raise InputError(path, "malformed JSON: nested too deeply", number) from error
    if not isinstance(obj, dict):
        raise InputError(path, f"not a JSON object but a {type(obj).__name__}", number)
    return _parse_json_object(path, number, obj, stem), fallbacks


def _parse_json_object(path: str, number: int | None, obj: dict[str, object], stem: str) -> Article:
    text = obj.get("text")
    if text is None:
        raise InputError(path, "missing 'text'" if number else "JSON document without 'text'", number)
    if not isinstance(text, str):
        raise InputError(path, f"'text' is not a string but a {type(text).__name__}", number)
    text = _SURROGATE.sub("\ufffd", text).strip()
    if not text:
        raise InputError(path, "empty text", number)
    published = _json_date(path, number, obj.get("published"))
    outlet = _clean_str(obj.get("source")) or stem
    origin = Origin(path=path, outlet=outlet, line=number, url=_clean_str(obj.get("url")))
    title = _clean_str(obj.get("title"))
    return Article(id=article_id(text), published=published, text=text, origins=(origin,), title=title)


def _json_date(path: str, number: int | None, value: object) -> dt.date:
    if value is None:
        raise DateError(path, "missing 'published' date", number)
    if not isinstance(value, str):
        raise DateError(path, f"'published' is not a string but a {type(value).__name__}", number)
    shown = value if len(value) <= 40 else value[:40] + "..."
    day = value.strip()[:10]
    rest = value.strip()[10:]
    if not _FULL_DATE.fullmatch(day) or (rest and rest[0] not in "T "):
        raise DateError(path, f"bad 'published' date {shown!r}: not YYYY-MM-DD", number)
    try:
        return dt.date.fromisoformat(day)
    except ValueError as error:
        raise DateError(path, f"impossible 'published' date {shown!r} ({error})", number) from error
