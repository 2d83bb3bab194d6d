"""Score chronicle's temporal tagger (and, given its outputs, HeidelTime) on the gold set.

python benchmarks/temporal/score.py                       # chronicle, day/month/all and per class
python benchmarks/temporal/score.py --heideltime ht.json  # also HeidelTime's outputs (heideltime.py)
python benchmarks/temporal/score.py --misses              # every miss and wrong output
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from chronicle.model import TimeValue
from chronicle.temporal_eval import Output, Scores, chronicle_outputs, load_documents, load_gold, score

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("CHRONICLE_SHARED", HERE.parents[1].parent / "shared"))


def _table(name: str, scores: Scores) -> str:
    rows = [f"{name}", f"  {'':<16}{'gold':>6}{'found':>7}{'outputs':>9}{'right':>7}{'P':>8}{'R':>8}"]
    for key in ("day", "month", "all"):
        t = scores.by_granularity[key]
        rows.append(
            f"  {key:<16}{t.gold:>6}{t.found:>7}{t.outputs:>9}{t.right:>7}{t.precision:>8.1%}{t.recall:>8.1%}"
        )
    rows.append("  by class (all granularities):")
    for key, t in sorted(scores.by_class.items()):
        rows.append(
            f"  {key:<16}{t.gold:>6}{t.found:>7}{t.outputs:>9}{t.right:>7}{t.precision:>8.1%}{t.recall:>8.1%}"
        )
    if scores.skipped_docs:
        rows.append(f"  pages the reader skipped: {', '.join(scores.skipped_docs)}")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", default=str(HERE / "gold.jsonl"))
    parser.add_argument("--heideltime", help="HeidelTime outputs written by heideltime.py")
    parser.add_argument("--misses", action="store_true", help="list every miss and wrong output")
    parser.add_argument("--json", help="write the scores as JSON")
    parser.add_argument("--repeat", type=int, default=5, help="timing repeats (median)")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    docs = load_documents(gold, HERE, SHARED)
    ours = {doc: chronicle_outputs(d.article) for doc, d in docs.items() if d.article is not None}
    result: dict[str, object] = {}
    scores = score(gold, docs, lambda doc, _article: ours.get(doc, []))
    print(_table("chronicle", scores))
    result["chronicle"] = scores.as_dict()
    if args.misses:
        print("\n".join(scores.misses))
    times = []
    for _ in range(args.repeat):
        began = time.perf_counter()
        for d in docs.values():
            if d.article is not None:
                chronicle_outputs(d.article)
        times.append(time.perf_counter() - began)
    ours_time = statistics.median(times)
    print(f"chronicle: {len(ours)} documents annotated (clean, split, ground) in {ours_time:.3f} s (median)")
    result["chronicle_seconds"] = ours_time
    if args.heideltime:
        data = json.loads(Path(args.heideltime).read_text(encoding="utf-8"))
        theirs = {
            doc: [Output(s, e, TimeValue.parse(v)) for s, e, v in found]
            for doc, found in data["outputs"].items()
        }
        ht = score(gold, docs, lambda doc, _article: theirs.get(doc, []))
        print(_table("HeidelTime", ht))
        if args.misses:
            print("\n".join(ht.misses))
        result["heideltime"] = ht.as_dict()
        seconds = float(data["seconds"])
        print(
            f"HeidelTime: {seconds:.1f} s for the same documents; "
            f"chronicle is {seconds / ours_time:,.0f}x faster"
        )
        result["heideltime_seconds"] = seconds
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
