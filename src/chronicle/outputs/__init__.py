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

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from chronicle.errors import OptionsError
from chronicle.model import AddResult, Origin, Reply, Run, Timeline
from chronicle.outputs.formats import FORMATS, Output, json_text

if TYPE_CHECKING:
    from chronicle.evaluate import BenchResult, Evaluation

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


def _f(module: str, name: str) -> Callable[..., Any]:
    """A renderer of ``chronicle.outputs.<module>``, imported when first used: a command imports only the
    modules of what it writes (the claims and HTML modules are not loaded to answer a question)."""
    return getattr(importlib.import_module(f"chronicle.outputs.{module}"), name)  # type: ignore[no-any-return]


def _tilse(timeline: Timeline) -> str:
    try:
        return str(_f("tilse", "timeline_to_tilse")(timeline))
    except ValueError as error:  # an entry that is not a day
        raise OptionsError(f"cannot write tilse text: {error}") from None


def _origins(run: Run) -> dict[str, tuple[Origin, ...]]:
    """Each article's inputs, so that every claim names the file (or URL) it came from."""
    return {article.id: article.origins for article in run.corpus.articles}


TIMELINE: Output[Run] = Output(
    "timeline",
    {
        "terminal": lambda run: _f("text", "plain_text")(_f("text", "render_terminal")(run.timeline)),
        "json": lambda run: json_text(_f("timeline", "timeline_to_json")(run.timeline)),
        "markdown": lambda run: _f("text", "render_markdown")(run.timeline),
        "html": lambda run: _f("html", "render_html")(run),
        "timelinejs": lambda run: json_text(_f("timelinejs", "timeline_to_timelinejs")(run.timeline)),
        "tilse": lambda run: _tilse(run.timeline),
    },
    live=lambda run: _f("text", "render_terminal")(run.timeline),
)
CLAIMS: Output[Run] = Output(
    "claims",
    {
        "terminal": lambda run: _f("claims", "claims_text")(run.claims, run.claim_groups),
        "json": lambda run: json_text(
            _f("claims", "claims_to_json")(run.claims, run.claim_groups, _origins(run))
        ),
        "markdown": lambda run: _f("claims", "claims_markdown")(run.claims, run.claim_groups),
    },
)
ENTITIES: Output[Run] = Output(
    "entities",
    {
        "terminal": lambda run: _f("entities", "entities_text")(run.entities),
        "json": lambda run: json_text(_f("entities", "entities_to_json")(run.entities, run.recognizer)),
        "markdown": lambda run: _f("entities", "entities_markdown")(run.entities),
    },
)
RUN_REPORT: Output[Run] = Output(
    "run report", {"json": lambda run: json_text(_f("report", "report_to_json")(run.corpus, run.documents))}
)
ADD_REPORT: Output[AddResult] = Output(
    "add report", {"json": lambda result: json_text(_f("report", "add_report_to_json")(result))}
)
BENCH: Output[BenchResult] = Output(
    "benchmark",
    {
        "terminal": lambda r: _f("bench", "bench_text")(r),
        "json": lambda r: json_text(_f("bench", "bench_to_json")(r)),
    },
    live=lambda r: _f("bench", "bench_table")(r),
)
EVALUATION: Output[Evaluation] = Output(
    "scores",
    {
        "terminal": lambda e: _f("scores", "evaluation_text")(e),
        "json": lambda e: json_text(_f("scores", "evaluation_to_json")(e)),
    },
    live=lambda e: _f("scores", "evaluation_table")(e),
)
ASK: Output[Sequence[Reply]] = Output(
    "answers",
    {
        "terminal": lambda replies: _f("ask", "replies_text")(replies),
        "json": lambda replies: json_text(_f("ask", "replies_to_json")(replies)),
        "markdown": lambda replies: _f("ask", "replies_markdown")(replies),
    },
)
