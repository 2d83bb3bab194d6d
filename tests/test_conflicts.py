"""Agreement and conflict: claims about one point across articles, and the notes on the timeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronicle.claims import extract_claims
from chronicle.conflicts import ConflictOptions, group_claims, mark_conflicts, sides_of
from chronicle.entities import RuleRecognizer, SpacyRecognizer, extract_entities, spacy_available
from chronicle.model import (
    Citation,
    Claim,
    ClaimGroup,
    Document,
    Timeline,
    TimelineEntry,
    TimeValue,
    Verdict,
)
from chronicle.pipeline import Pipeline, PipelineOptions
from test_entities import doc

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


@pytest.fixture(scope="session", params=["spacy", "rules"])
def recognizer(request: pytest.FixtureRequest) -> SpacyRecognizer | RuleRecognizer:
    if request.param == "rules":
        return RuleRecognizer()
    if not spacy_available():
        pytest.skip("spaCy model package not installed")
    return SpacyRecognizer()


def groups_of(docs: list[Document], recognizer: SpacyRecognizer | RuleRecognizer) -> tuple[ClaimGroup, ...]:
    return group_claims(extract_claims(docs, extract_entities(docs, recognizer)))


def two(a: str, b: str, day_b: dt.date = dt.date(2025, 4, 11)) -> list[Document]:
    return [doc(a, "outlet-a", dt.date(2025, 4, 10)), doc(b, "outlet-b", day_b)]


def only(groups: tuple[ClaimGroup, ...], prop: str) -> ClaimGroup:
    found = [g for g in groups if g.property == prop]
    assert len(found) == 1, groups
    return found[0]


def test_quantities_agree_when_ranges_overlap(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    g = only(
        groups_of(
            two(
                "According to the SBU, at least 163 Chinese nationals are serving in Russia's armed forces.",
                "Documents list more than 160 other Chinese nationals reportedly serving in "
                "Russia's Armed Forces.",
            ),
            recognizer,
        ),
        "count",
    )
    assert g.verdict is Verdict.AGREE
    assert {c.value for c in g.claims} == {"at least 163", "more than 160"}


def test_quantities_conflict_when_disjoint(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    g = only(
        groups_of(
            two(
                "Officials in Kyiv said 155 Chinese mercenaries are fighting for Russia.",
                "An SBU officer said 163 Chinese mercenaries are fighting for Russia.",
            ),
            recognizer,
        ),
        "count",
    )
    assert g.verdict is Verdict.CONFLICT
    assert [c.value for c in g.claims] == ["155", "163"]
    assert g.explanation == (
        "Sources differ on how many Chinese mercenaries fighting for Russia: "
        "155 (outlet-a, according to officials in Kyiv) vs 163 (outlet-b)"
    )  # the explanation names who gave each figure (the officials, never the place they speak from)


def test_casualty_synonyms_are_one_point(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    g = only(
        groups_of(
            two(
                "At least 40 people were injured in the bridge collapse in Lorin.",
                "Some 25 people were hurt in the bridge collapse in Lorin.",
            ),
            recognizer,
        ),
        "count",
    )
    assert g.verdict is Verdict.CONFLICT
    g = only(
        groups_of(
            two(
                "Nine people died in the bridge collapse in Lorin.",
                "Officials said 9 people were killed in the bridge collapse in Lorin.",
            ),
            recognizer,
        ),
        "count",
    )
    assert g.verdict is Verdict.AGREE


def test_exact_and_approximate_agree(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    g = only(
        groups_of(
            two(
                "Officials said about 20 foreigners were waiting at the assembly point in Rostov.",
                "Officials said 21 foreigners were waiting at the assembly point in Rostov.",
            ),
            recognizer,
        ),
        "count",
    )
    assert g.verdict is Verdict.AGREE


def test_counts_published_days_apart_are_updates_not_conflicts(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    docs = two(
        "Officials said 12 people were killed in Kharkiv.",
        "Officials said 19 people were killed in Kharkiv.",
        day_b=dt.date(2025, 4, 20),
    )
    assert [g for g in groups_of(docs, recognizer) if g.verdict is Verdict.CONFLICT] == []
    assert groups_of(docs, recognizer) == group_claims(
        extract_claims(docs, extract_entities(docs, recognizer)), ConflictOptions(count_window_days=1)
    )


def test_one_outlets_count_on_the_next_day_is_its_update(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    first = "Officials said 163 Chinese mercenaries are fighting for Russia."
    later = "Officials said 155 Chinese mercenaries are fighting for Russia."
    same_outlet = [doc(first, "outlet-a", dt.date(2025, 4, 10)), doc(later, "outlet-a", dt.date(2025, 4, 11))]
    assert groups_of(same_outlet, recognizer) == ()  # neither agreeing nor a conflict: not reported
    two_outlets = [doc(first, "outlet-a", dt.date(2025, 4, 10)), doc(later, "outlet-b", dt.date(2025, 4, 11))]
    assert only(groups_of(two_outlets, recognizer), "count").verdict is Verdict.CONFLICT


def test_casualties_of_unnamed_events_are_not_compared(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    # EgyptianProtest, one CNN day: the Fort Hood shootings and the battles in Tahrir Square
    docs = two(
        "Hasan is accused in the shootings, which left 13 people dead and 32 wounded.",
        "State television says battles in the square left five people dead and more than 800 wounded.",
        dt.date(2025, 4, 10),
    )
    assert [g for g in groups_of(docs, recognizer) if g.verdict is Verdict.CONFLICT] == []


def test_a_toll_that_rose_overnight_is_not_a_conflict(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    # H1N1: Reuters on 25 April 2009, the Guardian on the 26th; the same figures on one day do conflict
    earlier = "A strain of flu never seen before has killed up to 60 people in Mexico."
    later = "WHO says the virus has killed 81 people in Mexico."
    rose = only(groups_of(two(earlier, later), recognizer), "count")
    assert rose.verdict is Verdict.UPDATE
    assert rose.explanation.endswith("changed over time: up to 60 (outlet-a) → 81 (outlet-b)")
    same_day = only(groups_of(two(earlier, later, dt.date(2025, 4, 10)), recognizer), "count")
    assert same_day.verdict is Verdict.CONFLICT
    fell = only(groups_of(two(later, earlier), recognizer), "count")  # lower the next day: sources differ
    assert fell.verdict is Verdict.CONFLICT


def test_unrelated_subjects_are_not_grouped(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    groups = groups_of(
        two(
            "Local authorities said 12 people were killed in Kharkiv overnight. Li Ming, 40, was unhurt.",
            "Regional officials said 3 people were killed in Odesa on Thursday. "
            "Wang Guangjun, 34, was unhurt.",
        ),
        recognizer,
    )
    assert groups == ()


def test_dates_conflict_and_spelling_variant_is_an_alias(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    g = only(
        groups_of(
            two(
                "Chang Renbo was captured on April 5 in the Donetsk region, the SBU said.",
                "Zhang Renbo was captured on April 4, the prisoner said.",
            ),
            recognizer,
        ),
        "captured on",
    )
    assert g.verdict is Verdict.CONFLICT
    assert {c.date for c in g.claims} == {TimeValue(2025, 4, 5), TimeValue(2025, 4, 4)}
    assert {c.speaker for c in g.claims} == {"SBU", "the prisoner"}
    assert g.explanation.startswith("Sources differ on when ") and g.explanation.endswith(
        "was captured: April 5 (outlet-a, according to SBU) vs April 4 (outlet-b, according to the prisoner)"
    )


def test_dates_agree_day_and_month(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    g = only(
        groups_of(
            two(
                "Wang Guangjun arrived in Moscow on February 5, according to the SBU.",
                "Wang Guangjun arrived in Moscow in February, the prisoner said.",
            ),
            recognizer,
        ),
        "arrived in Moscow on",
    )
    assert g.verdict is Verdict.AGREE


def test_age_and_birth_year(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    agree = only(
        groups_of(
            two(
                "Wang Guangjun, 34, said he had been treated well.",
                "Wang Guangjun, born in 1991, said he had been treated well.",
            ),
            recognizer,
        ),
        "birth year",
    )
    assert agree.verdict is Verdict.AGREE
    conflict = only(
        groups_of(
            two(
                "Chang Renbo, 27, told reporters about his unit.",
                "Chang Renbo, born in 1995, told reporters about his unit.",
            ),
            recognizer,
        ),
        "birth year",
    )
    assert conflict.verdict is Verdict.CONFLICT
    assert "Chang Renbo's age: aged 27 (outlet-a) vs born in 1995 (outlet-b)" in conflict.explanation


def test_occupations(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    conflict = only(
        groups_of(
            two(
                "Chang Renbo said he worked as a rehabilitation worker before the war.",
                "Chang Renbo said he worked as a firefighter in Henan.",
            ),
            recognizer,
        ),
        "occupation",
    )
    assert conflict.verdict is Verdict.CONFLICT
    agree = only(
        groups_of(
            two(
                "Wang Guangjun said he worked as a firefighter in China.",
                "Wang Guangjun said he worked as a firefighter and rescue worker.",
            ),
            recognizer,
        ),
        "occupation",
    )
    assert agree.verdict is Verdict.AGREE


def test_an_article_contradicting_itself_is_not_a_conflict(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    docs = two(
        "Officials said 2 soldiers were captured near Tarasivka. "
        "Later officials said 6 soldiers were captured "
        "near Tarasivka.",
        "Officials said 6 soldiers were captured near Tarasivka.",
    )
    assert [g for g in groups_of(docs, recognizer) if g.verdict is Verdict.CONFLICT] == []


def test_fixture_collection(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    docs = list(Pipeline(PipelineOptions(stages=())).run([FIXTURES]).documents)
    groups = groups_of(docs, recognizer)
    conflicts = {(g.subject, g.property) for g in groups if g.verdict is Verdict.CONFLICT}
    agreements = {(g.subject, g.property) for g in groups if g.verdict is Verdict.AGREE}
    people = {g.subject for g in groups if g.property != "count"}
    chang = next(iter(people - {"Wang Guangjun"}))
    assert chang in {"Chang Renbo", "Zhang Renbo"}
    assert conflicts == {
        ("Chinese mercenaries fighting for Russia", "count"),
        (chang, "captured on"),
        (chang, "birth year"),
        (chang, "occupation"),
    }
    # "163 Chinese nationals serving" and "155 Chinese mercenaries fighting": one point (grouped by meaning)
    assert agreements == {
        ("Wang Guangjun", "arrived in Moscow on"),
        ("Wang Guangjun", "birth year"),
        ("Wang Guangjun", "occupation"),
    }


def test_flood_fixture(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    """Two outlets a day apart on one flood (tests/fixtures/claims-flood, written here)."""
    docs = list(Pipeline(PipelineOptions(stages=())).run([FIXTURES.parent / "claims-flood"]).documents)
    groups = groups_of(docs, recognizer)
    conflicts = {
        (g.subject, g.property): {c.value for c in g.claims} for g in groups if g.verdict is Verdict.CONFLICT
    }
    # both outlets speak of one flood: 40 injured one day and 25 the next cannot both be true; the toll that
    # rose (23, then 31), the arrests and the company's own figure that grew are updates; "Nine people died
    # when the bridge collapsed" counts another event than the flood's 23
    assert conflicts == {
        ("Anna Keller", "birth year"): {"52", "54"},
        ("people hurt", "count"): {"At least 40", "Some 25"},
    }
    updates = {frozenset(c.value for c in g.claims) for g in groups if g.verdict is Verdict.UPDATE}
    assert updates == {frozenset({"23", "31"}), frozenset({"two", "three"}), frozenset({"300", "500"})}
    claims = extract_claims(docs, extract_entities(docs, recognizer))
    counted = {(c.subject, c.value) for c in claims if c.property == "count"}
    # every count found, each as written
    assert {
        ("people killed", "23"),  # "in the town of Lorin": the place is its scope
        ("death toll from the flood in Lorin", "31"),
        ("people injured", "At least 40"),
        ("people hurt", "Some 25"),
        ("men arrested", "two"),
        ("men arrested", "three"),
        ("people died", "Nine"),
    } <= counted


def _claim(article: str, start: int, end: int, value: str) -> Claim:
    citation = Citation(article, "outlet-" + article, dt.date(2025, 4, 10), start, end, "quote")
    return Claim(
        f"{article}{start}", "Chang Renbo", "captured on", value, citation, date=TimeValue.parse(value)
    )


def test_mark_conflicts_notes_entries_citing_a_conflicting_sentence() -> None:
    a, b = _claim("a", 10, 50, "2025-04-05"), _claim("b", 0, 30, "2025-04-04")
    group = ClaimGroup("Chang Renbo", "captured on", Verdict.CONFLICT, (a, b), "Sources differ on X")
    agree = ClaimGroup("Chang Renbo", "arrived on", Verdict.AGREE, (a, b), "Sources agree on Y")
    cited = TimelineEntry(
        TimeValue(2025, 4, 5), ("s",), (Citation("a", "outlet-a", dt.date(2025, 4, 10), 20, 40, "q"),)
    )
    other = TimelineEntry(
        TimeValue(2025, 4, 6), ("s",), (Citation("a", "outlet-a", dt.date(2025, 4, 10), 60, 80, "q"),)
    )
    timeline = Timeline((cited, other), title="t")
    marked = mark_conflicts(timeline, [group, agree])
    assert marked.entries[0].notes == ("Sources differ on X",)
    assert marked.entries[1] == other
    assert marked.title == "t"
    assert mark_conflicts(marked, [group]).entries[0].notes == ("Sources differ on X",)  # idempotent
    assert mark_conflicts(timeline, []) is timeline


# --- scope, sides, superseded figures (claims-3a) ---------------------------------------------------------


def test_a_figure_for_a_place_against_one_without_is_scope_not_conflict(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    # shapes of EgyptianProtest's "302 killed in the protests -- 232 in Cairo" vs "Two people were killed"
    groups = groups_of(
        two(
            "Monitors said 40 people had been killed in the riots in Lakeport since the unrest began.",
            "Two people were killed in the riots when the unrest spread, state radio reported.",
            day_b=dt.date(2025, 4, 10),
        ),
        recognizer,
    )
    assert not [g for g in groups if g.verdict is Verdict.CONFLICT], groups
    scope = [g for g in groups if g.verdict is Verdict.SCOPE]
    assert len(scope) == 1 and "lakeport" in scope[0].explanation.casefold(), groups


def test_sums_of_money_without_a_payer_are_scope_not_conflict(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    # shapes of haiti's "$100m of emergency aid" (a bank) vs "raised more than $57m for the aid effort"
    groups = groups_of(
        two(
            "The Northern Bank is funding $100m of emergency aid.",
            "A telethon on Friday raised $57m for the aid effort.",
        ),
        recognizer,
    )
    assert not [g for g in groups if g.verdict is Verdict.CONFLICT], groups
    assert [g.verdict for g in groups if g.property == "amount (USD)"] == [Verdict.SCOPE]


def test_equal_times_written_differently_are_one_side_and_a_later_tremor_is_apart(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    docs = [
        doc("The earthquake struck Lakeport at 16:53 local time.", "outlet-a", dt.date(2025, 4, 10)),
        # a time without a day is compared only with one published the same day (claims-4)
        doc("The earthquake struck at 1653 local time on Thursday.", "outlet-b", dt.date(2025, 4, 10)),
        doc("A strong tremor struck the region at 0603 local time.", "outlet-c", dt.date(2025, 4, 18)),
    ]
    groups = groups_of(docs, recognizer)
    assert not [g for g in groups if g.verdict is Verdict.CONFLICT], groups
    agree = [g for g in groups if g.verdict is Verdict.AGREE and g.property.startswith("time")]
    assert len(agree) == 1 and len(sides_of(agree[0])) == 1, groups


def test_a_figure_given_as_an_early_one_is_an_update(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    # shape of bpoil's "Early in the crisis, BP and the federal government repeatedly said ... about 5,000"
    groups = groups_of(
        two(
            "Scientists said the well was spewing 40,000 barrels a day into the bay.",
            "Early in the crisis, the company said the well was spewing about 5,000 barrels a day.",
            day_b=dt.date(2025, 4, 10),
        ),
        recognizer,
    )
    assert [g.verdict for g in groups if g.property.startswith("flow rate")] == [Verdict.UPDATE], groups


def test_reports_of_cases_count_the_cases(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    # shape of H1N1's "there had been 25 reports of suspected cases in the UK"
    docs = [doc("The minister said there had been 25 reports of suspected cases in Freedonia.")]
    claims = extract_claims(docs, extract_entities(docs, recognizer))
    assert [(c.key, c.value) for c in claims if c.property == "count"] == [("count|cases|case", "25")]
    assert "status:suspected" in claims[0].scope


def test_a_toll_told_as_the_count_so_far_is_an_update_whatever_place_each_names(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    # an invented flood: the later figure names the valley, the earlier one does not
    earlier = "Twelve people were killed when the Marra river burst its banks, the governor said."
    later = "Nineteen people have now been killed in the Marra valley floods, the governor said."
    groups = groups_of(two(earlier, later, day_b=dt.date(2025, 4, 13)), recognizer)
    assert [g.verdict for g in groups if g.property == "count"] == [Verdict.UPDATE], groups
    # without "now" (or "so far", "has risen to"...) a place on one side only stays a difference of scope
    plain = later.replace(" have now been killed", " were killed")
    groups = groups_of(two(earlier, plain, day_b=dt.date(2025, 4, 13)), recognizer)
    assert [g.verdict for g in groups if g.property == "count"] == [Verdict.SCOPE], groups


def test_a_confirmed_figure_does_not_make_an_article_restate_an_unqualified_one(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    # H1N1, 27 April: the BBC's page gives "more than 100" dead and, in its list, "20 confirmed to have
    # died"; the 20 confirmed deaths do not mean the BBC also gives Reuters' "up to 81"
    bbc = (
        "Experts suspect swine flu has killed more than 100 people in Mexico. "
        "Mexico : 103 dead - 20 confirmed to have died from swine flu , 18 confirmed ill with swine flu"
    )
    reuters = "It has killed up to 81 people in Mexico and spread to the United States and Canada ."
    groups = groups_of(two(bbc, reuters, day_b=dt.date(2025, 4, 10)), recognizer)
    conflict = [g for g in groups if g.verdict is Verdict.CONFLICT and g.property == "count"]
    assert len(conflict) == 1, groups
    assert {c.value for c in conflict[0].claims} >= {"more than 100", "up to 81"}


def test_a_bound_twenty_times_below_a_figure_is_another_thing(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    # H1N1, 28 April: the 1918 pandemic's toll against the outbreak's
    spanish = "The Spanish flu pandemic killed between 20 million to 100 million people ."
    now = "The swine flu has killed up to 149 people , officials said ."
    groups = groups_of(two(spanish, now, day_b=dt.date(2025, 4, 10)), recognizer)
    assert [g for g in groups if g.verdict is Verdict.CONFLICT] == []


def test_a_weekday_a_week_off_is_not_another_date(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    # haiti bbc/2010-01-30/1638 vs bbc/2010-01-21/519: "struck last Tuesday" on a Thursday is read as the
    # 19th; the outlet named the weekday of the 12th
    docs = [
        doc(
            "Between 100,000 and 200,000 people are thought to have died in the devastating earthquake which "
            "struck Haiti on 12 January .",
            "outlet-a",
            dt.date(2010, 1, 30),
        ),
        doc(
            "Between 100,000 and 200,000 people may have died in Haiti as a result of the devastating "
            "earthquake "
            "that struck last Tuesday .",
            "outlet-b",
            dt.date(2010, 1, 21),
        ),
    ]
    assert [g for g in groups_of(docs, recognizer) if g.verdict is Verdict.CONFLICT] == []


def test_a_day_counted_from_an_event_is_not_its_date(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    # EgyptianProtest cnn/2011-02-07/55 and cnn/2011-02-09/228
    docs = [
        doc(
            "He was last tweeting on his way to Tahrir Square the 26th of January , one day after the big "
            "protests began .",
            "outlet-a",
            dt.date(2011, 2, 7),
        ),
        doc(
            "Since the protests began January 25 , he has appointed a vice president for the first time .",
            "outlet-b",
            dt.date(2011, 2, 9),
        ),
    ]
    assert [g for g in groups_of(docs, recognizer) if g.verdict is Verdict.CONFLICT] == []


def test_new_cases_of_different_days_are_different_points(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    # H1N1 bbc/2009-06-16/1176 vs guardian/2009-06-17/898
    docs = [
        doc(
            "An extra 141 cases of swine flu have been confirmed in England .",
            "outlet-a",
            dt.date(2009, 6, 16),
        ),
        doc(
            "There were 110 new cases in England today , taking the UK total to 1,604 .",
            "outlet-b",
            dt.date(2009, 6, 17),
        ),
    ]
    assert [g for g in groups_of(docs, recognizer) if g.verdict is Verdict.CONFLICT] == []


def test_a_tally_said_to_grow_is_updated_by_a_larger_one(
    recognizer: SpacyRecognizer | RuleRecognizer,
) -> None:
    # EgyptianProtest cnn/2011-01-31/82 and cnn/2011-01-31/213, one outlet, one day, one source
    day = dt.date(2011, 1, 31)
    docs = [
        doc(
            "Meanwhile , the U.S. State Department said 42 Americans have been evacuated from Egypt and more "
            "will be transported .",
            "cnn",
            day,
        ),
        doc(
            "More than 500 Americans have been evacuated from Egypt aboard five flights , the U.S. State "
            "Department said Monday .",
            "cnn",
            day,
        ),
    ]
    groups = groups_of(docs, recognizer)
    assert [g for g in groups if g.verdict is Verdict.CONFLICT] == []
    assert [g.verdict for g in groups if g.property == "count"] == [Verdict.UPDATE]


def test_a_figure_told_as_the_first_one_is_updated(recognizer: SpacyRecognizer | RuleRecognizer) -> None:
    # bpoil bbc/2010-06-11/1200 vs guardian/2010-06-12/279
    docs = [
        doc(
            "Last month , BP was estimating the leak to be the equivalent of just over 5,000 barrels per "
            "day .",
            "bbc",
            dt.date(2010, 6, 11),
        ),
        doc(
            "The new figure dwarfs the original estimate by US authorities based on information provided by "
            "BP "
            "that the spill was just 1,000 barrels of oil per day .",
            "guardian",
            dt.date(2010, 6, 12),
        ),
    ]
    assert [g for g in groups_of(docs, recognizer) if g.verdict is Verdict.CONFLICT] == []
