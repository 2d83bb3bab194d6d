"""The claims and what cross-checking found: JSON (schema ``chronicle.claims/2``), terminal text and Markdown.

The JSON's top level holds ``conflicts`` (values that cannot both be true, and names spelt differently:
verdict ``spelling``), ``updates`` (a figure that changed), ``scope`` (values of points that only look
alike), ``agreements`` and every claim. Each side of a group is a claim with its citation's fields, the
side it is on, and the input it came from (``path``, ``line``, ``url``; ``inputs`` lists every copy).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from chronicle.conflicts import sides_of
from chronicle.model import Claim, ClaimGroup, Origin, Verdict
from chronicle.outputs.citation import citation_to_json

__all__ = [
    "SCHEMA",
    "Origins",
    "claim_to_json",
    "claims_markdown",
    "claims_text",
    "claims_to_json",
    "group_to_json",
]

SCHEMA = "chronicle.claims/2"

Origins = Mapping[str, Sequence[Origin]]  # article id -> the inputs it was read from
FINDINGS = (Verdict.CONFLICT, Verdict.SPELLING)  # what the reader must see: listed under "conflicts"


def _inputs(article_id: str, origins: Origins | None) -> list[dict[str, Any]]:
    found = (origins or {}).get(article_id, ())
    return [{"path": o.path, "line": o.line, "url": o.url, "outlet": o.outlet} for o in found]


def claim_to_json(claim: Claim, origins: Origins | None = None, side: int | None = None) -> dict[str, Any]:
    """One claim: what is said about which subject, by whom, its value as a typed range, its citation's
    fields and the input it came from (the first copy's ``path`` and ``line``; ``inputs``: every copy)."""
    inputs = _inputs(claim.citation.article_id, origins)
    out: dict[str, Any] = {
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
        "value_start": claim.value_start,
        "value_end": claim.value_end,
        **citation_to_json(claim.citation),
        "path": inputs[0]["path"] if inputs else None,
        "line": inputs[0]["line"] if inputs else None,
        "inputs": inputs,
    }
    if claim.citation.url is None and inputs:
        out["url"] = inputs[0]["url"]
    if side is not None:
        out["side"] = side
    return out


def group_to_json(group: ClaimGroup, origins: Origins | None = None) -> dict[str, Any]:
    """One group: its verdict and explanation, the distinct values (each with its outlets) and every side."""
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
        "sides": [claim_to_json(c, origins, i) for i, (_, members) in enumerate(sides) for c in members],
    }


def claims_to_json(
    claims: Sequence[Claim], groups: Sequence[ClaimGroup], origins: Origins | None = None
) -> dict[str, Any]:
    """Conflicts (with spelling findings), updates, scope, agreements and every claim, as JSON-ready data
    (schema ``chronicle.claims/2``)."""

    def of(*verdicts: Verdict) -> list[dict[str, Any]]:
        return [group_to_json(g, origins) for g in groups if g.verdict in verdicts]

    return {
        "schema": SCHEMA,
        "conflicts": of(*FINDINGS),
        "updates": of(Verdict.UPDATE),
        "scope": of(Verdict.SCOPE),
        "agreements": of(Verdict.AGREE),
        "claims": [claim_to_json(c, origins) for c in claims],
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


def _split(groups: Sequence[ClaimGroup]) -> tuple[list[ClaimGroup], list[ClaimGroup], list[ClaimGroup]]:
    findings = [g for g in groups if g.verdict in FINDINGS]
    updates = [g for g in groups if g.verdict is Verdict.UPDATE]
    agreements = [g for g in groups if g.verdict is Verdict.AGREE]
    return findings, updates, agreements


def claims_markdown(claims: Sequence[Claim], groups: Sequence[ClaimGroup]) -> str:
    """Where sources differ (each side quoted), figures that changed, where they agree, and every claim."""
    findings, updates, agreements = _split(groups)
    lines = ["# Where sources differ\n"]
    lines += [
        f"## {g.explanation}\n\n" + "\n".join(f"- {side_line(c)}" for c in g.claims) + "\n" for g in findings
    ] or ["No conflicts found.\n"]
    lines.append("# Figures that changed\n")
    lines += [f"- {g.explanation}" for g in updates] or ["No updates found."]
    lines.append("\n# Where sources agree\n")
    lines += [f"- {g.explanation}" for g in agreements] or ["No agreements found."]
    lines.append("\n# Every claim\n")
    lines += [f"- {line}" for line in _claim_lines(claims)] or ["No claims found."]
    return "\n".join(lines) + "\n"


def claims_text(claims: Sequence[Claim], groups: Sequence[ClaimGroup]) -> str:
    """The terminal view: counts, each conflict and spelling finding with its sides, each update and
    agreement, every claim."""
    findings, updates, agreements = _split(groups)
    lines = [
        f"{len(findings)} conflict(s), {len(updates)} update(s), {len(agreements)} agreement(s), "
        f"{len(claims)} claim(s)"
    ]
    for g in findings:
        lines.append(f"\n{g.verdict.value.upper():9} {g.explanation}")
        lines += [f"  - {side_line(c)}" for c in g.claims]
    for g in updates:
        lines.append(f"\nupdate    {g.explanation}")
    for g in agreements:
        lines.append(f"\nagree     {g.explanation}")
    if claims:
        lines.append("\nclaims")
        lines += [f"  - {line}" for line in _claim_lines(claims)]
    return "\n".join(lines) + "\n"
