"""Typed entities: people, organisations, nationalities and places.

``extract_entities`` merges four sources over one parsed sentence (or
every sentence of a parsed article):

1. spaCy's entities, relabelled: PERSON -> Person, ORG -> Organisation,
   NORP -> Nationality, GPE / LOC / FAC -> Location; other labels dropped.
2. detente's actor dictionary (:func:`detente.actors.phrase.match_terms`):
   ``org`` entries -> Organisation, ``adjective`` -> Nationality,
   ``country`` and ``capital`` -> Location, ``seat`` ("the Kremlin") ->
   Organisation (a seat is named for the government it houses). Matches with
   no entry (sector words such as "ministry") are not entities.
3. mentions that are not names (:mod:`detente.actors.nominals`): pronouns
   ("we", "he") and noun phrases headed by a place, body or person noun
   ("the regime", "coalition forces", "the city"), which annotation such
   as re3d marks with the same four types.
4. points written as coordinates ("33°47′N 44°30′E", "33.783; 44.500"),
   and names right after "near" -> Location; peoples and faiths written
   as names ("Yazidi", "Kurds", "Islam") -> Nationality.

Name boundaries follow :mod:`detente.actors.name_spans` (titles, "the"
before a titled person, "Palmyra, Syria", "northern Iraq", citation marks).

Conflicts are settled by general rules, in this order:

- a span that strictly contains another wins ("Syrian Democratic Forces"
  over "Syrian"; the dictionary's "Islamic State of Iraq and the Levant"
  over spaCy's "Iraq"; "the Syrian people" over "Syrian");
- for the same or crossing spans the dictionary beats spaCy, spaCy beats a
  description, and the earlier, longer span beats the later one;
- a dictionary country that spaCy tags ORG keeps spaCy's label, and a
  plural demonym is a group ("the Syrians": Organisation).

Then the role in the clause decides between place and actor (see
:func:`with_role`): a country that acts ("Turkey agreed", "Iraq's army")
is an Organisation, "in Iraq" a Location. Over an article, one name keeps
one kind (:func:`one_sense_per_text`): "in Raqqah" makes every "Raqqah" a
place, "Gen. Joseph Votel" makes a later "Votel" a person; and a name the
article has is found again where the model missed it ("Lyons said",
"attacks on Aleppo"; :mod:`detente.actors.repeated_names`).

An Organisation or Location directly preceded by "the" takes the article
into its span ("the European Union", "the United States"), as re3d and
most newswire annotation guides mark organisation names; nationalities
never do, people only before a title. Trailing possessives ("'s") are
never part of a span.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from detente.actors.dictionary import ActorDictionary
from detente.actors.entity_candidate import Candidate, from_token, to_span, token_range
from detente.actors.entity_filters import kind_by_form, names_vessel, vessel_names
from detente.actors.entity_roles import one_sense_per_text, with_role
from detente.actors.entity_sources import (
    ARTICLE_LABELS, coordinate_candidates, dictionary_candidates, near_candidates, nominal_candidates,
    people_candidates, spacy_candidates,
)
from detente.actors.name_spans import compass_start, place_qualifier, title_start
from detente.actors.phrase import TermMatch, match_terms
from detente.actors.repeated_names import known_names, recurrences
from detente.types import ParsedArticle, ParsedSentence, Span

ENTITY_LABELS: tuple[str, ...] = ("Person", "Organisation", "Nationality", "Location")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_SOURCE_RANK = {"coordinates": 0, "near": 0, "dictionary": 0, "people": 0, "spacy": 1, "nominal": 2}


def extract_entities(parsed: ParsedSentence | ParsedArticle, *, dictionary: ActorDictionary) -> tuple[Span, ...]:
    """Typed entities of one parsed sentence or of every sentence of an
    article, in text order; offsets are those of the parse (article text)."""
    sentences = parsed.sentences if isinstance(parsed, ParsedArticle) else (parsed,)
    found = [(sent, candidate) for sent in sentences for candidate in _sentence_candidates(sent, dictionary)]
    vessels = vessel_names(sentences)
    found = one_sense_per_text([(sent, c) for sent, c in found if not names_vessel(to_span(sent, c).text, vessels)])
    found = sorted([*found, *_recurring(sentences, found)], key=lambda pair: pair[1].start)
    return tuple(_known_person(to_span(sent, candidate), candidate, dictionary) for sent, candidate in found)


def _recurring(
    sentences: Sequence[ParsedSentence], found: Sequence[tuple[ParsedSentence, Candidate]]
) -> list[tuple[ParsedSentence, Candidate]]:
    """Names the document already has, where they recur unfound (:mod:`detente.actors.repeated_names`);
    a person's title is taken too unless another entity holds it."""
    names = known_names((to_span(sent, c).text, c.label) for sent, c in found if c.source in ("spacy", "dictionary"))
    taken = [(c.start, c.end) for _, c in found]
    again = []
    for sent, start, end, label in recurrences(sentences, names, taken):
        bare = with_article(sent, Candidate(start, end, label, "repeat"))
        grown = _with_title(sent, bare)
        clear = all(grown.end <= a or b <= grown.start for a, b in taken)
        again.append((sent, grown if clear else bare))
    return again


