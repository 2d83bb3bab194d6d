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
        --json embed_select.json
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
from loto import figures, line
from model2vec import StaticModel
from numpy.typing import NDArray

import chronicle.timeline as timeline_module
from chronicle.bench import Task, load_topic, predict, topic_dirs
from chronicle.evaluate import TimelineEvaluator, TimelineScores, aggregate
from chronicle.model import Document
from chronicle.story import StoryIndex, build_story
from chronicle.timeline import TimelineOptions


@dataclass(frozen=True)
class Variant:
    name: str
    cent: float = 0.0  # embedding weight in centrality (closeness to the day centroid)
    rel: float = 0.0  # in relevance to the story
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
GRIDS: dict[str, list[Variant]] = {"single": SINGLE, "more": [SINGLE[0], *MORE], "all": SINGLE + MORE}


def _unit(matrix: NDArray[np.float32]) -> NDArray[np.float32]:
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return np.asarray(matrix / np.where(norms > 0, norms, 1.0), dtype=np.float32)


@dataclass(frozen=True)
class MixedStory(StoryIndex):
    """A story index whose cosines mix TF-IDF with sentence embeddings (rows unit length)."""

    embeddings: NDArray[np.float32]
    w_cent: float
    w_red: float

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

    def __call__(self, texts: Sequence[str]) -> NDArray[np.float32]:
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
        relevance = story.relevance
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
            relevance = (1 - w_rel) * story.relevance + w_rel * dense
            top = float(relevance.max())
            relevance = relevance / top if top > 0 else relevance
        return MixedStory(
            story.refs,
            story.vectors,
            np.asarray(relevance, dtype=np.float64),
            story.centroid,
            story.weights,
            embeddings,
            w_cent,
            w_red,
        )

    return build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--model", type=Path, required=True, help="a model2vec model folder")
    parser.add_argument("--grid", choices=sorted(GRIDS), default="single")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    embed = Embedder(StaticModel.from_pretrained(str(args.model)))
    topics: list[tuple[str, str | None, list[Task], tuple[Document, ...]]] = []
    for topic_dir in topic_dirs(args.dataset):
        query, tasks, documents = load_topic(topic_dir)
        topics.append((topic_dir.name, query, tasks, documents))
        print(f"annotated {topic_dir.name}", file=sys.stderr)
    grid = GRIDS[args.grid]
    evaluator = TimelineEvaluator()
    results: dict[int, dict[str, list[tuple[Task, TimelineScores]]]] = {}
    cpu: dict[str, float] = {}
    for v, variant in enumerate(grid):
        timeline_module.build_story = mixed_builder(embed, variant)  # type: ignore[attr-defined]
        options = replace(TimelineOptions(), **dict(variant.options))
        started = time.process_time()
        results[v] = {
            name: [
                (task, evaluator.evaluate(predict(docs, task, query, options), task.reference))
                for task in tasks
            ]
            for name, query, tasks, docs in topics
        }
        cpu[variant.name] = round(time.process_time() - started, 2)
        print(line(variant.name, figures([s for r in results[v].values() for s in r])), file=sys.stderr)
    held_out: list[tuple[Task, TimelineScores]] = []
    choices: dict[str, str] = {}
    for name, *_ in topics:
        best, best_f = 0, -1.0
        for v in results:
            others = [s for t, r in results[v].items() if t != name for _, s in r]
            f = aggregate(others).align_r1.f1
            if f > best_f:
                best, best_f = v, f
        choices[name] = grid[best].name
        held_out.extend(results[best][name])
    report = {
        "grid": [asdict(v) for v in grid],
        "selection": "AR-1 F on the other topics",
        "loto": figures(held_out),
        "loto_choices": choices,
        "in_sample": {grid[v].name: figures([s for r in results[v].values() for s in r]) for v in results},
        "per_topic": {grid[v].name: {t: figures(r) for t, r in results[v].items()} for v in results},
        "timeline_cpu_seconds": cpu,
        "encode_cpu_seconds": round(embed.seconds, 2),
        "sentences_encoded": embed.encoded,
    }
    for v in results:
        print(line(grid[v].name, report["in_sample"][grid[v].name]))
    print(line("LOTO", report["loto"]))
    print(json.dumps(choices))
    print(f"timeline CPU s per variant: {cpu}; encoding {embed.seconds:.1f} s for {embed.encoded} sentences")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
