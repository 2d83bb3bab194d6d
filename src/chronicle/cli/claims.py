"""``chronicle claims``: checkable claims in the pages, and where outlets agree or contradict each other."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import click

from chronicle.claims import extract_claims
from chronicle.cli import EXIT_SKIPPED, main
from chronicle.cli._common import (
    library_errors,
    no_progress_option,
    output_option,
    quiet_option,
    write_output,
)
from chronicle.cli.entities import format_option, no_model_option, read_documents, recognizer_for
from chronicle.conflicts import group_claims
from chronicle.entities import extract_entities
from chronicle.model import Claim, ClaimGroup, Verdict


def claim_json(claim: Claim) -> dict[str, object]:
    c = claim.citation
    return {
        "id": claim.id,
        "subject": claim.subject,
        "subject_id": claim.subject_id,
        "property": claim.property,
        "value": claim.value,
        "low": claim.low,
        "high": claim.high,
        "date": claim.date.iso if claim.date is not None else None,
        "speaker": claim.speaker,
        "outlet": c.outlet,
        "published": c.published.isoformat(),
        "article_id": c.article_id,
        "url": c.url,
        "quote": c.quote,
        "start": c.start,
        "end": c.end,
    }


def group_json(group: ClaimGroup) -> dict[str, object]:
    return {
        "subject": group.subject,
        "property": group.property,
        "verdict": group.verdict.value,
        "explanation": group.explanation,
        "sides": [claim_json(c) for c in group.claims],
    }


def claims_json(claims: Sequence[Claim], groups: Sequence[ClaimGroup]) -> dict[str, object]:
    return {
        "schema": "chronicle.claims/1",
        "conflicts": [group_json(g) for g in groups if g.verdict is Verdict.CONFLICT],
        "agreements": [group_json(g) for g in groups if g.verdict is Verdict.AGREE],
        "claims": [claim_json(c) for c in claims],
    }


def _side_line(claim: Claim) -> str:
    c = claim.citation
    who = f", according to {claim.speaker}" if claim.speaker else ""
    return f"{claim.value} — {c.outlet}, {c.published.isoformat()}{who}: “{c.quote}”"


def _claim_lines(claims: Sequence[Claim]) -> list[str]:
    """Every claim, by subject: "Wang Guangjun — birth year: 1991 (outlet, 2025-04-14)"."""
    ordered = sorted(claims, key=lambda c: (c.subject.casefold(), c.property, c.citation.published))
    lines = []
    for claim in ordered:
        c = claim.citation
        who = f", according to {claim.speaker}" if claim.speaker else ""
        lines.append(
            f"{claim.subject} — {claim.property}: {claim.value} ({c.outlet}, {c.published.isoformat()}{who})"
        )
    return lines


def render_claims(claims: Sequence[Claim], groups: Sequence[ClaimGroup], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(claims_json(claims, groups), indent=2, ensure_ascii=False) + "\n"
    conflicts = [g for g in groups if g.verdict is Verdict.CONFLICT]
    agreements = [g for g in groups if g.verdict is Verdict.AGREE]
    lines: list[str] = []
    if fmt == "markdown":
        lines.append("# Where sources differ\n")
        lines += [
            f"## {g.explanation}\n\n" + "\n".join(f"- {_side_line(c)}" for c in g.claims) + "\n"
            for g in conflicts
        ] or ["No conflicts found.\n"]
        lines.append("# Where sources agree\n")
        lines += [f"- {g.explanation}" for g in agreements] or ["No agreements found."]
        lines.append("\n# Every claim\n")
        lines += [f"- {line}" for line in _claim_lines(claims)] or ["No claims found."]
        return "\n".join(lines) + "\n"
    lines.append(f"{len(conflicts)} conflict(s), {len(agreements)} agreement(s), {len(claims)} claim(s)")
    for g in conflicts:
        lines.append(f"\nCONFLICT  {g.explanation}")
        lines += [f"  - {_side_line(c)}" for c in g.claims]
    for g in agreements:
        lines.append(f"\nagree     {g.explanation}")
    if claims:
        lines.append("\nclaims")
        lines += [f"  - {line}" for line in _claim_lines(claims)]
    return "\n".join(lines) + "\n"


@main.command("claims")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@output_option
@format_option
@no_model_option
@no_progress_option
@quiet_option
def claims_command(
    inputs: tuple[Path, ...], output: Path | None, fmt: str, no_model: bool, no_progress: bool, quiet: bool
) -> None:
    """Cross-check INPUTS: the claims they make (counts, dates, ages, jobs) and where outlets disagree.

    Claims about the same subject and property from different articles are grouped; a group is a
    conflict only when the values clearly cannot both be true (155 vs 163; April 4 vs April 5).
    """
    with library_errors():
        documents, skipped = read_documents(inputs, quiet, no_progress)
        entities = extract_entities(documents, recognizer_for(no_model))
        claims = extract_claims(documents, entities)
        groups = group_claims(claims)
        write_output(render_claims(claims, groups, fmt), output)
    if skipped:
        raise SystemExit(EXIT_SKIPPED)
