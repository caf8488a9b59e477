"""Numbered schema migrations, recorded in ``_migrations``.

A migration is a file ``NNNN_name.sql`` in ``detente/store/migrations``.
``migrate`` applies the ones not yet recorded, in id order, each inside its
own transaction together with its ``_migrations`` row, so a crash leaves a
migration either wholly applied and recorded or not at all. Re-running is a
no-op. Only ``store.writer`` calls ``migrate``, over its one connection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import duckdb

MIGRATION_NAME = re.compile(r"^(\d{4})_([A-Za-z0-9_]+)\.sql$")

BOOTSTRAP_SQL = """
CREATE TABLE IF NOT EXISTS _migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMP NOT NULL
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    """One migration file: ``id`` is its number, ``name`` its file stem."""

    id: int
    name: str
    sql: str


@dataclass(frozen=True, slots=True)
class AppliedMigration:
    id: int
    name: str
    applied_at: datetime


def utc_now() -> datetime:
    """A naive UTC timestamp, the convention of every TIMESTAMP column."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def load_migrations(*, migrations_dir: Path | None = None) -> list[Migration]:
    """Every migration file in id order; duplicate ids are an error."""
    folder = migrations_dir or resources.files("detente.store") / "migrations"
    found: dict[int, Migration] = {}
    for entry in folder.iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match is None:
            continue
        number = int(match.group(1))
        if number in found:
            raise ValueError(f"two migrations numbered {number}: {found[number].name}, {entry.name}")
        stem = entry.name[: -len(".sql")]
        found[number] = Migration(id=number, name=stem, sql=entry.read_text(encoding="utf-8"))
    return [found[number] for number in sorted(found)]


def applied_migrations(con: duckdb.DuckDBPyConnection) -> list[AppliedMigration]:
    """The migrations recorded in ``_migrations``, by id; empty on a new database."""
    (exists,) = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = '_migrations'"
    ).fetchall()[0]
    if exists == 0:
        return []
    rows = con.execute("SELECT id, name, applied_at FROM _migrations ORDER BY id").fetchall()
    return [AppliedMigration(id=row[0], name=row[1], applied_at=row[2]) for row in rows]


def apply_migration(con: duckdb.DuckDBPyConnection, migration: Migration) -> None:
    """Run one migration and record it, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(migration.sql)
        con.execute(
            "INSERT INTO _migrations (id, name, applied_at) VALUES (?, ?, ?)",
            [migration.id, migration.name, utc_now()],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def migrate(
    con: duckdb.DuckDBPyConnection, *, migrations_dir: Path | None = None
) -> list[str]:
    """Apply the migrations not yet recorded; return the names applied now."""
    con.execute(BOOTSTRAP_SQL)
    done = {applied.id for applied in applied_migrations(con)}
    names = []
    for migration in load_migrations(migrations_dir=migrations_dir):
        if migration.id in done:
            continue
        apply_migration(con, migration)
        names.append(migration.name)
    return names
