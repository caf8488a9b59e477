"""Where a name's span starts and ends, as entity annotation marks it.

spaCy's entity spans follow OntoNotes; re3d and most newswire guides draw
some boundaries elsewhere. Each rule works on token ranges [first, last)
of one parsed sentence:

- a person takes the title words the parse hangs on the name, abbreviated
  ranks and "of" phrases included ("Lt. Gen. Stephen Townsend", "US
  Secretary of State John Kerry"), and then a leading "the" ("the Foreign
  Secretary Boris Johnson");
- a place takes a compass adjective before it ("northern Iraq");
- a place followed by ", <larger place>" in apposition is one place
  ("Palmyra, Syria", "Cibolo, Texas"), but a list ("Iraq, Syria and ...")
  is not;
- a name ends before a bracket ("Bashar al-Assad,[1]", "Qanbar(Arabic");
- a capitalised preposition that starts a span is not part of the name
  ("Near Palmyra, one strike ..."), and what follows it is a place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from detente.actors.nouns import PLACE_NOUNS, PLACE_OBJECT_VERBS, TERRITORY_ACTS, TERRITORY_VERBS
from detente.types import ParsedSentence, Token

COMPASS_ADJECTIVES = frozenset(
    "northern southern eastern western northeastern northwestern southeastern southwestern central "
    "north south east west north-east north-west south-east south-west north-eastern north-western "
    "south-eastern south-western".split()
)
SPATIAL_PREPOSITIONS = frozenset("near in at from inside outside around across into".split())
# Prepositions whose object is a place ("in", "toward"); "to", "from", "of" take people too.
LOCATIVE_PREPOSITIONS = frozenset("in at near toward towards into across around inside outside throughout within".split())
# Nouns of a way somewhere: "the road to Raqqah".
_ROUTE_NOUNS = frozenset({"way", "road", "route", "highway", "gateway", "approach"})
_TITLE_LINKS = frozenset({"of", "for", "to", "and", "the"})  # lower-case words inside a title
_TITLE_STOPS = frozenset({",", "(", ")", "[", "]", ";", ":", "\u201c", "\u201d", '"', "'"})
_BRACKETS = ("[", "(")
_MAX_TITLE_WORDS = 12
_APPOSITION_DEPS = frozenset({"appos", "npadvmod"})


def title_start(tokens: Sequence[Token], first: int, last: int) -> int:
    """First token of a person's name with the title words before it."""
    start = first
    while start > 0 and _is_title_word(tokens, start - 1) and _hangs_on(tokens, start - 1, first, last):
        start -= 1
    joins = [i for i in range(start, first) if tokens[i].text.lower() == "and"]
    if joins and any(tokens[i].ent_type == "PERSON" for i in range(start, joins[-1])):
        start = joins[-1] + 1  # "Secretary Kerry and Secretary Carter": the name before "and" is another person
    while start < first and tokens[start].text.lower() in _TITLE_LINKS:  # "of Brett McGurk": no title
        start += 1
    if start < first and start > 0 and tokens[start - 1].text.lower() in LOCATIVE_PREPOSITIONS \
            and tokens[start].ent_type in ("GPE", "LOC"):
        start += 1  # "In Turkey Minister Ellwood met ...": where he was, not whose minister
    if start < first and start > 0 and tokens[start - 1].text.lower() == "the" \
            and tokens[start - 1].head in range(start, last):
        start -= 1
    return start


# "Operator 1st Class": an ordinal inside a rank.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")


