"""``chronicle add``: read new pages into an annotation store (each article read and annotated once)."""

from __future__ import annotations

from pathlib import Path

import click

from chronicle.cli import EXIT_USAGE, main
from chronicle.cli._common import (
    emit,
    exit_for,
    fail,
    inputs_argument,
    library_errors,
    progress_bar,
    report_inputs,
    report_option,
    run_report_options,
    store_option,
)
from chronicle.engine import ENGINES, make_engine
from chronicle.outputs import ADD_REPORT
from chronicle.outputs.report import add_summary
from chronicle.pipeline import Pipeline, PipelineOptions


@main.command("add")
@inputs_argument
@store_option("The store (an SQLite file; created if missing).", required=True)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="local",
    show_default=True,
    help="Where articles are annotated: this process, or a Dask cluster.",
)
@click.option("--address", help="Dask scheduler address (tcp://host:8786). Default: start a local cluster.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Worker processes of the local Dask cluster (without --address).",
)
@report_option("Write the add report (every input: added, already stored, skipped and why) as JSON to FILE.")
@run_report_options
def add_command(
    inputs: tuple[Path, ...],
    store_path: Path,
    engine: str,
    address: str | None,
    workers: int,
    report_path: Path | None,
    no_progress: bool,
    quiet: bool,
) -> None:
    """Add the articles of INPUTS (files or folders, read recursively) to the store.

    Each new article is read, cleaned and grounded once and its annotations kept; an article already in
    the store is not annotated again (the new place it was read from is recorded). Each article is
    committed on its own: an interrupted add keeps what it stored, and running it again completes it.
    Exit code 3 means some inputs were skipped (see the report).
    """
    with library_errors():
        if address is not None and engine != "dask":
            fail("--address needs --engine dask", code=EXIT_USAGE)
        runner = make_engine(engine, address=address, workers=workers)
        with progress_bar(not no_progress) as progress:
            pipeline = Pipeline(PipelineOptions(stages=()), progress=progress, engine=runner)
            result = pipeline.add(store_path, inputs)
        report_inputs(add_summary(result), result.inputs, quiet)
        if report_path is not None:
            emit(ADD_REPORT, result, "json", report_path)
    exit_for(result.inputs)
