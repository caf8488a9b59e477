"""Read-only queries over the store, for the CLI, API and dashboard.

Every function takes a ``duckdb.DuckDBPyConnection`` and only reads. Rows
come back as JSON-ready dicts (dates as ISO strings); event mentions come
back in the stable ``serialize.mention_to_dict`` shape plus ``event_id``.

Filters shared by ``list_event_mentions`` and ``list_events``:

- ``dyad=(a, b)``: ``a`` acts on ``b``; with ``directed=False`` also ``b`` on
  ``a``. A side matches a name when its country equals it or its actor code
  starts with it (``("PAK", "RUS")``, ``("PAKGOV", "RUS")``).
- ``actor``: either side matches, the same way.
- ``since`` / ``until``: inclusive bounds on the event date; a ``date`` or an
  ISO string, ``YYYY`` or ``YYYY-MM`` meaning the whole period.
- ``code``: CAMEO code prefix (``"03"``, ``"0312"``).
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

DateLike = date | str | None


@dataclass(frozen=True, slots=True)
class StoreSummary:
    articles: int
    sentences: int
    event_mentions: int
    events: int
    actors: int
    errors: int
    top_dyads: tuple[tuple[str, str, int], ...]  # (source_country, target_country, n_events)
    top_codes: tuple[tuple[str, int], ...]  # (cameo_code, n_events)


@dataclass(frozen=True, slots=True)
class Where:
    """A SQL ``WHERE`` clause (possibly empty) and its parameters."""

    sql: str
    params: tuple[Any, ...]


def connect_readonly(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection. DuckDB refuses it while another process holds
    the write connection, and within one process while the same file is open
    with a different configuration; a process that also writes should read
    through ``StoreWriter.connection().cursor()`` instead."""
    return duckdb.connect(str(path), read_only=True)


def as_date(value: DateLike, *, end: bool = False) -> date | None:
    """A filter bound as a date; ``YYYY``/``YYYY-MM`` give the period's first
    day, or its last with ``end=True``. Raises ValueError on bad text."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = value.strip()
    parts = text.split("-")
    if len(parts) == 1 and len(text) == 4 and text.isdigit():
        return date(int(text), 12, 31) if end else date(int(text), 1, 1)
    if len(parts) == 2 and all(part.isdigit() for part in parts):
        year, month = int(parts[0]), int(parts[1])
        last = calendar.monthrange(year, month)[1]
        return date(year, month, last if end else 1)
    return date.fromisoformat(text[:10])


def side_sql(side: str) -> str:
    return f"(coalesce({side}_country = ?, false) OR coalesce(starts_with({side}_code, ?), false))"


def build_where(
    *,
    dyad: tuple[str, str] | None = None,
    directed: bool = False,
    actor: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    code: str | None = None,
) -> Where:
    """The filters of this module's docstring over ``event_mentions`` or ``events``."""
    clauses: list[str] = []
    params: list[Any] = []
    if dyad is not None:
        first, second = dyad
        forward = f"({side_sql('source')} AND {side_sql('target')})"
        params += [first, first, second, second]
        if not directed:
            forward = f"({forward} OR ({side_sql('source')} AND {side_sql('target')}))"
            params += [second, second, first, first]
        clauses.append(forward)
    if actor is not None:
        clauses.append(f"({side_sql('source')} OR {side_sql('target')})")
        params += [actor] * 4
    if since is not None:
        clauses.append("event_date >= ?")
        params.append(as_date(since))
    if until is not None:
        clauses.append("event_date <= ?")
        params.append(as_date(until, end=True))
    if code is not None:
        clauses.append("starts_with(cameo_code, ?)")
        params.append(code)
    sql = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return Where(sql=sql, params=tuple(params))


def limit_sql(limit: int | None) -> str:
    return "" if limit is None else f"LIMIT {int(limit)}"


def jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: tuple = ()) -> list[dict]:
    cursor = con.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [{name: jsonable(value) for name, value in zip(names, row)} for row in cursor.fetchall()]


def count_rows(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])


def summary(con: duckdb.DuckDBPyConnection) -> StoreSummary:
    """Row counts, the ten most frequent directed country dyads and codes of events."""
    dyads = con.execute(
        "SELECT source_country, target_country, count(*) AS n FROM events"
        " WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
        " GROUP BY ALL ORDER BY n DESC, source_country, target_country LIMIT 10"
    ).fetchall()
    codes = con.execute(
        "SELECT cameo_code, count(*) AS n FROM events WHERE cameo_code IS NOT NULL"
        " GROUP BY ALL ORDER BY n DESC, cameo_code LIMIT 10"
    ).fetchall()
    return StoreSummary(
        articles=count_rows(con, "articles"),
        sentences=count_rows(con, "sentences"),
        event_mentions=count_rows(con, "event_mentions"),
        events=count_rows(con, "events"),
        actors=count_rows(con, "actors"),
        errors=count_rows(con, "errors"),
        top_dyads=tuple((src, tgt, int(n)) for src, tgt, n in dyads),
        top_codes=tuple((cameo, int(n)) for cameo, n in codes),
    )


def published_text(published: date | None, precision: str | None) -> str | None:
    """The stored DATE back to the ISO text of its precision."""
    if published is None:
        return None
    text = published.isoformat()
    return {"month": text[:7], "year": text[:4]}.get(precision or "", text)


def list_articles(con: duckdb.DuckDBPyConnection, *, limit: int | None = None) -> list[dict]:
    """Articles in the ``serialize.article_to_dict`` shape, by published date."""
    rows = con.execute(
        "SELECT article_id, source, url, title, published, date_precision, outlet, text"
        f" FROM articles ORDER BY published NULLS LAST, article_id {limit_sql(limit)}"
    ).fetchall()
    return [
        {"id": article_id, "source": source, "url": url, "title": title,
         "published": published_text(published, precision), "outlet": outlet, "text": text}
        for article_id, source, url, title, published, precision, outlet, text in rows
    ]


def list_event_mentions(
    con: duckdb.DuckDBPyConnection,
    *,
    dyad: tuple[str, str] | None = None,
    directed: bool = False,
    actor: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    code: str | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Event mentions as ``mention_to_dict`` JSON plus ``event_id``, ordered
    by event date, article and sentence."""
    where = build_where(dyad=dyad, directed=directed, actor=actor,
                        since=since, until=until, code=code)
    rows = con.execute(
        f"SELECT mention_json, event_id FROM event_mentions {where.sql}"
        " ORDER BY event_date NULLS LAST, article_id, sentence_index, mention_id"
        f" {limit_sql(limit)}",
        list(where.params),
    ).fetchall()
    return [{**json.loads(text), "event_id": event_id} for text, event_id in rows]


def list_events(
    con: duckdb.DuckDBPyConnection,
    *,
    dyad: tuple[str, str] | None = None,
    directed: bool = False,
    actor: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    code: str | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Fused events (every column of ``events``), ordered by date then id."""
    where = build_where(dyad=dyad, directed=directed, actor=actor,
                        since=since, until=until, code=code)
    sql = (f"SELECT * FROM events {where.sql} ORDER BY event_date NULLS LAST, event_id"
           f" {limit_sql(limit)}")
    return fetch_dicts(con, sql, where.params)


def list_errors(con: duckdb.DuckDBPyConnection, *, limit: int | None = None) -> list[dict]:
    """Recorded failures, most recently seen first."""
    sql = ("SELECT error_id, item_id, stage, error_code, message, first_seen, last_seen"
           " FROM errors ORDER BY last_seen DESC, item_id, stage, error_code"
           f" {limit_sql(limit)}")
    return fetch_dicts(con, sql)
