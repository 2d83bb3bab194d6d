"""The pipeline: stages, options, progress, the error policy (the same in memory and with a store), hostile
input, its cost on adversarial pages, and output that survives interruption.

* stages run as the options ask, report progress through one callback, and a failing article is skipped
  with its reason or raised, identically in memory and through a store;
* the pipeline over the hostile folder (``scripts/make_hostile.py``): every input has a record, every
  read article becomes a document whose offsets are exact;
* adversarial pages: doubling the input at most ~2.5x the work, compared in one run (best of three
  timings, a ratio, never an absolute time);
* outputs: an interrupted write (rename fails; SIGINT or SIGKILL while the temporary file is written)
  leaves the previous output intact, and no temporary file behind unless the process was SIGKILLed.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import chronicle.annotate
from chronicle.annotate import annotate
from chronicle.atomic import write_atomic
from chronicle.cli import EXIT_SKIPPED, main
from chronicle.engine import EARLIER_COPY_FAILED
from chronicle.errors import AnnotationError, OnError, OptionsError
from chronicle.model import Article, BlockKind, Document, InputStatus, Origin
from chronicle.pipeline import CROSS_CHECK, DOCUMENT_STAGES, Pipeline, PipelineOptions, Stage
from chronicle.read import article_id
from chronicle.timeline import TimelineOptions

ROOT = Path(__file__).resolve().parents[1]


def _make_hostile() -> Callable[[Path, Path], Path]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_hostile", ROOT / "scripts" / "make_hostile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    maker: Callable[[Path, Path], Path] = module.make_hostile
    return maker


# --- stages, options, progress ---------------------------------------------------------------------------


def test_options_normalise_stage_names_and_refuse_impossible_plans() -> None:
    options = PipelineOptions(stages=("conflicts", "claims", "entities"), on_error="raise")  # type: ignore[arg-type]
    assert options.stages == CROSS_CHECK  # in pipeline order, as Stage values
    assert options.on_error is OnError.RAISE
    with pytest.raises(OptionsError, match="needs the entities stage"):
        PipelineOptions(stages=(Stage.CLAIMS,))
    with pytest.raises(OptionsError, match="not a document stage"):
        PipelineOptions(stages=(Stage.READ,))
    with pytest.raises(OptionsError):
        PipelineOptions(on_error="ignore")  # type: ignore[arg-type]


def test_every_stage_reports_progress_through_one_callback(seeds_dir: Path) -> None:
    calls: list[tuple[str, int, int | None]] = []
    options = PipelineOptions(entity_model=False)
    run = Pipeline(options, progress=lambda stage, done, total: calls.append((stage, done, total))).run(
        [seeds_dir]
    )
    assert run.stages == (Stage.READ, Stage.ANNOTATE, *DOCUMENT_STAGES)
    assert list(dict.fromkeys(stage for stage, _, _ in calls)) == list(run.stages)
    assert ("read", 2, None) in calls
    assert [c for c in calls if c[0] == "annotate"] == [("annotate", 1, 2), ("annotate", 2, 2)]
    assert run.entities and run.claims and run.recognizer == "rules"


def test_cross_check_is_left_out_over_the_sentence_limit(seeds_dir: Path) -> None:
    def run(limit: int | None) -> tuple[Stage, ...]:
        options = PipelineOptions(cross_check_limit=limit, entity_model=False)
        return Pipeline(options).run([seeds_dir]).stages

    documents = Pipeline(PipelineOptions(stages=())).run([seeds_dir]).documents
    sentences = sum(len(d.sentences) for d in documents)
    assert Stage.CONFLICTS not in run(sentences - 1)
    assert Stage.CONFLICTS in run(sentences) and Stage.CONFLICTS in run(None)


def test_a_store_run_gives_the_in_memory_run(seeds_dir: Path, tmp_path: Path) -> None:
    options = PipelineOptions(entity_model=False)
    memory = Pipeline(options).run([seeds_dir])
    calls: list[str] = []
    stored = Pipeline(options, progress=lambda stage, done, total: calls.append(stage)).run(
        [seeds_dir], store=tmp_path / "s.db"
    )
    assert stored.stages == (Stage.STORE, Stage.LOAD, *DOCUMENT_STAGES)
    assert {"store", "load", "timeline"} <= set(calls)
    assert stored.timeline == memory.timeline
    assert stored.claim_groups == memory.claim_groups
    assert stored.corpus.inputs == memory.corpus.inputs
    again = Pipeline(options).run(store=tmp_path / "s.db")  # nothing new: built from the store alone
    assert again.timeline == memory.timeline and again.corpus.inputs == ()
    with pytest.raises(OptionsError):
        Pipeline(options).run()


# --- one error policy, in memory and through a store ------------------------------------------------------

MARKER = "Kestrel-Quay-Failure"


@pytest.fixture()
def failing_folder(tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seeds, a page the annotator fails on (a bug simulated on its text) and an identical copy of it."""
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted(seeds_dir.iterdir()):
        (folder / seed.name).write_bytes(seed.read_bytes())
    page = f" date 2024-05-06 \nThe quay at Kestrel flooded on Monday, the harbour master said. {MARKER}\n"
    (folder / "bad.txt").write_text(page, encoding="utf-8")
    (folder / "bad-copy.txt").write_text(page, encoding="utf-8")
    real = chronicle.annotate.annotate

    def failing(article: Article) -> Document:
        if MARKER in article.text:
            raise RuntimeError("boom\non two lines")
        return real(article)

    monkeypatch.setattr(chronicle.annotate, "annotate", failing)
    return folder


