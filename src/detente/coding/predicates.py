"""Predicates and their arguments, read off a dependency parse.

Pure syntax: which tokens are event predicates (verbs, and event nouns the
pattern table knows), who their subjects are (through coordination, control
verbs such as "agreed to hold", passives and possessives), and which objects
and prepositional phrases they govern. Actor resolution happens later.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, replace

from detente.actors.noun_phrase import MONTHS
from detente.actors.nouns import PEOPLE_NOUNS, QUANTITY_NOUNS
from detente.nlp.tree import subtree
from detente.types import Token

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Dependents through which a verb inherits its governor's subject.
_CONTROL_DEPS = frozenset({"xcomp", "conj", "advcl", "acomp"})
# Prepositions that introduce who an event is done with or to, by default.
DEFAULT_TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "into", "at", "for")


@dataclass(frozen=True, slots=True)
class Predicate:
    head: int
    lemma: str
    pos: str  # verb | noun
    particle: str | None  # the "prt" child, or an adverb/preposition that works as one
    subjects: tuple[int, ...]
    objects: tuple[int, ...]  # direct objects (and datives) of a verb
    preps: tuple[tuple[str, int], ...]  # (preposition, its object), incl. those on the direct object
    passive: bool
    agents: tuple[int, ...]  # "by" objects of a passive verb or an event noun
    governor: int | None  # the verb this one complements (xcomp/ccomp), if any
    object_lemmas: frozenset[str] = frozenset()  # what a pattern's ``objects`` is checked against
    direct_lemmas: frozenset[str] = frozenset()  # the part of ``object_lemmas`` from direct objects
    subjects_from_clause: bool = False  # an event noun that borrowed its clause's subject
    mutual: bool = False  # "talks between X and Y": the subjects act on each other


_NOMINAL_CONJ = frozenset({"PROPN", "NOUN", "PRON"})


def conjuncts(tokens: Sequence[Token], kids, head: int) -> tuple[int, ...]:
    """``head`` and every token coordinated with it ("Pakistan and Russia")."""
    # Adjectives coordinate too, inside a phrase: "Indian and Chinese troops".
    kinds = _NOMINAL_CONJ | ({"ADJ"} if tokens[head].pos == "ADJ" else set())
    found = [head]
    stack = [head]
    while stack:
        node = stack.pop()
        for child in kids[node]:
            if tokens[child].dep == "conj" and tokens[child].pos in kinds:
                found.append(child)
                stack.append(child)
    return tuple(found)


def _children(tokens: Sequence[Token], kids, head: int, deps: Container[str]) -> list[int]:
    return [c for c in kids[head] if tokens[c].dep in deps]


def subjects_of(tokens: Sequence[Token], kids, verb: int, *, depth: int = 0) -> tuple[int, ...]:
    direct = _children(tokens, kids, verb, _SUBJECT_DEPS)
    if direct:
        return tuple(i for d in direct for i in conjuncts(tokens, kids, d))
    tok = tokens[verb]
    if depth < 4 and tok.head != verb:
        governor = tokens[tok.head]
        if tok.dep in _CONTROL_DEPS and governor.pos in ("VERB", "AUX", "ADJ"):
            raised = _children(tokens, kids, tok.head, _PASSIVE_SUBJECT_DEPS) if tok.dep == "xcomp" else []
            if raised:  # "Gollum was seen to break into ...": Gollum breaks in
                return tuple(i for d in raised for i in conjuncts(tokens, kids, d))
            return subjects_of(tokens, kids, tok.head, depth=depth + 1)
        if tok.dep in ("relcl", "acl") and governor.pos in ("NOUN", "PROPN"):
            # "the coalition fighting rebels" acts; "a soldier killed in Afghanistan" is acted on
            # (not a main verb misread as a participle: "A report called for sanctions" with the noun as
            # the sentence's head; "Trump called Erdogan" with a direct object, which no passive has)
            described = tok.dep == "acl" and tok.tag == "VBN" and governor.dep != "ROOT" \
                and not _children(tokens, kids, verb, ("dobj", "oprd"))
            return () if described else (tok.head,)
        if tok.dep == "pcomp" and governor.pos == "ADP" and tokens[governor.head].pos == "ADJ":
            # "the army was guilty of violating the ceasefire": the army violated it
            return subjects_of(tokens, kids, governor.head, depth=depth + 1)
        if tok.dep == "pcomp" and tok.tag == "VBG" and governor.lemma in _ADJUNCT_PREPS \
                and tokens[governor.head].pos in ("VERB", "AUX"):
            # "China continues its efforts by donating supplies": who does the one does the other
            return subjects_of(tokens, kids, governor.head, depth=depth + 1)
    return ()


# Prepositions whose "-ing" clause is done by the subject of the verb they hang on.
_ADJUNCT_PREPS = frozenset({"by", "after", "before", "while", "through", "without", "upon", "despite", "since"})


# Nouns of a compound preposition about a topic: "in relation to", "with regard to", "in respect of";
# its object is recorded under _TOPIC until with_topics decides what it is.
_TOPIC_NOUNS = frozenset({"relation", "regard", "respect"})
_TOPIC = "in relation to"


def with_topics(preps: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """What an act is "in relation to" is its object ("on") unless it names one already:
    "imposed sanctions in relation to Iraq" is on Iraq; "sanctions on Lebanon in
    relation to the bombing" are on Lebanon alone."""
    named = any(word in ("on", "against") for word, _ in preps)
    return [(("on" if word == _TOPIC else word), i) for word, i in preps if word != _TOPIC or not named]


