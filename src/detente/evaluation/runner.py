"""Run the coder over a gold file and score it: the library call behind
``detente evaluate``.

Each gold item becomes one document (its ``item_id`` as ``doc_id``, its
date as the publication date); documents go through
:func:`detente.run.code_documents` in batches, so the model parses many at
once. An item the pipeline refuses (for example E010, "not English") is
recorded in ``failures`` and scored as "no event".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Union

from detente.config import Settings
from detente.evaluation.gold import GoldRecord, load_gold
from detente.evaluation.re3d import Re3dScores, predict_entities, score_re3d
from detente.evaluation.predicted import PredictedEvent, predicted_events
from detente.evaluation.scoring import (
    ClassScores,
    NerScores,
    PetrarchScores,
    PloverScores,
    score_class,
    score_ner,
    score_petrarch,
    score_plover,
)
from detente.types import Failure, RawDocument

Scores = Union[ClassScores, NerScores, PetrarchScores, PloverScores, Re3dScores]

SCORERS: dict[str, Callable[[Sequence[Any], Any], Scores]] = {
    "petrarch-xml": score_petrarch,
    "conflibert-class": score_class,
    "conflibert-ner": score_ner,
    "plover-json": score_plover,
}


@dataclass(frozen=True, slots=True)
class CodedGold:
    """The coder's events per gold item, and the items it refused."""

    predictions: dict[str, tuple[PredictedEvent, ...]]
    failures: tuple[Failure, ...]


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    gold_path: str
    format: str
    dictionaries: str | None
    n_items: int
    n_failed: int  # items the pipeline refused; scored as "no event"
    seconds: float  # coding time, model loading excluded
    load_seconds: float
    scores: Scores
    failures: tuple[Failure, ...]


def evaluate_gold(
    path: Path,
    *,
    fmt: str,
    settings: Settings,
    dictionaries_dir: Path | None = None,
    limit: int | None = None,
    batch_size: int = 64,
    resources=None,
    on_progress: Callable[[int], None] | None = None,
) -> EvaluationReport:
    """Load the gold file, code every item, score it. ``resources`` (from
    :func:`detente.run.load_resources`) is loaded here when not given;
    ``dictionaries_dir`` then names PETRARCH dictionaries to load with it."""
    from detente.run import load_resources

    records = load_gold(Path(path), fmt=fmt, limit=limit)
    started = time.perf_counter()
    if resources is None:
        resources = load_resources(settings, dictionaries_dir=dictionaries_dir)
    loaded = time.perf_counter()
    if fmt == "re3d":  # entity extraction: parse and extract, no coder
        predicted, failures = predict_entities(records, resources=resources, settings=settings,
                                               on_progress=on_progress)
        scores = score_re3d(records, predicted)
    else:
        coded = code_gold(
            records, resources=resources, settings=settings, batch_size=batch_size,
            source=Path(path).name, on_progress=on_progress,
        )
        scores, failures = SCORERS[fmt](records, coded.predictions), coded.failures
    seconds = time.perf_counter() - loaded
    return EvaluationReport(
        gold_path=str(path), format=fmt, dictionaries=str(dictionaries_dir) if dictionaries_dir else None,
        n_items=len(records), n_failed=len(failures), seconds=seconds, load_seconds=loaded - started,
        scores=scores, failures=failures,
    )


def code_gold(
    records: Sequence[GoldRecord],
    *,
    resources,
    settings: Settings,
    batch_size: int = 64,
    source: str = "gold",
    on_progress: Callable[[int], None] | None = None,
) -> CodedGold:
    """Code the gold items in batches; events keyed by ``item_id``, with
    offsets moved onto each item's gold text."""
    from detente.run import batched, code_documents

    predictions: dict[str, tuple[PredictedEvent, ...]] = {}
    failures: list[Failure] = []
    for batch in batched(records, max(batch_size, 1)):
        result = code_documents([gold_document(record, source=source) for record in batch],
                                resources=resources, settings=settings)
        failures.extend(result.failures)
        coded = {item.article.doc_id: item for item in result.items}
        for record in batch:
            if record.item_id in coded:
                predictions[record.item_id] = predicted_events(coded[record.item_id], record.text)
        if on_progress:
            on_progress(len(batch))
    return CodedGold(predictions=predictions, failures=tuple(failures))


def gold_document(record: GoldRecord, *, source: str = "gold") -> RawDocument:
    """The document the coder sees for one gold item."""
    return RawDocument(
        source=f"{source}#{record.item_id}", text=record.text, doc_id=record.item_id,
        published=getattr(record, "date", None),
    )


def report_to_dict(report: EvaluationReport, *, max_errors: int | None = None) -> dict[str, Any]:
    """The report as JSON-ready data (``detente evaluate --json``); the list
    of wrongly coded items is cut to ``max_errors`` when given."""
    data = asdict(report)
    if max_errors is not None:
        data["scores"]["errors"] = data["scores"]["errors"][:max_errors]
    data["n_errors"] = len(report.scores.errors)
    return data
