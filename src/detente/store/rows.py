"""Records to Arrow tables shaped like the store's tables.

Pure functions, no database: ``store.writer`` registers these tables into
its connection and inserts from them in bulk. Column order follows the
``CREATE TABLE`` statements in ``migrations/``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime

import pyarrow as pa

from detente.serialize import mention_to_dict
from detente.types import ActorMention, Article, CodedArticle, EventMention, Failure

ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("source", pa.string()), ("doc_id", pa.string()),
    ("url", pa.string()), ("outlet", pa.string()), ("title", pa.string()),
    ("published", pa.date32()), ("date_precision", pa.string()), ("language", pa.string()),
    ("text", pa.string()), ("raw", pa.string()), ("content_sha256", pa.string()),
    ("warc_record_id", pa.string()), ("source_uri", pa.string()), ("fetched_at", pa.string()),
    ("detente_version", pa.string()), ("ontology_versions", pa.string()),
    ("ingested_at", pa.timestamp("us")),
])

SENTENCE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("sentence_index", pa.int32()), ("start_char", pa.int32()),
    ("end_char", pa.int32()), ("text", pa.string()),
])

ACTOR_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("sentence_index", pa.int32()), ("start_char", pa.int32()),
    ("end_char", pa.int32()), ("text", pa.string()), ("code", pa.string()),
    ("country", pa.string()), ("sectors", pa.list_(pa.string())), ("name", pa.string()),
    ("entity_id", pa.string()), ("confidence", pa.float64()), ("method", pa.string()),
])

MENTION_SCHEMA = pa.schema([
    ("mention_id", pa.string()), ("event_id", pa.string()), ("article_id", pa.string()),
    ("sentence_index", pa.int32()), ("sentence", pa.string()),
    ("source_code", pa.string()), ("source_country", pa.string()), ("source_text", pa.string()),
    ("target_code", pa.string()), ("target_country", pa.string()), ("target_text", pa.string()),
    ("trigger_text", pa.string()), ("cameo_code", pa.string()), ("cameo_root", pa.string()),
    ("quad_class", pa.int32()), ("goldstein", pa.float64()), ("plover_type", pa.string()),
    ("plover_mode", pa.string()), ("negated", pa.bool_()), ("modality", pa.string()),
    ("event_date", pa.date32()), ("date_precision", pa.string()), ("date_raw", pa.string()),
    ("location_name", pa.string()), ("location_country", pa.string()),
    ("lat", pa.float64()), ("lon", pa.float64()), ("confidence", pa.float64()),
    ("rule", pa.string()), ("ontology_version", pa.string()), ("mention_json", pa.string()),
])

ERROR_SCHEMA = pa.schema([
    ("error_id", pa.string()), ("item_id", pa.string()), ("stage", pa.string()),
    ("error_code", pa.string()), ("message", pa.string()),
    ("first_seen", pa.timestamp("us")), ("last_seen", pa.timestamp("us")),
])


def parse_date(text: str | None) -> date | None:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO datetime to the first
    day it covers; anything else to ``None`` (never an exception)."""
    if not text:
        return None
    head = text.strip()[:10]
    parts = head.split("-")
    try:
        if len(parts) == 1 and len(head) == 4:
            return date(int(head), 1, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


def error_code_text(failure: Failure) -> str:
    """The code as text, also when a caller passed an ``ErrorCode`` member."""
    return str(getattr(failure.error_code, "value", failure.error_code))


def error_id(failure: Failure) -> str:
    """Stable id of a failure, so a rerun updates its row instead of adding one."""
    key = f"{failure.item_id}|{failure.stage}|{error_code_text(failure)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def to_table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


def article_row(article: Article, *, ingested_at: datetime) -> dict:
    prov = article.provenance
    return {
        "article_id": article.article_id, "source": article.source, "doc_id": article.doc_id,
        "url": article.url, "outlet": article.outlet, "title": article.title,
        "published": parse_date(article.published), "date_precision": article.date_precision,
        "language": article.language, "text": article.text, "raw": article.raw,
        "content_sha256": prov.content_sha256 if prov else None,
        "warc_record_id": prov.warc_record_id if prov else None,
        "source_uri": prov.source_uri if prov else None,
        "fetched_at": prov.fetched_at if prov else None,
        "detente_version": prov.detente_version if prov else None,
        "ontology_versions": json.dumps(dict(prov.ontology_versions)) if prov else None,
        "ingested_at": ingested_at,
    }


def article_table(coded: Sequence[CodedArticle], *, ingested_at: datetime) -> pa.Table:
    rows = [article_row(item.article, ingested_at=ingested_at) for item in coded]
    return to_table(rows, ARTICLE_SCHEMA)


def sentence_table(coded: Sequence[CodedArticle]) -> pa.Table:
    rows = {}
    for item in coded:
        article_id = item.article.article_id
        for sent in item.sentences:
            rows.setdefault((article_id, sent.index), {
                "article_id": article_id, "sentence_index": sent.index,
                "start_char": sent.start, "end_char": sent.end, "text": sent.text,
            })
    return to_table(list(rows.values()), SENTENCE_SCHEMA)


def article_actors(item: CodedArticle) -> Iterable[ActorMention]:
    """The article's actors, then the sources and targets of its mentions."""
    yield from item.actors
    for mention in item.mentions:
        for actor in (mention.source, mention.target):
            if actor is not None:
                yield actor


def actor_row(article_id: str, actor: ActorMention) -> dict:
    return {
        "article_id": article_id, "sentence_index": actor.sentence_index,
        "start_char": actor.span.start, "end_char": actor.span.end, "text": actor.span.text,
        "code": actor.code, "country": actor.country, "sectors": list(actor.sectors),
        "name": actor.name, "entity_id": actor.entity_id,
        "confidence": actor.confidence, "method": actor.method,
    }


def actor_table(coded: Sequence[CodedArticle]) -> pa.Table:
    """One row per actor span; the first mention of a span wins."""
    rows = {}
    for item in coded:
        article_id = item.article.article_id
        for actor in article_actors(item):
            key = (article_id, actor.sentence_index, actor.span.start, actor.span.end)
            if key not in rows:
                rows[key] = actor_row(article_id, actor)
    return to_table(list(rows.values()), ACTOR_SCHEMA)


def actor_columns(actor: ActorMention | None, side: str) -> dict:
    return {
        f"{side}_code": actor.code if actor else None,
        f"{side}_country": actor.country if actor else None,
        f"{side}_text": actor.span.text if actor else None,
    }


def mention_row(article: Article, mention: EventMention) -> dict:
    """One ``event_mentions`` row. A mention fusion has not grouped
    (empty ``event_id``) stands as its own event, ``event_id = mention_id``."""
    place = mention.place
    as_json = mention_to_dict(mention, doc_id=article.doc_id or article.article_id)
    return {
        "mention_id": mention.mention_id, "event_id": mention.event_id or mention.mention_id,
        "article_id": article.article_id, "sentence_index": mention.sentence_index,
        "sentence": mention.sentence.text,
        **actor_columns(mention.source, "source"), **actor_columns(mention.target, "target"),
        "trigger_text": mention.trigger.text, "cameo_code": mention.cameo.code,
        "cameo_root": mention.cameo.root, "quad_class": mention.cameo.quad_class,
        "goldstein": mention.cameo.goldstein, "plover_type": mention.plover_type,
        "plover_mode": mention.plover_mode, "negated": mention.negated,
        "modality": mention.modality, "event_date": parse_date(mention.date.value),
        "date_precision": mention.date.precision, "date_raw": mention.date.raw,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "confidence": mention.confidence, "rule": mention.rule,
        "ontology_version": mention.ontology_version,
        "mention_json": json.dumps(as_json, ensure_ascii=False, sort_keys=False),
    }


def mention_table(coded: Sequence[CodedArticle]) -> pa.Table:
    """One row per ``mention_id``; the first occurrence wins."""
    rows = {}
    for item in coded:
        for mention in item.mentions:
            if mention.mention_id not in rows:
                rows[mention.mention_id] = mention_row(item.article, mention)
    return to_table(list(rows.values()), MENTION_SCHEMA)


def error_table(failures: Sequence[Failure], *, seen_at: datetime) -> pa.Table:
    """One row per distinct (item_id, stage, error_code); the last message wins."""
    rows = {}
    for failure in failures:
        rows[error_id(failure)] = {
            "error_id": error_id(failure), "item_id": failure.item_id, "stage": failure.stage,
            "error_code": error_code_text(failure), "message": failure.message,
            "first_seen": seen_at, "last_seen": seen_at,
        }
    return to_table(list(rows.values()), ERROR_SCHEMA)
