"""Tests for detente.actors.noun_phrase: where an actor's phrase begins and ends."""

from dataclasses import replace

from detente.actors.noun_phrase import np_span
from detente.nlp.tree import children_of

from tests.parse_builder import parsed



# "A court in Istanbul on Monday rejected the decision to free the Nigerian
# Air Force (NAF) officers based in Vitez."
COURT = parsed([
    ("A", "a", "DET", "det", 1), ("court", "court", "NOUN", "nsubj", 6), ("in", "in", "ADP", "prep", 1),
    ("Istanbul", "Istanbul", "PROPN", "pobj", 2, "GPE"), ("on", "on", "ADP", "prep", 1),
    ("Monday", "Monday", "PROPN", "pobj", 4, "DATE"), ("rejected", "reject", "VERB", "ROOT", 6),
    ("the", "the", "DET", "det", 8), ("decision", "decision", "NOUN", "dobj", 6), ("to", "to", "PART", "aux", 10),
    ("free", "free", "VERB", "acl", 8), ("the", "the", "DET", "det", 18, "ORG"),
    ("Nigerian", "Nigerian", "PROPN", "compound", 14, "ORG"), ("Air", "Air", "PROPN", "compound", 14, "ORG"),
    ("Force", "Force", "PROPN", "nmod", 18, "ORG"), ("(", "(", "PUNCT", "punct", 14),
    ("NAF", "NAF", "PROPN", "appos", 14, "ORG"), (")", ")", "PUNCT", "punct", 18),
    ("officers", "officer", "NOUN", "dobj", 10), ("based", "base", "VERB", "acl", 18), ("in", "in", "ADP", "prep", 19),
    ("Vitez", "Vitez", "PROPN", "pobj", 20, "LOC"), (".", ".", "PUNCT", "punct", 6),
], tags={10: "VB", 19: "VBN"})


def _phrase(sent, head):
    return np_span(sent, children_of(sent.tokens), head).text


def test_np_keeps_place_drops_time():
    # the place says which court; the day is when it acted
    assert _phrase(COURT, 1) == "A court in Istanbul"


def test_np_drops_the_content_clause_of_a_thing():
    # what was decided is not part of who decided or was rejected
    assert _phrase(COURT, 8) == "the decision"


def test_np_keeps_participle_modifiers_and_closes_brackets():
    assert _phrase(COURT, 18) == "the Nigerian Air Force( NAF) officers based in Vitez"
    # the acronym's closing bracket hangs off another word, but belongs to the name
    assert _phrase(COURT, 14) == "Nigerian Air Force( NAF)"


def test_np_place_named_through_its_of_phrase():
    # "British forces based in the central Bosnian city of Vitez"
    sent = parsed([
        ("British", "british", "ADJ", "amod", 1, "NORP"), ("forces", "force", "NOUN", "ROOT", 1),
        ("based", "base", "VERB", "acl", 1), ("in", "in", "ADP", "prep", 2), ("the", "the", "DET", "det", 7),
        ("central", "central", "ADJ", "amod", 7), ("Bosnian", "bosnian", "ADJ", "amod", 7, "NORP"),
        ("city", "city", "NOUN", "pobj", 3), ("of", "of", "ADP", "prep", 7), ("Vitez", "Vitez", "PROPN", "pobj", 8),
    ], tags={2: "VBN"})
    assert _phrase(sent, 1) == "British forces based in the central Bosnian city of Vitez"


