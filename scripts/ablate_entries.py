"""What each timeline-entry rule (issue 12, :mod:`chronicle.entries`) does to the T17 benchmark: every rule
switched off in turn, all variants scored in one run on the same annotated documents (the scores are
deterministic, so differences are not machine noise).

    python scripts/ablate_entries.py ../shared/datasets/t17-dev

The rules are switched off by replacing the functions ``chronicle.timeline`` imports (and, for the text rules,
the helpers of ``chronicle.entries``) inside this process only.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from chronicle import entries, timeline
from chronicle.bench import load_topic, predict, topic_dirs
from chronicle.evaluate import TimelineEvaluator, aggregate
from chronicle.model import Document, Sentence, Timex
from chronicle.timeline import TimelineOptions

_NEVER = re.compile(r"(?!x)x")


def _keep_unstandalone(document: Document, sentence: Sentence, timex: Timex | None, trim: bool) -> str:
    return _ENTRY_TEXT(document, sentence, timex, trim) or sentence.text


_ENTRY_TEXT = entries.entry_text

# variant name -> (module, attribute, replacement) patches
VARIANTS: dict[str, list[tuple[Any, str, object]]] = {
    "all rules (defaults)": [],
    "no main-clause date (every date of a sentence)": [(timeline, "main_timexes", lambda s: s.timexes)],
    "plans not moved to the publication day": [(timeline, "is_plan", lambda s: False)],
    "summaries that cannot stand alone not skipped": [(timeline, "entry_text", _keep_unstandalone)],
    "no dateline cut": [
        (entries, "dateline_end", lambda text: 0),
        (entries, "is_only_dateline", lambda text: False),
    ],
    "no pronoun naming (pronoun sentences kept as they are)": [(entries, "_PRONOUN", _NEVER)],
    "no naming after a fronted phrase": [(entries, "_FRONTED_PRONOUN", _NEVER)],
    "relative-clause dates kept as main dates": [(entries, "_IN_RELATIVE_CLAUSE", _NEVER)],
}


@contextmanager
def patched(patches: list[tuple[Any, str, object]]) -> Iterator[None]:
    saved = [(module, name, getattr(module, name)) for module, name, _ in patches]
    try:
        for module, name, value in patches:
            setattr(module, name, value)
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def main(variants: dict[str, list[tuple[Any, str, object]]] = VARIANTS) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--only", nargs="*", help="variant names (substrings) to run")
    args = parser.parse_args()
    evaluator = TimelineEvaluator()
    loaded = [load_topic(topic_dir) for topic_dir in topic_dirs(args.dataset)]
    print("| variant | AR-1 F | AR-2 F | Date F1 | long AR-1 | long AR-2 | long Date F1 |")
    print("|---|---|---|---|---|---|---|")
    for name, patches in variants.items():
        if args.only and not any(o in name for o in args.only):
            continue
        with patched(patches):
            results = [
                (task, evaluator.evaluate(predict(documents, task, query, TimelineOptions()), task.reference))
                for query, tasks, documents in loaded
                for task in tasks
            ]
        total = aggregate([s for _, s in results])
        long = aggregate([s for task, s in results if task.long])
        print(
            f"| {name} | {total.align_r1.f1:.4f} | {total.align_r2.f1:.4f} | {total.date.f1:.4f} "
            f"| {long.align_r1.f1:.4f} | {long.align_r2.f1:.4f} | {long.date.f1:.4f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
