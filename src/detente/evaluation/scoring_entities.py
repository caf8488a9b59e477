"""Typed entity spans scored against gold: exact and overlap matching.

Spans are compared per document and per label. *Exact*: same start, end
and label. *Overlap*: same label and at least one shared character; then a
gold span counts as found when any prediction of its label overlaps it
(recall), and a prediction counts as right when it overlaps any gold span
of its label (precision), so the two counts can differ
(:class:`detente.evaluation.metrics.Prf`). Micro figures pool every label.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from detente.evaluation.metrics import Prf, prf
from detente.types import Span


@dataclass(frozen=True, slots=True)
class EntityLabelScore:
    label: str  # a type, or ``micro`` for all types pooled
    exact: Prf
    overlap: Prf


@dataclass(frozen=True, slots=True)
class EntityError:
    """One miss or false alarm: ``kind`` is ``missed``, ``spurious``,
    ``boundary`` (right label, overlapping but different span) or
    ``label`` (same span, other label)."""

    item_id: str
    kind: str
    gold: str
    predicted: str
    text: str
    start: int = -1  # where in the document (the gold span's first character; the prediction's if spurious)


@dataclass(frozen=True, slots=True)
class EntityScores:
    view: str  # how the gold spans were prepared (``flat``, ``nested``)
    n_items: int
    labels: tuple[EntityLabelScore, ...]  # per label, then ``micro``
    error_kinds: tuple[tuple[str, int], ...]  # (kind, count), most frequent first
    errors: tuple[EntityError, ...]

    def micro(self) -> EntityLabelScore:
        return next(score for score in self.labels if score.label == "micro")


def score_entities(
    gold: Mapping[str, Sequence[Span]],
    predicted: Mapping[str, Sequence[Span]],
    *,
    labels: Sequence[str],
    view: str = "",
) -> EntityScores:
    """Score ``predicted[item_id]`` against ``gold[item_id]`` for ``labels``;
    spans with other labels are ignored on both sides."""
    wanted = set(labels)
    counts: Counter = Counter()
    errors: list[EntityError] = []
    for item_id in sorted(gold):
        expected = [span for span in gold[item_id] if span.label in wanted]
        produced = [span for span in predicted.get(item_id, ()) if span.label in wanted]
        counts.update(_count_item(expected, produced))
        errors.extend(entity_errors(item_id, expected, produced))
    rows = [_label_score(label, counts, (label,)) for label in labels]
    rows.append(_label_score("micro", counts, tuple(labels)))
    kinds = Counter(error.kind for error in errors)
    return EntityScores(
        view=view, n_items=len(gold), labels=tuple(rows),
        error_kinds=tuple(sorted(kinds.items(), key=lambda item: (-item[1], item[0]))), errors=tuple(errors),
    )


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _count_item(expected: Sequence[Span], produced: Sequence[Span]) -> Counter:
    counts: Counter = Counter()
    exact = {(span.start, span.end, span.label) for span in expected}
    for span in expected:
        counts[(span.label, "gold")] += 1
        counts[(span.label, "found")] += any(_overlaps(span, p) and p.label == span.label for p in produced)
    for span in {(p.start, p.end, p.label): p for p in produced}.values():
        counts[(span.label, "predicted")] += 1
        counts[(span.label, "exact")] += (span.start, span.end, span.label) in exact
        counts[(span.label, "right")] += any(_overlaps(span, g) and g.label == span.label for g in expected)
    return counts


def _label_score(name: str, counts: Counter, labels: tuple[str, ...]) -> EntityLabelScore:
    def total(key: str) -> int:
        return sum(counts[(label, key)] for label in labels)

    exact = prf(correct=total("exact"), predicted=total("predicted"), gold=total("gold"))
    overlap = prf(correct=total("found"), predicted=total("predicted"), gold=total("gold"),
                  correct_predicted=total("right"))
    return EntityLabelScore(label=name, exact=exact, overlap=overlap)


def entity_errors(item_id: str, expected: Sequence[Span], produced: Sequence[Span]) -> list[EntityError]:
    """Every gold span not matched exactly and every prediction not in gold."""
    exact_gold = {(span.start, span.end, span.label) for span in expected}
    exact_pred = {(span.start, span.end, span.label) for span in produced}
    errors = []
    for span in expected:
        if (span.start, span.end, span.label) not in exact_pred:
            errors.append(_gold_error(item_id, span, produced))
    for span in produced:
        if (span.start, span.end, span.label) not in exact_gold and not any(_overlaps(span, g) for g in expected):
            errors.append(EntityError(item_id, "spurious", "", f"{span.label}:{span.text}", span.text, span.start))
    return errors


def _gold_error(item_id: str, span: Span, produced: Sequence[Span]) -> EntityError:
    same = next((p for p in produced if (p.start, p.end) == (span.start, span.end)), None)
    near = next((p for p in produced if _overlaps(span, p) and p.label == span.label), None)
    other = next((p for p in produced if _overlaps(span, p)), None)
    guess = same or near or other
    kind = "label" if same else "boundary" if near else "boundary+label" if other else "missed"
    shown = f"{guess.label}:{guess.text}" if guess else ""
    return EntityError(item_id, kind, f"{span.label}:{span.text}", shown, span.text, span.start)
