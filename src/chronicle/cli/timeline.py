"""``chronicle timeline``: read pages, build the story's timeline, print or write it."""

from __future__ import annotations

from pathlib import Path

import click

from chronicle.cli import main
from chronicle.cli._common import (
    choose_format,
    emit,
    exit_for,
    fail,
    library_errors,
    output_options,
    report_option,
    run_pipeline,
    run_report_options,
    store_option,
)
from chronicle.outputs import RUN_REPORT, TIMELINE
from chronicle.pipeline import DOCUMENT_STAGES, PipelineOptions, Stage


@main.command("timeline")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@output_options(TIMELINE)
@click.option(
    "-q", "--query", help='Focus on a story, e.g. "Chinese prisoners of war". Default: the dominant one.'
)
@click.option(
    "-d", "--dates", type=click.IntRange(min=1), help="Number of dates. Default: chosen from the data."
)
@click.option(
    "-k",
    "--sentences",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Summary sentences per date.",
)
@report_option("Write the run report (every input: read, duplicate, skipped and why) as JSON to FILE.")
@store_option(
    "Use the annotation store FILE (see `chronicle add`): INPUTS, if any, are added to it first, "
    "then the timeline is built from the stored annotations without re-reading text."
)
@click.option(
    "--cross-check/--no-cross-check",
    "cross",
    default=None,
    help="Find entities and claims and mark where sources conflict. Default: on (on large collections the "
    "NER model reads only the sentences where a claim about a person can be).",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1, nothing written) if any input was skipped.")
@run_report_options
def timeline_command(
    inputs: tuple[Path, ...],
    output: Path | None,
    fmt: str | None,
    query: str | None,
    dates: int | None,
    sentences: int,
    report_path: Path | None,
    store_path: Path | None,
    cross: bool | None,
    strict: bool,
    no_progress: bool,
    quiet: bool,
) -> None:
    """Build the timeline of the story told by INPUTS (files or folders, read recursively).

    Inputs: dated pages (a first line ` date YYYY-MM-DD ` then the page text), JSON Lines articles
    ({id, published, source, text}, plain or .gz) and HTML pages. Every input is accounted for in the run
    report; exit code 3 means the timeline was built but some inputs were skipped.
    """
    from chronicle.timeline import TimelineOptions  # numpy and scipy: only when a timeline is built

    with library_errors():
        fmt = choose_format(TIMELINE, fmt, output)
        if not inputs and store_path is None:
            fail("give INPUTS (files or folders) or --store FILE")
        options = PipelineOptions(
            stages=(Stage.TIMELINE,) if cross is False else DOCUMENT_STAGES,
            timeline=TimelineOptions(dates=dates, sentences=sentences, query=query),
        )
        run = run_pipeline(options, inputs, store=store_path, no_progress=no_progress, quiet=quiet)
        if report_path is not None:
            emit(RUN_REPORT, run, "json", report_path)
        if strict and run.corpus.skipped:
            fail(f"{len(run.corpus.skipped)} input(s) skipped and --strict is set; nothing written")
        emit(TIMELINE, run, fmt, output)
    exit_for(run.corpus.inputs)
