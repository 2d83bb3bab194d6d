"""The day centroid: what the leads published on a day (and the next) say, and closeness to it."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from chronicle.annotate import annotate
from chronicle.daynews import day_closeness, day_leads
from chronicle.errors import OptionsError
from chronicle.model import Article, Document, Origin
from chronicle.story import build_story
from chronicle.timeline import TimelineOptions

DAY = dt.date(2031, 3, 10)


def _document(text: str, n: int, published: dt.date) -> Document:
    article = Article(
        id=f"a{n}", published=published, text=text, origins=(Origin(path="t.jsonl", outlet=f"o{n}"),)
    )
    return annotate(article)


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    # an invented story: a dam in a fictional valley gives way
    return [
        _document(
            "The Varnholt dam collapsed and flooded three villages. Rescue teams searched the river.", 0, DAY
        ),
        _document(
            "Floods from the collapsed Varnholt dam forced thousands from their homes. Officials met.",
            1,
            DAY + dt.timedelta(days=1),
        ),
        _document("On March 2 engineers had warned about cracks in the dam wall.", 2, DAY),
        _document("Villagers began to rebuild their homes near the river.", 3, DAY + dt.timedelta(days=5)),
    ]


def test_leads_of_a_day_include_the_next_days_leads_but_not_dated_ones(documents: list[Document]) -> None:
    story = build_story(documents)
    leads = day_leads(documents, story, lead=5)
    rows = set(leads.of(DAY))
    assert story.row(0, 0) in rows and story.row(1, 0) in rows  # published on the day and the next
    assert story.row(2, 0) not in rows  # carries its own date (March 2)
    assert story.row(3, 0) not in rows  # five days later
    assert leads.of(DAY - dt.timedelta(days=30)) == ()


def test_lead_count_limits_each_article(documents: list[Document]) -> None:
    story = build_story(documents)
    assert set(day_leads(documents, story, lead=1).of(DAY)) == {story.row(0, 0), story.row(1, 0)}
    assert day_leads(documents, story, lead=0).of(DAY) == ()


def test_the_sentence_telling_the_days_event_is_closest(documents: list[Document]) -> None:
    story = build_story(documents)
    leads = day_leads(documents, story, lead=1)
    candidates = [story.row(0, 0), story.row(0, 1), story.row(3, 0)]
    closeness = day_closeness(leads, DAY, story, candidates)
    assert closeness is not None
    assert int(np.argmax(closeness)) == 0
    assert float(closeness.min()) >= 0.0


def test_no_centroid_without_a_day_or_a_lead(documents: list[Document]) -> None:
    story = build_story(documents)
    leads = day_leads(documents, story, lead=5)
    assert day_closeness(leads, None, story, [0]) is None
    assert day_closeness(leads, DAY - dt.timedelta(days=100), story, [0]) is None


def test_bad_day_options_are_refused() -> None:
    with pytest.raises(OptionsError):
        TimelineOptions(day_leads=-1)
    with pytest.raises(OptionsError):
        TimelineOptions(day_window=0)