def _is_title_word(tokens: Sequence[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.text and all(unicodedata.category(c) == "Cf" for c in tok.text):
        return True  # an invisible format mark (a direction mark) between title and name
    if tok.text in _TITLE_STOPS or tok.pos in ("VERB", "AUX", "SPACE", "PRON"):
        return False
    if tok.text == ".":  # the stop of an abbreviated rank: "Lt ."
        return i > 0 and tokens[i - 1].text[:1].isupper()
    return tok.text[:1].isupper() or tok.text.lower() in _TITLE_LINKS or _ORDINAL.match(tok.text) is not None


def _hangs_on(tokens: Sequence[Token], i: int, first: int, last: int) -> bool:
    """Token ``i`` reaches the name [first, last) through heads that are
    all title words before the name ("State" -> "of" -> "Secretary")."""
    seen = set()
    while i not in seen:
        seen.add(i)
        head = tokens[i].head
        if first <= head < last:
            return True
        if not (first - _MAX_TITLE_WORDS <= head < first and _is_title_word(tokens, head)):
            return False
        i = head
    return False


def compass_start(tokens: Sequence[Token], first: int, last: int) -> int:
    """A place's first token, taking a compass adjective before it."""
    if first > 0:
        tok = tokens[first - 1]
        if tok.text in COMPASS_ADJECTIVES and tok.dep in ("amod", "compound") and first <= tok.head < last:
            return first - 1
    return first


def bracket_end(text: str) -> int:
    """Length of a name's text before a bracket inside it ("al-Assad,[1",
    "Qanbar(Arabic"), without the punctuation left hanging before it."""
    cut = min((text.find(mark, 1) for mark in _BRACKETS if text.find(mark, 1) > 0), default=len(text))
    while cut > 1 and cut < len(text) and not text[cut - 1].isalnum():
        cut -= 1
    return cut


def leading_preposition(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The span opens with a capitalised spatial preposition ("Near")."""
    return last - first > 1 and tokens[first].text.lower() in SPATIAL_PREPOSITIONS and tokens[first].text[:1].isupper()


def place_qualifier(sent: ParsedSentence, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """``second`` is the larger place that ``first`` lies in: only a comma
    between them, and the parse puts it in apposition to the first."""
    tokens = sent.tokens
    if second[0] != first[1] + 1 or tokens[first[1]].text != ",":
        return False
    head = next((i for i in range(*second) if not second[0] <= tokens[i].head < second[1]), second[1] - 1)
    if tokens[head].dep not in _APPOSITION_DEPS or not first[0] <= tokens[head].head < first[1]:
        return False
    after = second[1]
    return not (after + 1 < len(tokens) and tokens[after].text == "," and tokens[after + 1].dep in ("conj", "cc"))


def is_located(tokens: Sequence[Token], head: int) -> bool:
    """The phrase headed by ``head`` is the object of a locative preposition,
    or the next item of a list that is ("in Mosul and Raqqah"), or is placed
    in a larger place by an apposition ("Raqqah, Syria"), or is a territory
    gone to, taken or freed ("fled Karabilah", "Sinjar has been liberated",
    "the liberation of Sinjar")."""
    tok = tokens[head]
    while tok.dep == "conj" and tok.head != tok.i:
        tok = tokens[tok.head]
        if tok.ent_type in ("GPE", "LOC") and tokens[head].ent_type in ("PERSON", ""):
            return True  # "for Mosul and Raqqah": a "person" listed with a place
    if tok.dep == "pobj" and tokens[tok.head].text.lower() in LOCATIVE_PREPOSITIONS:
        return True
    if tok.dep == "pobj" and tokens[tok.head].lemma == "to" and tokens[tokens[tok.head].head].lemma in _ROUTE_NOUNS:
        return True  # "on the way to Raqqah"
    if tok.dep == "dobj" and tokens[tok.head].lemma.lower() in PLACE_OBJECT_VERBS and tok.tag != "NNPS":
        return True  # "pursue any insurgents who fled Karabilah"; "reach Syrians in need" reaches people
    if tok.dep == "nsubjpass" and tokens[tok.head].lemma.lower() in TERRITORY_VERBS:
        return True  # "Sinjar has been liberated"
    governor = tokens[tok.head]
    if tok.dep == "pobj" and governor.lemma == "of" and tokens[governor.head].lemma in TERRITORY_ACTS:
        return True  # "the liberation of Sinjar"
    if tok.dep == "pobj" and governor.lemma == "of" and tokens[governor.head].lemma in PLACE_NOUNS \
            and tokens[governor.head].pos == "NOUN":
        return True  # "the city of Husaybah"
    after = head + 2
    if not (after < len(tokens) and tokens[head + 1].text == "," and tokens[after].head == head
            and tokens[after].dep in (*_APPOSITION_DEPS, "conj") and tokens[after].ent_type in ("GPE", "LOC")):
        return False
    # "Raqqah, Syria" but not the list "Mosul, Syria and Libya"
    return not any(t.dep == "cc" and t.head in (head, after) for t in tokens)
