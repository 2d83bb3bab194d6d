"""English word knowledge shared by the stages: one place for every word list.

Each list is an immutable tuple, frozenset or read-only mapping, named for what it holds. A stage that needs
words of a kind imports them from here instead of spelling its own copy; a list used by a single stage and
meaningless elsewhere may stay in that stage.

Sections: calendar words (the tagger, the cleaner and the renderers).
"""

from __future__ import annotations

__all__ = ["MONTHS", "WEEKDAYS"]

# --- calendar words ---------------------------------------------------------------------------------
# Not strftime or calendar.month_name: those follow the locale.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
