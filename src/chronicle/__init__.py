"""chronicle: turn dated news reports about an evolving story into a sourced, cross-checked timeline."""

from __future__ import annotations

__version__ = "0.1.0"
