"""Tests for detente.coding.about: whom or what a statement or attitude is about."""

from tests.coding.coded import code_sentences
from tests.parse_builder import parsed


def test_about_optimism_is_about_what_it_expects_something_of(coder):
    # "Canada expressed optimism that the timeline could be accelerated." -> the timeline;
    # "Canada expressed optimism at the deal." -> the deal, a thing no dictionary names
    expects = parsed([
        ("Canada", "Canada", "PROPN", "nsubj", 1, "GPE"), ("expressed", "express", "VERB", "ROOT", 1),
        ("optimism", "optimism", "NOUN", "dobj", 1), ("that", "that", "SCONJ", "mark", 8),
        ("the", "the", "DET", "det", 5), ("timeline", "timeline", "NOUN", "nsubjpass", 8),
        ("could", "could", "AUX", "aux", 8), ("be", "be", "AUX", "auxpass", 8),
        ("accelerated", "accelerate", "VERB", "acl", 2), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0)])
    [remark] = [m for m in code_sentences(coder, expects) if m.cameo.code == "013"]
    assert remark.target is not None and remark.target.span.text == "the timeline"
    at = parsed([
        ("Canada", "Canada", "PROPN", "nsubj", 1, "GPE"), ("expressed", "express", "VERB", "ROOT", 1),
        ("optimism", "optimism", "NOUN", "dobj", 1), ("at", "at", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 5), ("deal", "deal", "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0)])
    [remark] = [m for m in code_sentences(coder, at) if m.cameo.code == "013"]
    assert remark.target is not None and remark.target.span.text == "the deal"

def test_about_an_attitude_statement_targets_what_it_is_about(coder):
    # "The State Department said it is skeptical about Iranian motives."
    sent = parsed([
        ("The", "the", "DET", "det", 2, "ORG"), ("State", "State", "PROPN", "compound", 2, "ORG"),
        ("Department", "Department", "PROPN", "nsubj", 3, "ORG"), ("said", "say", "VERB", "ROOT", 3),
        ("it", "it", "PRON", "nsubj", 5), ("is", "be", "AUX", "ccomp", 3), ("skeptical", "skeptical", "ADJ", "acomp", 5),
        ("about", "about", "ADP", "prep", 6), ("Iranian", "iranian", "ADJ", "amod", 9, "NORP"),
        ("motives", "motive", "NOUN", "pobj", 7), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("ORG", 0, 2)])
    [said] = code_sentences(coder, sent)
    assert said.cameo.root == "01" and said.target is not None and said.target.span.text == "Iranian motives"


def test_about_a_hope_about_others_is_the_event_and_names_them(coder):
    # "Iran hopes Japan and the European Union will persuade Biden to lift sanctions."
    sent = parsed([
        ("Iran", "Iran", "PROPN", "nsubj", 1, "GPE"), ("hopes", "hope", "VERB", "ROOT", 1),
        ("Japan", "Japan", "PROPN", "nsubj", 8, "GPE"), ("and", "and", "CCONJ", "cc", 2),
        ("the", "the", "DET", "det", 6, "ORG"), ("European", "European", "PROPN", "compound", 6, "ORG"),
        ("Union", "Union", "PROPN", "conj", 2, "ORG"), ("will", "will", "AUX", "aux", 8),
        ("persuade", "persuade", "VERB", "ccomp", 1), ("Biden", "Biden", "PROPN", "dobj", 8, "PERSON"),
        ("to", "to", "PART", "aux", 11), ("lift", "lift", "VERB", "xcomp", 8),
        ("sanctions", "sanction", "NOUN", "dobj", 11), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 2, 2), ("ORG", 4, 6), ("PERSON", 9, 9)])
    mentions = code_sentences(coder, sent)
    hopes = {(m.source.code, m.target.code) for m in mentions if m.cameo.code == "013"}
    assert hopes == {("IRN", "JPN"), ("IRN", "IGOEUREEC")}
    assert all(m.modality == "hypothetical" for m in mentions if m.cameo.code != "013")



def test_about_a_pessimistic_remark_is_about_what_it_expects_of_something(coder):
    # "The expert says he is pessimistic that the Marxburg Games will go ahead."
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("expert", "expert", "NOUN", "nsubj", 2), ("says", "say", "VERB", "ROOT", 2),
        ("he", "he", "PRON", "nsubj", 4), ("is", "be", "AUX", "ccomp", 2), ("pessimistic", "pessimistic", "ADJ", "acomp", 4),
        ("that", "that", "SCONJ", "mark", 11), ("the", "the", "DET", "det", 9),
        ("Marxburg", "Marxburg", "PROPN", "compound", 9, "ORG"), ("Games", "Games", "PROPN", "nsubj", 11, "ORG"),
        ("will", "will", "AUX", "aux", 11), ("go", "go", "VERB", "ccomp", 4), ("ahead", "ahead", "ADV", "advmod", 11),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("ORG", 8, 9)])
    said = [m for m in code_sentences(coder, sent) if m.trigger.text == "says"]
    assert said and said[0].target is not None and said[0].target.span.text == "the Marxburg Games"
