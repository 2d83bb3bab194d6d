"""Shared fixtures: where the real inputs live (../shared beside the checkout, or $CHRONICLE_SHARED).

Without them the tests that need them are skipped, not failed: the data is not part of the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CHRONICLE_SHARED", ROOT.parent / "shared"))


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"test data not found: {path} (set CHRONICLE_SHARED to the shared/ folder)")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _require(SHARED)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _require(SHARED / "seeds")


@pytest.fixture(scope="session")
def t17_dir() -> Path:
    return _require(SHARED / "datasets" / "t17-dev")
