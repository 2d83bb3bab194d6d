"""What became of every input: the run report (schema ``chronicle.report/1``), the add report (schema
``chronicle.add-report/1``) and their one-line summaries for people."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from chronicle.model import AddResult, Corpus, InputRecord, InputStatus
from chronicle.outputs.wording import plural

__all__ = [
    "ADD_SCHEMA",
    "SCHEMA",
    "add_report_to_json",
    "add_summary",
    "counts",
    "record_to_json",
    "report_to_json",
    "skipped_lines",
    "summary_line",
]

SCHEMA = "chronicle.report/1"
ADD_SCHEMA = "chronicle.add-report/1"


def record_to_json(record: InputRecord) -> dict[str, Any]:
    """One input's fate as JSON-ready data."""
    return {
        "path": record.path,
        "line": record.line,
        "status": record.status.value,
        "article_id": record.article_id,
        "reason": record.reason,
        "fallbacks": list(record.fallbacks),
    }


def counts(corpus: Corpus) -> dict[str, int]:
    """Inputs by status, plus the number of distinct articles."""
    by_status = Counter(record.status for record in corpus.inputs)
    return {
        "inputs": len(corpus.inputs),
        "read": by_status[InputStatus.READ],
        "duplicate": by_status[InputStatus.DUPLICATE],
        "skipped": by_status[InputStatus.SKIPPED],
        "articles": len(corpus.articles),
    }


def report_to_json(corpus: Corpus) -> dict[str, Any]:
    """The run report as JSON-ready data (schema ``chronicle.report/1``)."""
    return {
        "schema": SCHEMA,
        "counts": counts(corpus),
        "inputs": [record_to_json(record) for record in corpus.inputs],
    }


def summary_line(corpus: Corpus) -> str:
    """One line for people: "3 inputs: 2 read, 1 merged as duplicate, 0 skipped (2 distinct articles)"."""
    c = counts(corpus)
    if not corpus.inputs:
        return f"{plural(c['articles'], 'article')} from the store"
    return (
        f"{plural(c['inputs'], 'input')}: {c['read']} read, "
        f"{c['duplicate']} merged as duplicate{'s' if c['duplicate'] != 1 else ''}, {c['skipped']} skipped "
        f"({c['articles']} distinct article{'s' if c['articles'] != 1 else ''})"
    )


def skipped_lines(records: Iterable[InputRecord]) -> list[str]:
    """One line for each skipped input: "skipped path:line: reason"."""
    return [f"skipped {r.where}: {r.reason}" for r in records if r.status is InputStatus.SKIPPED]


def add_report_to_json(result: AddResult) -> dict[str, Any]:
    """The add report as JSON-ready data (schema ``chronicle.add-report/1``)."""
    return {
        "schema": ADD_SCHEMA,
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


def add_summary(result: AddResult) -> str:
    """One line for people: "5 inputs: 3 added, 1 already stored, 1 skipped; the store holds 12 articles"."""
    line = (
        f"{plural(len(result.inputs), 'input')}: {result.added} added, {result.merged} already stored, "
        f"{result.skipped} skipped"
    )
    if result.reannotated:
        line += f"; {result.reannotated} re-annotated (annotator changed)"
    return line + f"; the store holds {plural(result.total, 'article')}"
