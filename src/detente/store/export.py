"""Dump the store's tables to files, one per table.

DuckDB's ``COPY (SELECT ...) TO`` streams each table straight to Parquet,
CSV or JSON lines (``FORMAT json`` writes one object per line), so an export
never holds a table in Python memory. Rows are ordered by key, so two
exports of the same store are identical apart from timestamps.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

EXPORT_TABLES: tuple[tuple[str, str], ...] = (
    ("articles", "article_id"),
    ("event_mentions", "event_date NULLS LAST, article_id, sentence_index, mention_id"),
    ("events", "event_date NULLS LAST, event_id"),
    ("actors", "code"),
    ("errors", "error_id"),
)

FORMATS: dict[str, tuple[str, str]] = {
    "parquet": ("parquet", "FORMAT parquet"),
    "csv": ("csv", "FORMAT csv, HEADER true"),
    "jsonl": ("jsonl", "FORMAT json"),
}


def sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export_store(con: duckdb.DuckDBPyConnection, *, fmt: str, out_dir: Path) -> list[Path]:
    """Write ``articles``, ``event_mentions``, ``events``, ``actors`` and
    ``errors`` to ``out_dir/<table>.<ext>``; return the paths written.

    ``fmt`` is ``parquet``, ``csv`` or ``jsonl``. Works over a read-only
    connection: COPY TO writes files, not the database.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {sorted(FORMATS)}")
    extension, options = FORMATS[fmt]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for table, order in EXPORT_TABLES:
        path = out_dir / f"{table}.{extension}"
        con.execute(
            f"COPY (SELECT * FROM {table} ORDER BY {order}) TO {sql_literal(str(path))} ({options})"
        )
        paths.append(path)
    return paths
