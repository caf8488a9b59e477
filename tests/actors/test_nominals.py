"""Pronoun and noun-phrase mentions from hand-built parses: no model is loaded."""

from __future__ import annotations


from detente.actors.nominals import acts_as_agent, noun_phrase_mentions, pronoun_mentions
from tests.parse_builder import parsed


def _mentions(sent, demonyms=None):
    found = noun_phrase_mentions(sent, demonyms=demonyms or [False] * len(sent.tokens))
    return [(" ".join(tok.text for tok in sent.tokens[m.first : m.last]), m.label) for m in found]



def test_nominals_possessive_determiners_and_it_are_not_mentions():
    sent = parsed(
        [("They", "they", "PRON", "nsubj", 1), ("lost", "lose", "VERB", "ROOT", 1),
         ("their", "their", "PRON", "poss", 3), ("homes", "home", "NOUN", "dobj", 1),
         ("and", "and", "CCONJ", "cc", 1), ("it", "it", "PRON", "nsubj", 6), ("hurt", "hurt", "VERB", "conj", 1)],
        tags={2: "PRP$"},
    )
    assert [(m.first, m.label) for m in pronoun_mentions(sent)] == [(0, "Organisation")]


def test_nominals_bare_singular_person_noun_names_a_kind():
    sent = parsed(
        [("using", "use", "VERB", "ROOT", 0), ("bomber", "bomber", "NOUN", "compound", 4),
         (",", ",", "PUNCT", "punct", 1), ("fighter", "fighter", "NOUN", "conj", 1),
         ("aircraft", "aircraft", "NOUN", "dobj", 0)],
    )
    assert _mentions(sent) == []


def test_nominals_capitalised_body_is_a_group_but_not_inside_a_name():
    sent = parsed(
        [("The", "the", "DET", "det", 1), ("Coalition", "Coalition", "PROPN", "nsubj", 2),
         ("backed", "back", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 6),
         ("Syrian", "Syrian", "PROPN", "compound", 6), ("Democratic", "Democratic", "PROPN", "compound", 6),
         ("Coalition", "Coalition", "PROPN", "dobj", 2)],
    )
    assert _mentions(sent) == [("The Coalition", "Organisation")]


def test_nominals_plural_heads_joined_by_and_are_one_mention():
    sent = parsed(
        [("translators", "translator", "NOUN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
         ("linguists", "linguist", "NOUN", "conj", 0), ("arrived", "arrive", "VERB", "ROOT", 3)],
        tags={0: "NNS", 2: "NNS"},
    )
    assert _mentions(sent)[0] == ("translators and linguists", "Organisation")


def test_nominals_country_is_a_place_after_a_verb_of_motion_or_in():
    sent = parsed(
        [("They", "they", "PRON", "nsubj", 1), ("fled", "flee", "VERB", "ROOT", 1),
         ("Freedonia", "Freedonia", "PROPN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
         ("camps", "camp", "NOUN", "pobj", 3), ("in", "in", "ADP", "prep", 4),
         ("Sylvania", "Sylvania", "PROPN", "pobj", 5), ("after", "after", "ADP", "prep", 1),
         ("Zenda", "Zenda", "PROPN", "pobj", 7), ("attacked", "attack", "VERB", "pcomp", 7)],
    )
    tokens = sent.tokens
    assert not acts_as_agent(tokens, 2)
    assert not acts_as_agent(tokens, 6)
    sent_2 = parsed([("Zenda", "Zenda", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
                     ("Sylvania", "Sylvania", "PROPN", "dobj", 1)])
    assert acts_as_agent(sent_2.tokens, 0) and acts_as_agent(sent_2.tokens, 2)


def test_nominals_a_country_naming_what_happens_there_is_the_place():
    # "They discussed the Sylvania crisis." - the crisis is in Sylvania, not by it
    sent = parsed([("They", "they", "PRON", "nsubj", 1), ("discussed", "discuss", "VERB", "ROOT", 1),
                   ("the", "the", "DET", "det", 4), ("Sylvania", "Sylvania", "PROPN", "compound", 4),
                   ("crisis", "crisis", "NOUN", "dobj", 1)])
    assert not acts_as_agent(sent.tokens, 3)


def test_nominals_a_listed_item_hung_on_the_next_head_is_a_mention_of_its_own():
    # "Badr and Interior Ministry officers": the parser makes "Badr" a modifier
    # of "officers" with "and" under it; the officers are the Interior Ministry's.
    sent = parsed(
        [("attacked", "attack", "VERB", "ROOT", 0), ("Badr", "Badr", "PROPN", "nmod", 4),
         ("and", "and", "CCONJ", "cc", 1), ("Interior", "Interior", "PROPN", "compound", 4),
         ("officers", "officer", "NOUN", "dobj", 0)],
        tags={4: "NNS"},
    )
    assert _mentions(sent) == [("Interior officers", "Organisation")]


def test_nominals_a_conjunct_with_words_of_its_own_is_a_mention_of_its_own():
    sent = parsed(
        [("officials", "official", "NOUN", "nsubj", 6), ("of", "of", "ADP", "prep", 0),
         ("Sylvania", "Sylvania", "PROPN", "pobj", 1), ("and", "and", "CCONJ", "cc", 0),
         ("envoys", "envoy", "NOUN", "conj", 0), ("of", "of", "ADP", "prep", 4),
         ("met", "meet", "VERB", "ROOT", 6)],
        tags={0: "NNS", 4: "NNS"},
    )
    assert _mentions(sent)[0] == ("officials of Sylvania", "Organisation")


def test_nominals_a_post_in_a_named_body_needs_no_article():
    # "Votel, commander of Freedonian Command, said" / "fighter aircraft" stays a kind
    sent = parsed(
        [("Votel", "Votel", "PROPN", "nsubj", 6), (",", ",", "PUNCT", "punct", 0),
         ("commander", "commander", "NOUN", "appos", 0), ("of", "of", "ADP", "prep", 2),
         ("Freedonian", "Freedonian", "PROPN", "compound", 5), ("Command", "Command", "PROPN", "pobj", 3),
         ("said", "say", "VERB", "ROOT", 6)],
    )
    assert ("commander of Freedonian Command", "Person") in _mentions(sent)


def test_nominals_a_relative_clause_or_verb_hung_on_the_noun_is_no_modifier():
    # "attacks that targeted bus stations" / "kept liberating neighborhoods" / "in besieged areas"
    relative = parsed([("attacks", "attack", "NOUN", "ROOT", 0), ("that", "that", "PRON", "nsubj", 4),
                       ("targeted", "target", "VERB", "amod", 4), ("bus", "bus", "NOUN", "compound", 4),
                       ("stations", "station", "NOUN", "dobj", 0)], tags={2: "VBD", 4: "NNS"})
    assert ("bus stations", "Location") in _mentions(relative)
    verb = parsed([("kept", "keep", "VERB", "ROOT", 0), ("liberating", "liberate", "VERB", "amod", 2),
                   ("neighborhoods", "neighborhood", "NOUN", "dobj", 0)], tags={1: "VBG", 2: "NNS"})
    assert _mentions(verb) == [("neighborhoods", "Location")]
    besieged = parsed([("in", "in", "ADP", "ROOT", 0), ("besieged", "besiege", "VERB", "amod", 2),
                       ("areas", "area", "NOUN", "pobj", 0)], tags={1: "VBN", 2: "NNS"})
    assert _mentions(besieged) == [("besieged areas", "Location")]
