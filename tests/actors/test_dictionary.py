from detente.actors.dictionary import ActorEntry, build_dictionary, finish_dictionary, people_plural
from detente.ontology.loader import load_ontology


def test_dictionary_entry_as_of_picks_the_first_range_holding_the_date():
    entry = ActorEntry(kind="country", country="ZBW", code="ZBW", name="Zimbabwe",
                       dated=(("", "1979-06-05", "RHO"), ("2010-01-09", "2010-01-12", "")))
    assert entry.as_of("1978-12-23").code == "RHO" and entry.as_of("1978-12-23").country == "RHO"
    assert entry.as_of("2001-01-01").code == "ZBW"
    assert entry.as_of("2010-01-10") is None  # no actor in that range
    assert entry.as_of(None) is entry


def test_dictionary_first_words_know_how_hyphenated_names_are_split():
    entry = ActorEntry(kind="org", country=None, code="IMGMOSALQ", name="Al-Qaeda")
    dictionary = finish_dictionary({"al-qaeda": entry}, {"foreign minister": "GOV"}, ambiguous=frozenset())
    assert dictionary.first_words["al"] == 3 and dictionary.first_words["al-qaeda"] == 3
    assert dictionary.first_words["foreign"] == 2 and dictionary.max_tokens == 3


def test_dictionary_a_states_agency_acts_for_the_state_in_its_sector():
    fbi = build_dictionary(load_ontology()).entries["fbi"]
    assert (fbi.country, fbi.sectors, fbi.code) == ("USA", ("COP",), "USACOPFBI")


def test_dictionary_finds_a_name_in_either_spelling():
    dictionary = build_dictionary(load_ontology())
    nato = dictionary.lookup("North Atlantic Treaty Organisation")
    assert nato is not None and nato.code == "IGOWSTNAT"
    assert dictionary.sector_of("Defence Ministry") == dictionary.sector_of("defense ministry")


def test_dictionary_names_a_states_people_by_the_plural_of_its_demonym():
    dictionary = build_dictionary(load_ontology())
    for plural, code in (("Syrians", "SYR"), ("Pakistanis", "PAK"), ("Turks", "TUR"), ("Americans", "USA")):
        entry = dictionary.lookup(plural)
        assert entry is not None and (entry.kind, entry.code) == ("people", code)
    # a country's own name is never taken over by a plural ("Lao" + "s")
    assert dictionary.lookup("Laos").kind == "country"
    # English uses the adjective itself for these peoples ("the French", "the Lebanese")
    assert [people_plural(word) for word in ("French", "Lebanese", "Swiss", "Polish")] == [None] * 4
