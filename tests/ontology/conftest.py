from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

import pytest


@pytest.fixture()
def ontology_copy(tmp_path: Path) -> Path:
    """A private copy of the packaged ontology data files, safe to edit."""
    source = Path(str(files("detente.ontology")))
    target = tmp_path / "ontology"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target
