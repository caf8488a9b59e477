"""The ontology manifest: a version and a sha256 for every data file.

``manifest.json`` sits beside the data files and lists each of them, keyed by
its path relative to the ontology folder (``patterns/verbs-v1.tsv``)::

    {"files": {"cameo-codes-v1.tsv": {"version": "v1", "sha256": "..."}}}

The loader checks every file it reads against this list, so a data file
edited without regenerating the manifest fails loudly instead of silently
changing results. After editing data, regenerate with::

    python -m detente.ontology.manifest          # rewrite manifest.json
    python -m detente.ontology.manifest --check  # exit 1 if it is stale
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

MANIFEST_NAME = "manifest.json"

# Files in the ontology folder that are code or prose, not versioned data.
_NOT_DATA_SUFFIXES = frozenset({".py", ".pyc", ".md"})
_NOT_DATA_DIRS = frozenset({"__pycache__"})
_VERSION_RE = re.compile(r"-(v\d+)(?:\.[A-Za-z0-9]+)+$")
_FOLDER_VERSION_RE = re.compile(r"-(v\d+)$")


class OntologyError(Exception):
    """A data file is missing, malformed, or does not match the manifest."""


def file_version(name: str) -> str:
    """The version carried in a data file name: ``countries-v1.tsv`` -> ``v1``,
    or by the folder holding a set of files: ``patterns/cameo-verbs-v1/04.yaml`` -> ``v1``."""
    path = Path(name)
    match = _VERSION_RE.search(path.name)
    for folder in reversed(path.parts[:-1]):
        if match is None:
            match = _FOLDER_VERSION_RE.search(folder)
    if match is None:
        raise OntologyError(
            f"{name}: ontology data file names must carry a version, e.g. 'name-v1.tsv'"
        )
    return match.group(1)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_data_file(rel: Path) -> bool:
    """True for a path (relative to the ontology root) that holds versioned data."""
    if any(part in _NOT_DATA_DIRS or part.startswith(".") for part in rel.parts):
        return False
    if rel.as_posix() == MANIFEST_NAME:
        return False
    return rel.suffix not in _NOT_DATA_SUFFIXES


def iter_data_files(root: Path) -> list[str]:
    """Relative POSIX paths of every data file under ``root``, sorted."""
    found = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if path.is_file() and is_data_file(rel):
            found.append(rel.as_posix())
    return sorted(found)


def build_manifest(root: Path) -> dict[str, Any]:
    """Compute the manifest for the data files under ``root`` (reads, never writes)."""
    files = {}
    for rel in iter_data_files(root):
        data = (root / rel).read_bytes()
        files[rel] = {"version": file_version(rel), "sha256": sha256_hex(data)}
    return {"files": files}


def render_manifest(manifest: dict[str, Any]) -> str:
    """The exact text written to ``manifest.json``: stable key order, trailing newline."""
    return json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_manifest(root: Path) -> Path:
    """Regenerate ``root/manifest.json`` from the data files; returns its path."""
    target = root / MANIFEST_NAME
    target.write_text(render_manifest(build_manifest(root)), encoding="utf-8")
    return target


def parse_manifest(text: str) -> dict[str, dict[str, str]]:
    """Validate manifest JSON text and return its ``files`` table."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise OntologyError(f"{MANIFEST_NAME}: not valid JSON ({exc})") from exc
    files = raw.get("files") if isinstance(raw, dict) else None
    if not isinstance(files, dict):
        raise OntologyError(f"{MANIFEST_NAME}: expected an object with a 'files' table")
    for rel, entry in files.items():
        if not isinstance(entry, dict) or not {"version", "sha256"} <= entry.keys():
            raise OntologyError(f"{MANIFEST_NAME}: entry for {rel} needs 'version' and 'sha256'")
    return files


def verify_bytes(rel: str, data: bytes, files: Mapping[str, Mapping[str, str]]) -> str:
    """Check ``data`` (the content of ``rel``) against the manifest; returns its version."""
    entry = files.get(rel)
    if entry is None:
        raise OntologyError(
            f"{rel}: not listed in {MANIFEST_NAME}; run 'python -m detente.ontology.manifest'"
        )
    actual = sha256_hex(data)
    if actual != entry["sha256"]:
        raise OntologyError(
            f"{rel}: sha256 {actual[:12]}... does not match {MANIFEST_NAME} "
            f"({entry['sha256'][:12]}...); the file was edited without regenerating the "
            "manifest (python -m detente.ontology.manifest) or is corrupt"
        )
    return entry["version"]


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m detente.ontology.manifest [--check] [ROOT]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    paths = [arg for arg in args if arg != "--check"]
    root = Path(paths[0]) if paths else Path(__file__).resolve().parent
    if not check:
        write_manifest(root)
        return 0
    expected = render_manifest(build_manifest(root))
    target = root / MANIFEST_NAME
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if current != expected:
        sys.stderr.write(f"{target} is stale; run: python -m detente.ontology.manifest\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
