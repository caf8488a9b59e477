from detente.actors.petrarch_actors import (
    actor_entry, build_actor_dictionary, clean_lines, iso_day, read_actors, read_agents,
)

# Written for these tests in the PETRARCH2 actors and agents formats, with
# made-up actors.
ACTORS = """\
<!-- made-up actors
     for the unit tests -->
ARNOR_  [ARN]
+ARNORIAN
GONDOR [GON]  # a comment
+MINAS_TIRITH
GOLLUM  # names first, codes on the lines below
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
ONODOHER
\t[ONO <911226]
BOROMIR [---]
THE_SHIRE [FRO/BIL]
WHITE_HOUSE [usagov]
#NASGUL [###]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
!MINST! = MINISTER, MINISTRY
FOREIGN_MINISTER [~GOVFRM] # regular plural
POLICE {} [ ~COP]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
MSF {} [NGO~]
"""


def _actors():
    return {actor.names[0]: actor for actor in read_actors(ACTORS)}


def test_petrarch_actors_comments_go_and_code_lines_keep_their_indent():
    lines = clean_lines(ACTORS)
    assert lines[0] == (3, "ARNOR_  [ARN]")
    assert (9, "\t[HOB < 950601]") in lines
    assert not any("NASGUL" in line for _, line in lines)


def test_petrarch_actors_names_aliases_and_codes():
    actors = _actors()
    assert actors["arnor"].names == ("arnor", "arnorian") and actors["arnor"].code == "ARN"
    assert actors["gondor"].names == ("gondor", "minas tirith")
    assert actors["white house"].code == "USAGOV"


def test_petrarch_actors_dated_codes_become_day_ranges():
    gollum = _actors()["gollum"]
    assert gollum.names == ("gollum", "smeagol") and gollum.code == ""
    assert gollum.dated == (
        ("", "1995-05-31", "HOB"), ("1995-06-01", "1999-08-15", "HOBGOV"), ("1999-08-16", "", "HOBREB"),
    )
    assert iso_day("911226") == "1991-12-26" and iso_day("070723") == "2007-07-23"


def test_petrarch_actors_entry_picks_the_code_of_the_article_date():
    entry = actor_entry(_actors()["gollum"])
    assert entry.as_of("1995-01-01").code == "HOB"
    assert entry.as_of("1998-03-02").code == "HOBGOV"
    assert entry.as_of("2001-01-01").code == "HOBREB"
    onodoher = actor_entry(_actors()["onodoher"])
    assert onodoher.as_of("1990-01-01").code == "ONO"
    assert onodoher.as_of("1995-01-01") is None  # no code after its last range


def test_petrarch_actors_null_and_shared_codes():
    actors = _actors()
    assert actor_entry(actors["boromir"]) is None
    shire = actor_entry(actors["the shire"])
    assert (shire.code, shire.also) == ("FRO", ("BIL",))
    assert actor_entry(actors["white house"]).kind == "actor"


def test_petrarch_actors_agents_plurals_and_substitutions():
    agents = {agent.surfaces[0]: agent for agent in read_agents(AGENTS)}
    assert agents["foreign minister"].surfaces == ("foreign minister", "foreign ministers")
    assert agents["foreign minister"].sector == "GOVFRM"
    assert agents["police"].surfaces == ("police",)
    assert agents["golden goose"].surfaces == ("golden goose", "golden geese")
    assert {"congressman", "congressmen", "congresswoman"} <= set(agents["congressman"].surfaces)
    assert {"minister of silly walks", "ministry of silly walks"} <= set(agents["minister of silly walks"].surfaces)
    assert agents["msf"].prefix and agents["msf"].sector == "NGO"


def test_petrarch_actors_dictionary_holds_only_the_imported_knowledge():
    dictionary = build_actor_dictionary(read_actors(ACTORS), read_agents(AGENTS))
    assert dictionary.lookup("Minas  Tirith").code == "GON"
    assert dictionary.lookup("boromir") is None
    assert dictionary.sector_of("foreign ministers") == "GOVFRM"
    assert dictionary.lookup("Russia") is None
    assert dictionary.first_words["the"] == 2
