"""Who is the source of a matched predicate, and the resolution both sides share.

Sources come from subjects (through control verbs and coordination), passive
``by``-agents and noun possessors; targets (:mod:`detente.coding.targets`)
from objects and the pattern's prepositions. Here too: resolving a token to
an actor, and whether a side names someone at all (:func:`counts`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from detente.actors.dictionary import ActorDictionary, ActorEntry
from detente.actors.noun_phrase import DIRECTION_PREPS, core_span, np_span, phrase_depths
from detente.actors.nouns import PEOPLE_NOUNS, QUANTITY_NOUNS
from detente.actors.phrase import TermMatch, compose_code, match_root, nominal_head, resolve_phrase
from detente.coding.actors_in_sentence import PERSONAL_PRONOUNS, ArticleActors
from detente.coding.modality import governing_chain
from detente.coding.patterns import VerbPattern
from detente.coding.predicates import Predicate, conjuncts, subjects_of
from detente.nlp.tree import subtree
from detente.types import ActorMention, ParsedSentence, Span, Token


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
    counted = tok.lemma in QUANTITY_NOUNS and any(ctx.sent.tokens[c].lemma == "of" for c in ctx.kids[head])
    if tok.pos == "PRON" and not counted:  # "some of the U.N. peacekeepers" is a phrase, not a pronoun
        found = None
        if tok.text.lower() in PERSONAL_PRONOUNS:
            found = ctx.memory.pronoun(core_span(ctx.sent, ctx.kids, head), ctx.sent.sentence.index)
        if found is None and ctx.keep_unresolved and tok.text.lower() in _AGENT_PRONOUNS:
            found = unresolved(ctx, head)
        return found
    actor = resolve_phrase(ctx.sent, head, dictionary=ctx.dictionary, matches=ctx.matches, kids=ctx.kids, date=ctx.date)
    if actor is None:
        return unresolved(ctx, head) if ctx.keep_unresolved else None
    actor = ctx.memory.recall(actor)
    if actor.code is None and _number_not_people(ctx, head):
        return None  # "on 1 April", "$2 million": a date or an amount the dictionaries do not know
    if actor.country is None and actor.code is None and not ctx.keep_unresolved:
        return None  # a bare title or an unknown name
    return actor


def unresolved(ctx: SentenceContext, head: int) -> ActorMention | None:
    """A side the dictionaries do not know: kept with its text and no code, so
    the event is still recorded (and an analyst can see what was missed)."""
    tok = ctx.sent.tokens[head]
    if tok.pos not in ("NOUN", "PROPN", "PRON") or _number_not_people(ctx, head):
        return None  # "on Wednesday", "$2 million", "40 percent" are never sides
    return ActorMention(
        article_id=ctx.sent.sentence.article_id, sentence_index=ctx.sent.sentence.index,
        span=np_span(ctx.sent, ctx.kids, head), code=None, country=None, confidence=0.25, method="unresolved",
    )


_NOT_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _number_not_people(ctx: SentenceContext, head: int) -> bool:
    """A date, an amount or a count, not a group counted: "dozens of
    demonstrators" is tagged a number but names people."""
    tok = ctx.sent.tokens[head]
    if tok.ent_type not in _NOT_ACTOR_ENTITIES:
        return False
    return not (tok.lemma in QUANTITY_NOUNS and any(ctx.sent.tokens[c].lemma == "of" for c in ctx.kids[head]))


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