def test_np_drops_a_participle_that_keeps_nothing_and_a_month():
    # "Somalia's decisions taken at the meeting", "refugees in May", "a team to Detroit"
    decisions = parsed([
        ("Somalia", "Somalia", "PROPN", "poss", 2, "GPE"), ("'s", "'s", "PART", "case", 0),
        ("decisions", "decision", "NOUN", "ROOT", 2), ("taken", "take", "VERB", "acl", 2),
        ("at", "at", "ADP", "prep", 3), ("the", "the", "DET", "det", 6), ("meeting", "meeting", "NOUN", "pobj", 4),
    ], tags={3: "VBN"})
    assert _phrase(decisions, 2) == "Somalia's decisions"
    refugees = parsed([("refugees", "refugee", "NOUN", "ROOT", 0), ("in", "in", "ADP", "prep", 0),
                       ("May", "May", "PROPN", "pobj", 1)])
    assert _phrase(refugees, 0) == "refugees"
    team = parsed([("a", "a", "DET", "det", 1), ("team", "team", "NOUN", "ROOT", 1), ("to", "to", "ADP", "prep", 1),
                   ("Detroit", "Detroit", "PROPN", "pobj", 2, "GPE")])
    assert _phrase(team, 1) == "a team"


def test_np_keeps_the_backer_of_a_backed_force_and_drops_what_a_name_is_accused_of():
    backed = parsed([("US", "US", "PROPN", "npadvmod", 2, "GPE"), ("-", "-", "PUNCT", "punct", 2),
                     ("backed", "back", "VERB", "amod", 3), ("forces", "force", "NOUN", "ROOT", 3)], tags={2: "VBN"})
    assert _phrase(backed, 3) == "US- backed forces"  # the builder joins tokens with spaces
    accused = parsed([("the", "the", "DET", "det", 1), ("US", "US", "PROPN", "ROOT", 1, "GPE"),
                      ("of", "of", "ADP", "prep", 1), ("genocide", "genocide", "NOUN", "pobj", 2)])
    assert _phrase(accused, 1) == "the US"
    korea = parsed([("the", "the", "DET", "det", 1), ("Republic", "Republic", "PROPN", "ROOT", 1),
                    ("of", "of", "ADP", "prep", 1), ("Korea", "Korea", "PROPN", "pobj", 2, "GPE")])
    assert _phrase(korea, 1) == "the Republic of Korea"


def test_np_an_ing_clause_is_what_someone_does_not_who_they_are():
    # "households using funds donated to the appeal", "barred the mayor from holding office"
    households = parsed([("households", "household", "NOUN", "ROOT", 0), ("using", "use", "VERB", "acl", 0),
                         ("funds", "fund", "NOUN", "dobj", 1)], tags={1: "VBG"})
    assert _phrase(households, 0) == "households"
    mayor = parsed([("the", "the", "DET", "det", 1), ("mayor", "mayor", "NOUN", "ROOT", 1),
                    ("from", "from", "ADP", "prep", 1), ("holding", "hold", "VERB", "pcomp", 2),
                    ("office", "office", "NOUN", "dobj", 3)], tags={3: "VBG"})
    assert _phrase(mayor, 1) == "the mayor"


def test_np_a_list_item_does_not_run_into_the_next_one():
    # "sanctions on Mike Pompeo, Alex Azar, and Steve Bannon, along with others"
    sent = parsed([
        ("sanctions", "sanction", "NOUN", "ROOT", 0), ("on", "on", "ADP", "prep", 0),
        ("Mike", "Mike", "PROPN", "compound", 3, "PERSON"), ("Pompeo", "Pompeo", "PROPN", "pobj", 1, "PERSON"),
        (",", ",", "PUNCT", "punct", 3), ("Alex", "Alex", "PROPN", "compound", 6, "PERSON"),
        ("Azar", "Azar", "PROPN", "conj", 3, "PERSON"), (",", ",", "PUNCT", "punct", 3),
        ("and", "and", "CCONJ", "cc", 3), ("Steve", "Steve", "PROPN", "compound", 10, "PERSON"),
        ("Bannon", "Bannon", "PROPN", "conj", 3, "PERSON"), (",", ",", "PUNCT", "punct", 3),
        ("along", "along", "ADP", "prep", 0), ("with", "with", "ADP", "prep", 12),
        ("others", "other", "NOUN", "pobj", 13),
    ])
    assert _phrase(sent, 3) == "Mike Pompeo"


