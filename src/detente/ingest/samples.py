"""Where the bundled sample corpus lives (package data)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def samples_dir() -> Path:
    return Path(str(files("detente").joinpath("data", "samples")))