def resolve_all(ctx: SentenceContext, heads: Sequence[int]) -> list[ActorMention]:
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
    "activists of Amnesty International", the name a description is about."""
    tokens = ctx.sent.tokens
    for _ in range(4):
        tok = tokens[token]
        up = tokens[tok.head]
        if tok.dep == "pobj" and up.lemma == "of" and tokens[up.head].pos == "NOUN" and up.head != up.i:
            token = up.head
        elif tok.head != token and tok.dep in ("compound", "poss", "amod", "nmod") and up.pos in ("NOUN", "PROPN"):
            token = tok.head
        elif tok.dep == "appos" and up.pos == "PROPN" and up.i != tok.i:
            token = tok.head  # "Haifa, Israel's third largest city": the name described
        else:
            break
    return token


def first_actors_after(ctx: SentenceContext, pred: Predicate) -> list[ActorMention]:
    """The first actor named after the predicate in its own phrase, with those
    coordinated with it: the target rule of PETRARCH-style dictionaries."""
    inside = subtree(ctx.kids, pred.head)
    inside -= _backers(ctx, inside)
    for match in ctx.matches:
        if match.entry is None or not match.entry.is_actor or match.start <= pred.head or match.start not in inside:
            continue
        head = _phrase_head(ctx, _match_root(ctx, match))
        found = resolve_all(ctx, conjuncts(ctx.sent.tokens, ctx.kids, head))
        if found:
            return found
    return []


def _backers(ctx: SentenceContext, inside: set[int]) -> set[int]:
    """Tokens naming who brokered or backed a thing ("a UN-brokered ceasefire",
    "Russia-backed rebels"): not whom an act on the thing is done to."""
    tokens = ctx.sent.tokens
    return {i for node in inside if tokens[node].dep == "amod" and tokens[node].tag == "VBN"
            for i in subtree(ctx.kids, node)}


def first_actor_in_subtree(ctx: SentenceContext, head: int, *, own_clauses: bool = True) -> ActorMention | None:
    """Deep fallback for "lifted embargoes on providing supplies to Pakistan".
    ``own_clauses=False`` leaves out clauses with a subject of their own under
    ``head``: "rejected accusation she is covering up ... in Canberra
    Hospital" names no one the rejection is aimed at."""
    tokens = ctx.sent.tokens
    inside = subtree(ctx.kids, head)
    if not own_clauses:
        inside -= {i for node in inside if node != head and tokens[node].dep in ("relcl", "acl", "ccomp", "advcl")
                   and any(tokens[k].dep in ("nsubj", "nsubjpass") for k in ctx.kids[node])
                   for i in subtree(ctx.kids, node)}
    inside -= _backers(ctx, inside)
    for match in ctx.matches:
        if match.entry is not None and match.entry.is_actor and match.start in inside:
            actor = resolve_head(ctx, nominal_head(tokens, match))
            if actor is not None:
                return actor
    return None


def source_actors(ctx: SentenceContext, pred: Predicate, pattern: VerbPattern) -> list[ActorMention]:
    if pattern.source_prep:  # "was freed from X", "received money from X"
        return resolve_all(ctx, [i for word, i in pred.preps if word == pattern.source_prep])
    heads = pred.subjects
    if pred.pos == "noun" and "of" in pattern.target_preps:
        of_objects = {i for word, i in pred.preps if word == "of"}
        heads = tuple(i for i in heads if i not in of_objects)
    found = resolve_all(ctx, heads)
    tokens = ctx.sent.tokens
    if not heads and pred.passive and pattern.code[:2] in _STATE_COERCION_ROOTS:
        return _state_where_done(ctx, pred, pattern.code[:2])
    if heads and all(tokens[h].pos == "PRON" for h in heads):
        # "Iraqi militia groups said they will return the weapons": the pronoun
        # is the one who said it, named in this very sentence.
        found = _antecedent(ctx, heads[0], resolved=bool(found)) or found
    if found and pred.pos == "verb" and not any(a.code for a in found):
        # "The European Parliament approved a resolution criticizing Nicaragua":
        # a document acts for whoever issued it.
        found = _issuer(ctx, pred) or found
    return joined_groups(ctx, found)


# Arrests, expulsions and bans are the work of a state's authorities: done
# in it (17) or, for expulsions (16, 17), from it.
_STATE_COERCION_ROOTS = frozenset({"16", "17"})


def _state_where_done(ctx: SentenceContext, pred: Predicate, pattern_root: str) -> list[ActorMention]:
    """With no one named, an arrest or expulsion is the act of the state it
    happens in: "Ingabire was arrested in Rwanda", "inspectors have been
    expelled from North Korea"."""
    places = ("in", "from") if pattern_root == "17" else ("from",)
    heads = [i for word, i in pred.preps if word in places]
    return [a for a in resolve_all(ctx, heads[:1]) if a.code and a.code == a.country]


