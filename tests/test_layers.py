"""The layering the architecture promises, read from the source: one module composes the stages, and the
outputs depend on the data model, never on the pipeline."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from chronicle.errors import OptionsError
from chronicle.outputs import (
    ADD_REPORT,
    ASK,
    BENCH,
    CLAIMS,
    ENTITIES,
    EVALUATION,
    RUN_REPORT,
    TIMELINE,
    Output,
)
from chronicle.outputs.formats import FORMATS

SRC = Path(__file__).resolve().parents[1] / "src" / "chronicle"


def _imports(path: Path) -> set[tuple[str, str]]:
    """(module, name) of every ``from chronicle.x import name``; (module, "") of ``import chronicle.x``."""
    found: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("chronicle"):
            found |= {(node.module, alias.name) for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {(alias.name, "") for alias in node.names if alias.name.startswith("chronicle")}
    return found


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


# What the outputs may use: the data model, errors and word lists, the benchmark's result types, atomic
# writes, and which timeline entries a conflict belongs to (computed once, in chronicle.conflicts).
OUTPUTS_MAY_IMPORT = {
    "chronicle.model",
    "chronicle.errors",
    "chronicle.lexicon",
    "chronicle.evaluate",
    "chronicle.atomic",
    "chronicle.conflicts",
}


@pytest.mark.parametrize("path", sorted((SRC / "outputs").glob("*.py")), ids=lambda p: p.name)
def test_outputs_never_import_the_pipeline(path: Path) -> None:
    used = {module for module, _ in _imports(path) if not module.startswith("chronicle.outputs")}
    assert used <= OUTPUTS_MAY_IMPORT, used - OUTPUTS_MAY_IMPORT


# Stage functions that only the pipeline calls (each module defines its own; tests call them directly).
STAGE_FUNCTIONS = {
    ("chronicle.read", "read_corpus"),
    ("chronicle.timeline", "build_timeline"),
    ("chronicle.entities", "extract_entities"),
    ("chronicle.claims", "extract_claims"),
    ("chronicle.conflicts", "group_claims"),
    ("chronicle.conflicts", "mark_conflicts"),
    ("chronicle.store", "add_paths"),
    ("chronicle.store", "load_documents"),
}


def test_only_the_pipeline_composes_the_stages() -> None:
    composers = {path.relative_to(SRC).as_posix() for path in _modules() if _imports(path) & STAGE_FUNCTIONS}
    assert composers == {"pipeline.py"}


OUTPUTS = [TIMELINE, CLAIMS, ENTITIES, RUN_REPORT, ADD_REPORT, BENCH, EVALUATION, ASK]


@pytest.mark.parametrize("output", OUTPUTS, ids=lambda o: o.name)
def test_every_output_speaks_registered_formats_and_json(output: Output[object]) -> None:
    assert output.formats and set(output.formats) <= set(FORMATS)
    assert "json" in output.formats


def test_an_output_refuses_an_unregistered_format_and_names_its_own() -> None:
    with pytest.raises(ValueError, match="not in the registry"):
        Output("x", {"pdf": str})
    with pytest.raises(OptionsError, match="known: terminal, json, markdown"):
        CLAIMS.render(object(), "html")  # type: ignore[arg-type]
    assert CLAIMS.format_for_path(Path("c.MD")) == "markdown"
    with pytest.raises(OptionsError, match=r"\.json, \.md, \.markdown\); use --format"):
        CLAIMS.format_for_path(Path("c.html"))