def _preps_of(tokens: Sequence[Token], kids, head: int) -> list[tuple[str, int]]:
    out = []
    for prep in _children(tokens, kids, head, ("prep", "agent", "dative")):
        word = tokens[prep].lemma
        objs = _children(tokens, kids, prep, ("pobj", "pcomp"))
        if tokens[prep].dep == "dative" and not objs:
            out.extend(("dative", i) for i in conjuncts(tokens, kids, prep))
        for obj in objs:
            if tokens[obj].ent_type in ("DATE", "TIME") or tokens[obj].text.lower().rstrip(".") in MONTHS:
                continue  # "called on Monday for ...": a time, never a side nor the "call on" pattern
            if word in ("in", "with") and tokens[obj].lemma in _TOPIC_NOUNS \
                    and not _children(tokens, kids, obj, ("det",)):  # "sanctions in relation to Iraq": see with_topics
                out.extend((_TOPIC, i) for k in _children(tokens, kids, obj, ("prep",))
                           if tokens[k].lemma in ("to", "of") for o in _children(tokens, kids, k, ("pobj",))
                           for i in conjuncts(tokens, kids, o))
                continue
            out.extend((word, i) for i in conjuncts(tokens, kids, obj))
    # "called for Britain to stay": the parser makes "for" the mark of a clause;
    # its subject is the object of "for" all the same.
    for clause in _children(tokens, kids, head, ("advcl", "ccomp")):
        if any(tokens[m].dep == "mark" and tokens[m].text.lower() == "for" for m in kids[clause]):
            out.extend(("for", i) for i in _children(tokens, kids, clause, ("nsubj",)))
    return out


# Words the parser often tags as adverb or preposition where they are the
# particle of a phrasal verb ("stepped down", "pulled out of").
_PARTICLE_WORDS = frozenset({"up", "down", "out", "off", "back", "away", "over", "in", "on", "through"})


def particle_of(tokens: Sequence[Token], kids, verb: int) -> str | None:
    marked = [tokens[c].lemma for c in kids[verb] if tokens[c].dep == "prt"]
    if marked:
        return marked[0]
    loose = [tokens[c].lemma for c in kids[verb]
             if tokens[c].dep in ("advmod", "prep") and tokens[c].lemma in _PARTICLE_WORDS and c == verb + 1]
    if not loose and verb + 1 < len(tokens) and tokens[verb + 1].text.lower() == "free" \
            and tokens[verb].lemma in ("let", "set"):
        return "free"  # "let free the activists": the parser hangs "free" on the noun after it
    return loose[0] if loose else None


def noun_forms(tokens: Sequence[Token], kids, head: int) -> tuple[str, ...]:
    """Ways a pattern's ``objects`` may name this noun: its lemma, its plain
    singular (the lemmatizer gives "dos" for "doses") and its compound
    modifiers ("vaccine doses" is about vaccines)."""
    tok = tokens[head]
    text = tok.text.lower()
    forms = [tok.lemma, text]
    if text.endswith("es"):
        forms.append(text[:-2])
    if text.endswith("s"):
        forms.append(text[:-1])
    forms.extend(tokens[c].lemma for c in kids[head] if tokens[c].dep == "compound")
    if tok.lemma in MEASURE_NOUNS or tok.lemma in QUANTITY_NOUNS:
        # "13 tons of medicine", "a shipment of vaccines", "some of its restrictions": what is measured
        for prep in kids[head]:
            if tokens[prep].dep == "prep" and tokens[prep].lemma == "of":
                forms.extend(f for o in kids[prep] if tokens[o].dep == "pobj" for f in noun_forms(tokens, kids, o))
    return tuple(forms)


