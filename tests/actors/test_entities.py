"""Typed entities from hand-built parses: no model is loaded."""

from __future__ import annotations

from detente.actors.dictionary import ActorDictionary, ActorEntry
from detente.actors.entities import ENTITY_LABELS, extract_entities
from detente.types import ParsedArticle
from tests.parse_builder import parsed


def _dictionary() -> ActorDictionary:
    entries = {
        "freedonia": ActorEntry(kind="country", country="FRD", code="FRD", name="Freedonia"),
        "freedonian": ActorEntry(kind="adjective", country="FRD", code="FRD", name="Freedonia"),
        "league of sylvania": ActorEntry(kind="org", country=None, code="IGOSYL", name="League of Sylvania",
                                         org_kind="IGO"),
        "sylvania": ActorEntry(kind="country", country="SYL", code="SYL", name="Sylvania"),
    }
    return ActorDictionary(
        entries=entries, sector_terms={"forces": "MIL", "minister": "GOV"}, ambiguous=frozenset(), max_tokens=3,
        first_words={"freedonia": 1, "freedonian": 1, "league": 3, "sylvania": 1, "forces": 1, "minister": 1},
    )


def _labels(spans):
    return [(span.text, span.label) for span in spans]


def test_entities_map_spacy_labels():
    sent = parsed(
        [("Rufus", "Rufus", "PROPN", "compound", 1), ("Firefly", "Firefly", "PROPN", "nsubj", 2),
         ("visited", "visit", "VERB", "ROOT", 2), ("Marxburg", "Marxburg", "PROPN", "dobj", 2),
         (".", ".", "PUNCT", "punct", 2)],
        ents=[("PERSON", 0, 1), ("GPE", 3, 3)],
    )
    assert _labels(extract_entities(sent, dictionary=_dictionary())) == [
        ("Rufus Firefly", "Person"), ("Marxburg", "Location")]


def test_entities_dictionary_org_beats_spacy_gpe_inside_it_and_takes_the():
    sent = parsed(
        [("the", "the", "DET", "det", 1), ("League", "League", "PROPN", "nsubj", 4),
         ("of", "of", "ADP", "prep", 1), ("Sylvania", "Sylvania", "PROPN", "pobj", 2),
         ("met", "meet", "VERB", "ROOT", 4)],
        ents=[("GPE", 3, 3)],
    )
    assert _labels(extract_entities(sent, dictionary=_dictionary())) == [("the League of Sylvania", "Organisation")]


def test_entities_adjective_is_nationality_and_country_is_location():
    sent = parsed(
        [("Freedonian", "freedonian", "ADJ", "amod", 1), ("farmers", "farmer", "NOUN", "nsubj", 2),
         ("left", "leave", "VERB", "ROOT", 2), ("Freedonia", "Freedonia", "PROPN", "dobj", 2)],
        ents=[("NORP", 0, 0)],
    )
    assert _labels(extract_entities(sent, dictionary=_dictionary())) == [
        ("Freedonian", "Nationality"), ("Freedonia", "Location")]


def test_entities_group_noun_makes_an_organisation():
    sent = parsed(
        [("Freedonian", "freedonian", "ADJ", "amod", 1), ("forces", "force", "NOUN", "nsubj", 2),
         ("advanced", "advance", "VERB", "ROOT", 2)],
        ents=[("NORP", 0, 0)],
    )
    assert _labels(extract_entities(sent, dictionary=_dictionary())) == [("Freedonian forces", "Organisation")]


def test_entities_person_takes_titles_not_the_verb():
    sent = parsed(
        [("Foreign", "Foreign", "PROPN", "compound", 1), ("Minister", "Minister", "PROPN", "compound", 3),
         ("Rufus", "Rufus", "PROPN", "compound", 3), ("Firefly", "Firefly", "PROPN", "nsubj", 4),
         ("spoke", "speak", "VERB", "ROOT", 4)],
        ents=[("PERSON", 2, 3)],
    )
    assert _labels(extract_entities(sent, dictionary=_dictionary())) == [
        ("Foreign Minister Rufus Firefly", "Person")]


def test_entities_the_of_a_following_noun_stays_out():
    sent = parsed(
        [("the", "the", "DET", "det", 2), ("Marxburg", "Marxburg", "PROPN", "compound", 2),
         ("dam", "dam", "NOUN", "ROOT", 2)],
        ents=[("GPE", 1, 1)],
    )
    assert _labels(extract_entities(sent, dictionary=_dictionary())) == [("Marxburg", "Location")]


def test_entities_drop_other_labels_and_possessive():
    sent = parsed(
        [("Sylvania", "Sylvania", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
         ("budget", "budget", "NOUN", "ROOT", 2), ("in", "in", "ADP", "prep", 2), ("1933", "1933", "NUM", "pobj", 3)],
        ents=[("GPE", 0, 1), ("DATE", 4, 4)],
    )
    spans = extract_entities(sent, dictionary=_dictionary())
    assert _labels(spans) == [("Sylvania", "Location")]
    assert {span.label for span in spans} <= set(ENTITY_LABELS)


def test_entities_of_an_article_cover_every_sentence():
    first = parsed([("Freedonia", "Freedonia", "PROPN", "ROOT", 0)], index=0)
    second = parsed([("Sylvania", "Sylvania", "PROPN", "ROOT", 0)], index=1, offset=20)
    article = ParsedArticle(article=None, sentences=(first, second))
    spans = extract_entities(article, dictionary=_dictionary())
    assert [(span.start, span.text) for span in spans] == [(0, "Freedonia"), (20, "Sylvania")]
