"""Questions read from a file: one a line, or JSON Lines objects with a ``"question"`` field."""

from __future__ import annotations

import json
import os
from pathlib import Path

from chronicle.errors import InputError

__all__ = ["read_questions"]


def read_questions(path: str | os.PathLike[str]) -> list[str]:
    """The questions in ``path``, in order; blank lines and lines starting with ``#`` are skipped.

    A line starting with ``{`` is a JSON object and must hold a non-empty string ``"question"``. Raises
    :class:`~chronicle.errors.InputError` (naming the file and line) for a malformed line, a file that is not
    UTF-8 text, or a file without any question.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InputError(str(p), f"not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise InputError(str(p), error.strerror or str(error)) from None
    questions: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("{"):
            try:
                obj = json.loads(stripped)
            except json.JSONDecodeError as error:
                raise InputError(str(p), f"not a JSON object ({error.msg})", number) from None
            question = obj.get("question") if isinstance(obj, dict) else None
            if not isinstance(question, str) or not question.strip():
                raise InputError(str(p), 'a JSON line needs a non-empty "question" string', number)
            stripped = question.strip()
        questions.append(stripped)
    if not questions:
        raise InputError(str(p), "no question in the file")
    return questions
