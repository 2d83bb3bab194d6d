"""What became of every input: the run report (schema ``chronicle.report/1``), the add report (schema
``chronicle.add-report/1``) and their one-line summaries for people."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from chronicle.model import AddResult, Corpus, Document, InputRecord, InputStatus
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


def record_to_json(record: InputRecord, ungrounded: Mapping[str, int] | None = None) -> dict[str, Any]:
    """One input's fate as JSON-ready data; with ``ungrounded`` (article id -> expressions not grounded),
    a read input also says how many of its expressions could not be grounded (null otherwise)."""
    out: dict[str, Any] = {
        "path": record.path,
        "line": record.line,
        "status": record.status.value,
        "article_id": record.article_id,
        "reason": record.reason,
        "fallbacks": list(record.fallbacks),
    }
    if ungrounded is not None:
        read = record.status is InputStatus.READ and record.article_id is not None
        out["ungrounded"] = ungrounded.get(record.article_id or "", 0) if read else None
    return out


def counts(corpus: Corpus, documents: Iterable[Document] = ()) -> dict[str, int]:
    """Inputs by status, the number of distinct articles, the inputs read with a fallback, and the
    expressions the documents could not ground (they need a publication day their page lacks)."""
    by_status = Counter(record.status for record in corpus.inputs)
    return {
        "inputs": len(corpus.inputs),
        "read": by_status[InputStatus.READ],
        "duplicate": by_status[InputStatus.DUPLICATE],
        "skipped": by_status[InputStatus.SKIPPED],
        "articles": len(corpus.articles),
        "fallbacks": sum(1 for record in corpus.inputs if record.fallbacks),
        "ungrounded": sum(document.ungrounded for document in documents),
    }


def report_to_json(corpus: Corpus, documents: Iterable[Document] = ()) -> dict[str, Any]:
    """The run report as JSON-ready data (schema ``chronicle.report/1``); ``documents`` are the run's
    annotated articles, for the count of expressions each input left ungrounded."""
    docs = tuple(documents)
    ungrounded = {document.id: document.ungrounded for document in docs}
    return {
        "schema": SCHEMA,
        "counts": counts(corpus, docs),
        "inputs": [record_to_json(record, ungrounded) for record in corpus.inputs],
    }


def summary_line(corpus: Corpus, documents: Iterable[Document] = ()) -> str:
    """One line for people: "3 inputs: 2 read, 1 merged as duplicate, 0 skipped (2 distinct articles)",
    then, when there are any, the inputs read with a fallback and the expressions left ungrounded."""
    c = counts(corpus, documents)
    if not corpus.inputs:
        return f"{plural(c['articles'], 'article')} from the store"
    line = (
        f"{plural(c['inputs'], 'input')}: {c['read']} read, "
        f"{c['duplicate']} merged as duplicate{'s' if c['duplicate'] != 1 else ''}, {c['skipped']} skipped "
        f"({c['articles']} distinct article{'s' if c['articles'] != 1 else ''})"
    )
    if c["fallbacks"]:
        line += f"; {c['fallbacks']} read with a fallback (legacy encoding or month-only date)"
    if c["ungrounded"]:
        line += f"; {plural(c['ungrounded'], 'expression')} not grounded (publication day unknown)"
    return line


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
