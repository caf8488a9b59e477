"""Negation, intent, reported speech and hypotheticals around a predicate.

CAMEO codes an announced future action as an intent (03x for cooperation,
13x threats for conflict), so "Russia will supply Pakistan with arms" is
0332, not 072. The governing chain (xcomp/ccomp heads) carries the signal:
"agreed to hold", "is ready to conduct", "said ... will supply".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from detente.types import Token

INTENT_GOVERNORS = frozenset({
    "agree", "plan", "decide", "intend", "vow", "pledge", "promise", "offer", "aim", "seek", "want",
    "hope", "prepare", "expect", "resolve", "commit", "set", "ready", "willing", "eager", "determine",
    "go", "propose", "wish", "look", "undertake", "mean",
})
# "is considering sending aid": an option weighed, not an intent; the weighing
# (CAMEO 014) is the event and the act inside it is hypothetical.
DELIBERATION_GOVERNORS = frozenset({"consider", "weigh", "mull", "contemplate", "study", "explore", "debate"})
# Auxiliaries of ability: negated, they refuse ("cannot accept", "ca n't").
INABILITY_AUX = frozenset({"can", "could", "ca"})
REFUSAL_GOVERNORS = frozenset({"refuse", "decline", "reject", "fail", "deny", "oppose", "rule"})
SPEECH_GOVERNORS = frozenset({
    "say", "tell", "announce", "state", "add", "claim", "report", "note", "stress", "insist", "confirm",
    "declare", "indicate", "reveal", "assert", "emphasize", "emphasise", "write", "quote", "suggest",
})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "would"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# "X hopes Y will persuade Z": a wish or a forecast about someone else's act
# (a clause, not "hopes to visit"), so that act is hypothetical, not Y's intent.
WISH_GOVERNORS = frozenset({"hope", "wish", "expect", "pray", "predict", "doubt", "fear"})

# Inner event code -> CAMEO "express intent" code.
_INTENT_BY_CODE = {
    "045": "039", "046": "036", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "081": "0351", "082": "0352", "083": "034", "084": "0353", "0841": "0353", "0842": "0353",
    "085": "0354", "086": "0355", "087": "0356",
    "161": "1313", "163": "1312", "166": "1311", "191": "1381", "192": "1382",
    "190": "1384", "193": "1384", "194": "1384", "195": "1384", "180": "1383", "181": "1383",
}
_INTENT_BY_ROOT = {
    "04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "16": "131",
    "17": "130", "18": "1383", "19": "1384", "20": "1385", "15": "130", "14": "130",
}


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool
    mood: str  # asserted | intended | hypothetical | reported
    governed_by_refusal: bool
    decided: bool = False  # the intent is a decision taken ("decided to lift sanctions"), nothing else


def governing_chain(tokens: Sequence[Token], head: int, *, limit: int = 4) -> list[int]:
    """The predicate and the verbs/adjectives it complements, nearest first."""
    chain = [head]
    node = head
    for _ in range(limit):
        tok = tokens[node]
        if tok.head == node or tok.dep not in ("xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp"):
            break
        node = tok.head
        chain.append(node)
    return chain


def _child_words(tokens: Sequence[Token], kids, node: int, deps: tuple[str, ...]) -> set[str]:
    return {tokens[c].text.lower() for c in kids[node] if tokens[c].dep in deps}


def analyse_modality(tokens: Sequence[Token], kids, head: int) -> Modality:
    chain = governing_chain(tokens, head)
    negated = refusal = intended = hypothetical = reported = decided = False
    for depth, node in enumerate(chain):
        tok = tokens[node]
        controls = depth == 0 or tokens[chain[depth - 1]].dep in ("xcomp", "acomp", "conj")
        # Negation on the predicate or on a control verb ("did not agree to hold"),
        # but not on a speech verb above it ("did not say that ...").
        if controls and _child_words(tokens, kids, node, ("neg",)):
            negated = True
        auxes = _child_words(tokens, kids, node, ("aux", "auxpass"))
        if controls and negated and auxes & INABILITY_AUX:
            refusal = True  # "cannot accept more refugees", "could not reach agreement": a refusal
        if controls:
            # Headline style "Pakistan, Russia to hold drills": a bare infinitive
            # heading the sentence announces a future event.
            headline_future = depth == 0 and tok.dep == "ROOT" and "to" in auxes
            intended = intended or bool(auxes & FUTURE_AUX) or headline_future
            hypothetical = hypothetical or bool(auxes & HYPOTHETICAL_AUX)
        if depth > 0 and tokens[chain[depth - 1]].dep in ("xcomp", "acomp"):
            decided = decided or (tok.lemma == "decide" and not intended)
            intended = intended or tok.lemma in INTENT_GOVERNORS
            refusal = refusal or tok.lemma in REFUSAL_GOVERNORS
        if depth > 0 and tok.lemma in DELIBERATION_GOVERNORS and tokens[chain[depth - 1]].dep in ("xcomp", "ccomp"):
            hypothetical, intended = True, False
            break
        if depth > 0 and tok.lemma in WISH_GOVERNORS and tokens[chain[depth - 1]].dep == "ccomp":
            hypothetical, intended = True, False
            break
        if depth > 0 and tok.lemma in SPEECH_GOVERNORS:
            reported = True
            break  # what the speaker's own clause says is not about the inner event
        if _child_words(tokens, kids, node, ("mark",)) & CONDITIONAL_MARKS:
            hypothetical = True
    mood = "hypothetical" if hypothetical and not intended else "intended" if intended else (
        "reported" if reported else "asserted"
    )
    return Modality(negated=negated or refusal, mood=mood, governed_by_refusal=refusal, decided=decided)


def intent_code(code: str) -> str:
    """The CAMEO 'express intent' code for an announced event of ``code``."""
    if code[:2] in ("01", "02", "03", "09", "10", "11", "12", "13"):
        return code
    return _INTENT_BY_CODE.get(code) or _INTENT_BY_CODE.get(code[:3]) or _INTENT_BY_ROOT.get(code[:2], "030")


# A cooperative act someone will not do -> the CAMEO reject code (12x):
# "says it will not accept refugees", "will not remove the sanctions".
_REJECT_BY_CODE = {
    "045": "126", "046": "125", "057": "127", "061": "1211", "062": "1212", "071": "1221", "072": "1222",
    "073": "1223", "074": "1224", "075": "1223", "081": "1241", "082": "1242", "084": "1243", "0841": "1243",
    "0842": "1243", "085": "1244", "086": "1245", "087": "1246",
}
_REJECT_BY_ROOT = {"04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}


def reject_code(code: str) -> str | None:
    """The reject code for refusing a cooperative act of ``code``, or None
    for an act that is not cooperation (roots 04-08)."""
    return _REJECT_BY_CODE.get(code) or _REJECT_BY_CODE.get(code[:3]) or _REJECT_BY_ROOT.get(code[:2])
