"""What the coder produced for one gold item, reduced to what scorers need.

Scorers take :class:`PredictedEvent` records, not ``EventMention``, so they
are tested with hand-built values and no model. :func:`predicted_events`
converts a coded article; character offsets are moved from the cleaned
article text onto the gold text (cleaning may repair characters or strip
whitespace), so spans compare with gold token offsets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from detente.types import ActorMention, CodedArticle, EventMention

NO_EVENT = "none"

# CAMEO root -> quad class (1 verbal cooperation ... 4 material conflict).
_QUAD_BY_ROOT = {f"{n:02d}": 1 for n in range(1, 6)} | {f"{n:02d}": 2 for n in range(6, 9)}
_QUAD_BY_ROOT |= {f"{n:02d}": 3 for n in range(9, 14)} | {f"{n:02d}": 4 for n in range(14, 21)}


@dataclass(frozen=True, slots=True)
class PredictedSide:
    """One side of a coded event; offsets are into the gold item's text."""

    code: str | None
    country: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    code: str  # CAMEO event code, e.g. ``0312``
    quad_class: int
    source: PredictedSide | None
    target: PredictedSide | None
    confidence: float
    position: int  # offset of the trigger in the gold text: "first in text"
    plover_type: str | None = None
    plover_mode: str | None = None
    mutual: bool = False  # see EventMention.mutual

    @property
    def root(self) -> str:
        return self.code[:2]


# gold ``item_id`` -> the events coded for that item; a missing id: no event.
Predictions = Mapping[str, Sequence[PredictedEvent]]


def quad_of_code(code: str) -> int | None:
    """The CAMEO quad class of an event code (by its two-digit root)."""
    return _QUAD_BY_ROOT.get(code[:2])


# The five classes of the Phoenix/ConfliBERT scheme, by CAMEO root. It is not
# the QuadClass of the ontology: reducing relations (16) counts as verbal
# conflict, force posture (15) as material conflict. The gold data bears this
# out (68 of 73 sentences coded 16 by detente are labelled 3). Protest (14) is
# material conflict, as in the QuadClass (18 of 20 gold sentences on a strike
# or protest are labelled 4).
PENTA_CLASS_BY_ROOT = {
    "01": "0", "02": "0", "03": "1", "04": "1", "05": "1", "06": "2", "07": "2", "08": "2",
    "09": "3", "10": "3", "11": "3", "12": "3", "13": "3", "14": "4", "15": "4", "16": "3",
    "17": "4", "18": "4", "19": "4", "20": "4",
}


def penta_class(event: PredictedEvent | None) -> str:
    """ConfliBERT's class of an event (``PENTA_CLASS_BY_ROOT``), ``none`` when
    there is no event; a root outside CAMEO falls back to the quad class."""
    if event is None:
        return NO_EVENT
    return PENTA_CLASS_BY_ROOT.get(event.root, str(event.quad_class))


def is_mutual(event: PredictedEvent, events: Sequence[PredictedEvent]) -> bool:
    """A mutual act: a meeting or talks ("Putin will meet Merkel"), or an act
    the coder also coded the other way round from the same trigger ("X and Y
    agreed" gives X->Y and Y->X)."""
    if event.source is None or event.target is None:
        return False
    if event.mutual:
        return True
    return any(
        other is not event and other.code == event.code and other.position == event.position
        and other.source is not None and other.target is not None
        and (other.source.start, other.target.start) == (event.target.start, event.source.start)
        for other in events
    )


# Events the coder trusts within this much of the most trusted one count as
# equally likely to be the sentence's main act.
MAIN_EVENT_MARGIN = 0.1


def main_event(events: Sequence[PredictedEvent]) -> PredictedEvent | None:
    """The item's main event: of the events the coder trusts most (its
    confidence already weighs resolved sides and embedding), the first in
    the text; news sentences put their main act first ("X killed Y, ending
    ..."), and a confidence a few points higher further on is no evidence
    against that."""
    if not events:
        return None
    top = max(event.confidence for event in events)
    return min((e for e in events if e.confidence >= top - MAIN_EVENT_MARGIN), key=lambda event: event.position)


def main_act(events: Sequence[PredictedEvent]) -> tuple[PredictedEvent, ...]:
    """The main event with its siblings: the events coded from the same
    trigger with the same code. CAMEO codes one event per actor pair, so
    "lifted its embargo against Libya and Iraq" is two events of one act;
    span gold marks both targets of that act."""
    event = main_event(events)
    if event is None:
        return ()
    return tuple(other for other in events if other.position == event.position and other.code == event.code)


def predicted_events(item: CodedArticle, gold_text: str) -> tuple[PredictedEvent, ...]:
    """The coded article's mentions as :class:`PredictedEvent`, in text order."""
    to_gold = offset_map(item.article.text, gold_text)
    events = [_event(mention, to_gold) for mention in item.mentions]
    return tuple(sorted(events, key=lambda event: event.position))


def _event(mention: EventMention, to_gold: tuple[int, ...]) -> PredictedEvent:
    return PredictedEvent(
        code=mention.cameo.code,
        quad_class=mention.cameo.quad_class,
        source=_side(mention.source, to_gold),
        target=_side(mention.target, to_gold),
        confidence=mention.confidence,
        position=_moved(mention.trigger.start, to_gold),
        plover_type=mention.plover_type,
        plover_mode=mention.plover_mode,
        mutual=mention.mutual,
    )


def _side(actor: ActorMention | None, to_gold: tuple[int, ...]) -> PredictedSide | None:
    if actor is None:
        return None
    start, end = _moved(actor.span.start, to_gold), _moved(actor.span.end, to_gold)
    return PredictedSide(code=actor.code, country=actor.country, start=start, end=max(start, end))


def _moved(offset: int, to_gold: tuple[int, ...]) -> int:
    return to_gold[min(max(offset, 0), len(to_gold) - 1)]


def offset_map(text: str, gold_text: str) -> tuple[int, ...]:
    """For each offset 0..len(text) in ``text``, the matching offset in
    ``gold_text``: identity when the texts are equal, otherwise read off a
    character alignment (changed runs map to their start, inserted gold
    characters are skipped)."""
    if text == gold_text:
        return tuple(range(len(text) + 1))
    mapping = [0] * (len(text) + 1)
    matcher = SequenceMatcher(None, text, gold_text, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for i in range(i1, i2):
            mapping[i] = j1 + (i - i1) if tag == "equal" else min(j1 + (i - i1), j2)
    mapping[len(text)] = len(gold_text)
    return tuple(mapping)
