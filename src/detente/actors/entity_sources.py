"""Where proposed entities come from: spaCy's entities, the actor
dictionary, descriptions and pronouns, coordinates, names after "near", and
peoples and faiths written as names. Each source gives
:class:`~detente.actors.entity_candidate.Candidate` records for
:mod:`detente.actors.entities` to merge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from detente.actors.entity_candidate import Candidate, token_range
from detente.actors.entity_filters import (
    COORDINATES, in_language_gloss, kind_by_form, lower_prefix, name_after, names_a_people, names_event_or_text,
    names_facility, names_language, names_people_or_faith, transcript_label,
)
from detente.actors.name_spans import bracket_end, leading_preposition
from detente.actors.nominals import Mention, noun_phrase_mentions, pronoun_mentions
from detente.actors.nouns import EQUIPMENT_ACRONYMS
from detente.actors.phrase import TermMatch
from detente.types import ParsedSentence

SPACY_LABELS: dict[str, str] = {
    "PERSON": "Person", "ORG": "Organisation", "NORP": "Nationality",
    "GPE": "Location", "LOC": "Location", "FAC": "Location",
}
DICTIONARY_LABELS: dict[str, str] = {
    "org": "Organisation", "seat": "Organisation", "adjective": "Nationality",
    "people": "Organisation",
    "country": "Location", "capital": "Location",
}
# Labels whose names take a leading "the" (see ``entities.with_article``).
ARTICLE_LABELS = frozenset({"Organisation", "Location"})


def coordinate_candidates(sent: ParsedSentence) -> tuple[Candidate, ...]:
    """Points written as latitude and longitude."""
    base = sent.sentence.start
    return tuple(Candidate(base + m.start(), base + m.end(), "Location", "coordinates")
                 for m in COORDINATES.finditer(sent.sentence.text))


def near_candidates(sent: ParsedSentence) -> tuple[Candidate, ...]:
    """A name right after "near" is a place, whatever the model makes of it:
    "Near Al Huwayjah, one strike destroyed ...", "near Sinjar"."""
    tokens = sent.tokens
    found = []
    for tok in tokens[:-1]:
        if tok.text.lower() != "near":
            continue
        last = name_after(tokens, tok.i)
        if last > tok.i:
            found.append(Candidate(tokens[tok.i + 1].start, tokens[last].end, "Location", "near"))
    return tuple(found)


def nominal_candidates(sent: ParsedSentence, names: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """Pronouns and descriptive noun phrases (:mod:`detente.actors.nominals`)."""
    demonyms = [any(c.label == "Nationality" and c.start <= tok.start and tok.end <= c.end for c in names)
                for tok in sent.tokens]
    mentions = (*pronoun_mentions(sent), *noun_phrase_mentions(sent, demonyms=demonyms))
    return tuple(_through_name(_mention_candidate(sent, mention), names) for mention in mentions)


def _through_name(candidate: Candidate, names: Sequence[Candidate]) -> Candidate:
    """A description that ends inside a dictionary name runs to the name's
    end: "the former leader of Al Qaeda in Iraq", not "... of Al Qaeda"."""
    end = max((n.end for n in names if n.source == "dictionary" and n.start < candidate.end < n.end
               and candidate.start < n.start), default=candidate.end)
    return replace(candidate, end=end)


def _mention_candidate(sent: ParsedSentence, mention: Mention) -> Candidate:
    start, end = sent.tokens[mention.first].start, sent.tokens[mention.last - 1].end
    text = sent.sentence.text[start - sent.sentence.start : end - sent.sentence.start]
    return Candidate(start, start + bracket_end(text), mention.label, "nominal")  # "the Syrian Electronic Army.[4"


def spacy_candidates(sent: ParsedSentence) -> tuple[Candidate, ...]:
    """spaCy's entities in the four labels, possessive ``'s`` cut off."""
    found = []
    for ent in sent.entities:
        label = SPACY_LABELS.get(ent.label)
        if label is None or ent.text.lower() in EQUIPMENT_ACRONYMS or names_language(sent, ent) \
                or names_event_or_text(ent.text) or in_language_gloss(sent, ent) \
                or transcript_label(sent, ent.start, ent.end) or ent.text.islower():
            continue  # a name has a capital: the small model's lowercase "officer" (GPE) is none
        if label == "Nationality" and not names_a_people(ent.text):
            label = "Location"  # "cities such as Aleppo": the small model's people that are towns
        if label in ("Organisation", "Person") and names_facility(ent.text):
            label = "Location"  # "the Ishtar Gate", "Al Assad University Hospital"
        label = kind_by_form(ent.text, label)
        start = ent.start + lower_prefix(ent.text) if label == "Nationality" else ent.start
        end = ent.start + len(_strip_possessive(ent.text))
        if end > start:
            found.append(_trim_spacy(sent, Candidate(start, end, label, "spacy", ent.label)))
    return tuple(candidate for candidate in found if candidate.end > candidate.start)


def _trim_spacy(sent: ParsedSentence, candidate: Candidate) -> Candidate:
    """Cut a bracket and what follows it ("al-Assad,[1"); drop an opening
    "Near", after which the name is a place; drop an opening "the" of a body
    or place, which ``with_article`` puts back where the parse has it: the
    model's "the United States" must not outrank the dictionary's country."""
    first, last = token_range(sent, candidate)
    if last > first and leading_preposition(sent.tokens, first, last):
        candidate = replace(candidate, start=sent.tokens[first + 1].start, label="Location")
    elif last - first > 1 and candidate.label in ARTICLE_LABELS and sent.tokens[first].text.lower() == "the":
        candidate = replace(candidate, start=sent.tokens[first + 1].start)
    text = sent.sentence.text[candidate.start - sent.sentence.start : candidate.end - sent.sentence.start]
    return _with_unit_number(sent, replace(candidate, end=candidate.start + bracket_end(text)))


def _with_unit_number(sent: ParsedSentence, candidate: Candidate) -> Candidate:
    """A body numbered after its name takes the number: "CTF 50", "Mobile
    Unit Two", "Committee 1267" (the model reads the number as a count)."""
    first, last = token_range(sent, candidate)
    tokens = sent.tokens
    if candidate.label != "Organisation" or last >= len(tokens) or last == first:
        return candidate
    number = tokens[last]
    numbered = number.dep == "nummod" and number.head == last - 1 and tokens[last - 1].pos == "PROPN"
    if numbered and (number.text.isdigit() or number.text[:1].isupper()):
        return replace(candidate, end=number.end)
    return candidate


def people_candidates(sent: ParsedSentence) -> tuple[Candidate, ...]:
    """Peoples and faiths written as names ("Yazidi", "Kurds", "Islam"):
    nationalities whatever the model makes of them."""
    return tuple(Candidate(tok.start, tok.end, "Nationality", "people") for tok in sent.tokens
                 if tok.text[:1].isupper() and names_people_or_faith(tok.text))


def dictionary_candidates(sent: ParsedSentence, matches: Sequence[TermMatch]) -> tuple[Candidate, ...]:
    """Actor dictionary names; a leading "the" of the match is left to
    :func:`with_article`, so both sources treat articles alike."""
    found = []
    for match in matches:
        if match.entry is None:
            continue
        tokens = sent.tokens[match.start : match.end]
        while tokens and tokens[0].text.lower() == "the":
            tokens = tokens[1:]
        if tokens:
            label = DICTIONARY_LABELS.get(match.entry.kind, "Organisation")
            found.append(Candidate(tokens[0].start, tokens[-1].end, label, "dictionary", match.entry.kind))
    return tuple(found)


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text
