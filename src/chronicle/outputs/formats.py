"""Format names, the file extensions that ask for them, and :class:`Output`: one kind of output with a
renderer per format.

Every command writes through an :class:`Output` (the registry of them is :mod:`chronicle.outputs`), so a
format means the same thing everywhere, ``-o story.md`` asks for Markdown in every command that has it, and
an unknown format or extension is the same clean error everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from chronicle.errors import OptionsError

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = ["FORMATS", "Output", "json_text"]

T = TypeVar("T")

# Every format name, with the file extensions that ask for it (a format without one is chosen by name only).
FORMATS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "terminal": (".txt",),
        "json": (".json",),
        "markdown": (".md", ".markdown"),
        "html": (".html", ".htm"),
        "timelinejs": (),
        "tilse": (),
    }
)


def json_text(data: Any) -> str:
    """JSON as chronicle writes it: indented, UTF-8 characters as themselves, no NaN, a final newline.

    Raises ``ValueError`` for a value JSON cannot hold (a NaN or infinite number)."""
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


@dataclass(frozen=True)
class Output(Generic[T]):
    """One kind of output (a timeline, the claims, the run report...) and its renderer for each format.

    ``live``, when given, is the rich view printed to a terminal (colours, panels, tables); written to a
    file or a pipe, the ``terminal`` format is plain text.
    """

    name: str
    renderers: Mapping[str, Callable[[T], str]]
    live: Callable[[T], RenderableType] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        unknown = set(self.renderers) - set(FORMATS)
        if unknown:
            raise ValueError(f"{self.name}: formats not in the registry: {', '.join(sorted(unknown))}")
        object.__setattr__(self, "renderers", MappingProxyType(dict(self.renderers)))

    @property
    def formats(self) -> tuple[str, ...]:
        """The format names this output can be written in, in registry order."""
        return tuple(f for f in FORMATS if f in self.renderers)

    def render(self, value: T, fmt: str) -> str:
        """``value`` as text in format ``fmt``; raises OptionsError for a format this output lacks."""
        try:
            renderer = self.renderers[fmt]
        except KeyError:
            raise OptionsError(
                f"unknown format {fmt!r} for the {self.name}; known: {', '.join(self.formats)}"
            ) from None
        return renderer(value)

    def format_for_path(self, path: Path) -> str:
        """The format a file name asks for (``story.md`` is Markdown); raises OptionsError when the
        extension names no format of this output."""
        suffix = path.suffix.lower()
        for fmt in self.formats:
            if suffix in FORMATS[fmt]:
                return fmt
        known = ", ".join(ext for fmt in self.formats for ext in FORMATS[fmt])
        raise OptionsError(f"cannot tell the format of {path} from its extension ({known}); use --format")
