"""Who is the source and who the target of a matched predicate.

Sources come from subjects (through control verbs and coordination), passive
``by``-agents and noun possessors; targets from objects and the pattern's
prepositions. Compound sides give one event per actor pair; reciprocal
verbs ("X and Y agreed", "talks between X and Y") give both directions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from detente.actors.dictionary import ActorDictionary
from detente.actors.phrase import TermMatch, resolve_phrase, core_span
from detente.coding.actors_in_sentence import PERSONAL_PRONOUNS, ArticleActors
from detente.coding.patterns import VerbPattern
from detente.coding.predicates import DEFAULT_TARGET_PREPS, Predicate
from detente.types import ActorMention, ParsedSentence


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """Everything side resolution needs about one sentence."""

    sent: ParsedSentence
    kids: tuple[tuple[int, ...], ...]
    matches: tuple[TermMatch, ...]
    dictionary: ActorDictionary
    memory: ArticleActors


# Parts of speech that can head an actor phrase; a verb ("providing") cannot.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM", "X"})


def resolve_head(ctx: SentenceContext, head: int) -> ActorMention | None:
    tok = ctx.sent.tokens[head]
    if tok.pos not in _NOMINAL:
        return None
    if tok.pos == "PRON":
        if tok.text.lower() in PERSONAL_PRONOUNS:
            return ctx.memory.pronoun(core_span(ctx.sent, ctx.kids, head), ctx.sent.sentence.index)
        return None
    actor = resolve_phrase(ctx.sent, head, dictionary=ctx.dictionary, matches=ctx.matches, kids=ctx.kids)
    if actor is None:
        return None
    actor = ctx.memory.recall(actor)
    if actor.country is None and actor.code is None:
        return None  # a bare title or an unknown name: not enough to code
    return actor


_PAIR_NOUNS = frozenset({"country", "side", "nation", "neighbour", "neighbor", "state", "government", "capital"})


def _pair_reference(ctx: SentenceContext, head: int) -> tuple[ActorMention, ...]:
    """"the two countries", "both sides" name the last two states of the article."""
    tokens = ctx.sent.tokens
    if tokens[head].lemma not in _PAIR_NOUNS or tokens[head].text.lower() == tokens[head].lemma:
        return ()
    words = {tokens[c].text.lower() for c in ctx.kids[head]}
    if not words & {"two", "both"}:
        return ()
    return ctx.memory.both(core_span(ctx.sent, ctx.kids, head), ctx.sent.sentence.index)


def _resolve_all(ctx: SentenceContext, heads: Sequence[int]) -> list[ActorMention]:
    seen: set[tuple[int, int, str | None]] = set()
    out = []
    for head in heads:
        found = _pair_reference(ctx, head)
        if not found:
            actor = resolve_head(ctx, head)
            found = (actor,) if actor is not None else ()
        for actor in found:
            key = (actor.span.start, actor.span.end, actor.code)
            if key not in seen:
                seen.add(key)
                out.append(actor)
    return out


def _first_actor_in_subtree(ctx: SentenceContext, head: int) -> ActorMention | None:
    """Deep fallback for "lifted embargoes on providing supplies to Pakistan"."""
    tokens = ctx.sent.tokens
    inside = {head}
    stack = [head]
    while stack:
        for child in ctx.kids[stack.pop()]:
            if child not in inside:
                inside.add(child)
                stack.append(child)
    for match in ctx.matches:
        if match.entry is not None and match.entry.is_actor and match.start in inside:
            actor = resolve_head(ctx, match.end - 1 if tokens[match.end - 1].head not in inside else match.start)
            if actor is not None:
                return actor
    return None


def source_actors(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[ActorMention]:
    heads = pred.subjects
    if pred.pos == "noun" and "of" in pattern.target_preps:
        of_objects = {i for word, i in pred.preps if word == "of"}
        heads = tuple(i for i in heads if i not in of_objects)
    return _resolve_all(ctx, heads)


def target_actors(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[ActorMention]:
    tokens = ctx.sent.tokens
    if pattern.prep:
        return _resolve_all(ctx, [i for word, i in pred.preps if word == pattern.prep])
    objects = [i for i in pred.objects if tokens[i].lemma not in pattern.objects]
    found = _resolve_all(ctx, objects)
    if found:
        return found
    allowed = pattern.target_preps or DEFAULT_TARGET_PREPS
    for word in allowed + ("dative",):
        found = _resolve_all(ctx, [i for w, i in pred.preps if w == word])
        if found:
            return found
    if pattern.objects:
        event_objects = [i for i in pred.objects if tokens[i].lemma in pattern.objects]
        for head in event_objects:
            actor = _first_actor_in_subtree(ctx, head)
            if actor is not None:
                return [actor]
    return []


def fill_counterparts(actors: Sequence[ActorMention]) -> list[ActorMention]:
    """"his Russian counterpart" holds the office of the other side's actor."""
    donor = next((a for a in actors if a.sectors and "counterpart" not in a.span.text.lower()), None)
    if donor is None:
        return list(actors)
    out = []
    for actor in actors:
        if not actor.sectors and actor.country and "counterpart" in actor.span.text.lower():
            code = (actor.code or actor.country) + donor.sectors[0]
            actor = replace(actor, sectors=donor.sectors, code=code, method=actor.method + "+counterpart")
        out.append(actor)
    return out


def same_actor(left: ActorMention, right: ActorMention) -> bool:
    """Both sides name one actor: the CAMEO dyad blow-up we refuse to code."""
    if left.code and right.code and left.code == right.code:
        return True
    if not left.country or left.country != right.country:
        return False
    # One state on both sides ("India ... New Delhi") unless two distinct
    # parts of it act: a government against its opposition, police against
    # protesters.
    return not (left.sectors and right.sectors) or set(left.sectors) == set(right.sectors)


def actor_pairs(
    sources: Sequence[ActorMention], targets: Sequence[ActorMention], *, reciprocal: bool
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    if reciprocal and len(sources) >= 2 and not targets:
        return [(a, b) for a in sources for b in sources if a is not b and not same_actor(a, b)]
    if not sources and not targets:
        return []
    if not targets:
        return [(s, None) for s in sources]
    if not sources:
        return [(None, t) for t in targets]
    return [(s, t) for s in sources for t in targets if not same_actor(s, t)]
