"""``chronicle ask``, in-process."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from chronicle.cli import EXIT_USAGE, main

FERRY = Path(__file__).parent / "fixtures" / "ask"


def test_one_question_as_json() -> None:
    result = CliRunner().invoke(
        main, ["ask", str(FERRY), "Who led the rescue operations?", "-f", "json", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["answers"][0]["value"] == "Elena Marsh"
    assert data["answers"][0]["citations"][0]["quote"].startswith("Rescue operations were led by")


def test_a_questions_file_in_markdown_to_a_file(tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "When did the Meridian sink?"}\nHow old is Elena Marsh?\n', "utf-8")
    out = tmp_path / "answers.md"
    result = CliRunner().invoke(main, ["ask", str(FERRY), "--questions", str(questions), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "## When did the Meridian sink?" in text and "September 12, 2024" in text
    assert "*Not stated in these sources.*" in text
    assert "3 inputs: 3 read" in result.stderr


def test_from_a_store(tmp_path: Path) -> None:
    store = tmp_path / "ferry.db"
    assert CliRunner().invoke(main, ["add", str(FERRY), "--store", str(store), "--quiet"]).exit_code == 0
    result = CliRunner().invoke(main, ["ask", "--store", str(store), "How old is the captain of the ferry?"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Q: How old is the captain of the ferry?\nA: 58 years old")


def test_usage_errors_are_one_line() -> None:
    result = CliRunner().invoke(main, ["ask"])
    assert result.exit_code == EXIT_USAGE and "give a QUESTION" in result.stderr
    result = CliRunner().invoke(main, ["ask", "When?"])
    assert result.exit_code == EXIT_USAGE and "give INPUTS" in result.stderr
    result = CliRunner().invoke(main, ["ask", "no/such/dir", "When?"])
    assert result.exit_code == 1 and result.stderr.startswith("chronicle: error:")
    assert "Traceback" not in result.output


def test_help_names_the_usage() -> None:
    result = CliRunner().invoke(main, ["ask", "--help"])
    assert result.exit_code == 0 and "INPUTS... QUESTION" in result.stdout and "--questions" in result.stdout
