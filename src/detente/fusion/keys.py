"""Fusion keys: which mentions report the same real-world event.

This first key is deliberately strict (same code, same directed actor
codes, same date as precise as known), so distinct events never merge;
later fusion work loosens it with evidence from several reports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from detente.types import BatchResult, CodedArticle, EventMention


def fusion_key(mention: EventMention) -> str:
    source = mention.source.code if mention.source else ""
    target = mention.target.code if mention.target else ""
    return "|".join((
        mention.cameo.code, source or "", target or "", mention.date.value or "", mention.date.precision,
        "neg" if mention.negated else "",
    ))


def event_id_for(mention: EventMention) -> str:
    return hashlib.sha256(fusion_key(mention).encode()).hexdigest()[:32]


class AssignEvents:
    """Give each event mention the id of the event it reports."""

    name = "fusion.keys.v1"
    requires = ("coded_article",)
    produces = ("fused_article",)

    def __call__(self, coded: Sequence[CodedArticle]) -> BatchResult:
        items = tuple(
            replace(item, mentions=tuple(replace(m, event_id=event_id_for(m)) for m in item.mentions))
            for item in coded
        )
        return BatchResult(items=items, failures=())