# Nouns that measure or package goods, or count rounds of an act ("a new round of talks").
MEASURE_NOUNS = frozenset("""
    ton tonne kilogram kilo litre liter gallon barrel shipment consignment batch load truckload planeload cargo
    package crate box pallet convoy round series wave spate
""".split())


def _object_after_on(tokens: Sequence[Token], kids, verb: int, direct: Sequence[int]) -> list[int]:
    """The object of an "on" the parser took for a particle: "called on
    followers to join" has "on" marked ``prt`` and "followers" as the direct
    object; it is the object of "on" all the same (and stays a direct object
    for a phrasal verb that takes one)."""
    on = next((c for c in kids[verb] if tokens[c].dep == "prt" and tokens[c].lemma in ("on", "upon")), None)
    if on is None:
        return []
    return [i for d in direct if min(subtree(kids, d)) == on + 1 for i in conjuncts(tokens, kids, d)]


def verb_predicate(tokens: Sequence[Token], kids, verb: int) -> Predicate:
    tok = tokens[verb]
    particle = particle_of(tokens, kids, verb)
    passive_subjects = _children(tokens, kids, verb, _PASSIVE_SUBJECT_DEPS)
    # a "by" agent marks a passive with no auxiliary too: "money donated by the Irish"
    passive = bool(passive_subjects) or any(tokens[c].dep in ("auxpass", "agent") for c in kids[verb])
    direct = _children(tokens, kids, verb, ("dobj", "dative", "attr", "oprd"))
    if particle == "free" and verb + 1 < len(tokens) and tokens[verb + 1].head == verb:
        # "let free some 74 leaders": the parser makes "free" a clause with the object
        direct += _children(tokens, kids, verb + 1, ("dobj",))
    objects = [i for d in direct for i in conjuncts(tokens, kids, d)]
    preps = _preps_of(tokens, kids, verb)
    for obj in direct:
        preps.extend(_preps_of(tokens, kids, obj))
    preps.extend(("on", i) for i in _object_after_on(tokens, kids, verb, direct))
    preps = with_topics(preps)
    agents = tuple(i for word, i in preps if word == "by") if passive else ()
    if passive:
        objects = [i for d in passive_subjects for i in conjuncts(tokens, kids, d)] + objects
        subjects: tuple[int, ...] = agents
    else:
        subjects = subjects_of(tokens, kids, verb)
    mutual = False
    if not subjects and not passive:
        # "Fighting between Thailand and Cambodia flared": the two sides act on each other.
        subjects = tuple(i for word, i in preps if word in ("between", "among"))
        mutual = bool(subjects)
    governor = tok.head if tok.dep in ("xcomp", "ccomp") and tok.head != verb else None
    heads = [*objects, *(i for word, i in preps if word in ("with", "on", "in", "for"))]
    lemmas = frozenset(form for i in heads for form in noun_forms(tokens, kids, i))
    direct_lemmas = frozenset(form for i in objects for form in noun_forms(tokens, kids, i))
    return Predicate(
        head=verb, lemma=tok.lemma, pos="verb", particle=particle, subjects=subjects,
        objects=tuple(objects), preps=tuple(p for p in preps if not (mutual and p[0] in ("between", "among"))),
        passive=passive, agents=agents, governor=governor, object_lemmas=lemmas, mutual=mutual,
        direct_lemmas=direct_lemmas,
    )


def _names_a_doer(tok: Token) -> bool:
    """"Russian strikes", "Indian troops" name who acts; "the Minsk agreements"
    and "the Geneva talks" name where, so a place-name modifier is no doer."""
    if not tok.text[:1].isupper():
        return False
    return tok.pos == "ADJ" or tok.ent_type in ("NORP", "ORG")


def _doers_of_noun(tokens: Sequence[Token], kids, noun: int) -> list[int]:
    """Who does an event noun's act, named before it: a possessor ("Shoigu's
    visit") or a doer adjective or name ("Russian strikes")."""
    subjects: list[int] = []
    for child in kids[noun]:
        if tokens[child].dep == "poss" and tokens[child].pos != "PRON":
            subjects.extend(conjuncts(tokens, kids, child))
        elif tokens[child].dep in ("amod", "compound") and _names_a_doer(tokens[child]):
            subjects.append(child)
    return subjects


