"""A timeline's scores against references (``chronicle evaluate``): JSON and the terminal table."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from chronicle.evaluate import Evaluation
from chronicle.outputs.text import plain_text

__all__ = ["evaluation_table", "evaluation_text", "evaluation_to_json"]

_LABELS = {
    "date": "Date",
    "align_r1": "Align ROUGE-1 (m:1)",
    "align_r2": "Align ROUGE-2 (m:1)",
    "concat_r1": "Concat ROUGE-1",
    "concat_r2": "Concat ROUGE-2",
    "agreement_r1": "Agreement ROUGE-1",
    "agreement_r2": "Agreement ROUGE-2",
}


def evaluation_to_json(evaluation: Evaluation) -> dict[str, Any]:
    """Which files were compared, and every metric's precision, recall and F1."""
    return {
        "predicted": evaluation.predicted,
        "references": list(evaluation.references),
        "scores": evaluation.scores.as_dict(),
    }


def evaluation_table(evaluation: Evaluation) -> Table:
    """One row per metric: precision, recall, F1."""
    table = Table(title="Timeline scores (ROUGE-1.5.5 -m -s, tilse semantics)")
    table.add_column("metric")
    for column in ("precision", "recall", "F1"):
        table.add_column(column, justify="right")
    for metric, label in _LABELS.items():
        s = getattr(evaluation.scores, metric)
        table.add_row(label, f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.f1:.4f}")
    return table


def evaluation_text(evaluation: Evaluation) -> str:
    return plain_text(evaluation_table(evaluation))
