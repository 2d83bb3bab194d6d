"""Audit what timeline entries show (issue 12's entry rules, :mod:`chronicle.entries`): per topic, how many
summaries cannot stand on their own or are not news.

    python scripts/audit_entries.py ../shared/seeds ../shared/datasets/t17-dev [--trim] [--examples 3]

A folder holding ``articles.jsonl.gz`` topic folders is a T17-layout dataset: each reference task's timeline
is built as the benchmark builds it (``chronicle.bench.task_documents`` / ``task_options``: its range, L, k,
the topic's query; ``--trim`` turns on the clause trimming ``chronicle timeline`` uses by default). Any other
folder is one story, built with the default options of ``chronicle timeline``. Counted per topic (the
detectors here are written apart from the rules they check, so a rule's blind spot shows):

- ``pronoun``: a summary opening with an unresolved pronoun ("He was taken ...", "They said", "It was",
  "This is", "We ...") or a subjectless clause ("Signed a contract ...", "Was taken ...");
- ``dateline``: a summary that is, or opens with, a dateline ("WASHINGTON (Reuters) -", "CAIRO, Feb 2
  (Reuters) -", "Vatican City, April 28 (LaPresse).", "-LRB- Reuters -RRB-");
- ``plan``: a summary placed on a day after its source was published (it can only announce that day) and
  not marked as a plan, or one whose main verb plans ("will", "is expected to", "is scheduled to") placed on
  a day other than its publication day;
- ``context``: a summary placed on a date its sentence gives only as context ("... following Friday's
  earthquake") while the sentence has a main-clause date;
- ``furniture``: page furniture as a summary (bylines, "Photo:", "Read more", timestamps, credits);
- ``background``: entries marked background (informational, not a fault).

The script prints one table row per topic, the totals and a few examples per kind.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from chronicle.bench import load_topic, task_documents, task_options, topic_dirs
from chronicle.entries import main_timexes
from chronicle.model import Document, Sentence, Timeline, TimelineEntry
from chronicle.pipeline import Pipeline, PipelineOptions, Stage
from chronicle.timeline import TimelineOptions

KINDS = ("pronoun", "dateline", "plan", "context", "furniture")

_OPEN_QUOTE = "\"“‘'`"
_PRONOUNS = frozenset(
    {"He", "She", "They", "It", "His", "Her", "Its", "Their", "Them", "Him", "This", "These", "Those"}
    | {"We", "I", "Our", "Us", "You", "Your", "Such"}
)
# "This week", "This year", "These days": time phrases, not references
_TIME_AFTER_DEMONSTRATIVE = re.compile(
    r"^(?:This|These|Those)\s+(?:week|weekend|month|year|morning|afternoon|evening|days?|times?|past)\b"
)
# a verb opening the summary, then what follows a verb ("Signed a contract ...", "Was taken to ...")
_SUBJECTLESS = re.compile(
    r"^(?:[A-Z][a-z]+ed|Was|Were|Had|Has|Said|Told|Took|Left|Went|Came|Made|Gave|Got|Became|Began"
    r"|Fled|Sent|Held|Met|Won|Lost|Found|Saw|Spent|Brought|Fought|Wrote|Ran|Flew)\s+"
    r"(?:a|an|the|to|with|in|on|at|into|from|his|her|their|its|that|for|taken|sent|killed|found|being)\b"
)
_AGENCY = (
    r"(?:Reuters|AP|AFP|Xinhua|LaPresse|ANSA|dpa|DPA|UPI|Bloomberg|APP|IANS|PTI|ANI|Yonhap|Kyodo|TASS|Interfax"
    r"|CNN|BBC|EFE|Agencies|AA|Anadolu)"
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATELINE_SIGNS = (
    re.compile(
        rf"^.{{0,80}}?(?:\(|-LRB-\s*){_AGENCY}\b[^)]{{0,40}}(?:\)|-RRB-)"
    ),  # (Reuters), -LRB- AP -RRB-
    re.compile(r"^[A-Z][A-Z.'’-]{2,}(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}\s*(?:,\s*[^,]{1,20})?\s*(?:--|[—–])\s"),
    re.compile(
        rf"^[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){{0,3}}\s*,\s*(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})"
        r"(?:\s*,\s*\d{4})?\s*(?:\(|-LRB-|[—–-]|\.|:)"
    ),
    re.compile(r"^-LRB-|^\("),
)
# a plan's wording in the clause that carries the entry's date: "the cardinals will return to the chapel on
# Thursday", "the funeral is scheduled for Saturday"
_PLAN = re.compile(
    r"\b(?:is|are)\s+(?:(?:now|also)\s+)?(?:expected|scheduled|due|set|slated|poised)\s+(?:to|for)\b"
    r"|\b(?:will|'ll|’ll|shall)\s+(?!have\b)[a-z]+",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r".*(?:[,;:(]|\bwhich\b|\bthat\b|\bwho\b|\bwhen\b)", re.DOTALL)
_FURNITURE = re.compile(
    r"^(?:By\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){0,3}\s*(?:,|$|\|)"
    r"|Photo\b|Image\b|Picture\b|Video\b|Read more"
    r"|Click here|Share\b|Email\b|Print\b|Copyright|All rights reserved|Posted\b|Updated\b|Last updated"
    r"|Published\b|Sign up|Follow\b|Related\b|Advertisement|Getty Images|AP Photo|Reporting by|Editing by"
    r"|Source:|\(?[A-Z][a-z]+ [A-Z][a-z]+/(?:AP|Reuters|AFP|Getty))"
    r"|\b\d{1,2}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:GMT|BST|EDT|EST|ET|UTC|CET)\b"
    r"|\b(?:Reporting|Writing|Editing|Additional reporting) by\b|\bAll rights reserved\b|\|",
    re.IGNORECASE,
)


def _first_word(text: str) -> str:
    stripped = text.lstrip(_OPEN_QUOTE + " ")
    match = re.match(r"[A-Za-z']+", stripped)
    return match.group() if match else ""


def unresolved_start(text: str) -> bool:
    """The summary opens with a pronoun nothing names, or with a verb whose subject was split off."""
    if text.startswith("["):
        return False  # a named antecedent: "[Wang Guangjun] was taken ..."
    if text[:1] in _OPEN_QUOTE:
        return False  # a quotation: its "we" is the speaker's, named after it
    if _TIME_AFTER_DEMONSTRATIVE.match(text):
        return False
    return _first_word(text) in _PRONOUNS or _SUBJECTLESS.match(text) is not None


def dateline_start(text: str) -> bool:
    return any(sign.match(text) for sign in _DATELINE_SIGNS)


def furniture(text: str) -> bool:
    return _FURNITURE.search(text[:160]) is not None or len(text.split()) < 4


def _source(
    entry: TimelineEntry, index: int, by_article: dict[str, Document]
) -> tuple[Document, Sentence] | None:
    """The document and sentence summary ``index`` of ``entry`` was taken from (its first citation)."""
    for citation in entry.citations:
        if citation.summary_index != index:
            continue
        document = by_article.get(citation.article_id)
        if document is None:
            continue
        for sentence in document.sentences:
            if sentence.start == citation.start:
                return document, sentence
    return None


def _plan_governs(sentence: Sentence, entry: TimelineEntry) -> bool:
    """A plan's wording in the clause before the expression that gives the entry's date."""
    for timex in sentence.timexes:
        if timex.value != entry.date:
            continue
        before = sentence.text[: timex.start - sentence.start]
        clause = _CLAUSE_START.match(before)
        if _PLAN.search(before[clause.end() if clause else 0 :]):
            return True
    return False


def audit_timeline(timeline: Timeline, documents: Sequence[Document]) -> dict[str, list[str]]:
    """Every flagged summary of ``timeline``, by kind (the key ``background`` lists marked entries)."""
    found: dict[str, list[str]] = defaultdict(list)
    by_article = {d.article.id: d for d in documents}
    for entry in timeline.entries:
        if entry.background:
            found["background"].append(f"{entry.date.iso}: {entry.summary[0][:100]}")
        for index, text in enumerate(entry.summary):
            shown = f"{entry.date.iso}: {text[:160]}"
            if unresolved_start(text):
                found["pronoun"].append(shown)
            if dateline_start(text):
                found["dateline"].append(shown)
            if furniture(text):
                found["furniture"].append(shown)
            source = _source(entry, index, by_article)
            if source is None:
                continue
            document, sentence = source
            published = document.article.published
            day = entry.date.as_date()
            ahead = entry.date.first_day > published
            planned = day is not None and day != published and _plan_governs(sentence, entry)
            if ahead or planned:
                found["plan"].append(f"{shown}  [published {published}]")
            main = {t.value for t in main_timexes(sentence)}
            if entry.date not in main and any(t.value == entry.date for t in sentence.timexes):
                found["context"].append(f"{shown}  [main: {', '.join(sorted(v.iso for v in main))}]")
    return found


Row = tuple[str, int, int, dict[str, list[str]]]  # topic, entries, summaries, flagged summaries by kind


def audit_dataset(dataset: Path, trim: bool) -> Iterable[Row]:
    """(topic, entries, flagged summaries) for each T17-layout topic: all its tasks together."""
    for topic_dir in topic_dirs(dataset):
        query, tasks, documents = load_topic(topic_dir)
        found: dict[str, list[str]] = defaultdict(list)
        entries = summaries = 0
        for task in tasks:
            options = task_options(task, query, TimelineOptions())
            if trim:
                options = TimelineOptions(**{**options.__dict__, "trim": True})
            pipeline = Pipeline(PipelineOptions(stages=(Stage.TIMELINE,), timeline=options))
            docs = task_documents(documents, task)
            timeline = pipeline.from_documents(docs).timeline
            entries += len(timeline.entries)
            summaries += sum(len(e.summary) for e in timeline.entries)
            for kind, items in audit_timeline(timeline, docs).items():
                found[kind].extend(f"[{task.name}] {item}" for item in items)
        yield topic_dir.name, entries, summaries, found


def audit_story(folder: Path) -> Row:
    run = Pipeline(PipelineOptions(stages=(Stage.TIMELINE,))).run([folder])
    assert run.timeline is not None
    entries = run.timeline.entries
    summaries = sum(len(e.summary) for e in entries)
    return folder.name, len(entries), summaries, audit_timeline(run.timeline, run.documents)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="a T17-layout dataset or a story's folder")
    parser.add_argument(
        "--trim", action="store_true", help="T17 tasks with clause trimming (the CLI default)"
    )
    parser.add_argument("--examples", type=int, default=3, help="examples shown per kind and topic")
    args = parser.parse_args()
    rows: list[Row] = []
    for folder in args.folders:
        if any((p / "articles.jsonl.gz").is_file() for p in folder.iterdir() if p.is_dir()):
            rows.extend(audit_dataset(folder, args.trim))
        else:
            rows.append(audit_story(folder))
    print("| topic | entries | summaries | " + " | ".join(KINDS) + " | background |")
    print("|---|" + "---|" * (len(KINDS) + 3))
    totals: Counter[str] = Counter()
    for topic, entries, summaries, found in rows:
        counts = {kind: len(found.get(kind, [])) for kind in (*KINDS, "background")}
        totals.update(counts)
        totals["entries"] += entries
        totals["summaries"] += summaries
        print(
            f"| {topic} | {entries} | {summaries} | "
            + " | ".join(str(counts[k]) for k in (*KINDS, "background"))
            + " |"
        )
    print(
        f"| **total** | {totals['entries']} | {totals['summaries']} | "
        + " | ".join(str(totals[k]) for k in (*KINDS, "background"))
        + " |"
    )
    for topic, _entries, _summaries, found in rows:
        for kind in KINDS:
            for item in found.get(kind, [])[: args.examples]:
                print(f"{topic} {kind}: {item}")


if __name__ == "__main__":
    main()
