"""Peak memory: streaming stays flat as the input grows; the full timeline holds every document.

    python scripts/bench_memory.py [--pages 1000 10000] [--no-timeline] [--json out.json]

Generates a folder of small dated pages (varied text: distinct articles, dates spread over a year) and
measures the peak resident memory (``ru_maxrss`` of a fresh child process) of

* **streaming**: ``chronicle.read.iter_inputs`` + ``annotate`` one page at a time, nothing kept (the
  path ``chronicle add`` and a distributed build take);
* **baseline**: the same process having imported everything and annotated one page (the fixed cost);
* **timeline**: ``chronicle timeline FOLDER -o out.json`` (reads and annotates all pages, keeps every
  document for the timeline, so it grows with the input).

Each measurement runs in its own process, so peaks do not mix. Reported: MB per size and the ratio of the
largest to the smallest size.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

STREAM = """
import resource, sys
from chronicle.annotate import annotate
from chronicle.read import iter_inputs
limit = int(sys.argv[2])
pages = 0
sentences = 0
for record, article in iter_inputs([sys.argv[1]]):
    if article is not None:
        sentences += len(annotate(article).sentences)
        pages += 1
        if pages >= limit:
            break
print(pages, sentences, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

PLACES = ["the valley", "the port", "the capital", "the northern district", "the border town", "the coast"]
ACTORS = ["the mayor", "rescue teams", "the ministry", "aid groups", "the council", "local police"]


def make_pages(folder: Path, count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
    for i in range(count):
        month = rng.randrange(1, 10)
        day = rng.randrange(1, 28)
        place, actor, other = rng.choice(PLACES), rng.choice(ACTORS), rng.choice(ACTORS)
        n = rng.randrange(2, 900)
        text = (
            f" date 2025-{month:02d}-{day:02d} Update {i}: {actor} reach {place}\n\n"
            f"{actor.capitalize()} reached {place} on {months[month - 1]} {day}, officials said, after "
            f"{n} families were moved to shelters the day before.\n\n"
            f"Two days earlier, {other} had warned that the river would rise, and in early "
            f"{months[max(0, month - 2)]} the council approved {n * 3} emergency beds for the region.\n\n"
            f"Most popular\n\nMore news on {place} {i}\n"
        )
        (folder / f"page_{i:05d}.txt").write_text(text, encoding="utf-8")


def peak_of(command: list[str]) -> tuple[float, str, float]:
    """Peak RSS in MB of ``command`` (through /usr/bin/time), its stdout, and wall seconds."""
    with tempfile.NamedTemporaryFile(suffix=".txt") as report:
        began = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", report.name, *command],
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - began
        if done.returncode not in (0, 3):
            raise RuntimeError(f"{command} failed ({done.returncode}): {done.stderr[-2000:]}")
        kilobytes = int(Path(report.name).read_text().split()[-1])
    return kilobytes / 1024, done.stdout.strip(), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--no-timeline", action="store_true", help="skip the full chronicle timeline runs")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    out = sys.stdout
    results: dict[str, Any] = {"stream": {}, "timeline": {}}
    sizes = sorted(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "pages")
        make_pages(folder, max(sizes))
        python = [sys.executable, "-c", STREAM, str(folder)]
        base, _, _ = peak_of([*python, "1"])
        results["baseline_mb"] = base
        out.write(f"baseline (imports + one page annotated): {base:.0f} MB\n")
        for size in sizes:
            peak, printed, seconds = peak_of([*python, str(size)])
            results["stream"][size] = {"peak_mb": peak, "seconds": seconds, "printed": printed}
            out.write(f"stream   {size:>6} pages: peak {peak:6.0f} MB ({seconds:.0f} s; pages, sentences: "
                      f"{' '.join(printed.split()[:2])})\n")  # fmt: skip
        small, large = results["stream"][sizes[0]], results["stream"][sizes[-1]]
        results["stream_ratio"] = large["peak_mb"] / small["peak_mb"]
        out.write(f"stream   ratio {sizes[-1]}/{sizes[0]} pages: {results['stream_ratio']:.2f}\n")
        if not args.no_timeline:
            for size in sizes:
                subset = Path(tmp, f"subset_{size}")
                subset.mkdir()
                for page in sorted(folder.iterdir())[:size]:
                    (subset / page.name).symlink_to(page)
                command = [str(BIN / "chronicle"), "timeline", str(subset), "--no-progress", "--quiet", "-o",
                           str(Path(tmp, f"out_{size}.json"))]  # fmt: skip
                peak, _, seconds = peak_of(command)
                results["timeline"][size] = {"peak_mb": peak, "seconds": seconds}
                out.write(f"timeline {size:>6} pages: peak {peak:6.0f} MB ({seconds:.0f} s)\n")
            t_small, t_large = results["timeline"][sizes[0]], results["timeline"][sizes[-1]]
            growth = (t_large["peak_mb"] - base) / max(t_small["peak_mb"] - base, 1e-9)
            results["timeline_ratio"] = t_large["peak_mb"] / t_small["peak_mb"]
            results["timeline_kb_per_page"] = (
                1024 * (t_large["peak_mb"] - t_small["peak_mb"]) / (sizes[-1] - sizes[0])
            )
            out.write(
                f"timeline ratio {sizes[-1]}/{sizes[0]} pages: {results['timeline_ratio']:.2f} "
                f"(above baseline: {growth:.1f}x; {results['timeline_kb_per_page']:.0f} KB a page)\n"
            )
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
