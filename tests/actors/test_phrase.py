import pytest

from detente.actors.dictionary import build_dictionary
from detente.actors.phrase import match_terms, resolve_phrase
from detente.nlp.tree import children_of
from detente.ontology.loader import load_ontology

from tests.parse_builder import parsed


@pytest.fixture(scope="module")
def dictionary():
    return build_dictionary(load_ontology())


def _resolve(sent, head, dictionary):
    return resolve_phrase(sent, head, dictionary=dictionary, matches=match_terms(sent, dictionary),
                          kids=children_of(sent.tokens))


def test_phrase_title_country_and_name(dictionary):
    # "Egyptian Foreign Minister Sameh Shoukry"
    sent = parsed([("Egyptian", "egyptian", "ADJ", "amod", 2, "NORP"), ("Foreign", "foreign", "PROPN", "compound", 2),
                   ("Minister", "minister", "PROPN", "compound", 4), ("Sameh", "sameh", "PROPN", "compound", 4, "PERSON"),
                   ("Shoukry", "shoukry", "PROPN", "ROOT", 4, "PERSON")], ents=[("PERSON", 3, 4)])
    actor = _resolve(sent, 4, dictionary)
    assert (actor.code, actor.country, actor.name) == ("EGYGOV", "EGY", "Sameh Shoukry")
    assert actor.span.text == "Egyptian Foreign Minister Sameh Shoukry"


def test_phrase_defence_minister_is_government_and_military(dictionary):
    sent = parsed([("Indian", "indian", "ADJ", "amod", 2), ("Defence", "defence", "PROPN", "compound", 2),
                   ("Minister", "minister", "PROPN", "ROOT", 2)])
    actor = _resolve(sent, 2, dictionary)
    assert actor.code == "INDGOV" and actor.sectors == ("GOV", "MIL")


def test_phrase_capital_speaks_for_government(dictionary):
    sent = parsed([("Tokyo", "tokyo", "PROPN", "ROOT", 0, "GPE")])
    assert _resolve(sent, 0, dictionary).code == "JPNGOV"


def test_phrase_think_tank_beats_city_deeper_in_apposition(dictionary):
    # "Jane Roe, a fellow at the Brookings Institution in Washington"
    sent = parsed([("Jane", "jane", "PROPN", "compound", 1, "PERSON"), ("Roe", "roe", "PROPN", "ROOT", 1, "PERSON"),
                   (",", ",", "PUNCT", "punct", 1), ("a", "a", "DET", "det", 4), ("fellow", "fellow", "NOUN", "appos", 1),
                   ("at", "at", "ADP", "prep", 4), ("the", "the", "DET", "det", 8),
                   ("Brookings", "brookings", "PROPN", "compound", 8, "ORG"),
                   ("Institution", "institution", "PROPN", "pobj", 5, "ORG"), ("in", "in", "ADP", "prep", 8),
                   ("Washington", "washington", "PROPN", "pobj", 9, "GPE")], ents=[("PERSON", 0, 1)])
    actor = _resolve(sent, 1, dictionary)
    assert actor.country == "USA" and "GOV" not in actor.sectors and actor.code != "USAGOV"


def test_phrase_news_outlet_is_never_an_actor(dictionary):
    sent = parsed([("Reuters", "reuters", "PROPN", "nsubj", 1, "ORG"), ("reported", "report", "VERB", "ROOT", 1)])
    assert _resolve(sent, 0, dictionary) is None


def test_phrase_lower_case_country_word_is_not_a_country(dictionary):
    sent = parsed([("fine", "fine", "ADJ", "amod", 1), ("china", "china", "NOUN", "ROOT", 1)])
    assert _resolve(sent, 1, dictionary) is None


