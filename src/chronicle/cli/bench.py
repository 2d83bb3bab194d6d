"""``chronicle bench``: the standard TLS benchmark protocol on a dataset in the t17 layout."""

from __future__ import annotations

from pathlib import Path

import click

from chronicle.cli import main
from chronicle.cli._common import emit, library_errors, no_progress_option, progress_bar
from chronicle.outputs import BENCH
from chronicle.outputs.bench import TABLE_WIDTH


@main.command("bench")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--topic", "topics", multiple=True, help="Only this topic (repeatable).")
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write per-timeline, overall and long-story scores, seconds per topic and peak memory as JSON.",
)
@no_progress_option
def bench_command(dataset: Path, topics: tuple[str, ...], json_path: Path | None, no_progress: bool) -> None:
    """Run the standard timeline-summarisation protocol on DATASET (one sub-folder per topic).

    Per reference timeline: articles restricted to its first..last date, L = its number of dates, k = its
    mean sentences per date; scores: alignment ROUGE-1/2 (AR-1, AR-2), Date F1, concat and agreement ROUGE,
    over all timelines and over the long ones (spanning 90 days or more).
    """
    from chronicle.bench import run_bench  # the pipeline and timeline: imported when the command runs

    with library_errors():
        with progress_bar(not no_progress) as progress:
            result = run_bench(dataset, topics or None, progress=progress)
        emit(BENCH, result, "terminal", None, width=TABLE_WIDTH)
        if json_path is not None:
            emit(BENCH, result, "json", json_path)
