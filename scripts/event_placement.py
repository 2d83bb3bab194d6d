"""Choosing the exact day within an event (issue 11, tls-3): simulated on the date ranking alone.

For every T17 task: the candidate dates and the default date score (`_date_score`), the articles naming each
date explicitly (`E`) and those naming it from a later publication day (`EL`). Date F1 of the top-L dates
(all / long tasks) for the default ranking and for two ways of placing an event on its day:

- *local*: each of the top-L picks moves to an unpicked neighbour (±1 day) that later articles (or all
  explicit articles) name more, by at least ``margin`` articles;
- *events*: runs of adjacent days among the top K·L candidates are one event, ranked by the sum or the max
  of their scores, placed on the day named most; remaining places go to the best unpicked days.

It also sorts the long tasks' misses that lie within a day of a pick: next to a wrong pick (movable) or
only next to right picks (both days are reference dates: merging them into one event loses one).

    python scripts/event_placement.py ../shared/datasets/t17-dev
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from chronicle.bench import load_topic, task_documents, task_options, topic_dirs
from chronicle.story import build_story
from chronicle.timeline import TimelineOptions, _date_score, _mentions

ONE = dt.timedelta(days=1)
LONG_DAYS = 90


@dataclass(frozen=True)
class TaskDates:
    name: str
    long: bool
    dates: int
    score: dict[dt.date, float]
    explicit: dict[dt.date, int]
    later: dict[dt.date, int]
    gold: frozenset[dt.date]

    def ranked(self) -> list[dt.date]:
        return sorted(self.score, key=lambda d: (-self.score[d], d))


Chooser = Callable[[TaskDates], list[dt.date]]


def extract(dataset: Path) -> list[TaskDates]:
    out: list[TaskDates] = []
    for topic_dir in topic_dirs(dataset):
        query, tasks, documents = load_topic(topic_dir)
        for task in tasks:
            options = task_options(task, query, TimelineOptions())
            in_range = task_documents(documents, task)
            story = build_story(in_range, query)
            mentions = _mentions(in_range, story, options)
            by_date = defaultdict(list)
            explicit: dict[dt.date, set[int]] = defaultdict(set)
            later: dict[dt.date, set[int]] = defaultdict(set)
            for m in mentions:
                day = m.date.as_date()
                if day is None:
                    continue
                by_date[day].append(m)
                if m.explicit:
                    explicit[day].add(m.doc)
                    if m.published > day:
                        later[day].add(m.doc)
            gold = frozenset(d for e in task.reference.entries if (d := e.date.as_date()) is not None)
            out.append(
                TaskDates(
                    f"{task.topic}/{task.name.split('--')[0]}",
                    (task.end - task.start).days >= LONG_DAYS,
                    task.dates,
                    {day: _date_score(found, story, options) for day, found in by_date.items()},
                    {day: len(v) for day, v in explicit.items()},
                    {day: len(v) for day, v in later.items()},
                    gold,
                )
            )
    return out


def base(t: TaskDates) -> list[dt.date]:
    return t.ranked()[: t.dates]


def local(key: str, margin: int) -> Chooser:
    def choose(t: TaskDates) -> list[dt.date]:
        count = t.later if key == "later" else t.explicit
        picks = base(t)
        taken = set(picks)
        out: list[dt.date] = []
        for day in picks:
            options = [
                x for x in (day - ONE, day, day + ONE) if x in t.score and (x == day or x not in taken)
            ]
            best = max(options, key=lambda x: (count.get(x, 0) - (0 if x == day else margin), x == day))
            taken.add(best)
            out.append(best)
        return list(dict.fromkeys(out))

    return choose


def events(k: float, total: bool, key: str) -> Chooser:
    def choose(t: TaskDates) -> list[dt.date]:
        ranked = t.ranked()
        runs: list[list[dt.date]] = []
        for day in sorted(ranked[: int(k * t.dates)]):
            if runs and (day - runs[-1][-1]).days <= 1:
                runs[-1].append(day)
            else:
                runs.append([day])
        runs.sort(key=lambda r: -(sum if total else max)(t.score[x] for x in r))
        count = t.later if key == "later" else t.explicit
        out = [max(r, key=lambda x: (count.get(x, 0), t.score[x])) for r in runs][: t.dates]
        out += [d for d in ranked if d not in out][: t.dates - len(out)]
        return out

    return choose


def f1(picked: list[dt.date], gold: frozenset[dt.date]) -> float:
    hits = len(set(picked) & gold)
    return 0.0 if not hits else 2 * hits / (len(picked) + len(gold))


def report(tasks: list[TaskDates], choose: Chooser, label: str) -> None:
    scores = [(f1(choose(t), t.gold), t.long) for t in tasks]
    converted = lost = 0
    for t in tasks:
        if not t.long:
            continue
        picks, chosen = set(base(t)), set(choose(t))
        near = {x for x in t.gold - picks if any(abs((x - y).days) <= 1 for y in picks)}
        converted += len(near & chosen)
        lost += len((picks & t.gold) - chosen)
    long = [s for s, is_long in scores if is_long]
    print(
        f"| {label} | {sum(s for s, _ in scores) / len(scores):.4f} | {sum(long) / len(long):.4f} | "
        f"{converted} | {lost} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    tasks = extract(parser.parse_args().dataset)
    movable = beside_hits = 0
    for t in tasks:
        if not t.long:
            continue
        picks = base(t)
        for miss in t.gold - set(picks):
            near = [y for y in picks if abs((miss - y).days) <= 1]
            if near and any(y not in t.gold for y in near):
                movable += 1
            elif near:
                beside_hits += 1
    print(
        f"long misses within a day of a pick: {movable + beside_hits}; beside a wrong pick {movable}, "
        f"only beside right picks {beside_hits}\n"
    )
    print(
        "| ranking | Date F1 | long Date F1 | near misses converted | default hits lost |\n"
        + "|---" * 5
        + "|"
    )
    report(tasks, base, "date score (default)")
    for key in ("later", "explicit"):
        for margin in (0, 1):
            report(
                tasks, local(key, margin), f"local move to the neighbour named more ({key}), margin {margin}"
            )
    for k in (1.5, 2.0, 3.0):
        for total in (True, False):
            for key in ("later", "explicit"):
                report(
                    tasks,
                    events(k, total, key),
                    f"events in top {k:g}·L, {'sum' if total else 'max'}, placed by {key}",
                )


if __name__ == "__main__":
    main()
