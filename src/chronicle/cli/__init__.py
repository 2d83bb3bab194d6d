"""The ``chronicle`` command: thin wrappers that parse arguments, call the library, map errors to exit codes.

Each sub-command lives in its own module of this package and registers itself on :data:`main`; what they
share (options, error mapping, progress bars, writing an output) is in :mod:`chronicle.cli._common`.
Exit codes: 0 success; 1 a library error (message on stderr); 2 usage error (click's own, or
:data:`EXIT_USAGE`); 3 the run finished but some inputs were skipped (see the run report); ``--strict``
makes skips fatal.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import types

import click

from chronicle import __version__

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chronicle")
def main() -> None:
    """chronicle: turn dated news reports about a story into a sourced, cross-checked timeline."""
    # SIGTERM unwinds like an interrupt, so half-written temporary files are removed on the way out
    with contextlib.suppress(ValueError):  # ValueError: not the main thread (embedded use)
        signal.signal(signal.SIGTERM, _terminate)


def _terminate(signum: int, frame: types.FrameType | None) -> None:
    sys.exit(128 + signum)


# Sub-commands register themselves on `main` when imported.
from chronicle.cli import add as _add  # noqa: E402,F401
from chronicle.cli import ask as _ask  # noqa: E402,F401
from chronicle.cli import bench as _bench  # noqa: E402,F401
from chronicle.cli import claims as _claims  # noqa: E402,F401
from chronicle.cli import entities as _entities  # noqa: E402,F401
from chronicle.cli import evaluate as _evaluate  # noqa: E402,F401
from chronicle.cli import timeline as _timeline  # noqa: E402,F401
