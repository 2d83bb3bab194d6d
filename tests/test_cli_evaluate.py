"""``chronicle evaluate`` in-process: table, JSON output, clean errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from chronicle.cli import main

SEP = "-" * 32
REFERENCE = f"2011-01-25\nProtesters fill Tahrir Square .\n{SEP}\n2011-01-28\nPolice fire tear gas .\n{SEP}\n"
PREDICTED = f"2011-01-25\nProtesters fill Tahrir Square .\n{SEP}\n"


def _files(tmp_path: Path) -> tuple[Path, Path]:
    pred, ref = tmp_path / "pred.txt", tmp_path / "ref.txt"
    pred.write_text(PREDICTED, encoding="utf-8")
    ref.write_text(REFERENCE, encoding="utf-8")
    return pred, ref


def test_prints_table_and_writes_json(tmp_path: Path) -> None:
    pred, ref = _files(tmp_path)
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(main, ["evaluate", str(pred), str(ref), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "Align ROUGE-1" in result.output and "Date" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["references"] == [str(ref)]
    assert data["scores"]["date"] == {"precision": 1.0, "recall": 0.5, "f1": 2 / 3}
    assert data["scores"]["agreement_r1"]["precision"] == 1.0


def test_several_references(tmp_path: Path) -> None:
    pred, ref = _files(tmp_path)
    result = CliRunner().invoke(main, ["evaluate", str(pred), str(ref), str(pred)])
    assert result.exit_code == 0, result.output


def test_malformed_timeline_exits_1_with_message(tmp_path: Path) -> None:
    pred, _ = _files(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_text("not a timeline\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(pred), str(bad)])
    assert result.exit_code == 1
    assert "bad.txt: line 1: text outside a date block" in result.output
    assert "Traceback" not in result.output


def test_needs_a_reference_and_has_help(tmp_path: Path) -> None:
    pred, _ = _files(tmp_path)
    assert CliRunner().invoke(main, ["evaluate", str(pred)]).exit_code == 2
    help_text = CliRunner().invoke(main, ["evaluate", "--help"]).output
    assert "PREDICTED" in help_text and "--json" in help_text