# Which subjects a pronoun can stand for, by the subject noun's tag.
_PRONOUN_NUMBER = {"he": ("NN", "NNP"), "she": ("NN", "NNP"), "it": ("NN", "NNP"), "they": ("NNS", "NNPS"),
                   "we": ("NN", "NNP", "NNS", "NNPS")}


def _antecedent(ctx: SentenceContext, pronoun: int, *, resolved: bool) -> list[ActorMention]:
    """The subject of a verb above the pronoun's own clause that the pronoun
    agrees with ("President Biden has stated that he will not lift
    sanctions"; "The German government announced that it has earmarked aid
    to help Haiti"). A pronoun that memory did not resolve ("Ethiopia
    indicated it would act") takes the nearest subject of any number."""
    tokens = ctx.sent.tokens
    tags = _PRONOUN_NUMBER.get(tokens[pronoun].text.lower())
    clause = tokens[pronoun].head
    if tags is None or clause == pronoun:
        return []
    for verb in governing_chain(tokens, clause)[1:]:
        subjects = subjects_of(tokens, ctx.kids, verb)
        if not subjects or any(tokens[s].pos == "PRON" for s in subjects):
            continue
        if resolved and tokens[subjects[0]].tag not in tags:
            return []
        return [a for a in resolve_all(ctx, subjects) if counts(ctx, a)]
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
    return [a for a in resolve_all(ctx, subjects_of(tokens, ctx.kids, verb)) if counts(ctx, a)]


def _names_someone(ctx: SentenceContext, actor: ActorMention) -> bool:
    """Someone is named in the phrase's identity ("Iran's parliament", "the
    Kirkuk council decision"), not only where it is aimed ("sanctions
    against China" is about China, found by :func:`_someone_inside`)."""
    tokens = ctx.sent.tokens
    inside = _span_tokens(tokens, actor)
    aimed = {i for k in inside if tokens[k].dep == "prep" and tokens[k].text.lower() in DIRECTION_PREPS
             for i in subtree(ctx.kids, k)}
    # a possessive pronoun names no one by itself: "his role", "its commitment", "their responsibility"
    owners = {i for i in inside if tokens[i].pos == "PRON" and tokens[i].dep == "poss"}
    return any(i not in aimed and i not in owners and _is_someone(ctx, tokens[i]) for i in inside)


def _span_tokens(tokens: Sequence[Token], actor: ActorMention) -> list[int]:
    """Indices of the tokens inside the actor's span."""
    return [t.i for t in tokens if actor.span.start <= t.start < actor.span.end]


def with_end(ctx: SentenceContext, actor: ActorMention, end: int) -> ActorMention:
    """The actor named by a span from its own start to character ``end``."""
    return with_bounds(ctx, actor, actor.span.start, end)


def with_bounds(ctx: SentenceContext, actor: ActorMention, start: int, end: int) -> ActorMention:
    """The actor named by the sentence's characters ``start:end``."""
    base = ctx.sent.sentence.start
    text = ctx.sent.sentence.text[start - base:end - base]
    return replace(actor, span=Span(start, end, text, actor.span.label))


