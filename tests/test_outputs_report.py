"""The run report: every input's fate, its fallbacks, and the expressions it left ungrounded."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from chronicle.cli import main
from chronicle.model import AddResult, Corpus, InputRecord, InputStatus
from chronicle.outputs.report import add_report_to_json, report_to_json, summary_line
from chronicle.pipeline import Pipeline, PipelineOptions

PAGES = Path(__file__).resolve().parents[1] / "benchmarks" / "temporal" / "pages"
# ` date 2021-06 `: "yesterday", "on Monday", "last week" and "three days ago" need the day it lacks
MONTH_ONLY = PAGES / "flood-month-only.txt"
DAY = PAGES / "conductor-funeral.txt"  # a page with a full publication date


def test_run_report_counts_ungrounded_expressions_per_input(tmp_path: Path) -> None:
    report = tmp_path / "run.json"
    result = CliRunner().invoke(
        main,
        ["timeline", str(MONTH_ONLY), str(DAY), "--no-progress", "--no-cross-check", "--report", str(report)],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text())
    by_path = {Path(r["path"]).name: r for r in data["inputs"]}
    assert by_path["flood-month-only.txt"]["ungrounded"] == 4
    assert by_path["flood-month-only.txt"]["fallbacks"][0].startswith(
        "publication date known to the month only"
    )
    assert by_path["conductor-funeral.txt"]["ungrounded"] == 0
    assert by_path["conductor-funeral.txt"]["fallbacks"] == []
    assert data["counts"]["ungrounded"] == 4 and data["counts"]["fallbacks"] == 1
    assert "1 read with a fallback" in result.stderr and "4 expressions not grounded" in result.stderr


def test_summary_line_says_nothing_more_without_fallbacks() -> None:
    run = Pipeline(PipelineOptions(stages=())).run([DAY])
    assert (
        summary_line(run.corpus, run.documents)
        == "1 input: 1 read, 0 merged as duplicates, 0 skipped (1 distinct article)"
    )


def test_skipped_and_duplicate_inputs_have_no_ungrounded_count() -> None:
    run = Pipeline(PipelineOptions(stages=())).run([MONTH_ONLY, MONTH_ONLY])
    data = report_to_json(run.corpus, run.documents)
    assert [r["status"] for r in data["inputs"]] == ["read", "duplicate"]
    assert [r["ungrounded"] for r in data["inputs"]] == [4, None]
    skipped = Corpus((), (InputRecord("x.txt", InputStatus.SKIPPED, reason="empty file"),))
    assert report_to_json(skipped)["inputs"][0]["ungrounded"] is None


def test_add_report_records_keep_their_shape() -> None:
    result = AddResult(1, (InputRecord("a.txt", InputStatus.READ, article_id="a"),), 1, 0, 0, 0, 1)
    assert "ungrounded" not in add_report_to_json(result)["inputs"][0]
