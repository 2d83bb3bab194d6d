"""``chronicle evaluate``: score a predicted timeline against reference timelines (TLS benchmark metrics)."""

from __future__ import annotations

from pathlib import Path

import click

from chronicle.cli import main
from chronicle.cli._common import emit, library_errors
from chronicle.outputs import EVALUATION


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
    from chronicle.bench import evaluate_files  # imported when the command runs

    with library_errors():
        evaluation = evaluate_files(predicted, references)
        emit(EVALUATION, evaluation, "terminal", None)
        if json_path is not None:
            emit(EVALUATION, evaluation, "json", json_path)
