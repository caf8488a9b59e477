"""The one writer of the detente store.

``StoreWriter`` owns the only write connection to a DuckDB file. Each
``write_batch`` call is one transaction: the batch's new articles, their
sentences, actor and event mentions, the recomputed ``events`` and
``actors`` rows they touch, and the batch's errors are committed together
or not at all. Because DuckDB logs every commit to its WAL before it
returns, a process killed at any point (``kill -9`` included) leaves the
file at the last committed batch; rewriting the same batches then adds
exactly what was lost, since stored articles are skipped.

Rows go in bulk: each table's rows are built as one Arrow table
(``store.rows``), registered into the connection and inserted with one
``INSERT ... SELECT``. A connection is not thread-safe; use one writer
from one thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from detente.store.migrate import migrate, utc_now
from detente.store.learned_rows import learned_table
from detente.store.rows import (
    actor_table,
    article_table,
    error_table,
    mention_table,
    sentence_table,
)
from detente.types import CodedArticle, Failure

CONFIDENCE_CAP = 0.999  # an event fused from many mentions is never certain

ROWS_VIEW = "_detente_batch_rows"
KEYS_VIEW = "_detente_batch_keys"

# Precision rank for an event's date: lower is more precise; no date is last.
DATE_RANK_SQL = """CASE WHEN event_date IS NULL THEN 9
    WHEN date_precision = 'day' THEN 0 WHEN date_precision = 'week' THEN 1
    WHEN date_precision = 'month' THEN 2 WHEN date_precision = 'year' THEN 3
    ELSE 4 END"""

RECOMPUTE_EVENTS_SQL = f"""
INSERT INTO events BY NAME
WITH touched AS (
    SELECT m.*, a.published, a.ingested_at
    FROM event_mentions m JOIN articles a USING (article_id)
    WHERE m.event_id IN (SELECT key FROM {KEYS_VIEW})
), representative AS (
    SELECT * FROM touched
    QUALIFY row_number() OVER (
        PARTITION BY event_id ORDER BY confidence DESC NULLS LAST, mention_id) = 1
), dated AS (
    SELECT event_id, event_date, date_precision FROM touched
    QUALIFY row_number() OVER (
        PARTITION BY event_id
        ORDER BY {DATE_RANK_SQL}, confidence DESC NULLS LAST, event_date, mention_id) = 1
), totals AS (
    SELECT event_id,
        count(*) AS n_mentions,
        count(DISTINCT article_id) AS n_articles,
        least(1 - product(1 - greatest(least(coalesce(confidence, 0), 1), 0)), ?) AS confidence,
        first(article_id ORDER BY published NULLS LAST, ingested_at, article_id)
            AS first_article_id
    FROM touched GROUP BY event_id
)
SELECT r.event_id, r.cameo_code, r.cameo_root, r.quad_class, r.goldstein, r.plover_type,
    r.source_code, r.source_country, r.target_code, r.target_country,
    d.event_date, d.date_precision, t.n_mentions, t.n_articles, t.confidence,
    t.first_article_id, ? AS updated_at
FROM representative r JOIN dated d USING (event_id) JOIN totals t USING (event_id)
"""

RECOMPUTE_ACTORS_SQL = f"""
INSERT INTO actors BY NAME
WITH touched AS (
    SELECT am.code, am.country, am.name, am.sectors, a.published
    FROM actor_mentions am JOIN articles a USING (article_id)
    WHERE am.code IN (SELECT key FROM {KEYS_VIEW})
), countries AS (
    SELECT code, country FROM touched WHERE country IS NOT NULL GROUP BY code, country
    QUALIFY row_number() OVER (PARTITION BY code ORDER BY count(*) DESC, country) = 1
), names AS (
    SELECT code, name FROM touched WHERE name IS NOT NULL GROUP BY code, name
    QUALIFY row_number() OVER (PARTITION BY code ORDER BY count(*) DESC, name) = 1
), totals AS (
    SELECT code, count(*) AS n_mentions, min(published) AS first_seen,
        max(published) AS last_seen,
        list_sort(list_distinct(flatten(list(sectors)))) AS sectors
    FROM touched GROUP BY code
)
SELECT t.code, c.country, t.sectors, n.name, t.n_mentions, t.first_seen, t.last_seen
FROM totals t LEFT JOIN countries c USING (code) LEFT JOIN names n USING (code)
"""

UPSERT_ERRORS_SQL = f"""
INSERT INTO errors BY NAME SELECT * FROM {ROWS_VIEW}
ON CONFLICT (error_id) DO UPDATE SET
    last_seen = excluded.last_seen, message = excluded.message
