"""Scoring answers against a labelled question set (``benchmarks/questions/*.jsonl``).

A labelled question is ``{"question", "answer", "kind", "support", "inputs"}``: ``answer`` is a list of
acceptable answers (``null`` when the sources do not answer), ``support`` the ids of the documents that state
it (a JSON Lines article's ``id``, or a file's name), ``inputs`` the paths the question is asked over.

Each reply's first answer is judged:

* **right**: the value matches an acceptable answer and a quote of that answer comes from a supporting
  document; for an unanswerable question, abstaining is right;
* **unsupported**: the value matches but no quote comes from a supporting document (counted as not right);
* **wrong**: any other answer (an answer to an unanswerable question included);
* **abstained**: "not stated in these sources" for a question the sources answer.

Values match by kind: dates by ISO value at the labelled precision; counts, quantities and ages by number
(within 1 %, a range matching either bound or containing the value); names and sentences when an acceptable
answer appears in the answer's text or value (case, punctuation and spacing ignored).
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from chronicle.errors import InputError
from chronicle.model import Answer, Quote, Reply

__all__ = ["LabelledQuestion", "Outcome", "Tally", "judge", "load_questions", "source_ids"]


class Outcome(StrEnum):
    RIGHT = "right"
    UNSUPPORTED = "unsupported"
    WRONG = "wrong"
    ABSTAINED = "abstained"


@dataclass(frozen=True)
class LabelledQuestion:
    question: str
    answers: tuple[str, ...] | None  # None: the sources do not answer it
    kind: str
    support: frozenset[str]
    inputs: tuple[str, ...]
    story: str = ""


def load_questions(path: str | os.PathLike[str]) -> list[LabelledQuestion]:
    """The questions of one JSON Lines file (or of every ``*.jsonl`` file in a folder)."""
    p = Path(path)
    files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    questions: list[LabelledQuestion] = []
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                answer = obj.get("answer")
                questions.append(
                    LabelledQuestion(
                        question=str(obj["question"]),
                        answers=None if answer is None else tuple(str(a) for a in answer),
                        kind=str(obj.get("kind", "")),
                        support=frozenset(str(s) for s in obj.get("support", ())),
                        inputs=tuple(str(i) for i in obj.get("inputs", ())),
                        story=str(obj.get("story", file.stem)),
                    )
                )
            except (ValueError, KeyError, TypeError) as error:
                raise InputError(str(file), f"not a labelled question ({error})", number) from error
    return questions


def source_ids(
    inputs: Iterable[str], base: str | os.PathLike[str] = "."
) -> dict[tuple[str, int | None], str]:
    """Document ids of the inputs by (path as given, line): a JSON Lines article's ``id``, a file's name."""
    ids: dict[tuple[str, int | None], str] = {}
    for given in inputs:
        path = Path(base) / given
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for file in files:
            shown = str(Path(given) / file.relative_to(path)) if path.is_dir() else given
            if file.name.endswith((".jsonl", ".jsonl.gz")):
                opener = gzip.open if file.name.endswith(".gz") else open
                with opener(file, "rt", encoding="utf-8") as handle:
                    for number, line in enumerate(handle, start=1):
                        if line.strip():
                            ids[(shown, number)] = str(json.loads(line).get("id", f"{file.name}:{number}"))
            else:
                ids[(shown, None)] = file.name
    return ids


def judge(question: LabelledQuestion, reply: Reply, ids: Mapping[tuple[str, int | None], str]) -> Outcome:
    """The outcome of ``reply`` (its first answer) for ``question`` (see the module docstring)."""
    if not reply.answers:
        return Outcome.RIGHT if question.answers is None else Outcome.ABSTAINED
    if question.answers is None:
        return Outcome.WRONG
    answer = reply.answers[0]
    if not any(matches(question.kind, gold, answer) for gold in question.answers):
        return Outcome.WRONG
    cited = {_document_id(q, ids) for q in answer.quotes}
    return Outcome.RIGHT if cited & question.support else Outcome.UNSUPPORTED


def _document_id(quote: Quote, ids: Mapping[tuple[str, int | None], str]) -> str:
    return ids.get((quote.path, quote.line), Path(quote.path).name)


# ---------------------------------------------------------------------------------------------------------
# values

_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_WORDS |= {"ten": 10, "eleven": 11, "twelve": 12}


def matches(kind: str, gold: str, answer: Answer) -> bool:
    """Whether ``answer`` states the labelled answer ``gold`` (of labelled ``kind``)."""
    if kind == "date":
        return answer.value == gold
    if kind in {"count", "money", "measure", "age"}:
        wanted = _number(gold)
        if wanted is None:
            return False
        return any(_close(wanted, got) for got in _numbers(answer.value))
    shown = _plain(f"{answer.text} {answer.value}")
    return _plain(gold) in shown


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")))


def _number(text: str) -> float | None:
    match = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(?:(k|thousand|m|million|bn|billion)\b)?", text.lower())
    if match:
        value = float(match.group(1).replace(",", ""))
        return value * _SCALE.get(match.group(2) or "", 1.0)
    word = text.lower().split()[0] if text.split() else ""
    return float(_WORDS[word]) if word in _WORDS else None


def _numbers(value: str) -> list[float]:
    """The numbers an answer's value states: "163", "75000 USD", "300000-400000" (both bounds)."""
    return [float(n) for n in re.findall(r"\d+(?:\.\d+)?", value.split(" ")[0])]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1e-9)


@dataclass
class Tally:
    """Outcomes counted over a question set (and per story)."""

    outcomes: Counter[Outcome]

    @classmethod
    def of(cls, outcomes: Sequence[Outcome]) -> Tally:
        return cls(Counter(outcomes))

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())

    def share(self, outcome: Outcome) -> float:
        return self.outcomes[outcome] / self.total if self.total else 0.0

    def line(self) -> str:
        """ "right 80.0 % (96), unsupported ..., wrong ..., abstained ... of 120"."""
        parts = [
            f"{o.value} {100 * self.share(o):.1f} % ({self.outcomes[o]})"
            for o in (Outcome.RIGHT, Outcome.UNSUPPORTED, Outcome.WRONG, Outcome.ABSTAINED)
        ]
        return ", ".join(parts) + f" of {self.total}"