def noun_predicate(tokens: Sequence[Token], kids, noun: int) -> Predicate:
    """An event noun: "Shoigu's visit to Pakistan", "talks between X and Y"."""
    preps = with_topics(_preps_of(tokens, kids, noun))
    subjects = _doers_of_noun(tokens, kids, noun)
    if not subjects:  # "Los Zetas has been responsible for mass killings": the cartel killed
        subjects.extend(_held_responsible(tokens, kids, noun))
    # "the visit of a Russian minister": an "of" object is the doer, unless the
    # pattern names "of" as the target ("the invasion of Ukraine"; see sides.py).
    subjects.extend(i for word, i in preps if word in ("of", "by", "between", "among")
                    and not _amount(tokens, kids, i))  # "assistance of 60 million euros" is no doer
    authorizer = _authorized_by(tokens, kids, noun)
    if authorizer:  # "approved the deployment of a UN team": who approves deploys, the team is sent
        subjects = list(authorizer)
    borrowed, announced = not subjects, bool(authorizer)
    if borrowed:
        subjects.extend(_clause_subjects(tokens, kids, noun))
    if not subjects and _announced(tokens, noun):
        # "The US announced new sanctions on Iran": the announcer imposes them.
        subjects.extend(subjects_of(tokens, kids, tokens[noun].head))
        borrowed, announced = False, True
    agents = tuple(i for word, i in preps if word == "by")
    return Predicate(
        head=noun, lemma=tokens[noun].lemma, pos="noun", particle=None, subjects=tuple(subjects),
        objects=(), preps=tuple(p for p in preps if p[0] not in ("by", "between", "among")),
        passive=False, agents=agents, governor=tokens[noun].head if announced else None,
        subjects_from_clause=borrowed and bool(subjects),
        mutual=any(word in ("between", "among") for word, _ in preps),
    )


_AMOUNT_ENTITIES = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL", "DATE", "TIME"})


def _amount(tokens: Sequence[Token], kids, i: int) -> bool:
    """A sum, a count of things or a date: "60 million euros", "$2 million"; not "three ministers"."""
    if tokens[i].ent_type in _AMOUNT_ENTITIES:
        return True
    counted = any(tokens[c].dep == "nummod" for c in kids[i])
    return counted and tokens[i].lemma not in PEOPLE_NOUNS


# Verbs whose object noun is the event itself, done by the verb's subject.
ANNOUNCING_VERBS = frozenset({"announce", "declare", "unveil", "order", "approve", "authorize", "authorise",
                              "decree", "proclaim", "confirm", "stage", "launch", "conduct", "carry", "mount",
                              "undertake", "begin", "start", "continue", "step", "intensify", "resume"})


# Announcing verbs whose subject makes the act happen, whoever carries it out.
_AUTHORIZING_VERBS = frozenset({"order", "approve", "authorize", "authorise", "decree"})


def _authorized_by(tokens: Sequence[Token], kids, noun: int) -> tuple[int, ...]:
    if not _object_of(tokens, noun, _AUTHORIZING_VERBS):
        return ()
    return subjects_of(tokens, kids, tokens[noun].head)


def _announced(tokens: Sequence[Token], noun: int) -> bool:
    return _object_of(tokens, noun, ANNOUNCING_VERBS)


def _object_of(tokens: Sequence[Token], noun: int, verbs: Container[str]) -> bool:
    """``noun`` is the direct object of a verb among ``verbs``."""
    head = tokens[tokens[noun].head]
    return tokens[noun].dep == "dobj" and head.pos == "VERB" and head.lemma in verbs


def _held_responsible(tokens: Sequence[Token], kids, noun: int) -> tuple[int, ...]:
    """Who is said to be responsible for an act: "X is responsible for the
    killings" (the clause subject), "leaders responsible for the killings"."""
    prep = tokens[noun].head
    if tokens[noun].dep != "pobj" or tokens[prep].lemma != "for" or tokens[prep].head == prep:
        return ()
    word = tokens[tokens[prep].head]
    if word.lemma not in ("responsible", "accountable"):
        return ()
    if word.dep == "acomp":
        return subjects_of(tokens, kids, word.head)
    return (word.head,) if word.dep in ("amod", "acl") and word.head != word.i else ()


def _clause_subjects(tokens: Sequence[Token], kids, noun: int) -> tuple[int, ...]:
    """ "On the second day of a visit to Pakistan, Lavrov spoke": an event noun
    in a prepositional phrase of a clause is the clause subject's event."""
    node, hops = noun, 0
    while hops < 4 and tokens[node].dep in ("pobj", "prep") and tokens[node].head != node:
        node = tokens[node].head
        hops += 1
        if tokens[node].pos in ("VERB", "AUX"):
            return subjects_of(tokens, kids, node)
    return ()


