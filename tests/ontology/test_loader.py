"""Schema tests for the ontology data files and their loader.

These load no spaCy model: only the TSV/TXT package data is read.
"""

from __future__ import annotations

import pickle
from collections import defaultdict
from pathlib import Path

from datetime import date

import pytest

from detente.ontology.loader import (
    ABSENT_OFFICES_FILE,
    CAMEO_CODES_FILE,
    COUNTRIES_FILE,
    ORGANIZATION_KINDS,
    ORGANIZATIONS_FILE,
    PLOVER_TYPES,
    SECTOR_CODES,
    Ontology,
    OntologyError,
    load_absent_offices,
    load_ambiguous_names,
    load_cameo_codes,
    load_cameo_to_plover,
    load_countries,
    load_ontology,
    load_organizations,
    load_sectors,
    ontology_versions,
)
from detente.ontology.manifest import MANIFEST_NAME, write_manifest
from detente.types import CameoCode

ROOTS = [f"{n:02d}" for n in range(1, 21)]


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


# -- CAMEO codes ---------------------------------------------------------------


def test_loader_cameo_codes_are_records(onto: Ontology) -> None:
    assert all(isinstance(code, CameoCode) for code in onto.cameo_codes.values())
    assert onto.cameo_codes["042"].goldstein == pytest.approx(1.9)
    assert onto.cameo_codes["057"].goldstein == pytest.approx(8.0)
    assert onto.cameo_codes["036"].goldstein == pytest.approx(4.0)
    assert onto.cameo_codes["190"].quad_class == 4


def test_loader_cameo_has_every_root_and_enough_codes(onto: Ontology) -> None:
    assert set(ROOTS) <= set(onto.cameo_codes)
    assert len(onto.cameo_codes) >= 300


def test_loader_cameo_codes_shape_and_parents(onto: Ontology) -> None:
    for code in onto.cameo_codes:
        assert code.isdigit() and 2 <= len(code) <= 4, code
        assert code[:2] in ROOTS, code
        if len(code) > 2:
            parent = code[:-1] if len(code) == 4 else code[:2]
            assert parent in onto.cameo_codes, f"{code} has no parent {parent}"


def test_loader_cameo_goldstein_and_quad_class(onto: Ontology) -> None:
    for code, record in onto.cameo_codes.items():
        assert -10.0 <= record.goldstein <= 10.0, code
        root = int(record.root)
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert record.quad_class == expected, code


def test_loader_cameo_known_four_digit_codes(onto: Ontology) -> None:
    for code in ("0311", "0334", "0356", "0814", "1014", "1125", "1246", "1385", "1454",
                 "1724", "1823", "1951", "2042"):  # fmt: skip
        assert code in onto.cameo_codes, code


# -- PLOVER ----------------------------------------------------------------------


def test_loader_every_cameo_code_maps_to_plover(onto: Ontology) -> None:
    assert set(onto.cameo_to_plover) == set(onto.cameo_codes)
    for code, (plover_type, mode) in onto.cameo_to_plover.items():
        assert plover_type in PLOVER_TYPES, code
        assert mode is None or (mode and mode == mode.strip()), code


def test_loader_plover_spot_checks(onto: Ontology) -> None:
    assert onto.cameo_to_plover["042"] == ("CONSULT", "visit")
    assert onto.cameo_to_plover["0871"] == ("RETREAT", "ceasefire")
    assert onto.cameo_to_plover["173"] == ("COERCE", "arrest")
    assert onto.cameo_to_plover["1041"][0] == "REQUEST"
    assert onto.cameo_to_plover["057"] == ("SUPPORT", None)


# -- countries -------------------------------------------------------------------


def test_loader_countries_count_and_unique_iso3(onto: Ontology) -> None:
    iso3 = [country.iso3 for country in onto.countries]
    assert len(iso3) >= 193
    assert len(set(iso3)) == len(iso3)
    assert {"TWN", "XKX", "PSE", "VAT", "ESH"} <= set(iso3)


