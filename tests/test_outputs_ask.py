"""Replies as JSON, Markdown and terminal text (chronicle.outputs.ask, the ASK output)."""

from __future__ import annotations

import datetime as dt
import json

from chronicle.model import Answer, AnswerKind, Disagreement, Granularity, Quote, Reply, Side
from chronicle.outputs import ASK
from chronicle.outputs.ask import NOT_STATED

QUOTE = Quote(
    "a1", "harbour-times", "pages/harbour.txt", dt.date(2024, 9, 14), 40, 92, "The ferry sank.", None, None
)
ANSWER = Answer("September 12, 2024", "2024-09-12", AnswerKind.DATE, 0.8, (QUOTE,), Granularity.DAY)
STATED = Reply(
    "When did it sink?",
    AnswerKind.DATE,
    (ANSWER,),
    (
        Disagreement(
            "toll",
            "Sources give different answers: 14 vs 17",
            (Side("14", "14", (QUOTE,)), Side("17", "17", ())),
        ),
    ),
)
UNSTATED = Reply("How much did it cost?", AnswerKind.QUANTITY)


def test_one_reply_is_the_documented_object() -> None:
    data = json.loads(ASK.render([STATED], "json"))
    assert data["schema"] == "chronicle.reply/1"
    assert set(data) == {"schema", "question", "kind", "stated", "answers", "disagreement", "note"}
    (answer,) = data["answers"]
    assert set(answer) == {"text", "value", "kind", "confidence", "granularity", "unit", "citations"}
    (citation,) = answer["citations"]
    assert set(citation) >= {"outlet", "path", "url", "published", "quote", "start", "end"}
    assert citation["published"] == "2024-09-14" and answer["granularity"] == "day"
    (disagreement,) = data["disagreement"]
    assert disagreement["verdict"] == "conflict"
    assert [s["value"] for s in disagreement["sides"]] == ["14", "17"]
    assert set(disagreement["sides"][0]) == {"value", "text", "speaker", "as_of", "citations"}


def test_several_replies_and_the_unstated_one() -> None:
    data = json.loads(ASK.render([STATED, UNSTATED], "json"))
    assert data["schema"] == "chronicle.replies/1"
    assert [r["stated"] for r in data["replies"]] == [True, False]
    assert data["replies"][1]["note"] == NOT_STATED and data["replies"][1]["answers"] == []


def test_terminal_and_markdown_quote_their_sources() -> None:
    text = ASK.render([STATED, UNSTATED], "terminal")
    assert "A: September 12, 2024  (date, day precision; confidence 0.80)" in text
    assert "“The ferry sank.”" in text and "harbour-times, 2024-09-14, pages/harbour.txt [40:92]" in text
    assert f"A: {NOT_STATED}" in text and "Sources differ:" in text
    markdown = ASK.render([STATED, UNSTATED], "markdown")
    assert markdown.startswith("# Answers from the sources")
    assert "> The ferry sank." in markdown and "*Not stated in these sources.*" in markdown
