"""Progress: the one way a long stage says how far it has got.

A :class:`Progress` is called as ``progress(stage, done, total)``: ``stage`` names the work (``read``,
``annotate``, ``store``, ``timeline``...), ``done`` counts the items finished so far and ``total`` is how many
there are, or None when unknown. The library never prints; the CLI turns these calls into progress bars.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["Progress", "silent"]


class Progress(Protocol):
    def __call__(self, stage: str, done: int, total: int | None, /) -> None: ...


def silent(stage: str, done: int, total: int | None, /) -> None:
    """The progress callback that ignores everything (the default)."""
    return None
