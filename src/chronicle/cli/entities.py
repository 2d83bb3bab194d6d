"""``chronicle entities``: the people, places and organisations the pages name, merged across outlets."""

from __future__ import annotations

from pathlib import Path

import click

from chronicle.cli import main
from chronicle.cli._common import (
    choose_format,
    emit,
    exit_for,
    format_option,
    library_errors,
    no_model_option,
    no_progress_option,
    output_option,
    quiet_option,
    run_pipeline,
)
from chronicle.outputs import ENTITIES
from chronicle.pipeline import PipelineOptions, Stage


@main.command("entities")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@output_option
@format_option(ENTITIES)
@no_model_option
@no_progress_option
@quiet_option
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
    with library_errors():
        fmt = choose_format(ENTITIES, fmt, output)
        options = PipelineOptions(stages=(Stage.ENTITIES,), entity_model=not no_model)
        run = run_pipeline(options, inputs, no_progress=no_progress, quiet=quiet)
        emit(ENTITIES, run, fmt, output)
    exit_for(run.corpus.inputs)
