"""Where a noun phrase begins and ends: the words a reader would mark as
the actor ("A court in Istanbul", "British forces based in Vitez"), and the
tree distances that say how close a name sits to the phrase's head.

Read by actor resolution (:mod:`detente.actors.phrase`) and the coder's
side rules; pure functions over parse tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.actors.nouns import INDIVIDUAL_NOUNS, PEOPLES_AND_FAITHS, PLACE_NOUNS
from detente.nlp.repairs import BORDER_NOUNS, TIE_PARTICIPLES
from detente.nlp.tree import subtree
from detente.types import ParsedSentence, Span, Token

# Dependents that open a new clause or a coordinated item: not part of this phrase.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "mark", "parataxis", "ccomp", "preconj"})
# Modifiers that stay inside the phrase's own span (what the actor is called).
_CORE_DEPS = frozenset({"compound", "amod", "poss", "det", "nmod", "nummod", "case", "flat", "quantmod"})


def phrase_depths(tokens: Sequence[Token], kids, head: int, *, identity_only: bool = False,
                  participles: bool = False) -> dict[int, int]:
    """Tokens of the phrase headed by ``head`` with their tree distance to it.
    ``identity_only``: leave out where the thing goes or what it is against
    ("a team to Lebanon" is not Lebanese), which says nothing of who it is.
    ``participles``: go into participle modifiers ("restrictions imposed on
    Olmert")."""
    depths = {head: 0}
    stack = [head]
    while stack:
        node = stack.pop()
        for child in kids[node]:
            if identity_only and tokens[child].dep == "prep" and tokens[child].text.lower() in DIRECTION_PREPS:
                continue
            if identity_only and tokens[child].dep == "amod" and tokens[child].tag == "VBN":
                continue  # "Russia-backed rebels" are not Russian
            participle = participles and tokens[child].dep == "acl" and tokens[child].tag in _PARTICIPLES
            if (participle or tokens[child].dep not in _CLAUSE_DEPS) and child not in depths:
                depths[child] = depths[node] + 1
                stack.append(child)
    return depths


def _when(tok: Token) -> bool:
    return tok.ent_type in ("DATE", "TIME") and tok.pos != "DET"


def _trimmed(tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int]:
    """First and last token of a phrase without edge punctuation or a trailing
    possessive marker ("Shoigu's visit"), but with the closing bracket of an
    acronym it opened ("the Nigerian Air Force ( NAF )")."""
    # a leading date or time is when, not who: "17 July 2017 Russia's Supreme Court"
    # (a determiner starts the phrase, dated or not: "the 2015 agreement")
    while lo < hi and (tokens[lo].pos == "PUNCT" or _when(tokens[lo])):
        lo += 1
    while hi > lo and (tokens[hi].pos == "PUNCT" or tokens[hi].dep == "case"):
        hi -= 1
    opened = sum(1 for t in tokens[lo:hi + 1] if t.text == "(") - sum(1 for t in tokens[lo:hi + 1] if t.text == ")")
    if opened > 0 and hi + 1 < len(tokens) and tokens[hi + 1].text == ")":
        hi += 1
    return lo, hi


def core_span(sent: ParsedSentence, kids, head: int) -> Span:
    """The head plus its name-forming modifiers: the text an analyst would mark."""
    tokens = sent.tokens
    members = {head}
    stack = [head]
    while stack:
        node = stack.pop()
        for child in kids[node]:
            if tokens[child].dep in _CORE_DEPS and child not in members:
                members.add(child)
                stack.append(child)
    # a determiner stays: "a Swiss court", "the Russian defence minister"
    lo, hi = _trimmed(tokens, min(members), max(members))
    base = sent.sentence.start
    start, end = tokens[lo].start, tokens[hi].end
    return Span(start, end, sent.sentence.text[start - base : end - base], "ACTOR")


DIRECTION_PREPS = frozenset({"to", "against", "toward", "towards", "into", "onto"})
_NP_EXCLUDED = frozenset({"relcl", "advcl", "conj", "cc", "mark", "parataxis", "ccomp", "preconj", "npadvmod"})
_MAX_NP_TOKENS = 25
# Prepositions that attach circumstances (time, manner, cause, topic), not the
# identity of the thing named: "Russian authorities on Sunday", "the Nigerian
# military over the massacre", "civilians as human shields".
_CIRCUMSTANCE_PREPS = frozenset({
    "on", "as", "including", "due", "following", "over", "during", "after", "before", "amid", "despite",
    "since", "until", "with", "about", "because", "upon", "without", "via", "regarding", "concerning",
})
# "in"/"at" locate a name ("A court in Bishkek", "the embassy in Kabul") only
# when their object is a place or a name: not "in a statement", "in May".
_LOCATING_PREPS = frozenset({"in", "at"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
_PARTICIPLES = frozenset({"VBN", "VBG"})
# Month names and their abbreviations: "in May" and "on Nov. 2" are times.
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                    "sept", "oct", "nov", "dec"})
_PAIR_WORDS = frozenset({"both", "either", "neither"})
# Who stands behind a force is part of naming it, set off or not: "soldiers, supported by allied fighters".
_BACKING_PARTICIPLES = frozenset({"support", "back", "lead", "arm", "fund", "sponsor", "accompany", "assist"})
# Participles that give a thing's name: "known as", "called", "dubbed".
_NAMING_PARTICIPLES = frozenset({"know", "call", "name", "dub", "nickname", "style"})
# People words that say who only through their relative clause.
_EMPTY_PEOPLE_HEADS = frozenset({"people", "those", "individual", "person", "anyone", "anybody", "everyone",
                                 "everybody", "someone", "somebody"})
_TIE_ADJECTIVES = frozenset({"loyal", "close", "allied", "affiliated", "linked", "sympathetic", "faithful"})


def _in_np(tokens: Sequence[Token], kids, child: int, *, role_head: bool) -> bool:
    """Whether ``child`` belongs to its head's noun phrase as a reader would
    mark the actor: identity (modifiers, "of"/"from" phrases, places, names)
    in; clauses and circumstances (time, topic, purpose) out."""
    token = tokens[child]
    if token.dep == "npadvmod" and tokens[token.head].dep == "amod":
        return True  # "Russia" in "Russia-backed rebels"
    if token.dep == "prep" and _inside_one_name(tokens, token.head, child):
        return True  # "the Association for the Defence of Human Rights": one body's name
    if token.dep == "relcl" and tokens[token.head].lemma.lower() in _EMPTY_PEOPLE_HEADS \
            and tokens[min(subtree(kids, child)) - 1].text != ",":
        return True  # "those who perished in the attack", "people who had fled": the clause says who
    if token.dep in ("conj", "cc") and _listed_places(tokens, token.head) \
            and any(tokens[k].dep == "conj" and tokens[k].pos == "PROPN" for k in kids[token.head]):
        return True  # "camps in Afghanistan's area of Parcha and Lalpura": one area, named twice
    if token.dep in _NP_EXCLUDED:
        return False
    if token.dep == "amod" and child > token.head and kids[child] and token.lemma not in _TIE_ADJECTIVES:
        return False  # "the entities in Uganda responsible for violations": what they did, not who they are
    if token.dep == "acl":  # "forces based in Vitez" in; "the decision to recognise ..." out
        if token.tag != "VBN" or any(tokens[k].dep == "mark" for k in kids[child]):
            return False
        if token.lemma in TIE_PARTICIPLES:
            return True  # "companies linked to Oleg Deripaska": whose they are is who they are
        if child > 0 and tokens[child - 1].text == "," and token.lemma not in _BACKING_PARTICIPLES:
            return False  # "fishermen, held captive in Libya, ...": set off, it tells of them; it does not name them
        if token.lemma in _NAMING_PARTICIPLES and tokens[token.head].pos == "NOUN" and any(
                tokens[k].dep == "oprd" or tokens[k].text.lower() == "as" for k in kids[child]):
            return True  # "the humanitarian group known as the White Helmets": its name
        # A participle says who or where only through what it keeps: "decisions
        # taken at the meeting" is "decisions", not "decisions taken".
        return any(tokens[k].dep in ("prep", "agent", "dobj") and _in_np(tokens, kids, k, role_head=False)
                   for k in kids[child])
    if token.dep == "appos" and token.pos != "PROPN" and tokens[token.head].ent_type in _PLACE_ENTITIES \
            and tokens[token.head].ent_type != "NORP":
        return False  # "Bhutan, a Buddhist nation": a description of a named place or body, not its name
    if token.dep == "appos" and any(tokens[k].dep == "conj" and k < child for k in kids[token.head]):
        return False  # "a neighborhood and nearby areas, the last area near ...": it is not this item's name
    if token.dep == "det" and token.text.lower() in _PAIR_WORDS:
        return False  # "both Libya and Iraq": each state is its own side
    if token.dep != "prep":
        return True
    word = token.text.lower()
    if word in ("to", "with") and tokens[token.head].lemma in TIE_PARTICIPLES | _TIE_ADJECTIVES:
        return True  # "linked to Iran", "affiliated with al-Qaeda"
    if word == "as" and tokens[token.head].lemma in _NAMING_PARTICIPLES:
        return True  # "known as the White Helmets"
    if word == "with" and tokens[token.head].lemma in BORDER_NOUNS:
        return True  # "the frontier with the Golan Heights": which frontier
    objects = [k for k in kids[child] if tokens[k].dep in ("pobj", "pcomp")]
    if any(tokens[k].pos == "VERB" for k in objects):
        return False  # "barred the mayor from holding office": an act, not who he is
    if word in _CIRCUMSTANCE_PREPS or any(tokens[k].ent_type in ("DATE", "TIME") for k in objects):
        return False
    if word in ("for", "to"):  # "Minister for Foreign Affairs", "envoy to Kabul"; not "a request for revocation"
        # "Minister for Foreign Affairs", "two inspectors for the agency"
        return role_head or (word == "for" and tokens[token.head].lemma.lower() in INDIVIDUAL_NOUNS)
    if word in _LOCATING_PREPS:
        if named_by_nationality(tokens, kids, token.head):
            return False  # "the Chinese ambassador in Berlin": the nationality says who, the city where posted
        # "students at a university in Garissa": what one is at, placed in a named place, is a place
        return any(names_place(tokens, kids, k) or word == "at" and _placed_in(tokens, kids, k) for k in objects)
    if word == "of" and _charged(tokens, token.head):
        return False  # "accused the Nigerian military of mass slaughter": the charge, not who
    if word == "of" and tokens[token.head].pos == "PROPN" and not role_head:
        # "accused the US of genocide": a name takes no "of" phrase but a name
        # or a place of its own ("the Republic of Korea")
        return any(tokens[k].pos == "PROPN" or tokens[k].text[:1].isupper() for k in objects)
    return True


# Verbs whose object's "of" phrase is what it is charged with or cleared of.
_CHARGING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "absolve", "clear", "warn"})


