"""``chronicle evaluate``: score a predicted timeline against reference timelines (TLS benchmark metrics)."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from chronicle.atomic import write_atomic
from chronicle.cli import main
from chronicle.cli._common import library_errors
from chronicle.evaluate import TimelineEvaluator, TimelineScores
from chronicle.timeline_io import read_timeline

_LABELS = {
    "date": "Date",
    "align_r1": "Align ROUGE-1 (m:1)",
    "align_r2": "Align ROUGE-2 (m:1)",
    "concat_r1": "Concat ROUGE-1",
    "concat_r2": "Concat ROUGE-2",
    "agreement_r1": "Agreement ROUGE-1",
    "agreement_r2": "Agreement ROUGE-2",
}


def scores_table(scores: TimelineScores) -> Table:
    table = Table(title="Timeline scores (ROUGE-1.5.5 -m -s, tilse semantics)")
    table.add_column("metric")
    for column in ("precision", "recall", "F1"):
        table.add_column(column, justify="right")
    for metric, label in _LABELS.items():
        s = getattr(scores, metric)
        table.add_row(label, f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.f1:.4f}")
    return table


@main.command("evaluate")
@click.argument("predicted", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument(
    "references", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the scores as JSON.",
)
def evaluate_command(predicted: Path, references: tuple[Path, ...], json_path: Path | None) -> None:
    """Score the PREDICTED timeline against one or more REFERENCES (chronicle JSON or tilse text).

    Reports Date P/R/F1 (exact days) and concat, agreement and many-to-one alignment ROUGE-1/2, as tilse
    computes them. Several references form one ground truth. Entries that are not days are not scored.
    """
    with library_errors():
        prediction = read_timeline(predicted)
        gold = [read_timeline(path) for path in references]
        scores = TimelineEvaluator().evaluate(prediction, gold)
        Console(highlight=False).print(scores_table(scores))
        if json_path is not None:
            document = {
                "predicted": str(predicted),
                "references": [str(path) for path in references],
                "scores": scores.as_dict(),
            }
            write_atomic(json_path, json.dumps(document, indent=2) + "\n")
