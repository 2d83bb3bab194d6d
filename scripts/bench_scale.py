"""Scale figures for the store and the Dask build (docs/scale.md).

    python scripts/bench_scale.py [--topic ../shared/datasets/t17-dev/bpoil] [--repeat 3] [--json out.json]

Measures, on one topic (default bpoil, 1,461 inputs):

* in-process annotation rate (articles/s on one core) and the client's own costs: reading (decode + hash)
  and the single writer (committing precomputed annotations, one transaction per article);
* ``chronicle add`` with the local engine and with Dask on a running LocalCluster of 1 and 2 single-threaded
  worker processes (the cluster's start-up is timed separately), the 1 -> 2 worker speed-up and each
  worker's resident memory after the build;
* the incremental path: adding one new article to the full store (in-process, and as a ``chronicle add``
  process including interpreter start-up) and rebuilding the timeline from the store (load + build).

Every figure is the median of ``--repeat`` runs (timings on a shared 2-core machine are noisy); ratios
come from medians measured in the same run of this script.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from chronicle.annotate import annotate
from chronicle.engine import DaskEngine, LocalEngine, Result, annotate_for_store, annotator_version
from chronicle.model import Article
from chronicle.read import iter_inputs
from chronicle.store import Store, add_paths, load_documents
from chronicle.timeline import build_timeline

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TOPIC = ROOT.parent / "shared" / "datasets" / "t17-dev" / "bpoil"


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def median_of(repeat: int, work: Callable[[], object], before: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        times.append(timed(work))
    return statistics.median(times)


class Precomputed:
    """An engine that hands back annotations computed beforehand: times the store's writer alone."""

    name = "precomputed"

    def __init__(self, results: dict[str, Result]) -> None:
        self.results = results

    def annotate(self, jobs: Iterable[tuple[T, Article | None]]) -> Iterator[tuple[T, Result | None]]:
        for tag, article in jobs:
            yield tag, (self.results[article.id] if article is not None else None)


