"""Who is the source and who the target of a matched predicate.

Sources come from subjects (through control verbs and coordination), passive
``by``-agents and noun possessors; targets from objects and the pattern's
prepositions. Compound sides give one event per actor pair; reciprocal
verbs ("X and Y agreed", "talks between X and Y") give both directions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from detente.actors.dictionary import ActorDictionary, ActorEntry
from detente.actors.nouns import PEOPLE_NOUNS
from detente.actors.noun_phrase import DIRECTION_PREPS, core_span, np_span, phrase_depths
from detente.actors.phrase import TermMatch, compose_code, match_root, nominal_head, resolve_phrase
from detente.coding.actors_in_sentence import PERSONAL_PRONOUNS, ArticleActors
from detente.coding.modality import governing_chain
from detente.coding.patterns import VerbPattern
from detente.coding.predicates import DEFAULT_TARGET_PREPS, Predicate, conjuncts, subjects_of, subtree
from detente.types import ActorMention, ParsedSentence, Token


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """Everything side resolution needs about one sentence."""

    sent: ParsedSentence
    kids: tuple[tuple[int, ...], ...]
    matches: tuple[TermMatch, ...]
    dictionary: ActorDictionary
    memory: ArticleActors
    date: str | None = None  # the article's date (YYYY-MM-DD): picks dated actor codes
    keep_unresolved: bool = True  # code a side no dictionary resolves ("a Swiss court"), with no actor code
    # Sides already resolved in this sentence, by head token: a subject shared by
    # "agreed to hold" is looked up once. Lives and dies with the sentence.
    resolved: dict = field(default_factory=dict)


# Parts of speech that can head an actor phrase; a verb ("providing") cannot.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM", "X"})


def resolve_head(ctx: SentenceContext, head: int) -> ActorMention | None:
    if head not in ctx.resolved:
        ctx.resolved[head] = _resolve_head(ctx, head)
    return ctx.resolved[head]


def _resolve_head(ctx: SentenceContext, head: int) -> ActorMention | None:
    tok = ctx.sent.tokens[head]
    if tok.pos not in _NOMINAL:
        return None  # a verb ("providing") heads no actor
    if tok.pos == "PRON":
        found = None
        if tok.text.lower() in PERSONAL_PRONOUNS:
            found = ctx.memory.pronoun(core_span(ctx.sent, ctx.kids, head), ctx.sent.sentence.index)
        if found is None and ctx.keep_unresolved and tok.text.lower() in _AGENT_PRONOUNS:
            found = _unresolved(ctx, head)
        return found
    actor = resolve_phrase(ctx.sent, head, dictionary=ctx.dictionary, matches=ctx.matches, kids=ctx.kids, date=ctx.date)
    if actor is None:
        return _unresolved(ctx, head) if ctx.keep_unresolved else None
    actor = ctx.memory.recall(actor)
    if actor.code is None and tok.ent_type in _NOT_ACTOR_ENTITIES:
        return None  # "on 1 April", "$2 million": a date or an amount the dictionaries do not know
    if actor.country is None and actor.code is None and not ctx.keep_unresolved:
        return None  # a bare title or an unknown name
    return actor


def _unresolved(ctx: SentenceContext, head: int) -> ActorMention | None:
    """A side the dictionaries do not know: kept with its text and no code, so
    the event is still recorded (and an analyst can see what was missed)."""
    tok = ctx.sent.tokens[head]
    if tok.pos not in ("NOUN", "PROPN", "PRON") or tok.ent_type in _NOT_ACTOR_ENTITIES:
        return None  # "on Wednesday", "$2 million", "40 percent" are never sides
    return ActorMention(
        article_id=ctx.sent.sentence.article_id, sentence_index=ctx.sent.sentence.index,
        span=np_span(ctx.sent, ctx.kids, head), code=None, country=None, confidence=0.25, method="unresolved",
    )


_NOT_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
# Pronouns that stand for a person or group acting: an unresolved side, not nothing.
_AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "him", "her", "them", "us"})
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
        for actor in (found[0], *_expansions(ctx, head, found[0]), *found[1:]) if found else ():
            key = (actor.span.start, actor.span.end, actor.code)
            if key not in seen:
                seen.add(key)
                out.append(actor)
    return out


def _match_root(ctx: SentenceContext, match: TermMatch) -> int:
    """The token of a multi-token name that the rest of the sentence attaches to."""
    return match_root(ctx.sent.tokens, match, default=match.end - 1)


def _expansions(ctx: SentenceContext, head: int, actor: ActorMention) -> list[ActorMention]:
    """More actors the phrase that named ``actor`` stands for: the others a
    name covers ("the Quartet"), and names coordinated with it inside the
    phrase ("the ambassadors of Arnor, Osgiliath and Gondor")."""
    depths = phrase_depths(ctx.sent.tokens, ctx.kids, head)
    named = [(min(depths[i] for i in range(m.start, m.end) if i in depths), m) for m in ctx.matches
             if m.entry is not None and m.entry.is_actor and any(i in depths for i in range(m.start, m.end))]
    if not named:
        return []
    match = min(named, key=lambda pair: pair[0])[1]
    root = _match_root(ctx, match)
    out = [_as_entry(actor, entry, span=actor.span, how="+also") for entry in _also(match.entry)]
    if root == head:
        return out  # the phrase is the name itself: its conjuncts are sides of their own
    by_token = {i: m for m in ctx.matches if m.entry is not None and m.entry.is_actor for i in range(m.start, m.end)}
    for other in conjuncts(ctx.sent.tokens, ctx.kids, root)[1:]:
        entry = by_token[other].entry.as_of(ctx.date) if other in by_token else None
        for each in (entry, *_also(entry)) if entry is not None else ():
            out.append(_as_entry(actor, each, span=core_span(ctx.sent, ctx.kids, other), how="+coordinated"))
    return out


def _also(entry: ActorEntry | None) -> list[ActorEntry]:
    return [replace(entry, code=code, country=code[:3], also=()) for code in entry.also] if entry is not None else []


def _as_entry(actor: ActorMention, entry: ActorEntry, *, span, how: str) -> ActorMention:
    """``actor``, with its titles, as named by ``entry`` instead."""
    return replace(actor, span=span, code=compose_code(entry, actor.sectors), country=entry.country,
                   name=entry.name, method=actor.method + how)


def _phrase_head(ctx: SentenceContext, token: int) -> int:
    """From a name up to the noun phrase it belongs to: "Ithilen's president",
    "activists of Amnesty International"."""
    tokens = ctx.sent.tokens
    for _ in range(4):
        tok = tokens[token]
        up = tokens[tok.head]
        if tok.dep == "pobj" and up.lemma == "of" and tokens[up.head].pos == "NOUN" and up.head != up.i:
            token = up.head
        elif tok.head != token and tok.dep in ("compound", "poss", "amod", "nmod") and up.pos in ("NOUN", "PROPN"):
            token = tok.head
        else:
            break
    return token


def first_actors_after(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """The first actor named after the predicate in its own phrase, with those
    coordinated with it: the target rule of PETRARCH-style dictionaries."""
    inside = subtree(ctx.kids, pred.head)
    for match in ctx.matches:
        if match.entry is None or not match.entry.is_actor or match.start <= pred.head or match.start not in inside:
            continue
        head = _phrase_head(ctx, _match_root(ctx, match))
        found = _resolve_all(ctx, conjuncts(ctx.sent.tokens, ctx.kids, head))
        if found:
            return found
    return []


def _first_actor_in_subtree(ctx: SentenceContext, head: int) -> ActorMention | None:
    """Deep fallback for "lifted embargoes on providing supplies to Pakistan"."""
    tokens = ctx.sent.tokens
    inside = subtree(ctx.kids, head)
    for match in ctx.matches:
        if match.entry is not None and match.entry.is_actor and match.start in inside:
            actor = resolve_head(ctx, nominal_head(tokens, match))
            if actor is not None:
                return actor
    return None


def source_actors(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[ActorMention]:
    if pattern.source_prep:  # "was freed from X", "received money from X"
        return _resolve_all(ctx, [i for word, i in pred.preps if word == pattern.source_prep])
    heads = pred.subjects
    if pred.pos == "noun" and "of" in pattern.target_preps:
        of_objects = {i for word, i in pred.preps if word == "of"}
        heads = tuple(i for i in heads if i not in of_objects)
    found = _resolve_all(ctx, heads)
    tokens = ctx.sent.tokens
    if heads and all(tokens[h].pos == "PRON" for h in heads):
        # "Iraqi militia groups said they will return the weapons": the pronoun
        # is the one who said it, named in this very sentence.
        found = _antecedent(ctx, pred, tokens[heads[0]].text.lower(), resolved=bool(found)) or found
    if found and pred.pos == "verb" and not any(a.code for a in found):
        # "The European Parliament approved a resolution criticizing Nicaragua":
        # a document acts for whoever issued it.
        found = _issuer(ctx, pred) or found
    return found


# Which subjects a pronoun can stand for, by the subject noun's tag.
_PRONOUN_NUMBER = {"he": ("NN", "NNP"), "she": ("NN", "NNP"), "it": ("NN", "NNP"), "they": ("NNS", "NNPS"),
                   "we": ("NN", "NNP", "NNS", "NNPS")}


def _antecedent(ctx: SentenceContext, pred: Predicate, pronoun: str, *, resolved: bool) -> list[ActorMention]:
    """The subject of a verb above the predicate that the pronoun agrees with
    ("President Biden has stated that he will not lift sanctions"). A pronoun
    that memory did not resolve ("Ethiopia indicated it would act") takes the
    nearest subject of any number."""
    tokens = ctx.sent.tokens
    tags = _PRONOUN_NUMBER.get(pronoun)
    if tags is None or pred.governor is None:
        return []
    for verb in governing_chain(tokens, pred.governor):
        subjects = subjects_of(tokens, ctx.kids, verb)
        if not subjects or any(tokens[s].pos == "PRON" for s in subjects):
            continue
        if resolved and tokens[subjects[0]].tag not in tags:
            return []
        return [a for a in _resolve_all(ctx, subjects) if _counts(ctx, a)]
    return []


def _issuer(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """Who put out the thing the predicate modifies: the subject of the verb
    that takes "a resolution criticizing ..." or "a report accusing ..."."""
    tokens = ctx.sent.tokens
    tok = tokens[pred.head]
    if tok.dep != "acl" or tok.head == pred.head:
        return []
    document = tokens[tok.head]
    if document.dep not in ("dobj", "pobj") or document.head == tok.head or _is_someone(ctx, document):
        return []  # "troops fighting the rebels" act themselves
    verb = document.head if document.dep == "dobj" else tokens[document.head].head
    return [a for a in _resolve_all(ctx, subjects_of(tokens, ctx.kids, verb)) if _counts(ctx, a)]


def target_actors(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[ActorMention]:
    """Who the event is done to; an unknown side counts only when it names
    someone (a name, a role, people), not a thing ("rejected the decision")."""
    out = []
    for actor in _target_actors(ctx, pred, pattern):
        if not _counts(ctx, actor):
            actor = _someone_inside(ctx, actor)
        if actor is not None:
            out.append(actor)
    return out


def _someone_inside(ctx: SentenceContext, thing: ActorMention) -> ActorMention | None:
    """The one a thing is done about, named inside its phrase: "mediation
    efforts with Oldcastle", "an extradition request for Catalonia's former
    leader", "attacks on the army's sites". The nearest prepositional object
    whose own phrase names someone."""
    tokens = ctx.sent.tokens
    inside = [i for i, tok in enumerate(tokens) if thing.span.start <= tok.start < thing.span.end]
    heads = [i for i in inside if not thing.span.start <= tokens[tokens[i].head].start < thing.span.end]
    return _someone_below(ctx, heads[0]) if len(heads) == 1 else None


def _someone_below(ctx: SentenceContext, head: int) -> ActorMention | None:
    tokens = ctx.sent.tokens
    depths = phrase_depths(tokens, ctx.kids, head, participles=True)
    for node in sorted((i for i in depths if tokens[i].dep == "pobj"), key=lambda i: (depths[i], i)):
        actor = resolve_head(ctx, node)
        if actor is not None and _counts(ctx, actor):
            return actor
    return None


def _names_someone(ctx: SentenceContext, actor: ActorMention) -> bool:
    """Someone is named in the phrase's identity ("Iran's parliament", "the
    Kirkuk council decision"), not only where it is aimed ("sanctions
    against China" is about China, found by :func:`_someone_inside`)."""
    tokens = ctx.sent.tokens
    inside = [t.i for t in tokens if actor.span.start <= t.start < actor.span.end]
    aimed = {i for k in inside if tokens[k].dep == "prep" and tokens[k].text.lower() in DIRECTION_PREPS
             for i in subtree(ctx.kids, k)}
    return any(i not in aimed and _is_someone(ctx, tokens[i]) for i in inside)


