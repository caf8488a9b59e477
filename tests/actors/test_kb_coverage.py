"""Tests for detente.actors.kb_coverage: the share of days an office is listed."""

from datetime import date

from detente.actors.kb import OfficeTerm, load_office_holders
from detente.actors.kb_coverage import TRACKED_OFFICES, covered_days, existing_spans, office_coverage


def _term(start: str, end: str | None, office: str = "foreign_minister") -> OfficeTerm:
    return OfficeTerm(person_id="x", name="X", country="FRD", office=office, sectors=("GOV",),
                      start=date.fromisoformat(start), end=date.fromisoformat(end) if end else None)


def test_kb_coverage_counts_each_day_once_and_only_inside_the_window():
    terms = [_term("1998-05-01", "2000-01-11"), _term("2000-01-06", "2000-01-21"), _term("2000-01-31", None)]
    # 2000-01-01 .. 2000-01-21 covered (20 days), a gap to 01-31, then covered to the window's end 02-10
    assert covered_days(terms, date(2000, 1, 1), date(2000, 2, 10)) == 20 + 10


def test_kb_coverage_of_the_shipped_base_has_every_tracked_office():
    kb = load_office_holders()
    rows = office_coverage(kb, ["PAK", "RUS"], end=date(2026, 1, 1))
    assert {(row.country, row.office) for row in rows} == {(c, o) for c in ("PAK", "RUS") for o in TRACKED_OFFICES}
    # Pakistan's and Russia's heads of state and army chiefs are listed for the whole window
    assert all(row.share > 0.99 for row in rows if row.office in ("head_of_state", "military_chief"))
    assert all(row.share > 0.9 for row in rows if row.office == "foreign_minister")


def test_kb_coverage_an_office_a_state_lacks_is_no_gap():
    # The United States has no head of government apart from its president, Iceland no armed forces
    from detente.ontology.loader import load_absent_offices
    absent = load_absent_offices()
    assert ("USA", "head_of_government") in absent and ("ISL", "military_chief") in absent
    assert ("PAK", "head_of_government") not in absent
    rows = office_coverage(load_office_holders(), ["USA", "PAK"], end=date(2026, 1, 1), absent=absent)
    exists = {(row.country, row.office): row.exists for row in rows}
    assert not exists["USA", "head_of_government"] and exists["PAK", "head_of_government"]


def test_kb_coverage_an_office_that_existed_part_of_the_time_is_measured_over_that_time():
    # a prime minister's post that existed only 2008-2013, held throughout then
    terms = [_term("2008-04-17", "2013-04-09", office="head_of_government")]

    class _KB:
        people = {"x": type("P", (), {"terms": terms})()}

    absent = {("FRD", "head_of_government"): ((None, date(2008, 4, 17)), (date(2013, 4, 9), None))}
    [row] = [r for r in office_coverage(_KB(), ["FRD"], end=date(2026, 1, 1), absent=absent)
             if r.office == "head_of_government"]
    assert row.exists and row.share == 1.0
    [row] = [r for r in office_coverage(_KB(), ["FRD"], end=date(2026, 1, 1)) if r.office == "head_of_government"]
    assert 0.15 < row.share < 0.25  # without the table the years with no such post count as gaps


def test_kb_coverage_existing_spans_are_the_window_outside_the_absent_periods():
    periods = ((None, date(2008, 4, 17)), (date(2013, 4, 9), None))
    assert existing_spans(periods, date(2000, 1, 1), date(2026, 1, 1)) == [(date(2008, 4, 17), date(2013, 4, 9))]
    assert existing_spans(((None, None),), date(2000, 1, 1), date(2026, 1, 1)) == []
