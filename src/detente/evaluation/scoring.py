"""Scorers: gold records + what the coder produced -> scores. Pure functions.

``predictions`` maps a gold ``item_id`` to the events coded for that item
(:class:`~detente.evaluation.predicted.PredictedEvent`); a missing item
counts as "no event". Each scorer returns one frozen record, with the
items it got wrong in ``errors`` for reading by hand.

* :func:`score_class` (``conflibert-class``): the item's main event
  (:func:`~detente.evaluation.predicted.main_event`) gives its class: 0 for
  CAMEO roots 01-02, else the quad class 1-4, ``none`` with no event
  (always wrong: every gold sentence holds an event).
* :func:`score_plover` (``plover-json``): PLOVER type of the main event
  against the gold type; mode accuracy over items whose type is right.
* :func:`score_petrarch` (``petrarch-xml``, in
  :mod:`detente.evaluation.scoring_petrarch`) and :func:`score_ner`
  (``conflibert-ner``, in :mod:`detente.evaluation.spans`) are re-exported
  here, so this module names every scorer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from detente.evaluation.gold import CLASS_LABELS, ClassSentence, PloverSentence
from detente.evaluation.metrics import (
    Confusion,
    LabelScore,
    PairCount,
    Prf,
    confusion,
    label_scores,
    pair_counts,
    prf,
    ratio,
)
from detente.evaluation.predicted import NO_EVENT, PredictedEvent, Predictions, main_event, penta_class
from detente.evaluation.scoring_petrarch import PetrarchScores, score_petrarch
from detente.evaluation.spans import NerScores, score_ner

__all__ = [
    "ClassScores", "NerScores", "PetrarchScores", "PloverScores",
    "score_class", "score_ner", "score_petrarch", "score_plover",
]

CLASS_ROWS: tuple[str, ...] = tuple(str(label) for label in CLASS_LABELS)
CLASS_COLUMNS: tuple[str, ...] = (*CLASS_ROWS, NO_EVENT)


@dataclass(frozen=True, slots=True)
class ClassError:
    """One misclassified sentence and the event that decided its class."""

    item_id: str
    text: str
    gold: str
    predicted: str
    code: str | None  # CAMEO code of the main event
    source: str | None
    target: str | None


@dataclass(frozen=True, slots=True)
class ClassScores:
    n_items: int
    accuracy: float
    macro_f1: float  # mean F1 over the five gold classes
    coverage: float  # share of items with any coded event
    per_class: tuple[LabelScore, ...]
    confusion: Confusion  # gold 0-4 x predicted 0-4 + none
    errors: tuple[ClassError, ...]


@dataclass(frozen=True, slots=True)
class PloverError:
    item_id: str
    text: str
    gold_type: str | None
    gold_mode: str | None
    predicted_type: str | None
    predicted_mode: str | None
    code: str | None


@dataclass(frozen=True, slots=True)
class PloverScores:
    n_items: int
    event_type: Prf  # correct: predicted type == gold type, both set
    per_type: tuple[LabelScore, ...]
    macro_f1: float  # mean F1 over the gold types present
    mode_accuracy: float  # over items with a gold mode and the right type
    mode_items: int
    confusion: tuple[PairCount, ...]  # gold type -> predicted type (``none``: no event)
    errors: tuple[PloverError, ...]


def score_class(gold: Sequence[ClassSentence], predictions: Predictions) -> ClassScores:
    """Accuracy, per-class and macro F1, coverage and confusion of penta classes."""
    pairs, errors, covered = [], [], 0
    for sent in gold:
        events = predictions.get(sent.item_id, ())
        covered += bool(events)
        event = main_event(events)
        guess = penta_class(event)
        pairs.append((str(sent.label), guess))
        if guess != str(sent.label):
            errors.append(_class_error(sent, guess, event))
    per_class = label_scores(pairs, CLASS_ROWS)
    return ClassScores(
        n_items=len(gold),
        accuracy=ratio(sum(1 for expected, guess in pairs if expected == guess), len(pairs)),
        macro_f1=ratio(sum(score.f1 for score in per_class), len(per_class)),
        coverage=ratio(covered, len(gold)),
        per_class=per_class,
        confusion=confusion(pairs, rows=CLASS_ROWS, columns=CLASS_COLUMNS),
        errors=tuple(errors),
    )


def _class_error(sent: ClassSentence, guess: str, event: PredictedEvent | None) -> ClassError:
    return ClassError(
        item_id=sent.item_id, text=sent.text, gold=str(sent.label), predicted=guess,
        code=event.code if event else None,
        source=_side_code(event.source) if event else None,
        target=_side_code(event.target) if event else None,
    )


def _side_code(side) -> str | None:
    return None if side is None else side.code or side.country


def score_plover(gold: Sequence[PloverSentence], predictions: Predictions) -> PloverScores:
    """PLOVER event type P/R/F1 (micro and per type) and mode accuracy."""
    pairs, errors = [], []
    mode_items = mode_right = 0
    for sent in gold:
        event = main_event(predictions.get(sent.item_id, ()))
        guess_type = event.plover_type if event else None
        guess_mode = event.plover_mode if event else None
        pairs.append((sent.event_type or NO_EVENT, guess_type or NO_EVENT))
        type_right = guess_type == sent.event_type
        if sent.mode and sent.event_type and type_right:
            mode_items += 1
            mode_right += (guess_mode or None) == sent.mode
        if not type_right or (sent.mode and (guess_mode or None) != sent.mode):
            errors.append(PloverError(
                item_id=sent.item_id, text=sent.text, gold_type=sent.event_type, gold_mode=sent.mode,
                predicted_type=guess_type, predicted_mode=guess_mode, code=event.code if event else None,
            ))
    types = sorted({sent.event_type for sent in gold if sent.event_type})
    per_type = label_scores(pairs, types)
    correct = sum(1 for expected, guess in pairs if expected == guess != NO_EVENT)
    return PloverScores(
        n_items=len(gold),
        event_type=prf(
            correct=correct,
            predicted=sum(1 for _, guess in pairs if guess != NO_EVENT),
            gold=sum(1 for expected, _ in pairs if expected != NO_EVENT),
        ),
        per_type=per_type,
        macro_f1=ratio(sum(score.f1 for score in per_type), len(per_type)),
        mode_accuracy=ratio(mode_right, mode_items),
        mode_items=mode_items,
        confusion=pair_counts(pairs),
        errors=tuple(errors),
    )
