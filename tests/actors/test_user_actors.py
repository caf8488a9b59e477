import pytest

from detente.actors.dictionary import build_dictionary
from detente.actors.user_actors import UserActorError, add_user_actors, read_user_actors
from detente.ontology.loader import load_ontology


@pytest.fixture(scope="module")
def dictionary():
    return build_dictionary(load_ontology())


def test_user_actors_csv_adds_dated_actor(tmp_path, dictionary):
    path = tmp_path / "mine.csv"
    path.write_text("name,aliases,code,country,sectors,start,end\n"
                    "Northern Alliance,United Front,AFGREB,AFG,REB,1996-09-01,2001-12-22\n")
    merged = add_user_actors(dictionary, [path])
    entry = merged.lookup("united front")
    assert entry.as_of("2000-05-01").code == "AFGREB"
    assert entry.as_of("2010-05-01") is None  # outside its dates the name is nobody
    assert dictionary.lookup("united front") is None  # the input dictionary is unchanged


def test_user_actors_yaml_overrides_builtin(tmp_path, dictionary):
    path = tmp_path / "mine.yaml"
    path.write_text("- {name: Reuters, code: GBRBUS, country: GBR, sectors: [BUS]}\n")
    assert not dictionary.lookup("Reuters").is_actor
    merged = add_user_actors(dictionary, [path])
    assert merged.lookup("Reuters").code == "GBRBUS" and merged.lookup("Reuters").is_actor


def test_user_actors_malformed_row_names_file_and_row(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("- {name: Acme, code: USABUS}\n- {name: Beta, cod: USABUS}\n")
    with pytest.raises(UserActorError, match=r"bad.yaml: actor 2"):
        read_user_actors(path)


def test_user_actors_petrarch_format(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text("ACME_CORP [USABUS]\n+ACME\n")
    entries = read_user_actors(path)
    assert entries["acme corp"].code == "USABUS" and entries["acme"].code == "USABUS"
