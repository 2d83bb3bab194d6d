"""The run report: what became of every input (read, merged as a duplicate, or skipped and why)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from chronicle.model import Corpus, InputRecord, InputStatus


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
        "schema": "chronicle.report/1",
        "counts": counts(corpus),
        "inputs": [record_to_json(record) for record in corpus.inputs],
    }


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


def summary_line(corpus: Corpus) -> str:
    """One line for people: "3 inputs: 2 articles read, 1 duplicate merged, 0 skipped"."""
    c = counts(corpus)
    if not corpus.inputs:
        return f"{c['articles']} article{'s' if c['articles'] != 1 else ''} from the store"
    return (
        f"{c['inputs']} input{'s' if c['inputs'] != 1 else ''}: {c['read']} read, "
        f"{c['duplicate']} merged as duplicate{'s' if c['duplicate'] != 1 else ''}, {c['skipped']} skipped "
        f"({c['articles']} distinct article{'s' if c['articles'] != 1 else ''})"
    )
