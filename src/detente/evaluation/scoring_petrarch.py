"""Score coded events against PETRARCH unit-test codings (``petrarch-xml``).

Per sentence, the expected set of ``(source, target, eventcode)`` triples is
compared with the produced set of ``(source.code, target.code, cameo.code)``
over mentions with both sides (a side with no actor code counts as
``---``, PETRARCH's "no country" code). Sets, not multisets: a triple
produced twice counts once.

Levels compare coarser keys of the same triples: ``event`` the whole
triple, ``root`` the two-digit CAMEO root, ``quad`` the quad class, and
``dyad`` the source/target pair alone. ``exact`` is the share of expected
codings produced exactly (event-level recall); ``extra`` the produced
codings nobody expected, as a share of produced and of expected.

The confusion pairs each expected code with what came out for the same
source/target pair: the same code, the produced code closest to it (longest
common prefix), or ``none``; a produced triple for an unexpected pair is
``none -> code``. Records PETRARCH itself must reject (``error=".."``:
dateline, bad parse, discard) are skipped unless ``include_errors``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from detente.evaluation.gold import PetrarchSentence
from detente.evaluation.metrics import Confusion, PairCount, confusion, pair_counts, prf, ratio
from detente.evaluation.predicted import NO_EVENT, PredictedEvent, Predictions, quad_of_code

Triple = tuple[str, str, str]
UNKNOWN_ACTOR = "---"

LEVELS: dict[str, Callable[[Triple], tuple]] = {
    "event": lambda triple: triple,
    "root": lambda triple: (triple[0], triple[1], triple[2][:2]),
    "quad": lambda triple: (triple[0], triple[1], quad_of_code(triple[2])),
    "dyad": lambda triple: (triple[0], triple[1]),
}


@dataclass(frozen=True, slots=True)
class PetrarchLevel:
    level: str  # event | root | quad | dyad
    precision: float
    recall: float
    f1: float
    expected: int
    produced: int
    matched: int
    extra: int  # produced, not expected
    extra_of_produced: float
    extra_of_expected: float


@dataclass(frozen=True, slots=True)
class PetrarchError:
    """A sentence whose produced codings differ from the expected ones."""

    item_id: str
    category: str
    text: str
    expected: tuple[str, ...]  # "SRC TGT CODE"
    produced: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PetrarchScores:
    n_items: int  # sentences scored
    n_skipped: int  # error records left out
    exact: float  # share of expected codings produced exactly
    extra: float  # share of produced codings not expected
    sentences_correct: float  # share of sentences whose produced set equals the expected set
    no_event_items: int
    no_event_correct: float  # share of no-event sentences with nothing produced
    levels: tuple[PetrarchLevel, ...]
    code_confusion: tuple[PairCount, ...]
    root_confusion: Confusion
    errors: tuple[PetrarchError, ...]


def produced_triples(events: Sequence[PredictedEvent]) -> frozenset[Triple]:
    """``(source, target, code)`` of every event with both sides."""
    return frozenset(
        (event.source.code or UNKNOWN_ACTOR, event.target.code or UNKNOWN_ACTOR, event.code)
        for event in events
        if event.source is not None and event.target is not None
    )


def expected_triples(sent: PetrarchSentence) -> frozenset[Triple]:
    return frozenset((coding.source, coding.target, coding.code) for coding in sent.codings)


def score_petrarch(
    gold: Sequence[PetrarchSentence], predictions: Predictions, *, include_errors: bool = False
) -> PetrarchScores:
    """Exact/extra shares, P/R/F1 per level, confusion and the wrong sentences."""
    scored = [sent for sent in gold if include_errors or sent.error is None]
    expected = [expected_triples(sent) for sent in scored]
    produced = [produced_triples(predictions.get(sent.item_id, ())) for sent in scored]
    levels = tuple(_level(name, expected, produced) for name in LEVELS)
    pairs = [pair for wanted, got in zip(expected, produced) for pair in confusion_pairs(wanted, got)]
    no_event = [got for sent, wanted, got in zip(scored, expected, produced) if not wanted]
    errors = tuple(
        _error(sent, wanted, got) for sent, wanted, got in zip(scored, expected, produced) if wanted != got
    )
    return PetrarchScores(
        n_items=len(scored),
        n_skipped=len(gold) - len(scored),
        exact=levels[0].recall,
        extra=levels[0].extra_of_produced,
        sentences_correct=ratio(len(scored) - len(errors), len(scored)),
        no_event_items=len(no_event),
        no_event_correct=ratio(sum(1 for got in no_event if not got), len(no_event)),
        levels=levels,
        code_confusion=pair_counts(pairs),
        root_confusion=_root_confusion(pairs),
        errors=errors,
    )


def _level(name: str, expected: list[frozenset[Triple]], produced: list[frozenset[Triple]]) -> PetrarchLevel:
    key = LEVELS[name]
    matched = n_expected = n_produced = 0
    for wanted, got in zip(expected, produced):
        wanted_keys, got_keys = {key(t) for t in wanted}, {key(t) for t in got}
        matched += len(wanted_keys & got_keys)
        n_expected += len(wanted_keys)
        n_produced += len(got_keys)
    score = prf(correct=matched, predicted=n_produced, gold=n_expected)
    extra = n_produced - matched
    return PetrarchLevel(
        level=name, precision=score.precision, recall=score.recall, f1=score.f1,
        expected=n_expected, produced=n_produced, matched=matched, extra=extra,
        extra_of_produced=ratio(extra, n_produced), extra_of_expected=ratio(extra, n_expected),
    )


def confusion_pairs(expected: frozenset[Triple], produced: frozenset[Triple]) -> list[tuple[str, str]]:
    """``(expected code, produced code)`` for one sentence, ``none`` for missing."""
    pairs = []
    for source, target, code in sorted(expected):
        if (source, target, code) in produced:
            pairs.append((code, code))
            continue
        same_dyad = sorted(got for s, t, got in produced if (s, t) == (source, target))
        pairs.append((code, _closest(code, same_dyad) if same_dyad else NO_EVENT))
    expected_dyads = {(source, target) for source, target, _ in expected}
    pairs += [(NO_EVENT, code) for source, target, code in sorted(produced) if (source, target) not in expected_dyads]
    return pairs


def _closest(code: str, candidates: list[str]) -> str:
    """The candidate sharing the longest prefix with ``code`` (first on ties)."""
    def shared(other: str) -> int:
        n = 0
        while n < min(len(code), len(other)) and code[n] == other[n]:
            n += 1
        return n

    return max(candidates, key=lambda other: (shared(other), -candidates.index(other)))


def _root_confusion(pairs: list[tuple[str, str]]) -> Confusion:
    """The confusion of two-digit roots; ``none`` stays ``none``."""
    def root(code: str) -> str:
        return code if code == NO_EVENT else code[:2]

    roots = [(root(expected), root(produced)) for expected, produced in pairs]
    labels = sorted({label for pair in roots for label in pair if label != NO_EVENT}) + [NO_EVENT]
    return confusion(roots, rows=labels, columns=labels)


def _error(sent: PetrarchSentence, expected: frozenset[Triple], produced: frozenset[Triple]) -> PetrarchError:
    return PetrarchError(
        item_id=sent.item_id, category=sent.category, text=sent.text,
        expected=tuple(" ".join(t) for t in sorted(expected)),
        produced=tuple(" ".join(t) for t in sorted(produced)),
    )
