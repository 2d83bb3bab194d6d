"""Score `chronicle claims` against the labelled conflicts, updates and agreements in benchmarks/claims/.

For each topic, the articles the labels cite are written to one JSON Lines file (seed pages are copied as
they are) and `chronicle claims DIR -f json -o OUT` runs on them, as a user would. Then:

* a labelled **conflict** is found when one reported conflict cites two of its documents, with different
  labelled values, on different sides (sides are the reported values);
* **precision** is the share of reported conflicts that match a labelled conflict or a conflict read and
  confirmed by hand (benchmarks/claims/confirmed.json: ``{"topic", "docs": [a, b], "note"}``, matched the
  same way); the others are listed so they can be read;
* labelled **updates** and **agreements** reported as a conflict (two of their labelled sentences on
  different sides of one reported conflict) are false alarms; an update reported with the verdict
  "update" (or an agreement as "agree") citing two of their labelled sentences is recognised.

    python scripts/score_claims.py [--topic bpoil] [--show] [--json out.json]
    python scripts/score_claims.py --entities      # entity typing error rate on entity_types.json
    python scripts/score_claims.py --slices [--slice NAME] [--show]
    python scripts/score_claims.py --topics [--topic haiti] [--show]   # whole T17 dev topics

``--slices`` measures precision where the held-back stories are judged: on story-sized slices of T17 dev
(benchmarks/claims/slices.json: topic, date range, outlets, size; plus the seeds) `chronicle claims` runs
on every article of the slice, and each reported conflict is looked up among the conflicts read by hand:
benchmarks/claims/confirmed.json (real) and rejected.json (false), each ``{"slice", "topic", "sides":
[[doc, value], [doc, value]], "note"}`` (one line of reason). A reading matches a reported conflict that
cites both documents on different sides with those side values. Precision per slice is real / reported;
a reported conflict nobody has read counts as not real and is listed (``--show``) so it can be read.

``--topics`` does the same on whole T17 dev topics (by default haiti, EgyptianProtest, H1N1, MJ and Finan;
bpoil with ``--topic bpoil``): every article of the topic, readings under the slice name ``TOPIC-all``.

Without ../shared the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "claims" / "labels"
CONFIRMED = ROOT / "benchmarks" / "claims" / "confirmed.json"
REJECTED = ROOT / "benchmarks" / "claims" / "rejected.json"
SLICES = ROOT / "benchmarks" / "claims" / "slices.json"
ENTITY_TYPES = ROOT / "benchmarks" / "claims" / "entity_types.json"
SHARED = ROOT.parent / "shared"
T17 = SHARED / "datasets" / "t17-dev"
SEEDS = SHARED / "seeds"


def load_items() -> list[dict]:
    items: list[dict] = []
    for path in sorted(LABELS.glob("*.json")):
        items.extend(json.loads(path.read_text()))
    return items


def write_corpus(topic: str, doc_ids: set[str], folder: Path) -> dict[tuple[str, int | None], str]:
    """Write the topic's labelled articles into ``folder``; map (input path, line) to the label doc id."""
    where: dict[tuple[str, int | None], str] = {}
    if topic == "seeds":
        for doc in sorted(doc_ids):
            target = folder / f"{doc}.txt"
            shutil.copy(SEEDS / f"{doc}.txt", target)
            where[(str(target), None)] = doc
        return where
    target = folder / f"{topic}.jsonl"
    line = 0
    with gzip.open(T17 / topic / "articles.jsonl.gz", "rt") as source, target.open("w") as out:
        for raw in source:
            article = json.loads(raw)
            if article["id"] in doc_ids:
                line += 1
                out.write(json.dumps(article) + "\n")
                where[(str(target), line)] = article["id"]
    return where


