"""Name boundary rules from hand-built parses: no model is loaded."""

from __future__ import annotations

from detente.actors.name_spans import bracket_end, is_located, place_qualifier, title_start
from tests.parse_builder import parsed


def test_name_spans_bracket_ends_a_name():
    assert bracket_end("Rufus Firefly,[1") == len("Rufus Firefly")
    assert bracket_end("Rufus Firefly(Freedonian") == len("Rufus Firefly")
    assert bracket_end("Rufus Firefly") == len("Rufus Firefly")


def test_name_spans_title_with_of_phrase_but_not_a_verb():
    sent = parsed(
        [("said", "say", "VERB", "ROOT", 0), ("Secretary", "Secretary", "PROPN", "compound", 4),
         ("of", "of", "ADP", "prep", 1), ("State", "State", "PROPN", "pobj", 2),
         ("Firefly", "Firefly", "PROPN", "nsubj", 0)],
    )
    assert title_start(sent.tokens, 4, 5) == 1


def test_name_spans_list_of_places_is_not_a_place_and_its_country():
    sent = parsed(
        [("in", "in", "ADP", "ROOT", 0), ("Freedonia", "Freedonia", "PROPN", "pobj", 0),
         (",", ",", "PUNCT", "punct", 1), ("Sylvania", "Sylvania", "PROPN", "conj", 1),
         (",", ",", "PUNCT", "punct", 3), ("and", "and", "CCONJ", "cc", 3), ("Zenda", "Zenda", "PROPN", "conj", 3)],
    )
    assert not place_qualifier(sent, (1, 2), (3, 4))


def test_name_spans_a_name_fled_or_named_as_a_city_is_located():
    # "insurgents who fled Karabilah" / "the city of Husaybah" / "to reach Syrians in need" (people)
    fled = parsed([("insurgents", "insurgent", "NOUN", "nsubj", 1), ("fled", "flee", "VERB", "ROOT", 1),
                   ("Karabilah", "Karabilah", "PROPN", "dobj", 1)])
    assert is_located(fled.tokens, 2)
    city = parsed([("the", "the", "DET", "det", 1), ("city", "city", "NOUN", "ROOT", 1), ("of", "of", "ADP", "prep", 1),
                   ("Husaybah", "Husaybah", "PROPN", "pobj", 2)])
    assert is_located(city.tokens, 3)
    people = parsed([("aid", "aid", "NOUN", "nsubj", 1), ("reached", "reach", "VERB", "ROOT", 1),
                     ("Syrians", "Syrians", "PROPN", "dobj", 1)], tags={2: "NNPS"})
    assert not is_located(people.tokens, 2)


