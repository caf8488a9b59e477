"""Events inside events: which of a sentence's coded events stand.

"Lavrov said Russia will supply Pakistan": the supply (an intent) is the
event, not the statement. "Russia says Israel must end attacks": Israel ends
nothing; Russia demands it of Israel (CAMEO 10x). "Ukraine accused Russia of
shelling towns": the accusation stands; the shelling inside it is a claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from detente.coding.modality import SPEECH_GOVERNORS, governing_chain
from detente.types import EventMention, ParsedSentence, Token

# Patterns of these roots give way to an event coded inside their complement.
COVERED_ROOTS = frozenset({"01", "03"})
# Statements that stand over the act they report: a claim of responsibility
# (015) and a denial (016: "denied charges that he had made a deal with
# Likud" is the denial, not the deal).
_STANDING = frozenset({"015", "016"})
# Links by which a verb holds the act it states or intends.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acomp", "pcomp"})
# Auxiliaries that put an act on someone as a duty: "Israel must end attacks".
OBLIGATION_AUX = frozenset({"must", "should", "ought"})

# What is demanded -> the CAMEO demand code (10x), by the demanded act's code
# or root; anything else is a demand not specified below (100).
_DEMAND_BY_CODE = {
    "045": "108", "046": "106", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
    "071": "1031", "072": "1032", "073": "1033", "074": "1034", "081": "1051", "082": "1052", "083": "104",
    "084": "1053", "0841": "1053", "0842": "1053", "085": "1054", "086": "1055", "087": "1056",
}
# An intent ("must be ready to mediate" is coded 039 first) maps the same way:
# 03x and 10x run in parallel from 031/101 to 039/108.
_DEMAND_BY_CODE |= {"03" + code[2:]: code for code in (
    "1011", "1012", "1013", "1014", "1031", "1032", "1033", "1034", "1051", "1052", "1053", "1054", "1055", "1056",
)}
_DEMAND_BY_CODE |= {"031": "101", "032": "102", "033": "103", "034": "104", "035": "105", "036": "106",
                    "037": "107", "038": "108", "039": "108"}
_DEMAND_BY_ROOT = {"04": "106", "05": "102", "06": "101", "07": "103", "08": "105"}


def demand_code(code: str) -> str:
    """The CAMEO demand code for a demanded act of ``code``."""
    return _DEMAND_BY_CODE.get(code) or _DEMAND_BY_CODE.get(code[:3]) or _DEMAND_BY_ROOT.get(code[:2], "100")


def obligation_speech(tokens: Sequence[Token], kids, head: int) -> int | None:
    """The speech verb whose reported clause puts the predicate on its subject
    as a duty ("Russia says Israel must end attacks", "said the EU must be
    ready to mediate"), or None."""
    obliged = False
    for depth, node in enumerate(governing_chain(tokens, head)):
        if depth > 0 and tokens[node].lemma in SPEECH_GOVERNORS:
            return node if obliged else None
        obliged = obliged or any(
            tokens[c].dep == "aux" and tokens[c].text.lower() in OBLIGATION_AUX for c in kids[node]
        )
    return None


def obliged_clauses(tokens: Sequence[Token], kids, head: int) -> list[int]:
    """Reported clauses of a speech verb that put a duty on their subject:
    "said the government must ensure security"."""
    if tokens[head].lemma not in SPEECH_GOVERNORS:
        return []
    return [c for c in kids[head] if tokens[c].dep == "ccomp" and any(
        tokens[a].dep == "aux" and tokens[a].text.lower() in OBLIGATION_AUX for a in kids[c])]


def drop_covered_statements(
    sent: ParsedSentence, coded: dict[int, list[EventMention]], announcers: set[int]
) -> list[EventMention]:
    """The sentence's events, without statements and intents whose reported
    act was coded, and with acts inside an accusation trusted less."""
    # "Lavrov said Russia will supply ...": the supply is the event; the
    # statement itself is kept only when nothing it reports was coded.
    # Likewise "agreed to hold drills" is one intent (0312), not also 030.
    # A refusal above an event that already carries it ("declined to
    # comment" -> 011, "refused to sign" -> a 12x code) is not coded twice.
    # A hypothetical act ("hopes Japan will persuade Biden") covers nothing:
    # the hope is the event.
    governors = {g for head, found in coded.items() if found[0].modality != "hypothetical"
                 for g in complemented(sent.tokens, head)} | announcers
    refusals = {
        g for head, found in coded.items() if found[0].cameo.root in ("01", "12")
        for g in complemented(sent.tokens, head)
    }
    restated = _restated_acts(sent, coded)
    kept = {
        head: found for head, found in coded.items()
        if not (found[0].cameo.root in COVERED_ROOTS and head in governors and found[0].cameo.code not in _STANDING)
        and not (found[0].cameo.root == "12" and head in refusals) and head not in restated
    }
    return [mention for head, found in kept.items()
            for mention in _demote_descriptions(sent, head, _demote_embedded(sent, head, found, kept))]


def _restated_acts(sent: ParsedSentence, coded: dict[int, list[EventMention]]) -> set[int]:
    """Event nouns that are the subject of a verb coding the same kind of act:
    "Syrian air strikes hit the enclave", "a suicide attack ... killed eight
    people" report one act, which the verb's event codes with its target."""
    tokens = sent.tokens
    return {
        head for head, found in coded.items()
        if tokens[head].pos == "NOUN" and tokens[head].dep in ("nsubj", "nsubjpass") and tokens[head].head != head
        and tokens[head].head in coded and coded[tokens[head].head][0].cameo.root == found[0].cameo.root
    }


# Links by which a verb only describes a noun: "the coalition fighting Houthi rebels",
# "troops who were deployed last year".
_DESCRIBING_DEPS = frozenset({"acl", "relcl"})


# How much an act named only to describe someone is trusted against the
# sentence's own act: little, so the own act leads even when the coder is
# unsure of its sides.
_DESCRIBED_TRUST = 0.6


def _demote_descriptions(sent: ParsedSentence, head: int, found: list[EventMention]) -> list[EventMention]:
    """An act named only to describe someone ("The coalition fighting Houthi
    rebels declared a ceasefire") is background to the sentence's own act:
    trusted less, so the declared ceasefire leads."""
    tokens = sent.tokens
    if tokens[head].dep not in _DESCRIBING_DEPS or tokens[head].pos != "VERB" or _misread_verb(sent, head):
        return found
    return [replace(m, confidence=round(m.confidence * _DESCRIBED_TRUST, 3)) for m in found]


def _misread_verb(sent: ParsedSentence, head: int) -> bool:
    """A name's own verb that the parser read as a participle describing it:
    "President Trump called President Erdogan and urged him ..." (a name
    takes no participle with an object of its own: "a man called John" is
    a common noun's)."""
    tokens = sent.tokens
    return tokens[head].dep == "acl" and tokens[head].tag == "VBN" and tokens[tokens[head].head].pos == "PROPN" \
        and any(t.head == head and t.dep in ("dobj", "oprd") for t in tokens)


def complemented(tokens: Sequence[Token], head: int) -> list[int]:
    """The verbs above ``head`` whose complement holds it ("agreed to hold",
    "said Russia will supply"); not a verb it only serves as a purpose clause
    or a conjunct ("sent aid to Colombia to help it": the sending stands)."""
    chain = governing_chain(tokens, head)
    return [node for below, node in zip(chain, chain[1:]) if tokens[below].dep in COMPLEMENT_DEPS]


def _demote_embedded(sent: ParsedSentence, head: int, found: list[EventMention], kept) -> list[EventMention]:
    """"Ukraine accused Russia of shelling towns": the accusation is the
    sentence's event; the shelling inside it is a claim, so it is trusted less."""
    node, steps = head, 0
    while sent.tokens[node].head != node and steps < 12:
        node, steps = sent.tokens[node].head, steps + 1
        if node in kept and node != head:
            return [replace(m, confidence=round(m.confidence * 0.85, 3)) for m in found]
    return found
