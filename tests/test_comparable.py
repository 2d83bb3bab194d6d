"""Which claims and pairs of claims are fit to be compared (chronicle.claims.comparable), on sentences shaped
like the false conflicts read on story-sized T17 slices (wording invented, about invented events)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from chronicle.claims.comparable import comparable, comparable_pair, status_of
from chronicle.claims.context import _clean_speaker
from chronicle.conflicts import group_claims
from chronicle.entities import RuleRecognizer, SpacyRecognizer
from chronicle.model import Citation, Claim, Verdict
from test_conflicts import groups_of, recognizer, two
from test_entities import doc

__all__ = ["recognizer"]  # the fixture, shared with test_conflicts


def claim(
    quote: str,
    value: str,
    key: str,
    subject: str,
    *,
    day: dt.date = dt.date(2025, 4, 10),
    article: str = "a",
    scope: tuple[str, ...] = (),
    low: float | None = None,
    subject_id: str | None = None,
    prop: str = "count",
) -> Claim:
    start = quote.index(value)
    citation = Citation(article, "outlet-" + article, day, 0, len(quote), quote)
    return Claim(
        f"{article}-{start}",
        subject,
        prop,
        value,
        citation,
        low=low,
        high=low,
        key=key,
        scope=scope,
        subject_id=subject_id,
        value_start=start,
        value_end=start + len(value),
    )


def test_a_bare_count_of_people_is_never_a_point() -> None:
    bare = claim("Medics said 30 people at the camp had no water.", "30", "count|injured|people", "people")
    framed = claim(
        "Medics said 30 people were injured in the landslide.",
        "30",
        "count|injured|people",
        "people injured in the landslide",
    )
    assert not comparable(bare)
    assert comparable(framed)


def test_elliptical_casualty_figures_are_dropped_but_a_homeless_figure_is_kept() -> None:
    part = claim("Two of its engineers were killed and 14 wounded.", "14", "count|injured|people", "people")
    homeless = claim(
        "Officials said 400,000 were made homeless.", "400,000", "count|homeless|people", "people"
    )
    displaced = claim(
        "Dozens died and some two million displaced.", "some two million", "count|homeless|people", "people"
    )
    assert not comparable(part)
    assert comparable(homeless)
    assert not comparable(displaced)


def test_garbage_subjects_are_dropped() -> None:
    for subject in (
        "people people brought into the clinic",
        "cases with 42",
        "people or harassed",
        "staff killed - two Danish",
        "problem is that people die",
    ):
        c = claim(f"Reports said 12 {subject}.", "12", "count|killed|people", subject)
        assert not comparable(c), subject


def test_a_figure_for_several_fates_at_once_is_not_a_death_toll() -> None:
    combined = claim(
        "Aid groups speak of two million people killed, injured or left homeless.",
        "two million",
        "count|killed|people",
        "people killed",
    )
    two_figures = claim(
        "The agency said 3,000 people were killed and a million more were affected.",
        "3,000",
        "count|killed|people",
        "people killed",
    )
    assert not comparable(combined)
    assert comparable(two_figures)


def test_confirmed_and_suspected_deaths_are_not_compared() -> None:
    suspected = claim(
        "The fever is suspected of having killed 140 people in Norland.",
        "140",
        "count|killed|people",
        "people killed",
        scope=("place:norland",),
        low=140,
    )
    confirmed = claim(
        "Only 9 deaths in Norland have been confirmed by laboratory tests.",
        "9",
        "count|killed|people",
        "deaths in Norland",
        article="b",
        scope=("place:norland",),
        low=9,
    )
    other = claim(
        "The fever has killed 160 people in Norland.",
        "160",
        "count|killed|people",
        "people killed",
        article="c",
        scope=("place:norland",),
        low=160,
    )
    assert status_of(suspected) == "suspected" and status_of(confirmed) == "confirmed"
    assert not comparable_pair(suspected, confirmed)
    assert comparable_pair(
        other,
        claim(
            "So far 150 people have died in Norland.",
            "150",
            "count|killed|people",
            "people died",
            article="d",
            scope=("place:norland",),
            low=150,
        ),
    )


def test_another_year_or_another_order_of_magnitude_is_another_thing() -> None:
    now = claim("A 1968 wave killed 1,500 people.", "1,500", "count|killed|people", "people killed", low=1500)
    past = claim(
        "The 1957 epidemic killed 2,000 people.",
        "2,000",
        "count|killed|people",
        "people killed",
        article="b",
        low=2000,
    )
    huge = claim(
        "Seasonal fevers kill 300,000 people in a typical year.",
        "300,000",
        "count|killed|people",
        "people killed",
        article="c",
        low=300000,
    )
    recent = claim(
        "The fever has killed 150 people so far.",
        "150",
        "count|killed|people",
        "people killed",
        article="d",
        low=150,
    )
    assert not comparable_pair(recent, huge)
    assert not comparable_pair(now, past)


def test_case_counts_need_a_place_on_both_sides() -> None:
    world = claim("The agency has confirmed 80 cases.", "80", "count|cases|case", "cases confirmed", low=80)
    here = claim(
        "Officials confirmed 12 cases in Norland.",
        "12",
        "count|cases|case",
        "cases in Norland",
        article="b",
        scope=("place:norland",),
        low=12,
    )
    there = claim(
        "There are now 20 confirmed cases in Norland.",
        "20",
        "count|cases|case",
        "confirmed cases in Norland",
        article="c",
        scope=("place:norland",),
        low=20,
    )
    assert not comparable_pair(world, here)
    assert comparable_pair(here, there)


def test_distances_of_other_places_and_other_intervals_are_dropped() -> None:
    event = claim(
        "The quake struck about 20 km north of Lakeport.",
        "about 20 km",
        "distance|quake|lakeport",
        "the quake",
    )
    town = claim(
        "A school in Brinmoor, about 40 km north of Lakeport, was damaged.",
        "about 40 km",
        "distance|quake|lakeport",
        "the quake",
    )
    house = claim(
        "Ana, who lives 15 km from Lakeport, felt the shaking.",
        "15 km",
        "distance|quake|lakeport",
        "the quake",
    )
    assert comparable(event)
    assert not comparable(town) and not comparable(house)
    wait = claim(
        "Relatives could not reach the town for the first 48 hours after the quake.",
        "48 hours",
        "delay|quake",
        "the quake",
        prop="time after quake",
    )
    news = claim(
        "For over 24 hours after the quake, pictures came from phones.",
        "over 24 hours",
        "delay|quake",
        "the quake",
        article="b",
        prop="time after quake",
    )
    assert not comparable_pair(wait, news)


def test_an_aftershock_and_another_album_are_other_events() -> None:
    main = claim("The quake struck at 16:40 local time.", "16:40", "time|quake|struck", "the quake")
    after = claim(
        "A strong aftershock struck at 05:10 local time.",
        "05:10",
        "time|quake|struck",
        "the quake",
        article="b",
    )
    assert not comparable_pair(main, after)
    fourth = claim(
        "The band's fourth album was released on May 3.",
        "May 3",
        "event|album|released",
        "fourth album",
        prop="released on",
    )
    debut = claim(
        "Their debut album was released in June.",
        "June",
        "event|album|released",
        "debut album",
        article="b",
        prop="released on",
    )
    assert not comparable_pair(fourth, debut)


def test_an_age_found_through_a_first_name_alone_is_not_compared() -> None:
    full = claim(
        "Tomas Verlaine, 31, was arrested.",
        "31",
        "person|p1|birth",
        "Tomas Verlaine",
        subject_id="p1",
        prop="age",
    )
    namesake = claim(
        "'We will stay,' said Tomasz, a 19-year-old student.",
        "19",
        "person|p1|birth",
        "Tomas Verlaine",
        subject_id="p1",
        article="b",
        prop="age",
    )
    assert not comparable_pair(full, namesake)


def test_speakers_lose_tokeniser_quotes_and_clauses_are_not_speakers() -> None:
    assert _clean_speaker("`` The Daily Courier") == "The Daily Courier"
    assert _clean_speaker("the well is") == ""


def test_end_to_end_a_bare_count_and_a_combined_figure_are_not_conflicts(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    groups = groups_of(
        two(
            "After the Lakeport landslide, about two million people were killed, injured or left homeless.",
            "The Lakeport landslide killed 4,000 people, officials said.",
        ),
        recognizer,
    )
    assert not [g for g in groups if g.verdict is Verdict.CONFLICT], groups
    framed = groups_of(
        two(
            "The Lakeport landslide killed 9,000 people, officials said.",
            "The Lakeport landslide killed 4,000 people, officials said.",
            day_b=dt.date(2025, 4, 10),
        ),
        recognizer,
    )
    assert [g.verdict for g in framed if g.property == "count"] in ([Verdict.CONFLICT], [Verdict.SCOPE], [])
    assert group_claims([]) == ()
    assert doc  # the helper the shared fixtures build on


def test_one_outlets_next_day_figure_from_another_named_source_is_a_conflict() -> None:
    def toll(quote: str, value: str, low: float, day: int, speaker: str, article: str) -> Claim:
        c = claim(
            quote, value, "count|killed|people", "people died", day=dt.date(2025, 4, day), article=article
        )
        citation = Citation(article, "outlet-x", dt.date(2025, 4, day), 0, len(quote), quote)
        return replace(c, speaker=speaker, low=low, high=low, citation=citation)

    minister = toll(
        "The minister said 9,000 people died in the flood.", "9,000", 9000, 10, "the minister", "a"
    )
    red_cross = toll(
        "The Red Cross says 4,000 people died in the flood.", "4,000", 4000, 11, "Red Cross", "b"
    )
    again = toll(
        "The minister's office said 4,000 people died in the flood.",
        "4,000",
        4000,
        11,
        "the minister's office",
        "c",
    )
    verdicts = {g.verdict for g in group_claims([minister, red_cross])}
    assert Verdict.CONFLICT in verdicts
    assert Verdict.CONFLICT not in {g.verdict for g in group_claims([minister, again])}  # its own update
