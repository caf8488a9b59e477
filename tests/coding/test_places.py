"""Tests for detente.coding.places: acts done to a place, and where a target is."""

from tests.coding.coded import code_sentences
from tests.parse_builder import parsed


def test_places_a_place_the_dictionaries_do_not_know_is_where_it_was_done(coder):
    # "The government declared a state of siege in the town."
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("government", "government", "NOUN", "nsubj", 2),
        ("declared", "declare", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 4), ("state", "state", "NOUN", "dobj", 2),
        ("of", "of", "ADP", "prep", 4), ("siege", "siege", "NOUN", "pobj", 5), ("in", "in", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 9), ("town", "town", "NOUN", "pobj", 7), (".", ".", "PUNCT", "punct", 2),
    ])
    [siege] = code_sentences(coder, sent)
    assert siege.cameo.root == "17" and siege.target is not None and siege.target.span.text == "the town"


def test_places_force_is_used_against_places_too(coder):
    # "The rebels attacked the camp.": the camp is the target; a plain act on a thing has none
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("rebels", "rebel", "NOUN", "nsubj", 2),
        ("attacked", "attack", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
        ("camp", "camp", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2),
    ])
    [attack] = code_sentences(coder, sent)
    assert attack.cameo.root in ("18", "19") and attack.target is not None and attack.target.span.text == "the camp"


