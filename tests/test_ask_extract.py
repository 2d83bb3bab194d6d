"""Reading answers of a kind out of a sentence (chronicle.ask.extract)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronicle.ask import parse_question
from chronicle.ask.ages import ages
from chronicle.ask.names import _trim_name
from chronicle.ask.quantities import numbers
from chronicle.ask.reading import Reading
from chronicle.ask.text import Stemmer
from chronicle.model import Sentence


@pytest.mark.parametrize(
    ("text", "shown", "value", "unit"),
    [
        ("Dr Murray was bailed for $ 75,000 -LRB- # 48,000 -RRB- after", "$75,000", 75_000.0, "USD"),
        ("the UN appealed for $ 562m to help", "$562m", 562e6, "USD"),
        ("Congress approved a $ 787 billion stimulus", "$787 billion", 787e9, "USD"),
        ("Britons have donated # 23m to the appeal", "£23m", 23e6, "GBP"),
        ("about 15km -LRB- 10 miles -RRB- south-west", "about 15km", 15.0, "km"),
        ("nearly 80 percent of its stock", "nearly 80 percent", 80.0, "%"),
        ("a moratorium for six months", "six months", 6.0, "months"),
        ("he spent a month at the training ground", "a month", 1.0, "month"),
    ],
)
def test_numbers_with_units_scales_and_conversions(text: str, shown: str, value: float, unit: str) -> None:
    found = numbers(text)
    assert len(found) == 1  # the converted figure in brackets is not a second answer
    assert (found[0].shown, found[0].value, found[0].unit) == (shown, value, unit)


def test_counts_carry_their_noun_and_range() -> None:
    (count,) = numbers("at least 163 Chinese nationals are serving in Russia's armed forces")
    assert count.noun == ("Chinese", "nationals") and (count.low, count.high) == (163, None)
    (tolled,) = numbers("has left as many as 45,000-50 ,000 dead")
    assert (tolled.low, tolled.high) == (None, 50_000)


def test_years_clock_times_and_dates_are_not_numbers() -> None:
    assert numbers("in 2009 the company") == []
    assert numbers("the tremor hit at 16:53 local time") == []


@pytest.mark.parametrize(
    ("name", "trimmed"),
    [
        ("Mexican health secretary Jose Angel Cordova", "Jose Angel Cordova"),
        ("Judge Michael Pastor", "Michael Pastor"),
        ("Henry M. Paulson Jr.", "Henry M. Paulson"),
        ("Ukrainian Foreign Ministry", "Ukrainian Foreign Ministry"),
        ("Several Britons", "Britons"),
        ("Security Service of Ukraine", "Security Service of Ukraine"),
    ],
)
def test_names_lose_their_roles_and_titles(name: str, trimmed: str) -> None:
    bounds = _trim_name(name)
    assert bounds is not None and name[bounds[0] : bounds[1]] == trimmed


def test_an_age_fits_the_person_it_stands_beside() -> None:
    question = parse_question("How old is Randy Jackson?")
    text = "Randy Jackson , 48 , was taken to hospital , his brother Michael died aged 50 ."
    reading = Reading(Sentence(0, 0, len(text), text), question, Stemmer())
    found = {c.value: c.fit for c in ages(question, reading)}
    assert found["48"] > found["50"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        (
            "The ferry's captain, Ilse Marova, born in 1971, had sailed the route for years.",
            "2024-03-02",
            "52-53",
        ),
        ("Ilse Marova was born on 12 January 1971 in Varnholm.", "2024-03-02", "53"),
        ("Ilse Marova was born on November 3, 1971 in Varnholm.", "2024-03-02", "52"),
        ("Ilse Marova, born in March 1971, took the helm.", "2024-03-02", "52-53"),
    ],
)
def test_an_age_is_worked_out_from_a_birth_date_and_the_publication_day(
    text: str, published: str, value: str
) -> None:
    question = parse_question("How old is Ilse Marova?")
    reading = Reading(Sentence(0, 0, len(text), text), question, Stemmer())
    (found,) = ages(question, reading, published=dt.date.fromisoformat(published))
    assert found.value == value and "born 1971" in found.text
    assert not list(ages(question, reading))  # without the page's day there is no age to give


def test_an_age_from_a_birth_year_goes_to_the_person_beside_it() -> None:
    question = parse_question("How old is Chang Renbo?")
    text = "Wang Guangjun, born in 1991, and Chang Renbo, born in 1998, told their story."
    reading = Reading(Sentence(0, 0, len(text), text), question, Stemmer())
    found = {c.value: c.fit for c in ages(question, reading, published=dt.date(2025, 4, 14))}
    assert found["26-27"] > found["33-34"]
