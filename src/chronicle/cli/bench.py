"""``chronicle bench``: the standard TLS benchmark protocol on a dataset in the t17 layout."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from chronicle.atomic import write_atomic
from chronicle.bench import BenchResult, bench_to_json, run_bench
from chronicle.cli import main
from chronicle.cli._common import library_errors, no_progress_option, progress_bar


def _table(result: BenchResult) -> Table:
    table = Table(title="TLS benchmark (F1; P/R averaged over timelines, F1 from the averages)")
    for column in (
        "topic",
        "timeline",
        "L",
        "k",
        "AR-1 F",
        "AR-2 F",
        "Date F1",
        "concat R-1",
        "agree R-1",
        "s",
    ):
        table.add_column(column, justify="left" if column in ("topic", "timeline") else "right")
    for r in result.tasks:
        s = r.scores
        table.add_row(
            r.task.topic,
            r.task.name,
            str(r.task.dates),
            str(r.task.sentences),
            f"{s.align_r1.f1:.3f}",
            f"{s.align_r2.f1:.3f}",
            f"{s.date.f1:.3f}",
            f"{s.concat_r1.f1:.3f}",
            f"{s.agreement_r1.f1:.3f}",
            f"{r.seconds:.1f}",
        )
    o = result.overall
    table.add_section()
    table.add_row(
        "overall",
        f"{len(result.tasks)} timelines",
        "",
        "",
        f"{o.align_r1.f1:.3f}",
        f"{o.align_r2.f1:.3f}",
        f"{o.date.f1:.3f}",
        f"{o.concat_r1.f1:.3f}",
        f"{o.agreement_r1.f1:.3f}",
        f"{result.seconds:.1f}",
        style="bold",
    )
    return table


@main.command("bench")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--topic", "topics", multiple=True, help="Only this topic (repeatable).")
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write per-timeline and overall scores, seconds per topic and peak memory as JSON.",
)
@no_progress_option
def bench_command(dataset: Path, topics: tuple[str, ...], json_path: Path | None, no_progress: bool) -> None:
    """Run the standard timeline-summarisation protocol on DATASET (one sub-folder per topic).

    Per reference timeline: articles restricted to its first..last date, L = its number of dates, k = its
    mean sentences per date; scores: alignment ROUGE-1/2 (AR-1, AR-2), Date F1, concat and agreement ROUGE.
    """
    with library_errors():
        with progress_bar(not no_progress) as progress:
            result = run_bench(dataset, topics or None, progress=progress)
        # a table wide enough for its columns when the output is a file or a pipe
        console = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
        console.print(_table(result))
        for t in result.topics:
            console.print(f"{t.topic}: {t.articles} articles, {t.seconds:.1f} s", markup=False)
        console.print(f"total {result.seconds:.1f} s, peak memory {result.peak_rss_mb:.0f} MB", markup=False)
        if json_path is not None:
            write_atomic(json_path, json.dumps(bench_to_json(result), indent=2) + "\n")
