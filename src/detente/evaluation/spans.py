"""Score source and target spans against CoNLL BIO gold (``conflibert-ner``).

Predicted actor spans (character offsets into the gold text) become token
spans: every gold token the characters touch. Gold ``S`` spans compare with
predicted sources, ``T`` spans with predicted targets; ``R`` is not scored.
The gold marks the parties of a mutual act ("Canada and Costa Rica have
agreed ...", "Putin will meet Merkel") as ``R``, neither source nor target,
so a meeting or talks, or an event the coder coded in both directions from
one trigger, gives no ``S`` or ``T`` span.

Two variants of the prediction:

* ``main``: the sides of the item's main act
  (:func:`~detente.evaluation.predicted.main_act`): the main event and the
  events coded from its trigger with its code, one per actor pair;
* ``any``: the sides of every coded event, as a set.

Three measures, each micro-averaged over the corpus:

* ``exact``: a span is right when its first and last tokens both match;
* ``overlap``: a predicted span is right when it shares a token with a
  gold span of its label (precision), a gold span is found when some
  predicted span shares a token with it (recall);
* ``tokens``: tokens inside predicted spans against tokens inside gold
  spans.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from detente.evaluation.gold import NerSentence, NerToken
from detente.evaluation.metrics import Prf, prf, ratio, set_prf
from detente.evaluation.predicted import PredictedEvent, PredictedSide, Predictions, is_mutual, main_act, main_event

TokenSpan = tuple[int, int]  # first token, last token (exclusive)
SIDES = {"S": "source", "T": "target"}
VARIANTS = ("main", "any")


@dataclass(frozen=True, slots=True)
class SpanScore:
    label: str  # S source | T target
    variant: str  # main | any
    exact: Prf
    overlap: Prf
    tokens: Prf


@dataclass(frozen=True, slots=True)
class NerError:
    """A sentence whose main-event source or target span is not exactly gold."""

    item_id: str
    text: str
    gold_source: tuple[str, ...]
    gold_target: tuple[str, ...]
    predicted_source: tuple[str, ...]  # the main act's sources, in text order
    predicted_target: tuple[str, ...]
    code: str | None


@dataclass(frozen=True, slots=True)
class NerScores:
    n_items: int
    coverage: float  # share of items with any coded event
    scores: tuple[SpanScore, ...]  # S and T, main and any
    errors: tuple[NerError, ...]

    def get(self, label: str, variant: str) -> SpanScore:
        return next(score for score in self.scores if (score.label, score.variant) == (label, variant))


def token_span(start: int, end: int, tokens: Sequence[NerToken]) -> TokenSpan | None:
    """The tokens that characters ``start:end`` touch, or None."""
    if end <= start:
        return None
    touched = [i for i, token in enumerate(tokens) if token.start < end and token.end > start]
    if len(touched) > 1 and touched[-1] == len(tokens) - 1 and tokens[touched[-1]].text == ".":
        touched.pop()  # "Freeport-McMoRan Inc." ending the sentence: the gold gives its one period to the sentence
    return (touched[0], touched[-1] + 1) if touched else None


def predicted_spans(
    sent: NerSentence, events: Sequence[PredictedEvent], *, label: str, variant: str
) -> frozenset[TokenSpan]:
    """Token spans of the ``label`` side (S source, T target) of the events."""
    chosen = main_act(events) if variant == "main" else tuple(events)
    chosen = [event for event in chosen if not is_mutual(event, events)]
    sides: list[PredictedSide | None] = [getattr(event, SIDES[label]) for event in chosen]
    spans = (token_span(side.start, side.end, sent.tokens) for side in sides if side is not None)
    return frozenset(span for span in spans if span is not None)


def gold_spans(sent: NerSentence, *, label: str) -> frozenset[TokenSpan]:
    return frozenset((span.first, span.last) for span in sent.spans if span.label == label)


def score_ner(gold: Sequence[NerSentence], predictions: Predictions) -> NerScores:
    """Exact, overlap and token P/R/F1 of source and target spans."""
    scores = []
    for label in SIDES:
        expected = [gold_spans(sent, label=label) for sent in gold]
        for variant in VARIANTS:
            produced = [
                predicted_spans(sent, predictions.get(sent.item_id, ()), label=label, variant=variant)
                for sent in gold
            ]
            scores.append(SpanScore(
                label=label, variant=variant, exact=set_prf(produced, expected),
                overlap=overlap_prf(produced, expected), tokens=token_prf(produced, expected),
            ))
    errors = tuple(error for sent in gold if (error := _error(sent, predictions.get(sent.item_id, ()))))
    covered = sum(1 for sent in gold if predictions.get(sent.item_id))
    return NerScores(n_items=len(gold), coverage=ratio(covered, len(gold)), scores=tuple(scores), errors=errors)


def overlap_prf(predicted: Iterable[frozenset[TokenSpan]], gold: Iterable[frozenset[TokenSpan]]) -> Prf:
    """Lenient span match: any shared token counts (see the module notes)."""
    found = hits = n_predicted = n_gold = 0
    for produced, expected in zip(predicted, gold, strict=True):
        hits += sum(1 for span in produced if any(_overlaps(span, other) for other in expected))
        found += sum(1 for span in expected if any(_overlaps(span, other) for other in produced))
        n_predicted += len(produced)
        n_gold += len(expected)
    return prf(correct=found, predicted=n_predicted, gold=n_gold, correct_predicted=hits)


def token_prf(predicted: Iterable[frozenset[TokenSpan]], gold: Iterable[frozenset[TokenSpan]]) -> Prf:
    """Tokens covered by predicted spans against tokens covered by gold spans."""
    return set_prf((_tokens(spans) for spans in predicted), (_tokens(spans) for spans in gold))


def _tokens(spans: Iterable[TokenSpan]) -> set[int]:
    return {i for first, last in spans for i in range(first, last)}


def _overlaps(one: TokenSpan, other: TokenSpan) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _error(sent: NerSentence, events: Sequence[PredictedEvent]) -> NerError | None:
    event = main_event(events)
    source = predicted_spans(sent, events, label="S", variant="main")
    target = predicted_spans(sent, events, label="T", variant="main")
    if source == gold_spans(sent, label="S") and target == gold_spans(sent, label="T"):
        return None
    return NerError(
        item_id=sent.item_id, text=sent.text,
        gold_source=tuple(span.text for span in sent.spans if span.label == "S"),
        gold_target=tuple(span.text for span in sent.spans if span.label == "T"),
        predicted_source=_span_texts(sent, source),
        predicted_target=_span_texts(sent, target),
        code=event.code if event else None,
    )


def _span_texts(sent: NerSentence, spans: frozenset[TokenSpan]) -> tuple[str, ...]:
    tokens = sent.tokens
    return tuple(sent.text[tokens[first].start:tokens[last - 1].end] for first, last in sorted(spans))
