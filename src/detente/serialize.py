"""Records to the stable JSON shapes of ``detente code`` and ``detente events``.

Actor and trigger offsets in the JSON are relative to the sentence, while the
records hold offsets into the article text; the conversion happens here only.
"""

from __future__ import annotations

from typing import Any

from detente.types import ActorMention, Article, EventMention, ResolvedDate, Place


def actor_to_dict(actor: ActorMention | None, sentence_start: int) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "text": actor.span.text,
        "start": actor.span.start - sentence_start,
        "end": actor.span.end - sentence_start,
        "name": actor.name,
        "country": actor.country,
        "sectors": list(actor.sectors),
        "cameo": actor.code,
        "kb_id": actor.entity_id,
        "resolved_by": actor.method,
    }


def date_to_dict(date: ResolvedDate) -> dict[str, Any]:
    return {"value": date.value, "precision": date.precision, "raw": date.raw}


def place_to_dict(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "geonameid": place.geonames_id,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "precision": place.precision,
    }


def mention_to_dict(mention: EventMention, *, doc_id: str | None = None) -> dict[str, Any]:
    """The event-mention JSON documented in docs/schema.md."""
    offset = mention.sentence.start
    return {
        "doc_id": doc_id or mention.article_id,
        "sentence_index": mention.sentence_index,
        "sentence": mention.sentence.text,
        "source": actor_to_dict(mention.source, offset),
        "target": actor_to_dict(mention.target, offset),
        "trigger": {
            "text": mention.trigger.text,
            "start": mention.trigger.start - offset,
            "end": mention.trigger.end - offset,
        },
        "cameo": {
            "code": mention.cameo.code,
            "root": mention.cameo.root,
            "quad_class": mention.cameo.quad_class,
            "goldstein": mention.cameo.goldstein,
        },
        "plover": {"type": mention.plover_type, "mode": mention.plover_mode},
        "negated": mention.negated,
        "modality": mention.modality,
        "date": date_to_dict(mention.date),
        "location": place_to_dict(mention.place),
        "confidence": round(mention.confidence, 3),
        "rule": mention.rule,
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    """The ``detente articles --format jsonl`` shape."""
    return {
        "id": article.article_id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "outlet": article.outlet,
        "text": article.text,
    }
