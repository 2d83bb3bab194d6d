"""Sentence selection with static sentence embeddings against TF-IDF (issue 11, item 3), leave-one-topic-out.

Every cosine the timeline stage takes between sentences goes through :class:`chronicle.story.StoryIndex`
(``cosines``, ``closeness``, ``relevance``). This script swaps in a story index whose cosines mix TF-IDF with
a static embedding model (``scripts/distill_embeddings.py``: all-MiniLM-L6-v2 distilled by model2vec), each
use with its own weight w (cosine = (1 - w) x TF-IDF + w x embedding):

- ``cent``: centrality, the closeness to the day centroid (the day's leads; :mod:`chronicle.daynews`);
- ``rel``: relevance to the story (query + pseudo relevance feedback; also feeds the date score);
- ``red``: redundancy (within a date and across the timeline), and the citations and the fallback
  centrality that use the same pairwise cosines.

Embeddings are centred on the story's mean sentence embedding (``raw`` variants are not): a static model's
vectors share a large common component, which makes every cosine high and flattens the centrality factor.

The topics are annotated once; every variant then builds and scores the twelve dev timelines. The LOTO
figure chooses, for each held-out topic, the variant with the best AR-1 F on the other five (as
``scripts/loto.py``) and scores the held-out topic with it.

Needs model2vec in the environment that runs it (``pip install model2vec==0.10.0``; not a project
dependency) and the distilled model folder:

    python scripts/embed_select.py ../shared/datasets/t17-dev --model /work/scratch-embed/minilm-static-256 \
        --grid all --json embed_select.json
    python scripts/embed_select.py --merge a.json b.json --json pooled.json   # LOTO over both runs' grids

``--json`` keeps every task's scores, so runs of different grids can be pooled into one LOTO selection.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from loto import block, is_long, line
from model2vec import StaticModel
from numpy.typing import NDArray

import chronicle.timeline as timeline_module
from chronicle.bench import Task, load_topic, predict, topic_dirs
from chronicle.evaluate import METRICS, Scores, TimelineEvaluator, TimelineScores, aggregate
from chronicle.model import Document
from chronicle.story import StoryIndex, build_story
from chronicle.timeline import TimelineOptions


@dataclass(frozen=True)
class Variant:
    name: str
    cent: float = 0.0  # embedding weight in centrality (closeness to the day centroid)
    rel: float = 0.0  # in relevance to the story
    rel_scope: str = "all"  # mixed relevance for "all", only for ranking a date's "sentences", or "dates"
    constant: bool = False  # control: the embedding relevance replaced by its mean (no content)
    red: float = 0.0  # in redundancy (and citations, fallback centrality)
    centred: bool = True  # embeddings centred on the story's mean
    options: tuple[tuple[str, Any], ...] = ()  # TimelineOptions overrides


SINGLE = [
    Variant("tf-idf (default)"),
    Variant("cent 0.5", cent=0.5),
    Variant("cent 1", cent=1.0),
    Variant("cent 1 raw", cent=1.0, centred=False),
    Variant("rel 0.3", rel=0.3),
    Variant("rel 0.5", rel=0.5),
    Variant("red 0.5", red=0.5),
    Variant("red 1", red=1.0),
]
MORE = [
    Variant("cent 0.2", cent=0.2),
    Variant("rel 0.15", rel=0.15),
    Variant("rel 0.3 raw", rel=0.3, centred=False),
    Variant("red 1, threshold 0.7", red=1.0, options=(("redundancy", 0.7),)),
    Variant("red 1, threshold 0.8", red=1.0, options=(("redundancy", 0.8),)),
    Variant("rel 0.3, red 1 at 0.8", rel=0.3, red=1.0, options=(("redundancy", 0.8),)),
]
EXTRA = [
    Variant("rel 0.3, sentences only", rel=0.3, rel_scope="sentences"),
    Variant("rel 0.5, sentences only", rel=0.5, rel_scope="sentences"),
]
CONTROL = [
    Variant("rel 0.15 raw", rel=0.15, centred=False),
    Variant("rel 0.5 raw", rel=0.5, centred=False),
    Variant("rel 0.3 raw, constant (control)", rel=0.3, centred=False, constant=True),
    Variant("rel 0.3 raw, sentences only", rel=0.3, centred=False, rel_scope="sentences"),
    Variant("rel 0.3 raw, dates only", rel=0.3, centred=False, rel_scope="dates"),
]
DATES = [
    Variant("rel 0.15 raw, dates only", rel=0.15, centred=False, rel_scope="dates"),
    CONTROL[4],
    Variant("rel 0.5 raw, dates only", rel=0.5, centred=False, rel_scope="dates"),
]
GRIDS: dict[str, list[Variant]] = {
    "dates": [SINGLE[0], *DATES],
    "control": [SINGLE[0], *CONTROL],
    "relevance": [SINGLE[0], CONTROL[0], MORE[2], CONTROL[1]],
    "single": SINGLE,
    "more": [SINGLE[0], *MORE],
    "extra": [SINGLE[0], *EXTRA],
    "all": SINGLE + MORE + EXTRA + CONTROL,
}


def _unit(matrix: NDArray[np.float32]) -> NDArray[np.float32]:
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return np.asarray(matrix / np.where(norms > 0, norms, 1.0), dtype=np.float32)


@dataclass(frozen=True)
class MixedStory(StoryIndex):
    """A story index whose cosines mix TF-IDF with sentence embeddings (rows unit length)."""

    embeddings: NDArray[np.float32]
    w_cent: float
    w_red: float
    sentence_relevance: NDArray[np.float64]  # the relevance used to rank a date's sentences

    def cosines(self, rows: Sequence[int], others: Sequence[int]) -> NDArray[np.float64]:
        tfidf = super().cosines(rows, others)
        if self.w_red == 0.0:
            return tfidf
        dense = self.embeddings[list(rows)] @ self.embeddings[list(others)].T
        return np.asarray((1 - self.w_red) * tfidf + self.w_red * dense, dtype=np.float64)

    def closeness(self, rows: Sequence[int], group: Sequence[int]) -> NDArray[np.float64]:
        tfidf = super().closeness(rows, group)
        if self.w_cent == 0.0:
            return tfidf
        centroid = _unit(self.embeddings[list(group)].sum(axis=0))
        dense = self.embeddings[list(rows)] @ centroid
        return np.asarray((1 - self.w_cent) * tfidf + self.w_cent * dense, dtype=np.float64)


class Embedder:
    """Sentence embeddings of one run, cached by text (a topic's tasks share most sentences)."""

    def __init__(self, model: StaticModel) -> None:
        self.model = model
        self.cache: dict[str, NDArray[np.float32]] = {}
        self.seconds = 0.0
        self.encoded = 0
        self.requested = 0  # sentences asked for, cache hits included: what a run without the cache encodes

    def __call__(self, texts: Sequence[str]) -> NDArray[np.float32]:
        self.requested += len(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if missing:
            started = time.process_time()
            vectors = np.asarray(self.model.encode(missing), dtype=np.float32)
            self.seconds += time.process_time() - started
            self.encoded += len(missing)
            self.cache.update(zip(missing, vectors, strict=True))
        width = self.model.dim
        return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, width), np.float32)