def joined_groups(ctx: SentenceContext, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """Unnamed people listed together are one side: "another 40 opposition
    politicians and activists", "a Cuban physician and nurse". Two actors
    merge when the second's head is coordinated with the first's, both are
    common nouns, nothing but "and", "or" or a comma stands between them, the
    second has no code of its own or the first's, and the list is one group:
    alternatives ("developers or homeowners") or a modifier before the first
    noun that covers them all ("a Cuban physician and nurse"). Bare kinds of
    people ("prisoners and detainees") and named or differently coded sides
    stay apart: each is its own dyad."""
    tokens = ctx.sent.tokens
    out: list[ActorMention] = []
    merged = False  # whether out[-1] is a list this function joined
    for actor in actors:
        last = out[-1] if out else None
        if last is not None and last.span.start <= actor.span.start and actor.span.end <= last.span.end \
                and (actor.code == last.code or (merged and actor.code is None)):
            continue  # already inside the list: "Troops and emergency aircraft from the United States"
        merged = last is not None and _listed_alike(ctx, tokens, last, actor)
        if merged:
            out[-1] = with_bounds(ctx, last, last.span.start, actor.span.end)
        else:
            out.append(actor)
    return out


def _listed_alike(ctx: SentenceContext, tokens: Sequence[Token], first: ActorMention, second: ActorMention) -> bool:
    if (second.code and first.code != second.code) or first.span.end >= second.span.start:
        return False
    if any(t.dep == "appos" and t.ent_type == "PERSON" for t in tokens if first.span.start <= t.start < first.span.end):
        return False  # a named person stays a side of their own: "the head of Amnesty, Idil Eser, and activists"
    heads = (span_heads(tokens, first), span_heads(tokens, second))
    if any(len(h) != 1 or tokens[h[0]].pos != "NOUN" for h in heads):
        return False
    # the item before it, maybe already merged ("aircraft, helicopters, and vessels")
    joined_to = tokens[tokens[heads[1][0]].head]
    if tokens[heads[1][0]].dep != "conj" or not first.span.start <= joined_to.start < first.span.end:
        return False
    base = ctx.sent.sentence.start
    gap = ctx.sent.sentence.text[first.span.end - base : second.span.start - base]
    between = gap.replace(",", " ").split()
    if not gap.strip() or not all(word in ("and", "or") for word in between):
        return False
    # alternatives are one side ("developers or homeowners"); a list is one
    # group when a modifier covers it, else two kinds of people ("prisoners and detainees")
    return "or" in between or _shared_modifier(tokens, ctx.kids, heads[0][0])


# Modifiers before a list's first noun that cover the whole list: "a Cuban
# physician and nurse", "another 40 politicians and activists".
_COVERING_DEPS = frozenset({"amod", "nummod", "compound", "quantmod", "poss"})


def _shared_modifier(tokens: Sequence[Token], kids, head: int) -> bool:
    """The list's first noun carries a modifier, not just a determiner, that
    the nouns after it share; a counted group ("dozens of X and Y") too."""
    return any(tokens[k].dep in _COVERING_DEPS and k < head for k in kids[head]) \
        or tokens[tokens[head].head].lemma == "of" and tokens[head].dep == "pobj"


def span_heads(tokens: Sequence[Token], actor: ActorMention) -> list[int]:
    """Tokens of the span whose head lies outside it: one for a phrase."""
    return [i for i in _span_tokens(tokens, actor)
            if not actor.span.start <= tokens[tokens[i].head].start < actor.span.end]


def counts(ctx: SentenceContext, actor: ActorMention) -> bool:
    """A side worth coding: a known actor, or text that names someone."""
    return bool(actor.code) or _names_someone(ctx, actor)


# Names of times and things, not of anyone: "the Easter bombings", "an October 18 act of arson".
_NOT_SOMEONE_ENTITIES = frozenset({"DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})


# Common nouns for states: "various African countries" are someone to give to.
_STATE_WORDS = frozenset({"country", "nation"})


def _is_someone(ctx: SentenceContext, tok: Token) -> bool:
    if tok.ent_type in _NOT_SOMEONE_ENTITIES:
        return False
    return (tok.pos in ("PROPN", "PRON") or tok.lemma in PEOPLE_NOUNS or tok.lemma in ctx.dictionary.sector_terms
            or tok.lemma in _STATE_WORDS or _acronym_name(tok))


def _acronym_name(tok: Token) -> bool:
    """An acronym the tagger took for a common noun ("to AMISOM") that the
    entity recogniser still calls a name."""
    return tok.text.isupper() and len(tok.text) > 2 and tok.ent_type in ("ORG", "GPE", "NORP", "PERSON")


def heads_someone(ctx: SentenceContext, actor: ActorMention, *, coded_counts: bool = True) -> bool:
    """The phrase itself is someone, not a thing that names someone: "its
    owners", "Detroit"; not "a Hebrew Bible". ``coded_counts=False``: a code
    found inside the phrase is not enough ("peace building in Colombia")."""
    if actor.code and coded_counts:
        return True
    heads = span_heads(ctx.sent.tokens, actor)
    return bool(heads) and _is_someone(ctx, ctx.sent.tokens[heads[0]])
