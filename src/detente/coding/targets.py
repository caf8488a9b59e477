"""Who an event is done to: the target rules of the coder.

The direct object or the pattern's preposition first; a known actor over an
unknown thing; where a thing is sent, what a demand is against, whom a
statement is about. A side counts only when it names someone
(:func:`detente.coding.sides.counts`).
"""

from __future__ import annotations

from dataclasses import replace

from detente.actors.noun_phrase import phrase_depths
from detente.actors.nouns import INDIVIDUAL_NOUNS, PEOPLE_NOUNS, QUANTITY_NOUNS
from detente.coding.about import ATTITUDE_CODES, outlook_of, reported_targets
from detente.coding.codes import FORCE_ROOTS
from detente.coding.grievances import aimed_at, called_to_protest, pressed_by
from detente.coding.modality import DELIBERATION_GOVERNORS, governing_chain
from detente.coding.pairs import PLACE_OF_ACT
from detente.coding.patterns import VerbPattern
from detente.coding.places import (
    in_place_of_act, is_place, truce_scope, where_done, where_hit, where_intended, where_it_works, with_whereabouts,
)
from detente.coding.predicates import DEFAULT_TARGET_PREPS, MEASURE_NOUNS, Predicate, conjuncts, verb_predicate
from detente.coding.sides import (
    SentenceContext, counts, first_actor_in_subtree, first_actors_after, heads_someone, joined_groups, resolve_all,
    resolve_head, span_heads, with_bounds, with_end,
)
from detente.nlp.tree import subtree
from detente.types import ActorMention


