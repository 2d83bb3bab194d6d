"""What every command shares: error mapping, the run report on stderr, progress bars, writing outputs."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from chronicle.atomic import write_atomic
from chronicle.errors import ChronicleError
from chronicle.model import Corpus
from chronicle.report import summary_line

T = TypeVar("T")

# Options several commands share, declared once.
output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE."
)
no_progress_option = click.option("--no-progress", is_flag=True, help="Do not draw a progress bar.")
quiet_option = click.option("--quiet", is_flag=True, help="Do not print the run report on stderr.")


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def fail(message: str, code: int = 1) -> None:
    """Print ``message`` on stderr and exit with ``code``."""
    click.echo(f"chronicle: error: {message}", err=True)
    sys.exit(code)


@contextmanager
def library_errors() -> Iterator[None]:
    """Turn a library error into a one-line message and exit code 1 (never a traceback)."""
    try:
        yield
    except ChronicleError as error:
        fail(str(error))
    except OSError as error:
        fail(f"{error.filename or ''}: {error.strerror or error}".lstrip(": "))


@contextmanager
def progress_bar(enabled: bool) -> Iterator[Callable[[str, int, int | None], None]]:
    """A progress callback drawing a bar on stderr (silent when disabled or stderr is not a terminal)."""
    console = stderr_console()
    if not enabled or not console.is_terminal:
        yield lambda stage, done, total: None
        return
    with Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def update(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def report_inputs(corpus: Corpus, quiet: bool) -> None:
    """The run report on stderr: one summary line, then one line per skipped input."""
    if quiet:
        return
    console = stderr_console()
    # soft_wrap: one line per record whatever the width (rich would fold a long path at 80 columns)
    console.print(summary_line(corpus), markup=False, soft_wrap=True)
    for record in corpus.skipped:
        console.print(
            f"skipped {record.where}: {record.reason}", markup=False, style="yellow", soft_wrap=True
        )


def write_output(text: str, output: Path | None) -> None:
    """Write to ``output`` atomically, or to stdout."""
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        write_atomic(output, text)