def _listed_places(tokens: Sequence[Token], node: int) -> bool:
    """``node`` names a place in the "of" phrase of a place noun, where a list
    names the one place: "the area of Parcha and Lalpura"."""
    tok = tokens[node]
    if tok.dep != "pobj" or tok.pos != "PROPN" or tok.head == node:
        return False
    prep = tokens[tok.head]
    return prep.lemma == "of" and prep.head != prep.i and tokens[prep.head].lemma in PLACE_NOUNS


def _inside_one_name(tokens: Sequence[Token], head: int, child: int) -> bool:
    """The model marks ``head`` and ``child`` as one organisation's name,
    capitalised throughout: "Office for the Coordination of Humanitarian Affairs"."""
    if not head < child or tokens[head].ent_type != "ORG" or tokens[head].pos != "PROPN":
        return False
    words = tokens[head + 1:child + 2]
    return all(t.ent_type == "ORG" and t.ent_iob == "I" for t in words) \
        and all(t.text[:1].isupper() for t in words if t.pos in ("PROPN", "NOUN"))


def _charged(tokens: Sequence[Token], noun: int) -> bool:
    verb = tokens[tokens[noun].head]
    return tokens[noun].dep == "dobj" and verb.lemma.lower() in _CHARGING_VERBS


# Missions abroad, named by the city they are in.
_POSTS = frozenset({"embassy", "consulate", "mission"})


