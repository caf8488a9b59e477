"""The label a name's role calls for: a country acting is a body, a name
after "in" a place, a name an apposition calls a person a person; and over
a document, one name keeps one kind (:func:`one_sense_per_text`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from detente.actors.entity_candidate import Candidate, span_head, to_span, token_range
from detente.actors.name_spans import is_located
from detente.actors.nominals import acts_as_agent, first_conjunct
from detente.actors.nouns import GROUP_NOUNS, PERSON_NOUNS
from detente.types import ParsedSentence

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
_GUESSED_LABELS = frozenset({"Person", "Organisation", "Nationality"})  # what the model may mistake a place for


def with_role(sent: ParsedSentence, candidate: Candidate) -> Candidate:
    """The label a name's role in the clause calls for.

    A country that is the subject, possessor or partner of an action is the
    state acting ("Turkey agreed", "talks with Iraq"), which re3d marks as
    an Organisation; "in Iraq" stays a Location. A name spaCy alone found
    and called a person, group or nationality is a place when it is the
    object of "in", "near", "toward" ...: the small model often mistakes
    unfamiliar town names ("in Raqqah"). A name the model calls a body or a
    place that an apposition calls a person ("Knox Thames, the Special
    Advisor"; "Christophe Cluzel, commander of Forbin") is that person."""
    if candidate.source in ("nominal", "coordinates", "near"):
        return candidate
    first, last = token_range(sent, candidate)
    head = span_head(sent, first, last)
    if candidate.source == "spacy" and candidate.label != "Person" and _described_as_person(sent.tokens, head):
        return replace(candidate, label="Person")
    if candidate.label == "Location" and candidate.kind == "country" and acts_as_agent(sent.tokens, head):
        return replace(candidate, label="Organisation")
    if candidate.label == "Location" and candidate.kind == "GPE" and _acting_subject(sent.tokens, head):
        return replace(candidate, label="Organisation")  # "The United States condemns", "Washington's message"
    if candidate.source == "spacy" and candidate.label != "Location" and is_located(sent.tokens, head) \
            and not (candidate.label == "Organisation" and _named_as_body(sent, candidate)):
        return replace(candidate, label="Location")  # not "at the Iraqi Ministry of Culture"
    return candidate


def _described_as_person(tokens, head: int) -> bool:
    """An apposition headed by one person's title: "Knox Thames, the Special Advisor"."""
    return tokens[head].pos == "PROPN" and any(
        tok.head == head and tok.dep == "appos" and tok.tag not in ("NNS", "NNPS")
        and tok.lemma.lower() in PERSON_NOUNS for tok in tokens[head + 1:head + 8])


def _named_as_body(sent: ParsedSentence, candidate: Candidate) -> bool:
    """The name says it is a body: "the Iraqi Ministry of Culture", "the Kurdistan Regional Government"."""
    first, last = token_range(sent, candidate)
    return any(tok.lemma.lower() in GROUP_NOUNS for tok in sent.tokens[first:last])


def _acting_subject(tokens, head: int) -> bool:
    """A place name (spaCy's GPE, not a dictionary country) that is the subject
    or possessor of its clause stands for its government; as a modifier ("the
    Mosul offensive") or an object it stays the place."""
    return acts_as_agent(tokens, head) and first_conjunct(tokens, tokens[head]).dep in _SUBJECT_DEPS


def one_sense_per_text(found: Sequence[tuple[ParsedSentence, Candidate]]) -> list[tuple[ParsedSentence, Candidate]]:
    """One name, one kind of thing through a document: the small model's
    guesses are set right by the mentions it is sure of. A name found as a
    place after "in" or "near" somewhere ("in Raqqah") is a place everywhere
    ("to isolate Raqqah"); a single word that ends a person's full name
    ("Gen. Joseph Votel" ... "Votel said") is that person."""
    texts = [to_span(sent, c).text for sent, c in found]
    places = {text for (sent, c), text in zip(found, texts) if c.source == "spacy" and c.label == "Location"
              and c.kind != "FAC" and is_located(sent.tokens, span_head(sent, *token_range(sent, c)))}
    surnames = {words[-1] for (_, c), text in zip(found, texts) if c.label == "Person" and c.source == "spacy"
                and len(words := text.split()) > 1}
    out = []
    for (sent, candidate), text in zip(found, texts):
        if candidate.source == "spacy":
            if candidate.label in _GUESSED_LABELS and text in places:
                candidate = replace(candidate, label="Location")
            elif text in surnames and " " not in text and text not in places:
                # whatever the model called it: "Abu Ghadiya ... Ghadiya was killed", tagged a place
                candidate = replace(candidate, label="Person")
        out.append((sent, candidate))
    return out
