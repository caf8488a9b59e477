"""Tests for detente.evaluation.metrics: the shared arithmetic."""

from __future__ import annotations

import pytest

from detente.evaluation.metrics import PairCount, confusion, label_scores, pair_counts, prf, set_prf


def test_metrics_prf_and_zero_denominators() -> None:
    score = prf(correct=2, predicted=4, gold=8)
    assert (score.precision, score.recall) == (0.5, 0.25)
    assert score.f1 == pytest.approx(1 / 3)
    empty = prf(correct=0, predicted=0, gold=0)
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def test_metrics_set_prf_is_micro() -> None:
    score = set_prf([{1, 2}, {3}], [{2}, {3, 4, 5}])
    assert (score.correct, score.predicted, score.gold) == (2, 3, 4)


def test_metrics_label_scores_and_confusion() -> None:
    pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "none")]
    a, b = label_scores(pairs, ["a", "b"])
    assert (a.precision, a.recall, a.support, a.predicted) == (1.0, 0.5, 2, 1)
    assert (b.precision, b.recall, b.support, b.predicted) == (0.5, 0.5, 2, 2)
    table = confusion(pairs, rows=["a", "b"], columns=["a", "b", "none"])
    assert table.counts == ((1, 1, 0), (0, 1, 1))
    assert table.count("b", "none") == 1


def test_metrics_pair_counts_most_frequent_first() -> None:
    assert pair_counts([("x", "y"), ("a", "b"), ("x", "y")]) == (PairCount("x", "y", 2), PairCount("a", "b", 1))
