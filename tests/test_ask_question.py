"""What a question asks (chronicle.ask.question)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle.ask import parse_question
from chronicle.model import AnswerKind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("When were the two soldiers captured?", AnswerKind.DATE),
        ("What year was the dam built?", AnswerKind.DATE),
        ("How many Chinese citizens does Ukraine say are fighting for Russia?", AnswerKind.COUNT),
        ("What was the death toll?", AnswerKind.COUNT),
        ("How much did the UN appeal for?", AnswerKind.QUANTITY),
        ("How far is Leogane from Port-au-Prince?", AnswerKind.QUANTITY),
        ("What was the magnitude of the earthquake?", AnswerKind.QUANTITY),
        ("How many years in prison was he sentenced to?", AnswerKind.QUANTITY),
        ("How old is the sole survivor?", AnswerKind.AGE),
        ("Who presided over the funeral?", AnswerKind.PERSON),
        ("Which judge ordered the trial?", AnswerKind.PERSON),
        ("Which US Coast Guard admiral is leading the response?", AnswerKind.PERSON),
        ("What is the name of the Russian officer who commanded the unit?", AnswerKind.PERSON),
        ("Where was the epicentre?", AnswerKind.PLACE),
        ("Which hospital were they taken to?", AnswerKind.PLACE),
        ("Where were the fighters operating when they were captured?", AnswerKind.PLACE),
        ("Which company does Wael Ghonim work for?", AnswerKind.ORGANIZATION),
        ("What did Wang Guangjun work as in China?", AnswerKind.SENTENCE),
        ("Why did the ferry sink?", AnswerKind.SENTENCE),
    ],
)
def test_the_first_question_word_and_its_noun_decide_the_kind(text: str, kind: AnswerKind) -> None:
    assert parse_question(text).kind is kind


def test_what_a_count_counts_and_whose_age_is_asked() -> None:
    count = parse_question("How many Chinese nationals serve in Russia's army?")
    assert count.target == ("nation",)
    age = parse_question("How old was the Mexican child who died of swine flu in Texas?")
    assert age.subject == ("mexican", "child")
    assert parse_question("How much was Conrad Murray's bail?").dimension == "money"
    assert parse_question("How deep was the focus?").dimension == "length"


def test_names_weigh_more_and_share_their_weight() -> None:
    question = parse_question("When was Chang Renbo captured?")
    assert question.names == (("chang", "renbo"),)
    weights = {t.stem: t.weight for t in question.terms}
    assert weights["chang"] == weights["renbo"] > weights["captur"] == 1.0
    # demonyms and calendar words are not names
    assert parse_question("How many Chinese soldiers died on Monday?").names == ()


def test_dates_named_in_the_question_are_kept_as_calendar_days() -> None:
    question = parse_question("Where was Chang Renbo on December 28?")
    assert question.dates == ((None, 12, 28),)
    assert {"decemb", "28"} <= question.date_words


def test_who_questions_read_the_voice() -> None:
    assert parse_question("Who was appointed to form a new government?").voice == "passive"
    assert parse_question("Who presided over the funeral?").voice == "active"
    whom = parse_question("Whom did the Obama administration send to Egypt?")
    assert (whom.voice, whom.verb) == ("object", "send")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_parses_to_a_question(text: str) -> None:
    question = parse_question(text)
    assert isinstance(question.kind, AnswerKind)
    assert all(term.weight > 0 for term in question.terms)


def test_the_name_of_a_thing_asks_for_the_head_noun_not_a_word_of_its_clause() -> None:
    question = parse_question("What was the name of the ferry carrying relief goods to Tessel?")
    assert question.kind is AnswerKind.SENTENCE and question.target == ("ferri",)
