"""``chronicle claims``: checkable claims in the pages, and where outlets agree or contradict each other."""

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
from chronicle.outputs import CLAIMS
from chronicle.pipeline import CROSS_CHECK, PipelineOptions


@main.command("claims")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@output_option
@format_option(CLAIMS)
@no_model_option
@no_progress_option
@quiet_option
def claims_command(
    inputs: tuple[Path, ...],
    output: Path | None,
    fmt: str | None,
    no_model: bool,
    no_progress: bool,
    quiet: bool,
) -> None:
    """Cross-check INPUTS: the claims they make (counts, dates, ages, jobs) and where outlets disagree.

    Claims about the same point from different articles are grouped by meaning (155 Chinese citizens
    fighting / 163 Chinese nationals serving); a group is a conflict only when the values clearly cannot
    both be true of the same time (155 vs 163; April 4 vs April 5; aged 33 vs 34 in one week); a tally that
    grew is an update; names spelt differently are reported too.
    """
    with library_errors():
        fmt = choose_format(CLAIMS, fmt, output)
        options = PipelineOptions(stages=CROSS_CHECK, entity_model=not no_model)
        run = run_pipeline(options, inputs, no_progress=no_progress, quiet=quiet)
        emit(CLAIMS, run, fmt, output)
    exit_for(run.corpus.inputs)
