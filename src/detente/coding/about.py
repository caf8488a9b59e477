"""Whom or what a statement or an attitude is about, for the target rules
(:mod:`detente.coding.targets`): the subject of a reported clause ("hoped
Bolton would ..."), the thing an attitude is about ("skeptical of the
scheme"), what a hopeful or gloomy remark expects something of."""

from __future__ import annotations

from detente.actors.nouns import PEOPLE_NOUNS
from detente.coding.predicates import Predicate, conjuncts
from detente.coding.sides import SentenceContext, counts, resolve_head, unresolved
from detente.types import ActorMention


def reported_targets(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """Whom a statement is about: "hoped Bolton would ..." is about Bolton;
    "said it is skeptical of the scheme" about the scheme. A pronoun subject
    that stays unresolved is the speaker again ("says he is pessimistic")."""
    tokens = ctx.sent.tokens
    found = []
    for head in _reported_subjects(ctx, pred):
        actor = resolve_head(ctx, head)
        if actor is not None and (actor.code or (counts(ctx, actor) and tokens[head].pos != "PRON")):
            found.append(actor)
        elif tokens[head].pos == "PRON":
            found += [_the_thing(ctx, o) for o in _attitude_objects(ctx, tokens[head].head)]
    return [a for a in found if a is not None]


def _the_thing(ctx: SentenceContext, head: int) -> ActorMention | None:
    """The phrase itself, known or not: "skeptical of the government's
    ability" is about the ability, not the government."""
    actor = resolve_head(ctx, head)
    tok = ctx.sent.tokens[head]
    if actor is not None and actor.span.start <= tok.start < actor.span.end:
        return actor
    return unresolved(ctx, head) if ctx.keep_unresolved else None


# Optimism and pessimism are about something, named or not: "expressed optimism at a bipartisan deal".
ATTITUDE_CODES = frozenset({"012", "013"})
# What an attitude is about: "skeptical of", "pessimistic about", "worried over".
_ATTITUDE_PREPS = frozenset({"about", "of", "over", "regarding"})


def outlook_of(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """What an optimistic or pessimistic remark expects something of: the
    subject of its clause ("expressed optimism that the vaccination timeline
    could be accelerated" is about the timeline)."""
    tokens = ctx.sent.tokens
    clauses = [c for h in (pred.head, *pred.objects) for c in ctx.kids[h] if tokens[c].dep in ("ccomp", "acl")]
    for clause in clauses:
        own = [k for k in ctx.kids[clause] if tokens[k].dep in ("nsubj", "nsubjpass")]
        subjects = [s for k in own for s in conjuncts(tokens, ctx.kids, k)]
        if subjects:
            return [a for a in (_the_thing(ctx, s) for s in subjects) if a is not None]
    return []


def _attitude_objects(ctx: SentenceContext, clause: int) -> list[int]:
    """The thing an attitude adjective of the clause is about: its "of" or
    "about" object, else the subject of its "that" clause ("skeptical the
    program would meet the deadline", "pessimistic that the Olympics will go
    ahead")."""
    tokens = ctx.sent.tokens
    adjectives = [c for c in ctx.kids[clause] if tokens[c].dep == "acomp" and tokens[c].pos == "ADJ"]
    about = [o for a in adjectives for p in ctx.kids[a] if tokens[p].dep == "prep" and tokens[p].lemma in
             _ATTITUDE_PREPS for o in ctx.kids[p] if tokens[o].dep == "pobj"]
    holders = [*adjectives, clause] if adjectives else []  # the parser hangs the "that" clause on either
    expected = [s for a in holders for c in ctx.kids[a] if tokens[c].dep == "ccomp" for s in ctx.kids[c]
                if tokens[s].dep in ("nsubj", "nsubjpass") and tokens[s].pos != "PRON"]
    return (about or expected)[:1]


def _reported_subjects(ctx: SentenceContext, pred: Predicate) -> list[int]:
    tokens = ctx.sent.tokens
    clauses = [c for c in ctx.kids[pred.head] if tokens[c].dep == "ccomp"]
    subjects = [k for c in clauses for s in ctx.kids[c] if tokens[s].dep in ("nsubj", "nsubjpass")
                for k in conjuncts(tokens, ctx.kids, s)]  # "hopes Japan and the EU will ..."
    # Only a subject that names an actor itself ("the Ethiopian government",
    # "insurers"), not a thing an actor owns ("Russia's Sputnik V vaccine is used...").
    return [s for s in subjects if tokens[s].pos in ("PROPN", "PRON") or tokens[s].lemma in PEOPLE_NOUNS
            or tokens[s].lemma in ctx.dictionary.sector_terms]
