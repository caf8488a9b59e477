"""Whom a protest, a strike or a refusal under pressure is aimed at when the
clause names no object.

"Workers went on strike at the Grasberg mine", "employees stopped work in
response to GE's decision", "began a hunger strike in protest against laws
imposed by the Indian government": dissent (CAMEO 14) is aimed at the
employer, the decision or whoever imposed what is protested. "declined to
resign despite pressure from the US Congress": a refusal answers whoever
pressed for the act refused. Pure functions over the parse, used by
:mod:`detente.coding.targets` when the usual slots are empty.
"""

from __future__ import annotations

from detente.coding.predicates import Predicate
from detente.coding.sides import SentenceContext, counts, resolve_all
from detente.nlp.tree import subtree
from detente.types import ActorMention

# Where strikers work: "at the Grasberg mine", "in Amazon warehouses".
WORKPLACE_NOUNS = frozenset({
    "mine", "factory", "plant", "warehouse", "mill", "refinery", "shipyard", "company", "firm",
})
# Words whose object is what a protest is against: "in protest against", "to protest", "protesting".
_PROTEST_WORDS = frozenset({"protest"})
# What presses for an act that is refused: "despite the pressure by", "despite X's request".
_PRESSURE_NOUNS = frozenset({"pressure", "request", "call", "demand", "appeal", "urging"})


def aimed_at(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """The employer, decision or imposer a protest or strike is aimed at."""
    tokens = ctx.sent.tokens
    own = _clause(ctx, pred)
    for i in own:  # "in protest against laws imposed by X", "to protest the policy imposed by X"
        if tokens[i].lemma in _PROTEST_WORDS:
            objects = [o for k in ctx.kids[i] for o in ([k] if tokens[k].dep == "dobj" else ctx.kids[k])
                       if tokens[o].dep in ("dobj", "pobj")]
            for obj in objects:
                imposer = _imposed_by(ctx, obj)
                found = [a for a in resolve_all(ctx, [imposer if imposer is not None else obj]) if counts(ctx, a)]
                if found:
                    return found
    for i in own:  # "in response to GE's decision"
        if tokens[i].lemma == "response":
            heads = [o for k in ctx.kids[i] if tokens[k].lemma == "to" for o in ctx.kids[k] if tokens[o].dep == "pobj"]
            found = [a for a in resolve_all(ctx, heads) if counts(ctx, a) or _names_owner(ctx, a)]
            if found:
                return found
    for i in own:  # "at the Grasberg mine", "on Freeport-McMoRan Inc.", "in Amazon warehouses"
        word = tokens[tokens[i].head].lemma
        named = word in ("at", "on", "against") and tokens[i].ent_type in ("ORG", "FAC")
        workplace = word in ("at", "on", "against", "in") and tokens[i].lemma in WORKPLACE_NOUNS
        if tokens[i].dep == "pobj" and (named or workplace):
            return resolve_all(ctx, [i])
    return []


def pressed_by(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """Whoever pressed for what was refused: "despite the pressure by the US
    Congress", "under pressure from others in his party", "despite President
    Biden's request"."""
    tokens = ctx.sent.tokens
    verb = tokens[pred.head]
    refusing = verb.head if verb.dep in ("xcomp", "ccomp") else pred.head  # "declined to resign ... despite"
    for i in sorted(subtree(ctx.kids, refusing)):
        if tokens[i].lemma not in _PRESSURE_NOUNS or tokens[tokens[i].head].lemma not in ("despite", "under"):
            continue
        owners = [k for k in ctx.kids[i] if tokens[k].dep == "poss"]
        owners += [o for k in ctx.kids[i] if tokens[k].lemma in ("by", "from") for o in ctx.kids[k]
                   if tokens[o].dep == "pobj"]
        found = [a for a in resolve_all(ctx, owners) if counts(ctx, a)]
        if found:
            return found
    return []


# Verbs of joining a protest: a call to do one is a call to protest.
_MOBILIZING_VERBS = frozenset({"join", "mobilize", "mobilise", "protest", "rally", "demonstrate", "march", "rise"})
# Clauses below a verb that are not part of what it calls for.
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj"})


def called_to_protest(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """What a call to protest is against: "called on followers to join a
    rally against Germany's coronavirus rules" is aimed at the rules, not at
    the followers called on, who are the protest's own side."""
    tokens = ctx.sent.tokens
    called = [c for c in ctx.kids[pred.head] if tokens[c].lemma in _MOBILIZING_VERBS and (
        tokens[c].dep == "xcomp" or (tokens[c].dep == "advcl" and any(
            tokens[m].dep == "mark" and tokens[m].text.lower() == "for" for m in ctx.kids[c])))]
    frontier = called
    while frontier:
        against = [o for node in frontier for k in ctx.kids[node] if tokens[k].dep == "prep"
                   and tokens[k].lemma == "against" for o in ctx.kids[k] if tokens[o].dep == "pobj"]
        if against:
            return resolve_all(ctx, against)
        frontier = [c for node in frontier for c in ctx.kids[node] if tokens[c].dep not in _OTHER_CLAUSES]
    return []


def _clause(ctx: SentenceContext, pred: Predicate) -> list[int]:
    """The predicate's clause without its subjects, in text order."""
    subjects = {i for s in pred.subjects for i in subtree(ctx.kids, s)}
    return sorted(i for i in subtree(ctx.kids, pred.head) if i not in subjects)


def _imposed_by(ctx: SentenceContext, obj: int) -> int | None:
    """"laws imposed by Indian government" -> the government."""
    tokens = ctx.sent.tokens
    for acl in ctx.kids[obj]:
        if tokens[acl].dep == "acl":
            for agent in ctx.kids[acl]:
                if tokens[agent].dep == "agent" or tokens[agent].lemma == "by":
                    return next((o for o in ctx.kids[agent] if tokens[o].dep == "pobj"), None)
    return None


def _names_owner(ctx: SentenceContext, actor: ActorMention) -> bool:
    """A decision or plan someone owns: "GE's decision"."""
    return any(t.dep == "poss" and t.pos == "PROPN" for t in ctx.sent.tokens
               if actor.span.start <= t.start < actor.span.end)
