"""``chronicle ask``: questions answered from the pages, each answer with its quotes, or "not stated"."""

from __future__ import annotations

from pathlib import Path

import click

from chronicle.cli import EXIT_USAGE, main
from chronicle.cli._common import (
    choose_format,
    emit,
    exit_for,
    fail,
    library_errors,
    output_options,
    run_pipeline,
    run_report_options,
    store_option,
)
from chronicle.outputs import ASK
from chronicle.pipeline import PipelineOptions


@main.command("ask")
@click.argument("args", nargs=-1, metavar="INPUTS... QUESTION")
@store_option("Answer from the annotation store FILE (see `chronicle add`); INPUTS, if any, are added first.")
@click.option(
    "--questions",
    "questions_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help='Ask every question in FILE (one a line, or JSON Lines {"question": ...}); every ARG is an input.',
)
@output_options(ASK)
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
    help="Least confidence an answer needs (default 0.24); below it: not stated in these sources.",
)
@click.option("--no-cross-check", is_flag=True, help="Do not look for disagreements through the claims.")
@run_report_options
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
    from chronicle.ask import Asker, AskOptions
    from chronicle.ask.batch import read_questions

    with library_errors():
        fmt = choose_format(ASK, fmt, output)
        if questions_file is not None:
            questions = read_questions(questions_file)
            inputs = [Path(a) for a in args]
        elif args:
            questions, inputs = [args[-1]], [Path(a) for a in args[:-1]]
        else:
            fail("give a QUESTION (after the INPUTS), or --questions FILE", EXIT_USAGE)
        if store_path is None and not inputs:
            fail("give INPUTS (files or folders) before the QUESTION, or --store FILE", EXIT_USAGE)
        options = AskOptions(answers=answers, cross_check=not no_cross_check)
        if threshold is not None:
            options = AskOptions(answers=answers, cross_check=not no_cross_check, threshold=threshold)
        run = run_pipeline(
            PipelineOptions(stages=()), inputs, store=store_path, no_progress=no_progress, quiet=quiet
        )
        asker = Asker(run.documents, options)
        emit(ASK, [asker.ask(q) for q in questions], fmt, output)
    exit_for(run.corpus.inputs)