def test_phrase_compose_code_adds_only_new_sectors():
    from detente.actors.dictionary import ActorEntry
    from detente.actors.phrase import compose_code

    white_house = ActorEntry(kind="actor", country="USA", code="USAGOV", name="White House")
    assert compose_code(white_house, ("GOV",)) == "USAGOV"
    assert compose_code(white_house, ("GOVMED",)) == "USAGOVMED"
    assert compose_code(ActorEntry(kind="country", country="ARN", code="ARN", name="Arnor"), ("GOVFRM",)) == "ARNGOVFRM"


def test_phrase_dated_entry_resolves_by_article_date():
    from detente.actors.dictionary import ActorEntry, finish_dictionary

    entry = ActorEntry(kind="country", country="HOB", code="HOB", name="Gollum",
                       dated=(("1995-06-01", "1999-08-15", "HOBGOV"),))
    dictionary = finish_dictionary({"gollum": entry}, {}, ambiguous=frozenset())
    sent = parsed([("Gollum", "gollum", "PROPN", "ROOT", 0)])
    matches = match_terms(sent, dictionary)
    kids = children_of(sent.tokens)
    assert resolve_phrase(sent, 0, dictionary=dictionary, matches=matches, kids=kids, date="1998-01-01").code == "HOBGOV"
    assert resolve_phrase(sent, 0, dictionary=dictionary, matches=matches, kids=kids, date="1990-01-01").code == "HOB"


def test_phrase_name_may_start_with_a_lower_case_article():
    from detente.actors.dictionary import ActorEntry, finish_dictionary

    entry = ActorEntry(kind="country", country="FRO", code="FRO", name="The Shire")
    dictionary = finish_dictionary({"the shire": entry}, {}, ambiguous=frozenset())
    sent = parsed([("from", "from", "ADP", "ROOT", 0), ("the", "the", "DET", "det", 2),
                   ("Shire", "shire", "PROPN", "pobj", 0)])
    assert [m.entry.code for m in match_terms(sent, dictionary)] == ["FRO"]


def test_phrase_where_a_thing_is_sent_says_nothing_of_whose_it_is(dictionary):
    # "a team of paratroopers to Lebanon" is not Lebanese
    sent = parsed([("a", "a", "DET", "det", 1), ("team", "team", "NOUN", "ROOT", 1), ("of", "of", "ADP", "prep", 1),
                   ("paratroopers", "paratrooper", "NOUN", "pobj", 2), ("to", "to", "ADP", "prep", 3),
                   ("Lebanon", "Lebanon", "PROPN", "pobj", 4, "GPE")])
    actor = _resolve(sent, 1, dictionary)
    assert actor is None or actor.country != "LBN"


def test_phrase_a_backed_force_is_not_its_backers(dictionary):
    # "Russia-backed separatist rebels" are rebels, not Russia
    sent = parsed([("Russia", "Russia", "PROPN", "npadvmod", 2, "GPE"), ("-", "-", "PUNCT", "punct", 2),
                   ("backed", "back", "VERB", "amod", 4), ("separatist", "separatist", "ADJ", "amod", 4),
                   ("rebels", "rebel", "NOUN", "ROOT", 4)], tags={2: "VBN"})
    actor = _resolve(sent, 4, dictionary)
    assert actor is None or actor.country != "RUS"


def test_phrase_a_place_in_a_country_is_named_whole(dictionary):
    # "the cities in Saudi Arabia": coded as Saudi Arabia, named as the cities
    sent = parsed([("the", "the", "DET", "det", 1), ("cities", "city", "NOUN", "ROOT", 1),
                   ("in", "in", "ADP", "prep", 1), ("Saudi", "Saudi", "PROPN", "compound", 4, "GPE"),
                   ("Arabia", "Arabia", "PROPN", "pobj", 2, "GPE")], ents=[("GPE", 3, 4)])
    actor = _resolve(sent, 1, dictionary)
    assert actor.country == "SAU" and actor.span.text == "the cities in Saudi Arabia"


