"""Scoring a temporal tagger against a gold set of hand-labelled expressions (``benchmarks/temporal``).

The gold set is JSON Lines, one record per fully annotated line of a document::

    {"doc": "t17-dev/H1N1/bbc/2009-04-27/156", "line": 17, "published": "2009-04-27",
     "timexes": [{"text": "Tuesday", "value": "2009-04-28", "class": "tense"}]}

``doc`` names a dated page under the gold set's folder (``pages/...``), a seed (``seeds/...``) or a T17
article (``t17-dev/<topic>/<id>``, both under the shared data folder); ``line`` is 1-based (for a page, a
line of the file; for T17, a sentence of the text). ``value`` is the ISO value at the expression's own
precision (``None``: the page does not say, e.g. "yesterday" under a month-only publication date: any
output there is wrong);
``occurrence`` picks the n-th occurrence of ``text`` in the line. A line listed with no timexes is a negative
example: every output in it is a false positive.

An output counts in a line when its span overlaps the line. It is *right* when it overlaps a gold expression
with the same ISO value; *consistent* when the gold value lies inside it (the year of "80 years ago on June
1st"), which is neither right nor wrong. Scores at a precision (day, month, ...) count the outputs and gold
expressions of that granularity only: precision = right / outputs, recall = found / gold.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chronicle.model import Article, Granularity, TimeValue

__all__ = [
    "GoldLine",
    "GoldTimex",
    "Output",
    "Scores",
    "chronicle_outputs",
    "load_documents",
    "load_gold",
    "score",
]


@dataclass(frozen=True)
class GoldTimex:
    text: str
    value: TimeValue | None
    cls: str = "general"
    occurrence: int = 1


@dataclass(frozen=True)
class GoldLine:
    doc: str
    line: int
    published: str
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class Output:
    """One tagger output: offsets into the article's text and the value."""

    start: int
    end: int
    value: TimeValue


@dataclass(frozen=True)
class _Doc:
    article: Article | None  # None: the reader skipped the page
    lines: Mapping[int, tuple[int, int]]  # line number -> (start, end) offsets in article.text


@dataclass
class _Tally:
    gold: int = 0
    found: int = 0
    outputs: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.outputs if self.outputs else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "found": self.found,
            "outputs": self.outputs,
            "right": self.right,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
        }


