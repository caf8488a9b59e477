"""Typed named entities: people, organisations, nationalities and places.

``extract_entities`` merges two sources over one parsed sentence (or every
sentence of a parsed article):

1. spaCy's entities, relabelled: PERSON -> Person, ORG -> Organisation,
   NORP -> Nationality, GPE / LOC / FAC -> Location; other labels dropped.
2. detente's actor dictionary (:func:`detente.actors.phrase.match_terms`):
   ``org`` entries -> Organisation, ``adjective`` -> Nationality,
   ``country`` and ``capital`` -> Location, ``seat`` ("the Kremlin") ->
   Organisation (a seat is named for the government it houses). Matches with
   no entry (sector words such as "ministry") are not entities.

Conflicts are settled by general rules, in this order:

- a span that strictly contains another wins ("Syrian Democratic Forces"
  over "Syrian"; the dictionary's "Islamic State of Iraq and the Levant"
  over spaCy's "Iraq");
- for the same or crossing spans the dictionary beats spaCy, and the
  earlier, longer span beats the later one;
- a dictionary country that spaCy tags ORG keeps spaCy's label (a state
  acting as an actor: "Turkey agreed"), while a dictionary adjective that
  spaCy tags NORP stays a Nationality.

An Organisation or Location directly preceded by "the" takes the article
into its span ("the European Union", "the United States"), as re3d and
most newswire annotation guides mark organisation names; people and
nationalities never do. Trailing possessives ("'s") are never part of a span.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from detente.actors.dictionary import ActorDictionary
from detente.actors.phrase import TermMatch, match_terms
from detente.types import ParsedArticle, ParsedSentence, Span

ENTITY_LABELS: tuple[str, ...] = ("Person", "Organisation", "Nationality", "Location")
SPACY_LABELS: dict[str, str] = {
    "PERSON": "Person", "ORG": "Organisation", "NORP": "Nationality",
    "GPE": "Location", "LOC": "Location", "FAC": "Location",
}
DICTIONARY_LABELS: dict[str, str] = {
    "org": "Organisation", "seat": "Organisation", "adjective": "Nationality",
    "country": "Location", "capital": "Location",
}
_ARTICLE_LABELS = frozenset({"Organisation", "Location"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One proposed entity; ``source`` is ``dictionary`` or ``spacy``."""

    start: int
    end: int
    label: str
    source: str


def extract_entities(parsed: ParsedSentence | ParsedArticle, *, dictionary: ActorDictionary) -> tuple[Span, ...]:
    """Typed entities of one parsed sentence or of every sentence of an
    article, in text order; offsets are those of the parse (article text)."""
    if isinstance(parsed, ParsedArticle):
        return tuple(span for sent in parsed.sentences for span in sentence_entities(sent, dictionary=dictionary))
    return sentence_entities(parsed, dictionary=dictionary)


def sentence_entities(sent: ParsedSentence, *, dictionary: ActorDictionary) -> tuple[Span, ...]:
    matches = match_terms(sent, dictionary)
    candidates = (*dictionary_candidates(sent, matches), *spacy_candidates(sent))
    grown = tuple(grow_candidate(sent, candidate, matches) for candidate in candidates)
    chosen = resolve_candidates(grown)
    return tuple(to_span(sent, with_article(sent, candidate)) for candidate in chosen)


def spacy_candidates(sent: ParsedSentence) -> tuple[Candidate, ...]:
    """spaCy's entities in the four labels, possessive ``'s`` cut off."""
    found = []
    for ent in sent.entities:
        label = SPACY_LABELS.get(ent.label)
        if label is None:
            continue
        end = ent.start + len(_strip_possessive(ent.text))
        if end > ent.start:
            found.append(Candidate(ent.start, end, label, "spacy"))
    return tuple(found)


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
            found.append(Candidate(tokens[0].start, tokens[-1].end, label, "dictionary"))
    return tuple(found)


def resolve_candidates(candidates: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """Non-overlapping candidates by the rules of the module docstring."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.source != "dictionary", c.start))
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
    (the state acting), otherwise the first-ranked (dictionary) label stays."""
    if kept.label == "Location" and other.label == "Organisation" and "spacy" in (kept.source, other.source):
        return Candidate(kept.start, kept.end, "Organisation", kept.source)
    return kept


def with_article(sent: ParsedSentence, candidate: Candidate) -> Candidate:
    """Organisations and places take a directly preceding "the" that the
    parse attaches inside the span ("the UN"), not to a noun after it
    ("the Mosul offensive")."""
    if candidate.label not in _ARTICLE_LABELS:
        return candidate
    first, last = _token_range(sent, candidate)
    if first > 0 and sent.tokens[first - 1].text.lower() == "the" and first <= sent.tokens[first - 1].head < last:
        return Candidate(sent.tokens[first - 1].start, candidate.end, candidate.label, candidate.source)
    return candidate


def grow_candidate(sent: ParsedSentence, candidate: Candidate, matches: Sequence[TermMatch]) -> Candidate:
    """A person takes the titles before the name ("Foreign Minister Julie
    Bishop"); a name modifying a group noun from the dictionary's sector
    terms becomes that organisation ("Iraqi security forces", "ISIL
    terrorists", "the Asad regime")."""
    if candidate.label == "Person":
        return _with_titles(sent, candidate)
    first, last = _token_range(sent, candidate)
    tokens = sent.tokens
    for match in matches:
        if match.entry is None and match.start >= last and _modifies(tokens, first, last, match):
            return Candidate(candidate.start, tokens[match.end - 1].end, "Organisation", candidate.source)
    return candidate


def _modifies(tokens, first: int, last: int, match: TermMatch) -> bool:
    """The span and every token up to the sector term hang off the term's head."""
    head = match.end - 1
    between = range(last, match.start)
    if any(not tokens[i].text[:1].isalpha() or tokens[i].dep not in _MODIFIER_DEPS for i in between):
        return False
    return tokens[last - 1].head in range(first, match.end) and tokens[last - 1].dep in _MODIFIER_DEPS \
        and all(match.start <= tokens[i].head <= head or i == head for i in between)


def _with_titles(sent: ParsedSentence, candidate: Candidate) -> Candidate:
    first, last = _token_range(sent, candidate)
    start = first
    while start > 0:
        tok = sent.tokens[start - 1]
        if not (tok.text[:1].isupper() and tok.pos in _TITLE_POS and start <= tok.head < last):
            break
        start -= 1
    return Candidate(sent.tokens[start].start, candidate.end, "Person", candidate.source) if start < first else candidate


def _token_range(sent: ParsedSentence, candidate: Candidate) -> tuple[int, int]:
    inside = [tok.i for tok in sent.tokens if candidate.start <= tok.start and tok.end <= candidate.end]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


def to_span(sent: ParsedSentence, candidate: Candidate) -> Span:
    base = sent.sentence.start
    text = sent.sentence.text[candidate.start - base : candidate.end - base]
    return Span(candidate.start, candidate.end, text, candidate.label)


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text