def test_name_spans_a_name_taken_or_freed_is_located():
    # "forces isolated Zenda" / "Zenda has been liberated" / "the liberation of Zenda" / "Zenda was praised"
    isolated = parsed([("forces", "force", "NOUN", "nsubj", 1), ("isolated", "isolate", "VERB", "ROOT", 1),
                       ("Zenda", "Zenda", "PROPN", "dobj", 1)])
    assert is_located(isolated.tokens, 2)
    freed = parsed([("Zenda", "Zenda", "PROPN", "nsubjpass", 3), ("has", "have", "AUX", "aux", 3),
                    ("been", "be", "AUX", "auxpass", 3), ("liberated", "liberate", "VERB", "ROOT", 3)])
    assert is_located(freed.tokens, 0)
    liberation = parsed([("the", "the", "DET", "det", 1), ("liberation", "liberation", "NOUN", "ROOT", 1),
                         ("of", "of", "ADP", "prep", 1), ("Zenda", "Zenda", "PROPN", "pobj", 2)])
    assert is_located(liberation.tokens, 3)
    praised = parsed([("Zenda", "Zenda", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                      ("praised", "praise", "VERB", "ROOT", 2)])
    assert not is_located(praised.tokens, 0)


def test_name_spans_a_person_listed_with_a_place_or_at_the_end_of_a_road_is_located():
    # "efforts for Mosul and Raqqah" (the model's "person" Raqqah) / "on the way to Raqqah"
    listed = parsed([("for", "for", "ADP", "ROOT", 0), ("Mosul", "Mosul", "PROPN", "pobj", 0, "GPE"),
                     ("and", "and", "CCONJ", "cc", 1), ("Raqqah", "Raqqah", "PROPN", "conj", 1, "PERSON")])
    assert is_located(listed.tokens, 3)
    road = parsed([("the", "the", "DET", "det", 1), ("way", "way", "NOUN", "ROOT", 1), ("to", "to", "ADP", "prep", 1),
                   ("Raqqah", "Raqqah", "PROPN", "pobj", 2, "PERSON")])
    assert is_located(road.tokens, 3)
    navy = parsed([("for", "for", "ADP", "ROOT", 0), ("Mosul", "Mosul", "PROPN", "pobj", 0, "GPE"),
                   ("and", "and", "CCONJ", "cc", 1), ("Navy", "Navy", "PROPN", "conj", 1, "ORG")])
    assert not is_located(navy.tokens, 3)  # an organisation listed with a place stays one


def test_name_spans_a_place_after_in_is_no_part_of_the_title():
    # "In Zenda Minister Firefly met ..." / "Zenda Minister Firefly met ..."
    after_in = parsed([("In", "in", "ADP", "prep", 4), ("Zenda", "Zenda", "PROPN", "compound", 3, "GPE"),
                       ("Minister", "Minister", "PROPN", "compound", 3), ("Firefly", "Firefly", "PROPN", "nsubj", 4),
                       ("met", "meet", "VERB", "ROOT", 4)])
    assert title_start(after_in.tokens, 3, 4) == 2
    plain = parsed([("Zenda", "Zenda", "PROPN", "compound", 2, "GPE"), ("Minister", "Minister", "PROPN", "compound", 2),
                    ("Firefly", "Firefly", "PROPN", "nsubj", 3), ("met", "meet", "VERB", "ROOT", 3)])
    assert title_start(plain.tokens, 2, 3) == 0


def test_name_spans_a_titled_person_before_and_is_another_person():
    # "Secretary Kerry and Secretary Carter met": Carter's title starts after "and"
    # (the parser hangs the whole run on "Carter")
    sent = parsed([("Secretary", "Secretary", "PROPN", "compound", 1),
                   ("Kerry", "Kerry", "PROPN", "compound", 4, "PERSON"),
                   ("and", "and", "CCONJ", "cc", 4), ("Secretary", "Secretary", "PROPN", "compound", 4),
                   ("Carter", "Carter", "PROPN", "nsubj", 5, "PERSON"), ("met", "meet", "VERB", "ROOT", 5)])
    assert title_start(sent.tokens, 4, 5) == 3


def test_name_spans_an_ordinal_inside_a_rank_is_part_of_the_title():
    # "Operator 1st Class Charles Keating"
    sent = parsed([("Operator", "Operator", "PROPN", "compound", 1), ("1st", "1st", "ADJ", "amod", 2),
                   ("Class", "Class", "PROPN", "compound", 4), ("Charles", "Charles", "PROPN", "compound", 4),
                   ("Keating", "Keating", "PROPN", "ROOT", 4)])
    assert title_start(sent.tokens, 3, 5) == 0


def test_name_spans_an_invisible_direction_mark_does_not_end_a_title():
    # "Prime Minister\u200e Haider al-Abadi"
    sent = parsed([("Prime", "Prime", "PROPN", "compound", 1), ("Minister", "Minister", "PROPN", "compound", 3),
                   ("\u200e", "\u200e", "X", "dep", 3), ("Abadi", "Abadi", "PROPN", "ROOT", 3)])
    assert title_start(sent.tokens, 3, 4) == 0