@dataclass
class Scores:
    """Tallies by granularity ("day", "month", "all") and by failure class (all granularities)."""

    by_granularity: dict[str, _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    by_class: dict[str, _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    misses: list[str] = field(default_factory=list)  # a line per gold expression not found / wrong output
    skipped_docs: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "granularity": {k: v.as_dict() for k, v in sorted(self.by_granularity.items())},
            "class": {k: v.as_dict() for k, v in sorted(self.by_class.items())},
            "skipped_docs": self.skipped_docs,
        }


def load_gold(path: str | os.PathLike[str]) -> tuple[GoldLine, ...]:
    lines = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        record = json.loads(raw)
        timexes = tuple(
            GoldTimex(
                text=t["text"],
                value=TimeValue.parse(t["value"]) if t.get("value") else None,
                cls=t.get("class", "general"),
                occurrence=t.get("occurrence", 1),
            )
            for t in record["timexes"]
        )
        lines.append(GoldLine(record["doc"], record["line"], record["published"], timexes))
    return tuple(lines)


def load_documents(
    gold: Sequence[GoldLine], gold_dir: str | os.PathLike[str], shared_dir: str | os.PathLike[str]
) -> dict[str, _Doc]:
    """Read every document the gold set names, as chronicle reads it (pages and seeds through
    :mod:`chronicle.read`, so a page the reader skips yields no article)."""
    from chronicle.read import iter_inputs

    wanted: dict[str, set[int]] = defaultdict(set)
    for g in gold:
        wanted[g.doc].add(g.line)
    docs: dict[str, _Doc] = {}
    t17: dict[str, dict[str, dict[str, str]]] = {}
    for doc in sorted(wanted):
        if doc.startswith("t17-dev/"):
            _, topic, rid = doc.split("/", 2)
            if topic not in t17:
                t17[topic] = _t17_topic(Path(shared_dir, "datasets", "t17-dev", topic, "articles.jsonl.gz"))
            record = t17[topic][rid]
            raw = record["text"]
            text = raw.strip()
            article: Article | None = Article(
                id=rid, published=dt.date.fromisoformat(record["published"]), text=text, origins=()
            )
        else:
            path = Path(shared_dir, doc) if doc.startswith("seeds/") else Path(gold_dir, doc)
            items = list(iter_inputs([path]))
            article = next((a for _, a in items if a is not None), None)
            data = path.read_bytes()
            try:
                raw = data.decode("utf-8")
            except UnicodeDecodeError:
                raw = data.decode("cp1252")
            text = article.text if article is not None else ""
        offset = raw.find(text) if text else 0
        spans: dict[int, tuple[int, int]] = {}
        position = 0
        for number, line in enumerate(raw.split("\n"), start=1):
            if number in wanted[doc]:
                start = max(position - offset, 0)
                spans[number] = (start, max(position + len(line) - offset, start))
            position += len(line) + 1
        docs[doc] = _Doc(article, spans)
    return docs


def _t17_topic(path: Path) -> dict[str, dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return {r["id"]: r for r in (json.loads(line) for line in lines)}


def chronicle_outputs(article: Article) -> list[Output]:
    """chronicle's own outputs: every grounded expression of the article's kept sentences."""
    from chronicle.annotate import annotate

    document = annotate(article)
    return [Output(t.start, t.end, t.value) for s in document.sentences for t in s.timexes]


def score(
    gold: Sequence[GoldLine],
    docs: Mapping[str, _Doc],
    outputs: Callable[[str, Article], Iterable[Output]],
) -> Scores:
    """Score ``outputs(doc, article)`` against ``gold``."""
    scores = Scores()
    by_doc: dict[str, list[GoldLine]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(g)
    for doc, lines in by_doc.items():
        loaded = docs[doc]
        article = loaded.article
        found = list(outputs(doc, article)) if article is not None else []
        if article is None:
            scores.skipped_docs.append(doc)
        for g in lines:
            start, end = loaded.lines[g.line]
            in_line = [o for o in found if o.start < end and o.end > start]
            text = article.text[start:end] if article is not None else ""
            spans = [_locate(text, t, start) for t in g.timexes]
            for t, span in zip(g.timexes, spans, strict=True):
                if t.value is None:
                    continue
                hit = any(_overlaps(o, span) and o.value.iso == t.value.iso for o in in_line)
                for key in ("all", t.value.granularity.value):
                    scores.by_granularity[key].gold += 1
                    scores.by_granularity[key].found += hit
                scores.by_class[t.cls].gold += 1
                scores.by_class[t.cls].found += hit
                if not hit:
                    got = [o.value.iso for o in in_line if _overlaps(o, span)]
                    scores.misses.append(f"MISS {doc}:{g.line} {t.text!r} want {t.value.iso} got {got}")
            for o in in_line:
                matched = [t for t, span in zip(g.timexes, spans, strict=True) if _overlaps(o, span)]
                right = any(t.value is not None and t.value.iso == o.value.iso for t in matched)
                consistent = not right and any(
                    t.value is not None and _inside(t.value, o.value) for t in matched
                )
                if consistent:
                    continue
                for key in ("all", o.value.granularity.value):
                    scores.by_granularity[key].outputs += 1
                    scores.by_granularity[key].right += right
                cls = matched[0].cls if matched else "unlabelled span"
                scores.by_class[cls].outputs += 1
                scores.by_class[cls].right += right
                if not right:
                    quote = article.text[o.start : o.end] if article is not None else ""
                    want = [t.value.iso if t.value else None for t in matched]
                    scores.misses.append(f"WRONG {doc}:{g.line} {quote!r} = {o.value.iso}, gold {want}")
    return scores


def _locate(text: str, timex: GoldTimex, base: int) -> tuple[int, int]:
    position = -1
    for _ in range(timex.occurrence):
        position = text.find(timex.text, position + 1)
    if position < 0:
        return (-1, -1)  # the line is not in the article as read (a skipped or cut page)
    return (base + position, base + position + len(timex.text))


def _overlaps(output: Output, span: tuple[int, int]) -> bool:
    return output.start < span[1] and output.end > span[0]


def _inside(gold: TimeValue, output: TimeValue) -> bool:
    """The gold value lies within a coarser output value (a year that contains the gold day)."""
    if output.granularity is Granularity.DAY or output.granularity is gold.granularity:
        return False
    return output.first_day <= gold.first_day and gold.last_day <= output.last_day


def class_counts(gold: Sequence[GoldLine]) -> Counter[str]:
    return Counter(t.cls for g in gold for t in g.timexes)
