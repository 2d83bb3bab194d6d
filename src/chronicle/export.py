"""Every output format of a run, by name: ``render(run, "markdown")``."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType

from rich.console import Console

from chronicle.errors import OptionsError
from chronicle.html import render_html
from chronicle.pipeline import Run
from chronicle.render import render_markdown, render_terminal
from chronicle.timeline_io import timeline_to_json
from chronicle.timelinejs import timeline_to_timelinejs


def _terminal(run: Run, width: int | None) -> str:
    console = Console(width=width or 100, record=True, file=io.StringIO(), color_system=None)
    console.print(render_terminal(run.timeline))
    return console.export_text()


def _json(run: Run, width: int | None) -> str:
    return json.dumps(timeline_to_json(run.timeline), indent=2, ensure_ascii=False) + "\n"


def _markdown(run: Run, width: int | None) -> str:
    return render_markdown(run.timeline)


def _html(run: Run, width: int | None) -> str:
    return render_html(run)


def _timelinejs(run: Run, width: int | None) -> str:
    return json.dumps(timeline_to_timelinejs(run), indent=2, ensure_ascii=False) + "\n"


FORMATS: Mapping[str, Callable[[Run, int | None], str]] = MappingProxyType(
    {
        "terminal": _terminal,
        "json": _json,
        "markdown": _markdown,
        "html": _html,
        "timelinejs": _timelinejs,
    }
)
_EXTENSIONS = MappingProxyType(
    {
        ".json": "json",
        ".md": "markdown",
        ".markdown": "markdown",
        ".txt": "terminal",
        ".html": "html",
        ".htm": "html",
    }
)


def format_for_path(path: Path) -> str:
    """The format a file name asks for (``story.md`` is Markdown); raises OptionsError when unknown."""
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(_EXTENSIONS))
        raise OptionsError(f"cannot tell the format of {path} from its extension ({known}); use --format")
    return fmt


def render(run: Run, fmt: str, width: int | None = None) -> str:
    """The run's timeline in format ``fmt``."""
    try:
        renderer = FORMATS[fmt]
    except KeyError:
        raise OptionsError(f"unknown format {fmt!r}; known: {', '.join(sorted(FORMATS))}") from None
    return renderer(run, width)