def test_loader_countries_no_name_shared_between_countries(onto: Ontology) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for country in onto.countries:
        for text in (*country.names, *country.adjectives):
            owners[text.casefold()].add(country.iso3)
    shared = {text: iso3 for text, iso3 in owners.items() if len(iso3) > 1}
    assert shared == {}


def test_loader_countries_expected_adjectives(onto: Ontology) -> None:
    by_iso = {country.iso3: country for country in onto.countries}
    assert "Pakistani" in by_iso["PAK"].adjectives
    assert "Russian" in by_iso["RUS"].adjectives
    assert "American" in by_iso["USA"].adjectives
    assert "Chinese" in by_iso["CHN"].adjectives
    assert "Indian" in by_iso["IND"].adjectives
    assert "Emirati" in by_iso["ARE"].adjectives
    assert {"British", "Briton"} <= set(by_iso["GBR"].adjectives)


def test_loader_countries_aliases_and_seats(onto: Ontology) -> None:
    by_iso = {country.iso3: country for country in onto.countries}
    assert {"US", "U.S.", "America"} <= set(by_iso["USA"].aliases)
    assert {"Britain", "UK"} <= set(by_iso["GBR"].aliases)
    assert "DPRK" in by_iso["PRK"].aliases
    assert "Burma" in by_iso["MMR"].aliases
    assert "Ivory Coast" in by_iso["CIV"].aliases
    assert "Kremlin" in by_iso["RUS"].seats
    assert "White House" in by_iso["USA"].seats
    assert by_iso["PAK"].capital == "Islamabad"
    assert by_iso["ROU"].cameo == "ROM"


def test_loader_countries_codes_are_three_capitals(onto: Ontology) -> None:
    for country in onto.countries:
        assert len(country.cameo) == 3 and country.cameo.isupper(), country.iso3
        assert country.name and country.capital, country.iso3


# -- organizations, sectors, ambiguous names ---------------------------------------


def test_loader_organizations_unique_codes_and_kinds(onto: Ontology) -> None:
    codes = [org.code for org in onto.organizations]
    assert len(set(codes)) == len(codes)
    assert all(org.kind in ORGANIZATION_KINDS for org in onto.organizations)
    iso3 = {country.iso3 for country in onto.countries}
    assert all(org.country is None or org.country in iso3 for org in onto.organizations)


def test_loader_organizations_spot_checks(onto: Ontology) -> None:
    by_code = {org.code: org for org in onto.organizations}
    assert "UN" in by_code["IGOUNO"].aliases
    assert "NATO" in by_code["IGOWSTNAT"].aliases
    assert by_code["GBRMEDRTR"].kind == "MEDIA"
    assert by_code["PLTTWT"].kind == "PLATFORM"
    assert by_code["AFGINSTAL"].country == "AFG"
    assert by_code["USACOPFBI"].kind == "AGENCY" and by_code["USACOPFBI"].country == "USA"


def test_loader_an_agency_must_carry_its_country_and_sector_in_its_code(ontology_copy: Path) -> None:
    # "the FBI" acts for the United States as police: USA + COP + a tag
    target = ontology_copy / ORGANIZATIONS_FILE
    target.write_text(target.read_text(encoding="utf-8") + "FRAXXXABC\tBureau\t\tAGENCY\tUSA\n", encoding="utf-8")
    write_manifest(ontology_copy)
    with pytest.raises(OntologyError, match=rf"{ORGANIZATIONS_FILE}:\d+: agency"):
        load_organizations(root=ontology_copy)


def test_loader_sectors_use_known_codes(onto: Ontology) -> None:
    assert {part for value in onto.sectors.values() for part in value.split("|")} <= SECTOR_CODES
    assert onto.sectors["defence minister"] == "GOV|MIL"
    assert onto.sectors["foreign minister"] == "GOV"
    assert onto.sectors["troops"] == "MIL"
    assert onto.sectors["police"] == "COP"
    assert onto.sectors["lawmakers"] == "LEG"
    assert all(term == term.lower() for term in onto.sectors)