def test_np_a_role_in_apposition_keeps_whom_it_serves():
    # "Kristina Baum, a spokesperson for the White House, declined to comment."
    sent = parsed([
        ("Kristina", "Kristina", "PROPN", "compound", 1, "PERSON"), ("Baum", "Baum", "PROPN", "nsubj", 10, "PERSON"),
        (",", ",", "PUNCT", "punct", 1), ("a", "a", "DET", "det", 4), ("spokesperson", "spokesperson", "NOUN", "appos", 1),
        ("for", "for", "ADP", "prep", 4), ("the", "the", "DET", "det", 8, "ORG"),
        ("White", "White", "PROPN", "compound", 8, "ORG"), ("House", "House", "PROPN", "pobj", 5, "ORG"),
        (",", ",", "PUNCT", "punct", 1), ("declined", "decline", "VERB", "ROOT", 10), ("to", "to", "PART", "aux", 12),
        ("comment", "comment", "VERB", "xcomp", 10), (".", ".", "PUNCT", "punct", 10),
    ])
    assert _phrase(sent, 1) == "Kristina Baum, a spokesperson for the White House"


def test_np_a_named_place_leaves_its_description_out():
    # "ties with Bhutan, a Buddhist nation": the name is the actor, the apposition describes it
    sent = parsed([("ties", "tie", "NOUN", "ROOT", 0), ("with", "with", "ADP", "prep", 0),
                   ("Bhutan", "Bhutan", "PROPN", "pobj", 1, "GPE"), (",", ",", "PUNCT", "punct", 2),
                   ("a", "a", "DET", "det", 6), ("Buddhist", "buddhist", "ADJ", "amod", 6, "NORP"),
                   ("nation", "nation", "NOUN", "appos", 2)])
    assert _phrase(sent, 2) == "Bhutan"


def test_np_a_nationality_says_who_so_a_city_is_only_where():
    # "summoned the Chinese ambassador in Berlin" / "attacked the Iraqi embassy in Kabul"
    sent = parsed([("summoned", "summon", "VERB", "ROOT", 0), ("the", "the", "DET", "det", 3),
                   ("Chinese", "chinese", "ADJ", "amod", 3, "NORP"), ("ambassador", "ambassador", "NOUN", "dobj", 0),
                   ("in", "in", "ADP", "prep", 3), ("Berlin", "Berlin", "PROPN", "pobj", 4, "GPE")])
    assert _phrase(sent, 3) == "the Chinese ambassador"
    embassy = parsed([("attacked", "attack", "VERB", "ROOT", 0), ("the", "the", "DET", "det", 3),
                      ("Iraqi", "iraqi", "ADJ", "amod", 3, "NORP"), ("embassy", "embassy", "NOUN", "dobj", 0),
                      ("in", "in", "ADP", "prep", 3), ("Kabul", "Kabul", "PROPN", "pobj", 4, "GPE")])
    assert _phrase(embassy, 3) == "the Iraqi embassy in Kabul"
    # the state named as owner says who just as well: "Germany's envoy in Warsaw"
    envoy = parsed([("summoned", "summon", "VERB", "ROOT", 0), ("Germany", "Germany", "PROPN", "poss", 3, "GPE"),
                    ("'s", "'s", "PART", "case", 1), ("envoy", "envoy", "NOUN", "dobj", 0),
                    ("in", "in", "ADP", "prep", 3), ("Warsaw", "Warsaw", "PROPN", "pobj", 4, "GPE")])
    assert _phrase(envoy, 3) == "Germany's envoy"