def _records(run_inputs: tuple[object, ...]) -> list[tuple[str, str, str | None]]:
    return [(Path(r.path).name, r.status.value, r.reason) for r in run_inputs]  # type: ignore[attr-defined]


@pytest.mark.parametrize("where", ["memory", "store"])
def test_skip_records_the_failing_input_with_a_one_line_reason(
    failing_folder: Path, tmp_path: Path, where: str
) -> None:
    store = tmp_path / "s.db" if where == "store" else None
    run = Pipeline(PipelineOptions(stages=(Stage.TIMELINE,))).run([failing_folder], store=store)
    records = {name: (status, reason) for name, status, reason in _records(run.corpus.inputs)}
    reason = "annotation failed: RuntimeError: boom on two lines"
    assert records["bad-copy.txt"] == ("skipped", reason)  # the first copy read (sorted names)
    assert records["bad.txt"] == ("skipped", EARLIER_COPY_FAILED)
    assert sum(status == "read" for status, _ in records.values()) == 2
    assert len(run.documents) == 2 and all(MARKER not in d.article.text for d in run.documents)
    assert run.timeline.entries


def test_skip_is_the_same_in_memory_and_through_a_store(failing_folder: Path, tmp_path: Path) -> None:
    options = PipelineOptions(stages=(Stage.TIMELINE,))
    memory = Pipeline(options).run([failing_folder])
    stored = Pipeline(options).run([failing_folder], store=tmp_path / "s.db")
    assert stored.corpus.inputs == memory.corpus.inputs
    assert stored.timeline == memory.timeline


@pytest.mark.parametrize("where", ["memory", "store"])
def test_raise_names_the_input(failing_folder: Path, tmp_path: Path, where: str) -> None:
    store = tmp_path / "s.db" if where == "store" else None
    pipeline = Pipeline(PipelineOptions(stages=(Stage.TIMELINE,), on_error=OnError.RAISE))
    with pytest.raises(AnnotationError) as caught:
        pipeline.run([failing_folder], store=store)
    assert (
        str(caught.value)
        == f"{failing_folder / 'bad-copy.txt'}: annotation failed: RuntimeError: boom on two lines"
    )


@pytest.mark.parametrize("store", [False, True])
def test_cli_skips_a_failing_article_with_exit_code_3(
    failing_folder: Path, tmp_path: Path, store: bool
) -> None:
    args = ["timeline", str(failing_folder), "-o", str(tmp_path / "t.json"), "--no-cross-check"]
    result = CliRunner().invoke(main, args + (["--store", str(tmp_path / "s.db")] if store else []))
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "Traceback" not in result.output
    where = failing_folder / "bad-copy.txt"
    assert (
        f"skipped {where}: annotation failed: RuntimeError: boom on two lines" in result.stderr.splitlines()
    )


# --- the library over hostile input ----------------------------------------------------------------------


def test_pipeline_accounts_for_everything(tmp_path: Path, seeds_dir: Path) -> None:
    folder = _make_hostile()(tmp_path / "in", seeds_dir)
    options = PipelineOptions(stages=(Stage.TIMELINE,), timeline=TimelineOptions(dates=5))
    run = Pipeline(options).run([folder])
    corpus = run.corpus
    statuses = {r.status for r in corpus.inputs}
    assert statuses == {InputStatus.READ, InputStatus.DUPLICATE, InputStatus.SKIPPED}
    read_ids = {r.article_id for r in corpus.inputs if r.status is InputStatus.READ}
    assert read_ids == {a.id for a in corpus.articles}
    assert len(run.documents) == len(corpus.articles)
    for document in run.documents:
        text = document.article.text
        body = [(b.start, b.end) for b in document.blocks if b.kind is BlockKind.BODY]
        for sentence in document.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            assert any(s <= sentence.start and sentence.end <= e for s, e in body)
            for timex in sentence.timexes:
                assert text[timex.start : timex.end] == timex.text
    assert run.timeline.entries
    by_id = {d.id: d.article.text for d in run.documents}
    for entry in run.timeline.entries:
        for citation in entry.citations:
            assert by_id[citation.article_id][citation.start : citation.end] == citation.quote


