"""``RoleEvidence`` records -> rows of the ``learned_roles`` table."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pyarrow as pa

from detente.store.rows import parse_date, to_table
from detente.types import CodedArticle

LEARNED_SCHEMA = pa.schema([
    ("evidence_id", pa.string()), ("name", pa.string()), ("country", pa.string()), ("code", pa.string()),
    ("sectors", pa.list_(pa.string())), ("title", pa.string()), ("observed_on", pa.date32()),
    ("article_id", pa.string()), ("sentence_index", pa.int32()), ("kb_code", pa.string()), ("conflict", pa.bool_()),
])


def learned_table(coded: Sequence[CodedArticle]) -> pa.Table:
    rows = {}
    for item in coded:
        for ev in item.evidence:
            key = "|".join((ev.article_id, str(ev.sentence_index), ev.name, ev.code))
            evidence_id = hashlib.sha256(key.encode()).hexdigest()[:32]
            rows[evidence_id] = {
                "evidence_id": evidence_id, "name": ev.name, "country": ev.country, "code": ev.code,
                "sectors": list(ev.sectors), "title": ev.title, "observed_on": parse_date(ev.observed_on),
                "article_id": ev.article_id, "sentence_index": ev.sentence_index, "kb_code": ev.kb_code,
                "conflict": ev.conflict,
            }
    return to_table(list(rows.values()), LEARNED_SCHEMA)
