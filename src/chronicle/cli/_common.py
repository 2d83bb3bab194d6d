"""What every command shares: options, error mapping, the run report on stderr, progress bars, and writing
an output (:mod:`chronicle.outputs`) in the format asked for."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.progress import Progress as ProgressDisplay

from chronicle.atomic import write_atomic
from chronicle.cli import EXIT_ERROR, EXIT_SKIPPED
from chronicle.errors import ChronicleError
from chronicle.model import InputRecord, InputStatus, Run
from chronicle.outputs import Output
from chronicle.outputs.formats import FORMATS
from chronicle.outputs.report import skipped_lines, summary_line
from chronicle.pipeline import Pipeline, PipelineOptions
from chronicle.progress import Progress

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

# Arguments and options several commands share, declared once.
inputs_argument = click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE."
)
no_progress_option = click.option("--no-progress", is_flag=True, help="Do not draw a progress bar.")
quiet_option = click.option("--quiet", is_flag=True, help="Do not print the run report on stderr.")
no_model_option = click.option(
    "--no-model", is_flag=True, help="Use the rule-based recognizer even if spaCy's model is installed."
)


def format_option(output: Output[Any]) -> Callable[[F], F]:
    """``-f/--format`` with the formats of ``output``; by default the ``-o`` extension decides."""
    extensions = ", ".join(ext for fmt in output.formats for ext in FORMATS[fmt])
    return click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(output.formats),
        help=f"Output format. Default: from the -o extension ({extensions}), else the terminal view.",
    )


def output_options(output: Output[Any]) -> Callable[[F], F]:
    """``-o/--output`` and ``-f/--format`` (the formats of ``output``)."""

    def decorate(command: F) -> F:
        return output_option(format_option(output)(command))

    return decorate


def run_report_options(command: F) -> F:
    """``--no-progress`` and ``--quiet``: what a command that reads inputs shows on stderr."""
    return no_progress_option(quiet_option(command))


def store_option(help: str, *, required: bool = False) -> Callable[[F], F]:
    """``-s/--store FILE``: the annotation store (see ``chronicle add``)."""
    return click.option(
        "-s",
        "--store",
        "store_path",
        required=required,
        type=click.Path(dir_okay=False, path_type=Path),
        help=help,
    )


def report_option(help: str) -> Callable[[F], F]:
    """``--report FILE``: a JSON report of every input."""
    return click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path), help=help)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
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
def progress_bar(enabled: bool) -> Iterator[Progress]:
    """A progress callback drawing a bar on stderr (silent when disabled or stderr is not a terminal)."""
    console = stderr_console()
    if not enabled or not console.is_terminal:
        yield lambda stage, done, total: None
        return
    with ProgressDisplay(
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


def report_inputs(summary: str, records: Iterable[InputRecord], quiet: bool) -> None:
    """The run report on stderr: one summary line, then one line per skipped input."""
    if quiet:
        return
    console = stderr_console()
    # soft_wrap: one line per record whatever the width (rich would fold a long path at 80 columns)
    console.print(summary, markup=False, soft_wrap=True)
    for line in skipped_lines(records):
        console.print(line, markup=False, style="yellow", soft_wrap=True)


def run_pipeline(
    options: PipelineOptions,
    inputs: Iterable[Path],
    *,
    store: Path | None = None,
    no_progress: bool = False,
    quiet: bool = False,
) -> Run:
    """Run the pipeline with a progress bar, then print the run report on stderr."""
    with progress_bar(not no_progress) as progress:
        run = Pipeline(options, progress=progress).run(inputs, store=store)
    report_inputs(summary_line(run.corpus, run.documents), run.corpus.inputs, quiet)
    return run


def run_and_emit(
    output: Output[Run],
    options: PipelineOptions,
    inputs: Iterable[Path],
    path: Path | None,
    fmt: str | None,
    *,
    no_progress: bool,
    quiet: bool,
) -> None:
    """A command that runs the pipeline over ``inputs`` and writes ``output`` of the run, whole: the format
    chosen, the run, the output written, exit code 3 if an input was skipped."""
    with library_errors():
        fmt = choose_format(output, fmt, path)
        run = run_pipeline(options, inputs, no_progress=no_progress, quiet=quiet)
        emit(output, run, fmt, path)
    exit_for(run.corpus.inputs)


def choose_format(output: Output[Any], fmt: str | None, path: Path | None) -> str:
    """The format asked for: ``--format``, else the extension of ``-o``, else the terminal view."""
    if fmt is not None:
        return fmt
    return output.format_for_path(path) if path is not None else "terminal"


def emit(output: Output[T], value: T, fmt: str, path: Path | None, *, width: int | None = None) -> None:
    """Write ``value`` in ``fmt`` to ``path`` atomically, or to stdout: the terminal format as a rich view
    when the output has one (``width`` columns when stdout is not a terminal; None: rich's default)."""
    if path is None and fmt == "terminal" and output.live is not None:
        console = Console(highlight=False, width=None if sys.stdout.isatty() else width)
        console.print(output.live(value))
        return
    text = output.render(value, fmt)
    if path is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        write_atomic(path, text)


def exit_for(records: Iterable[InputRecord]) -> None:
    """Exit with code 3 when an input was skipped (after everything was written)."""
    if any(r.status is InputStatus.SKIPPED for r in records):
        raise SystemExit(EXIT_SKIPPED)