def _with_title(sent: ParsedSentence, candidate: Candidate) -> Candidate:
    """A person found again takes the title before the name ("Special Advisor Thames")."""
    if candidate.label != "Person":
        return candidate
    first, last = token_range(sent, candidate)
    return from_token(sent, candidate, title_start(sent.tokens, first, last))


def _known_person(span: Span, candidate: Candidate, dictionary: ActorDictionary) -> Span:
    """A single name the model calls a body or a place that the office-holder
    knowledge base lists as a person's name ("Abadi", "Asad") is that person."""
    people = dictionary.people
    if people is None or candidate.source != "spacy" or span.label not in ("Organisation", "Location"):
        return span
    if " " in span.text or not people.may_know(span.text) or not people.lookup(span.text):
        return span
    return replace(span, label="Person")


def _sentence_candidates(sent: ParsedSentence, dictionary: ActorDictionary) -> tuple[Candidate, ...]:
    matches = match_terms(sent, dictionary)
    names = (*dictionary_candidates(sent, matches), *spacy_candidates(sent), *coordinate_candidates(sent),
             *near_candidates(sent), *people_candidates(sent))
    grown = tuple(grow_candidate(sent, candidate, matches) for candidate in names)
    chosen = merge_places(sent, resolve_candidates((*grown, *nominal_candidates(sent, names))))
    return tuple(with_role(sent, with_article(sent, candidate)) for candidate in chosen)


def resolve_candidates(candidates: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """Non-overlapping candidates by the rules of the module docstring."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), _SOURCE_RANK[c.source], c.start))
    chosen: list[Candidate] = []
    for candidate in ranked:
        clash = next((kept for kept in chosen if kept.start < candidate.end and candidate.start < kept.end), None)
        if clash is None:
            chosen.append(candidate)
        elif (clash.start, clash.end) == (candidate.start, candidate.end):
            chosen[chosen.index(clash)] = _same_span(clash, candidate)
    return tuple(sorted(chosen, key=lambda c: c.start))


def _same_span(kept: Candidate, other: Candidate) -> Candidate:
    """Two sources on one span: spaCy's ORG wins over a dictionary country
    (the state acting), a plural demonym is a group ("Syrians"), otherwise
    the first-ranked (dictionary) label stays."""
    if kept.label == "Location" and other.label == "Organisation" and "spacy" in (kept.source, other.source):
        return replace(kept, label="Organisation")
    if kept.label == "Nationality" and other.label == "Organisation" and other.source == "nominal":
        return replace(kept, label="Organisation")
    return kept


def with_article(sent: ParsedSentence, candidate: Candidate) -> Candidate:
    """Organisations and places take a directly preceding "the" that the
    parse attaches inside the span ("the UN"), not to a noun after it
    ("the Mosul offensive")."""
    if candidate.label not in ARTICLE_LABELS:
        return candidate
    first, last = token_range(sent, candidate)
    if first > 0 and sent.tokens[first - 1].text.lower() == "the" and first <= sent.tokens[first - 1].head < last:
        return replace(candidate, start=sent.tokens[first - 1].start)
    return candidate


def grow_candidate(sent: ParsedSentence, candidate: Candidate, matches: Sequence[TermMatch]) -> Candidate:
    """A person takes the titles before the name ("Foreign Minister Julie
    Bishop"); a name modifying a group noun from the dictionary's sector
    terms becomes that organisation ("Iraqi security forces", "ISIL
    terrorists", "the Asad regime")."""
    first, last = token_range(sent, candidate)
    tokens = sent.tokens
    if first == last:
        return candidate
    if candidate.label == "Person":
        return from_token(sent, candidate, title_start(tokens, first, last))
    if candidate.label == "Location":
        candidate = from_token(sent, candidate, compass_start(tokens, first, last))
    for match in matches:
        if match.entry is None and match.start >= last and _modifies(tokens, first, last, match):
            # a body's name before a title is a post: "407th AEG commander" is a person
            grown = replace(candidate, end=tokens[match.end - 1].end)
            return replace(grown, label=kind_by_form(to_span(sent, grown).text, "Organisation"))
    return candidate


def _modifies(tokens, first: int, last: int, match: TermMatch) -> bool:
    """The span and every token up to the sector term hang off the term's head."""
    head = match.end - 1
    between = range(last, match.start)
    if any(not tokens[i].text[:1].isalpha() or tokens[i].dep not in _MODIFIER_DEPS for i in between):
        return False
    return tokens[last - 1].head in range(first, match.end) and tokens[last - 1].dep in _MODIFIER_DEPS \
        and all(match.start <= tokens[i].head <= head or i == head for i in between)


def merge_places(sent: ParsedSentence, chosen: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """Join a place and the larger place after it ("Palmyra, Syria")."""
    merged: list[Candidate] = []
    for candidate in chosen:
        last = merged[-1] if merged else None
        if last is not None and last.label == candidate.label == "Location" \
                and place_qualifier(sent, token_range(sent, last), token_range(sent, candidate)):
            merged[-1] = replace(last, end=candidate.end)
        else:
            merged.append(candidate)
    return tuple(merged)


