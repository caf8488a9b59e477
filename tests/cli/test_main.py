"""End-to-end tests of the command line on real files (loads the spaCy model)."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from detente.cli.main import app
from detente.ingest.samples import samples_dir

pytestmark = pytest.mark.slow
REPORT = (
    "Gondor and Arnor agree to hold joint naval drills\n\n"
    "Gondor and Arnor agreed on Monday to hold joint naval drills next spring, the two defence ministries said. "
    "The talks in Minas Tirith were the first in a decade.\n"
)


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in ("articles", "sentences", "event_mentions", "events", "errors")}


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("samples") / "detente.duckdb"
    result = invoke("ingest", "--samples", "--db", str(db))
    assert result.exit_code == 0, result.output
    return db


def test_main_samples_land_with_events(sample_db):
    found = counts(sample_db)
    assert found["articles"] >= 25
    assert found["event_mentions"] >= 25
    assert found["events"] >= 20


def test_main_ingest_twice_adds_nothing(sample_db):
    before = counts(sample_db)
    result = invoke("ingest", "--samples", "--db", str(sample_db))
    assert result.exit_code == 0
    assert counts(sample_db) == before


def test_main_articles_jsonl_shape(sample_db):
    result = invoke("articles", "--db", str(sample_db), "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and set(rows[0]) == {"id", "source", "url", "title", "published", "outlet", "text"}
    warc_rows = [r for r in rows if ".warc" in r["source"]]
    assert warc_rows and all("#" in r["source"] for r in warc_rows)
    jsonl_rows = [r for r in rows if r["source"].split("#")[0].endswith(".jsonl")]
    assert jsonl_rows and all(r["source"].rsplit("#", 1)[1].isdigit() for r in jsonl_rows)


def test_main_events_filters_and_formats(sample_db):
    rows = [json.loads(line) for line in invoke("events", "--db", str(sample_db), "--format", "jsonl").stdout.splitlines()]
    assert rows
    for row in rows:
        assert row["cameo"]["code"].startswith(row["cameo"]["root"])
        assert row["source"] or row["target"]
        sentence = row["sentence"]
        for side in (row["source"], row["target"]):
            if side:
                assert sentence[side["start"]:side["end"]] == side["text"]
        assert sentence[row["trigger"]["start"]:row["trigger"]["end"]] == row["trigger"]["text"]
    code = rows[0]["cameo"]["root"]
    filtered = invoke("events", "--db", str(sample_db), "--format", "jsonl", "--code", code).stdout.splitlines()
    assert filtered and all(json.loads(line)["cameo"]["code"].startswith(code) for line in filtered)
    csv_out = invoke("events", "--db", str(sample_db), "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("date,source,cameo,target") and len(csv_out) == len(rows) + 1


def test_main_export_parquet(sample_db, tmp_path):
    result = invoke("export", "--db", str(sample_db), "--format", "parquet", "--out", str(tmp_path))
    assert result.exit_code == 0
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.num_rows == counts(sample_db)["events"]


def test_main_seeds_give_pakistan_russia_events_without_boilerplate(seeds_dir, tmp_path):
    db = tmp_path / "seeds.duckdb"
    assert invoke("ingest", str(seeds_dir), "--db", str(db)).exit_code == 0
    rows = [json.loads(line) for line in
            invoke("events", "--db", str(db), "--dyad", "PAK", "RUS", "--format", "jsonl").stdout.splitlines()]
    with duckdb.connect(str(db), read_only=True) as con:
        ids = {r[0]: r[1] for r in con.execute("SELECT article_id, source FROM articles").fetchall()}
        texts = [r[0] for r in con.execute("SELECT text FROM articles").fetchall()]
    assert len(ids) == 2
    assert {ids[row["doc_id"]] for row in rows} == set(ids.values())
    for row in rows:
        assert {row["source"]["country"], row["target"]["country"]} == {"PAK", "RUS"}
        assert row["sentence"]
    for text in texts:
        for junk in ("FacebookTwitter", "Advertisement", "Live tv", "Add a Comment", "article-main", "\\’"):
            assert junk not in text


def test_main_code_reads_jsonl_and_writes_mentions():
    doc = {"id": "gold-7", "text": "Pakistan and Russia agreed to hold joint military exercises.", "date": "2015-04-16"}
    result = invoke("code", "-", input=json.dumps(doc) + "\n")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["doc_id"] == "gold-7" for r in rows)
    pairs = {(r["source"]["country"], r["target"]["country"], r["cameo"]["code"]) for r in rows}
    assert {("PAK", "RUS", "0312"), ("RUS", "PAK", "0312")} <= pairs
    assert all(r["date"] == {"value": "2015-04-16", "precision": "day", "raw": None} for r in rows)


def _bad_inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 64)
    (folder / "invalid.txt").write_bytes(b"Talks \xff\xfe resumed in Caf\xe9 district.")
    with (folder / "huge.txt").open("wb") as handle:
        handle.write(b"The delegation met again. " * 2_000_000)  # 52 MB
    (folder / "broken.jsonl").write_text('{"id": "ok", "text": ' + json.dumps(REPORT.replace("Monday", "Friday"))
                                         + '}\n{"id": "bad", "text": \n', encoding="utf-8")
    (folder / "shell.html").write_text("<html><head><title>Loading</title></head><body><div id=app></div></body></html>")
    warc = next(samples_dir().rglob("*.warc.gz")).read_bytes()
    (folder / "cut.warc.gz").write_bytes(warc[: len(warc) // 2])


def test_main_bad_inputs_are_recorded_and_the_rest_lands(tmp_path):
    folder = tmp_path / "in"
    _bad_inputs(folder)
    db = tmp_path / "bad.duckdb"
    result = invoke("ingest", str(folder), "--db", str(db))
    assert result.exit_code == 0
    with duckdb.connect(str(db), read_only=True) as con:
        errors = dict(con.execute("SELECT item_id, error_code FROM errors").fetchall())
        stored = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    by_name = {Path(k.split("#")[0]).name: v for k, v in errors.items()}
    assert by_name["empty.txt"] == "E001"
    assert by_name["blob.bin"] == "E002"
    assert by_name["huge.txt"] == "E003"
    assert by_name["invalid.txt"] == "E004"
    assert by_name["broken.jsonl"] == "E005"
    assert by_name["shell.html"] == "E007"
    assert by_name["cut.warc.gz"] == "E006"
    assert stored >= 2  # good.txt, the good JSONL record, and what the WARC held before the cut
    assert "E004" in result.stderr and "invalid.txt" in result.stderr
    again = invoke("ingest", str(folder), "--db", str(db))
    assert again.exit_code == 0
    assert counts(db)["errors"] == len(errors) and counts(db)["articles"] == stored


def test_main_nothing_ingested_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = invoke("ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "x.duckdb"))
    assert result.exit_code == 2
    assert "E001" in result.stderr


def test_main_kill_and_resume_gives_the_same_counts(tmp_path):
    config = tmp_path / "small-batches.toml"
    config.write_text("[ingest]\nbatch_size = 2\n")
    reference, killed = tmp_path / "ref.duckdb", tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "detente.cli.main", "ingest", "--samples", "--config", str(config), "--db"]
    subprocess.run([*cmd, str(reference)], check=True, capture_output=True)
    proc = subprocess.Popen([*cmd, str(killed)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (killed.exists() and killed.stat().st_size > 300_000):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    subprocess.run([*cmd, str(killed)], check=True, capture_output=True)
    assert counts(killed) == counts(reference)


def test_main_workers_give_the_same_database(sample_db, tmp_path):
    db = tmp_path / "parallel.duckdb"
    assert invoke("ingest", "--samples", "--db", str(db), "--workers", "2").exit_code == 0
    assert counts(db) == counts(sample_db)


def test_main_actors_show_resolves_roles_by_date():
    in_2015 = invoke("actors", "show", "Shoigu", "--on", "2015-04-16", "--db", "/nonexistent.duckdb")
    assert in_2015.exit_code == 0
    assert "RUSGOV (defence_minister, RUS)" in " ".join(in_2015.stdout.split())
    in_2025 = invoke("actors", "show", "Shoigu", "--on", "2025-01-10", "--db", "/nonexistent.duckdb")
    assert "defence_minister, RUS) - office on" not in " ".join(in_2025.stdout.split())


def test_main_actors_learned_lists_titles_met_while_ingesting(seeds_dir, tmp_path):
    db = tmp_path / "learned.duckdb"
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    assert invoke("ingest", str(seed), "--date", "2015-04-16", "--db", str(db)).exit_code == 0
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT name, code, observed_on, conflict FROM learned_roles").fetchall()
    assert rows and all(str(day) == "2015-04-16" for _, _, day, _ in rows)
    assert any("Shoigu" in name and code == "RUSGOV" and not conflict for name, code, _, conflict in rows)
    result = invoke("actors", "learned", "--db", str(db))
    assert result.exit_code == 0 and "Shoigu" in result.stdout
