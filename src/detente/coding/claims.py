"""A claim of one's own use of force is a claim of responsibility.

"The Houthis claimed that they had attacked the Saudi airport": the claim
is the event, CAMEO 015 (acknowledge or claim responsibility), aimed at whom
or where the attack hit; the attack stays as an event the claimer reports.
A claim about someone else's act ("Azerbaijan claimed its positions came
under fire") is a plain statement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from detente.coding.codes import FORCE_ROOTS
from detente.coding.nested import complemented
from detente.types import EventMention, Token

CLAIM_VERBS = frozenset({"claim"})
CLAIM_OF_RESPONSIBILITY = "015"
# A reported doer that is the claimer again: "claimed that they had attacked".
_SELF_PRONOUNS = frozenset({"they", "we", "it", "he", "she"})


def claimed_acts(tokens: Sequence[Token], coded: Mapping[int, list[EventMention]]) -> dict[int, EventMention]:
    """Claim verb (token index) -> the act of force it claims for its own speaker."""
    out: dict[int, EventMention] = {}
    for head, found in coded.items():
        if tokens[head].lemma not in CLAIM_VERBS or found[0].cameo.root != "01":
            continue
        claimers = {m.source.code for m in found if m.source is not None and m.source.code}
        for inner, acts in coded.items():
            if inner == head or acts[0].cameo.root not in FORCE_ROOTS or head not in complemented(tokens, inner):
                continue
            doer = acts[0].source
            if doer is None or doer.code in claimers or doer.span.text.lower() in _SELF_PRONOUNS:
                out[head] = acts[0]
                break
    return out