def test_phrase_a_named_body_in_a_country_is_named_whole(dictionary):
    # "the Pirmasen Municipal Museum in Germany": the museum, in Germany
    sent = parsed([("the", "the", "DET", "det", 3, "ORG"), ("Pirmasen", "Pirmasen", "PROPN", "compound", 3, "ORG"),
                   ("Municipal", "Municipal", "PROPN", "compound", 3, "ORG"),
                   ("Museum", "Museum", "PROPN", "ROOT", 3, "ORG"), ("in", "in", "ADP", "prep", 3),
                   ("Germany", "Germany", "PROPN", "pobj", 4, "GPE")], ents=[("ORG", 0, 3), ("GPE", 5, 5)])
    actor = _resolve(sent, 3, dictionary)
    assert actor.country == "DEU" and actor.span.text == "the Pirmasen Municipal Museum in Germany"


def test_phrase_a_call_of_someone_is_named_whole(dictionary):
    # "the call of the European Parliament": coded as the Parliament, named as its call
    sent = parsed([("the", "the", "DET", "det", 1), ("call", "call", "NOUN", "ROOT", 1), ("of", "of", "ADP", "prep", 1),
                   ("the", "the", "DET", "det", 5, "ORG"), ("European", "European", "PROPN", "compound", 5, "ORG"),
                   ("Parliament", "Parliament", "PROPN", "pobj", 2, "ORG")], ents=[("ORG", 3, 5)])
    actor = _resolve(sent, 1, dictionary)
    assert actor.code is not None and actor.span.text == "the call of the European Parliament"


def test_phrase_name_may_start_with_a_lower_case_particle_but_not_be_lower_case():
    from detente.actors.dictionary import ActorEntry, finish_dictionary

    entry = ActorEntry(kind="org", country="MOR", code="MORREB", name="al Uruk in Mordor", org_kind="REB")
    dictionary = finish_dictionary({"al uruk in mordor": entry}, {}, ambiguous=frozenset())
    words = [("al", "al", "PROPN", "compound", 1), ("Uruk", "Uruk", "PROPN", "ROOT", 1),
             ("in", "in", "ADP", "prep", 1), ("Mordor", "Mordor", "PROPN", "pobj", 2)]
    assert [(m.start, m.end) for m in match_terms(parsed(words), dictionary)] == [(0, 4)]
    lower = [(w.lower(), *rest) for w, *rest in words]
    assert match_terms(parsed(lower), dictionary) == ()


def test_phrase_an_owned_stance_is_named_without_what_it_asks(dictionary):
    # "the Croatian government's request for revocation": the request, coded as its owner
    sent = parsed([("the", "the", "DET", "det", 2), ("Croatian", "Croatian", "ADJ", "amod", 2, "NORP"),
                   ("government", "government", "NOUN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                   ("request", "request", "NOUN", "ROOT", 4), ("for", "for", "ADP", "prep", 4),
                   ("revocation", "revocation", "NOUN", "pobj", 5)])
    actor = _resolve(sent, 4, dictionary)
    assert actor.country == "HRV" and actor.span.text == "the Croatian government's request"


def test_phrase_an_outlet_in_a_title_before_a_name_stays_in_the_name(dictionary):
    # "Al Jazeera journalist Mahmoud Hussein": the outlet is no actor, but part of who he is
    sent = parsed([("Al", "Al", "PROPN", "compound", 1, "ORG"), ("Jazeera", "Jazeera", "PROPN", "compound", 2, "ORG"),
                   ("journalist", "journalist", "NOUN", "compound", 4),
                   ("Mahmoud", "Mahmoud", "PROPN", "compound", 4, "PERSON"),
                   ("Hussein", "Hussein", "PROPN", "ROOT", 4, "PERSON")], ents=[("ORG", 0, 1), ("PERSON", 3, 4)])
    actor = _resolve(sent, 4, dictionary)
    assert actor is not None and actor.span.text == "Al Jazeera journalist Mahmoud Hussein"
