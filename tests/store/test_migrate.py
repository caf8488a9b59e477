"""detente.store.migrate: numbered migrations, applied once, in order."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import duckdb
import pytest

from detente.store.migrate import applied_migrations, load_migrations, migrate
from detente.store.writer import StoreWriter

TABLES = {"_migrations", "articles", "sentences", "actor_mentions", "actors",
          "event_mentions", "events", "errors"}


def shipped_dir(tmp_path: Path) -> Path:
    """A copy of the packaged migrations that a test may add files to."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    source = resources.files("detente.store") / "migrations"
    for entry in source.iterdir():
        if entry.name.endswith(".sql"):
            shutil.copy(str(entry), folder / entry.name)
    return folder


SHIPPED = sorted(
    entry.name[:-4] for entry in (resources.files("detente.store") / "migrations").iterdir()
    if entry.name.endswith(".sql")
)


def table_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def test_migrate_creates_schema_and_records_once() -> None:
    con = duckdb.connect()
    assert applied_migrations(con) == []
    assert migrate(con) == SHIPPED
    assert SHIPPED[0] == "0001_initial" and "0002_learned_roles" in SHIPPED
    assert migrate(con) == []
    applied = applied_migrations(con)
    assert [(m.id, m.name) for m in applied] == [(int(name[:4]), name) for name in SHIPPED]
    assert TABLES <= table_names(con)
    assert con.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(SHIPPED)


def test_migrate_creates_indexes() -> None:
    con = duckdb.connect()
    migrate(con)
    names = {row[0] for row in con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
    assert {"event_mentions_event_id", "event_mentions_dyad", "event_mentions_date"} <= names


def test_migrate_reopened_file_is_not_migrated_again(db_path: Path) -> None:
    with StoreWriter(db_path):
        pass
    with StoreWriter(db_path) as writer:
        rows = writer.connection().execute("SELECT id, name FROM _migrations").fetchall()
    assert rows == [(int(name[:4]), name) for name in SHIPPED]


def test_migrate_applies_new_files_in_number_order(tmp_path: Path) -> None:
    folder = shipped_dir(tmp_path)
    (folder / "0903_later.sql").write_text("ALTER TABLE extra ADD COLUMN note TEXT;")
    (folder / "0902_extra.sql").write_text("CREATE TABLE extra (id INTEGER);")
    (folder / "README.txt").write_text("not a migration")
    con = duckdb.connect()
    assert migrate(con, migrations_dir=folder) == [*SHIPPED, "0902_extra", "0903_later"]
    assert [m.id for m in applied_migrations(con)] == [*(int(n[:4]) for n in SHIPPED), 902, 903]
    columns = con.execute("SELECT column_name FROM information_schema.columns"
                          " WHERE table_name = 'extra' ORDER BY ordinal_position").fetchall()
    assert columns == [("id",), ("note",)]


def test_migrate_failed_migration_rolls_back(tmp_path: Path) -> None:
    folder = shipped_dir(tmp_path)
    (folder / "0902_broken.sql").write_text(
        "CREATE TABLE half_done (id INTEGER); SELECT * FROM no_such_table;")
    con = duckdb.connect()
    with pytest.raises(duckdb.Error):
        migrate(con, migrations_dir=folder)
    assert [m.name for m in applied_migrations(con)] == SHIPPED
    assert "half_done" not in table_names(con)


def test_migrate_rejects_duplicate_numbers(tmp_path: Path) -> None:
    folder = shipped_dir(tmp_path)
    (folder / "0001_again.sql").write_text("SELECT 1;")
    with pytest.raises(ValueError, match="two migrations numbered 1"):
        load_migrations(migrations_dir=folder)
