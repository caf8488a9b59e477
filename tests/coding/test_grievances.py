"""Tests for detente.coding.grievances: whom strikes, protests and refusals under pressure are aimed at."""

from tests.coding.coded import code_sentences
from tests.parse_builder import parsed


def _target_text(coder, sent, trigger):
    [event] = [m for m in code_sentences(coder, sent) if m.trigger.text == trigger]
    return event.target.span.text if event.target else None


def test_grievances_a_strike_is_aimed_at_the_workplace(coder):
    # "Sylvanian miners went on strike at the Marx mine."
    sent = parsed([
        ("Sylvanian", "sylvanian", "ADJ", "amod", 1, "NORP"), ("miners", "miner", "NOUN", "nsubj", 2),
        ("went", "go", "VERB", "ROOT", 2), ("on", "on", "ADP", "prep", 2), ("strike", "strike", "NOUN", "pobj", 3),
        ("at", "at", "ADP", "prep", 2), ("the", "the", "DET", "det", 8), ("Marx", "Marx", "PROPN", "compound", 8, "FAC"),
        ("mine", "mine", "NOUN", "pobj", 5, "FAC"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("NORP", 0, 0), ("FAC", 7, 8)], tags={1: "NNS"})
    assert _target_text(coder, sent, "went") == "the Marx mine"


def test_grievances_a_protest_is_aimed_at_whoever_imposed_what_is_protested(coder):
    # "Sylvanian farmers began a hunger strike in protest against laws imposed by the Sylvanian government."
    sent = parsed([
        ("Sylvanian", "sylvanian", "ADJ", "amod", 1, "NORP"), ("farmers", "farmer", "NOUN", "nsubj", 2),
        ("began", "begin", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 5), ("hunger", "hunger", "NOUN", "compound", 5),
        ("strike", "strike", "NOUN", "dobj", 2), ("in", "in", "ADP", "prep", 2), ("protest", "protest", "NOUN", "pobj", 6),
        ("against", "against", "ADP", "prep", 7), ("laws", "law", "NOUN", "pobj", 8),
        ("imposed", "impose", "VERB", "acl", 9), ("by", "by", "ADP", "agent", 10), ("the", "the", "DET", "det", 14),
        ("Sylvanian", "sylvanian", "ADJ", "amod", 14, "NORP"), ("government", "government", "NOUN", "pobj", 11),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("NORP", 0, 0), ("NORP", 13, 13)], tags={1: "NNS", 9: "NNS", 10: "VBN"})
    assert _target_text(coder, sent, "began") == "the Sylvanian government"


def test_grievances_a_refusal_answers_whoever_pressed_for_the_act(coder):
    # "Firefly declined to resign despite the pressure by the Sylvanian parliament."
    sent = parsed([
        ("Firefly", "Firefly", "PROPN", "nsubj", 1, "PERSON"), ("declined", "decline", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3), ("resign", "resign", "VERB", "xcomp", 1),
        ("despite", "despite", "ADP", "prep", 1), ("the", "the", "DET", "det", 6),
        ("pressure", "pressure", "NOUN", "pobj", 4), ("by", "by", "ADP", "prep", 6), ("the", "the", "DET", "det", 10),
        ("Sylvanian", "sylvanian", "ADJ", "amod", 10, "NORP"), ("parliament", "parliament", "NOUN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("PERSON", 0, 0), ("NORP", 9, 9)])
    assert _target_text(coder, sent, "resign") == "the Sylvanian parliament"


def test_grievances_a_call_to_protest_is_aimed_at_what_the_protest_is_against(coder):
    # "Activists called on students to join a rally against Russian laws.": the parser takes
    # "on" for a particle; the call is an appeal, and the students called on are the protest's own side
    sent = parsed([
        ("Activists", "activist", "NOUN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
        ("on", "on", "ADP", "prt", 1), ("students", "student", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 5),
        ("join", "join", "VERB", "xcomp", 1), ("a", "a", "DET", "det", 7), ("rally", "rally", "NOUN", "dobj", 5),
        ("against", "against", "ADP", "prep", 7), ("Russian", "russian", "ADJ", "amod", 10, "NORP"),
        ("laws", "law", "NOUN", "pobj", 8), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("NORP", 9, 9)], tags={0: "NNS", 3: "NNS", 10: "NNS"})
    [event] = [m for m in code_sentences(coder, sent) if m.trigger.text == "called"]
    assert event.cameo.root == "02"
    assert event.target is not None and event.target.span.text == "Russian laws"
