"""``chronicle timeline``: read pages, build the story's timeline, print or write it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import click
from rich.console import Console

from chronicle.atomic import write_atomic
from chronicle.cli import EXIT_SKIPPED, main
from chronicle.cli._common import (
    fail,
    library_errors,
    no_progress_option,
    output_option,
    progress_bar,
    quiet_option,
    report_inputs,
    write_output,
)
from chronicle.export import FORMATS, format_for_path, render
from chronicle.pipeline import cross_check, run_from_store, run_timeline
from chronicle.render import render_terminal
from chronicle.report import report_to_json
from chronicle.store import add_paths
from chronicle.timeline import TimelineOptions


@main.command("timeline")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@output_option
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    help="Output format. Default: from the -o extension (.json, .md, .html), else the terminal view.",
)
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
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the run report (every input: read, duplicate, skipped and why) as JSON to FILE.",
)
@click.option(
    "-s",
    "--store",
    "store_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use the annotation store FILE (see `chronicle add`): INPUTS, if any, are added to it first, "
    "then the timeline is built from the stored annotations without re-reading text.",
)
@click.option(
    "--cross-check/--no-cross-check",
    "cross",
    default=None,
    help="Find entities and claims and mark where sources conflict. Default: on (on large collections the "
    "NER model reads only the sentences where a claim about a person can be).",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1, nothing written) if any input was skipped.")
@no_progress_option
@quiet_option
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
    with library_errors():
        if fmt is None:
            fmt = format_for_path(output) if output is not None else "terminal"
        if not inputs and store_path is None:
            fail("give INPUTS (files or folders) or --store FILE")
        options = TimelineOptions(dates=dates, sentences=sentences, query=query)
        with progress_bar(not no_progress) as progress:
            if store_path is None:
                run = run_timeline(inputs, options, progress)
            else:
                if inputs:
                    added = add_paths(store_path, inputs, progress=progress)
                    run_inputs = added.inputs
                run = run_from_store(store_path, options, progress)
                if inputs:
                    run = replace(run, corpus=replace(run.corpus, inputs=run_inputs))
            if cross is None or cross:
                run = cross_check(run, progress=progress)
        report_inputs(run.corpus, quiet)
        if report_path is not None:
            write_atomic(
                report_path, json.dumps(report_to_json(run.corpus), indent=2, ensure_ascii=False) + "\n"
            )
        if strict and run.corpus.skipped:
            fail(f"{len(run.corpus.skipped)} input(s) skipped and --strict is set; nothing written")
        if fmt == "terminal" and output is None:
            Console(highlight=False).print(render_terminal(run.timeline))
        else:
            write_output(render(run, fmt), output)
    if run.corpus.skipped:
        raise SystemExit(EXIT_SKIPPED)
