"""Tests for detente.evaluation.scoring_petrarch: triples, levels and confusion by hand."""

from __future__ import annotations

import pytest

from detente.evaluation.gold import PetrarchCoding, PetrarchSentence
from detente.evaluation.predicted import PredictedEvent, PredictedSide
from detente.evaluation.scoring_petrarch import confusion_pairs, produced_triples, score_petrarch


def side(code: str | None) -> PredictedSide:
    return PredictedSide(code=code, country=None, start=0, end=1)


def event(source: str | None, target: str | None, code: str, quad: int) -> PredictedEvent:
    return PredictedEvent(
        code=code, quad_class=quad, source=side(source) if source else None,
        target=side(target) if target else None, confidence=0.9, position=0,
    )


def record(item_id: str, *codings: tuple[str, str, str], error: str | None = None) -> PetrarchSentence:
    return PetrarchSentence(
        item_id=item_id, text=item_id, date="1995-01-01", category="DEMO",
        codings=tuple(PetrarchCoding(*coding) for coding in codings), error=error,
    )


def test_scoring_petrarch_produced_triples_need_both_sides() -> None:
    events = [event("ARN", "GON", "064", 2), event("ARN", None, "010", 1), PredictedEvent(
        code="173", quad_class=4, source=side(None), target=side("GON"), confidence=0.5, position=3)]
    assert produced_triples(events) == {("ARN", "GON", "064"), ("---", "GON", "173")}


def test_scoring_petrarch_hand_computed() -> None:
    gold = [
        record("s1", ("ARN", "GON", "064")),                          # exact
        record("s2", ("GON", "MOR", "111"), ("MOR", "GON", "112")),   # one wrong code, one missing
        record("s3"),                                                 # no event, and one produced
        record("s4"),                                                 # no event, nothing produced
        record("s5", ("ARN", "GON", "010"), error="dateline"),        # skipped
    ]
    predictions = {
        "s1": [event("ARN", "GON", "064", 2)],
        "s2": [event("GON", "MOR", "120", 3)],
        "s3": [event("ROH", "GON", "190", 4)],
        "s5": [event("ARN", "GON", "010", 1)],
    }
    scores = score_petrarch(gold, predictions)
    assert (scores.n_items, scores.n_skipped) == (4, 1)
    levels = {level.level: level for level in scores.levels}
    event_level = levels["event"]
    # expected 3, produced 3, matched 1
    assert (event_level.expected, event_level.produced, event_level.matched, event_level.extra) == (3, 3, 1, 2)
    assert scores.exact == pytest.approx(1 / 3)
    assert scores.extra == pytest.approx(2 / 3)
    assert event_level.extra_of_expected == pytest.approx(2 / 3)
    assert event_level.f1 == pytest.approx(1 / 3)
    # root: 111 vs 120 differ (11 vs 12); quad: both 3 -> GON MOR matches
    assert levels["root"].matched == 1
    assert levels["quad"].matched == 2
    assert levels["dyad"].matched == 2
    assert (scores.no_event_items, scores.no_event_correct) == (2, 0.5)
    assert scores.sentences_correct == pytest.approx(2 / 4)
    assert [error.item_id for error in scores.errors] == ["s2", "s3"]
    assert scores.errors[0].expected == ("GON MOR 111", "MOR GON 112")
    assert scores.errors[0].produced == ("GON MOR 120",)


def test_scoring_petrarch_confusion() -> None:
    gold = [record("s1", ("ARN", "GON", "064")), record("s2", ("GON", "MOR", "111"), ("MOR", "GON", "112")),
            record("s3")]
    predictions = {"s1": [event("ARN", "GON", "064", 2)], "s2": [event("GON", "MOR", "120", 3)],
                   "s3": [event("ROH", "GON", "190", 4)]}
    scores = score_petrarch(gold, predictions)
    pairs = {(pair.expected, pair.produced): pair.count for pair in scores.code_confusion}
    assert pairs == {("064", "064"): 1, ("111", "120"): 1, ("112", "none"): 1, ("none", "190"): 1}
    roots = scores.root_confusion
    assert roots.rows == ("06", "11", "12", "19", "none")
    assert roots.count("06", "06") == 1
    assert roots.count("11", "12") == 1
    assert roots.count("11", "none") == 1  # 112 -> none
    assert roots.count("none", "19") == 1


def test_scoring_petrarch_confusion_picks_closest_code() -> None:
    expected = frozenset({("A", "B", "0331")})
    produced = frozenset({("A", "B", "190"), ("A", "B", "0332"), ("A", "B", "040")})
    assert confusion_pairs(expected, produced) == [("0331", "0332")]


def test_scoring_petrarch_include_errors() -> None:
    gold = [record("s5", ("ARN", "GON", "010"), error="dateline")]
    scores = score_petrarch(gold, {}, include_errors=True)
    assert (scores.n_items, scores.n_skipped, scores.exact) == (1, 0, 0.0)