"""


@dataclass(frozen=True, slots=True)
class WriteStats:
    """What one ``write_batch`` call changed."""

    articles_added: int
    articles_skipped: int
    mentions_added: int
    events_touched: int
    errors_recorded: int


def key_table(keys: Iterable[str]) -> pa.Table:
    return pa.table({"key": pa.array(sorted(set(keys)), type=pa.string())})


def unique_articles(coded: Sequence[CodedArticle]) -> list[CodedArticle]:
    """The batch without repeats of an article_id; the first one wins."""
    seen: set[str] = set()
    unique = []
    for item in coded:
        if item.article.article_id not in seen:
            seen.add(item.article.article_id)
            unique.append(item)
    return unique


class StoreWriter:
    """Owns the store's only write connection; migrates it on open.

    >>> with StoreWriter(tmp_path / "events.duckdb") as writer:  # doctest: +SKIP
    ...     stats = writer.write_batch(coded, failures)
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if not self.path.startswith(":memory:"):
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con: duckdb.DuckDBPyConnection | None = duckdb.connect(self.path)
        try:
            migrate(self.con)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; DuckDB checkpoints the WAL into the file."""
        if self.con is not None:
            self.con.close()
            self.con = None

    def connection(self) -> duckdb.DuckDBPyConnection:
        if self.con is None:
            raise RuntimeError("StoreWriter is closed")
        return self.con

    @contextmanager
    def registered(self, name: str, table: pa.Table) -> Iterator[None]:
        """Expose ``table`` to SQL as ``name`` for the duration of a block."""
        con = self.connection()
        con.complete()  # DuckDB 2 refuses register() while a result is half read
        con.register(name, table)
        try:
            yield
        finally:
            con.unregister(name)

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` already stored, so a pipeline can skip them early."""
        keys = key_table(ids)
        if keys.num_rows == 0:
            return set()
        with self.registered(KEYS_VIEW, keys):
            rows = self.connection().execute(
                f"SELECT article_id FROM articles WHERE article_id IN (SELECT key FROM {KEYS_VIEW})"
            ).fetchall()
        return {row[0] for row in rows}

    def write_batch(
        self, coded: Sequence[CodedArticle], failures: Sequence[Failure]
    ) -> WriteStats:
        """Store one batch in one transaction; stored articles are skipped."""
        con = self.connection()
        con.execute("BEGIN TRANSACTION")
        try:
            stats = self.write_rows(coded, failures, now=utc_now())
            con.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise
        return stats

    def rollback(self) -> None:
        try:
            self.connection().execute("ROLLBACK")
        except duckdb.Error:  # no transaction left to undo; keep the first error
            pass

    def write_rows(
        self, coded: Sequence[CodedArticle], failures: Sequence[Failure], *, now: datetime
    ) -> WriteStats:
        """The body of ``write_batch``; runs inside its transaction."""
        unique = unique_articles(coded)
        known = self.known_article_ids(item.article.article_id for item in unique)
        fresh = [item for item in unique if item.article.article_id not in known]
        articles_added = self.insert_rows("articles", article_table(fresh, ingested_at=now))
        self.insert_rows("sentences", sentence_table(fresh))
        actors = actor_table(fresh)
        self.insert_rows("actor_mentions", actors)
        mentions = mention_table(fresh)
        mentions_added = self.insert_rows("event_mentions", mentions)
        self.insert_rows("learned_roles", learned_table(fresh))
        event_ids = {key for key in mentions.column("event_id").to_pylist() if key}
        self.recompute_events(event_ids, now=now)
        self.recompute_actors({code for code in actors.column("code").to_pylist() if code})
        return WriteStats(
            articles_added=articles_added,
            articles_skipped=len(coded) - articles_added,
            mentions_added=mentions_added,
            events_touched=len(event_ids),
            errors_recorded=self.upsert_errors(failures, now=now),
        )

    def insert_rows(self, table_name: str, rows: pa.Table) -> int:
        """Bulk-insert ``rows``; a row whose key is already stored is ignored.
        Returns the number of rows added."""
        if rows.num_rows == 0:
            return 0
        with self.registered(ROWS_VIEW, rows):
            result = self.connection().execute(
                f"INSERT OR IGNORE INTO {table_name} BY NAME SELECT * FROM {ROWS_VIEW}"
            ).fetchall()
        return int(result[0][0]) if result else 0

    def recompute_events(self, event_ids: set[str], *, now: datetime) -> None:
        """Rebuild the ``events`` rows of ``event_ids`` from all their mentions."""
        if not event_ids:
            return
        con = self.connection()
        with self.registered(KEYS_VIEW, key_table(event_ids)):
            con.execute(f"DELETE FROM events WHERE event_id IN (SELECT key FROM {KEYS_VIEW})")
            con.execute(RECOMPUTE_EVENTS_SQL, [CONFIDENCE_CAP, now])

    def recompute_actors(self, codes: set[str]) -> None:
        """Rebuild the ``actors`` rows of ``codes`` from all their mentions."""
        if not codes:
            return
        con = self.connection()
        with self.registered(KEYS_VIEW, key_table(codes)):
            con.execute(f"DELETE FROM actors WHERE code IN (SELECT key FROM {KEYS_VIEW})")
            con.execute(RECOMPUTE_ACTORS_SQL)

    def upsert_errors(self, failures: Sequence[Failure], *, now: datetime) -> int:
        """Insert new failures; for known ones update ``last_seen`` and message."""
        rows = error_table(failures, seen_at=now)
        if rows.num_rows == 0:
            return 0
        with self.registered(ROWS_VIEW, rows):
            self.connection().execute(UPSERT_ERRORS_SQL)
        return rows.num_rows
