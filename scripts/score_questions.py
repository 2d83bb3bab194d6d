"""Score ``chronicle ask`` on a labelled question set: right / unsupported / wrong / abstained.

    python scripts/score_questions.py benchmarks/questions            # every story
    python scripts/score_questions.py benchmarks/questions/mj.jsonl -v # one story, every question shown
    python scripts/score_questions.py benchmarks/questions --loto     # threshold chosen leave-one-topic-out

Run from the checkout (the question files name their inputs relative to it). Stories whose inputs are
missing (no ``../shared``) are skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from chronicle.ask import Asker, AskOptions
from chronicle.ask.evaluate import LabelledQuestion, Outcome, Tally, judge, load_questions, source_ids
from chronicle.model import Reply


def _run(
    questions: list[LabelledQuestion], options: AskOptions, verbose: bool
) -> tuple[dict[str, list[tuple[LabelledQuestion, Reply, Outcome]]], list[float]]:
    by_inputs: dict[tuple[str, ...], list[LabelledQuestion]] = defaultdict(list)
    for q in questions:
        by_inputs[q.inputs].append(q)
    results: dict[str, list[tuple[LabelledQuestion, Reply, Outcome]]] = defaultdict(list)
    times: list[float] = []
    for inputs, group in by_inputs.items():
        if not all(Path(i).exists() for i in inputs):
            print(f"skipped {group[0].story}: inputs missing ({', '.join(inputs)})", file=sys.stderr)
            continue
        asker = Asker.from_paths(inputs, options)
        ids = source_ids(inputs)
        for q in group:
            start = time.perf_counter()
            reply = asker.ask(q.question)
            times.append(time.perf_counter() - start)
            outcome = judge(q, reply, ids)
            results[q.story].append((q, reply, outcome))
            if verbose:
                top = reply.answers[0] if reply.answers else None
                got = f"{top.value!r} ({top.confidence:.2f})" if top else "not stated"
                print(
                    f"{outcome.value:<11} {q.story:<6} {q.question} | gold {list(q.answers or ['-'])} | {got}"
                )
    return results, times


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("questions", help="a question file or a folder of them")
    parser.add_argument("-v", "--verbose", action="store_true", help="show every question")
    parser.add_argument(
        "--threshold", type=float, default=None, help="abstention threshold (default: the library's)"
    )
    parser.add_argument("--loto", action="store_true", help="also choose the threshold leave-one-topic-out")
    parser.add_argument("--json", type=Path, help="write every reply and outcome to this file")
    args = parser.parse_args()

    questions = load_questions(args.questions)
    threshold = _GRID[0] if args.loto else args.threshold
    options = AskOptions() if threshold is None else AskOptions(threshold=threshold)
    results, times = _run(questions, options, args.verbose)
    everything = [o for rows in results.values() for _, _, o in rows]
    for story, rows in sorted(results.items()):
        print(f"{story:<8} {Tally.of([o for _, _, o in rows]).line()}")
    print(f"{'all':<8} {Tally.of(everything).line()}")
    if times:
        ordered = sorted(times)
        print(
            f"time per question (in process, index built): median {ordered[len(ordered) // 2] * 1000:.0f} ms"
        )
    if args.loto:
        _loto(questions, results)
    if args.json:
        rows_out = [
            {
                "story": q.story,
                "question": q.question,
                "gold": q.answers,
                "outcome": o.value,
                "answers": [
                    {"value": a.value, "text": a.text, "confidence": a.confidence, "quote": a.quotes[0].quote}
                    for a in r.answers
                ],
            }
            for rows in results.values()
            for q, r, o in rows
        ]
        args.json.write_text(json.dumps(rows_out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def _loto(
    questions: list[LabelledQuestion], results: dict[str, list[tuple[LabelledQuestion, Reply, Outcome]]]
) -> None:
    """Choose the abstention threshold on all stories but one, apply it to that one; report the pooled tally.

    A reply's first answer is kept when its confidence reaches the threshold; the chosen threshold maximises
    right − 2 × wrong on the other stories (a wrong answer costs more than an abstention).
    """
    grid = _GRID
    pooled: list[Outcome] = []
    for held in sorted(results):
        train = [row for story, rows in results.items() if story != held for row in rows]
        best = max(grid, key=lambda t: _utility([_at(row, t) for row in train]))
        outcomes = [_at(row, best) for row in results[held]]
        pooled += outcomes
        print(f"LOTO {held:<8} threshold {best:.2f}: {Tally.of(outcomes).line()}")
    print(f"LOTO all      {Tally.of(pooled).line()}")


_GRID = [round(0.2 + 0.02 * i, 2) for i in range(21)]


def _at(row: tuple[LabelledQuestion, Reply, Outcome], threshold: float) -> Outcome:
    q, reply, outcome = row
    if reply.answers and reply.answers[0].confidence < threshold:
        return Outcome.RIGHT if q.answers is None else Outcome.ABSTAINED
    return outcome


def _utility(outcomes: list[Outcome]) -> float:
    wrong = sum(o in (Outcome.WRONG, Outcome.UNSUPPORTED) for o in outcomes)
    return sum(o is Outcome.RIGHT for o in outcomes) - 2 * wrong


if __name__ == "__main__":
    sys.exit(main())
