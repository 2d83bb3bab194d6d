"""The claims and where outlets agree or conflict: JSON (schema ``chronicle.claims/1``), terminal text and
Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chronicle.model import Claim, ClaimGroup, Verdict
from chronicle.outputs.citation import citation_to_json

__all__ = ["SCHEMA", "claim_to_json", "claims_markdown", "claims_text", "claims_to_json", "group_to_json"]

SCHEMA = "chronicle.claims/1"


def claim_to_json(claim: Claim) -> dict[str, Any]:
    """One claim: what is said about which subject, by whom, and its citation's fields."""
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
        **citation_to_json(claim.citation),
    }


def group_to_json(group: ClaimGroup) -> dict[str, Any]:
    return {
        "subject": group.subject,
        "property": group.property,
        "verdict": group.verdict.value,
        "explanation": group.explanation,
        "sides": [claim_to_json(c) for c in group.claims],
    }


def claims_to_json(claims: Sequence[Claim], groups: Sequence[ClaimGroup]) -> dict[str, Any]:
    """Conflicts, agreements and every claim, as JSON-ready data (schema ``chronicle.claims/1``)."""
    return {
        "schema": SCHEMA,
        "conflicts": [group_to_json(g) for g in groups if g.verdict is Verdict.CONFLICT],
        "agreements": [group_to_json(g) for g in groups if g.verdict is Verdict.AGREE],
        "claims": [claim_to_json(c) for c in claims],
    }


def side_line(claim: Claim) -> str:
    """One side of a conflict: "155 — kyiv-daily, 2025-04-10, according to the SBU: “quote”"."""
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


def _split(groups: Sequence[ClaimGroup]) -> tuple[list[ClaimGroup], list[ClaimGroup]]:
    conflicts = [g for g in groups if g.verdict is Verdict.CONFLICT]
    agreements = [g for g in groups if g.verdict is Verdict.AGREE]
    return conflicts, agreements


def claims_markdown(claims: Sequence[Claim], groups: Sequence[ClaimGroup]) -> str:
    """Where sources differ (each side quoted), where they agree, and every claim."""
    conflicts, agreements = _split(groups)
    lines = ["# Where sources differ\n"]
    lines += [
        f"## {g.explanation}\n\n" + "\n".join(f"- {side_line(c)}" for c in g.claims) + "\n" for g in conflicts
    ] or ["No conflicts found.\n"]
    lines.append("# Where sources agree\n")
    lines += [f"- {g.explanation}" for g in agreements] or ["No agreements found."]
    lines.append("\n# Every claim\n")
    lines += [f"- {line}" for line in _claim_lines(claims)] or ["No claims found."]
    return "\n".join(lines) + "\n"


def claims_text(claims: Sequence[Claim], groups: Sequence[ClaimGroup]) -> str:
    """The terminal view: counts, each conflict with its sides, each agreement, every claim."""
    conflicts, agreements = _split(groups)
    lines = [f"{len(conflicts)} conflict(s), {len(agreements)} agreement(s), {len(claims)} claim(s)"]
    for g in conflicts:
        lines.append(f"\nCONFLICT  {g.explanation}")
        lines += [f"  - {side_line(c)}" for c in g.claims]
    for g in agreements:
        lines.append(f"\nagree     {g.explanation}")
    if claims:
        lines.append("\nclaims")
        lines += [f"  - {line}" for line in _claim_lines(claims)]
    return "\n".join(lines) + "\n"
