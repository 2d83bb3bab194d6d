"""The chronicle command, in-process: every command documents itself; timeline writes every format."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from chronicle.cli import EXIT_SKIPPED, main


def _commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help(name: str) -> None:
    command = main.commands[name]
    assert command.help and len(command.help.strip()) > 20
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts} has no help text"


def test_timeline_on_the_seeds_prints_the_dated_story(seeds_dir: Path) -> None:
    result = CliRunner().invoke(main, ["timeline", str(seeds_dir), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "2025-04-08" in result.stdout
    assert "Chang Renbo" in result.stdout
    assert "2 inputs: 2 read" in result.stderr


@pytest.mark.parametrize(
    ("name", "marker"), [("t.json", '"entries"'), ("t.md", "# Timeline"), ("t.html", "<html")]
)
def test_output_format_follows_the_extension(seeds_dir: Path, tmp_path: Path, name: str, marker: str) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(main, ["timeline", str(seeds_dir), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert marker in out.read_text(encoding="utf-8")


def test_json_output_has_dated_entries_with_citations(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "story.json"
    args = ["timeline", str(seeds_dir), "-o", str(out), "--dates", "5", "--sentences", "1", "--quiet"]
    assert CliRunner().invoke(main, args).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["entries"]) == 5
    for entry in data["entries"]:
        assert len(entry["summary"]) == 1
        assert entry["citations"] and all(c["quote"] for c in entry["citations"])


def test_a_format_that_cannot_hold_the_timeline_is_a_clean_error(seeds_dir: Path) -> None:
    result = CliRunner().invoke(main, ["timeline", str(seeds_dir), "-f", "tilse", "--quiet"])
    assert result.exit_code == 1
    assert "tilse format holds days only" in result.stderr  # the seeds have an "early February" entry
    assert "Traceback" not in result.output


def test_every_command_writes_the_format_its_extension_asks_for(seeds_dir: Path, tmp_path: Path) -> None:
    for command, schema in (("claims", "chronicle.claims/2"), ("entities", "chronicle.entities/1")):
        out = tmp_path / f"{command}.json"
        result = CliRunner().invoke(main, [command, str(seeds_dir), "-o", str(out), "--quiet", "--no-model"])
        assert result.exit_code == 0, result.output
        assert json.loads(out.read_text(encoding="utf-8"))["schema"] == schema
        bad = CliRunner().invoke(main, [command, str(seeds_dir), "-o", str(tmp_path / "x.html"), "--quiet"])
        assert bad.exit_code == 1 and "use --format" in bad.stderr


def test_unknown_extension_is_a_clean_error(seeds_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["timeline", str(seeds_dir), "-o", str(tmp_path / "t.xyz")])
    assert result.exit_code == 1
    assert "use --format" in result.stderr
    assert "Traceback" not in result.output


def test_missing_input_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["timeline", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "nowhere" in result.stderr


def test_skipped_inputs_are_reported_and_change_the_exit_code(seeds_dir: Path, tmp_path: Path) -> None:
    for seed in seeds_dir.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "nodate.txt").write_text("Just some text without a date line.", encoding="utf-8")
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    result = CliRunner().invoke(main, ["timeline", str(tmp_path), "--report", str(report), "--no-progress"])
    assert result.exit_code == EXIT_SKIPPED
    assert "broken.txt" in result.stderr and "nodate.txt" in result.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["counts"] == {
        "inputs": 4,
        "read": 2,
        "duplicate": 0,
        "skipped": 2,
        "articles": 2,
        "fallbacks": 0,
        "ungrounded": 0,
    }
    assert "2025-04-08" in result.stdout

    strict = CliRunner().invoke(main, ["timeline", str(tmp_path), "--strict", "-o", str(tmp_path / "t.json")])
    assert strict.exit_code == 1
    assert not (tmp_path / "t.json").exists()


def test_timeline_from_a_store_matches_the_in_memory_run(seeds_dir: Path, tmp_path: Path) -> None:
    store = tmp_path / "story.db"
    direct, stored = tmp_path / "direct.json", tmp_path / "stored.json"
    runner = CliRunner()
    assert runner.invoke(main, ["timeline", str(seeds_dir), "-o", str(direct), "--quiet"]).exit_code == 0
    first = runner.invoke(main, ["timeline", str(seeds_dir), "--store", str(store), "-o", str(stored)])
    assert first.exit_code == 0, first.output
    assert json.loads(stored.read_text("utf-8")) == json.loads(direct.read_text("utf-8"))
    again = runner.invoke(main, ["timeline", "--store", str(store), "-o", str(stored)])
    assert again.exit_code == 0, again.output
    assert "2 articles from the store" in again.stderr
    assert json.loads(stored.read_text("utf-8")) == json.loads(direct.read_text("utf-8"))


def test_timeline_needs_inputs_or_a_store() -> None:
    result = CliRunner().invoke(main, ["timeline"])
    assert result.exit_code == 1
    assert "--store" in result.stderr


def test_timeline_marks_where_sources_conflict(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "claims"
    out = tmp_path / "story.json"
    result = CliRunner().invoke(main, ["timeline", str(fixtures), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    notes = [note for entry in json.loads(out.read_text("utf-8"))["entries"] for note in entry["notes"]]
    assert any("captured" in note and "April 4" in note and "April 5" in note for note in notes)
    plain = tmp_path / "plain.json"
    args = ["timeline", str(fixtures), "-o", str(plain), "--quiet", "--no-cross-check"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert all(not e["notes"] for e in json.loads(plain.read_text("utf-8"))["entries"])
