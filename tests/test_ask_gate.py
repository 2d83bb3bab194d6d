"""The question-set floors (``benchmarks/questions/floors.json``): CI fails when ``chronicle ask`` answers
fewer questions right, or more wrong, than pinned."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from chronicle.ask import Asker
from chronicle.ask.evaluate import LabelledQuestion, Outcome, Tally, judge, load_questions, source_ids

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "benchmarks" / "questions"


@pytest.mark.slow
def test_question_set_floors(t17_dir: Path, seeds_dir: Path) -> None:
    floors = json.loads((QUESTIONS / "floors.json").read_text("utf-8"))
    questions: list[LabelledQuestion] = []
    for story in floors["stories"]:
        questions += load_questions(QUESTIONS / f"{story}.jsonl")
    by_inputs: dict[tuple[str, ...], list[LabelledQuestion]] = {}
    for question in questions:
        by_inputs.setdefault(question.inputs, []).append(question)
    outcomes: list[Outcome] = []
    here = Path.cwd()
    os.chdir(ROOT)  # the question files name their inputs relative to the checkout
    try:
        for inputs, group in by_inputs.items():
            asker = Asker.from_paths(inputs)
            ids = source_ids(inputs)
            outcomes += [judge(q, asker.ask(q.question), ids) for q in group]
    finally:
        os.chdir(here)
    tally = Tally.of(outcomes)
    wrong = tally.share(Outcome.WRONG) + tally.share(Outcome.UNSUPPORTED)
    assert tally.share(Outcome.RIGHT) >= floors["right_at_least"], tally.line()
    assert wrong <= floors["wrong_at_most"], tally.line()
