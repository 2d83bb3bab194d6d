"""``chronicle claims``: checkable claims in the pages, and where outlets agree or contradict each other."""

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
from chronicle.outputs import CLAIMS
from chronicle.pipeline import CROSS_CHECK, PipelineOptions


@main.command("claims")
@inputs_argument
@output_options(CLAIMS)
@no_model_option
@run_report_options
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
    options = PipelineOptions(stages=CROSS_CHECK, entity_model=not no_model)
    run_and_emit(CLAIMS, options, inputs, output, fmt, no_progress=no_progress, quiet=quiet)
