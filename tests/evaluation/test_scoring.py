"""Tests for detente.evaluation.scoring: class and PLOVER scores, computed by hand."""

from __future__ import annotations

import pytest

from detente.evaluation.gold import ClassSentence, PloverSentence
from detente.evaluation.predicted import PredictedEvent, PredictedSide
from detente.evaluation.scoring import CLASS_COLUMNS, score_class, score_plover

GON = PredictedSide(code="GON", country="GON", start=0, end=6)
ARN = PredictedSide(code="ARN", country="ARN", start=20, end=25)


def event(code: str, quad: int, *, confidence: float = 0.9, position: int = 10, source=GON, target=ARN,
          plover: str | None = None, mode: str | None = None) -> PredictedEvent:
    return PredictedEvent(code=code, quad_class=quad, source=source, target=target, confidence=confidence,
                          position=position, plover_type=plover, plover_mode=mode)


def sentence(item_id: str, label: int) -> ClassSentence:
    return ClassSentence(item_id=item_id, text=f"sentence {item_id}", label=label)


def test_scoring_class_root_01_02_is_class_0() -> None:
    gold = [sentence("a", 0), sentence("b", 0), sentence("c", 1)]
    predictions = {"a": [event("010", 1)], "b": [event("0231", 1)], "c": [event("040", 1)]}
    scores = score_class(gold, predictions)
    assert scores.accuracy == 1.0
    assert scores.errors == ()


def test_scoring_class_hand_computed() -> None:
    # gold:       0    1    2    3    4    4
    # predicted:  0    0    2    4    4    none
    gold = [sentence("a", 0), sentence("b", 1), sentence("c", 2), sentence("d", 3), sentence("e", 4),
            sentence("f", 4)]
    predictions = {
        "a": [event("020", 1)],
        "b": [event("012", 1)],
        "c": [event("061", 2)],
        "d": [event("190", 4)],
        "e": [event("183", 4)],
        "f": [],
    }
    scores = score_class(gold, predictions)
    assert scores.n_items == 6
    assert scores.accuracy == pytest.approx(3 / 6)
    assert scores.coverage == pytest.approx(5 / 6)
    per = {score.label: score for score in scores.per_class}
    assert (per["0"].precision, per["0"].recall, per["0"].f1) == (0.5, 1.0, pytest.approx(2 / 3))
    assert (per["1"].precision, per["1"].recall, per["1"].f1) == (0.0, 0.0, 0.0)
    assert (per["2"].precision, per["2"].recall, per["2"].f1) == (1.0, 1.0, 1.0)
    assert (per["3"].support, per["3"].predicted, per["3"].f1) == (1, 0, 0.0)
    assert (per["4"].precision, per["4"].recall, per["4"].f1) == (0.5, 0.5, 0.5)
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0 + 1 + 0 + 0.5) / 5)
    assert scores.confusion.columns == CLASS_COLUMNS == ("0", "1", "2", "3", "4", "none")
    assert scores.confusion.rows == ("0", "1", "2", "3", "4")
    assert scores.confusion.counts == (
        (1, 0, 0, 0, 0, 0),
        (1, 0, 0, 0, 0, 0),
        (0, 0, 1, 0, 0, 0),
        (0, 0, 0, 0, 1, 0),
        (0, 0, 0, 0, 1, 1),
    )
    assert scores.confusion.count("4", "none") == 1
    assert [(e.item_id, e.gold, e.predicted, e.code) for e in scores.errors] == [
        ("b", "1", "0", "012"), ("d", "3", "4", "190"), ("f", "4", "none", None),
    ]


def test_scoring_class_main_event_is_the_most_confident() -> None:
    gold = [sentence("a", 4)]
    statement = event("020", 1, confidence=0.5, target=None)
    low = event("190", 4, confidence=0.6, position=30)
    high = event("173", 4, confidence=0.8, position=40)
    scores = score_class(gold, {"a": [statement, low, high]})
    assert scores.accuracy == 1.0
    scores = score_class(gold, {"a": [event("020", 1, confidence=0.9, target=None), low]})
    assert scores.errors[0].predicted == "0"


def test_scoring_class_tie_goes_to_first_in_text() -> None:
    gold = [sentence("a", 3)]
    later = event("190", 4, confidence=0.8, position=50)
    earlier = event("111", 3, confidence=0.8, position=5)
    assert score_class(gold, {"a": [later, earlier]}).accuracy == 1.0


def test_scoring_class_missing_item_is_none() -> None:
    scores = score_class([sentence("a", 2)], {})
    assert (scores.accuracy, scores.coverage) == (0.0, 0.0)
    assert scores.confusion.count("2", "none") == 1


def plover(item_id: str, event_type: str | None, mode: str | None = None) -> PloverSentence:
    return PloverSentence(item_id=item_id, text=item_id, event_type=event_type, mode=mode)


def test_scoring_plover_hand_computed() -> None:
    gold = [
        plover("a", "AGREE"),
        plover("b", "ASSAULT", "aerial"),
        plover("c", "ASSAULT", "firearms"),
        plover("d", "CONSULT", "visit"),
        plover("e", None),
    ]
    predictions = {
        "a": [event("057", 1, plover="AGREE")],
        "b": [event("195", 4, plover="ASSAULT", mode="aerial")],
        "c": [event("190", 4, plover="ASSAULT", mode="")],
        "d": [],
        "e": [event("111", 3, plover="ACCUSE", mode="disapprove")],
    }
    scores = score_plover(gold, predictions)
    # 3 right of 4 predicted types, of 4 gold types
    assert scores.event_type.correct == 3
    assert (scores.event_type.predicted, scores.event_type.gold) == (4, 4)
    assert scores.event_type.precision == 0.75 and scores.event_type.recall == 0.75
    per = {score.label: score for score in scores.per_type}
    assert sorted(per) == ["AGREE", "ASSAULT", "CONSULT"]
    assert per["CONSULT"].f1 == 0.0 and per["AGREE"].f1 == 1.0 and per["ASSAULT"].f1 == 1.0
    assert scores.macro_f1 == pytest.approx(2 / 3)
    # mode: items b and c have a gold mode and the right type; b right, c wrong
    assert (scores.mode_items, scores.mode_accuracy) == (2, 0.5)
    assert [error.item_id for error in scores.errors] == ["c", "d", "e"]
    pairs = {(pair.expected, pair.produced): pair.count for pair in scores.confusion}
    assert pairs[("ASSAULT", "ASSAULT")] == 2
    assert pairs[("CONSULT", "none")] == 1
    assert pairs[("none", "ACCUSE")] == 1
