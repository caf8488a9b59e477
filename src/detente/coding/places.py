"""Places as targets: where an act is done, when it is done to a place.

A curfew, a siege, a ceasefire or a surrender is done to where it holds
("declared a state of siege in the town", "agreed to a ceasefire in
Hodeidah"); troops sent to "the peacekeeping mission in Mali" go to Mali;
people acted on somewhere are named with the place ("detained the
demonstrators in Yerevan"). A place the dictionaries do not know counts
here as well as a known state.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from detente.actors.noun_phrase import named_by_nationality, names_place, np_span
from detente.actors.nouns import PEOPLE_NOUNS, PLACE_NOUNS, QUANTITY_NOUNS
from detente.coding.codes import FORCE_ROOTS
from detente.coding.pairs import PLACE_OF_ACT
from detente.coding.patterns import VerbPattern
from detente.coding.predicates import Predicate, conjuncts
from detente.coding.sides import SentenceContext, resolve_all, span_heads, with_end
from detente.types import ActorMention

# What a side contributes to or runs somewhere, rather than who it is.
UNDERTAKING_NOUNS = frozenset({
    "mission", "operation", "force", "plan", "delivery", "effort", "programme", "program", "project",
    "deployment", "presence", "blockade",
})
# Agreements to stop fighting, which apply to a place.
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "cessation"})  # "cessation of hostilities"
# Who or what is named with where it is ("demonstrators in Yerevan").
_SOMEONE_SOMEWHERE = PEOPLE_NOUNS | PLACE_NOUNS


def is_place(ctx: SentenceContext, actor: ActorMention) -> bool:
    """A place the dictionaries do not know: a name ("Santa Cruz Barillas")
    or a place noun ("the town", "parts of the province")."""
    heads = span_heads(ctx.sent.tokens, actor)
    if len(heads) != 1:
        return False
    tok = ctx.sent.tokens[heads[0]]
    return tok.ent_type in ("GPE", "LOC", "FAC") or tok.lemma in PLACE_NOUNS


# Prepositions that put an act inside a place.
_WITHIN = frozenset({"in", "throughout", "across", "inside"})


def first_place_in(ctx: SentenceContext, owners: Iterable[int], *, within: frozenset[str] = _WITHIN
                   ) -> list[ActorMention]:
    """The first "in" ("throughout", "across") object of the ``owners`` that is a state or a place."""
    tokens = ctx.sent.tokens
    heads = [o for h in owners for c in ctx.kids[h] if tokens[c].dep == "prep" and tokens[c].lemma in within
             for o in ctx.kids[c] if tokens[o].dep == "pobj"]
    return [a for a in resolve_all(ctx, heads[:1]) if a.code or is_place(ctx, a)]


def where_done(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[ActorMention]:
    """An act done to no one but in a place ("surrendered in Faryab province",
    "extend the curfew in Jamaica", "sought refuge in Sudan") is done to that
    place. Only an active clause with its own subject: a passive one has its
    target in its subject, and "held captive in Libya" describes someone else."""
    tokens = ctx.sent.tokens
    if pred.pos != "verb":
        # "responsible for mass killings in South Sudan": violence named by a noun, where it happened
        return first_place_in(ctx, [pred.head]) if pattern.code[:2] in FORCE_ROOTS else []
    clause = pred.head
    while tokens[clause].dep == "conj":  # "was tortured and killed in ...": the first verb's voice
        clause = tokens[clause].head
    # the subject may be the controller's: "is willing to withdraw its troops from a zone"
    if pred.passive or not (any(tokens[c].dep == "nsubj" for c in ctx.kids[clause])
                            or tokens[clause].dep == "xcomp" and pred.subjects):
        return []
    acts = [i for _, i in pred.preps if tokens[i].lemma in pattern.objects]  # "on alert in Manila"
    # a retreat or surrender is from where it leaves: "surrendered from the group's last holdout in Syria"
    within = _WITHIN | {"from"} if pattern.code[:3] == "087" else _WITHIN
    return first_place_in(ctx, [pred.head, *pred.objects, *acts], within=within)


def truce_scope(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """A ceasefire holds somewhere, unlike the talks that agree it: "agreed
    to a ceasefire in Hodeidah", "announced a truce in Idlib" -> the place."""
    tokens = ctx.sent.tokens
    truces = [i for i in (*pred.objects, *(i for _, i in pred.preps)) if tokens[i].lemma in TRUCE_NOUNS
              or any(tokens[c].dep == "compound" and tokens[c].lemma in TRUCE_NOUNS for c in ctx.kids[i])]
    found = first_place_in(ctx, truces)
    if found:
        return found
    # "a ceasefire halting Turkey's incursion into northern Syria", "a ceasefire
    # initiative to halt the fighting in Yemen": where the fighting it stops is
    stopped = [o for t in truces for c in ctx.kids[t] if tokens[c].dep in ("acl", "relcl")
               for o in (c, *(k for k in ctx.kids[c] if tokens[k].dep == "dobj"))]
    return first_place_in(ctx, stopped, within=_WITHIN | {"into"})