def named_by_nationality(tokens: Sequence[Token], kids, head: int) -> bool:
    """A person or body named by its nationality or its state: "the Chinese
    ambassador", "Russian authorities", "Germany's chargé d'affaires". A
    people or faith with no state of its own is no nationality: "Kurdish
    fighters in Syria" are named by where they are."""
    if tokens[head].lemma in _POSTS:
        return False  # "the Iraqi embassy in Kabul": the city says which embassy
    return tokens[head].pos == "NOUN" and any(
        tokens[c].dep == "amod" and tokens[c].ent_type == "NORP" and tokens[c].text.lower() not in PEOPLES_AND_FAITHS
        or tokens[c].dep == "poss" and tokens[c].ent_type == "GPE"  # "Germany's chargé d'affaires in Warsaw"
        for c in kids[head])


def _placed_in(tokens: Sequence[Token], kids, node: int) -> bool:
    return any(tokens[k].dep == "prep" and tokens[k].text.lower() == "in" and names_place(tokens, kids, o)
               for k in kids[node] for o in kids[k] if tokens[o].dep == "pobj")


def names_place(tokens: Sequence[Token], kids, node: int) -> bool:
    """A place or a name, itself or by its "of" phrase: "Bishkek", "the
    central Bosnian city of Vitez"; not "May" or "a statement"."""
    token = tokens[node]
    if token.text.lower() in MONTHS:
        return False
    if token.pos == "PROPN" or token.ent_type in _PLACE_ENTITIES:
        return True
    if token.lemma in PLACE_NOUNS and any(tokens[k].dep in ("compound", "poss") and tokens[k].pos == "PROPN"
                                          for k in kids[node]):
        return True  # "Saudi Arabia's Asir region", "the Kirkuk province"
    return any(tokens[k].dep == "prep" and tokens[k].text.lower() == "of" and names_place(tokens, kids, o)
               for k in kids[node] for o in kids[k] if tokens[o].dep == "pobj")


