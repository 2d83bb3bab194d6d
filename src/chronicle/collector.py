"""Pausing Python's cyclic garbage collector around allocation-heavy stages.

Decoding a store or building a timeline allocates hundreds of thousands of small containers that form no
reference cycles. Each allocation burst triggers collections, and the older generations they reach walk
every object alive, including all the documents already loaded: on a 1,460-article store that was about
40% of decoding and a tenth of a timeline rebuild. Reference counting still frees everything as usual;
only the cycle search waits until the stage ends.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block; restored on exit (it stays off if it was
    off). Nesting is safe: an inner block leaves the collector as the outer one set it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
