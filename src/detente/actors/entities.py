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
from dataclasses import dataclass, replace

from detente.actors.dictionary import ActorDictionary
from detente.actors.entity_filters import (
    COORDINATES, in_language_gloss, kind_by_form, lower_prefix, name_after, names_a_people, names_event_or_text,
    names_facility, names_language, names_people_or_faith, names_vessel, transcript_label, vessel_names,
)
from detente.actors.name_spans import (
    bracket_end, compass_start, is_located, leading_preposition, place_qualifier, title_start,
)
from detente.actors.nominals import Mention, acts_as_agent, first_conjunct, noun_phrase_mentions, pronoun_mentions
from detente.actors.nouns import EQUIPMENT_ACRONYMS, GROUP_NOUNS, PERSON_NOUNS
from detente.actors.phrase import TermMatch, match_terms
from detente.actors.repeated_names import known_names, recurrences
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
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
_GUESSED_LABELS = frozenset({"Person", "Organisation", "Nationality"})  # what the model may mistake a place for
_SOURCE_RANK = {"coordinates": 0, "near": 0, "dictionary": 0, "people": 0, "spacy": 1, "nominal": 2}



@dataclass(frozen=True, slots=True)
class Candidate:
    """One proposed entity; ``source`` is ``dictionary``, ``spacy`` or
    ``nominal``; ``kind`` is the dictionary entry's kind or spaCy's label."""

    start: int
    end: int
    label: str
    source: str
    kind: str = ""


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
    first, last = _token_range(sent, candidate)
    return _from_token(sent, candidate, title_start(sent.tokens, first, last))


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


def one_sense_per_text(found: Sequence[tuple[ParsedSentence, Candidate]]) -> list[tuple[ParsedSentence, Candidate]]:
    """One name, one kind of thing through a document: the small model's
    guesses are set right by the mentions it is sure of. A name found as a
    place after "in" or "near" somewhere ("in Raqqah") is a place everywhere
    ("to isolate Raqqah"); a single word that ends a person's full name
    ("Gen. Joseph Votel" ... "Votel said") is that person."""
    texts = [to_span(sent, c).text for sent, c in found]
    places = {text for (sent, c), text in zip(found, texts) if c.source == "spacy" and c.label == "Location"
              and c.kind != "FAC" and is_located(sent.tokens, _span_head(sent, *_token_range(sent, c)))}
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
    first, last = _token_range(sent, candidate)
    if last > first and leading_preposition(sent.tokens, first, last):
        candidate = replace(candidate, start=sent.tokens[first + 1].start, label="Location")
    elif last - first > 1 and candidate.label in _ARTICLE_LABELS and sent.tokens[first].text.lower() == "the":
        candidate = replace(candidate, start=sent.tokens[first + 1].start)
    text = sent.sentence.text[candidate.start - sent.sentence.start : candidate.end - sent.sentence.start]
    return _with_unit_number(sent, replace(candidate, end=candidate.start + bracket_end(text)))


def _with_unit_number(sent: ParsedSentence, candidate: Candidate) -> Candidate:
    """A body numbered after its name takes the number: "CTF 50", "Mobile
    Unit Two", "Committee 1267" (the model reads the number as a count)."""
    first, last = _token_range(sent, candidate)
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
    first, last = _token_range(sent, candidate)
    head = _span_head(sent, first, last)
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
    first, last = _token_range(sent, candidate)
    return any(tok.lemma.lower() in GROUP_NOUNS for tok in sent.tokens[first:last])


def _acting_subject(tokens, head: int) -> bool:
    """A place name (spaCy's GPE, not a dictionary country) that is the subject
    or possessor of its clause stands for its government; as a modifier ("the
    Mosul offensive") or an object it stays the place."""
    return acts_as_agent(tokens, head) and first_conjunct(tokens, tokens[head]).dep in _SUBJECT_DEPS


def _span_head(sent: ParsedSentence, first: int, last: int) -> int:
    """The token of [first, last) whose head lies outside it."""
    return next((i for i in range(first, last) if not first <= sent.tokens[i].head < last or sent.tokens[i].head == i),
                last - 1)


def with_article(sent: ParsedSentence, candidate: Candidate) -> Candidate:
    """Organisations and places take a directly preceding "the" that the
    parse attaches inside the span ("the UN"), not to a noun after it
    ("the Mosul offensive")."""
    if candidate.label not in _ARTICLE_LABELS:
        return candidate
    first, last = _token_range(sent, candidate)
    if first > 0 and sent.tokens[first - 1].text.lower() == "the" and first <= sent.tokens[first - 1].head < last:
        return replace(candidate, start=sent.tokens[first - 1].start)
    return candidate


def grow_candidate(sent: ParsedSentence, candidate: Candidate, matches: Sequence[TermMatch]) -> Candidate:
    """A person takes the titles before the name ("Foreign Minister Julie
    Bishop"); a name modifying a group noun from the dictionary's sector
    terms becomes that organisation ("Iraqi security forces", "ISIL
    terrorists", "the Asad regime")."""
    first, last = _token_range(sent, candidate)
    tokens = sent.tokens
    if first == last:
        return candidate
    if candidate.label == "Person":
        return _from_token(sent, candidate, title_start(tokens, first, last))
    if candidate.label == "Location":
        candidate = _from_token(sent, candidate, compass_start(tokens, first, last))
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


def _from_token(sent: ParsedSentence, candidate: Candidate, first: int) -> Candidate:
    return replace(candidate, start=min(candidate.start, sent.tokens[first].start))


def merge_places(sent: ParsedSentence, chosen: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """Join a place and the larger place after it ("Palmyra, Syria")."""
    merged: list[Candidate] = []
    for candidate in chosen:
        last = merged[-1] if merged else None
        if last is not None and last.label == candidate.label == "Location" \
                and place_qualifier(sent, _token_range(sent, last), _token_range(sent, candidate)):
            merged[-1] = replace(last, end=candidate.end)
        else:
            merged.append(candidate)
    return tuple(merged)


def _token_range(sent: ParsedSentence, candidate: Candidate) -> tuple[int, int]:
    # Overlap, not containment: a name may be cut out of a token the
    # tokenizer left joined to a reference mark ("officer.[3").
    inside = [tok.i for tok in sent.tokens if tok.start < candidate.end and candidate.start < tok.end]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


def to_span(sent: ParsedSentence, candidate: Candidate) -> Span:
    """The candidate's text, without white space the tokenizer left on its
    edges (a non-breaking space glued to "EU\u00a0")."""
    base = sent.sentence.start
    text = sent.sentence.text[candidate.start - base : candidate.end - base]
    start = candidate.start + len(text) - len(text.lstrip())
    text = text.strip()
    return Span(start, start + len(text), text, candidate.label)


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text