def _span_head(tokens: Sequence[Token], actor: ActorMention) -> int | None:
    inside = [t.i for t in tokens if actor.span.start <= t.start < actor.span.end]
    heads = [i for i in inside if not actor.span.start <= tokens[tokens[i].head].start < actor.span.end]
    return heads[0] if heads else None


def _counts(ctx: SentenceContext, actor: ActorMention) -> bool:
    """A side worth coding: a known actor, or text that names someone."""
    return bool(actor.code) or _names_someone(ctx, actor)


def _is_someone(ctx: SentenceContext, tok: Token) -> bool:
    return tok.pos in ("PROPN", "PRON") or tok.lemma in PEOPLE_NOUNS or tok.lemma in ctx.dictionary.sector_terms


def _target_actors(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[ActorMention]:
    tokens = ctx.sent.tokens
    if pattern.source_prep and not pattern.prep:  # the source is a prepositional object: the subject is the target
        return _resolve_all(ctx, pred.subjects or pred.objects)
    if pattern.prep:
        heads = [i for word, i in pred.preps if word == pattern.prep]
        found = _resolve_all(ctx, heads)
        if pred.objects and not any(_counts(ctx, a) for a in found):
            # "pushed Iraq for a constitution": the one pushed, not what for
            pushed = _resolve_all(ctx, pred.objects)
            if any(_counts(ctx, a) for a in pushed):
                return pushed
        if not any(_counts(ctx, a) for a in found):  # "called for sanctions against Turkey"
            inside = [a for i in heads if tokens[i].pos in ("NOUN", "PROPN") for a in (_someone_below(ctx, i),) if a]
            found = inside or found
        return found
    if pattern.context is not None and pattern.context.compound_subject:
        return []  # "X and Y have delayed their meeting": each side is the other's target
    if pattern.style.first_actor_target and not pred.passive:
        return first_actors_after(ctx, pred)
    # A known actor beats an unknown one: "suspended food supplies to the
    # Afghan Mujahideen" targets the Mujahideen, not the supplies.
    objects = [i for i in pred.objects if tokens[i].lemma not in pattern.objects]
    if pattern.style.recipient_target:
        recipients = [a for a in _resolve_all(ctx, _recipient_heads(ctx, pred, objects, pattern)) if _counts(ctx, a)]
        if recipients:
            return recipients
    fallback = _resolve_all(ctx, objects)
    if any(actor.code for actor in fallback):
        return fallback
    if pred.passive and any(_heads_someone(ctx, a) for a in fallback):
        return fallback  # "Disha Ravi was arrested by Delhi Police for ... against India": the one arrested
    allowed = pattern.target_preps or DEFAULT_TARGET_PREPS
    someone = fallback if any(_heads_someone(ctx, a) for a in fallback) else []
    for word in allowed + ("dative",):
        heads = [i for w, i in pred.preps if w == word]
        found = _resolve_all(ctx, heads)
        if not found:  # "lifted embargoes on providing supplies to Pakistan": look inside the clause
            found = [a for i in heads if tokens[i].pos == "VERB" for a in (_first_actor_in_subtree(ctx, i),) if a]
        if any(actor.code for actor in found):
            return found
        fallback = fallback or found
        if not someone and any(_heads_someone(ctx, a) for a in found):
            someone = found
    fallback = someone or fallback
    if pattern.objects:
        event_objects = [i for i in pred.objects if tokens[i].lemma in pattern.objects]
        for head in event_objects:
            # "rejected accusations by Netanyahu": whoever the thing came from
            actor = _someone_below(ctx, head) or _first_actor_in_subtree(ctx, head)
            if actor is not None:
                return [actor]
    if not fallback and pred.pos == "verb" and pattern.code[:2] == "01":
        # "The Prime Minister said the Ethiopian government is committed to...":
        # a statement is about the known actor its reported clause is about.
        return [a for a in _resolve_all(ctx, _reported_subjects(ctx, pred)) if a.code]
    if not fallback and pred.pos == "verb":
        # Nothing in the usual slots: the first known actor after the verb in
        # its own clause ("let free the Egyptian-American Mohamed Soltan"),
        # but not a place ("talked in Beijing").
        places = _locative_chars(ctx, pred)
        return [a for a in first_actors_after(ctx, pred) if a.code and a.span.start not in places]
    return fallback


def _recipient_heads(ctx: SentenceContext, pred: Predicate, objects: Sequence[int], pattern: VerbPattern) -> list[int]:
    """Where a thing or a team is sent: "sent 100 vehicles and a team of
    paratroopers to Lebanon", the preposition hanging off the verb, the
    object, or what the object is made of."""
    tokens = ctx.sent.tokens
    heads = [i for word, i in pred.preps if word == "dative"]  # "gave the FBI access"
    heads += [i for word, i in pred.preps if word in pattern.target_preps]
    for obj in objects:
        depths = phrase_depths(tokens, ctx.kids, obj)
        heads += [i for i in depths if tokens[i].dep == "pobj" and tokens[tokens[i].head].text.lower() in
                  pattern.target_preps and depths[i] <= 4 and i not in heads]
    return heads


def _heads_someone(ctx: SentenceContext, actor: ActorMention) -> bool:
    """The phrase itself is someone, not a thing that names someone: "its
    owners", "Detroit"; not "a Hebrew Bible"."""
    if actor.code:
        return True
    head = _span_head(ctx.sent.tokens, actor)
    return head is not None and _is_someone(ctx, ctx.sent.tokens[head])


def _reported_subjects(ctx: SentenceContext, pred: Predicate) -> list[int]:
    tokens = ctx.sent.tokens
    clauses = [c for c in ctx.kids[pred.head] if tokens[c].dep == "ccomp"]
    subjects = [s for c in clauses for s in ctx.kids[c] if tokens[s].dep in ("nsubj", "nsubjpass")]
    # Only a subject that names an actor itself ("the Ethiopian government"),
    # not a thing an actor owns ("Russia's Sputnik V vaccine is used...").
    return [s for s in subjects
            if tokens[s].pos in ("PROPN", "PRON") or tokens[s].lemma in ctx.dictionary.sector_terms]


_LOCATIVE = frozenset({"in", "at", "near", "through", "across", "inside", "outside", "within", "from", "during",
                       "via", "around", "throughout", "on"})


def _locative_chars(ctx: SentenceContext, pred: Predicate) -> set[int]:
    """Start offsets of tokens inside the predicate's place phrases."""
    tokens = ctx.sent.tokens
    places = [c for c in ctx.kids[pred.head] if tokens[c].dep == "prep" and tokens[c].lemma in _LOCATIVE]
    return {tokens[i].start for place in places for i in subtree(ctx.kids, place)}
