"""Tests for detente.evaluation.spans: span and token scores computed by hand."""

from __future__ import annotations

import pytest

from detente.evaluation.gold import ner_sentence
from detente.evaluation.predicted import PredictedEvent, PredictedSide
from detente.evaluation.spans import overlap_prf, predicted_spans, score_ner, token_prf, token_span

# "Gondor troops shelled the Arnor border ."
#  0      7      14      22  26    32     39
SENT = ner_sentence("1", [("Gondor", "B-S"), ("troops", "I-S"), ("shelled", "O"), ("the", "B-T"),
                          ("Arnor", "I-T"), ("border", "I-T"), (".", "O")])


def side(start: int, end: int) -> PredictedSide:
    return PredictedSide(code="X", country=None, start=start, end=end)


def event(source, target, *, confidence: float = 0.9, position: int = 14) -> PredictedEvent:
    return PredictedEvent(code="190", quad_class=4, source=source, target=target, confidence=confidence,
                          position=position)


def test_spans_token_span_from_characters() -> None:
    assert token_span(0, 13, SENT.tokens) == (0, 2)
    assert token_span(2, 9, SENT.tokens) == (0, 2)  # partial tokens count
    assert token_span(26, 31, SENT.tokens) == (4, 5)
    assert token_span(6, 7, SENT.tokens) is None  # the space between tokens
    assert token_span(5, 5, SENT.tokens) is None  # empty span
    # an abbreviation's period that also ends the sentence ("... Inc.") is the sentence's
    assert token_span(22, 39, SENT.tokens) == (3, 6)


def test_spans_main_and_any_variants() -> None:
    main = event(side(0, 6), side(26, 31), confidence=0.9)
    other = event(side(0, 13), side(22, 38), confidence=0.5, position=3)
    assert predicted_spans(SENT, [main, other], label="S", variant="main") == {(0, 1)}
    assert predicted_spans(SENT, [main, other], label="S", variant="any") == {(0, 1), (0, 2)}
    assert predicted_spans(SENT, [main, other], label="T", variant="any") == {(4, 5), (3, 6)}
    assert predicted_spans(SENT, [], label="T", variant="main") == frozenset()


def test_spans_main_act_keeps_every_pair_of_the_trigger() -> None:
    # "Gondor troops shelled the Arnor border": coded once per target, the
    # same trigger and code is one act with two targets; another trigger is not
    first = event(side(0, 13), side(22, 25), confidence=0.9)
    second = event(side(0, 13), side(26, 38), confidence=0.8)
    elsewhere = event(side(0, 6), side(32, 38), confidence=0.7, position=3)
    spans = predicted_spans(SENT, [first, second, elsewhere], label="T", variant="main")
    assert spans == {(3, 4), (4, 6)}


def test_spans_score_hand_computed() -> None:
    # gold S = tokens 0-2 "Gondor troops", T = tokens 3-6 "the Arnor border"
    # main event: source "Gondor troops" (exact), target "Arnor" (overlap only)
    main = event(side(0, 13), side(26, 31))
    scores = score_ner([SENT], {"1": [main]})
    source, target = scores.get("S", "main"), scores.get("T", "main")
    assert (source.exact.precision, source.exact.recall, source.exact.f1) == (1.0, 1.0, 1.0)
    assert (target.exact.precision, target.exact.recall) == (0.0, 0.0)
    assert (target.overlap.precision, target.overlap.recall) == (1.0, 1.0)
    # tokens: predicted {4}, gold {3, 4, 5}
    assert target.tokens.precision == 1.0
    assert target.tokens.recall == pytest.approx(1 / 3)
    assert target.tokens.f1 == pytest.approx(0.5)
    assert scores.coverage == 1.0
    (error,) = scores.errors
    assert (error.gold_target, error.predicted_target) == (("the Arnor border",), ("Arnor",))
    assert error.predicted_source == ("Gondor troops",)


def test_spans_missing_prediction() -> None:
    scores = score_ner([SENT], {})
    source = scores.get("S", "any")
    assert (source.exact.predicted, source.exact.gold, source.exact.f1) == (0, 1, 0.0)
    assert scores.coverage == 0.0
    assert scores.errors[0].predicted_source == ()


def test_spans_overlap_counts_each_side() -> None:
    # two predictions inside one gold span: both precise, one gold span found
    score = overlap_prf([frozenset({(0, 1), (1, 2)})], [frozenset({(0, 2)})])
    assert (score.correct_predicted, score.predicted, score.correct, score.gold) == (2, 2, 1, 1)
    assert (score.precision, score.recall) == (1.0, 1.0)
    # one prediction across two gold spans: both found
    score = overlap_prf([frozenset({(0, 4)})], [frozenset({(0, 1), (3, 4)})])
    assert (score.correct_predicted, score.correct) == (1, 2)


def test_spans_token_prf_pools_items() -> None:
    score = token_prf([frozenset({(0, 2)}), frozenset()], [frozenset({(1, 3)}), frozenset({(0, 1)})])
    # item 1: predicted {0,1}, gold {1,2}: 1 right; item 2: gold {0}
    assert (score.correct, score.predicted, score.gold) == (1, 2, 3)
