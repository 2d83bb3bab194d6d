"""``chronicle entities``: the people, places and organisations the pages name, merged across outlets."""

from __future__ import annotations

from pathlib import Path

from chronicle.cli import main
from chronicle.cli._common import (
    inputs_argument,
    no_model_option,
    output_options,
    run_and_emit,
    run_report_options,
)
from chronicle.outputs import ENTITIES
from chronicle.pipeline import PipelineOptions, Stage


@main.command("entities")
@inputs_argument
@output_options(ENTITIES)
@no_model_option
@run_report_options
def entities_command(
    inputs: tuple[Path, ...],
    output: Path | None,
    fmt: str | None,
    no_model: bool,
    no_progress: bool,
    quiet: bool,
) -> None:
    """List the people, places and organisations INPUTS name, merged across outlets with their aliases.

    Spelling variants (Zelensky / Zelenskyy), acronyms ("Security Service of Ukraine (SBU)") and surnames
    standing for a full name are merged under one canonical name.
    """
    options = PipelineOptions(stages=(Stage.ENTITIES,), entity_model=not no_model)
    run_and_emit(ENTITIES, options, inputs, output, fmt, no_progress=no_progress, quiet=quiet)
