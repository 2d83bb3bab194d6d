"""``chronicle ask``: questions answered from the pages, each answer with its quotes, or "not stated"."""

from __future__ import annotations

from pathlib import Path

import click

from chronicle.cli import EXIT_SKIPPED, main
from chronicle.cli._common import (
    fail,
    library_errors,
    no_progress_option,
    output_option,
    quiet_option,
    write_output,
)
from chronicle.cli.entities import read_documents

FORMATS = ("terminal", "json", "markdown")


@main.command("ask")
@click.argument("args", nargs=-1, metavar="INPUTS... QUESTION")
@click.option(
    "--store",
    "store_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Answer from the annotation store FILE (see `chronicle add`) instead of INPUTS.",
)
@click.option(
    "--questions",
    "questions_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help='Ask every question in FILE (one a line, or JSON Lines {"question": ...}); then all ARGS are INPUTS.',
)
@output_option
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (default: from -o, else terminal).",
)
@click.option(
    "--answers",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="At most N answers a question.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Least confidence to answer (default 0.3); below it: not stated in these sources.",
)
@click.option("--no-cross-check", is_flag=True, help="Do not look for disagreements through the claims.")
@no_progress_option
@quiet_option
def ask_command(
    args: tuple[str, ...],
    store_path: Path | None,
    questions_file: Path | None,
    output: Path | None,
    fmt: str | None,
    answers: int,
    threshold: float | None,
    no_cross_check: bool,
    no_progress: bool,
    quiet: bool,
) -> None:
    """Answer QUESTION from INPUTS (files or folders) or a --store, quoting the sentences it is read from.

    When, how many / how much, how old, who, where, which / what: the answer is read from the sources only
    (a grounded date with its precision, a number with its unit, a name, or the best sentence), each with
    its outlet, file, date, exact sentence and offsets. Where sources disagree both sides are shown; when
    they do not say, the answer is "not stated in these sources".
    """
    from chronicle.ask import AskOptions, Asker
    from chronicle.ask.batch import read_questions
    from chronicle.ask.render import replies_markdown, replies_text, replies_to_json

    with library_errors():
        if questions_file is not None:
            questions = read_questions(questions_file)
            inputs = [Path(a) for a in args]
        else:
            if not args:
                fail("give a QUESTION (after the INPUTS), or --questions FILE", 2)
            questions = [args[-1]]
            inputs = [Path(a) for a in args[:-1]]
        if store_path is not None and inputs:
            fail("give INPUTS or --store FILE, not both", 2)
        if store_path is None and not inputs:
            fail("give INPUTS (files or folders) before the QUESTION, or --store FILE", 2)
        chosen = fmt or _format_of(output)
        base = AskOptions(answers=answers, cross_check=not no_cross_check)
        options = (
            base
            if threshold is None
            else AskOptions(answers=answers, cross_check=not no_cross_check, threshold=threshold)
        )
        skipped = False
        if store_path is not None:
            asker = Asker.from_store(store_path, options)
        else:
            documents, skipped = read_documents(inputs, quiet, no_progress)
            asker = Asker(documents, options)
        replies = [asker.ask(q) for q in questions]
        render = {"json": replies_to_json, "markdown": replies_markdown}.get(chosen, replies_text)
        write_output(render(replies), output)
    if skipped:
        raise SystemExit(EXIT_SKIPPED)


def _format_of(output: Path | None) -> str:
    if output is None:
        return "terminal"
    suffix = output.suffix.lower()
    return {".json": "json", ".md": "markdown", ".markdown": "markdown"}.get(suffix, "terminal")
