"""Tests for building and checking ontology/manifest.json."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from detente.ontology.manifest import (
    MANIFEST_NAME,
    OntologyError,
    build_manifest,
    file_version,
    main,
    parse_manifest,
    verify_bytes,
)


def test_manifest_is_up_to_date() -> None:
    root = Path(str(files("detente.ontology")))
    written = parse_manifest((root / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert written == build_manifest(root)["files"], (
        "manifest.json is stale: run `python -m detente.ontology.manifest`"
    )


def test_manifest_file_version_from_name() -> None:
    assert file_version("countries-v1.tsv") == "v1"
    assert file_version("verbs-v12.jsonl") == "v12"
    assert file_version("dict-v3.tar.gz") == "v3"
    with pytest.raises(OntologyError, match="countries.tsv"):
        file_version("countries.tsv")


def test_manifest_build_covers_subfolders(ontology_copy: Path) -> None:
    (ontology_copy / "patterns").mkdir(exist_ok=True)
    (ontology_copy / "patterns" / "verbs-v2.tsv").write_text("a\tb\n", encoding="utf-8")
    (ontology_copy / "patterns" / "README.md").write_text("notes\n", encoding="utf-8")
    built = build_manifest(ontology_copy)["files"]
    assert built["patterns/verbs-v2.tsv"]["version"] == "v2"
    assert MANIFEST_NAME not in built
    assert "patterns/README.md" not in built


def test_manifest_rejects_unversioned_data_file(ontology_copy: Path) -> None:
    (ontology_copy / "extra.tsv").write_text("x\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="extra.tsv"):
        build_manifest(ontology_copy)


def test_manifest_verify_bytes_names_the_file() -> None:
    table = {"a-v1.tsv": {"version": "v1", "sha256": "0" * 64}}
    with pytest.raises(OntologyError, match="a-v1.tsv"):
        verify_bytes("a-v1.tsv", b"data", table)
    with pytest.raises(OntologyError, match="b-v1.tsv"):
        verify_bytes("b-v1.tsv", b"data", table)


def test_manifest_parse_rejects_bad_json() -> None:
    with pytest.raises(OntologyError, match=MANIFEST_NAME):
        parse_manifest("{not json")
    with pytest.raises(OntologyError, match="needs 'version'"):
        parse_manifest('{"files": {"x-v1.tsv": {}}}')


def test_manifest_main_check_and_write(ontology_copy: Path) -> None:
    assert main(["--check", str(ontology_copy)]) == 0
    (ontology_copy / "new-v1.txt").write_text("x\n", encoding="utf-8")
    assert main(["--check", str(ontology_copy)]) == 1
    assert main([str(ontology_copy)]) == 0
    assert main(["--check", str(ontology_copy)]) == 0
