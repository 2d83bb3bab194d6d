"""Answering questions over a collection (chronicle.ask.answer), on the seeds and an invented story."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicle import Pipeline, PipelineOptions
from chronicle.ask import Asker, AskOptions, ask
from chronicle.errors import OptionsError
from chronicle.model import AnswerKind, Granularity, Reply, Verdict

FERRY = Path(__file__).parent / "fixtures" / "ask"  # an invented ferry sinking, three outlets


@pytest.fixture(scope="module")
def ferry() -> Asker:
    return Asker.from_paths([FERRY])


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> Asker:
    return Asker.from_paths([seeds_dir])


def _check_quotes(asker: Asker, reply: Reply) -> None:
    """Every quote is the exact text at its offsets in its article."""
    texts = {d.id: d.article.text for d in asker.index.documents}
    quotes = [q for a in reply.answers for q in a.quotes]
    quotes += [q for d in reply.disagreements for side in d.sides for q in side.quotes]
    for quote in quotes:
        assert texts[quote.article_id][quote.start : quote.end] == quote.quote


@pytest.mark.parametrize(
    ("question", "kind", "value"),
    [
        ("When did the Meridian sink?", AnswerKind.DATE, "2024-09-12"),
        ("When will the funeral be held?", AnswerKind.DATE, "2024-09-20"),
        ("When was the ferry built?", AnswerKind.DATE, "1987"),
        ("How old is the captain of the ferry?", AnswerKind.AGE, "58"),
        ("How many passengers was the ferry carrying?", AnswerKind.COUNT, "212"),
        ("How far from Varno harbour did the ferry sink?", AnswerKind.QUANTITY, "12 km"),
        ("Who will preside over the funeral?", AnswerKind.PERSON, "Karel Novak"),
        ("Who led the rescue operations?", AnswerKind.PERSON, "Elena Marsh"),
        ("Which minister said an inquiry would report?", AnswerKind.PERSON, "Ida Lund"),
        ("Where will the funeral be held?", AnswerKind.PLACE, "Varno"),
    ],
)
def test_answers_of_each_kind_with_their_quotes(
    ferry: Asker, question: str, kind: AnswerKind, value: str
) -> None:
    reply = ferry.ask(question)
    assert reply.kind is kind and reply.stated
    best = reply.answers[0]
    assert best.value == value and best.kind is kind and 0 < best.confidence <= 1
    assert best.quotes and all(q.path.startswith(str(FERRY)) for q in best.quotes)
    _check_quotes(ferry, reply)


def test_a_date_carries_its_precision(ferry: Asker) -> None:
    day = ferry.ask("When did the Meridian sink?").answers[0]
    assert (day.granularity, day.text) == (Granularity.DAY, "September 12, 2024")
    assert ferry.ask("When was the ferry built?").answers[0].granularity is Granularity.YEAR


def test_sources_that_disagree_are_shown_side_by_side(ferry: Asker) -> None:
    reply = ferry.ask("How many people were killed when the ferry sank?")
    assert {a.value.split("-")[0] for a in reply.answers[:2]} == {"14", "17"}
    (disagreement,) = [d for d in reply.disagreements if len(d.sides) == 2]
    assert disagreement.verdict is Verdict.CONFLICT
    assert {s.value.split("-")[0] for s in disagreement.sides} == {"14", "17"}
    assert {s.text for s in disagreement.sides} == {"14", "At least 17"}  # the claims' exact value spans
    assert {q.outlet for s in disagreement.sides for q in s.quotes} == {"harbour-times", "island-news"}
    _check_quotes(ferry, reply)


def test_a_figure_that_changed_is_an_update_with_its_dates_not_a_disagreement() -> None:
    # an invented flood: 12 killed on the first day, 19 three days later (a running tally)
    flood = Asker.from_paths([FERRY.parent / "ask-update"])
    reply = flood.ask("How many people were killed in the Orlen floods?")
    assert {a.value for a in reply.answers[:2]} == {"12", "19"}
    assert not [d for d in reply.disagreements if d.verdict is Verdict.CONFLICT]
    (update,) = reply.disagreements
    assert update.verdict is Verdict.UPDATE
    assert [(s.value, s.text, s.as_of) for s in update.sides] == [
        ("12", "Twelve", dt.date(2024, 3, 2)),
        ("19", "Nineteen", dt.date(2024, 3, 5)),
    ]
    assert "changed over time" in update.explanation and "2024-03-05" in update.explanation
    _check_quotes(flood, reply)


def test_why_questions_get_the_sentence_that_gives_the_cause(ferry: Asker) -> None:
    reply = ferry.ask("What caused the ferry to sink?")
    assert reply.kind is AnswerKind.SENTENCE and "engine failed" in reply.answers[0].text


@pytest.mark.parametrize("question", ["How old is Elena Marsh?", "How much did the ferry cost?"])
def test_what_the_sources_do_not_say_is_not_stated(ferry: Asker, question: str) -> None:
    reply = ferry.ask(question)
    assert not reply.stated and reply.answers == ()


def test_seeds_capture_date_through_a_pronoun(seeds: Asker) -> None:
    reply = seeds.ask("When was Chang Renbo captured?")
    best = reply.answers[0]
    assert best.value == "2025-04-05"
    assert best.quotes[0].quote.endswith("he was captured in the Donetsk region.")
    assert best.quotes[0].outlet == "004_a26a3114dc421b96"
    _check_quotes(seeds, reply)


def test_seeds_count_and_unstated_pay(seeds: Asker) -> None:
    reply = seeds.ask("How many Chinese nationals are serving in Russia's armed forces?")
    assert reply.answers[0].value == "163" and "at least 163" in reply.answers[0].text
    assert not seeds.ask("How much was Wang Guangjun paid by the Russian army?").stated


def test_the_library_call_and_a_store_give_the_same_answer(seeds_dir: Path, tmp_path: Path) -> None:
    store = tmp_path / "seeds.db"
    Pipeline(PipelineOptions(stages=())).add(store, [seeds_dir])
    question = "When did the SBU carry out its first interrogation?"
    from_store = ask(question, store=store)
    from_paths = ask(question, paths=[seeds_dir])
    assert from_store.answers[0].value == from_paths.answers[0].value == "2025-04-09"


def test_options_are_checked() -> None:
    with pytest.raises(OptionsError):
        AskOptions(threshold=1.5)
    with pytest.raises(OptionsError):
        AskOptions(sentences=0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            ["when", "how many", "who", "where", "how old", "what", "ferry", "Meridian", "captain"]
        )
        | st.text(min_size=1, max_size=12),
        max_size=8,
    )
)
def test_any_question_gets_a_reply_with_exact_quotes(ferry: Asker, parts: list[str]) -> None:
    reply = ferry.ask(" ".join(parts) + "?")
    assert all(0 <= a.confidence <= 1 for a in reply.answers)
    _check_quotes(ferry, reply)


def test_seeds_age_from_a_birth_year(seeds: Asker) -> None:
    reply = seeds.ask("How old is Chang Renbo?")  # "Chang Renbo, born in 1998", a page of April 14, 2025
    assert reply.answers and reply.answers[0].value == "26-27"
    assert "born in 1998" in reply.answers[0].quotes[0].quote


_BORDER = {  # an invented story: two fishermen held by a neighbouring country
    "north-1.txt": (
        "2023-06-02 Estlund holds two fishermen\n\n"
        "Two fishermen from Varnholm were detained in Estlund, near the village of Korvik, on Thursday.\n\n"
        "Estlund said the men had crossed into its waters.\n\n"
        "The foreign ministry of Varnholm summoned Estlund's envoy.\n"
    ),
    "north-2.txt": (
        "2023-06-04 Talks on the fishermen\n\n"
        "Estlund and Varnholm began talks on the fishermen's release.\n\n"
        "Estlund's coast guard said the boat carried no licence.\n\n"
        "Families in Varnholm asked Estlund to free the men.\n"
    ),
}


def test_where_prefers_the_narrower_place_to_the_storys_setting(tmp_path: Path) -> None:
    for name, text in _BORDER.items():
        (tmp_path / name).write_text(" date " + text, encoding="utf-8")
    reply = Asker.from_paths([tmp_path]).ask("Where were the fishermen detained?")
    assert reply.answers and reply.answers[0].value == "Korvik"


def test_seeds_where_captured_is_the_region_not_the_country(seeds: Asker) -> None:
    reply = seeds.ask("Where was Chang Renbo captured?")
    assert reply.answers and reply.answers[0].value == "Donetsk"
    assert "Russia" not in {a.value for a in reply.answers}  # named everywhere, beside a narrower place


def test_when_reads_the_date_in_the_sentence_before(tmp_path: Path) -> None:
    (tmp_path / "depot.txt").write_text(
        " date 2022-05-06 Fire at the Dunmore depot\n\n"
        "On May 3, 2022, a fire broke out at the Dunmore grain depot.\n\n"
        "It destroyed the north silo and two lorries.\n\n"
        "Firefighters said the cause was not known.\n",
        encoding="utf-8",
    )
    reply = Asker.from_paths([tmp_path]).ask("When was the north silo destroyed?")
    assert reply.answers and reply.answers[0].value == "2022-05-03"
    assert "It destroyed the north silo" in reply.answers[0].quotes[0].quote  # both sentences quoted
    assert reply.answers[0].quotes[0].quote.startswith("On May 3")


def test_what_name_reads_the_next_sentence_that_names_the_thing_brought_in(tmp_path: Path) -> None:
    (tmp_path / "relief.txt").write_text(
        " date 2021-08-10 Relief for the Tessel islands\n\n"
        "A coastguard cutter carrying medical supplies is to be sent to the Tessel islands.\n\n"
        "CGS Marlow Bay will stay for three weeks.\n\n"
        "Doctors on the islands asked for more help.\n",
        encoding="utf-8",
    )
    reply = Asker.from_paths([tmp_path]).ask("What is the name of the cutter carrying medical supplies?")
    assert reply.answers and "Marlow Bay" in reply.answers[0].text
    assert reply.answers[0].quotes[0].quote.startswith("A coastguard cutter")
