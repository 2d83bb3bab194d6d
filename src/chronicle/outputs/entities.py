"""The entities (people, places, organisations) merged across outlets: JSON (schema
``chronicle.entities/1``), terminal text and Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chronicle.model import Entity

__all__ = ["SCHEMA", "entities_markdown", "entities_text", "entities_to_json"]

SCHEMA = "chronicle.entities/1"


def entities_to_json(entities: Sequence[Entity], recognizer: str | None) -> dict[str, Any]:
    """Every entity with its aliases and mentions (offsets into its article's text), and which recognizer
    found them."""
    return {
        "schema": SCHEMA,
        "recognizer": recognizer,
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind.value,
                "aliases": list(e.aliases),
                "mentions": [
                    {"article_id": m.article_id, "start": m.start, "end": m.end, "text": m.text}
                    for m in e.mentions
                ],
            }
            for e in entities
        ],
    }


def _articles(entity: Entity) -> int:
    return len({m.article_id for m in entity.mentions})


def entities_markdown(entities: Sequence[Entity]) -> str:
    """A table: name, kind, aliases, mentions, articles."""
    lines = ["| name | kind | aliases | mentions | articles |", "|---|---|---|---|---|"]
    lines += [
        f"| {e.name} | {e.kind.value} | {', '.join(e.aliases)} | {len(e.mentions)} | {_articles(e)} |"
        for e in entities
    ]
    return "\n".join(lines) + "\n"


def entities_text(entities: Sequence[Entity]) -> str:
    """One line an entity: name, kind, how many mentions in how many articles, aliases."""
    lines = [
        f"{e.name:<40} {e.kind.value:<13} {len(e.mentions):>4} mentions in {_articles(e):>3} articles"
        + (f"  aka {', '.join(e.aliases)}" if e.aliases else "")
        for e in entities
    ]
    return "\n".join(lines) + "\n"
