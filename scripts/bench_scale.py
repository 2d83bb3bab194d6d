"""Scale figures for the store and the Dask build (docs/scale.md).

    python scripts/bench_scale.py [--topic ../shared/datasets/t17-dev/bpoil] [--repeat 3] [--json out.json]
        [--no-dask | --dask-only] [--batch-size 64]

Measures, on one topic (default bpoil, 1,467 inputs):

* in-process annotation rate (articles/s on one core) and the client's own costs: reading (decode + hash)
  and the single writer (committing precomputed annotations, batched transactions);
* ``chronicle add`` with the local engine and with Dask on LocalClusters of 1 and 2 single-threaded worker
  processes, builds alternated 1, 2, 1, 2, ... (cluster start-up timed separately), the 1 -> 2 worker
  speed-up, the CPU of workers, client and *other* processes per build (so a ratio taken on a busy
  machine can be judged), and each worker's resident memory;
* the incremental path: adding one new article to the full store (in-process, and as a ``chronicle add``
  process including interpreter start-up) and rebuilding the timeline from the store (``load_documents`` +
  ``build_timeline`` in process, and ``chronicle timeline --store`` as a process).

Every figure is the median of ``--repeat`` runs (timings on a shared 2-core machine are noisy); ratios
come from medians measured in the same run of this script.
"""

from __future__ import annotations

