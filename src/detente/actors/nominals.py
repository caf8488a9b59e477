"""Entity mentions that are not names: pronouns and common noun phrases.

News and defence reporting refers to its actors far more often by
description than by name: "the regime", "coalition forces", "the Syrian
people", "the city", "We", "he". Annotation schemes for entity extraction
(re3d, ACE) mark these mentions with the same types as names, so an
extractor that finds only names misses a large share of the actors.

Two sources, both read off the parse:

- **pronouns**: the personal pronouns that stand for a person ("I", "he",
  "she" -> Person) or for a group ("we", "they" -> Organisation). "it" and
  the possessive determiners ("our", "their") are left out: most of them
  refer to things or sit inside a longer mention.
- **noun phrases** whose head noun names a place ("the city", "a fighting
  position" -> Location), a body ("the regime", "the international
  community" -> Organisation) or a kind of person ("the secretary" ->
  Person; "civilians", "our partners" -> Organisation, a group of people
  being an organisation in re3d). A plural demonym ("the Syrians") is a
  group too. The span is the head with everything the parse hangs before
  it (determiners, possessives, adjectives, numbers, compounds) and an
  "of" phrase after it ("the families of the victims", "the city of
  Mosul").

"country" is a place or an actor depending on its role in the clause; see
:func:`acts_as_agent`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from detente.actors.nouns import GROUP_NOUNS, PERSON_NOUNS, PLACE_NOUNS, PLACE_OBJECT_VERBS, TERRITORY_VERBS
from detente.nlp.tree import children_of
from detente.types import ParsedSentence, Token

PERSON_PRONOUNS = frozenset({"i", "me", "he", "him", "she"})
GROUP_PRONOUNS = frozenset({"we", "us", "they", "them"})

# A noun that is a place when located in and an actor when it acts.
STATE_NOUNS = frozenset({"country"})

# Dependents before the head that belong to the mention ("the", "our", "two", "Iraqi", "coalition").
_PREMODIFIER_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "predet", "nmod", "quantmod", "npadvmod"})
_HEAD_DEPS_SKIPPED = frozenset({"compound", "amod", "nmod"})  # a modifier is not a head
_PLACE_DEPS = frozenset({"ROOT", "attr", "pcomp", "advmod"})  # a heading, "is Syria", "from inside Syria"
# What happens in a country, named by it: "the Syria crisis", "the Iraq war".
_SITUATION_NOUNS = frozenset({"crisis", "conflict", "war", "situation", "campaign", "border", "coast", "front"})
_AGENT_PREPOSITIONS = frozenset({"by", "with", "against", "between"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})
_TITLE_CASE_HEADS = frozenset({
    "secretary", "minister", "president", "commander", "ambassador", "envoy", "spokesman", "representative", "advisor",
    "adviser", "director", "coordinator",
})


@dataclass(frozen=True, slots=True)
class Mention:
    """A non-name mention: token range [first, last) and its type."""

    first: int
    last: int
    label: str


def pronoun_mentions(sent: ParsedSentence) -> tuple[Mention, ...]:
    found = []
    for tok in sent.tokens:
        if tok.pos != "PRON" or tok.tag == "PRP$":
            continue
        word = tok.text.lower()
        if word in PERSON_PRONOUNS or (word == "her" and tok.tag == "PRP"):
            found.append(Mention(tok.i, tok.i + 1, "Person"))
        elif word in GROUP_PRONOUNS:
            found.append(Mention(tok.i, tok.i + 1, "Organisation"))
    return tuple(found)


def noun_phrase_mentions(sent: ParsedSentence, *, demonyms: Sequence[bool]) -> tuple[Mention, ...]:
    """Noun phrases headed by a place, body or person noun, or by a plural
    demonym (``demonyms[i]``: token i is inside a nationality name)."""
    tokens = sent.tokens
    kids = children_of(tokens)
    labels = [head_label(tokens, tok, demonym=demonyms[tok.i]) for tok in tokens]
    found = []
    for tok in tokens:
        if labels[tok.i] is None:
            continue
        first, last = phrase_extent(tokens, kids, tok.i)
        partner = _coordinated_head(tokens, kids, tok.i, labels)
        # "translators and linguists", "other towns and areas": one mention; but
        # a conjunct with words of its own is a mention of its own ("senior
        # officials of the EU and representatives of ...", "the UK's Armed
        # Forces and aid workers")
        if partner is not None and last == tok.i + 1:
            partner_first, partner_last = phrase_extent(tokens, kids, partner)
            if partner_first == partner:
                last = max(last, partner_last)
        found.append(Mention(first, last, labels[tok.i]))
    return tuple(found)


def _coordinated_head(tokens: Sequence[Token], kids: Sequence[Sequence[int]], head: int,
                      labels: Sequence[str | None]) -> int | None:
    """A noun coordinated with ``head`` by "and" that heads a mention of the same type."""
    for child in kids[head]:
        if tokens[child].dep == "conj" and labels[child] == labels[head] and tokens[child].tag == "NNS" \
                and tokens[child - 1].text.lower() in ("and", "or") and tokens[head].tag == "NNS":
            return child
    return None


def head_label(tokens: Sequence[Token], tok: Token, *, demonym: bool) -> str | None:
    """The type a noun phrase headed by ``tok`` refers to, or None."""
    if first_conjunct(tokens, tok).dep in _HEAD_DEPS_SKIPPED:
        return None
    plural = tok.tag in _PLURAL_TAGS
    if demonym:
        return "Organisation" if plural else None
    if not _is_common_head(tokens, tok):
        return None
    lemma = tok.lemma.lower()
    if lemma in PLACE_NOUNS:
        return "Location"
    if lemma in GROUP_NOUNS or (lemma in PERSON_NOUNS and plural):
        return "Organisation"
    if lemma in PERSON_NOUNS:
        return "Person" if _determined(tokens, tok) or _post_of(tokens, tok) else None
    if lemma in STATE_NOUNS:
        return "Organisation" if acts_as_agent(tokens, tok.i) else "Location"
    return None


def _determined(tokens: Sequence[Token], tok: Token) -> bool:
    """A singular noun with a determiner, possessive or number: "the
    commander", "one hostage". A bare singular ("fighter aircraft", a
    list of aircraft types) names a kind, not a person."""
    return tok.pos == "PROPN" or any(
        other.head == tok.i and other.dep in ("det", "poss", "nummod") for other in tokens[max(0, tok.i - 6) : tok.i]
    )


def _post_of(tokens: Sequence[Token], tok: Token) -> bool:
    """A post held in a named body, written without an article: "commander
    of U.S. Central Command", "director of the Office of Museums"."""
    return any(prep.head == tok.i and prep.dep == "prep" and prep.text.lower() in ("of", "for")
               and any(o.head == prep.i and o.dep == "pobj" and o.pos == "PROPN"
                       for o in tokens[prep.i + 1:prep.i + 6])
               for prep in tokens[tok.i + 1:tok.i + 2])


