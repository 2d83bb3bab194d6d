"""Compare temporal taggers on the pinned cases of tests/test_temporal.py, and time them on a T17 topic.

Usage (the candidates are not project dependencies; install them into the venv for this script only):

    pip install dateparser ctparse
    python scripts/compare_taggers.py [--shared ../shared] [--topic haiti]

A case counts as right when the tagger yields the expected value at the expected precision for the pinned
expression (modifiers are not asked of the candidates), or yields nothing when the case pins no expression.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import logging
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from chronicle.model import TimeValue  # noqa: E402
from chronicle.temporal import ground  # noqa: E402
from test_temporal import HARD_CASES, HARD_NEGATIVES, SEED_CASES, SEED_PUBLISHED, T17_CASES  # noqa: E402


def _at_precision(day: dt.date, like: TimeValue) -> TimeValue:
    if like.week is not None:
        return TimeValue.of_week(day)
    return TimeValue(day.year, like.month and day.month, like.day and day.day)


def dateparser_tagger(sentence: str, published: dt.date, expr: str | None) -> list[dt.date]:
    from dateparser.search import search_dates

    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    found = search_dates(sentence, languages=["en"], settings=settings) or []
    return [d.date() for text, d in found if expr is None or _overlaps(text, expr)]


def ctparse_tagger(sentence: str, published: dt.date, expr: str | None) -> list[dt.date]:
    from ctparse import ctparse

    # ctparse resolves one expression per call: it is given the pinned expression alone (a generous setup).
    parse = ctparse(expr if expr is not None else sentence, ts=dt.datetime.combine(published, dt.time()))
    if parse is None:
        return []
    resolution = parse.resolution
    start = getattr(resolution, "t_from", None) or resolution
    year, month, day = (
        getattr(start, "year", None),
        getattr(start, "month", None),
        getattr(start, "day", None),
    )
    if year is None:
        return []
    return [dt.date(year, month or 1, day or 1)]


def _overlaps(found: str, expr: str) -> bool:
    return found in expr or expr in found


def cases(shared: Path) -> Iterator[tuple[str, str, dt.date, str | None, str | None, list[TimeValue]]]:
    """(group, sentence, published, expr, expected, our values) for every pinned case."""
    seeds = {}
    for path in sorted((shared / "seeds").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        header = SEED_PUBLISHED.match(raw)
        assert header
        seeds[path.name[:3]] = (raw, dt.date.fromisoformat(header.group(1)), header.end())
    articles: dict[str, tuple[str, dt.date, int]] = {}
    wanted = {c.source for c in T17_CASES}
    for topic in {s.split("/")[0] for s in wanted}:
        with gzip.open(shared / "datasets" / "t17-dev" / topic / "articles.jsonl.gz", "rt") as lines:
            for line in lines:
                record = json.loads(line)
                key = f"{topic}/{record['id']}"
                if key in wanted:
                    articles[key] = (record["text"], dt.date.fromisoformat(record["published"]), 0)
    for group, pinned, docs in (("seeds", SEED_CASES, seeds), ("t17", T17_CASES, articles)):
        for case in pinned:
            text, published, body = docs[case.source]
            spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.start() >= body]
            grounded = [t for s in ground(text, spans, published) for t in s]
            where = text.index(case.context)
            line_start = text.rfind("\n", 0, where) + 1
            line_end = text.find("\n", where)
            sentence = text[line_start : line_end if line_end >= 0 else len(text)]
            inside = [t for t in grounded if where <= t.start and t.end <= where + len(case.context)]
            values = [t.value for t in inside if case.expr is None or t.text == case.expr]
            yield group, sentence, published, case.expr, case.expected, values
    for published_iso, sentence, expr, expected in HARD_CASES:
        published = dt.date.fromisoformat(published_iso)
        grounded = ground(sentence, [(0, len(sentence))], published)[0]
        yield "hard", sentence, published, expr, expected, [t.value for t in grounded if t.text == expr]
    for published_iso, sentence, span in HARD_NEGATIVES:
        published = dt.date.fromisoformat(published_iso)
        grounded = ground(sentence, [(0, len(sentence))], published)[0]
        values = [t.value for t in grounded if t.text in span or span in t.text]
        yield "hard", sentence, published, None, None, values


def right(expected: str | None, values: list[TimeValue]) -> bool:
    if expected is None:
        return not values
    want = TimeValue.parse(expected.split(" ")[0])
    return any(v.iso == want.iso for v in values)


def right_dates(expected: str | None, dates: list[dt.date]) -> bool:
    if expected is None:
        return not dates
    want = TimeValue.parse(expected.split(" ")[0])
    return any(_at_precision(d, want).iso == want.iso for d in dates)


def sentences_per_second(
    shared: Path, topic: str, tagger: Callable[[str, dt.date], object], limit: int
) -> float:
    rows: list[tuple[str, dt.date]] = []
    with gzip.open(shared / "datasets" / "t17-dev" / topic / "articles.jsonl.gz", "rt") as lines:
        for line in lines:
            record = json.loads(line)
            published = dt.date.fromisoformat(record["published"])
            rows.extend((s, published) for s in record["text"].split("\n"))
    rows = rows[:limit]
    began = time.perf_counter()
    for sentence, published in rows:
        tagger(sentence, published)
    return len(rows) / (time.perf_counter() - began)


def whole_dev_set_speed(shared: Path) -> str:
    """Ground every T17 dev article as the pipeline does (one call per article, lines as sentences)."""
    docs = []
    for path in sorted((shared / "datasets" / "t17-dev").glob("*/articles.jsonl.gz")):
        with gzip.open(path, "rt") as lines:
            for line in lines:
                record = json.loads(line)
                text = record["text"]
                spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
                docs.append((text, spans, dt.date.fromisoformat(record["published"])))
    sentences = sum(len(spans) for _, spans, _ in docs)
    began = time.perf_counter()
    found = sum(len(s) for text, spans, published in docs for s in ground(text, spans, published))
    elapsed = time.perf_counter() - began
    return (
        f"{len(docs)} articles, {sentences} sentences, {found} expressions in {elapsed:.2f} s: "
        f"{sentences / elapsed:,.0f} sentences/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--topic", default="haiti")
    parser.add_argument(
        "--speed-only", action="store_true", help="only time chronicle on the whole T17 dev set"
    )
    args = parser.parse_args()
    if args.speed_only:
        print(whole_dev_set_speed(args.shared))
        return
    logging.getLogger("ctparse").setLevel(logging.CRITICAL)  # it logs every sentence it cannot parse
    taggers: dict[str, Callable[[str, dt.date, str | None], list[dt.date]]] = {}
    for name, tagger, module in (
        ("dateparser", dateparser_tagger, "dateparser"),
        ("ctparse", ctparse_tagger, "ctparse"),
    ):
        try:
            __import__(module)
            taggers[name] = tagger
        except ImportError:
            print(f"{name}: not installed (pip install {module})")
    score: dict[tuple[str, str], int] = {}
    totals: dict[str, int] = {}
    for group, sentence, published, expr, expected, our_values in cases(args.shared):
        totals[group] = totals.get(group, 0) + 1
        score[("chronicle", group)] = score.get(("chronicle", group), 0) + right(expected, our_values)
        for name, tagger in taggers.items():
            try:
                dates = tagger(sentence, published, expr)
            except Exception:  # a candidate crashing on a case counts as wrong
                dates = [dt.date(1, 1, 1)] if expected is None else []
            score[(name, group)] = score.get((name, group), 0) + right_dates(expected, dates)
    groups = sorted(totals)
    print("tagger       " + "  ".join(f"{g:>12}" for g in groups) + "         all")
    for name in ("chronicle", *taggers):
        cells = [
            f"{score.get((name, g), 0):>5}/{totals[g]:<3} {score.get((name, g), 0) / totals[g]:>3.0%}"
            for g in groups
        ]
        total = sum(score.get((name, g), 0) for g in groups)
        print(
            f"{name:<12} "
            + "  ".join(cells)
            + f"  {total}/{sum(totals.values())} {total / sum(totals.values()):.0%}"
        )

    def our_speed(sentence: str, published: dt.date) -> object:
        return ground(sentence, [(0, len(sentence))], published)

    print(f"\nspeed on T17 {args.topic} (sentences/s, one sentence a call):")
    print(f"chronicle    {sentences_per_second(args.shared, args.topic, our_speed, 10**9):>10,.0f}")
    for name, tagger in taggers.items():

        def call(sentence: str, published: dt.date, tagger: Callable[..., object] = tagger) -> object:
            try:
                return tagger(sentence, published, None)
            except Exception:
                return None

        print(
            f"{name:<12} {sentences_per_second(args.shared, args.topic, call, 2000):>10,.0f}  (first 2,000)"
        )


if __name__ == "__main__":
    main()