import argparse
import importlib
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
    parser.add_argument("--batch-size", type=int, default=DaskEngine.batch_size, help="articles per task")
    parser.add_argument("--dask-only", action="store_true", help="only the Dask builds (1 and 2 workers)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    figures: dict[str, Any] = {"topic": str(args.topic), "repeat": args.repeat}
    work = Path(tempfile.mkdtemp(prefix="chronicle-scale-"))

    records = list(iter_inputs([args.topic]))
    articles = [a for _, a in records if a is not None]
    unique = list({a.id: a for a in articles}.values())
    figures["inputs"], figures["articles"] = len(records), len(unique)
    print(f"{args.topic}: {len(records)} inputs, {len(unique)} distinct articles", flush=True)

    if args.dask_only:
        figures["dask"] = bench_dask(args, work, unique, [0])
        print(json.dumps(figures, indent=2))
        if args.json is not None:
            args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        return

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
    adds, cli_adds, cli_timelines, loads, builds = [], [], [], [], []
    for k in range(args.repeat * 2):
        path = new_article(folder, k)
        adds.append(timed(lambda path=path: add_paths(base, [path])))  # type: ignore[misc]
        cli_path = new_article(folder, 100 + k)
        command = [sys.executable, "-m", "chronicle", "add", str(cli_path), "-s", str(base), "--quiet"]
        cli_adds.append(timed(lambda command=command: subprocess.run(command, check=True)))  # type: ignore[misc]
        command = [sys.executable, "-m", "chronicle", "timeline", "-s", str(base), "-o", str(work / "t.json")]
        command += ["--quiet", "--no-progress"]
        cli_timelines.append(timed(lambda command=command: subprocess.run(command, check=True)))  # type: ignore[misc]
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
        "timeline_cli_process_s": statistics.median(cli_timelines),
        "runs": len(adds),
    }
    inc = figures["incremental"]
    print(
        f"incremental ({inc['store_articles']} articles, median of {len(adds)}): add one "
        f"{inc['add_one_in_process_s'] * 1000:.0f} ms in process, {inc['add_one_cli_process_s']:.2f} s as a "
        f"process; load {inc['load_documents_s']:.2f} s + timeline {inc['build_timeline_s']:.2f} s = "
        f"{inc['timeline_from_store_s']:.2f} s in process (after the first build), "
        f"{inc['timeline_cli_process_s']:.2f} s as a `chronicle timeline --store` process",
        flush=True,
    )
    print(json.dumps(figures, indent=2))
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def bench_dask(
    args: argparse.Namespace, work: Path, unique: list[Article], store_n: list[int]
) -> dict[str, Any]:
    """Builds on a LocalCluster of 1 and of 2 workers, alternated (1, 2, 1, 2, ...) so a change in the
    machine's load hits both sides alike; each build gets a fresh, warmed-up cluster (only one cluster up
    at a time: an idle scheduler's housekeeping would be counted as client CPU). Each build also records
    the CPU that *other* processes used meanwhile (system-wide busy CPU minus ours): a ratio measured
    while others took CPU says little about the code."""
    # untyped libraries: held as Any
    psutil: Any = importlib.import_module("psutil")
    distributed: Any = importlib.import_module("dask.distributed")
    Client, LocalCluster = distributed.Client, distributed.LocalCluster

    def rss() -> int:
        return int(psutil.Process().memory_info().rss)

    def cpu() -> float:
        times = psutil.Process().cpu_times()
        return float(times.user + times.system)

    def system_busy() -> float:
        times = psutil.cpu_times()
        return float(times.user + times.system + times.nice + getattr(times, "irq", 0.0))

    found: dict[str, Any] = {"batch_size": args.batch_size}
    for workers in (1, 2):
        found[str(workers)] = {
            "cluster_start_s": [],
            "worker_rss_mib_idle": [],
            "worker_rss_mib_after": [],
            "runs_s": [],
            "others_cpu_s": [],
            "worker_cpu_s": 0.0,
            "client_cpu_s": 0.0,
            "wall_s": 0.0,
        }
    for _ in range(args.repeat):
        for workers in (1, 2):
            figures = found[str(workers)]
            start = time.perf_counter()
            with (
                LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
                ) as cluster,
                Client(cluster) as client,
            ):
                figures["cluster_start_s"].append(time.perf_counter() - start)
                client.run(annotator_version)  # warm up: each worker imports the annotator
                figures["worker_rss_mib_idle"] += [v / 2**20 for v in client.run(rss).values()]
                engine = DaskEngine(address=cluster.scheduler_address, batch_size=args.batch_size)
                store_n[0] += 1
                target = work / f"dask{workers}_{store_n[0]}.db"
                cpu_before, own_before, busy_before = client.run(cpu), cpu(), system_busy()
                start = time.perf_counter()
                add_paths(target, [args.topic], engine=engine)
                wall = time.perf_counter() - start
                cpu_after, own, busy = client.run(cpu), cpu() - own_before, system_busy() - busy_before
                figures["worker_rss_mib_after"] += [v / 2**20 for v in client.run(rss).values()]
            worker_cpu = sum(cpu_after[w] - cpu_before[w] for w in cpu_after)
            figures["runs_s"].append(wall)
            figures["others_cpu_s"].append(max(0.0, busy - worker_cpu - own))
            figures["worker_cpu_s"] += worker_cpu
            figures["client_cpu_s"] += own
            figures["wall_s"] += wall
            print(
                f"  dask {workers} worker(s): {wall:.2f} s; CPU: workers {worker_cpu:.2f} s, client "
                f"{own:.2f} s, other processes {figures['others_cpu_s'][-1]:.2f} s",
                flush=True,
            )
    for workers in (1, 2):
        figures = found[str(workers)]
        seconds = statistics.median(figures["runs_s"])
        n = args.repeat * len(unique)
        figures.update(
            add_s=seconds,
            articles_per_s=len(unique) / seconds,
            articles_per_s_per_worker=len(unique) / seconds / workers,
            # CPU seconds per wall second of all workers together during the builds
            workers_busy=figures["worker_cpu_s"] / figures["wall_s"],
            # CPU per article: all workers together, and the client (reading, writing, scheduler)
            worker_cpu_ms_per_article=1000 * figures["worker_cpu_s"] / n,
            client_cpu_ms_per_article=1000 * figures["client_cpu_s"] / n,
            load_average_1min=os.getloadavg()[0],
        )
        print(
            f"dask {workers} worker(s): median {seconds:.2f} s ({len(unique) / seconds:.0f} articles/s), "
            f"cluster start {statistics.median(figures['cluster_start_s']):.1f} s, worker RSS "
            f"{max(figures['worker_rss_mib_after']):.0f} MiB, workers busy {figures['workers_busy']:.0%}, "
            f"other processes' CPU per build {statistics.median(figures['others_cpu_s']):.2f} s",
            flush=True,
        )
    found["speedup_1_to_2"] = found["1"]["add_s"] / found["2"]["add_s"]
    # On 2 idle cores: 1 worker runs beside the client; 2 workers share both cores with it.
    worker_ms, client_ms = found["2"]["worker_cpu_ms_per_article"], found["2"]["client_cpu_ms_per_article"]
    found["speedup_bound_2_idle_cores"] = worker_ms / max(worker_ms / 2, (worker_ms + client_ms) / 2)
    print(
        f"speed-up 1 -> 2 workers: {found['speedup_1_to_2']:.2f}x measured (medians, builds alternated); "
        f"CPU per article: workers {worker_ms:.2f} ms, client {client_ms:.2f} ms -> "
        f"{found['speedup_bound_2_idle_cores']:.2f}x on 2 idle cores",
        flush=True,
    )
    return found


if __name__ == "__main__":
    main()
