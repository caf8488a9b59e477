"""How much of 2000 to today the office-holder knowledge base covers.

For each country and each of the six tracked offices, the share of days in
the window on which someone is listed as holding it. A gap is a stretch
where a mention of that office cannot be resolved to a person. Offices a
country does not have (no armed forces, so no military chief; a president
who is also head of government, listed once as head of state) are marked
``exists=False`` from the shipped table of absent offices and are no gap;
an office that existed for part of the window only (Turkey's prime
minister until 2018) is measured over the days it existed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from detente.actors.kb import OfficeHolders, OfficeTerm

TRACKED_OFFICES: tuple[str, ...] = (
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister",
    "military_chief",
)
WINDOW_START = date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class OfficeCoverage:
    country: str  # ISO3
    office: str
    share: float  # of the days the office existed in the window on which a holder is listed, 0..1
    exists: bool = True  # False: the state had no such office at all in the window (absent-offices-v1.tsv)


# Days an office did not exist: [from, until), either end open (None); see
# detente.ontology.loader.load_absent_offices.
AbsentPeriods = Mapping[tuple[str, str], Sequence[tuple[date | None, date | None]]]


def covered_days(terms: Iterable[OfficeTerm], start: date, end: date) -> int:
    """Days in [start, end) on which at least one of ``terms`` is held."""
    spans = sorted((max(t.start, start), min(t.end or end, end)) for t in terms)
    total, reach = 0, start
    for first, last in spans:
        first = max(first, reach)
        if last > first:
            total += (last - first).days
            reach = last
    return total


def existing_spans(
    periods: Sequence[tuple[date | None, date | None]], start: date, end: date
) -> list[tuple[date, date]]:
    """The parts of [start, end) outside every period the office did not exist."""
    spans, reach = [], start
    for first, last in sorted((max(a or start, start), min(b or end, end)) for a, b in periods):
        if first > reach:
            spans.append((reach, min(first, end)))
        reach = max(reach, last)
    if reach < end:
        spans.append((reach, end))
    return [(a, b) for a, b in spans if b > a]


def office_coverage(
    kb: OfficeHolders, countries: Sequence[str], *, start: date = WINDOW_START, end: date,
    absent: AbsentPeriods | None = None,
) -> tuple[OfficeCoverage, ...]:
    """Coverage of every tracked office of every country over the days of
    [start, end) on which the office existed; ``absent``: the periods a state
    did not have an office (Kenya had a prime minister only 2008-2013)."""
    absent = absent or {}
    by_key: dict[tuple[str, str], list[OfficeTerm]] = {}
    for person in kb.people.values():
        for term in person.terms:
            by_key.setdefault((term.country, term.office), []).append(term)
    out = []
    for country in countries:
        for office in TRACKED_OFFICES:
            spans = existing_spans(absent.get((country, office), ()), start, end)
            days = sum((b - a).days for a, b in spans)
            terms = by_key.get((country, office), ())
            covered = sum(covered_days(terms, a, b) for a, b in spans)
            out.append(OfficeCoverage(country, office, covered / days if days else 0.0, exists=days > 0))
    return tuple(out)
