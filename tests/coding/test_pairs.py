"""Tests for detente.coding.pairs: which (source, target) pairs a predicate's sides code."""

from dataclasses import replace

from detente.coding.pairs import PLACE_OF_ACT, actor_pairs, fill_counterparts, same_actor
from detente.types import ActorMention, Span


def actor(text: str, code: str | None, country: str | None, sectors: tuple[str, ...] = ()) -> ActorMention:
    return ActorMention(article_id="a1", sentence_index=0, span=Span(0, len(text), text, "ACTOR"), code=code,
                        country=country, sectors=sectors)


PAK = actor("Pakistan", "PAK", "PAK")
RUS = actor("Russia", "RUS", "RUS")
INDIA_GOV = actor("New Delhi", "INDGOV", "IND", ("GOV",))
INDIA = actor("India", "IND", "IND")
INDIA_OPP = actor("the Indian opposition", "INDOPP", "IND", ("OPP",))


def test_pairs_reciprocal_compound_subject_codes_both_ways():
    assert actor_pairs([PAK, RUS], [], reciprocal=True) == [(PAK, RUS), (RUS, PAK)]


def test_pairs_never_the_same_state_on_both_sides():
    assert same_actor(INDIA, INDIA_GOV)
    assert actor_pairs([INDIA], [INDIA_GOV], reciprocal=False) == [(INDIA, None)]  # the act stays, one-sided


def test_pairs_two_parts_of_one_state_may_face_each_other():
    assert not same_actor(INDIA_GOV, INDIA_OPP)
    assert actor_pairs([INDIA_GOV], [INDIA_OPP, PAK], reciprocal=False) == [(INDIA_GOV, INDIA_OPP), (INDIA_GOV, PAK)]


def test_pairs_counterpart_takes_the_other_sides_office():
    lavrov = actor("Lavrov", "RUSGOV", "RUS", ("GOV",))
    counterpart = actor("his Pakistani counterpart", "PAK", "PAK")
    filled = fill_counterparts([lavrov, counterpart])
    assert filled[1].code == "PAKGOV" and filled[1].sectors == ("GOV",)


def test_pairs_a_described_person_of_a_state_is_not_the_state_itself():
    # "Turkish police detained the Turkey head of rights group Amnesty ...":
    # the sector-less side names someone inside Turkey, not Turkey.
    police = actor("Turkish police", "TURCOP", "TUR", ("COP",))
    head = actor("the Turkey head of rights group Amnesty International", "TUR", "TUR")
    assert not same_actor(police, head)
    assert same_actor(police, actor("Turkey", "TUR", "TUR"))
    assert same_actor(actor("the United States", "USA", "USA"), actor("Washington", "USAGOV", "USA", ("GOV",)))


def test_pairs_a_known_person_is_not_the_state_itself():
    # "Ukraine has imposed sanctions on former President Viktor Yanukovich"
    yanukovych = ActorMention(article_id="a1", sentence_index=0, span=Span(0, 8, "Yanukovich", "ACTOR"),
                              code="UKRGOV", country="UKR", sectors=("GOV",), entity_id="viktor-yanukovych")
    assert not same_actor(actor("Ukraine", "UKR", "UKR"), yanukovych)


def test_pairs_two_known_people_of_one_government_are_two_actors():
    # "President Rivlin eased parole restrictions on ex-prime minister Olmert"
    from dataclasses import replace
    rivlin = replace(actor("President Reuven Rivlin", "ISRGOV", "ISR", ("GOV",)), entity_id="reuven-rivlin")
    olmert = replace(actor("ex-prime minister Ehud Olmert", "ISRGOV", "ISR", ("GOV",)), entity_id="ehud-olmert")
    assert not same_actor(rivlin, olmert)
    assert same_actor(rivlin, replace(rivlin, span=Span(40, 46, "Rivlin", "ACTOR")))  # one person named twice
    assert same_actor(actor("Israeli officials", "ISRGOV", "ISR", ("GOV",)), rivlin)  # no name: the same side


def test_pairs_a_rebel_group_is_not_the_state_it_fights_in():
    # "The Taliban agreed to a ceasefire in Afghanistan": the group acts on its own country.
    rebels = actor("Afghan Taliban", "AFGINSTAL", "AFG", ("REB",))
    assert not same_actor(rebels, actor("Afghanistan", "AFG", "AFG"))
    assert same_actor(actor("the Afghan army", "AFGMIL", "AFG", ("MIL",)), actor("Afghanistan", "AFG", "AFG"))


def test_pairs_a_former_office_holder_is_not_todays_office():
    # "Israel's president lifted restrictions on former Prime Minister Ehud Olmert": both code
    # ISRGOV, but the former prime minister is not the office that acts
    president = actor("Israel's president", "ISRGOV", "ISR", ("GOV",))
    olmert = ActorMention(article_id="a1", sentence_index=0, span=Span(0, 33, "former Prime Minister Ehud Olmert",
                          "ACTOR"), code="ISRGOV", country="ISR", sectors=("GOV",), entity_id="ehud-olmert")
    assert not same_actor(president, olmert)
    assert same_actor(president, actor("the Israeli government", "ISRGOV", "ISR", ("GOV",)))


def test_pairs_a_body_known_by_its_own_name_is_not_the_states_organ():
    regional = actor("the Kurdistan Regional Government", "IRQGOVKRG", "IRQ", ("GOV",))
    federal = actor("the Iraqi government", "IRQGOV", "IRQ", ("GOV",))
    assert not same_actor(regional, federal)
    assert same_actor(federal, actor("Baghdad", "IRQGOV", "IRQ", ("GOV",)))


def test_pairs_a_state_acting_on_a_place_in_its_own_country_has_that_place_as_target():
    # "India imposed a curfew in Srinagar": the place as where the act is done, not India on India
    srinagar = replace(actor("Srinagar", "IND", "IND"), method=PLACE_OF_ACT)
    assert not same_actor(INDIA, srinagar)
    assert same_actor(INDIA, actor("Srinagar", "IND", "IND"))  # the same code, not marked as a place: one actor


def test_pairs_a_named_person_of_a_country_is_not_the_country():
    # "the Freedonian journalist Ana Ruiz criticized Freedonia": someone of the country against the state
    journalist = actor("the Pakistani journalist Ana Ruiz", "PAK", "PAK")
    journalist = replace(journalist, method="dictionary:adjective+person", name="Ana Ruiz")
    assert not same_actor(journalist, PAK)
    official = replace(journalist, sectors=("GOV",), code="PAKGOV")  # an office holder speaks for the state
    assert same_actor(official, PAK)
