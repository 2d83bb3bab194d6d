"""Generate a folder of hostile inputs (every bad-input case chronicle must survive) plus good articles.

    python scripts/make_hostile.py OUTDIR [--seeds ../shared/seeds]

Then run any command on it, e.g. ``chronicle timeline OUTDIR --report run.json`` (exit code 3: some inputs
skipped, each listed on stderr with a one-line reason) or ``chronicle timeline OUTDIR --strict`` (exit 1).

The same generator builds the folder of ``tests/test_cli_bad_inputs.py``. :data:`EXPECTED_SKIPS` names the
files that must be skipped and a word their reason contains; every other file is read (or, for the
duplicate copy, merged).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"

# file (relative to the folder) -> a word the skip reason contains (lower case). invalid_utf8.txt, cp1252.txt
# and month_only.txt are read since issue 12 (legacy encodings decoded, month-only dates at month precision),
# each with its fallback named in the report.
EXPECTED_SKIPS: Mapping[str, str] = MappingProxyType(
    {
        "binary.txt": "binary",
        "controls.txt": "binary",
        "empty.txt": "empty",
        "whitespace.txt": "whitespace",
        "no_date.txt": "date",
        "date_word_only.txt": "date",
        "impossible_date.txt": "impossible",
        "year_zero.txt": "impossible",
        "too_large.txt": "too large",
        "json_array.jsonl": "array",
        "symlink_self": "loop",
        "broken_link.txt": "broken",
        "loops/up": "loop",
        "fifo": "not a regular file",
        ".hidden.txt": "hidden",
        "page.txt~": "backup",
        "unreadable.txt": "cannot",
        "bad.csv": "unsupported",
        "truncated.jsonl.gz": "truncated",
        "nested.html": "html",  # 20,000 nested <div>: no main text, and no date either
    }
)
# JSON Lines files whose some lines are skipped (the file also has read lines)
MIXED_JSONL = ("mixed.jsonl", "truncated.jsonl.gz")
# HTML with active content: read, but none of these may reach an HTML output as markup (as escaped text
# they are harmless: ``&lt;img src=x onerror=...&gt;``)
ACTIVE_CONTENT = ("<script>alert(", "<img src=", 'href="javascript:', "</script><script>")

_PROSE = (
    "The regional council met on {day} to review the emergency budget, and its members argued for hours "
    "before a vote. Four days later, on {later}, the mayor said the plan would be revised in early {month}. "
)


def _dated(date: str, body: str) -> str:
    return f" date {date} {body}"


def _prose(n: int, day: str = "March 3", later: str = "March 7", month: str = "April") -> str:
    return "\n\n".join(_PROSE.format(day=day, later=later, month=month) for _ in range(n))


def _good_jsonl_line(i: int) -> str:
    text = (
        f"Report {i}: rescue teams reached the valley on Monday, officials said on March {i + 1}, 2025. "
        f"The river had flooded two days earlier, and {i * 7 + 3} families were moved to shelters."
    )
    return json.dumps({"id": f"w{i}", "published": f"2025-03-{i + 10:02d}", "source": "Wire", "text": text})


def make_hostile(out: Path, seeds: Path = DEFAULT_SEEDS) -> Path:
    """Write the hostile folder into ``out`` (created; must be empty or missing) and return it."""
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty")

    def put(name: str, data: bytes | str) -> Path:
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    # good articles: the two seeds, one of them twice (a duplicate to merge)
    seed_files = sorted(seeds.glob("*.txt"))
    if len(seed_files) < 2:
        raise FileNotFoundError(f"need two seed pages in {seeds}")
    for seed in seed_files[:2]:
        shutil.copyfile(seed, out / f"good_{seed.name}")
    put(f"copies/dup_{seed_files[0].name}", seed_files[0].read_bytes())

    # undecodable or not text
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    put("controls.txt", bytes(range(1, 9)) * 300)
    put("invalid_utf8.txt", b" date 2025-04-10 The \x81\xc3 reading broke \xff here.")
    put("cp1252.txt", _dated("2025-04-10", "He said \u201cno\u201d \u2014 twice.").encode("cp1252"))
    # decodable with a byte order mark: read
    put("utf16_bom.txt", _dated("2025-04-09", _prose(2, "April 2", "April 6", "May")).encode("utf-16"))
    # empty, dateless, bad dates
    put("empty.txt", b"")
    put("whitespace.txt", "  \n\t\n   \n")
    put("no_date.txt", "The council met on Monday. Nobody knows when this page was published.")
    put("date_word_only.txt", " date \nSomething happened on Monday.")
    put("impossible_date.txt", _dated("2025-02-30", "The council met on Monday."))
    put("year_zero.txt", _dated("0000-05-06", "The council met on Monday."))
    put("month_only.txt", _dated("2025-04", "The council met on Monday."))
    put("bad.csv", "a,b,c\n1,2,3\n")
    # JSON Lines: good lines among malformed ones; a JSON array; a truncated gzip
    mixed = [
        _good_jsonl_line(1),
        '{"published": "2025-03-11", "text": "unterminated',
        "[1, 2, 3]",
        '{"published": "2025-02-30", "text": "An impossible date on Monday."}',
        '{"published": "2025-03-12"}',
        '{"published": "2025-03-12", "text": 42}',
        "",
        "\x00\x01 not json",
        _good_jsonl_line(2),
        "[" * 100_000,
        _good_jsonl_line(3),
    ]
    put("mixed.jsonl", "\n".join(mixed) + "\n")
    put("json_array.jsonl", "[" + ",".join(_good_jsonl_line(i) for i in range(2)) + "]\n")
    full = gzip.compress(("\n".join(_good_jsonl_line(i) for i in range(4, 40)) + "\n").encode())
    put("truncated.jsonl.gz", full[: len(full) // 2])
    # size: a big page, a page with one 200,000-character line, a page over the size limit (sparse)
    put("big_page.txt", _dated("2025-03-20", _prose(4000)))
    put("long_line.txt", _dated("2025-03-21", ("word " * 40_000)[:200_000] + " on March 3."))
    too_large = put("too_large.txt", _dated("2025-03-22", "x" * 70_000))
    os.truncate(too_large, 65 * 1024 * 1024)  # sparse: over the 64 MiB default limit, no disk used
    # HTML: deeply nested markup; a page with active content
    nested = "<div>" * 20_000 + "Deep text on March 3, 2025." + "</div>" * 20_000
    put("nested.html", f"<html><head><title>Deep</title></head><body>{nested}</body></html>")
    put("script.html", _script_page())
    # the file system: loops, broken links, a FIFO, hidden files, backups, an unreadable file
    (out / "symlink_self").symlink_to("symlink_self")
    (out / "broken_link.txt").symlink_to("does-not-exist.txt")
    (out / "loops").mkdir()
    put("loops/inner.txt", _dated("2025-03-23", "The loop folder holds one real page read on Monday."))
    (out / "loops" / "up").symlink_to("..")
    os.mkfifo(out / "fifo")
    put(".hidden.txt", _dated("2025-03-24", "Hidden."))
    put("page.txt~", _dated("2025-03-24", "Backup."))
    unreadable = put("unreadable.txt", _dated("2025-03-25", "Nobody can read this page."))
    unreadable.chmod(0)
    return out


def _script_page() -> str:
    paragraph = (
        "<p>Protesters gathered in the central square on March 2, 2025, and the police said on Tuesday "
        "that the crowd had dispersed peacefully after the evening rally ended. "
        '<img src="x.png" onerror="alert(1)"> Organisers said a second march would follow on March 9. '
        '<a href="javascript:alert(2)">Read more</a></p>'
    )
    return (
        "<!DOCTYPE html><html><head><title>Square protest</title>"
        '<meta property="og:site_name" content="Hostile Times">'
        '<meta name="date" content="2025-03-04">'
        "<script>alert('head')</script></head><body><article><h1>Square protest</h1>"
        + paragraph
        * 6
        + "<script>alert('body')</script><p>The &lt;script&gt;alert(3)&lt;/script&gt; text is only text, "
        "and the council said on Monday that it would review the protest rules in April.</p>"
        "</article></body></html>"
    )


def files_under(folder: Path) -> set[str]:
    """Every entry under ``folder`` as read would name it: files, links and FIFOs; walked without following
    links to folders (a link to a folder counts as one entry)."""
    found: set[str] = set()
    for current, dirs, files in os.walk(folder):
        for name in files:
            found.add(str(Path(current, name)))
        for name in list(dirs):
            if Path(current, name).is_symlink():
                found.add(str(Path(current, name)))
                dirs.remove(name)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("outdir", type=Path, help="folder to create (must be empty or missing)")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder with two seed pages")
    args = parser.parse_args(argv)
    folder = make_hostile(args.outdir, args.seeds)
    entries = files_under(folder)
    sys.stdout.write(f"wrote {len(entries)} entries to {folder}; {len(EXPECTED_SKIPS)} are to be skipped\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
