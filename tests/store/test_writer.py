"""detente.store.writer: one transaction per batch, idempotent, crash-safe."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

import detente
from detente.serialize import mention_to_dict
from detente.store.writer import StoreWriter, WriteStats

TABLES = ("articles", "sentences", "actor_mentions", "actors", "event_mentions", "events", "errors")


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {table: con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] for table in TABLES}


def test_writer_write_batch_stores_every_table(make_coded, make_failure) -> None:
    coded = make_coded()
    with StoreWriter(":memory:") as writer:
        stats = writer.write_batch([coded], [make_failure()])
        assert stats == WriteStats(articles_added=1, articles_skipped=0, mentions_added=1,
                                   events_touched=1, errors_recorded=1)
        assert counts(writer.connection()) == {
            "articles": 1, "sentences": 2, "actor_mentions": 2, "actors": 2,
            "event_mentions": 1, "events": 1, "errors": 1}


def test_writer_row_contents(make_coded) -> None:
    coded = make_coded(doc_id="reuters-0042")
    mention = coded.mentions[0]
    with StoreWriter(":memory:") as writer:
        writer.write_batch([coded], [])
        con = writer.connection()
        row = con.execute(
            "SELECT source_code, source_country, target_code, target_country, cameo_code,"
            " cameo_root, quad_class, goldstein, event_date::VARCHAR, lat, mention_json"
            " FROM event_mentions").fetchone()
        article = con.execute("SELECT doc_id, published::VARCHAR, ontology_versions,"
                              " content_sha256 FROM articles").fetchone()
        sectors = con.execute("SELECT sectors FROM actor_mentions ORDER BY start_char").fetchall()
    assert row[:10] == ("PAKGOV", "PAK", "RUSGOV", "RUS", "0312", "03", 1, 5.2,
                        "2024-03-12", 34.008)
    assert json.loads(row[10]) == mention_to_dict(mention, doc_id="reuters-0042")
    assert article == ("reuters-0042", "2024-03-12",
                       json.dumps({"cameo": "1.1b3", "actors": "2024.1"}), coded.article.article_id)
    assert sectors == [(["GOV"],), (["GOV"],)]


def test_writer_mention_json_doc_id_defaults_to_article_id(make_coded) -> None:
    coded = make_coded()
    with StoreWriter(":memory:") as writer:
        writer.write_batch([coded], [])
        text = writer.connection().execute("SELECT mention_json FROM event_mentions").fetchone()[0]
    assert json.loads(text)["doc_id"] == coded.article.article_id


def test_writer_same_batch_twice_adds_nothing(make_coded, make_failure) -> None:
    batch = [make_coded(), make_coded(outlet="AFP"), make_coded(code="042")]
    with StoreWriter(":memory:") as writer:
        writer.write_batch(batch, [make_failure()])
        before = counts(writer.connection())
        stats = writer.write_batch(batch, [make_failure()])
        assert counts(writer.connection()) == before
    assert stats == WriteStats(articles_added=0, articles_skipped=3, mentions_added=0,
                               events_touched=0, errors_recorded=1)


def test_writer_duplicate_article_inside_one_batch(make_coded) -> None:
    coded = make_coded()
    with StoreWriter(":memory:") as writer:
        stats = writer.write_batch([coded, make_coded(outlet="AFP"), coded], [])
        assert counts(writer.connection())["articles"] == 2
        assert counts(writer.connection())["sentences"] == 4
    assert (stats.articles_added, stats.articles_skipped, stats.mentions_added) == (2, 1, 2)


def test_writer_known_article_ids(make_coded) -> None:
    stored, other = make_coded(), make_coded(outlet="AFP")
    with StoreWriter(":memory:") as writer:
        assert writer.known_article_ids([]) == set()
        writer.write_batch([stored], [])
        ids = [stored.article.article_id, other.article.article_id, stored.article.article_id]
        assert writer.known_article_ids(ids) == {stored.article.article_id}
        assert writer.known_article_ids(iter(ids)) == {stored.article.article_id}


def test_writer_failures_recorded_once_across_reruns(make_failure, db_path: Path) -> None:
    failures = [make_failure(), make_failure(), make_failure(code="E005")]
    with StoreWriter(db_path) as writer:
        assert writer.write_batch([], failures).errors_recorded == 2
    time.sleep(0.01)
    with StoreWriter(db_path) as writer:
        writer.write_batch([], [make_failure()])
        rows = writer.connection().execute(
            "SELECT error_code, first_seen, last_seen FROM errors ORDER BY error_code").fetchall()
    assert [row[0] for row in rows] == ["E001", "E005"]
    rerun, untouched = rows
    assert rerun[2] > rerun[1]
    assert untouched[2] == untouched[1]


def test_writer_rollback_leaves_nothing_half_written(make_coded, make_failure, monkeypatch) -> None:
    def explode(self, event_ids, *, now):
        raise RuntimeError("disk on fire")

    batch = [make_coded(), make_coded(code="042")]
    with StoreWriter(":memory:") as writer:
        with monkeypatch.context() as patch:
            patch.setattr(StoreWriter, "recompute_events", explode)
            with pytest.raises(RuntimeError, match="disk on fire"):
                writer.write_batch(batch, [make_failure()])
        assert set(counts(writer.connection()).values()) == {0}
        assert writer.known_article_ids([batch[0].article.article_id]) == set()
        stats = writer.write_batch(batch, [make_failure()])
        assert stats.articles_added == 2
        assert counts(writer.connection())["events"] == 2


def test_writer_events_fuse_across_batches(make_coded) -> None:
    first = make_coded(published="2024-03-12", confidence=0.8)
    second = make_coded(outlet="AFP", published="2024-03-13", confidence=0.8)
    assert first.mentions[0].event_id == second.mentions[0].event_id
    with StoreWriter(":memory:") as writer:
        writer.write_batch([second], [])
        stats = writer.write_batch([first], [])
        rows = writer.connection().execute(
            "SELECT n_mentions, n_articles, confidence, first_article_id FROM events").fetchall()
        assert stats.events_touched == 1
    assert len(rows) == 1
    n_mentions, n_articles, confidence, first_article_id = rows[0]
    assert (n_mentions, n_articles) == (2, 2)
    assert confidence == pytest.approx(1 - 0.2 * 0.2)
    assert first_article_id == first.article.article_id


def test_writer_event_confidence_is_capped(make_coded) -> None:
    batch = [make_coded(outlet=f"Wire{i}", confidence=1.0) for i in range(3)]
    with StoreWriter(":memory:") as writer:
        writer.write_batch(batch, [])
        confidence = writer.connection().execute("SELECT confidence FROM events").fetchone()[0]
    assert confidence == pytest.approx(0.999)


def test_writer_event_date_is_most_precise(make_coded) -> None:
    key = "0312|PAKGOV|RUSGOV|2024-03"
    vague = make_coded(event_date="2024-03-01", date_precision="month", outlet="AFP",
                       confidence=0.9, fusion_key=key)
    exact = make_coded(event_date="2024-03-12", date_precision="day", outlet="TASS",
                       confidence=0.3, fusion_key=key)
    undated = make_coded(event_date=None, date_precision="unknown", outlet="APP",
                         confidence=0.95, fusion_key=key)
    with StoreWriter(":memory:") as writer:
        writer.write_batch([vague, exact, undated], [])
        row = writer.connection().execute(
            "SELECT event_date::VARCHAR, date_precision, n_mentions FROM events").fetchall()
    assert row == [("2024-03-12", "day", 3)]


def test_writer_unfused_mention_is_its_own_event(make_coded) -> None:
    coded = make_coded(fuse=False)
    with StoreWriter(":memory:") as writer:
        writer.write_batch([coded], [])
        row = writer.connection().execute("SELECT event_id FROM events").fetchone()
    assert row == (coded.mentions[0].mention_id,)


def test_writer_actor_registry(make_coded) -> None:
    batch = [make_coded(), make_coded(outlet="AFP", published="2024-03-20"),
             make_coded(source=("India", "INDGOV", "IND"), code="042", published="2024-02-01")]
    with StoreWriter(":memory:") as writer:
        writer.write_batch(batch[:1], [])
        writer.write_batch(batch[1:], [])
        rows = writer.connection().execute(
            "SELECT code, country, sectors, name, n_mentions, first_seen::VARCHAR,"
            " last_seen::VARCHAR FROM actors ORDER BY code").fetchall()
    assert rows == [
        ("INDGOV", "IND", ["GOV"], "India", 1, "2024-02-01", "2024-02-01"),
        ("PAKGOV", "PAK", ["GOV"], "Pakistan", 2, "2024-03-12", "2024-03-20"),
        ("RUSGOV", "RUS", ["GOV"], "Russia", 3, "2024-02-01", "2024-03-20"),
    ]


def test_writer_bulk_batch_of_thousands(make_coded) -> None:
    batch = [make_coded(outlet=f"Wire{i}", code="042" if i % 3 else "0312") for i in range(3000)]
    started = time.perf_counter()
    with StoreWriter(":memory:") as writer:
        stats = writer.write_batch(batch, [])
        assert counts(writer.connection())["sentences"] == 6000
    assert stats.articles_added == 3000 and stats.events_touched == 2
    assert time.perf_counter() - started < 20


def test_writer_closed_writer_refuses(make_coded) -> None:
    writer = StoreWriter(":memory:")
    writer.close()
    writer.close()
    with pytest.raises(RuntimeError, match="closed"):
        writer.write_batch([make_coded()], [])


CRASHING_WRITER = textwrap.dedent("""
    import pickle, sys
    from detente.store.writer import StoreWriter
    with open(sys.argv[2], "rb") as handle:
        batches = pickle.load(handle)
    writer = StoreWriter(sys.argv[1])
    for number, (coded, failures) in enumerate(batches):
        writer.write_batch(coded, failures)
        print(number, flush=True)