def np_span(
    sent: ParsedSentence, kids, head: int, *, exclude: frozenset[int] = frozenset(), role_head: bool = False
) -> Span:
    """The whole noun phrase of ``head``, with what identifies it: "A court in
    Venezuela", "Bulgaria's Minister for Foreign Affairs, Ekaterina Zaharieva",
    "warplanes supported by Russia"; not its clauses, coordinated items or
    circumstances (:func:`_in_np`). ``role_head``: the head is an office or
    role word, whose "for" phrase is part of the title."""
    tokens = sent.tokens
    members = {head}
    stack = [head]
    while stack:
        for child in kids[stack.pop()]:
            if child not in members and child not in exclude and _in_np(tokens, kids, child, role_head=role_head):
                if tokens[child].dep == "relcl":  # a clause that says who is kept whole
                    members.update(subtree(kids, child))
                    continue
                members.add(child)
                stack.append(child)
    # The phrase runs from its first word to its last: a comma kept with the
    # head must not stretch it over a list item left out ("Mike Pompeo, Alex
    # Azar, and Steve Bannon" -> "Mike Pompeo").
    words = [i for i in members if tokens[i].pos != "PUNCT"] or [head]
    lo, hi = min(words), max(words)
    if hi - lo >= _MAX_NP_TOKENS:
        return core_span(sent, kids, head)
    lo, hi = _trimmed(tokens, lo, hi)
    base = sent.sentence.start
    return Span(tokens[lo].start, tokens[hi].end, sent.sentence.text[tokens[lo].start - base:tokens[hi].end - base], "ACTOR")
