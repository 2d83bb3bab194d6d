"""The exceptions chronicle raises.

Every error the library raises on purpose derives from :class:`ChronicleError`, so a caller (the CLI, a
notebook, a distributed worker) can catch one type and report a clean message::

    ChronicleError
    ├── InputError            a file or record cannot be read as an article (names the file and the problem)
    │   ├── DateError         an article's publication date is missing, malformed or impossible
    │   └── AnnotationError   annotating an article failed (with the error policy ``raise``)
    ├── OptionsError          an option value makes no sense (negative --dates, unknown --format, ...)
    ├── TimelineFormatError   a timeline file (tilse text or chronicle JSON) is malformed
    └── StoreError            the annotation store is unusable (wrong schema version, corrupt file)

Inputs that cannot be read are not fatal for a run: readers turn an :class:`InputError` into a skip record so
the rest of the input is processed and every file is accounted for. An article whose annotation fails is
handled by the run's :class:`OnError` policy: ``skip`` records its input as skipped with a one-line reason,
``raise`` raises an :class:`AnnotationError` naming the input.
"""

from __future__ import annotations

from enum import StrEnum


class OnError(StrEnum):
    """What a run does when one article fails in a per-article stage."""

    RAISE = "raise"  # stop with an AnnotationError naming the input
    SKIP = "skip"  # record the input as skipped, with the reason, and go on


class ChronicleError(Exception):
    """Base of every error chronicle raises on purpose."""


class InputError(ChronicleError):
    """An input file or record cannot be read as an article."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class DateError(InputError):
    """An article's publication date is missing, malformed or impossible."""


class AnnotationError(InputError):
    """Annotating an article (cleaning, sentences, dates) failed; names the input it was read from."""

    @staticmethod
    def reason_for(error: BaseException) -> str:
        """The one-line reason recorded for an input whose annotation raised ``error``."""
        return " ".join(f"annotation failed: {type(error).__name__}: {error}".split())


class OptionsError(ChronicleError):
    """An option value makes no sense."""


class TimelineFormatError(ChronicleError):
    """A timeline file is malformed."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class StoreError(ChronicleError):
    """The annotation store cannot be used."""