def first_conjunct(tokens: Sequence[Token], tok: Token) -> Token:
    """The first item of the list ``tok`` is coordinated in ("bomber,
    fighter and attack aircraft": "fighter" is a modifier like "bomber")."""
    seen = {tok.i}
    while tok.dep == "conj" and tok.head not in seen:
        seen.add(tok.head)
        tok = tokens[tok.head]
    return tok


def _is_common_head(tokens: Sequence[Token], tok: Token) -> bool:
    """A common noun, or one written with a capital: a title ("The Foreign
    Secretary said") or a body the text names by its kind ("the
    Coalition"), but not the last word of a longer name ("the Syrian
    Democratic Forces")."""
    if tok.pos == "NOUN":
        return True
    if tok.pos != "PROPN":
        return False
    lemma = tok.lemma.lower()
    if lemma in _TITLE_CASE_HEADS:
        return True
    named = any(other.head == tok.i and other.pos == "PROPN" for other in tokens[max(0, tok.i - 4) : tok.i])
    return not named and lemma in GROUP_NOUNS


def acts_as_agent(tokens: Sequence[Token], i: int) -> bool:
    """The phrase headed by token ``i`` (or the first item of the list it
    is coordinated in) names a state as an actor: a subject, object,
    possessor or modifier ("Turkey agreed", "urged Iraq", "Iraq's army"),
    or the object of "by", "with", "against", "between". The object of any
    other preposition ("in Iraq", "to Syria"), of a verb of motion ("fled
    Syria") or of one that holds or frees territory ("isolate Raqqah",
    "unite Syria"), and the country after a town ("Raqqah, Syria") are the
    place."""
    tok = first_conjunct(tokens, tokens[i])
    if tok.dep == "appos" and tokens[tok.head].pos == "PROPN":
        return False  # "Raqqah, Syria": the country a place is in
    if tok.dep == "appos":  # "Iraq's neighbour, Turkey, agreed"
        tok = first_conjunct(tokens, tokens[tok.head])
    if tok.dep == "pobj":
        return tokens[tok.head].text.lower() in _AGENT_PREPOSITIONS
    if tok.dep == "dobj" and tokens[tok.head].lemma.lower() in PLACE_OBJECT_VERBS:
        return False  # "fled Syria", "isolate Raqqah"
    if tok.dep == "nsubjpass" and tokens[tok.head].lemma.lower() in TERRITORY_VERBS:
        return False  # "Syria was partitioned"
    if tok.dep == "compound" and tokens[tok.head].lemma.lower() in _SITUATION_NOUNS:
        return False  # "the Syria crisis", "the Iraq war": where it happens
    return tok.dep not in _PLACE_DEPS


