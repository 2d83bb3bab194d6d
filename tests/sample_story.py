"""The sample story the page tests render (tests/test_outputs_html.py without a browser, tests/browser with
one): a run built by hand, so that every entry, citation, entity and conflict on the page is known."""

from __future__ import annotations

import datetime as dt

from chronicle.model import (
    Citation,
    Claim,
    ClaimGroup,
    Corpus,
    DayCoverage,
    Entity,
    EntityKind,
    EntityMention,
    Modifier,
    Run,
    Timeline,
    TimelineEntry,
    TimeValue,
    Verdict,
)

D = dt.date
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'
HOSTILE_URL = "javascript:window.__pwned=1"


def cite(article: str, start: int, end: int, quote: str, index: int = 0) -> Citation:
    return Citation(
        article,
        "Kyiv Independent",
        D(2025, 4, 10),
        start,
        end,
        quote,
        index,
        f"https://example.org/{article}",
    )


def sample_run(**timeline_fields: object) -> Run:
    """Five entries: a day, the start of a month (vague), a day of two sentences with a note and a conflict,
    a day, a year without citations; four entities (one mentioned in no entry); one conflict."""
    entries = (
        TimelineEntry(
            TimeValue(2024, 12, 24),
            ("Chang Renbo arrived in Russia.",),
            (cite("a1", 0, 50, "Chang Renbo arrived in Russia on December 24, 2024."),),
        ),
        TimelineEntry(
            TimeValue(2025, 2, modifier=Modifier.START),
            ("He was moved to Donetsk.",),
            (cite("a1", 100, 150, "In early February, he was transferred to Donetsk."),),
        ),
        TimelineEntry(
            TimeValue(2025, 4, 8),
            ("Zelensky said two Chinese citizens were captured.", "Kyiv confirmed it."),
            (
                cite("a2", 0, 60, "Zelensky said on April 8 that two Chinese citizens were captured."),
                cite("a4", 10, 40, "Kyiv confirmed the capture.", 1),
            ),
            notes=("Reports differ on how many were captured.",),
        ),
        TimelineEntry(
            TimeValue(2025, 4, 9),
            ("The SBU questioned the prisoners.",),
            (cite("a2", 200, 260, "The SBU carried out its first interrogation on April 9."),),
        ),
        TimelineEntry(TimeValue(2025), ("A year-long war.",), ()),
    )
    coverage = (
        DayCoverage(D(2024, 12, 24), 1, 1),
        DayCoverage(D(2025, 2, 5), 1, 1),
        DayCoverage(D(2025, 4, 8), 6, 3),
        DayCoverage(D(2025, 4, 9), 4, 2),
    )
    fields: dict[str, object] = {"title": "Chinese prisoners of war", "coverage": coverage}
    fields.update(timeline_fields)
    timeline = Timeline(entries, **fields)  # type: ignore[arg-type]
    entities = (
        Entity(
            "zelensky",
            "Volodymyr Zelensky",
            EntityKind.PERSON,
            mentions=(EntityMention("a2", 0, 8, "Zelensky"),),
        ),
        Entity("donetsk", "Donetsk", EntityKind.PLACE, mentions=(EntityMention("a1", 140, 147, "Donetsk"),)),
        Entity("sbu", "SBU", EntityKind.ORGANIZATION, mentions=(EntityMention("a2", 204, 207, "SBU"),)),
        Entity("nowhere", "Unmentioned", EntityKind.OTHER, mentions=(EntityMention("a9", 0, 5, "Never"),)),
    )
    claims = (
        Claim("c1", "prisoners", "count", "two", cite("a2", 20, 50, "two Chinese citizens")),
        Claim("c2", "prisoners", "count", "ten", cite("a3", 0, 10, "ten Chinese")),
    )
    groups = (ClaimGroup("prisoners", "count", Verdict.CONFLICT, claims, "two vs ten"),)
    return Run(Corpus((), ()), (), timeline, entities, groups)


def hostile_run() -> Run:
    """One entry whose every text (title, query, sentence, note, quote, outlet, entity) is markup, and whose
    citation links to a javascript: URL."""
    citation = Citation("a1", HOSTILE, D(2025, 4, 8), 0, 10, HOSTILE + " </script><!-- ", 0, HOSTILE_URL)
    entry = TimelineEntry(TimeValue(2025, 4, 8), (HOSTILE,), (citation,), notes=(HOSTILE,))
    entity = Entity(
        'x"></button><script>1</script>',
        HOSTILE,
        EntityKind.PERSON,
        mentions=(EntityMention("a1", 0, 5, "x"),),
    )
    coverage = (DayCoverage(D(2025, 4, 8), 1, 1),)
    timeline = Timeline((entry,), title=HOSTILE, query=HOSTILE, coverage=coverage)
    return Run(Corpus((), ()), (), timeline, (entity,))
