"""A :class:`~chronicle.model.Citation` as JSON, both ways: the one place a citation is serialised (in the
timeline JSON and in every claim of the claims JSON)."""

from __future__ import annotations

from typing import Any

from chronicle.model import Citation
from chronicle.outputs.fields import Fields

__all__ = ["citation_from_json", "citation_to_json"]


def citation_to_json(citation: Citation) -> dict[str, Any]:
    """Where a text comes from: article, outlet, publication day, offsets, the exact quote, its URL."""
    return {
        "article_id": citation.article_id,
        "outlet": citation.outlet,
        "published": citation.published.isoformat(),
        "start": citation.start,
        "end": citation.end,
        "quote": citation.quote,
        "summary_index": citation.summary_index,
        "url": citation.url,
    }


def citation_from_json(fields: Fields) -> Citation:
    """The citation of one JSON object (``summary_index`` defaults to 0, ``url`` to null)."""
    return Citation(
        article_id=fields.string("article_id"),
        outlet=fields.string("outlet"),
        published=fields.day("published"),
        start=fields.integer("start"),
        end=fields.integer("end"),
        quote=fields.string("quote"),
        summary_index=fields.integer("summary_index", default=0),
        url=fields.optional_string("url"),
    )