def phrase_extent(tokens: Sequence[Token], kids: Sequence[Sequence[int]], head: int) -> tuple[int, int]:
    """[first, last) of the mention headed by ``head``: its premodifiers'
    subtrees, then an "of" phrase after it."""
    first = head
    for child in kids[head]:
        if child < head and tokens[child].dep in _PREMODIFIER_DEPS:
            first = min(first, _subtree_start(kids, child))
    first = _trim_left(tokens, first, head)
    first = _after_coordinated_modifier(tokens, kids, first, head)
    first = _skip_count(tokens, kids, first, head)
    last = head + 1
    # "the leader of ISIL"; a title's remit is part of it too: "Minister for the Middle East"
    preps = ("of", "for") if tokens[head].lemma.lower() in _TITLE_CASE_HEADS else ("of",)
    of = next((c for c in kids[head]
               if c == head + 1 and tokens[c].dep == "prep" and tokens[c].text.lower() in preps), None)
    noun = next((c for c in kids[of] if tokens[c].dep == "pobj"), None) if of is not None else None
    if noun is not None:
        last = phrase_extent(tokens, kids, noun)[1]
    return first, last


def _trim_left(tokens: Sequence[Token], first: int, head: int) -> int:
    # Punctuation that opens the phrase ("(", a quote) is not part of it, and
    # nothing before a comma or bracket inside the premodifiers is either.
    for i in range(head - 1, first - 1, -1):
        if tokens[i].text in (",", "(", ")", "[", "]", ";", ":") or tokens[i].pos == "SPACE":
            return i + 1
    while first < head and tokens[first].pos == "PUNCT":
        first += 1
    while first < head and _clause_word(tokens, first):
        first += 1
    return first


def _clause_word(tokens: Sequence[Token], i: int) -> bool:
    """A relative pronoun or a verb the parser hung on the noun, not a
    modifier: "attacks that targeted bus stations", "in liberating
    neighborhoods" (but "in besieged areas" keeps its participle)."""
    tok, before = tokens[i], tokens[i - 1] if i > 0 else None
    if tok.text.lower() in _RELATIVE_WORDS:
        return tok.dep != "det"  # "that facility" is a determiner
    if before is None or tok.tag[:2] != "VB":
        return False
    return before.text.lower() in _RELATIVE_WORDS or (tok.tag == "VBG" and before.pos in ("VERB", "AUX", "ADP"))


def _after_coordinated_modifier(tokens: Sequence[Token], kids: Sequence[Sequence[int]], first: int, head: int) -> int:
    # A noun modifier with "and" of its own is a list item the parser hung
    # on the next item's head: in "Badr and Interior Ministry officers" or
    # "the UK's Armed Forces and aid workers" the mention of this head
    # starts after the "and" (the item before it is a mention of its own).
    for child in kids[head]:
        if first <= child < head and tokens[child].dep == "nmod":
            joiner = next((k for k in kids[child] if tokens[k].dep == "cc" and child < k < head), None)
            if joiner is not None:
                first = max(first, joiner + 1)
    return first


def _skip_count(tokens: Sequence[Token], kids: Sequence[Sequence[int]], first: int, head: int) -> int:
    # A leading count is not part of the mention: "two ISIL fighting
    # positions" refers to "ISIL fighting positions", as re3d marks it.
    count = next((c for c in kids[head] if tokens[c].dep == "nummod" and _subtree_start(kids, c) == first), None)
    if count is None:
        return first
    return min(head, max(_left_subtree(kids, count)) + 1)


def _left_subtree(kids: Sequence[Sequence[int]], i: int) -> list[int]:
    return [i, *(j for child in kids[i] for j in _left_subtree(kids, child))]


def _subtree_start(kids: Sequence[Sequence[int]], i: int) -> int:
    return min([i, *(_subtree_start(kids, child) for child in kids[i] if child < i)])

