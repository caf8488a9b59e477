"""Read-only queries about actors: what was learned from titles in the text."""

from __future__ import annotations

import duckdb

from detente.store.queries import fetch_dicts


def list_learned(con: duckdb.DuckDBPyConnection, *, name: str | None = None, conflicts_only: bool = False) -> list[dict]:
    """Learned roles grouped by person and code, with how often and when they
    were seen, and whether they disagree with the shipped knowledge base."""
    where, params = [], []
    if name:
        where.append("lower(name) LIKE ?")
        params.append(f"%{name.lower()}%")
    having = "HAVING bool_or(conflict)" if conflicts_only else ""
    sql = (
        "SELECT name, country, code, count(*) AS n, min(observed_on) AS first_seen, max(observed_on) AS last_seen,"
        " string_agg(DISTINCT kb_code, ', ') AS kb_codes, bool_or(conflict) AS conflict, any_value(title) AS example"
        f" FROM learned_roles {'WHERE ' + ' AND '.join(where) if where else ''}"
        f" GROUP BY name, country, code {having} ORDER BY conflict DESC, n DESC, name"
    )
    return fetch_dicts(con, sql, tuple(params))