def test_places_troops_on_alert_somewhere_are_on_alert_there(coder):
    # "Philippine troops remained on alert in Manila.": the alert is the act, Manila where
    sent = parsed([
        ("Philippine", "philippine", "ADJ", "amod", 1, "NORP"), ("troops", "troop", "NOUN", "nsubj", 2),
        ("remained", "remain", "VERB", "ROOT", 2), ("on", "on", "ADP", "prep", 2), ("alert", "alert", "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", 4), ("Manila", "Manila", "PROPN", "pobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("NORP", 0, 0), ("GPE", 6, 6)])
    [alert] = code_sentences(coder, sent)
    assert alert.cameo.root == "15" and alert.source.country == "PHL"
    assert alert.target is not None and alert.target.span.text == "Manila"


def test_places_troops_sent_to_a_mission_somewhere_go_to_that_country(coder):
    # "Japan is sending troops to the UN peacekeeping mission in Mali.": the mission
    # names the UN, but the troops go to Mali
    sent = parsed([
        ("Japan", "Japan", "PROPN", "nsubj", 2, "GPE"), ("is", "be", "AUX", "aux", 2),
        ("sending", "send", "VERB", "ROOT", 2), ("troops", "troop", "NOUN", "dobj", 2), ("to", "to", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 8), ("UN", "UN", "PROPN", "compound", 8, "ORG"),
        ("peacekeeping", "peacekeeping", "NOUN", "compound", 8),
        ("mission", "mission", "NOUN", "pobj", 4), ("in", "in", "ADP", "prep", 8),
        ("Mali", "Mali", "PROPN", "pobj", 9, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("GPE", 0, 0), ("ORG", 6, 6), ("GPE", 10, 10)])
    [sent_troops] = code_sentences(coder, sent)
    assert sent_troops.source.country == "JPN" and sent_troops.target is not None
    assert sent_troops.target.country == "MLI" and sent_troops.target.span.text == "Mali"


def test_places_people_acted_on_somewhere_are_named_with_the_place(coder):
    # "Armenian police detained the demonstrators in Yerevan." ("in Yerevan" hangs on the verb)
    sent = parsed([
        ("Armenian", "armenian", "ADJ", "amod", 1, "NORP"), ("police", "police", "NOUN", "nsubj", 2),
        ("detained", "detain", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
        ("demonstrators", "demonstrator", "NOUN", "dobj", 2), ("in", "in", "ADP", "prep", 2),
        ("Yerevan", "Yerevan", "PROPN", "pobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("NORP", 0, 0), ("GPE", 6, 6)])
    [arrest] = code_sentences(coder, sent)
    assert arrest.source.country == "ARM" and arrest.target is not None
    assert arrest.target.span.text == "the demonstrators in Yerevan"


def test_places_counted_people_acted_on_somewhere_are_named_with_the_place(coder):
    # "Armenian police detained dozens of demonstrators in Yerevan."
    sent = parsed([
        ("Armenian", "armenian", "ADJ", "amod", 1, "NORP"), ("police", "police", "NOUN", "nsubj", 2),
        ("detained", "detain", "VERB", "ROOT", 2), ("dozens", "dozen", "NOUN", "dobj", 2),
        ("of", "of", "ADP", "prep", 3), ("demonstrators", "demonstrator", "NOUN", "pobj", 4),
        ("in", "in", "ADP", "prep", 2), ("Yerevan", "Yerevan", "PROPN", "pobj", 6, "GPE"),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("NORP", 0, 0), ("GPE", 7, 7)])
    [arrest] = code_sentences(coder, sent)
    assert arrest.target is not None and arrest.target.span.text == "dozens of demonstrators in Yerevan"


def test_places_whom_a_threat_would_hit_is_named_with_where_they_are(coder):
    # "Iran threatened to shell the positions in Iraq." ("in Iraq" hangs on "shell", not "threatened")
    sent = parsed([
        ("Iran", "Iran", "PROPN", "nsubj", 1, "GPE"), ("threatened", "threaten", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3), ("shell", "shell", "VERB", "xcomp", 1), ("the", "the", "DET", "det", 5),
        ("positions", "position", "NOUN", "dobj", 3), ("in", "in", "ADP", "prep", 3),
        ("Iraq", "Iraq", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ])
    [threat] = [m for m in code_sentences(coder, sent) if m.cameo.code.startswith("13")]
    assert threat.target is not None and threat.target.span.text == "the positions in Iraq"


def test_places_a_target_of_force_is_named_with_where_it_is_unless_its_nationality_names_it(coder):
    # "Iraq shelled rebel positions in the city and its outskirts." -> the positions there;
    # "Iraq shelled a Syrian base in the city." -> "a Syrian base": the place only says where it was hit
    def shelled(words):
        return code_sentences(coder, parsed([
            ("Iraq", "Iraq", "PROPN", "nsubj", 1, "GPE"), ("shelled", "shell", "VERB", "ROOT", 1), *words,
        ]))[0]
    positions = shelled([
        ("rebel", "rebel", "NOUN", "compound", 3), ("positions", "position", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 6), ("city", "city", "NOUN", "pobj", 4),
        ("and", "and", "CCONJ", "cc", 6), ("its", "its", "PRON", "poss", 9),
        ("outskirts", "outskirts", "NOUN", "conj", 6), (".", ".", "PUNCT", "punct", 1)])
    assert positions.target is not None
    assert positions.target.span.text == "rebel positions in the city and its outskirts"
    base = shelled([
        ("a", "a", "DET", "det", 4), ("Syrian", "Syrian", "ADJ", "amod", 4, "NORP"),
        ("base", "base", "NOUN", "dobj", 1), ("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 7),
        ("city", "city", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1)])
    assert base.target is not None and base.target.span.text == "a Syrian base"


def test_places_people_aid_is_sought_for_are_named_with_where_they_are(coder):
    # "Jordan sought aid for refugees in Syria." ("in Syria" hangs on "aid")
    sent = parsed([
        ("Jordan", "Jordan", "PROPN", "nsubj", 1, "GPE"), ("sought", "seek", "VERB", "ROOT", 1),
        ("aid", "aid", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 2), ("refugees", "refugee", "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", 2), ("Syria", "Syria", "PROPN", "pobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ])
    [appeal] = code_sentences(coder, sent)
    assert appeal.target is not None and appeal.target.span.text == "refugees in Syria"


def test_places_a_state_restricting_its_own_ports_targets_the_ports(coder):
    # "Egypt imposed a blockade on Egyptian ports." -> the ports (in its own country), not no target
    sent = parsed([
        ("Egypt", "Egypt", "PROPN", "nsubj", 1, "GPE"), ("imposed", "impose", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("blockade", "blockade", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
        ("Egyptian", "Egyptian", "ADJ", "amod", 6, "NORP"), ("ports", "port", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ])
    [blockade] = [m for m in code_sentences(coder, sent) if m.cameo.code.startswith("17")]
    assert blockade.target is not None and blockade.target.span.text == "Egyptian ports"


def test_places_people_acted_on_in_a_place_named_by_a_common_noun_keep_it(coder):
    # "Armenian police detained protesters in the south of the country."
    sent = parsed([
        ("Armenian", "armenian", "ADJ", "amod", 1, "NORP"), ("police", "police", "NOUN", "nsubj", 2),
        ("detained", "detain", "VERB", "ROOT", 2), ("protesters", "protester", "NOUN", "dobj", 2),
        ("in", "in", "ADP", "prep", 2), ("the", "the", "DET", "det", 6), ("south", "south", "NOUN", "pobj", 4),
        ("of", "of", "ADP", "prep", 6), ("the", "the", "DET", "det", 9), ("country", "country", "NOUN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 2),
    ])
    [arrest] = code_sentences(coder, sent)
    assert arrest.target is not None and arrest.target.span.text == "protesters in the south of the country"


def test_places_a_ceasefire_holds_in_a_place(coder):
    # "Turkey has agreed to a ceasefire in Hodeidah.": the ceasefire is about Hodeidah, a place
    # the dictionaries do not know (a venue of talks would not be)
    sent = parsed([
        ("Turkey", "Turkey", "PROPN", "nsubj", 2, "GPE"), ("has", "have", "AUX", "aux", 2),
        ("agreed", "agree", "VERB", "ROOT", 2), ("to", "to", "ADP", "prep", 2), ("a", "a", "DET", "det", 5),
        ("ceasefire", "ceasefire", "NOUN", "pobj", 3), ("in", "in", "ADP", "prep", 5),
        ("Hodeidah", "Hodeidah", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("GPE", 0, 0), ("GPE", 7, 7)])
    [truce] = code_sentences(coder, sent)
    assert truce.source.country == "TUR" and truce.target is not None and truce.target.span.text == "Hodeidah"



def test_places_a_cessation_of_hostilities_is_a_truce_that_holds_somewhere(coder):
    # "Sudan declared a cessation of hostilities in Darfur."
    sent = parsed([
        ("Sudan", "Sudan", "PROPN", "nsubj", 1, "GPE"), ("declared", "declare", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("cessation", "cessation", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 3),
        ("hostilities", "hostility", "NOUN", "pobj", 4), ("in", "in", "ADP", "prep", 3),
        ("Darfur", "Darfur", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ])
    [truce] = code_sentences(coder, sent)
    assert truce.cameo.code == "0871" and truce.target is not None and truce.target.span.text == "Darfur"


def _killings(coder, word: str) -> list:
    """ "The cartel is responsible for killings <word> Mexico.": the 18x events coded."""
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("cartel", "cartel", "NOUN", "nsubj", 2), ("is", "be", "AUX", "ROOT", 2),
        ("responsible", "responsible", "ADJ", "acomp", 2), ("for", "for", "ADP", "prep", 3),
        ("killings", "killing", "NOUN", "pobj", 4), (word, word, "ADP", "prep", 5),
        ("Mexico", "Mexico", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("GPE", 7, 7)])
    return [m for m in code_sentences(coder, sent) if m.cameo.root == "18"]


def test_places_violence_named_by_a_noun_is_done_where_it_happened(coder):
    # "in Mexico", "throughout Mexico": the violence is done to Mexico
    for word in ("in", "throughout"):
        killings = _killings(coder, word)
        assert killings and all(m.target is not None and m.target.code == "MEX" for m in killings)


def test_places_a_ceasefire_holds_where_the_fighting_it_halts_is(coder):
    # "Sylvania announced a ceasefire initiative to halt the fighting in Marxburg."
    sent = parsed([
        ("Sylvania", "Sylvania", "PROPN", "nsubj", 1, "GPE"), ("announced", "announce", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4), ("ceasefire", "ceasefire", "NOUN", "compound", 4),
        ("initiative", "initiative", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 6), ("halt", "halt", "VERB", "acl", 4),
        ("the", "the", "DET", "det", 8), ("fighting", "fighting", "NOUN", "dobj", 6), ("in", "in", "ADP", "prep", 8),
        ("Marxburg", "Marxburg", "PROPN", "pobj", 9, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 10, 10)])
    truces = [m for m in code_sentences(coder, sent) if m.trigger.text == "announced"]
    assert truces and truces[0].target is not None and truces[0].target.span.text == "Marxburg"


def test_places_an_agreement_to_act_somewhere_is_about_that_place(coder):
    # "NATO allies agreed to extend their mission in the troubled republic."
    sent = parsed([
        ("NATO", "NATO", "PROPN", "compound", 1, "ORG"), ("allies", "ally", "NOUN", "nsubj", 3),
        ("have", "have", "AUX", "aux", 3), ("agreed", "agree", "VERB", "ROOT", 3),
        ("to", "to", "PART", "aux", 5), ("extend", "extend", "VERB", "xcomp", 3), ("their", "their", "PRON", "poss", 7),
        ("mission", "mission", "NOUN", "dobj", 5), ("in", "in", "ADP", "prep", 7), ("the", "the", "DET", "det", 11),
        ("troubled", "troubled", "ADJ", "amod", 11), ("republic", "republic", "NOUN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 3),
    ], ents=[("ORG", 0, 0)], tags={1: "NNS"})
    agreed = [m for m in code_sentences(coder, sent) if m.trigger.text == "agreed"]
    assert agreed and all(m.target is not None and m.target.span.text == "the troubled republic" for m in agreed)


def test_places_a_surrender_is_from_where_the_fighters_leave(coder):
    # "Sylvanian fighters surrendered from their last holdout in Syria."
    sent = parsed([
        ("Sylvanian", "sylvanian", "ADJ", "amod", 1, "NORP"), ("fighters", "fighter", "NOUN", "nsubj", 2),
        ("surrendered", "surrender", "VERB", "ROOT", 2), ("from", "from", "ADP", "prep", 2),
        ("their", "their", "PRON", "poss", 6), ("last", "last", "ADJ", "amod", 6), ("holdout", "holdout", "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", 6), ("Syria", "Syria", "PROPN", "pobj", 7, "GPE"),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("NORP", 0, 0), ("GPE", 8, 8)], tags={1: "NNS"})
    [surrender] = code_sentences(coder, sent)
    assert surrender.cameo.code.startswith("087") and surrender.target is not None
    assert surrender.target.country == "SYR"


def test_places_an_intended_retreat_is_from_where_its_controller_would_leave(coder):
    # "Honduras is willing to withdraw its troops from a buffer zone." -> the zone, though "withdraw" has no subject
    sent = parsed([
        ("Honduras", "Honduras", "PROPN", "nsubj", 1, "GPE"), ("is", "be", "AUX", "ROOT", 1),
        ("willing", "willing", "ADJ", "acomp", 1), ("to", "to", "PART", "aux", 4),
        ("withdraw", "withdraw", "VERB", "xcomp", 2), ("its", "its", "PRON", "poss", 6),
        ("troops", "troop", "NOUN", "dobj", 4), ("from", "from", "ADP", "prep", 4), ("a", "a", "DET", "det", 10),
        ("buffer", "buffer", "NOUN", "compound", 10), ("zone", "zone", "NOUN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0)], tags={6: "NNS"})
    [intent] = code_sentences(coder, sent)
    assert intent.cameo.root == "03"
    assert intent.target is not None and intent.target.span.text == "a buffer zone"


def test_places_an_agreed_truce_holds_where_the_fighting_it_stops_is_even_with_a_name_nearer(coder):
    # "Erdogan agreed to a ceasefire halting Turkey's incursion into Syria." -> Syria, not the incursion
    sent = parsed([
        ("Erdogan", "Erdogan", "PROPN", "nsubj", 1, "PERSON"), ("agreed", "agree", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1), ("a", "a", "DET", "det", 4), ("ceasefire", "ceasefire", "NOUN", "pobj", 2),
        ("halting", "halt", "VERB", "acl", 4), ("Turkey", "Turkey", "PROPN", "poss", 8, "GPE"),
        ("'s", "'s", "PART", "case", 6), ("incursion", "incursion", "NOUN", "dobj", 5), ("into", "into", "ADP", "prep", 8),
        ("Syria", "Syria", "PROPN", "pobj", 9, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("PERSON", 0, 0), ("GPE", 6, 6), ("GPE", 10, 10)], tags={1: "VBD", 5: "VBG"})
    [agreement] = [m for m in code_sentences(coder, sent) if m.cameo.root == "03"]
    assert agreement.target is not None and agreement.target.span.text == "Syria"