def test_np_a_region_named_by_a_name_is_a_place_that_identifies():
    # "military positions in the Asir region"
    sent = parsed([("military", "military", "ADJ", "amod", 1), ("positions", "position", "NOUN", "ROOT", 1),
                   ("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
                   ("Asir", "Asir", "PROPN", "compound", 5), ("region", "region", "NOUN", "pobj", 2)])
    assert _phrase(sent, 1) == "military positions in the Asir region"


def test_noun_phrase_a_leading_date_is_not_part_of_who():
    # "On 17 July 2017 Russia's Supreme Court rejected an appeal." - the day is a modifier of the court
    sent = parsed([("On", "on", "ADP", "prep", 8), ("17", "17", "NUM", "nummod", 7, "DATE"),
                   ("July", "July", "PROPN", "npadvmod", 1, "DATE"), ("2017", "2017", "NUM", "nummod", 2, "DATE"),
                   ("Russia", "Russia", "PROPN", "poss", 7, "GPE"), ("'s", "'s", "PART", "case", 4),
                   ("Supreme", "Supreme", "PROPN", "compound", 7, "ORG"), ("Court", "Court", "PROPN", "nsubj", 8, "ORG"),
                   ("rejected", "reject", "VERB", "ROOT", 8)])
    assert np_span(sent, children_of(sent.tokens), 7).text == "Russia's Supreme Court"


def test_np_what_people_are_at_is_a_place_when_it_lies_in_a_named_place():
    # "workers at a mine in Peru went on strike"; "workers at a meeting" are not placed by it
    def workers_at(noun, lemma, place):
        rows = [("workers", "worker", "NOUN", "nsubj", 6), ("at", "at", "ADP", "prep", 0), ("a", "a", "DET", "det", 3),
                (noun, lemma, "NOUN", "pobj", 1)]
        rows += [("in", "in", "ADP", "prep", 3), ("Peru", "Peru", "PROPN", "pobj", 4, "GPE")] if place else \
            [("today", "today", "NOUN", "npadvmod", 6), ("then", "then", "ADV", "advmod", 6)]
        rows += [("struck", "strike", "VERB", "ROOT", 6)]
        return _phrase(parsed(rows), 0)

    assert workers_at("mine", "mine", place=True) == "workers at a mine in Peru"
    assert workers_at("meeting", "meeting", place=False) == "workers"


def test_np_an_apposition_after_a_listed_item_does_not_pull_the_list_into_the_first_item():
    # "shelled a village and nearby farms in Gondor, the last area outside its control"
    sent = parsed([
        ("shelled", "shell", "VERB", "ROOT", 0), ("a", "a", "DET", "det", 2), ("village", "village", "NOUN", "dobj", 0),
        ("and", "and", "CCONJ", "cc", 2), ("nearby", "nearby", "ADJ", "amod", 5), ("farms", "farm", "NOUN", "conj", 2),
        ("in", "in", "ADP", "prep", 5), ("Gondor", "Gondor", "PROPN", "pobj", 6, "GPE"),
        (",", ",", "PUNCT", "punct", 2),
        ("the", "the", "DET", "det", 11), ("last", "last", "ADJ", "amod", 11), ("area", "area", "NOUN", "appos", 2),
    ])
    assert _phrase(sent, 2) == "a village"
    assert _phrase(sent, 5) == "nearby farms in Gondor"


def test_np_what_someone_is_accused_of_is_not_part_of_who_they_are():
    def accused(verb, lemma):
        return _phrase(parsed([
            ("Rohan", "Rohan", "PROPN", "nsubj", 1, "GPE"), (verb, lemma, "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 4), ("Gondorian", "gondorian", "ADJ", "amod", 4, "NORP"),
            ("army", "army", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 4),
            ("massacres", "massacre", "NOUN", "pobj", 5),
        ]), 4)

    assert accused("accused", "accuse") == "the Gondorian army"
    assert accused("praised", "praise") == "the Gondorian army of massacres"  # no charge: the parse's phrase


def test_np_a_group_tied_to_someone_is_named_with_whom():
    # "militias linked to Iran": the tie says who they are, as "based in Vitez" says where
    militias = parsed([("militias", "militia", "NOUN", "ROOT", 0), ("linked", "link", "VERB", "acl", 0),
                       ("to", "to", "ADP", "prep", 1), ("Iran", "Iran", "PROPN", "pobj", 2, "GPE")], tags={1: "VBN"})
    assert _phrase(militias, 0) == "militias linked to Iran"
    groups = parsed([("groups", "group", "NOUN", "ROOT", 0), ("affiliated", "affiliate", "VERB", "acl", 0),
                     ("with", "with", "ADP", "prep", 1), ("Hamas", "Hamas", "PROPN", "pobj", 2, "ORG")],
                    tags={1: "VBN"})
    assert _phrase(groups, 0) == "groups affiliated with Hamas"


def test_np_a_body_named_with_a_for_phrase_keeps_it():
    # "The Department for International Development": the model's one ORG name; "a request for talks" is not
    dept = parsed([("The", "the", "DET", "det", 1, "ORG"), ("Department", "Department", "PROPN", "ROOT", 1, "ORG"),
                   ("for", "for", "ADP", "prep", 1, "ORG"),
                   ("International", "International", "PROPN", "compound", 4, "ORG"),
                   ("Development", "Development", "PROPN", "pobj", 2, "ORG")], ents=[("ORG", 0, 4)])
    dept = replace(dept, tokens=tuple(replace(t, ent_iob="B" if t.i == 0 else "I") for t in dept.tokens))
    assert _phrase(dept, 1) == "The Department for International Development"
    request = parsed([("a", "a", "DET", "det", 1), ("request", "request", "NOUN", "ROOT", 1),
                      ("for", "for", "ADP", "prep", 1), ("talks", "talk", "NOUN", "pobj", 2)])
    assert _phrase(request, 1) == "a request"


def test_np_an_adjective_after_the_noun_says_what_they_did_unless_it_ties_them():
    # "entities responsible for violations" -> "entities"; "rebels loyal to Machar" -> the whole
    entities = parsed([("entities", "entity", "NOUN", "ROOT", 0), ("responsible", "responsible", "ADJ", "amod", 0),
                       ("for", "for", "ADP", "prep", 1), ("violations", "violation", "NOUN", "pobj", 2)])
    assert _phrase(entities, 0) == "entities"
    rebels = parsed([("rebels", "rebel", "NOUN", "ROOT", 0), ("loyal", "loyal", "ADJ", "amod", 0),
                     ("to", "to", "ADP", "prep", 1), ("Machar", "Machar", "PROPN", "pobj", 2, "PERSON")])
    assert _phrase(rebels, 0) == "rebels loyal to Machar"


def test_np_a_people_without_a_state_is_named_with_where_they_are():
    # "Kurdish fighters in Syria" keep the place; "Ukrainian forces in Crimea" are named by their state
    def fighters(adjective: str, noun: str, place: str) -> str:
        sent = parsed([(adjective, adjective, "ADJ", "amod", 1, "NORP"), (noun, noun, "NOUN", "ROOT", 1),
                       ("in", "in", "ADP", "prep", 1), (place, place, "PROPN", "pobj", 2, "GPE")])
        return _phrase(sent, 1)
    assert fighters("Kurdish", "fighters", "Syria") == "Kurdish fighters in Syria"
    assert fighters("Ukrainian", "forces", "Crimea") == "Ukrainian forces"


def test_np_people_named_by_whom_they_work_for_keep_it():
    # "two inspectors for the agency" (a person noun outside the title words), not "aid for the agency"
    def phrase(noun: str, lemma: str) -> str:
        sent = parsed([("two", "two", "NUM", "nummod", 1), (noun, lemma, "NOUN", "ROOT", 1),
                       ("for", "for", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
                       ("agency", "agency", "NOUN", "pobj", 2)])
        return _phrase(sent, 1)
    assert phrase("inspectors", "inspector") == "two inspectors for the agency"
    assert phrase("shipments", "shipment") == "two shipments"


def test_np_a_participle_set_off_by_commas_tells_of_them_unless_it_says_who_backs_them():
    # "fishermen, held captive in Libya," -> "fishermen"; "soldiers, supported by militias," keeps its backers
    def phrase(noun: str, verb: str, lemma: str, prep: str, obj: str) -> str:
        sent = parsed([(noun, noun, "NOUN", "ROOT", 0), (",", ",", "PUNCT", "punct", 0),
                       (verb, lemma, "VERB", "acl", 0), (prep, prep, "ADP", "agent" if prep == "by" else "prep", 2),
                       (obj, obj, "PROPN", "pobj", 3, "GPE")], tags={2: "VBN"})
        return _phrase(sent, 0)
    assert phrase("fishermen", "held", "hold", "in", "Libya") == "fishermen"
    assert phrase("soldiers", "supported", "support", "by", "Iran") == "soldiers, supported by Iran"


def test_np_people_named_only_by_their_relative_clause_keep_it():
    # "aid to those who fled the war"; not a set-off clause ("people, who ...") nor one on a named group
    def sent(head_word, comma):
        words = [("aid", "aid", "NOUN", "ROOT", 0), ("to", "to", "ADP", "prep", 0),
                 (head_word, head_word, "PRON" if head_word == "those" else "NOUN", "pobj", 1)]
        if comma:
            words.append((",", ",", "PUNCT", "punct", 2))
        at = len(words)
        words += [("who", "who", "PRON", "nsubj", at + 1), ("fled", "flee", "VERB", "relcl", 2),
                  ("the", "the", "DET", "det", at + 3), ("war", "war", "NOUN", "dobj", at + 1)]
        return parsed(words, tags={at: "WP", at + 1: "VBD"})
    assert _phrase(sent("those", comma=False), 2) == "those who fled the war"
    assert _phrase(sent("people", comma=True), 2) == "people"
    assert _phrase(sent("farmers", comma=False), 2) == "farmers"


def test_np_a_participle_that_gives_the_name_is_part_of_it():
    # "a group known as the White Helmets"; not a name's own verb ("Erdogan called Trump" read as a participle)
    sent = parsed([("a", "a", "DET", "det", 1), ("group", "group", "NOUN", "ROOT", 1),
                   ("known", "know", "VERB", "acl", 1), ("as", "as", "ADP", "prep", 2),
                   ("the", "the", "DET", "det", 6), ("White", "White", "PROPN", "compound", 6),
                   ("Helmets", "Helmets", "PROPN", "pobj", 3)], tags={2: "VBN"})
    assert _phrase(sent, 1) == "a group known as the White Helmets"
    verb = parsed([("Erdogan", "Erdogan", "PROPN", "ROOT", 0, "PERSON"), ("called", "call", "VERB", "acl", 0),
                   ("Trump", "Trump", "PROPN", "oprd", 1, "PERSON")], tags={1: "VBN"})
    assert _phrase(verb, 0) == "Erdogan"


def test_np_places_listed_in_a_place_nouns_of_phrase_are_one_place():
    # "camps in the area of Parcha and Lalpura"; a listed thing after a name is its own item
    def sent(last, pos):
        return parsed([("camps", "camp", "NOUN", "ROOT", 0), ("in", "in", "ADP", "prep", 0),
                       ("the", "the", "DET", "det", 3), ("area", "area", "NOUN", "pobj", 1),
                       ("of", "of", "ADP", "prep", 3), ("Parcha", "Parcha", "PROPN", "pobj", 4, "GPE"),
                       ("and", "and", "CCONJ", "cc", 5), (last, last.lower(), pos, "conj", 5)])
    assert _phrase(sent("Lalpura", "PROPN"), 0) == "camps in the area of Parcha and Lalpura"
    assert _phrase(sent("bases", "NOUN"), 0) == "camps in the area of Parcha"
