"""Every output chronicle writes, in every format: the one registry the commands use.

One module per shape, each taking model objects (``chronicle.model``; benchmark results from
``chronicle.evaluate``) and never the pipeline:

==================  ===============================================  =========================================
module              what                                             JSON schema
==================  ===============================================  =========================================
``timeline``        timeline JSON both ways, timeline files           ``chronicle.timeline/1``
``tilse``           timelines in the TLS datasets' text format
``citation``        a citation as JSON (timeline and claims JSON)
``text``            terminal view and Markdown of a timeline
``html``            the self-contained HTML page
``timelinejs``      TimelineJS 3 JSON                                 TimelineJS's own
``claims``          claims, conflicts, updates, agreements            ``chronicle.claims/2``
``entities``        entities with aliases and mentions                ``chronicle.entities/1``
``report``          the run report and the add report                 ``chronicle.report/1``,
                                                                     ``chronicle.add-report/1``
``bench``           benchmark results                                 ``chronicle.bench/1``
``scores``          one timeline's scores (``chronicle evaluate``)
``ask``             answers to questions, with quotes and             ``chronicle.reply/1``,
                    disagreements (``chronicle ask``)                 ``chronicle.replies/1``
==================  ===============================================  =========================================

Each :class:`~chronicle.outputs.formats.Output` below names one kind of output and maps format names (from
:data:`~chronicle.outputs.formats.FORMATS`) to renderers. To add a format to an output, add its renderer
here; to add an output, write its module and declare it here.
"""

from __future__ import annotations

from collections.abc import Sequence

from chronicle.errors import OptionsError
from chronicle.evaluate import BenchResult, Evaluation
from chronicle.model import AddResult, Origin, Reply, Run, Timeline
from chronicle.outputs.ask import replies_markdown, replies_text, replies_to_json
from chronicle.outputs.bench import bench_table, bench_text, bench_to_json
from chronicle.outputs.claims import claims_markdown, claims_text, claims_to_json
from chronicle.outputs.entities import entities_markdown, entities_text, entities_to_json
from chronicle.outputs.formats import FORMATS, Output, json_text
from chronicle.outputs.html import render_html
from chronicle.outputs.report import add_report_to_json, report_to_json
from chronicle.outputs.scores import evaluation_table, evaluation_text, evaluation_to_json
from chronicle.outputs.text import plain_text, render_markdown, render_terminal
from chronicle.outputs.tilse import timeline_to_tilse
from chronicle.outputs.timeline import timeline_to_json
from chronicle.outputs.timelinejs import timeline_to_timelinejs

__all__ = [
    "ADD_REPORT",
    "ASK",
    "BENCH",
    "CLAIMS",
    "ENTITIES",
    "EVALUATION",
    "FORMATS",
    "RUN_REPORT",
    "TIMELINE",
    "Output",
]


def _tilse(timeline: Timeline) -> str:
    try:
        return timeline_to_tilse(timeline)
    except ValueError as error:  # an entry that is not a day
        raise OptionsError(f"cannot write tilse text: {error}") from None


def _origins(run: Run) -> dict[str, tuple[Origin, ...]]:
    """Each article's inputs, so that every claim names the file (or URL) it came from."""
    return {article.id: article.origins for article in run.corpus.articles}


TIMELINE: Output[Run] = Output(
    "timeline",
    {
        "terminal": lambda run: plain_text(render_terminal(run.timeline)),
        "json": lambda run: json_text(timeline_to_json(run.timeline)),
        "markdown": lambda run: render_markdown(run.timeline),
        "html": render_html,
        "timelinejs": lambda run: json_text(timeline_to_timelinejs(run.timeline)),
        "tilse": lambda run: _tilse(run.timeline),
    },
    live=lambda run: render_terminal(run.timeline),
)
CLAIMS: Output[Run] = Output(
    "claims",
    {
        "terminal": lambda run: claims_text(run.claims, run.claim_groups),
        "json": lambda run: json_text(claims_to_json(run.claims, run.claim_groups, _origins(run))),
        "markdown": lambda run: claims_markdown(run.claims, run.claim_groups),
    },
)
ENTITIES: Output[Run] = Output(
    "entities",
    {
        "terminal": lambda run: entities_text(run.entities),
        "json": lambda run: json_text(entities_to_json(run.entities, run.recognizer)),
        "markdown": lambda run: entities_markdown(run.entities),
    },
)
RUN_REPORT: Output[Run] = Output(
    "run report", {"json": lambda run: json_text(report_to_json(run.corpus, run.documents))}
)
ADD_REPORT: Output[AddResult] = Output(
    "add report", {"json": lambda result: json_text(add_report_to_json(result))}
)
BENCH: Output[BenchResult] = Output(
    "benchmark", {"terminal": bench_text, "json": lambda r: json_text(bench_to_json(r))}, live=bench_table
)
EVALUATION: Output[Evaluation] = Output(
    "scores",
    {"terminal": evaluation_text, "json": lambda e: json_text(evaluation_to_json(e))},
    live=evaluation_table,
)
ASK: Output[Sequence[Reply]] = Output(
    "answers",
    {
        "terminal": replies_text,
        "json": lambda replies: json_text(replies_to_json(replies)),
        "markdown": replies_markdown,
    },
)
