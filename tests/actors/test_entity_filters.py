"""Tests for detente.actors.entity_filters: surface rules on names."""

from detente.actors.entity_filters import (
    COORDINATES, kind_by_form, lower_prefix, names_a_people, names_event_or_text, names_facility, names_vessel,
    transcript_label,
)
from tests.parse_builder import parsed


def test_entity_filters_operations_and_documents_are_named_by_their_first_or_last_word():
    assert names_event_or_text("Operation Steel Curtain") and names_event_or_text("the Geneva Communique")
    assert not names_event_or_text("the Geneva Office") and not names_event_or_text("Accord")
    # numbered, plural, or with an "of" phrase after the head
    assert names_event_or_text("the UN Security Council Resolutions 2254")
    assert names_event_or_text("The Yazidi Book of Revelation") and names_event_or_text("the Cessation of Hostilities")
    assert not names_event_or_text("the Council of Europe") and not names_event_or_text("Unit 8200")


def test_entity_filters_peoples_are_named_like_peoples():
    assert all(names_a_people(w) for w in ("Syrian", "Yemeni", "Kurdish", "Alawite", "Islamist", "French", "Shia"))
    assert not any(names_a_people(w) for w in ("Aleppo", "Samarra", "Abu Ghadiya"))
    assert lower_prefix("intra-Syrian") == len("intra-") and lower_prefix("Afro-Asian") == 0


def test_entity_filters_ships_and_coordinates():
    assert names_vessel("HMS Daring", frozenset()) and names_vessel("Forbin", frozenset({"Forbin"}))
    assert not names_vessel("Forbin", frozenset())
    found = [m.group() for m in COORDINATES.finditer("at 33°47′N 44°30′E (33.783; 44.500), score 12; 13")]
    assert found == ["33°47′N 44°30′E", "33.783; 44.500"]


def test_entity_filters_buildings_works_and_waters_are_named_by_their_last_word():
    assert names_facility("the Ishtar Gate") and names_facility("Al Assad University Hospital")
    assert not names_facility("Gate") and not names_facility("the Islamic State")


def test_entity_filters_a_names_own_words_can_overrule_the_model():
    assert kind_by_form("Foreign Office Minister", "Organisation") == "Person"  # a post
    assert kind_by_form("Monotheism Supporters Brigades", "Person") == "Organisation"  # a body
    assert kind_by_form("Abu Ghadiya", "Location") == "Person"  # a kunya
    assert kind_by_form("Foreign Office", "Organisation") == "Organisation"
    assert kind_by_form("Minister", "Organisation") == "Organisation"  # one word: no evidence
    assert kind_by_form("the US Secretary of State", "Organisation") == "Person"  # a title heading its remit
    assert kind_by_form("the Ministry of Defence", "Organisation") == "Organisation"
    assert kind_by_form("UN High Commissioner for Refugees", "Organisation") == "Person"


def test_entity_filters_a_transcript_turn_label_is_no_one():
    # "QUESTION: Secretary Kerry, did you discuss Aleppo?" / "MOSCOW: ..." stays a name
    label = parsed([("QUESTION", "question", "PROPN", "ROOT", 0), (":", ":", "PUNCT", "punct", 0),
                    ("Kerry", "Kerry", "PROPN", "appos", 0)])
    assert transcript_label(label, 0, 8)
    place = parsed([("MOSCOW", "Moscow", "PROPN", "ROOT", 0), (":", ":", "PUNCT", "punct", 0)])
    assert not transcript_label(place, 0, 6)


def test_entity_filters_a_field_label_before_its_value_is_no_one():
    # "Frequency: 12130 MHz" in a listing; "Kerry: we agreed" is a speaker, not a field
    field = parsed([("Frequency", "frequency", "PROPN", "ROOT", 0), (":", ":", "PUNCT", "punct", 0),
                    ("12130", "12130", "NUM", "appos", 0)])
    assert transcript_label(field, 0, 9)
    speaker = parsed([("Kerry", "Kerry", "PROPN", "ROOT", 0), (":", ":", "PUNCT", "punct", 0),
                      ("we", "we", "PRON", "appos", 0)])
    assert not transcript_label(speaker, 0, 5)