def where_intended(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """An agreement or intent to act somewhere is about that place: "agreed to
    extend their peacekeeping mission in the troubled Balkan republic",
    "agreed to postpone the demonstration in Haiti"."""
    tokens = ctx.sent.tokens
    intended = [c for c in ctx.kids[pred.head] if tokens[c].dep == "xcomp" and tokens[c].pos == "VERB"]
    return first_place_in(ctx, [*intended, *(o for c in intended for o in ctx.kids[c] if tokens[o].dep == "dobj")])


def where_it_works(ctx: SentenceContext, actor: ActorMention) -> ActorMention | None:
    """An undertaking somewhere stands for the place it serves: troops sent
    "to the UN peacekeeping mission in Mali" go to Mali, aid deliveries "in
    Borno State" are suspended for Borno State."""
    head = _noun_head_among(ctx, actor, UNDERTAKING_NOUNS)
    if head is None:
        return None  # not a name: "the World Food Program in Afghanistan" is the programme
    found = first_place_in(ctx, [head])
    return found[0] if found else None


def with_whereabouts(ctx: SentenceContext, pred: Predicate, actor: ActorMention) -> ActorMention:
    """People or a place acted on somewhere, or a count of people, are named
    with where they are: "detained dozens of demonstrators in Yerevan",
    "killed 148 students at a university in Garissa". The parser hangs the
    place on the verb; it is part of who was acted on."""
    tokens = ctx.sent.tokens
    head = _noun_head_among(ctx, actor, _SOMEONE_SOMEWHERE | QUANTITY_NOUNS)
    if head is None or tokens[head].lemma in QUANTITY_NOUNS and _counted(ctx, head) not in _SOMEONE_SOMEWHERE:
        return actor  # "dozens of demonstrators" are people; "hundreds of rounds" are not
    # what it hangs on: the event's verb, the actor itself, or what the actor
    # is the object of ("threatened to shell positions of Hezbollah in
    # Lebanon", "seeking aid for war victims in Syria")
    if named_by_nationality(tokens, ctx.kids, head):
        return actor  # "an Afghan army base in Kandahar": its nationality names it
    place = _place_after(ctx, actor, head, ("in", "at"), also=pred.head)
    return _through_places(ctx, actor, place) if place is not None else actor


# Prepositions that say where a target of force is.
_WHERE_HIT = frozenset({"in", "near", "inside", "throughout"})


def where_hit(ctx: SentenceContext, actor: ActorMention) -> ActorMention:
    """A target of force is named with where it is: "the last ISIS bastion in
    the country", "Daesh positions in the city", "strikes against Islamic
    State in Syria", wherever the parser hangs the place (the verb, the
    attack, the target). Not a target its nationality names ("an Afghan army
    base in Kandahar"), whose place says only where it was hit."""
    tokens = ctx.sent.tokens
    heads = span_heads(tokens, actor)
    if len(heads) != 1 or named_by_nationality(tokens, ctx.kids, heads[0]):
        return actor
    place = _place_after(ctx, actor, heads[0], _WHERE_HIT, on_head=True)
    return _through_places(ctx, actor, place) if place is not None else actor


def _through_places(ctx: SentenceContext, actor: ActorMention, place: int) -> ActorMention:
    """The actor's span run to the end of the place and the places listed
    with it ("in the city and its outskirts"); unchanged when it is no place."""
    tokens = ctx.sent.tokens
    places = [p for p in conjuncts(tokens, ctx.kids, place) if _a_place(tokens, ctx.kids, p)]
    if place not in places:
        return actor
    return with_end(ctx, actor, max(np_span(ctx.sent, ctx.kids, p).end for p in places))


def _a_place(tokens, kids, node: int) -> bool:
    """A named place, or a place by its noun or its "of" phrase: "the city",
    "its outskirts", "the southeast of the country"."""
    if names_place(tokens, kids, node) or {tokens[node].lemma, tokens[node].text.lower()} & _PLACE_WORDS:
        return True
    return any(tokens[k].dep == "prep" and tokens[k].lemma == "of" and _a_place(tokens, kids, o)
               for k in kids[node] for o in kids[k] if tokens[o].dep == "pobj")


# Place nouns, and "country", a place where it is not a state acting: "in the country".
_PLACE_WORDS = PLACE_NOUNS | {"country"}


def _place_after(
    ctx: SentenceContext, actor: ActorMention, head: int, preps, *, on_head: bool = False, also: int | None = None,
) -> int | None:
    """The object of a place preposition right after the actor that hangs on
    what the actor's head hangs on or one further up (the verb, the "on" of
    "an attack on", the attack), on ``also``, or with ``on_head`` on the head
    itself (where the phrase left it out: "positions in the city")."""
    tokens = ctx.sent.tokens
    after = next((t.i for t in tokens if t.start >= actor.span.end), None)
    holders = {tokens[head].head, tokens[tokens[head].head].head, also} | ({head} if on_head else set())
    if after is None or tokens[after].dep != "prep" or tokens[after].lemma not in preps \
            or tokens[after].head not in holders:
        return None
    return next((o for o in ctx.kids[after] if tokens[o].dep == "pobj"), None)


def _counted(ctx: SentenceContext, head: int) -> str:
    """The lemma of what a count counts: "demonstrator" in "dozens of demonstrators"."""
    tokens = ctx.sent.tokens
    counted = next((o for c in ctx.kids[head] if tokens[c].dep == "prep" and tokens[c].lemma == "of"
                    for o in ctx.kids[c] if tokens[o].dep == "pobj"), None)
    return tokens[counted].lemma if counted is not None else ""


def _noun_head_among(ctx: SentenceContext, actor: ActorMention, nouns: frozenset[str]) -> int | None:
    """The actor's one head when it is a common noun among ``nouns``."""
    heads = span_heads(ctx.sent.tokens, actor)
    if len(heads) == 1 and ctx.sent.tokens[heads[0]].pos == "NOUN" and ctx.sent.tokens[heads[0]].lemma in nouns:
        return heads[0]
    return None


# Acts a state's organs do to a place in their own country: restrictions
# imposed (17), eased (081) or kept (124), and shows or uses of force.
_DOMESTIC_ROOTS = FORCE_ROOTS | {"15", "17"}
_DOMESTIC_CODES = frozenset({"081", "124"})


def in_place_of_act(ctx: SentenceContext, actor: ActorMention, code: str) -> ActorMention:
    """A restriction or use of force's target named as where it is done ("a
    state of siege in Bolivia") is marked, so that a state's own organs may
    have their own country as target."""
    tokens = ctx.sent.tokens
    first = next((t.i for t in tokens if t.start == actor.span.start), None)
    domestic = code[:2] in _DOMESTIC_ROOTS or code[:3] in _DOMESTIC_CODES
    # "a curfew in Bangkok"; a place restricted "on": "blockades on Saudi air and sea ports"
    placed = first and (tokens[first - 1].lemma in _WITHIN or tokens[first - 1].lemma == "on" and is_place(ctx, actor))
    if not domestic or not placed:
        return actor
    # as a place a capital is its country, not the government seated there ("a curfew in Bangkok")
    if actor.country:
        actor = replace(actor, code=actor.country, sectors=())
    return replace(actor, method=PLACE_OF_ACT)
