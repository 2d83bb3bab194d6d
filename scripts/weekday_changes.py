"""Every T17 dev weekday and yearless-day expression whose value differs between the tagger before issue 12
(``git show 066a85d^2:src/chronicle/temporal.py``, loaded as a separate module) and the current one, with its
sentence: the material for reading the clause-tense check's changes by hand.

    python scripts/weekday_changes.py ../shared/datasets/t17-dev -o changes.jsonl
    python scripts/weekday_changes.py ../shared/datasets/t17-dev \
        --labels benchmarks/temporal/weekday_changes.jsonl

With ``--labels``, it scores the current tagger on the labelled expressions (each labelled with the value a
reader gives it): how many of them it now gets right, and how many the old tagger got right.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from chronicle.bench import topic_dirs
from chronicle.errors import OnError
from chronicle.model import Document
from chronicle.pipeline import Pipeline, PipelineOptions

OLD_COMMIT = "066a85d^2"
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")


def old_tagger() -> ModuleType:
    source = subprocess.run(
        ["git", "show", f"{OLD_COMMIT}:src/chronicle/temporal.py"], capture_output=True, text=True, check=True
    ).stdout
    path = Path(tempfile.mkdtemp()) / "old_temporal.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("old_temporal", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_temporal"] = module
    spec.loader.exec_module(module)
    return module


def kind_of(text: str) -> str | None:
    if _WEEKDAY.search(text):
        return "weekday"
    if not _YEAR.search(text):
        return "yearless"
    return None


def changes(dataset: Path) -> Iterator[dict[str, Any]]:
    old = old_tagger()
    for topic_dir in topic_dirs(dataset):
        pipeline = Pipeline(PipelineOptions(stages=(), on_error=OnError.RAISE))
        documents: tuple[Document, ...] = pipeline.run([topic_dir / "articles.jsonl.gz"]).documents
        for document in documents:
            text = document.article.text
            spans = [(s.start, s.end) for s in document.sentences]
            before = old.ground(text, spans, document.article.published)
            for sentence, old_found in zip(document.sentences, before, strict=True):
                previous = {(t.start, t.end): t for t in old_found}
                for timex in sentence.timexes:
                    kind = kind_of(timex.text)
                    was = previous.get((timex.start, timex.end))
                    if kind is None or was is None or was.value == timex.value:
                        continue
                    if timex.value.granularity.name != "DAY":
                        continue
                    yield {
                        "topic": topic_dir.name,
                        "doc": document.id,
                        "published": document.article.published.isoformat(),
                        "published_weekday": document.article.published.strftime("%A"),
                        "kind": kind,
                        "text": timex.text,
                        "offset": timex.start - sentence.start,
                        "old": was.value.iso,
                        "new": timex.value.iso,
                        "sentence": sentence.text,
                    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--labels", type=Path, help="score the current tagger on these labels")
    args = parser.parse_args()
    found = list(changes(args.dataset))
    if args.labels:
        score(found, args.labels)
        return
    lines = [json.dumps(row, ensure_ascii=False) for row in found]
    if args.output:
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        print("\n".join(lines))
    weekdays = sum(1 for row in found if row["kind"] == "weekday")
    print(
        f"{len(found)} changed values: {weekdays} weekdays, {len(found) - weekdays} yearless days",
        file=sys.stderr,
    )


def score(found: list[dict[str, Any]], labels_path: Path) -> None:
    """Right/wrong of the current and the old tagger on the labelled expressions (found by document,
    sentence text and offset; an expression no longer changed has the old value)."""
    now = {(r["doc"], r["sentence"], r["offset"]): r["new"] for r in found}
    counts = {"old right": 0, "new right": 0, "labelled": 0}
    wrong: list[str] = []
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        value = now.get((label["doc"], label["sentence"], label["offset"]), label["old"])
        counts["labelled"] += 1
        counts["old right"] += label["old"] == label["gold"]
        counts["new right"] += value == label["gold"]
        if value != label["gold"]:
            wrong.append(f"  {label['gold']} got {value}: {label['text']!r} in {label['sentence'][:160]!r}")
    print(
        f"{counts['labelled']} labelled: old tagger right {counts['old right']}, "
        f"current tagger right {counts['new right']}"
    )
    print("\n".join(wrong))


if __name__ == "__main__":
    main()