""")


def make_batches(make_coded, make_failure, *, n_batches: int, size: int) -> list:
    batches = []
    for number in range(n_batches):
        coded = [make_coded(outlet=f"Wire{number}-{i}", code=("0312", "042", "173")[i % 3],
                            published=f"2024-03-{1 + i % 28:02d}") for i in range(size)]
        batches.append((coded, [make_failure(item_id=f"data/news.jsonl#{number}")]))
    return batches


def write_all(path: Path, batches: list) -> None:
    with StoreWriter(path) as writer:
        for coded, failures in batches:
            writer.write_batch(coded, failures)


def assert_consistent(con: duckdb.DuckDBPyConnection, *, batch_size: int) -> None:
    found = counts(con)
    assert found["articles"] % batch_size == 0  # whole batches only
    assert found["sentences"] == 2 * found["articles"]
    assert found["event_mentions"] == found["articles"]
    assert found["errors"] == found["articles"] // batch_size
    orphans = con.execute("SELECT count(*) FROM event_mentions m ANTI JOIN articles a"
                          " USING (article_id)").fetchone()[0]
    assert orphans == 0
    stale = con.execute(
        "SELECT count(*) FROM events e FULL JOIN (SELECT event_id, count(*) AS n"
        " FROM event_mentions GROUP BY event_id) m USING (event_id)"
        " WHERE e.n_mentions IS DISTINCT FROM m.n").fetchone()[0]
    assert stale == 0


def test_writer_kill_9_mid_write_then_rerun(make_coded, make_failure, tmp_path: Path) -> None:
    size = 200
    batches = make_batches(make_coded, make_failure, n_batches=10, size=size)
    pickled = tmp_path / "batches.pickle"
    pickled.write_bytes(pickle.dumps(batches))
    script = tmp_path / "crashing_writer.py"
    script.write_text(CRASHING_WRITER)
    crashed = tmp_path / "crashed.duckdb"
    src = str(Path(detente.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, str(script), str(crashed), str(pickled)],
                            stdout=subprocess.PIPE, env=env, text=True)
    try:
        for _ in range(3):  # three batches committed, the fourth in flight
            assert proc.stdout.readline() != "", "writer exited before it was killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with duckdb.connect(str(crashed)) as con:
        assert_consistent(con, batch_size=size)
        assert counts(con)["articles"] >= 3 * size
    write_all(crashed, batches)
    clean = tmp_path / "clean.duckdb"
    write_all(clean, batches)
    with duckdb.connect(str(crashed)) as con, duckdb.connect(str(clean)) as ref:
        assert counts(con) == counts(ref)
        assert_consistent(con, batch_size=size)
        query = "SELECT * EXCLUDE (updated_at) FROM events ORDER BY event_id"
        assert con.execute(query).fetchall() == ref.execute(query).fetchall()


def test_writer_tolerates_a_half_read_result(make_coded) -> None:
    with StoreWriter(":memory:") as writer:
        writer.connection().execute("SELECT * FROM range(10)").fetchone()
        assert writer.write_batch([make_coded()], []).articles_added == 1
