"""How much of 2000 to today the office-holder knowledge base covers.

For each country and each of the six tracked offices, the share of days in
the window on which someone is listed as holding it. A gap is a stretch
where a mention of that office cannot be resolved to a person. Offices a
country does not have (no armed forces, so no military chief; a president
who is also head of government, listed once as head of state) are marked
``exists=False`` from the shipped table of absent offices and are no gap.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
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
    share: float  # of the window's days on which a holder is listed, 0..1
    exists: bool = True  # False: the state has no such office (absent-offices-v1.tsv)


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


def office_coverage(
    kb: OfficeHolders, countries: Sequence[str], *, start: date = WINDOW_START, end: date,
    absent: Collection[tuple[str, str]] = frozenset(),
) -> tuple[OfficeCoverage, ...]:
    """Coverage of every tracked office of every country over [start, end);
    ``absent``: (country, office) pairs the state does not have."""
    by_key: dict[tuple[str, str], list[OfficeTerm]] = {}
    for person in kb.people.values():
        for term in person.terms:
            by_key.setdefault((term.country, term.office), []).append(term)
    days = max((end - start).days, 1)
    return tuple(
        OfficeCoverage(country, office, covered_days(by_key.get((country, office), ()), start, end) / days,
                       exists=(country, office) not in absent)
        for country in countries for office in TRACKED_OFFICES
    )
