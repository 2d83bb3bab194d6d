"""The README's library example runs as written (with ../shared where the tests find it)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def _library_example() -> str:
    section = README.read_text(encoding="utf-8").split("## As a library", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    assert found, "the README's library section has no python example"
    return found.group(1)


def test_the_library_example_runs(shared_dir: Path) -> None:
    code = _library_example().replace('"../shared/', f'"{shared_dir.as_posix()}/')
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, str(README), "exec"), {"__name__": "readme"})
    lines = printed.getvalue().splitlines()
    assert any(line.startswith("2025-04-08 ") for line in lines)
    assert any(line.startswith("Wang Guangjun — birth year 1991 (") for line in lines)
