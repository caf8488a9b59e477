"""Shared test helpers: where ../shared lives, and skipping when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    root = Path(os.environ.get("DETENTE_SHARED", REPO.parent / "shared"))
    return root if root.is_dir() else None


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    root = shared_dir()
    if root is None or not (root / "seeds").is_dir():
        pytest.skip("../shared/seeds is not available")
    return root / "seeds"
