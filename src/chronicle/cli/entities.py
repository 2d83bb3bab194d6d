"""``chronicle entities``: the people, places and organisations the pages name, merged across outlets."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import click

from chronicle.cli import EXIT_SKIPPED, main
from chronicle.cli._common import (
    library_errors,
    no_progress_option,
    output_option,
    progress_bar,
    quiet_option,
    report_inputs,
    write_output,
)
from chronicle.entities import Recognizer, RuleRecognizer, default_recognizer, extract_entities
from chronicle.model import Document, Entity
from chronicle.pipeline import annotate_corpus
from chronicle.read import read_corpus

FORMATS = ("terminal", "json", "markdown")


def read_documents(
    inputs: Sequence[Path], quiet: bool, no_progress: bool
) -> tuple[tuple[Document, ...], bool]:
    """Read and annotate ``inputs``, print the run report; also whether some input was skipped."""
    with progress_bar(not no_progress) as progress:
        corpus = read_corpus(inputs, on_progress=lambda n: progress("read", n, None))
        documents = annotate_corpus(corpus, progress)
    report_inputs(corpus, quiet)
    return documents, bool(corpus.skipped)


def recognizer_for(no_model: bool) -> Recognizer:
    return RuleRecognizer() if no_model else default_recognizer()


def entities_json(entities: Sequence[Entity], recognizer: str) -> dict[str, object]:
    return {
        "schema": "chronicle.entities/1",
        "recognizer": recognizer,
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind.value,
                "aliases": list(e.aliases),
                "mentions": [
                    {"article_id": m.article_id, "start": m.start, "end": m.end, "text": m.text}
                    for m in e.mentions
                ],
            }
            for e in entities
        ],
    }


def _articles(entity: Entity) -> int:
    return len({m.article_id for m in entity.mentions})


def render_entities(entities: Sequence[Entity], fmt: str, recognizer: str) -> str:
    if fmt == "json":
        return json.dumps(entities_json(entities, recognizer), indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        lines = ["| name | kind | aliases | mentions | articles |", "|---|---|---|---|---|"]
        lines += [
            f"| {e.name} | {e.kind.value} | {', '.join(e.aliases)} | {len(e.mentions)} | {_articles(e)} |"
            for e in entities
        ]
        return "\n".join(lines) + "\n"
    lines = [
        f"{e.name:<40} {e.kind.value:<13} {len(e.mentions):>4} mentions in {_articles(e):>3} articles"
        + (f"  aka {', '.join(e.aliases)}" if e.aliases else "")
        for e in entities
    ]
    return "\n".join(lines) + "\n"


# Options `entities` and `claims` share.
format_option = click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="terminal",
    show_default=True,
    help="Output format.",
)
no_model_option = click.option(
    "--no-model", is_flag=True, help="Use the rule-based recognizer even if spaCy's model is installed."
)


@main.command("entities")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@output_option
@format_option
@no_model_option
@no_progress_option
@quiet_option
def entities_command(
    inputs: tuple[Path, ...], output: Path | None, fmt: str, no_model: bool, no_progress: bool, quiet: bool
) -> None:
    """List the people, places and organisations INPUTS name, merged across outlets with their aliases.

    Spelling variants (Zelensky / Zelenskyy), acronyms ("Security Service of Ukraine (SBU)") and surnames
    standing for a full name are merged under one canonical name.
    """
    with library_errors():
        documents, skipped = read_documents(inputs, quiet, no_progress)
        recognizer = recognizer_for(no_model)
        entities = extract_entities(documents, recognizer)
        write_output(render_entities(entities, fmt, recognizer.name), output)
    if skipped:
        raise SystemExit(EXIT_SKIPPED)
