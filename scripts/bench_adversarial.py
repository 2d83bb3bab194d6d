"""Adversarial pages against normal ones: no input may make chronicle pathologically slow.

    python scripts/bench_adversarial.py [--size 200000] [--repeat 3] [--sample 5] [--json out.json]

Each adversarial page (about ``--size`` characters; some cases have their own shape, e.g. 50,000 short
lines) is written as a dated page and run through read -> clean -> split -> ground -> timeline, each stage
timed in CPU time of this process (``time.process_time``: other load on a shared 2-core machine does not
inflate it); every figure is the median of ``--repeat`` runs. The reference is the median time per KB of
normal pages measured in the same run: the two seeds and ``--sample`` articles of each Timeline17 topic,
converted to the dated-page format. Reported per case: time per KB, its ratio to the normal median (target:
at most 10x), the slowest stage, and the growth when the page doubles (the same case at half size, then full
size: linear is 2x; over ~2.5x suggests super-linear work). Three measures are compared: the whole pipeline,
annotation alone (read, clean, split, ground: the timeline's fixed cost dominates a small normal page), and
"forced" (split and ground over every block, as if the cleaner had kept the whole hostile page).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from chronicle.annotate import annotate
from chronicle.clean import clean
from chronicle.model import Article, BlockKind
from chronicle.read import iter_inputs
from chronicle.sentences import split_sentences
from chronicle.temporal import ground
from chronicle.timeline import build_timeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HEADER = " date 2025-04-10 "
STAGES = ("read", "clean", "split", "ground", "timeline")
# split and ground again over every block, as if the whole page were the article: the cleaner may judge a
# hostile page to be furniture, and these stages must be safe on whatever it keeps
FORCED = ("split_all", "ground_all")
# the figures compared with the normal pages: name -> stages summed
MEASURES = {
    "pipeline": STAGES,
    "annotate": ("read", "clean", "split", "ground"),
    "forced": ("read", "clean", *FORCED),
}

PROSE = (
    "The council met on Monday to discuss the budget, and officials said the vote would follow in early May. "
)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _date_tokens(size: int) -> str:
    rng = random.Random(7)
    tokens = [
        "on March 3, 2025",
        "April 4 2024",
        "2024-12-24",
        "on Monday",
        "last month",
        "in early February",
        "24 December 2024",
        "Dec. 28",
        "the next day",
        "two weeks ago",
        "1999",
        "in May",
    ]
    out: list[str] = []
    length = 0
    while length < size:
        token = rng.choice(tokens) + rng.choice([", ", " and ", ". ", " "])
        out.append(token)
        length += len(token)
    return "".join(out)[:size]


def _chains(size: int) -> str:
    head = "The storm hit on December 24, 2024. "
    return head + _fill("Four days later, officials met again. ", size - len(head))


# name -> generator of a page body of about ``size`` characters
CASES: dict[str, Callable[[int], str]] = {
    "digit runs": lambda n: _fill("9" * 997 + " 12 ", n),
    "one digit run": lambda n: "9" * n,
    "on on on": lambda n: _fill("on ", n),
    "date-like tokens": _date_tokens,
    "one long line": lambda n: _fill("word " * 20 + "on March 3, 2025 ", n),
    "short lines": lambda n: _fill("Short line\n", n),
    "nested parens": lambda n: "(" * (n // 2) + "on March 3" + ")" * (n // 2),
    "nested quotes": lambda n: _fill("\"'“‘«", n // 2) + " said on Monday " + _fill("»’”'\"", n // 2),
    "weekday names": lambda n: _fill("Monday Tuesday Wednesday Thursday Friday Saturday Sunday ", n),
    "month names": lambda n: _fill("January February March May June July August ", n),
    "later chains": _chains,
    "blank lines": lambda n: _fill(PROSE + "\n" * 200, n),
    "combining marks": lambda n: _fill("e\u0301\u0302\u0303\u0304 on Monday ", n),
    "RTL text": lambda n: _fill("\u202eقال المسؤولون يوم الاثنين ١٢ مارس 2025 \u05e9\u05dc\u05d5\u05dd ", n),
    "title abbreviations": lambda n: _fill("Dr. A ", n),
    "no whitespace": lambda n: "a" * n,
    "dots": lambda n: _fill(". ", n),
    "one sentence": lambda n: _fill("and the council said on Monday ", n) + ".",
    "many dated sentences": lambda n: _fill(PROSE.replace("Monday", "March 3, 2025"), n),
    "CR line ends": lambda n: _fill(PROSE + "\r", n),
}


def normal_pages(sample: int) -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    for topic in sorted((SHARED / "datasets" / "t17-dev").iterdir()):
        archive = topic / "articles.jsonl.gz"
        if not archive.exists():
            continue
        with gzip.open(archive, "rt", encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
        step = max(1, len(rows) // sample)
        for row in rows[::step][:sample]:
            pages.append(f" date {row['published'][:10]} {row['text']}")
    return pages


def time_stages(path: Path) -> dict[str, float]:
    """Seconds per stage for one page file."""
    times: dict[str, float] = {}
    began = time.process_time()
    ((_, article),) = list(iter_inputs([path]))
    times["read"] = time.process_time() - began
    assert isinstance(article, Article), path
    text = article.text
    began = time.process_time()
    blocks = clean(text)
    times["clean"] = time.process_time() - began
    began = time.process_time()
    spans = split_sentences(text, [(b.start, b.end) for b in blocks if b.kind is BlockKind.BODY])
    times["split"] = time.process_time() - began
    began = time.process_time()
    ground(text, spans, article.published)
    times["ground"] = time.process_time() - began
    began = time.process_time()
    every = split_sentences(text, [(b.start, b.end) for b in blocks])
    times["split_all"] = time.process_time() - began
    began = time.process_time()
    ground(text, every, article.published)
    times["ground_all"] = time.process_time() - began
    document = annotate(article)  # the same stages, to build the timeline on (not timed)
    began = time.process_time()
    build_timeline([document])
    times["timeline"] = time.process_time() - began
    return times


def measure(path: Path, repeat: int) -> dict[str, float]:
    runs = [time_stages(path) for _ in range(repeat)]
    stages = {stage: statistics.median(r[stage] for r in runs) for stage in (*STAGES, *FORCED)}
    for measure_name, parts in MEASURES.items():
        stages[measure_name] = statistics.median(sum(r[p] for p in parts) for r in runs)
    return stages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=200_000, help="characters of each adversarial page")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", type=int, default=5, help="T17 articles per topic among normal pages")
    parser.add_argument("--case", action="append", help="only these cases (repeatable)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    out = sys.stdout
    with tempfile.TemporaryDirectory() as folder:
        normal: dict[str, list[float]] = {m: [] for m in MEASURES}
        for i, page in enumerate(normal_pages(args.sample)):
            path = Path(folder, f"normal_{i}.txt")
            path.write_text(page, encoding="utf-8")
            timing = measure(path, args.repeat)
            for m in MEASURES:
                normal[m].append(timing[m] / (len(page.encode("utf-8")) / 1000))
        median = {m: statistics.median(rates) for m, rates in normal.items()}
        out.write(f"normal pages: {len(normal['pipeline'])} (seeds + {args.sample} T17 articles a topic)\n")
        for m, rates in normal.items():
            out.write(
                f"  {m:<9} median {1000 * median[m]:.3f} ms/KB (min {1000 * min(rates):.3f}, "
                f"max {1000 * max(rates):.3f})\n"
            )
        out.write(
            f"\n{'case':<22}{'KB':>6}{'ms/KB':>8}{'x normal':>10}{'annotate x':>12}{'forced x':>10}"
            f"  {'slowest stage':<20}{'x2 size':>8}\n"
        )
        rows: list[dict[str, Any]] = []
        for name, make in CASES.items():
            if args.case and name not in args.case:
                continue
            timings = {}
            sizes = {}
            for label, size in (("half", args.size // 2), ("full", args.size)):
                page = HEADER + make(size)
                path = Path(folder, f"adv_{label}.txt")
                path.write_text(page, encoding="utf-8")
                timings[label] = measure(path, args.repeat)
                sizes[label] = len(page.encode("utf-8"))
            full = timings["full"]
            kb = sizes["full"] / 1000
            ratios = {m: full[m] / kb / median[m] for m in MEASURES}
            growth = (full["pipeline"] + full["forced"]) / max(
                timings["half"]["pipeline"] + timings["half"]["forced"], 1e-9
            )
            slowest = max((*STAGES, *FORCED), key=lambda stage: full[stage])
            row = {
                "case": name,
                "kb": kb,
                "ms_per_kb": 1000 * full["pipeline"] / kb,
                "x_normal": ratios,
                "worst_x": max(ratios.values()),
                "slowest_stage": slowest,
                "x2_growth": growth,
                "stages_ms": {stage: 1000 * full[stage] for stage in (*STAGES, *FORCED)},
            }
            rows.append(row)
            stage = f"{slowest} ({1000 * full[slowest]:.0f} ms)"
            out.write(
                f"{name:<22}{kb:>6.0f}{row['ms_per_kb']:>8.2f}{ratios['pipeline']:>10.2f}"
                f"{ratios['annotate']:>12.2f}{ratios['forced']:>10.2f}  {stage:<20}{growth:>8.2f}\n"
            )
            out.flush()
    worst = max(rows, key=lambda r: r["worst_x"])
    out.write(
        f"\nworst: {worst['case']} at {worst['worst_x']:.2f}x the normal median (target <= 10x); "
        f"largest x2-size growth {max(r['x2_growth'] for r in rows):.2f} (linear: 2)\n"
    )
    if args.json is not None:
        document = {
            "normal_ms_per_kb": {m: 1000 * v for m, v in median.items()},
            "normal_pages": len(normal["pipeline"]),
            "cases": rows,
        }
        args.json.write_text(json.dumps(document, indent=2))
    return 0 if worst["worst_x"] <= 10 else 1


if __name__ == "__main__":
    raise SystemExit(main())
