"""Scoring answers against the labelled question set (chronicle.ask.evaluate)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from chronicle.ask.evaluate import (
    LabelledQuestion,
    Outcome,
    Tally,
    judge,
    load_questions,
    matches,
    source_ids,
)
from chronicle.model import Answer, AnswerKind, Quote, Reply

QUESTIONS = Path(__file__).resolve().parents[1] / "benchmarks" / "questions"


def _answer(value: str, text: str = "", path: str = "story/a.txt") -> Answer:
    quote = Quote("id", "outlet", path, dt.date(2025, 4, 10), 0, 4, "text")
    return Answer(text or value, value, AnswerKind.COUNT, 0.5, (quote,))


def test_the_question_set_is_large_varied_and_supported() -> None:
    questions = load_questions(QUESTIONS)
    assert len(questions) >= 80
    kinds = Counter(q.kind for q in questions)
    assert {"date", "count", "money", "measure", "age", "person", "place", "organization", "what"} <= set(
        kinds
    )
    unanswerable = [q for q in questions if q.answers is None]
    assert len(unanswerable) >= 8
    assert all(q.support for q in questions if q.answers is not None)
    assert {q.story for q in questions} == {"seeds", "mj", "haiti", "h1n1", "egypt", "finan", "bpoil"}


@pytest.mark.parametrize(
    ("kind", "gold", "value", "text", "expected"),
    [
        ("date", "2025-04-05", "2025-04-05", "", True),
        ("date", "2025-04", "2025-04-05", "", False),
        ("money", "$562m", "562000000 USD", "", True),
        ("count", "31 million", "31000000", "", True),
        ("measure", "8km", "8 km", "", True),
        ("count", "250,000", "300000-400000", "", False),
        ("count", "400,000", "300000-400000", "", True),
        ("person", "Bill Clinton", "Bill Clinton", "Bill Clinton", True),
        ("person", "Bill Clinton", "Clinton", "Clinton", False),
        ("what", "firefighter", "x", "He worked as a Firefighter, he said.", True),
    ],
)
def test_values_match_by_kind(kind: str, gold: str, value: str, text: str, expected: bool) -> None:
    assert matches(kind, gold, _answer(value, text)) is expected


def test_outcomes(seeds_dir: Path) -> None:
    question = LabelledQuestion("How many?", ("163",), "count", frozenset({"a.txt"}), ("story",))
    ids = {("story/a.txt", None): "a.txt", ("story/b.txt", None): "b.txt"}
    assert judge(question, Reply("How many?", AnswerKind.COUNT, (_answer("163"),)), ids) is Outcome.RIGHT
    other = Reply("How many?", AnswerKind.COUNT, (_answer("163", path="story/b.txt"),))
    assert judge(question, other, ids) is Outcome.UNSUPPORTED
    assert judge(question, Reply("How many?", AnswerKind.COUNT, (_answer("12"),)), ids) is Outcome.WRONG
    assert judge(question, Reply("How many?", AnswerKind.COUNT), ids) is Outcome.ABSTAINED
    unanswerable = LabelledQuestion("How much?", None, "none", frozenset(), ("story",))
    assert judge(unanswerable, Reply("How much?", AnswerKind.QUANTITY), ids) is Outcome.RIGHT
    tally = Tally.of([Outcome.RIGHT, Outcome.RIGHT, Outcome.WRONG, Outcome.ABSTAINED])
    assert tally.share(Outcome.RIGHT) == 0.5
    assert tally.line().startswith("right 50.0 % (2)")
    ids_seeds = source_ids([str(seeds_dir)])
    assert ids_seeds[(str(seeds_dir / "000_4f267a05069e3c85.txt"), None)] == "000_4f267a05069e3c85.txt"
