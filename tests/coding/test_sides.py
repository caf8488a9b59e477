"""Tests for detente.coding.sides: who does an event."""

from tests.coding.coded import code_sentences
from tests.parse_builder import parsed


def test_sides_an_arrest_with_no_one_named_is_the_act_of_the_state_it_happens_in(coder):
    # "Ingabire was arrested in Rwanda." -> Rwanda arrested Ingabire; a talk "in Rwanda" is not Rwanda's
    arrested = parsed([
        ("Ingabire", "Ingabire", "PROPN", "nsubjpass", 2, "PERSON"), ("was", "be", "AUX", "auxpass", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
        ("Rwanda", "Rwanda", "PROPN", "pobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("PERSON", 0, 0), ("GPE", 4, 4)])
    [arrest] = [m for m in code_sentences(coder, arrested) if m.cameo.root == "17"]
    assert arrest.source is not None and arrest.source.code == "RWA"
    praised = parsed([
        ("Ingabire", "Ingabire", "PROPN", "nsubjpass", 2, "PERSON"), ("was", "be", "AUX", "auxpass", 2),
        ("praised", "praise", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
        ("Rwanda", "Rwanda", "PROPN", "pobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("PERSON", 0, 0), ("GPE", 4, 4)])
    assert all(m.source is None or m.source.code != "RWA" for m in code_sentences(coder, praised))


def test_sides_an_expulsion_with_no_one_named_is_the_act_of_the_state_expelling(coder):
    # "Two inspectors have been expelled from North Korea." -> North Korea expelled them
    sent = parsed([
        ("Two", "two", "NUM", "nummod", 1, "CARDINAL"), ("inspectors", "inspector", "NOUN", "nsubjpass", 4),
        ("have", "have", "AUX", "aux", 4), ("been", "be", "AUX", "auxpass", 4), ("expelled", "expel", "VERB", "ROOT", 4),
        ("from", "from", "ADP", "prep", 4), ("North", "North", "PROPN", "compound", 7, "GPE"),
        ("Korea", "Korea", "PROPN", "pobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 4),
    ], ents=[("CARDINAL", 0, 0), ("GPE", 6, 7)])
    [expulsion] = [m for m in code_sentences(coder, sent) if m.cameo.root == "16"]
    assert expulsion.source is not None and expulsion.source.code == "PRK"


def test_sides_unnamed_people_listed_together_are_one_side_but_named_states_are_not(coder):
    # "The Sylvanian army and allied fighters attacked activists and journalists."
    sent = parsed([
        ("The", "the", "DET", "det", 2), ("Sylvanian", "sylvanian", "ADJ", "amod", 2, "NORP"),
        ("army", "army", "NOUN", "nsubj", 6), ("and", "and", "CCONJ", "cc", 2), ("allied", "allied", "ADJ", "amod", 5),
        ("fighters", "fighter", "NOUN", "conj", 2), ("attacked", "attack", "VERB", "ROOT", 6),
        ("activists", "activist", "NOUN", "dobj", 6), ("and", "and", "CCONJ", "cc", 7),
        ("journalists", "journalist", "NOUN", "conj", 7), (".", ".", "PUNCT", "punct", 6),
    ], ents=[("NORP", 1, 1)], tags={5: "NNS", 7: "NNS", 9: "NNS"})
    attacks = code_sentences(coder, sent)
    # the nationality covers the whole list: one source; two bare kinds of people are two targets
    assert {m.source.span.text for m in attacks} == {"The Sylvanian army and allied fighters"}
    assert sorted(m.target.span.text for m in attacks) == ["activists", "journalists"]
    # "attacked local activists and journalists", "attacked activists or journalists": one target
    for first, joiner in (("local", "and"), (None, "or")):
        words = [("Rebels", "rebel", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1)]
        at = len(words)
        if first:
            words.append((first, first, "ADJ", "amod", at + 1))
        head = len(words)
        words += [("activists", "activist", "NOUN", "dobj", 1), (joiner, joiner, "CCONJ", "cc", head),
                  ("journalists", "journalist", "NOUN", "conj", head), (".", ".", "PUNCT", "punct", 1)]
        [attack] = code_sentences(coder, parsed(words, tags={0: "NNS", head: "NNS", head + 2: "NNS"}))
        assert attack.target.span.text == " ".join(w[0] for w in words[at:-1])
    # "Egypt and Sudan attacked Libya": two named states, two events
    states = parsed([
        ("Egypt", "Egypt", "PROPN", "nsubj", 3, "GPE"), ("and", "and", "CCONJ", "cc", 0),
        ("Sudan", "Sudan", "PROPN", "conj", 0, "GPE"), ("attacked", "attack", "VERB", "ROOT", 3),
        ("Libya", "Libya", "PROPN", "dobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("GPE", 0, 0), ("GPE", 2, 2), ("GPE", 4, 4)])
    assert {m.source.code for m in code_sentences(coder, states)} == {"EGY", "SDN"}


def test_sides_the_noun_a_past_participle_describes_was_acted_on_not_the_actor(coder):
    # "Freedonia honoured a Sylvanian soldier killed in Marxburg.": no killing by the soldier
    sent = parsed([
        ("Freedonia", "Freedonia", "PROPN", "nsubj", 1, "GPE"), ("honoured", "honour", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4), ("Sylvanian", "sylvanian", "ADJ", "amod", 4, "NORP"),
        ("soldier", "soldier", "NOUN", "dobj", 1), ("killed", "kill", "VERB", "acl", 4),
        ("in", "in", "ADP", "prep", 5), ("Marxburg", "Marxburg", "PROPN", "pobj", 6, "GPE"),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("NORP", 3, 3), ("GPE", 7, 7)], tags={5: "VBN"})
    killings = [m for m in code_sentences(coder, sent) if m.trigger.text == "killed"]
    assert all(m.source is None or "soldier" not in m.source.span.text for m in killings)


def test_sides_a_counted_part_of_a_group_is_one_phrase_not_a_pronoun(coder):
    # "Sylvania expelled some of the Freedonian diplomats.", and "each of" them
    for word in ("some", "each"):
        sent = parsed([
            ("Sylvania", "Sylvania", "PROPN", "nsubj", 1, "GPE"), ("expelled", "expel", "VERB", "ROOT", 1),
            (word, word, "PRON", "dobj", 1), ("of", "of", "ADP", "prep", 2), ("the", "the", "DET", "det", 6),
            ("Freedonian", "freedonian", "ADJ", "amod", 6, "NORP"), ("diplomats", "diplomat", "NOUN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ], ents=[("GPE", 0, 0), ("NORP", 5, 5)], tags={6: "NNS"})
        [expulsion] = code_sentences(coder, sent)
        assert expulsion.target is not None and expulsion.target.span.text == f"{word} of the Freedonian diplomats"


def test_sides_a_named_office_holder_is_not_joined_to_the_unnamed_people_after_it(coder):
    # "Police detained the head of Amnesty International, Idil Eser, and other activists."
    sent = parsed([
        ("Police", "police", "NOUN", "nsubj", 1), ("detained", "detain", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("head", "head", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 3),
        ("Amnesty", "Amnesty", "PROPN", "compound", 6, "ORG"),
        ("International", "International", "PROPN", "pobj", 4, "ORG"), (",", ",", "PUNCT", "punct", 3),
        ("Idil", "Idil", "PROPN", "compound", 9, "PERSON"), ("Eser", "Eser", "PROPN", "appos", 3, "PERSON"),
        (",", ",", "PUNCT", "punct", 3), ("and", "and", "CCONJ", "cc", 3), ("other", "other", "ADJ", "amod", 13),
        ("activists", "activist", "NOUN", "conj", 3), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("ORG", 5, 6), ("PERSON", 8, 9)], tags={1: "VBD", 13: "NNS"})
    targets = sorted(m.target.span.text for m in code_sentences(coder, sent) if m.target is not None)
    assert targets == ["other activists", "the head of Amnesty International, Idil Eser"]