# --- no pathological slowness ----------------------------------------------------------------------------

PUBLISHED = dt.date(2025, 4, 10)
ADVERSARIAL = {
    "on on on": "on ",
    "digit runs": "9" * 500 + " ",
    "weekday soup": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday ",
    "month soup": "January February March May June July August ",
    "later chains": "Four days later, officials met again on December 24, 2024. ",
    "short lines": "Short line\n",
    "nested quotes": "\"'“‘«",
    "dots": ". ",
    "title abbreviations": "Dr. A ",  # blingfire cuts after each "A": every fragment ends in "Dr."
    "combining marks": "e\u0301\u0302\u0303 on Monday ",
    "one sentence": "and the council said on Monday ",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_pages_are_annotated_and_grounded(name: str) -> None:
    """Every adversarial page goes through annotation and whole-page grounding with well-formed offsets.

    How the work grows with the page (linear, never quadratic) is measured by
    ``python scripts/bench_adversarial.py`` (CPU-time ratios in one run), not asserted here: no timed unit
    tests on a shared machine.
    """
    from chronicle.temporal import ground

    unit = ADVERSARIAL[name]
    text = "The story begins here.\n" + unit * (40_000 // len(unit))
    document = annotate(Article(article_id(text), PUBLISHED, text, (Origin("bench", "bench"),)))
    for sentence in document.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for timex in sentence.timexes:
            assert text[timex.start : timex.end] == timex.text
    (timexes,) = ground(text, [(0, len(text))], PUBLISHED)
    assert all(text[t.start : t.end] == t.text for t in timexes)


# --- output safety ---------------------------------------------------------------------------------------


def _no_temporary(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_failed_rename_keeps_the_old_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "story.json"
    target.write_text("old\n", encoding="utf-8")

    def refuse(self: pathlib.Path, target: object) -> pathlib.Path:
        raise OSError(28, "No space left on device", str(self))

    monkeypatch.setattr(pathlib.Path, "replace", refuse)
    with pytest.raises(OSError):
        write_atomic(target, "new\n" * 1000)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert _no_temporary(tmp_path) == []


def test_failed_rename_in_the_cli_is_a_clean_error(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "story.json"
    target.write_text("old\n", encoding="utf-8")

    def refuse(self: pathlib.Path, target: object) -> pathlib.Path:
        raise OSError(28, "No space left on device", str(self))

    monkeypatch.setattr(pathlib.Path, "replace", refuse)
    result = CliRunner().invoke(main, ["timeline", str(seeds_dir), "-o", str(target), "--no-progress"])
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("chronicle: error:") and "No space left" in last
    assert target.read_text(encoding="utf-8") == "old\n"
    assert _no_temporary(tmp_path) == []


# The child blocks in fsync (the temporary file is written, not yet renamed) until it is signalled.
_CHILD = textwrap.dedent(
    """
    import os, sys, time
    real_fsync = os.fsync
    def stall(fd):
        if os.path.realpath(f"/proc/self/fd/{fd}").endswith(".tmp"):
            sys.stdout.write("writing\\n"); sys.stdout.flush()
            time.sleep(60)
        real_fsync(fd)
    os.fsync = stall
    from chronicle.cli import main
    main(["timeline", sys.argv[1], "-o", sys.argv[2], "--no-progress", "--quiet"])
    """
)


@pytest.mark.parametrize(
    "sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["SIGINT", "SIGTERM", "SIGKILL"]
)
def test_interrupted_cli_write_keeps_the_old_output(tmp_path: Path, seeds_dir: Path, sig: int) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "story.json"
    target.write_text("old\n", encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(seeds_dir), str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "writing\n"
        temporary = _no_temporary(out)
        assert len(temporary) == 1 and (out / temporary[0]).stat().st_size > 0  # caught mid-write
        child.send_signal(sig)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode != 0
    assert target.read_text(encoding="utf-8") == "old\n"
    assert "Traceback" not in (child.stderr.read() if child.stderr else "")
    if sig != signal.SIGKILL:
        assert _no_temporary(out) == []  # cleaned up on the way out (the CLI turns SIGTERM into an exit)
    else:
        # nothing runs after SIGKILL: the partial output stays a hidden ``.story.json.*.tmp`` file, which
        # never replaces the target and which chronicle's readers skip as a temporary file
        assert all(name.startswith(".story.json.") for name in _no_temporary(out))
