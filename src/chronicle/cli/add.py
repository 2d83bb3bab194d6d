"""``chronicle add``: read new pages into an annotation store (each article read and annotated once)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from chronicle.atomic import write_atomic
from chronicle.cli import EXIT_SKIPPED, main
from chronicle.cli._common import (
    fail,
    library_errors,
    no_progress_option,
    progress_bar,
    quiet_option,
    stderr_console,
)
from chronicle.engine import ENGINES, make_engine
from chronicle.report import record_to_json
from chronicle.store import AddResult, add_paths


def summary(result: AddResult) -> str:
    """One line for people: "5 inputs: 3 added, 1 already stored, 1 skipped; the store holds 12 articles"."""
    n = len(result.inputs)
    line = (
        f"{n} input{'s' if n != 1 else ''}: {result.added} added, {result.merged} already stored, "
        f"{result.skipped} skipped"
    )
    if result.reannotated:
        line += f"; {result.reannotated} re-annotated (annotator changed)"
    return line + f"; the store holds {result.total} article{'s' if result.total != 1 else ''}"


def report_json(result: AddResult) -> dict[str, object]:
    """The add report as JSON-ready data (schema ``chronicle.add-report/1``)."""
    return {
        "schema": "chronicle.add-report/1",
        "run": result.run_id,
        "counts": {
            "inputs": len(result.inputs),
            "added": result.added,
            "already_stored": result.merged,
            "skipped": result.skipped,
            "reannotated": result.reannotated,
            "total": result.total,
        },
        "inputs": [record_to_json(r) for r in result.inputs],
    }


@main.command("add")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-s",
    "--store",
    "store_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The store (an SQLite file; created if missing).",
)
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
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the add report (every input: added, already stored, skipped and why) as JSON to FILE.",
)
@no_progress_option
@quiet_option
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
            fail("--address needs --engine dask", code=2)
        runner = make_engine(engine, address=address, workers=workers)
        with progress_bar(not no_progress) as progress:
            result = add_paths(store_path, inputs, engine=runner, progress=progress)
        if not quiet:
            console = stderr_console()
            console.print(summary(result), markup=False)
            for record in result.skipped_inputs:
                console.print(f"skipped {record.where}: {record.reason}", markup=False, style="yellow")
        if report_path is not None:
            write_atomic(report_path, json.dumps(report_json(result), indent=2, ensure_ascii=False) + "\n")
    if result.skipped:
        raise SystemExit(EXIT_SKIPPED)