def mixed_builder(embed: Embedder, variant: Variant) -> Any:
    w_cent, w_rel, w_red, centred = variant.cent, variant.rel, variant.red, variant.centred

    def build(documents: Sequence[Document], query: str | None = None) -> StoryIndex:
        story = build_story(documents, query)
        if w_cent == 0.0 and w_rel == 0.0 and w_red == 0.0:
            return story
        texts = [documents[d].sentences[s].text for d, s in story.refs]
        raw = embed(texts)
        mean = raw.mean(axis=0) if centred and len(raw) else np.zeros(raw.shape[1], np.float32)
        embeddings = _unit(raw - mean)
        relevance = mixed = story.relevance
        if w_rel > 0.0 and query and len(texts):
            q_tfidf = np.asarray(story.weights.transform([query]).toarray()).ravel()
            scores = np.asarray(story.vectors @ q_tfidf).ravel()
            best = np.argsort(-scores)[:20]
            best = best[scores[best] > 0]
            q = _unit(embed([query])[0] - mean)
            centroid = _unit(q + _unit(embeddings[best].mean(axis=0))) if best.size else q
            dense = np.maximum(embeddings @ centroid, 0.0)
            top = float(dense.max())
            dense = dense / top if top > 0 else dense
            if variant.constant:
                dense = np.full_like(dense, float(dense.mean()))
            mixed = (1 - w_rel) * story.relevance + w_rel * dense
            top = float(mixed.max())
            mixed = mixed / top if top > 0 else mixed
            if variant.rel_scope != "sentences":
                relevance = mixed
        sentence_relevance = story.relevance if variant.rel_scope == "dates" else mixed
        return MixedStory(
            story.refs,
            story.vectors,
            np.asarray(relevance, dtype=np.float64),
            story.centroid,
            story.weights,
            embeddings,
            w_cent,
            w_red,
            np.asarray(sentence_relevance, dtype=np.float64),
        )

    return build


_candidate_scores = timeline_module._candidate_scores


def sentence_scores(unique: Any, documents: Any, story: StoryIndex, *args: Any) -> NDArray[np.float64]:
    """The timeline's candidate scores, with the story's sentence relevance when it has one."""
    if isinstance(story, MixedStory):
        story = replace(story, relevance=story.sentence_relevance)
    return _candidate_scores(unique, documents, story, *args)


