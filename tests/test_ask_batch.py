"""Questions files (chronicle.ask.batch)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.ask.batch import read_questions
from chronicle.errors import InputError


def test_plain_lines_json_lines_comments_and_blanks(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_text(
        '# a comment\nWhen did it sink?\n\n{"question": "Who led the rescue?", "id": 2}\n', "utf-8"
    )
    assert read_questions(path) == ["When did it sink?", "Who led the rescue?"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"question": }\n', "q.txt:1: not a JSON object"),
        ('Fine?\n{"q": "x"}\n', 'q.txt:2: a JSON line needs a non-empty "question" string'),
        ("\n# nothing\n", "q.txt: no question in the file"),
    ],
)
def test_bad_files_name_the_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "q.txt"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace('"', '"')):
        read_questions(path)


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputError, match="not UTF-8"):
        read_questions(path)
