"""What the news said on a day: the centroid of the leads of the articles published that day and the next.

A timeline entry should say what happened on its date. The sentences that mention the date explicitly are
many and mixed (background recalled months later, side remarks, captions); the opening sentences of the
articles published on the day, or the day after, tell the day's main event in the words every outlet uses.
Their TF-IDF centroid is the *day centroid*; a candidate's closeness to it (cosine) replaces its mean
similarity to the date's other candidates when the day has any such lead (see :func:`day_closeness`).

Only undated leads take part: a lead carrying its own date already speaks of that date, and often of an
earlier one. The lead count (5) and the window (the day and the next: reports of an evening event appear
the next morning) are DATEWISE's published defaults (Ghalandari & Ifrim 2020), not values fitted here;
``scripts/loto.py`` compares other counts leave-one-topic-out (docs/quality.md).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from chronicle.model import Document
from chronicle.story import StoryIndex


@dataclass(frozen=True)
class DayLeads:
    """Story rows of the undated lead sentences of the articles published on each day."""

    rows: dict[dt.date, tuple[int, ...]]
    window: int  # days of publication that speak of a day: the day itself and the ``window - 1`` after

    def of(self, day: dt.date) -> tuple[int, ...]:
        """The lead rows that tell of ``day``: published on it or within the window after it."""
        found: list[int] = []
        for offset in range(self.window):
            found.extend(self.rows.get(day + dt.timedelta(days=offset), ()))
        return tuple(found)


def day_leads(documents: Sequence[Document], story: StoryIndex, lead: int, window: int = 2) -> DayLeads:
    """Collect, per publication day, the undated sentences among each article's first ``lead`` sentences."""
    rows: dict[dt.date, list[int]] = defaultdict(list)
    if lead > 0:
        for d, document in enumerate(documents):
            day = document.article.published
            for sentence in document.sentences[:lead]:
                if not sentence.timexes:
                    rows[day].append(story.row(d, sentence.index))
    return DayLeads({day: tuple(found) for day, found in rows.items()}, max(1, window))


def day_closeness(
    leads: DayLeads, day: dt.date | None, story: StoryIndex, rows: Sequence[int]
) -> NDArray[np.float64] | None:
    """Cosine of each of ``rows`` with the day centroid of ``day``; None when the day has no lead."""
    if day is None:
        return None
    found = leads.of(day)
    if not found:
        return None
    if not story.vectors[list(found)].nnz:
        return None
    return np.maximum(story.closeness(rows, found), 0.0)
