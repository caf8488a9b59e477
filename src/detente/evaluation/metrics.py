"""Precision, recall, F1 and confusion tables: the arithmetic every scorer shares.

A ratio with a zero denominator is 0.0 (nothing predicted means no
precision to claim; an empty gold set means no recall to earn).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Prf:
    """Precision ``correct_predicted / predicted``, recall ``correct / gold``.

    For exact matching ``correct_predicted == correct``; for lenient
    (overlap) matching they can differ: several predictions may cover one
    gold item, or one prediction several."""

    precision: float
    recall: float
    f1: float
    predicted: int
    gold: int
    correct: int
    correct_predicted: int


@dataclass(frozen=True, slots=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int  # gold items with this label
    predicted: int  # items predicted as this label


@dataclass(frozen=True, slots=True)
class Confusion:
    """``counts[r][c]``: items with gold ``rows[r]`` predicted as ``columns[c]``."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def count(self, gold: str, predicted: str) -> int:
        return self.counts[self.rows.index(gold)][self.columns.index(predicted)]


@dataclass(frozen=True, slots=True)
class PairCount:
    """How often gold ``expected`` came out as ``produced`` (``none``: missing)."""

    expected: str
    produced: str
    count: int


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def harmonic(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def prf(*, correct: int, predicted: int, gold: int, correct_predicted: int | None = None) -> Prf:
    """P/R/F1 from counts; ``correct_predicted`` defaults to ``correct``."""
    hits = correct if correct_predicted is None else correct_predicted
    precision, recall = ratio(hits, predicted), ratio(correct, gold)
    return Prf(
        precision=precision, recall=recall, f1=harmonic(precision, recall),
        predicted=predicted, gold=gold, correct=correct, correct_predicted=hits,
    )


def set_prf(predicted: Iterable[Iterable], gold: Iterable[Iterable]) -> Prf:
    """Micro P/R/F1 of per-item sets: ``predicted[i]`` against ``gold[i]``."""
    correct = n_predicted = n_gold = 0
    for produced, expected in zip(predicted, gold, strict=True):
        produced, expected = set(produced), set(expected)
        correct += len(produced & expected)
        n_predicted += len(produced)
        n_gold += len(expected)
    return prf(correct=correct, predicted=n_predicted, gold=n_gold)


def label_scores(pairs: Sequence[tuple[str, str]], labels: Sequence[str]) -> tuple[LabelScore, ...]:
    """Per-label P/R/F1 of ``(gold, predicted)`` pairs, for each of ``labels``."""
    scores = []
    for label in labels:
        correct = sum(1 for gold, predicted in pairs if gold == label and predicted == label)
        support = sum(1 for gold, _ in pairs if gold == label)
        predicted = sum(1 for _, guess in pairs if guess == label)
        score = prf(correct=correct, predicted=predicted, gold=support)
        scores.append(LabelScore(label, score.precision, score.recall, score.f1, support, predicted))
    return tuple(scores)


def confusion(pairs: Iterable[tuple[str, str]], *, rows: Sequence[str], columns: Sequence[str]) -> Confusion:
    """Count ``(gold, predicted)`` pairs into a ``rows`` x ``columns`` table;
    pairs outside the table are ignored."""
    counts = Counter(pairs)
    table = tuple(tuple(counts[(row, column)] for column in columns) for row in rows)
    return Confusion(rows=tuple(rows), columns=tuple(columns), counts=table)


def pair_counts(pairs: Iterable[tuple[str, str]]) -> tuple[PairCount, ...]:
    """Distinct ``(expected, produced)`` pairs, most frequent first."""
    counts = Counter(pairs)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(PairCount(expected, produced, n) for (expected, produced), n in ordered)