def run_claims(folder: Path, out: Path) -> dict:
    chronicle = Path(sys.executable).parent / "chronicle"
    command = [
        str(chronicle),
        "claims",
        str(folder),
        "-f",
        "json",
        "-o",
        str(out),
        "--quiet",
        "--no-progress",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 3):
        raise SystemExit(f"chronicle claims failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(out.read_text())


def side_docs(group: dict, where: dict[tuple[str, int | None], str]) -> list[tuple[str, str, str]]:
    """(side key, doc id, quote) for every claim a reported group cites."""
    out: list[tuple[str, str, str]] = []
    for claim in group.get("sides", []):
        inputs = claim.get("inputs") or [{"path": claim.get("path"), "line": claim.get("line")}]
        for origin in inputs:
            doc = where.get((str(origin.get("path")), origin.get("line")))
            if doc is not None:
                out.append(
                    (
                        str(claim.get("side", claim.get("value"))),
                        doc,
                        " ".join(str(claim.get("quote")).split()),
                    )
                )
    return out


def quotes_on_two_sides(cited: list[tuple[str, str, str]], item: dict, same_side: bool) -> bool:
    """Whether the group cites two of the item's labelled sentences (its quotes), from different documents,
    on different sides (``same_side`` False) or at all (True)."""
    hits = [
        (side, doc)
        for side, doc, quote in cited
        for c in item["claims"]
        if c["doc"] == doc and " ".join(c["quote"].split()) in quote
    ]
    return any(
        d1 != d2 and (same_side or s1 != s2) for i, (s1, d1) in enumerate(hits) for s2, d2 in hits[i + 1 :]
    )


def matches(cited: list[tuple[str, str]], values: dict[str, set[str]]) -> bool:
    """Whether two labelled documents with different labelled values are cited on different sides."""
    for side_a, doc_a, _ in cited:
        for side_b, doc_b, _ in cited:
            if side_a != side_b and doc_a != doc_b and doc_a in values and doc_b in values:  # noqa: SIM102
                if values[doc_a] != values[doc_b]:
                    return True
    return False


def cites_two(cited: list[tuple[str, str, str]], docs: set[str]) -> bool:
    return len({doc for _, doc, _ in cited if doc in docs}) >= 2


def label_values(item: dict) -> dict[str, set[str]]:
    values: dict[str, set[str]] = defaultdict(set)
    for claim in item["claims"]:
        values[claim["doc"]].add(" ".join(str(claim["value"]).lower().split()))
    return values


def _docs(reading: dict) -> list[str]:
    return list(reading.get("docs") or [doc for doc, _ in reading["sides"]])


def score(topics: list[str] | None, show: bool) -> dict:
    items = [i for i in load_items() if topics is None or i["topic"] in topics]
    confirmed = json.loads(CONFIRMED.read_text()) if CONFIRMED.exists() else []
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_topic[item["topic"]].append(item)
    report: dict = {"topics": {}}
    totals = defaultdict(int)
    for topic, topic_items in sorted(by_topic.items()):
        docs = {c["doc"] for i in topic_items for c in i["claims"]}
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            where = write_corpus(topic, docs, folder)
            result = run_claims(folder, Path(tmp) / "claims.json")
        conflicts = result.get("conflicts", [])
        others = [g for key in ("updates", "agreements", "scope") for g in result.get(key, [])]
        cited_conflicts = [side_docs(g, where) for g in conflicts]
        cited_others = [(g.get("verdict"), side_docs(g, where)) for g in others]
        found, missed, alarms = [], [], []
        recognised = 0
        for item in topic_items:
            values = label_values(item)
            hit = any(matches(cited, values) for cited in cited_conflicts)
            if item["kind"] == "conflict":
                (found if hit else missed).append(item["note"])
            else:
                if any(quotes_on_two_sides(cited, item, same_side=False) for cited in cited_conflicts):
                    alarms.append(item["note"])
                want = "update" if item["kind"] == "update" else "agree"
                if any(v == want and quotes_on_two_sides(c, item, same_side=True) for v, c in cited_others):
                    recognised += 1
        topic_confirmed = [c for c in confirmed if c["topic"] == topic]
        matched, unmatched = 0, []
        for group, cited in zip(conflicts, cited_conflicts, strict=True):
            labelled = any(matches(cited, label_values(i)) for i in topic_items if i["kind"] == "conflict")
            read = any(matches(cited, {d: {d} for d in _docs(c)}) for c in topic_confirmed)
            if labelled or read:
                matched += 1
            else:
                unmatched.append(group.get("explanation", ""))
        n_conflicts = sum(1 for i in topic_items if i["kind"] == "conflict")
        n_other = {k: sum(1 for i in topic_items if i["kind"] == k) for k in ("update", "agreement")}
        entry = {
            "articles": len(docs),
            "labelled_conflicts": n_conflicts,
            "found": len(found),
            "reported_conflicts": len(conflicts),
            "reported_matching": matched,
            "false_alarms_on_updates_or_agreements": len(alarms),
            "updates_and_agreements": sum(n_other.values()),
            "recognised_updates_and_agreements": recognised,
            "missed": missed,
            "unmatched_reported": unmatched,
            "alarms": alarms,
        }
        report["topics"][topic] = entry
        for key in ("labelled_conflicts", "found", "reported_conflicts", "reported_matching"):
            totals[key] += entry[key]
        totals["alarms"] += len(alarms)
        totals["others"] += entry["updates_and_agreements"]
        totals["recognised"] += recognised
        line = (
            f"{topic:16} conflicts found {len(found)}/{n_conflicts}  reported {len(conflicts)} "
            f"(matching {matched})  false alarms on updates/agreements {len(alarms)}/{sum(n_other.values())}"
            f"  recognised {recognised}"
        )
        print(line)
        if show:
            for note in missed:
                print(f"    missed:    {note}")
            for note in unmatched:
                print(f"    unmatched: {note}")
            for note in alarms:
                print(f"    alarm:     {note}")
    recall = totals["found"] / totals["labelled_conflicts"] if totals["labelled_conflicts"] else 0.0
    precision = (
        totals["reported_matching"] / totals["reported_conflicts"] if totals["reported_conflicts"] else 1.0
    )
    report["recall"] = recall
    report["precision"] = precision
    report["totals"] = dict(totals)
    print(
        f"recall {totals['found']}/{totals['labelled_conflicts']} = {recall:.1%}; "
        f"precision {totals['reported_matching']}/{totals['reported_conflicts']} = {precision:.1%}; "
        f"false alarms on updates/agreements {totals['alarms']}/{totals['others']}; "
        f"recognised {totals['recognised']}/{totals['others']}"
    )
    return report


def slice_articles(spec: dict) -> list[dict]:
    """The slice's articles: published in [from, to] from its outlets, evenly thinned to ``size``."""
    outlets = set(spec.get("outlets") or ())
    chosen = []
    with gzip.open(T17 / spec["topic"] / "articles.jsonl.gz", "rt") as source:
        for raw in source:
            article = json.loads(raw)
            day = str(article.get("published", ""))[:10]
            if spec["from"] <= day <= spec["to"] and (not outlets or article.get("source") in outlets):
                chosen.append(article)
    chosen.sort(key=lambda a: (str(a.get("published", "")), a["id"]))
    size = int(spec.get("size", 40))
    if len(chosen) > size:
        chosen = [chosen[i * len(chosen) // size] for i in range(size)]
    return chosen


def write_slice(spec: dict, folder: Path) -> dict[tuple[str, int | None], str]:
    if spec["topic"] == "seeds":
        return write_corpus("seeds", {p.stem for p in SEEDS.glob("*.txt")}, folder)
    target = folder / f"{spec['name']}.jsonl"
    where: dict[tuple[str, int | None], str] = {}
    with target.open("w") as out:
        for line, article in enumerate(slice_articles(spec), start=1):
            out.write(json.dumps(article) + "\n")
            where[(str(target), line)] = article["id"]
    return where


def _value_key(value: str) -> str:
    return " ".join(str(value).casefold().split())


def reading_matches(cited: list[tuple[str, str, str]], reading: dict) -> bool:
    """Whether a reported conflict (its cited (side, doc, quote)) is the one a reading describes."""
    (doc_a, value_a), (doc_b, value_b) = reading["sides"][:2]
    sides_a = {side for side, doc, _ in cited if doc == doc_a}
    sides_b = {side for side, doc, _ in cited if doc == doc_b}
    return any(
        x != y and _value_key(x) == _value_key(value_a) and _value_key(y) == _value_key(value_b)
        for x in sides_a
        for y in sides_b
    )


WHOLE_TOPICS = ("haiti", "EgyptianProtest", "H1N1", "MJ", "Finan")


def whole_topics(topics: list[str] | None) -> list[dict]:
    """Slice specs covering whole topics (every article, no thinning)."""
    return [
        {"name": f"{t}-all", "topic": t, "from": "0000", "to": "9999", "outlets": [], "size": 10**9}
        for t in (topics or WHOLE_TOPICS)
    ]


def score_slices(names: list[str] | None, show: bool, specs: list[dict] | None = None) -> dict:
    if specs is None:
        specs = json.loads(SLICES.read_text())["slices"] + [
            {"name": "seeds", "topic": "seeds", "why": "the two seed pages"}
        ]
    confirmed = [r for r in json.loads(CONFIRMED.read_text()) if "sides" in r]
    rejected = json.loads(REJECTED.read_text()) if REJECTED.exists() else []
    report: dict = {"slices": {}}
    total_real = total_reported = 0
    for spec in specs:
        if names and spec["name"] not in names:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            where = write_slice(spec, folder)
            result = run_claims(folder, Path(tmp) / "claims.json")
        conflicts = result.get("conflicts", [])
        real, false, unread = [], [], []
        for group in conflicts:
            shown = {str(v["side"]): v["value"] for v in group.get("values", [])}
            cited = [(shown.get(side, side), doc, quote) for side, doc, quote in side_docs(group, where)]
            explanation = group.get("explanation", "")
            mine = [r for r in confirmed if r.get("slice", spec["name"]) == spec["name"]]
            if any(reading_matches(cited, r) for r in mine):
                real.append(explanation)
            elif any(reading_matches(cited, r) for r in rejected if r.get("slice") == spec["name"]):
                false.append(explanation)
            else:
                sides = sorted({(doc, side, quote[:160]) for side, doc, quote in cited})
                unread.append(explanation + "".join(f"\n        {json.dumps(list(s))}" for s in sides))
        n = len(conflicts)
        total_real += len(real)
        total_reported += n
        precision = len(real) / n if n else 1.0
        report["slices"][spec["name"]] = {
            "articles": len(set(where.values())),
            "reported": n,
            "real": len(real),
            "false": len(false),
            "unread": len(unread),
            "precision": precision,
            "false_list": false,
            "unread_list": unread,
        }
        print(
            f"{spec['name']:18} articles {len(set(where.values())):3}  conflicts {n:3}  real {len(real):3}  "
            f"false {len(false):3}  unread {len(unread):3}  precision {precision:.0%}"
        )
        if show:
            for line in real:
                print(f"    real:   {line}")
            for line in false:
                print(f"    false:  {line}")
            for line in unread:
                print(f"    unread: {line}")
    overall = total_real / total_reported if total_reported else 1.0
    report["precision"] = overall
    print(f"all slices: {total_real}/{total_reported} reported conflicts real = {overall:.1%}")
    return report


def score_entities(model: str | None) -> dict:
    """Typing error rate of the entity stage on the hand-typed names of entity_types.json."""
    sys.path.insert(0, str(ROOT / "src"))
    from chronicle.entities import RuleRecognizer, SpacyRecognizer, name_key
    from chronicle.pipeline import Pipeline, PipelineOptions, Stage

    labels = json.loads(ENTITY_TYPES.read_text())
    if model == "rules":
        recognizer = RuleRecognizer()
    elif model:
        recognizer = SpacyRecognizer(package=model)
    else:
        recognizer = SpacyRecognizer()
    wrong, found, total = [], 0, 0
    for topic, ids in labels["docs"].items():
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            write_corpus(topic, set(ids), folder)
            options = PipelineOptions(stages=(Stage.ENTITIES,))
            entities = Pipeline(options, recognizer=recognizer).run([folder]).entities
        kind_of: dict[str, str] = {}
        for entity in entities:
            for name in (entity.name, *entity.aliases):
                kind_of.setdefault(name_key(name), entity.kind.value)
        for label in (e for e in labels["entities"] if e["topic"] == topic):
            total += 1
            kind = kind_of.get(name_key(label["name"]))
            if kind is None:
                continue
            found += 1
            if kind != label["kind"]:
                wrong.append(f"{label['name']}: {kind} (is {label['kind']})")
    rate = len(wrong) / found if found else 0.0
    print(
        f"entities ({recognizer.name}): {found}/{total} labelled names found; typing errors {len(wrong)}/{found} = {rate:.1%}"  # noqa: E501
    )
    for line in wrong:
        print(f"    {line}")
    return {"found": found, "total": total, "wrong": len(wrong), "rate": rate, "errors": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topic", action="append", help="score only this topic (repeatable)")
    parser.add_argument("--show", action="store_true", help="list missed, unmatched and false-alarm items")
    parser.add_argument("--json", type=Path, help="write the report as JSON")
    parser.add_argument("--entities", action="store_true", help="score entity typing instead")
    parser.add_argument("--slices", action="store_true", help="precision on story-sized slices instead")
    parser.add_argument("--slice", action="append", help="with --slices: only this slice (repeatable)")
    parser.add_argument("--topics", action="store_true", help="precision on whole T17 dev topics instead")
    parser.add_argument("--model", help="with --entities: a spaCy package name, or 'rules'")
    args = parser.parse_args()
    if not SHARED.exists():
        print("../shared is absent: nothing to score")
        return
    if args.entities:
        report = score_entities(args.model)
    elif args.slices:
        report = score_slices(args.slice, args.show)
    elif args.topics:
        report = score_slices(None, args.show, whole_topics(args.topic))
    else:
        report = score(args.topic, args.show)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