def test_loader_ambiguous_names_are_short_and_known(onto: Ontology) -> None:
    assert {"Georgia", "Jordan", "Chad", "Victoria"} <= onto.ambiguous_names
    assert all(name and not name.startswith("#") for name in onto.ambiguous_names)
    assert len(onto.ambiguous_names) < 80


# -- single loaders, versions, manifest ----------------------------------------------


def test_loader_single_loaders_match_bundle(onto: Ontology) -> None:
    assert load_cameo_codes() == dict(onto.cameo_codes)
    assert load_cameo_to_plover() == dict(onto.cameo_to_plover)
    assert load_countries() == onto.countries
    assert load_organizations() == onto.organizations
    assert load_sectors() == dict(onto.sectors)
    assert load_ambiguous_names() == onto.ambiguous_names
    assert ontology_versions() == dict(onto.versions)


def test_loader_bundle_pickles(onto: Ontology) -> None:
    assert pickle.loads(pickle.dumps(onto)) == onto


def test_loader_versions_cover_data_files(onto: Ontology) -> None:
    assert onto.versions[CAMEO_CODES_FILE] == "v1"
    assert onto.versions[COUNTRIES_FILE] == "v1"
    assert onto.version_pairs() == tuple(sorted(onto.versions.items()))


def test_loader_edited_file_raises_ontology_error(ontology_copy: Path) -> None:
    target = ontology_copy / COUNTRIES_FILE
    target.write_text(target.read_text(encoding="utf-8") + "ZZZ\tZZZ\tNowhere\t\t\tNil\t\n")
    with pytest.raises(OntologyError, match=COUNTRIES_FILE):
        load_countries(root=ontology_copy)
    with pytest.raises(OntologyError, match=COUNTRIES_FILE):
        load_ontology(root=ontology_copy)
    assert load_cameo_codes(root=ontology_copy)  # other files still verify


def test_loader_file_missing_from_manifest_raises(ontology_copy: Path) -> None:
    (ontology_copy / MANIFEST_NAME).write_text('{"files": {}}\n', encoding="utf-8")
    with pytest.raises(OntologyError, match=CAMEO_CODES_FILE):
        load_cameo_codes(root=ontology_copy)


def test_loader_malformed_row_names_file_and_line(ontology_copy: Path) -> None:
    target = ontology_copy / CAMEO_CODES_FILE
    target.write_text(target.read_text(encoding="utf-8") + "999\tBad\t42\t4\n")
    write_manifest(ontology_copy)
    with pytest.raises(OntologyError, match=rf"{CAMEO_CODES_FILE}:\d+: goldstein"):
        load_cameo_codes(root=ontology_copy)


def test_loader_absent_offices_name_known_states_and_offices(ontology_copy: Path) -> None:
    absent = load_absent_offices()
    assert ("USA", "head_of_government") in absent and ("CRI", "military_chief") in absent
    target = ontology_copy / ABSENT_OFFICES_FILE
    target.write_text(target.read_text(encoding="utf-8") + "USA\tforeign_minister\t\t\tnone\n", encoding="utf-8")
    write_manifest(ontology_copy)
    with pytest.raises(OntologyError, match=rf"{ABSENT_OFFICES_FILE}:\d+: office"):
        load_absent_offices(root=ontology_copy)


def test_loader_absent_offices_keep_dated_periods_and_refuse_overlaps(ontology_copy: Path) -> None:
    absent = load_absent_offices()
    assert absent["USA", "head_of_government"] == ((None, None),)
    assert absent["TUR", "head_of_government"] == ((date(2018, 7, 9), None),)  # the premiership abolished
    target = ontology_copy / ABSENT_OFFICES_FILE
    target.write_text(target.read_text(encoding="utf-8") + "TUR\thead_of_government\t2020-01-01\t\tagain\n",
                      encoding="utf-8")
    write_manifest(ontology_copy)
    with pytest.raises(OntologyError, match="listed twice for the same days"):
        load_absent_offices(root=ontology_copy)
