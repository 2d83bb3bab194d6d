"""``chronicle claims`` and ``chronicle entities``, in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronicle.cli import EXIT_SKIPPED, main

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


@pytest.fixture(scope="module")
def claims_json() -> dict[str, list[dict[str, object]]]:
    result = CliRunner().invoke(
        main, ["claims", str(FIXTURES), "--format", "json", "--no-progress", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    data: dict[str, list[dict[str, object]]] = json.loads(result.stdout)
    return data


def test_claims_json_lists_conflicts_with_both_sides(claims_json: dict[str, list[dict[str, object]]]) -> None:
    assert set(claims_json) >= {"conflicts", "agreements", "claims"}
    captured = next(g for g in claims_json["conflicts"] if g["property"] == "captured on")
    sides = captured["sides"]
    assert isinstance(sides, list)
    assert {s["date"] for s in sides} == {"2025-04-05", "2025-04-04"}
    assert {s["outlet"] for s in sides} == {"kyiv-daily", "babel-news"}
    for side in sides:
        assert {"value", "quote", "outlet", "published", "article_id", "start", "end", "speaker"} <= set(side)
        assert {"path", "line", "url", "side"} <= set(side)  # the input each side came from
        path = side["path"]
        assert isinstance(path, str) and Path(path).parent == FIXTURES and side["line"] is None
    assert {s["side"] for s in sides} == {0, 1}
    assert claims_json["schema"] == "chronicle.claims/2"
    # four conflicts and one spelling finding (Chang / Zhang Renbo); the "163 Chinese nationals serving"
    # agreement is now part of the 155-vs-163 conflict (one point, grouped by meaning)
    verdicts = sorted(str(g["verdict"]) for g in claims_json["conflicts"])
    assert verdicts == ["conflict"] * 4 + ["spelling"]
    assert len(claims_json["agreements"]) == 3
    assert claims_json["updates"] == [] and claims_json["scope"] == []


def test_claims_terminal_and_markdown_to_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["claims", str(FIXTURES), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "5 conflict(s), 0 update(s), 3 agreement(s)" in result.stdout
    assert "SPELLING  Sources spell Zhang Renbo differently: Chang Renbo (kyiv-daily)" in result.stdout
    assert "CONFLICT  Sources differ on how many Chinese mercenaries fighting for Russia" in result.stdout
    assert "3 inputs: 3 read" in result.stderr
    out = tmp_path / "claims.md"
    result = CliRunner().invoke(main, ["claims", str(FIXTURES), "-f", "markdown", "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Where sources differ")
    assert "- 155 — kyiv-daily, 2025-04-10" in text


def test_claims_rule_fallback_gives_the_same_conflicts() -> None:
    result = CliRunner().invoke(main, ["claims", str(FIXTURES), "-f", "json", "--no-model", "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert sorted(g["property"] for g in data["conflicts"]) == [
        "birth year",
        "captured on",
        "count",
        "name spelling",
        "occupation",
    ]


def test_entities_json_on_the_seeds(seeds_dir: Path) -> None:
    result = CliRunner().invoke(main, ["entities", str(seeds_dir), "-f", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    names = {e["name"]: e for e in data["entities"]}
    assert names["Wang Guangjun"]["kind"] == "person"
    assert names["Chang Renbo"]["kind"] == "person"
    sbu = next(e for e in data["entities"] if "SBU" in [e["name"], *e["aliases"]])
    assert {sbu["name"], *sbu["aliases"]} == {"SBU", "Security Service of Ukraine"}


def test_entities_markdown_and_skipped_inputs(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(
        (FIXTURES / "east-wire.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "bad.txt").write_text("no date line here\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["entities", str(tmp_path), "-f", "markdown", "--no-model"])
    assert result.exit_code == EXIT_SKIPPED
    assert "| Wang Guangjun | person |" in result.stdout
    assert "skipped" in result.stderr


def test_missing_input_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["claims", str(tmp_path / "nope")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_terminal_claims_list_every_claim_with_its_source(seeds_dir: Path) -> None:
    result = CliRunner().invoke(main, ["claims", str(seeds_dir), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Wang Guangjun — birth year: 1991" in result.stdout
    assert "Chang Renbo — birth year: 1998" in result.stdout