def target_actors(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[ActorMention]:
    """Who the event is done to; an unknown side counts only when it names
    someone (a name, a role, people), not a thing ("rejected the decision")."""
    return [in_place_of_act(ctx, actor, pattern.code) for actor in _targets(ctx, pred, pattern)]


def _targets(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[ActorMention]:
    if pattern.code[:3] in _MEDIATION_CODES:
        parties = _parties_between(ctx, pred)
        if parties:
            return parties
    if pattern.code[:2] == "03":
        truce = truce_scope(ctx, pred)  # "agreed to a ceasefire halting Turkey's incursion into northern Syria"
        if truce:
            return truce
    found = _target_actors(ctx, pred, pattern)
    if pattern.code[:2] == "02":
        found = called_to_protest(ctx, pred) or found
    if pattern.code[:2] == "13":
        found = _threatened(ctx, pred) or found
    if pattern.code[:3] == "084" and not any(heads_someone(ctx, a) for a in found):
        found = _taken_from(ctx, pred) or found
    if pattern.code[:2] == "07" and not any(a.code for a in found):
        # "made available experts ... to fight the Ebola epidemic in West Africa": for West Africa
        found = _helped(ctx, pred) or found
    if pattern.code == "0831":
        found = _office_left(ctx, pred) or found  # "resigned as president of Indonesia" -> Indonesia
    if pattern.code[:2] == "14" and not any(counts(ctx, a) for a in found):
        found = aimed_at(ctx, pred) or found  # "went on strike at the Grasberg mine"
    if not found:
        found = pressed_by(ctx, pred)  # "declined to resign despite the pressure by the US Congress"
    if not any(counts(ctx, a) for a in found):
        found = _made_to_act(ctx, pred) or found
    if not found and pred.lemma in DELIBERATION_GOVERNORS:
        found = _weighed_for(ctx, pred)
    if not found and pattern.code in ATTITUDE_CODES:
        found = outlook_of(ctx, pred)
    if not found and _statement(pred, pattern):
        # "The Prime Minister said the Ethiopian government is committed to...":
        # a statement is about whom its reported clause is about.
        return reported_targets(ctx, pred)
    out = []
    for thing in found:
        actors = [thing]
        if not counts(ctx, thing) and not (pattern.code[:2] in _PLACE_TARGET_ROOTS and is_place(ctx, thing)):
            # an attitude or an agreement is about the thing itself: "agree with the recommendation"
            actors = _someone_inside(ctx, thing) or ([thing] if pattern.code in _ABOUT_THINGS else [])
        for actor in actors:
            actor = _object_antecedent(ctx, actor) or actor
            actor = where_it_works(ctx, actor) or with_whereabouts(ctx, pred, _without_description(ctx, actor))
            if pattern.code[:2] in FORCE_ROOTS:
                actor = where_hit(ctx, actor)
            elif pattern.code[:2] in _AID_ROOTS or pattern.code[:3] == _AID_CUT:
                actor = _capital_as_city(_people_there(ctx, actor))
            out.append(_after_particle(ctx, pred, actor))
    if out:
        return joined_groups(ctx, out)
    truce = truce_scope(ctx, pred) or (where_intended(ctx, pred) if pattern.code[:2] == "03" else [])
    if truce or pattern.reciprocal:  # "held talks in Moscow": a meeting is with someone, not done to a place
        return truce
    return where_done(ctx, pred, pattern)


# Words that open a description set off by a comma: "Gul Rahman, a suspected militant".
_DESCRIPTION_STARTS = frozenset({"a", "an", "its", "his", "her", "their"})


def _without_description(ctx: SentenceContext, actor: ActorMention) -> ActorMention:
    """The one acted on, without the description that follows the name: "Odin
    Sanchez, a former Colombian Congressman" -> "Odin Sanchez" (a title in
    apposition, "his counterpart, Michel Aoun", stays, and so does a definite
    one that says which office: "Tantan, the Minister of Interior")."""
    tokens = ctx.sent.tokens
    inside = [t for t in tokens if actor.span.start <= t.start and t.end <= actor.span.end]
    cut = next((t for a, t in zip(inside, inside[1:]) if a.text == "," and t.text.lower() in _DESCRIPTION_STARTS
                and tokens[a.i - 1].pos in ("PROPN", "NOUN")), None)
    if cut is None:
        return actor
    return with_end(ctx, actor, tokens[cut.i - 2].end)


# Object pronouns for a person that memory may leave open.
_OBJECT_PRONOUNS = frozenset({"him", "her"})


def _object_antecedent(ctx: SentenceContext, actor: ActorMention) -> ActorMention | None:
    """An object pronoun no earlier sentence resolved stands for the subject
    of a clause above its own: "Ajak was released after Kiir pardoned him"."""
    tokens = ctx.sent.tokens
    if actor.code or actor.span.text.lower() not in _OBJECT_PRONOUNS:
        return None
    pronoun = next((t.i for t in tokens if t.start == actor.span.start), None)
    if pronoun is None or tokens[pronoun].head == pronoun:
        return None
    for verb in governing_chain(tokens, tokens[pronoun].head)[1:]:
        subjects = [c for c in ctx.kids[verb] if tokens[c].dep in ("nsubj", "nsubjpass") and tokens[c].pos != "PRON"]
        found = [a for a in resolve_all(ctx, subjects) if heads_someone(ctx, a)]
        if found:
            return found[0]
    return None


def _after_particle(ctx: SentenceContext, pred: Predicate, actor: ActorMention) -> ActorMention:
    """The one acted on without the verb's particle, which the parser may hang
    on the noun after it: "let free activists" -> "activists"."""
    tokens = ctx.sent.tokens
    after = pred.head + 1
    if pred.particle is None or after + 1 >= len(tokens) or tokens[after].start != actor.span.start \
            or tokens[after].lemma != pred.particle:
        return actor
    return with_bounds(ctx, actor, tokens[after + 1].start, actor.span.end)


def _threatened(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """A threat to act is made against whom the act would hit: "threatened to
    shell all the bases of government forces", not a name in its condition."""
    tokens = ctx.sent.tokens
    acts = [c for c in ctx.kids[pred.head] if tokens[c].dep == "xcomp" and tokens[c].pos == "VERB"]
    objects = [o for a in acts for o in ctx.kids[a] if tokens[o].dep == "dobj"]
    return [a for a in resolve_all(ctx, objects) if counts(ctx, a) or is_place(ctx, a)]


def _taken_from(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """What is returned goes back to whom it was taken from: "will return
    weapons they seized from the Iraqi army" -> the army."""
    tokens = ctx.sent.tokens
    for obj in pred.objects:
        for node in sorted(subtree(ctx.kids, obj)):
            if tokens[node].dep == "prep" and tokens[node].lemma == "from" and tokens[tokens[node].head].pos == "VERB":
                owners = [o for o in ctx.kids[node] if tokens[o].dep == "pobj"]
                found = [a for a in resolve_all(ctx, owners) if counts(ctx, a)]
                if found:
                    return found
    return []


# Verbs of a purpose clause that name whom aid is for: "donated ventilators to
# assist Ethiopia", "to help Haiti cope".
_HELPING_VERBS = frozenset({"help", "assist", "support", "aid", "bolster", "strengthen"})


def _helped(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """Aid given with no recipient named goes to whom it is meant to help, or
    to where its purpose is pursued: "to fight the Ebola epidemic in West
    Africa", "to promote development in Ethiopia"."""
    tokens = ctx.sent.tokens
    purposes = [c for h in (pred.head, *pred.objects) for c in ctx.kids[h]
                if tokens[c].dep in ("advcl", "xcomp", "acl") and tokens[c].pos == "VERB"
                and any(tokens[k].dep == "aux" and tokens[k].lemma == "to" for k in ctx.kids[c])]
    purposes += [k for c in purposes for k in ctx.kids[c] if tokens[k].dep == "conj" and tokens[k].pos == "VERB"]
    helped = [o for c in purposes if tokens[c].lemma in _HELPING_VERBS for o in ctx.kids[c]
              if tokens[o].dep in ("dobj", "dative")]
    # "to help Haiti cope": the one helped is the subject of what it is helped to do
    helped += [s for c in purposes if tokens[c].lemma in _HELPING_VERBS for k in ctx.kids[c]
               if tokens[k].dep in ("ccomp", "xcomp") for s in ctx.kids[k] if tokens[s].dep == "nsubj"]
    found = [a for a in resolve_all(ctx, helped) if heads_someone(ctx, a, coded_counts=False)]  # not "peace building"
    if found:
        return found
    places = [p for c in purposes for node in (c, *(o for o in ctx.kids[c] if tokens[o].dep == "dobj"))
              for prep in ctx.kids[node] if tokens[prep].lemma == "in" and tokens[prep].dep == "prep"
              for p in ctx.kids[prep] if tokens[p].dep == "pobj"]
    return [a for a in resolve_all(ctx, places) if counts(ctx, a)]


def _weighed_for(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """An option weighed is about whom its act would reach: "is considering
    sending aid to North Korea", "giving every household a voucher"."""
    tokens = ctx.sent.tokens
    acts = [i for i in ctx.kids[pred.head] if tokens[i].dep in ("xcomp", "ccomp") and tokens[i].pos == "VERB"]
    for inner in acts:
        act = verb_predicate(tokens, ctx.kids, inner)
        heads = [i for word, i in act.preps if word in ("to", "dative", "for")]
        found = [a for a in resolve_all(ctx, heads) if counts(ctx, a)] or _helped(ctx, act)
        if found:  # ... or whom it is meant to help: "considering sending aid to help North Korea cope"
            return found
    return []


# Mediation and the intent to mediate: done to the parties mediated between.
_MEDIATION_CODES = frozenset({"045", "039"})
# Uses and threats of force are done to places too: "captured the mosque in Mosul", "threatened to shell the airfield".
_PLACE_TARGET_ROOTS = FORCE_ROOTS | {"13"}


def _parties_between(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """A mediator acts on the parties it mediates between, however deep they
    sit: "launched a mediation effort to resolve the rift between Qatar and
    other Gulf states" -> Qatar and the Gulf states."""
    tokens = ctx.sent.tokens
    for node in sorted(subtree(ctx.kids, pred.head)):
        if tokens[node].dep == "prep" and tokens[node].lemma in ("between", "among"):
            heads = [o for c in ctx.kids[node] if tokens[c].dep == "pobj" for o in conjuncts(tokens, ctx.kids, c)]
            return [a for a in resolve_all(ctx, heads) if counts(ctx, a)]
    return []


def _statement(pred: Predicate, pattern: VerbPattern) -> bool:
    return pred.pos == "verb" and pattern.code[:2] == "01"


# Words that open a free relative: "agree with what X proposed".
_FREE_RELATIVES = frozenset({"what", "whatever"})


def _whose_words(ctx: SentenceContext, heads: list[int]) -> list[ActorMention]:
    """Who said or did what the act answers, named as a free relative:
    "agree with what Republicans in Congress were proposing" -> the
    Republicans."""
    tokens = ctx.sent.tokens
    clauses = [i for i in heads if tokens[i].pos == "VERB" and any(
        tokens[k].text.lower() in _FREE_RELATIVES for k in subtree(ctx.kids, i) if k < i)]
    subjects = [k for i in clauses for k in ctx.kids[i] if tokens[k].dep == "nsubj"]
    return [a for a in resolve_all(ctx, subjects) if counts(ctx, a)]


def _someone_inside(ctx: SentenceContext, thing: ActorMention) -> list[ActorMention]:
    """The one a thing is done about, named inside its phrase: "mediation
    efforts with Oldcastle", "an extradition request for Catalonia's former
    leader", "attacks on the army's sites". The nearest prepositional object
    whose own phrase names someone."""
    heads = span_heads(ctx.sent.tokens, thing)
    return _everyone_below(ctx, heads[0]) if len(heads) == 1 else []


def _office_left(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """Whom a resignation concerns: the state or body of the office resigned
    ("resigned as president of the Soviet Union"), or whom it makes way for."""
    tokens = ctx.sent.tokens
    offices = [o for word, o in pred.preps if word == "as"]
    heads = [p for o in offices for k in ctx.kids[o] if tokens[k].lemma == "of" for p in ctx.kids[k]
             if tokens[p].dep == "pobj"]
    # ... or whom it makes way for: "resigned to allow the nationalist rival to take the power"
    heads += [o for c in ctx.kids[pred.head] if tokens[c].dep == "advcl" and tokens[c].lemma in ("allow", "let")
              for o in ctx.kids[c] if tokens[o].dep == "dobj"]
    return [a for a in resolve_all(ctx, heads) if counts(ctx, a)]


def _owned_act(ctx: SentenceContext, head: int) -> ActorMention | None:
    """An act noun whose possessor names someone ("Turkey's demands"): the
    phrase, coded as its possessor."""
    tokens = ctx.sent.tokens
    if not any(tokens[k].dep == "poss" and tokens[k].pos in ("PROPN", "NOUN") for k in ctx.kids[head]):
        return None
    actor = resolve_head(ctx, head)
    return actor if actor is not None and counts(ctx, actor) else None


def _everyone_below(ctx: SentenceContext, head: int) -> list[ActorMention]:
    """:func:`_someone_below` and those listed with it: "sanctions on Rusal and other companies"."""
    node = _node_of_someone_below(ctx, head)
    if node is None:
        return []
    tokens = ctx.sent.tokens
    found = resolve_all(ctx, conjuncts(tokens, ctx.kids, node))
    if any(tokens[k].dep == "preconj" for k in ctx.kids[node]):
        return found  # "both the Farah and the Ghazni attacks": the pair is named as one list
    return found[:1] + [a for a in found[1:] if heads_someone(ctx, a)]


def _someone_below(ctx: SentenceContext, head: int) -> ActorMention | None:
    node = _node_of_someone_below(ctx, head)
    return resolve_head(ctx, node) if node is not None else None


def _node_of_someone_below(ctx: SentenceContext, head: int) -> int | None:
    """The nearest prepositional object under ``head`` whose phrase names someone."""
    tokens = ctx.sent.tokens
    depths = phrase_depths(tokens, ctx.kids, head, participles=True)
    # not what the act follows or happens during: "a state of siege following Zelaya's announcement"
    depths = {i: d for i, d in depths.items() if not any(
        tokens[a].dep == "prep" and tokens[a].text.lower() in _WHEN_PREPS for a in _path_up(tokens, i, head))}
    for node in sorted((i for i in depths if tokens[i].dep == "pobj" and i != head), key=lambda i: (depths[i], i)):
        actor = resolve_head(ctx, node)
        if actor is not None and counts(ctx, actor):
            return node
    return None


# Prepositions that say when an act is, not whom it is done to.
_WHEN_PREPS = frozenset({"following", "after", "before", "during", "since", "until", "amid", "despite", "upon"})


def _path_up(tokens, node: int, top: int) -> list[int]:
    """The tokens from ``node`` up to, not including, ``top``."""
    path = []
    while node != top and tokens[node].head != node and len(path) < 20:
        path.append(node)
        node = tokens[node].head
    return path


# Aid given or sought (07, 02), or cut (162), goes to people, named with where they are.
_AID_ROOTS = frozenset({"07", "02"})
_AID_CUT = "162"


def _capital_as_city(actor: ActorMention) -> ActorMention:
    """Aid for a capital goes to the city and its people, not to the
    government seated there ("suspended aid donations for Sarajevo"): the
    place, coded as its country."""
    if "dictionary:capital" not in (actor.method or "") or not actor.country:
        return actor
    return replace(actor, code=actor.country, sectors=(), method=PLACE_OF_ACT)
_PEOPLE_WORDS = frozenset({"those", "people"})


def _people_there(ctx: SentenceContext, actor: ActorMention) -> ActorMention:
    """Aid found as a place is for the people there when the text names them:
    "aid for those affected in Yemen", "to help people in need in Tigray"
    -> the people, with their place (coded as the place)."""
    tokens = ctx.sent.tokens
    heads = span_heads(tokens, actor)
    if len(heads) != 1 or tokens[heads[0]].dep != "pobj":
        return actor
    prep = tokens[heads[0]].head
    if tokens[prep].lemma not in ("in", "across", "throughout"):
        return actor
    node = tokens[prep].head
    while tokens[node].dep == "acl" and tokens[node].head != node:  # "those affected in Yemen"
        node = tokens[node].head
    if tokens[node].text.lower() not in _PEOPLE_WORDS and tokens[node].lemma not in INDIVIDUAL_NOUNS:
        return actor  # not a body: "troops for the UN force in South Sudan" go to South Sudan
    start = min(tokens[i].start for i in subtree(ctx.kids, node))
    return with_bounds(ctx, actor, min(start, actor.span.start), actor.span.end)


# Verbs that impose an act on their object: "ordered X to suspend". Not
# "urged X to help", where X is asked, and the urging is the event.
_COMPELLING_VERBS = frozenset({"order", "force", "compel", "command", "instruct", "direct", "oblige", "require"})


def _made_to_act(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """Whom the subject makes do the act: "ordered all pro-Taliban newspapers
    to suspend publications" is done to the newspapers. The act is the
    complement of a compelling verb (``_COMPELLING_VERBS``) with an object,
    and has no subject of its own."""
    tokens = ctx.sent.tokens
    verb = tokens[pred.head]
    if pred.pos != "verb" or verb.dep != "xcomp" or tokens[verb.head].lemma not in _COMPELLING_VERBS \
            or any(tokens[k].dep in ("nsubj", "nsubjpass") for k in ctx.kids[pred.head]):
        return []
    made = [k for k in ctx.kids[verb.head] if tokens[k].dep == "dobj" and k < pred.head]
    return [a for a in resolve_all(ctx, made) if counts(ctx, a)]


def _target_actors(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[ActorMention]:
    tokens = ctx.sent.tokens
    if pattern.source_prep and not pattern.prep:  # the source is a prepositional object: the subject is the target
        return resolve_all(ctx, pred.subjects or pred.objects)
    if pattern.prep:
        heads = [i for word, i in pred.preps if word == pattern.prep]
        found = resolve_all(ctx, heads)
        if pred.objects and not any(counts(ctx, a) for a in found):
            # "pushed Iraq for a constitution": the one pushed, not what for
            pushed = resolve_all(ctx, pred.objects)
            if any(counts(ctx, a) for a in pushed):
                return pushed
        if not any(counts(ctx, a) for a in found):  # "called for sanctions against Turkey"
            inside = [a for i in heads if tokens[i].pos in ("NOUN", "PROPN") for a in (_someone_below(ctx, i),) if a]
            found = inside or _whose_words(ctx, heads) or found
        return found
    if pattern.context is not None and pattern.context.compound_subject:
        return []  # "X and Y have delayed their meeting": each side is the other's target
    if pattern.style.first_actor_target and not pred.passive:
        return first_actors_after(ctx, pred)
    objects = [i for i in pred.objects if not _names_the_act(ctx, i, pattern)]
    if pattern.code[:2] == "15":
        # A show of force is aimed at someone: "mobilized troops for the Gulf
        # War against Iraq" -> Iraq. The troops are the source's own, never
        # the target.
        aimed = _aimed_at(ctx, pred)
        if aimed:
            return aimed
        objects = [i for i in objects if ctx.dictionary.sector_terms.get(tokens[i].lemma) not in _FORCES]
    if pattern.style.recipient_target or _hands_over(pattern.code) or pred.lemma in _SENDING_VERBS:
        recipients = [a for a in resolve_all(ctx, _recipient_heads(ctx, pred, pattern)) if counts(ctx, a)]
        if recipients:
            return recipients
    # A known actor beats an unknown one: "suspended food supplies to the
    # Afghan Mujahideen" targets the Mujahideen, not the supplies.
    fallback = resolve_all(ctx, objects)
    if any(actor.code for actor in fallback):
        return fallback
    if pattern.code[:2] in _COERCION_ROOTS and any(_heads_people(ctx, a) for a in fallback):
        return fallback  # "deported 2,374 migrants to Honduras": the people coerced, not where they go
    if pred.passive and any(heads_someone(ctx, a) for a in fallback):
        return fallback  # "Disha Ravi was arrested by Delhi Police for ... against India": the one arrested
    if pattern.code == _DENIAL and any(_names_the_act(ctx, i, pattern) for i in pred.objects):
        # "rejected accusations by Maduro against the government": a denial
        # answers whoever made the charge, not whom the charge is against
        makers = [a for a in resolve_all(ctx, [i for w, i in pred.preps if w in _MAKER_PREPS]) if counts(ctx, a)]
        if makers:  # "by US of genocide and other violations": the maker, not what is listed after
            return makers[:1] + [a for a in makers[1:] if heads_someone(ctx, a)]
    allowed = pattern.target_preps or DEFAULT_TARGET_PREPS
    if pattern.code[:2] == "15":  # "on alert in New Delhi for riots": what a show of force is for is no target
        allowed = tuple(word for word in allowed if word != "for")
    someone = fallback if any(heads_someone(ctx, a) for a in fallback) else []
    for word in allowed + ("dative",):
        # "remained on alert": the pattern's own object is the act, not whom it is done to
        heads = [i for w, i in pred.preps if w == word and not _names_the_act(ctx, i, pattern)]
        found = resolve_all(ctx, heads)
        if not found and word != "for":  # "lifted embargoes on providing supplies to Pakistan": inside the
            # clause; "arrested for collaborating with X" gives the reason, not the target
            found = [a for i in heads if tokens[i].pos == "VERB" for a in (first_actor_in_subtree(ctx, i),) if a]
        if any(actor.code for actor in found):
            return found
        fallback = fallback or found
        if not someone and any(heads_someone(ctx, a) for a in found):
            someone = found
    fallback = someone or fallback
    if pattern.objects and not pattern.reciprocal:  # "signed an agreement in Geneva" is not with Geneva
        event_objects = [i for i in pred.objects if _names_the_act(ctx, i, pattern)]
        for head in event_objects:
            # "rejected accusations by Netanyahu": whoever the thing came from
            head = _measured(ctx, head)  # "the batch of 200 peacekeepers from Liberia": below the peacekeepers
            # "Theresa May's offer on citizens' rights": hers, not the topic's
            # ("the bank's optimism" is the speaker's own)
            owned = _owned_act(ctx, head) if pattern.code not in ATTITUDE_CODES else None
            if owned is not None:
                return [owned]
            below = _everyone_below(ctx, head)
            if below:
                return below
            actor = first_actor_in_subtree(ctx, head, own_clauses=False)
            if actor is not None:
                return [actor]
        if event_objects and not pred.passive:
            # the parser often hangs that "by" on the active verb: "denied charges by the U.S. Chamber"
            makers = [a for a in resolve_all(ctx, [i for w, i in pred.preps if w == "by"]) if counts(ctx, a)]
            if makers:
                return makers
    if not fallback and pred.pos == "verb" and not _statement(pred, pattern):
        # Nothing in the usual slots: the first known actor after the verb in
        # its own clause ("let free the Egyptian-American Mohamed Soltan"),
        # but not a place ("talked in Beijing").
        helped = _helped(ctx, pred) if pattern.code[:2] == "07" else []
        if helped:  # "send troops to help the Philippines army in its fight against Islamic State"
            return helped
        places = _locative_chars(ctx, pred)
        # nor someone in a clause of its own ("... after it has become overrun by a drug-trafficking group")
        places |= {tokens[i].start for c in ctx.kids[pred.head] if tokens[c].dep in ("advcl", "relcl")
                   and any(tokens[k].dep in ("mark", "nsubj", "nsubjpass") for k in ctx.kids[c])
                   for i in subtree(ctx.kids, c)}
        return [a for a in first_actors_after(ctx, pred) if a.code and a.span.start not in places]
    return fallback


# Denying a charge (016); "by" and "from" name who made it.
_DENIAL = "016"
_MAKER_PREPS = ("by", "from")
# Codes whose target may be a thing: optimism, pessimism (012, 013) and agreement (019).
_ABOUT_THINGS = ATTITUDE_CODES | {"019"}
# Judicial cooperation hands a person over: "extradited Martinelli to Panama"
# is with Panama; aid and returned property go to whom they are given: "sent a
# team of medical experts to the hospital", "returned 12 skulls to Peru".
# Released people (0841) are the target themselves.
_HANDOVER_CODES = frozenset({"084", "0842"})
# What is sent is not whom the act is done to: "sent a team of experts to Alabama to investigate".
_SENDING_VERBS = frozenset({"send", "dispatch"})


def _hands_over(code: str) -> bool:
    return code[:2] == "07" or code[:3] == "063" or code in _HANDOVER_CODES


# Coercion and force are done to the people they seize, move or hit.
_COERCION_ROOTS = FORCE_ROOTS | {"17"}
# ... and so are expulsions and cuts (16).
_DONE_TO_PEOPLE_ROOTS = _COERCION_ROOTS | {"16"}


def _heads_people(ctx: SentenceContext, actor: ActorMention) -> bool:
    heads = span_heads(ctx.sent.tokens, actor)
    return bool(heads) and ctx.sent.tokens[heads[0]].lemma in PEOPLE_NOUNS


# People a pattern's object may name who are acted on, never the act or the
# actor's own agents: "accept refugees", "release prisoners", "held civilians as
# human shields" (unlike "sent troops", "deployed experts").
_ACTED_ON_PEOPLE = frozenset("""
    refugee migrant prisoner hostage captive detainee civilian resident villager pow family population minority
    inhabitant patient people person child
""".split())


# Whom an actor sends, posts or withdraws: its own ("withdrew peacekeepers from Sinai").
_OWN_AGENTS = frozenset("""
    peacekeeper troop soldier force observer monitor contingent unit battalion ambassador envoy personnel team
""".split())


def _names_the_act(ctx: SentenceContext, head: int, pattern: VerbPattern) -> bool:
    """The noun is the pattern's own object, the act itself: "joint exercises",
    "a new round of joint exercises"; not whom the act is done to."""
    lemma = ctx.sent.tokens[_measured(ctx, head)].lemma
    if lemma in _ACTED_ON_PEOPLE or (pattern.code[:2] in _DONE_TO_PEOPLE_ROOTS and lemma in PEOPLE_NOUNS
                                     and lemma not in _OWN_AGENTS):
        return False  # "expelled humanitarian aid workers": the workers are expelled
    return lemma in pattern.objects


def _measured(ctx: SentenceContext, head: int) -> int:
    """What a measure or round names: "a new round of exercises" -> exercises;
    what a count of things counts: "some of its restrictions" -> restrictions
    (a count of people stays: "some of the peacekeepers" are expelled)."""
    tokens = ctx.sent.tokens
    counted = tokens[head].lemma in QUANTITY_NOUNS
    if tokens[head].lemma not in MEASURE_NOUNS and not counted:
        return head
    inner = next((o for p in ctx.kids[head] if tokens[p].lemma == "of" for o in ctx.kids[p]
                  if tokens[o].dep == "pobj"), head)
    if counted and (tokens[inner].lemma in PEOPLE_NOUNS or tokens[inner].lemma in _OWN_AGENTS):
        return head
    return inner


def _recipient_heads(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[int]:
    """Where a thing or a team is sent: "sent 100 vehicles and a team of
    paratroopers to Lebanon", the preposition hanging off the verb, the
    object, or what the object is made of."""
    tokens = ctx.sent.tokens
    heads = [i for word, i in pred.preps if word == "dative"]  # "gave the FBI access"
    # "sent teams of operatives into Libya"; "with" names what is given ("supplied Pakistan with equipment")
    towards = (*(word for word in pattern.target_preps if word != "with"), "into")
    heads += [i for word, i in pred.preps if word in towards]
    if heads:  # the verb's own recipient: not "a gift from Eva Braun to Adolf Hitler" inside the object
        return heads
    for obj in pred.objects:
        depths = phrase_depths(tokens, ctx.kids, obj)
        heads += [i for i in depths if tokens[i].dep == "pobj" and tokens[tokens[i].head].text.lower() in
                  towards and depths[i] <= 4 and i not in heads]
    return heads


_FORCES = frozenset({"MIL", "COP"})
# Where a show of force points; not "to", which says where troops go
# ("deployed troops to the border with Ukraine"), found by the patterns.
_AIMED_PREPS = frozenset({"against", "into", "toward", "towards", "on", "at"})


def _aimed_at(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """The nearest known actor the predicate's clause points its force at,
    through a preposition of aim at any depth below the verb (not inside
    its subject)."""
    tokens = ctx.sent.tokens
    outside = {i for s in pred.subjects for i in subtree(ctx.kids, s)}
    frontier, seen = [pred.head], {pred.head}
    opposed: list[ActorMention] = []  # someone unknown "against" whom it points: "a battle against the remnants of X"
    while frontier:
        aims = [(tokens[c].lemma, a) for node in frontier for c in ctx.kids[node] if tokens[c].dep == "prep"
                and tokens[c].lemma in _AIMED_PREPS for o in ctx.kids[c] if tokens[o].dep == "pobj"
                for a in resolve_all(ctx, [o])]
        found = [a for _, a in aims if a.code]
        if found:
            return found
        opposed = opposed or [a for word, a in aims if word == "against" and counts(ctx, a)]
        frontier = [c for node in frontier for c in ctx.kids[node] if c not in seen and c not in outside
                    and tokens[c].dep not in ("ccomp", "advcl", "relcl", "conj")]
        seen.update(frontier)
    return opposed


_LOCATIVE = frozenset({"in", "at", "near", "through", "across", "inside", "outside", "within", "from", "during",
                       "via", "around", "throughout", "on"})


def _locative_chars(ctx: SentenceContext, pred: Predicate) -> set[int]:
    """Start offsets of tokens inside the predicate's place phrases."""
    tokens = ctx.sent.tokens
    places = [c for c in ctx.kids[pred.head] if tokens[c].dep == "prep" and tokens[c].lemma in _LOCATIVE]
    return {tokens[i].start for place in places for i in subtree(ctx.kids, place)}
