"""Answers to questions (``chronicle ask``) as JSON, Markdown and terminal text.

One reply (one question) is a JSON object (``docs/json-schema.md``)::

    {"schema": "chronicle.reply/1", "question": "...", "kind": "date", "stated": true,
     "answers": [{"text", "value", "kind", "confidence", "granularity", "unit",
                  "citations": [{"outlet", "path", "line", "url", "published", "article_id",
                                 "quote", "start", "end"}]}],
     "disagreement": [{"about", "verdict", "explanation",
                       "sides": [{"value", "text", "speaker", "as_of", "citations"}]}],
     "note": null}

best answer first; no answers and ``"note": "not stated in these sources"`` when the sources do not say. A
batch (``--questions``) is ``{"schema": "chronicle.replies/1", "replies": [...]}``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chronicle.model import Answer, Disagreement, Quote, Reply, Verdict

__all__ = [
    "NOT_STATED",
    "REPLIES_SCHEMA",
    "REPLY_SCHEMA",
    "replies_markdown",
    "replies_text",
    "replies_to_json",
    "reply_to_json",
]

REPLY_SCHEMA = "chronicle.reply/1"
REPLIES_SCHEMA = "chronicle.replies/1"
NOT_STATED = "not stated in these sources"


def quote_to_json(quote: Quote) -> dict[str, Any]:
    return {
        "outlet": quote.outlet,
        "path": quote.path,
        "line": quote.line,
        "url": quote.url,
        "published": quote.published.isoformat(),
        "article_id": quote.article_id,
        "quote": quote.quote,
        "start": quote.start,
        "end": quote.end,
    }


def answer_to_json(answer: Answer) -> dict[str, Any]:
    return {
        "text": answer.text,
        "value": answer.value,
        "kind": answer.kind.value,
        "confidence": answer.confidence,
        "granularity": answer.granularity.value if answer.granularity is not None else None,
        "unit": answer.unit,
        "citations": [quote_to_json(q) for q in answer.quotes],
    }


_LEAD = {Verdict.CONFLICT: "Sources differ", Verdict.UPDATE: "Updated", Verdict.SCOPE: "Different scope"}


def disagreement_to_json(disagreement: Disagreement) -> dict[str, Any]:
    return {
        "about": disagreement.about,
        "verdict": disagreement.verdict.value,
        "explanation": disagreement.explanation,
        "sides": [
            {
                "value": side.value,
                "text": side.text,
                "speaker": side.speaker,
                "as_of": side.as_of.isoformat() if side.as_of else None,
                "citations": [quote_to_json(q) for q in side.quotes],
            }
            for side in disagreement.sides
        ],
    }


def reply_to_json(reply: Reply, schema: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {"schema": REPLY_SCHEMA} if schema else {}
    data |= {
        "question": reply.question,
        "kind": reply.kind.value,
        "stated": reply.stated,
        "answers": [answer_to_json(a) for a in reply.answers],
        "disagreement": [disagreement_to_json(d) for d in reply.disagreements],
        "note": None if reply.stated else NOT_STATED,
    }
    return data


def replies_to_json(replies: Sequence[Reply]) -> dict[str, Any]:
    """One reply as its object; several as ``{"schema": "chronicle.replies/1", "replies": [...]}``."""
    if len(replies) == 1:
        return reply_to_json(replies[0])
    return {"schema": REPLIES_SCHEMA, "replies": [reply_to_json(r, schema=False) for r in replies]}


# ---------------------------------------------------------------------------------------------------------
# text


def _source(quote: Quote) -> str:
    where = f"{quote.path}:{quote.line}" if quote.line is not None else quote.path
    url = f" {quote.url}" if quote.url else ""
    return f"{quote.outlet}, {quote.published.isoformat()}, {where} [{quote.start}:{quote.end}]{url}"


def _kind_note(answer: Answer) -> str:
    parts = [answer.kind.value]
    if answer.granularity is not None:
        parts.append(f"{answer.granularity.value} precision")
    if answer.unit:
        parts.append(answer.unit)
    return ", ".join(parts) + f"; confidence {answer.confidence:.2f}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def reply_text(reply: Reply) -> str:
    lines = [f"Q: {reply.question}"]
    if not reply.answers:
        lines.append(f"A: {NOT_STATED}")
        return "\n".join(lines) + "\n"
    for i, answer in enumerate(reply.answers):
        lead = "A:" if i == 0 else "or:"
        lines.append(f"{lead} {answer.text}  ({_kind_note(answer)})")
        for quote in answer.quotes:
            lines.append(f"     “{_one_line(quote.quote)}”")
            lines.append(f"       — {_source(quote)}")
    for disagreement in reply.disagreements:
        lines.append(f"{_LEAD[disagreement.verdict]}: {disagreement.explanation}")
        for side in disagreement.sides:
            who = f" (according to {side.speaker})" if side.speaker else ""
            lines.append(f"  - {side.text}{who}")
            for quote in side.quotes[:3]:
                lines.append(f"     “{_one_line(quote.quote)}” — {_source(quote)}")
    return "\n".join(lines) + "\n"


def replies_text(replies: Sequence[Reply]) -> str:
    return "\n".join(reply_text(r) for r in replies)


def reply_markdown(reply: Reply) -> str:
    lines = [f"## {reply.question}", ""]
    if not reply.answers:
        lines += [f"*{NOT_STATED.capitalize()}.*", ""]
        return "\n".join(lines)
    for i, answer in enumerate(reply.answers):
        lines.append(f"{'**Answer:**' if i == 0 else '**Or:**'} {answer.text} ({_kind_note(answer)})")
        lines.append("")
        for quote in answer.quotes:
            lines.append(f"> {_one_line(quote.quote)}")
            lines.append(">")
            lines.append(f"> — {_source(quote)}")
            lines.append("")
    for disagreement in reply.disagreements:
        lines.append(f"**{_LEAD[disagreement.verdict]}:** {disagreement.explanation}")
        lines.append("")
        for side in disagreement.sides:
            who = f" (according to {side.speaker})" if side.speaker else ""
            quotes = "; ".join(f"“{_one_line(q.quote)}” ({_source(q)})" for q in side.quotes[:3])
            lines.append(f"- **{side.text}**{who}: {quotes}")
        lines.append("")
    return "\n".join(lines)


def replies_markdown(replies: Sequence[Reply]) -> str:
    return "# Answers from the sources\n\n" + "\n".join(reply_markdown(r) for r in replies)