def _hyphen_joined(tokens: Sequence[Token], i: int) -> str | None:
    """The one word a hyphenated noun is also written as: "cease-fire" -> "ceasefire"."""
    if i < 2 or tokens[i - 1].text != "-":
        return None
    first, hyphen, last = tokens[i - 2], tokens[i - 1], tokens[i]
    if first.end != hyphen.start or hyphen.end != last.start or not first.text.isalpha():
        return None
    return first.text.lower() + last.lemma


def lemma_variants(text: str) -> tuple[str, ...]:
    """Other lemmas a verb form may have when the lemmatizer slips
    ("lambastes" -> "lambast", "boycotts" left whole): tried only when the
    given lemma has no pattern."""
    word = text.lower()
    found = []
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("es", "e"), ("es", ""),
                         ("s", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            found.append(word[: len(word) - len(suffix)] + repl)
    if len(word) > 5 and word.endswith(("ed", "ing")):
        stem = word[:-2] if word.endswith("ed") else word[:-3]
        if len(stem) > 3 and stem[-1] == stem[-2]:
            found.append(stem[:-1])  # "stopped" -> "stop"
    return tuple(dict.fromkeys(found))


# Nouns that name an act on their "of" object: "a suspension of aid to Egypt"
# is the act of suspending aid, coded with the verb's patterns.
NOMINALISED_ACTS = {
    "suspension": "suspend", "cutoff": "cut", "freeze": "freeze", "resumption": "resume", "lifting": "lift",
    "imposition": "impose", "expulsion": "expel", "severance": "sever", "cancellation": "cancel",
    "withdrawal": "withdraw", "closure": "close", "easing": "ease", "reduction": "reduce",
    "extradition": "extradite", "deportation": "deport", "release": "release",
}


def nominalised_predicate(tokens: Sequence[Token], kids, noun: int) -> Predicate | None:
    """ "Denmark announced a suspension of aid to Egypt": the verb's predicate
    ("suspend" aid) with the announcer, possessor or doer adjective as its
    subject; None without an "of" object or anyone doing it."""
    verb = NOMINALISED_ACTS.get(tokens[noun].lemma)
    of = [c for c in kids[noun] if tokens[c].dep == "prep" and tokens[c].text.lower() == "of"]
    things = [i for c in of for o in kids[c] if tokens[o].dep == "pobj" for i in conjuncts(tokens, kids, o)]
    if verb is None or not things or any(_amount(tokens, kids, i) for i in things):
        return None  # "the release of $1.2 billion" is aid, not a release of anyone
    subjects = _doers_of_noun(tokens, kids, noun)
    announced = not subjects and _announced(tokens, noun)
    if announced:
        subjects.extend(subjects_of(tokens, kids, tokens[noun].head))
    if not subjects:
        return None
    preps = [p for p in _preps_of(tokens, kids, noun) if p[0] != "of"]
    for thing in things:  # "aid to Egypt": where the thing goes
        preps.extend(_preps_of(tokens, kids, thing))
    preps = with_topics(preps)
    return Predicate(
        head=noun, lemma=verb, pos="verb", particle=None, subjects=tuple(subjects), objects=tuple(things),
        preps=tuple(preps), passive=False, agents=(), governor=tokens[noun].head if announced else None,
        object_lemmas=(lemmas := frozenset(form for i in things for form in noun_forms(tokens, kids, i))),
        direct_lemmas=lemmas,
    )


def find_predicates(tokens: Sequence[Token], kids, noun_lemmas: Container[str]) -> tuple[Predicate, ...]:
    found = []
    for tok in tokens:
        if tok.pos == "VERB":
            found.append(verb_predicate(tokens, kids, tok.i))
        elif tok.pos == "NOUN" and tok.lemma in noun_lemmas:
            found.append(noun_predicate(tokens, kids, tok.i))
        elif tok.pos == "NOUN" and (joined := _hyphen_joined(tokens, tok.i)) in noun_lemmas:
            found.append(replace(noun_predicate(tokens, kids, tok.i), lemma=joined))  # "cease-fire" -> ceasefire
        elif tok.pos == "NOUN" and (act := nominalised_predicate(tokens, kids, tok.i)) is not None:
            found.append(act)
    return tuple(found)