def new_article(folder: Path, k: int) -> Path:
    path = folder / f"new_{k:03d}.txt"
    path.write_text(
        "date 2010-07-16\n"
        f"Engineers report progress on the well, update {k}\n\n"
        f"BP said on Friday that the new cap had held for a full day, update number {k} from the Gulf.\n\n"
        "Two days earlier the company had closed the last valve, and officials expect a relief well "
        "to be finished in early August.\n",
        encoding="utf-8",
    )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topic", type=Path, default=DEFAULT_TOPIC)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    figures: dict[str, Any] = {"topic": str(args.topic), "repeat": args.repeat}
    work = Path(tempfile.mkdtemp(prefix="chronicle-scale-"))

    records = list(iter_inputs([args.topic]))
    articles = [a for _, a in records if a is not None]
    unique = list({a.id: a for a in articles}.values())
    figures["inputs"], figures["articles"] = len(records), len(unique)
    print(f"{args.topic}: {len(records)} inputs, {len(unique)} distinct articles", flush=True)

    read_s = median_of(args.repeat, lambda: list(iter_inputs([args.topic])))
    annotate_s = median_of(args.repeat, lambda: [annotate(a) for a in unique])
    version = annotator_version()
    results = {a.id: annotate_for_store(a, version) for a in unique}
    store_n = [0]

    def fresh_store() -> None:
        store_n[0] += 1

    def write_all() -> None:
        with Store.open(work / f"writer{store_n[0]}.db") as store:
            store.add(records, engine=Precomputed(results))

    write_s = median_of(args.repeat, write_all, before=fresh_store)
    figures["client"] = {
        "read_articles_per_s": len(records) / read_s,
        "write_articles_per_s": len(unique) / write_s,
    }
    figures["annotate_articles_per_s_per_core"] = len(unique) / annotate_s
    print(
        f"annotate in process: {len(unique) / annotate_s:.0f} articles/s/core; client read "
        f"{len(records) / read_s:.0f} inputs/s, writer {len(unique) / write_s:.0f} articles/s",
        flush=True,
    )

    local_store = [work / "local.db"]

    def local_add() -> None:
        local_store[0] = work / f"local{store_n[0]}.db"
        add_paths(local_store[0], [args.topic], engine=LocalEngine())

    local_s = median_of(args.repeat, local_add, before=fresh_store)
    figures["local_add_s"] = local_s
    figures["local_add_articles_per_s"] = len(unique) / local_s
    print(f"local add: {local_s:.1f} s ({len(unique) / local_s:.0f} articles/s)", flush=True)

    if not args.no_dask:
        figures["dask"] = bench_dask(args, work, unique, store_n)

    # incremental: one new article into the full store, then the timeline from the store
    base = local_store[0]
    folder = work / "new"
    folder.mkdir()
    adds, cli_adds, loads, builds = [], [], [], []
    for k in range(args.repeat * 2):
        path = new_article(folder, k)
        adds.append(timed(lambda path=path: add_paths(base, [path])))  # type: ignore[misc]
        cli_path = new_article(folder, 100 + k)
        command = [sys.executable, "-m", "chronicle", "add", str(cli_path), "-s", str(base), "--quiet"]
        cli_adds.append(timed(lambda command=command: subprocess.run(command, check=True)))  # type: ignore[misc]
        start = time.perf_counter()
        documents = load_documents(base)
        loads.append(time.perf_counter() - start)
        start = time.perf_counter()
        build_timeline(documents)
        builds.append(time.perf_counter() - start)
    figures["incremental"] = {
        "store_articles": len(load_documents(base)),
        "add_one_in_process_s": statistics.median(adds),
        "add_one_cli_process_s": statistics.median(cli_adds),
        "load_documents_s": statistics.median(loads),
        "build_timeline_s": statistics.median(builds),
        "timeline_from_store_s": statistics.median([a + b for a, b in zip(loads, builds, strict=True)]),
        "runs": len(adds),
    }
    inc = figures["incremental"]
    print(
        f"incremental ({inc['store_articles']} articles, median of {len(adds)}): add one "
        f"{inc['add_one_in_process_s'] * 1000:.0f} ms in process, {inc['add_one_cli_process_s']:.2f} s as a "
        f"process; load {inc['load_documents_s']:.2f} s + timeline {inc['build_timeline_s']:.2f} s = "
        f"{inc['timeline_from_store_s']:.2f} s",
        flush=True,
    )
    print(json.dumps(figures, indent=2))
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def bench_dask(
    args: argparse.Namespace, work: Path, unique: list[Article], store_n: list[int]
) -> dict[str, Any]:
    import psutil
    from dask.distributed import Client, LocalCluster

    def rss() -> int:
        return int(psutil.Process().memory_info().rss)

    def cpu() -> float:
        times = psutil.Process().cpu_times()
        return float(times.user + times.system)

    found: dict[str, Any] = {}
    for workers in (1, 2):
        start = time.perf_counter()
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
            ) as cluster,
            Client(cluster) as client,
        ):
            started = time.perf_counter() - start
            idle = client.run(rss)
            engine = DaskEngine(address=cluster.scheduler_address)

            def build(engine: DaskEngine = engine, label: str = f"dask{workers}") -> None:
                store_n[0] += 1
                add_paths(work / f"{label}_{store_n[0]}.db", [args.topic], engine=engine)

            cpu_before = client.run(cpu)
            own_before = cpu()
            wall_before = time.perf_counter()
            seconds = median_of(args.repeat, build)
            wall = time.perf_counter() - wall_before
            own = cpu() - own_before
            cpu_after = client.run(cpu)
            after = client.run(rss)
        busy = [(cpu_after[w] - cpu_before[w]) / wall for w in cpu_after]
        found[str(workers)] = {
            "cluster_start_s": started,
            "add_s": seconds,
            "articles_per_s": len(unique) / seconds,
            "articles_per_s_per_worker": len(unique) / seconds / workers,
            "worker_rss_mib_idle": [v / 2**20 for v in idle.values()],
            "worker_rss_mib_after": [v / 2**20 for v in after.values()],
            "worker_cpu_busy": busy,  # CPU seconds per wall second of each worker during the builds
            # CPU seconds per article: all workers together, and the client (reading, writing, scheduler)
            "worker_cpu_ms_per_article": 1000
            * sum(cpu_after[w] - cpu_before[w] for w in cpu_after)
            / (args.repeat * len(unique)),
            "client_cpu_ms_per_article": 1000 * own / (args.repeat * len(unique)),
            "load_average_1min": os.getloadavg()[0],
        }
        print(
            f"dask {workers} worker(s): {seconds:.1f} s ({len(unique) / seconds:.0f} articles/s), "
            f"cluster start {started:.1f} s, worker RSS {max(after.values()) / 2**20:.0f} MiB, "
            f"workers busy {', '.join(f'{b:.0%}' for b in busy)}, load {os.getloadavg()[0]:.1f}",
            flush=True,
        )
    found["speedup_1_to_2"] = found["1"]["add_s"] / found["2"]["add_s"]
    # On 2 idle cores: 1 worker runs beside the client; 2 workers share both cores with it.
    worker_ms, client_ms = found["2"]["worker_cpu_ms_per_article"], found["2"]["client_cpu_ms_per_article"]
    found["speedup_bound_2_idle_cores"] = worker_ms / max(worker_ms / 2, (worker_ms + client_ms) / 2)
    print(
        f"speed-up 1 -> 2 workers: {found['speedup_1_to_2']:.2f}x measured (load {os.getloadavg()[0]:.1f}); "
        f"CPU per article: workers {worker_ms:.2f} ms, client {client_ms:.2f} ms -> "
        f"{found['speedup_bound_2_idle_cores']:.2f}x on 2 idle cores",
        flush=True,
    )
    return found


if __name__ == "__main__":
    main()