# one scored task: (topic, long, scores)
Row = tuple[str, bool, TimelineScores]


def summary(rows: Sequence[Row]) -> dict[str, Any]:
    return {
        "overall": block([s for _, _, s in rows]),
        "long": block([s for _, lg, s in rows if lg]),
        "tasks": len(rows),
        "long_tasks": sum(1 for _, lg, _ in rows if lg),
    }


def loto(results: dict[str, list[Row]]) -> tuple[list[Row], dict[str, str]]:
    """Per held-out topic, the variant with the best AR-1 F on the other topics (first listed on a tie)."""
    topics = list(dict.fromkeys(t for rows in results.values() for t, _, _ in rows))
    held_out: list[Row] = []
    choices: dict[str, str] = {}
    for topic in topics:
        best = max(
            results,
            key=lambda v: aggregate([s for t, _, s in results[v] if t != topic]).align_r1.f1,
        )
        choices[topic] = best
        held_out.extend(r for r in results[best] if r[0] == topic)
    return held_out, choices


def rows_to_json(rows: Sequence[Row]) -> list[dict[str, Any]]:
    return [{"topic": t, "long": lg, **s.as_dict()} for t, lg, s in rows]


def rows_from_json(items: Sequence[dict[str, Any]]) -> list[Row]:
    return [
        (
            item["topic"],
            item["long"],
            TimelineScores(**{m: Scores.of(item[m]["precision"], item[m]["recall"]) for m in METRICS}),
        )
        for item in items
    ]


def run(dataset: Path, model: Path, grid: Sequence[Variant]) -> tuple[dict[str, list[Row]], dict[str, Any]]:
    embed = Embedder(StaticModel.from_pretrained(str(model)))
    topics: list[tuple[str, str | None, list[Task], tuple[Document, ...]]] = []
    for topic_dir in topic_dirs(dataset):
        query, tasks, documents = load_topic(topic_dir)
        topics.append((topic_dir.name, query, tasks, documents))
        print(f"annotated {topic_dir.name}", file=sys.stderr)
    timeline_module._candidate_scores = sentence_scores
    evaluator = TimelineEvaluator()
    results: dict[str, list[Row]] = {}
    cpu: dict[str, float] = {}
    for variant in grid:
        timeline_module.build_story = mixed_builder(embed, variant)  # type: ignore[attr-defined]
        options = replace(TimelineOptions(), **dict(variant.options))
        started = time.process_time()
        results[variant.name] = [
            (
                name,
                is_long(task),
                evaluator.evaluate(predict(docs, task, query, options), task.reference),
            )
            for name, query, tasks, docs in topics
            for task in tasks
        ]
        cpu[variant.name] = round(time.process_time() - started, 2)
        print(line(variant.name, summary(results[variant.name])), file=sys.stderr)
    costs = {
        "timeline_cpu_seconds": cpu,
        "encode_cpu_seconds": round(embed.seconds, 2),
        "sentences_encoded": embed.encoded,
        "sentences_requested": embed.requested,
    }
    return results, costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, nargs="?")
    parser.add_argument("--model", type=Path, help="a model2vec model folder")
    parser.add_argument("--grid", choices=sorted(GRIDS), default="all")
    parser.add_argument("--merge", type=Path, nargs="*", default=[], help="earlier --json outputs to pool")
    parser.add_argument("--only", nargs="*", help="pool only these variants (names) into the selection")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results: dict[str, list[Row]] = {}
    grid: list[dict[str, Any]] = []
    costs: dict[str, Any] = {}
    for path in args.merge:
        earlier = json.loads(path.read_text(encoding="utf-8"))
        grid += [g for g in earlier["grid"] if g["name"] not in results]
        for name, items in earlier["task_scores"].items():
            results.setdefault(name, rows_from_json(items))
        costs[str(path)] = earlier["costs"]
    if args.dataset is not None:
        if args.model is None:
            parser.error("--model is needed to run the grid")
        variants = [v for v in GRIDS[args.grid] if v.name not in results]
        ran, costs["this run"] = run(args.dataset, args.model, variants)
        results.update(ran)
        grid += [asdict(v) for v in variants]
    if args.only:
        results = {name: results[name] for name in args.only}
        grid = [g for g in grid if g["name"] in results]
    if not results:
        parser.error("give a dataset to run, or --merge")
    held_out, choices = loto(results)
    report = {
        "grid": grid,
        "selection": "AR-1 F on the other topics",
        "loto": summary(held_out),
        "loto_choices": choices,
        "in_sample": {name: summary(rows) for name, rows in results.items()},
        "costs": costs,
        "task_scores": {name: rows_to_json(rows) for name, rows in results.items()},
    }
    for name in results:
        print(line(name, report["in_sample"][name]))
    print(line("LOTO", report["loto"]))
    print(json.dumps(choices))
    print(json.dumps(costs))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
