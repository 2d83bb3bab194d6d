"""``chronicle claims``: checkable claims in the pages, and where outlets agree or contradict each other."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import click

from chronicle.claims import entity_sentences, extract_claims
from chronicle.cli import EXIT_SKIPPED, main
from chronicle.cli._common import (
    library_errors,
    no_progress_option,
    output_option,
    quiet_option,
    write_output,
)
from chronicle.cli.entities import format_option, no_model_option, read_documents, recognizer_for
from chronicle.conflicts import group_claims, sides_of, spelling_groups
from chronicle.entities import extract_entities
from chronicle.model import Claim, ClaimGroup, Origin, Verdict

Origins = Mapping[str, Sequence[Origin]]


def claim_json(claim: Claim, origins: Origins | None = None, side: int | None = None) -> dict[str, object]:
    c = claim.citation
    inputs = [
        {"path": o.path, "line": o.line, "url": o.url, "outlet": o.outlet}
        for o in (origins or {}).get(c.article_id, ())
    ]
    first = inputs[0] if inputs else {"path": None, "line": None}
    out: dict[str, object] = {
        "id": claim.id,
        "subject": claim.subject,
        "subject_id": claim.subject_id,
        "property": claim.property,
        "key": claim.key,
        "value": claim.value,
        "kind": claim.kind.value,
        "low": claim.low,
        "high": claim.high,
        "unit": claim.unit,
        "date": claim.date.iso if claim.date is not None else None,
        "refers_to": claim.refers_to.iso if claim.refers_to is not None else None,
        "scope": list(claim.scope),
        "speaker": claim.speaker,
        "outlet": c.outlet,
        "published": c.published.isoformat(),
        "article_id": c.article_id,
        "path": first["path"],
        "line": first["line"],
        "url": c.url,
        "inputs": inputs,
        "quote": c.quote,
        "start": c.start,
        "end": c.end,
        "value_start": claim.value_start,
        "value_end": claim.value_end,
    }
    if side is not None:
        out["side"] = side
    return out


def group_json(group: ClaimGroup, origins: Origins | None = None) -> dict[str, object]:
    sides = sides_of(group)
    return {
        "subject": group.subject,
        "property": group.property,
        "verdict": group.verdict.value,
        "explanation": group.explanation,
        "values": [
            {"side": i, "value": value, "outlets": sorted({c.citation.outlet for c in members})}
            for i, (value, members) in enumerate(sides)
        ],
        "sides": [claim_json(c, origins, i) for i, (_, members) in enumerate(sides) for c in members],
    }


def claims_json(
    claims: Sequence[Claim], groups: Sequence[ClaimGroup], origins: Origins | None = None
) -> dict[str, object]:
    """The claims document: conflicts (with spelling findings), updates, agreements, every claim."""
    return {
        "schema": "chronicle.claims/2",
        "conflicts": [
            group_json(g, origins) for g in groups if g.verdict in (Verdict.CONFLICT, Verdict.SPELLING)
        ],
        "updates": [group_json(g, origins) for g in groups if g.verdict is Verdict.UPDATE],
        "scope": [group_json(g, origins) for g in groups if g.verdict is Verdict.SCOPE],
        "agreements": [group_json(g, origins) for g in groups if g.verdict is Verdict.AGREE],
        "claims": [claim_json(c, origins) for c in claims],
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


def render_claims(
    claims: Sequence[Claim], groups: Sequence[ClaimGroup], fmt: str, origins: Origins | None = None
) -> str:
    if fmt == "json":
        return json.dumps(claims_json(claims, groups, origins), indent=2, ensure_ascii=False) + "\n"
    conflicts = [g for g in groups if g.verdict in (Verdict.CONFLICT, Verdict.SPELLING)]
    updates = [g for g in groups if g.verdict is Verdict.UPDATE]
    agreements = [g for g in groups if g.verdict is Verdict.AGREE]
    lines: list[str] = []
    if fmt == "markdown":
        lines.append("# Where sources differ\n")
        lines += [
            f"## {g.explanation}\n\n" + "\n".join(f"- {_side_line(c)}" for c in g.claims) + "\n"
            for g in conflicts
        ] or ["No conflicts found.\n"]
        lines.append("# Figures that changed\n")
        lines += [f"- {g.explanation}" for g in updates] or ["No updates found."]
        lines.append("\n# Where sources agree\n")
        lines += [f"- {g.explanation}" for g in agreements] or ["No agreements found."]
        lines.append("\n# Every claim\n")
        lines += [f"- {line}" for line in _claim_lines(claims)] or ["No claims found."]
        return "\n".join(lines) + "\n"
    lines.append(
        f"{len(conflicts)} conflict(s), {len(updates)} update(s), {len(agreements)} agreement(s), "
        f"{len(claims)} claim(s)"
    )
    for g in conflicts:
        lines.append(f"\n{g.verdict.value.upper():9} {g.explanation}")
        lines += [f"  - {_side_line(c)}" for c in g.claims]
    for g in updates:
        lines.append(f"\nupdate    {g.explanation}")
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

    Claims about the same point from different articles are grouped by meaning (155 Chinese citizens
    fighting / 163 Chinese nationals serving); a group is a conflict only when the values clearly cannot
    both be true of the same time (155 vs 163; April 4 vs April 5; aged 33 vs 34 in one week); a tally that
    grew is an update; names spelt differently are reported too.
    """
    with library_errors():
        documents, skipped = read_documents(inputs, quiet, no_progress)
        entities = extract_entities(documents, recognizer_for(no_model), entity_sentences(documents))
        claims = extract_claims(documents, entities)
        groups = spelling_groups(documents, entities) + group_claims(claims)
        origins = {d.id: d.article.origins for d in documents}
        write_output(render_claims(claims, groups, fmt, origins), output)
    if skipped:
        raise SystemExit(EXIT_SKIPPED)
