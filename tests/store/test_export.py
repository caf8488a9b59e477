"""detente.store.export: one readable file per table, in three formats."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from detente.store.export import export_store
from detente.store.queries import connect_readonly
from detente.store.writer import StoreWriter

EXPECTED_ROWS = {"articles": 3, "event_mentions": 3, "events": 2, "actors": 3, "errors": 1}


@pytest.fixture
def store(make_coded, make_failure, db_path: Path) -> Path:
    batch = [make_coded(), make_coded(outlet="AFP"),
             make_coded(source=("India", "INDGOV", "IND"), code="042", event_date=None)]
    with StoreWriter(db_path) as writer:
        writer.write_batch(batch, [make_failure()])
    return db_path


def test_export_parquet_readable(store: Path, tmp_path: Path) -> None:
    with connect_readonly(store) as con:
        paths = export_store(con, fmt="parquet", out_dir=tmp_path / "out")
    assert [path.name for path in paths] == [f"{name}.parquet" for name in EXPECTED_ROWS]
    for path in paths:
        assert pq.read_table(path).num_rows == EXPECTED_ROWS[path.stem]
    mentions = pq.read_table(tmp_path / "out" / "event_mentions.parquet")
    assert "mention_json" in mentions.column_names
    assert json.loads(mentions.column("mention_json")[0].as_py())["cameo"]["code"] == "0312"


def test_export_jsonl_line_counts(store: Path, tmp_path: Path) -> None:
    with connect_readonly(store) as con:
        paths = export_store(con, fmt="jsonl", out_dir=tmp_path)
    rows = {}
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == EXPECTED_ROWS[path.stem]
        rows[path.stem] = [json.loads(line) for line in lines]
    assert rows["actors"][0]["code"] == "INDGOV" and rows["actors"][0]["sectors"] == ["GOV"]
    assert rows["errors"][0]["error_code"] == "E001"
    assert rows["articles"][0]["published"] == "2024-03-12"


def test_export_csv_has_header(store: Path, tmp_path: Path) -> None:
    with connect_readonly(store) as con:
        paths = export_store(con, fmt="csv", out_dir=tmp_path)
    with (tmp_path / "events.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2 and "event_id" in rows[0]
    assert all(path.exists() for path in paths)


def test_export_path_with_quote(store: Path, tmp_path: Path) -> None:
    with connect_readonly(store) as con:
        paths = export_store(con, fmt="parquet", out_dir=tmp_path / "it's here")
    assert pq.read_table(paths[0]).num_rows == 3


def test_export_rejects_unknown_format(store: Path, tmp_path: Path) -> None:
    with connect_readonly(store) as con, pytest.raises(ValueError, match="unknown export format"):
        export_store(con, fmt="xlsx", out_dir=tmp_path)
