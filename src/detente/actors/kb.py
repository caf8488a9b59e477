"""Office holders: who held which office when, and who someone was on a given day.

The knowledge base is versioned package data, ``ontology/office-holders-v1.tsv``,
checked against ``manifest.json`` like every other ontology file. One row is one
person's term in one office; :func:`load_office_holders` groups the rows into
:class:`Person` records and returns an :class:`OfficeHolders` to query::

    >>> kb = load_office_holders()
    >>> match = kb.role_on("Shoigu", date(2015, 4, 16))
    >>> match.term.office, match.code, match.reason
    ('defence_minister', 'RUSGOV', 'office on 2015-04-16')

A term runs from ``start`` up to, not including, ``end``: on a handover day the
successor holds the office. Nothing is cached at module level: load once and
pass the :class:`OfficeHolders` around.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from detente.ontology.loader import (
    SECTOR_CODES,
    OntologyError,
    Row,
    _countries,
    _fail,
    _open_source,
    _read_tsv,
    _split_list,
)

__all__ = [
    "OFFICE_HOLDERS_FILE",
    "OFFICE_HOLDERS_COLUMNS",
    "OFFICES",
    "OfficeTerm",
    "Person",
    "RoleMatch",
    "OfficeHolders",
    "load_office_holders",
    "normalize_name",
]

OFFICE_HOLDERS_FILE = "office-holders-v1.tsv"
OFFICE_HOLDERS_COLUMNS = (
    "person_id", "name", "aliases", "country", "office", "sectors", "start", "end", "note",
)  # fmt: skip

# Offices in the order a match prefers them when one person holds several on a day.
OFFICES = (
    "head_of_state",
    "head_of_government",
    "defence_minister",
    "foreign_minister",
    "interior_minister",
    "military_chief",
    "other",
)
_OFFICE_RANK = {office: rank for rank, office in enumerate(OFFICES)}

# Characters folded away before comparing names: "el-Sisi" = "el Sisi", "Sa'ar" = "Saar".
_SPACE_CHARS = str.maketrans({"-": " ", "‐": " ", "–": " ", ".": " ", ",": " "})
_DROP_CHARS = str.maketrans({"'": None, "’": None, "ʻ": None, "ʼ": None, "`": None})
_LETTER_FOLDS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss"})


@dataclass(frozen=True, slots=True)
class OfficeTerm:
    person_id: str
    name: str
    country: str  # ISO3
    office: str  # one of OFFICES
    sectors: tuple[str, ...]  # CAMEO sectors, main one first
    start: date
    end: date | None  # the day the person left; None: still in office
    note: str = ""

    def covers(self, day: date) -> bool:
        """True when the person held this office on ``day``."""
        return self.start <= day and (self.end is None or day < self.end)

    @property
    def main_sector(self) -> str:
        return self.sectors[0]


@dataclass(frozen=True, slots=True)
class Person:
    person_id: str
    name: str
    aliases: tuple[str, ...]
    terms: tuple[OfficeTerm, ...]  # sorted by start
    # The country of the person's first row: a monarch of several realms at
    # once ("Queen Elizabeth": the UK and 14 others) is read as of this one
    # unless another country is asked for.
    home: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class RoleMatch:
    person: Person
    term: OfficeTerm
    code: str  # country CAMEO code + main sector: "RUSGOV"
    current: bool  # False: the term had ended by the day asked about
    reason: str


@dataclass(frozen=True, slots=True)
class OfficeHolders:
    """Every person and term, indexed by normalised name; treat as read-only."""

    people: Mapping[str, Person]
    names: Mapping[str, tuple[str, ...]]  # normalised name -> person ids
    country_codes: Mapping[str, str]  # ISO3 -> CAMEO country code
    version: str
    # Last word of every indexed name: a cheap "could this be anyone we know?"
    last_words: frozenset[str] = frozenset()

    def may_know(self, word: str) -> bool:
        """False when no known name ends with ``word`` (a surname): skip the lookup."""
        last = word.rsplit(" ", 1)[-1].lower()
        if not (last.isascii() and last.isalpha()):
            last = normalize_name(word).rsplit(" ", 1)[-1]  # accents, hyphens, dots: the full folding
        return last in self.last_words

    def lookup(self, name: str) -> tuple[Person, ...]:
        """People whose name or a listed alias equals ``name``, ignoring case,
        accents, hyphens and dots. A bare surname matches only where it is listed."""
        ids = self.names.get(normalize_name(name), ())
        return tuple(self.people[person_id] for person_id in ids)

    def terms_on(self, person_id: str, day: date) -> tuple[OfficeTerm, ...]:
        """The terms ``person_id`` was serving on ``day``, preferred office first."""
        person = self.people.get(person_id)
        if person is None:
            return ()
        return _rank((term for term in person.terms if term.covers(day)), home=person.home)

    def role_on(
        self, name: str, day: date | None, *, country: str | None = None
    ) -> RoleMatch | None:
        """Who ``name`` was on ``day``: the office held then, else the latest earlier
        one (``current=False``); with no day, the latest term. ``country`` (ISO3)
        keeps only people who held office there. None when nobody matches, when the
        person held no office yet, or when several people match equally well."""
        matches = []
        for person in self.lookup(name):
            terms = person.terms
            if country is not None:
                terms = tuple(term for term in terms if term.country == country)
            found = _pick_term(terms, day, home=person.home)
            if found is not None:
                term, current, reason = found
                code = self.country_codes[term.country] + term.main_sector
                matches.append(RoleMatch(person, term, code, current, reason))
        return _best_match(matches)

    def code_on(self, name: str, day: date | None, *, country: str | None = None) -> str | None:
        """The CAMEO actor code (``"PAKGOV"``) of :meth:`role_on`, or None."""
        match = self.role_on(name, day, country=country)
        return None if match is None else match.code


# -- choosing a term ------------------------------------------------------------


def _rank(terms: Iterable[OfficeTerm], *, home: str = "") -> tuple[OfficeTerm, ...]:
    """Preferred office first; then the person's home country; among equals
    the most recent start first."""
    return tuple(sorted(terms, key=lambda term: (_OFFICE_RANK[term.office], term.country != home,
                                                 -term.start.toordinal())))


def _pick_term(
    terms: tuple[OfficeTerm, ...], day: date | None, *, home: str = ""
) -> tuple[OfficeTerm, bool, str] | None:
    if not terms:
        return None
    if day is None:
        latest = max(term.start for term in terms)
        term = _rank((term for term in terms if term.start == latest), home=home)[0]
        return term, term.end is None, "no date: latest term"
    serving = _rank((term for term in terms if term.covers(day)), home=home)
    if serving:
        return serving[0], True, f"office on {day.isoformat()}"
    ended = [term for term in terms if term.end is not None and term.end <= day]
    if not ended:
        return None
    last_end = max(term.end for term in ended if term.end is not None)
    term = _rank((term for term in ended if term.end == last_end), home=home)[0]
    return term, False, f"no office on {day.isoformat()}: latest term ended {last_end.isoformat()}"


def _best_match(matches: list[RoleMatch]) -> RoleMatch | None:
    """The single current match, else the single match; None when ambiguous."""
    current = [match for match in matches if match.current]
    pool = current or matches
    return pool[0] if len(pool) == 1 else None


# -- names ----------------------------------------------------------------------


def normalize_name(text: str) -> str:
    """Lower case, no accents, hyphens and dots as spaces, apostrophes dropped."""
    if text.isascii():  # most names in English news: no accents to fold
        return " ".join(text.lower().translate(_DROP_CHARS).translate(_SPACE_CHARS).split())
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_LETTER_FOLDS))
    bare = "".join(char for char in folded if not unicodedata.combining(char))
    return " ".join(bare.translate(_DROP_CHARS).translate(_SPACE_CHARS).split())


def _index_names(people: Mapping[str, Person]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for person in people.values():
        for key in dict.fromkeys(normalize_name(text) for text in person.names):
            index.setdefault(key, []).append(person.person_id)
    return {key: tuple(ids) for key, ids in index.items()}


# -- reading --------------------------------------------------------------------


def _parse_date(rel: str, lineno: int, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise _fail(rel, lineno, f"bad date {text!r} (want YYYY-MM-DD)") from exc


def _parse_term(rel: str, lineno: int, cells: tuple[str, ...], known: set[str]) -> OfficeTerm:
    person_id, name, _aliases, country, office, sectors, start, end, note = cells
    if not person_id or not name:
        raise _fail(rel, lineno, "person_id and name are required")
    if country not in known:
        raise _fail(rel, lineno, f"country {country!r} is not in the countries table")
    if office not in _OFFICE_RANK:
        raise _fail(rel, lineno, f"unknown office {office!r}")
    sector_codes = _split_list(sectors)
    if not sector_codes or any(code not in SECTOR_CODES for code in sector_codes):
        raise _fail(rel, lineno, f"unknown sector code in {sectors!r}")
    term = OfficeTerm(
        person_id=person_id,
        name=name,
        country=country,
        office=office,
        sectors=sector_codes,
        start=_parse_date(rel, lineno, start),
        end=_parse_date(rel, lineno, end) if end else None,
        note=note,
    )
    if term.end is not None and term.end <= term.start:
        raise _fail(rel, lineno, f"end {end} is not after start {start}")
    return term


def _check_overlaps(person: Person) -> None:
    """Two terms of one person in one office of one country must not overlap
    (one monarch heads several realms at once)."""
    for office, country in {(term.office, term.country) for term in person.terms}:
        same = [term for term in person.terms if (term.office, term.country) == (office, country)]
        for before, after in zip(same, same[1:]):
            if before.end is None or after.start < before.end:
                raise OntologyError(
                    f"{OFFICE_HOLDERS_FILE}: {person.person_id} has overlapping {office} terms "
                    f"starting {before.start} and {after.start}"
                )


def _build_people(rel: str, rows: list[Row], known: set[str]) -> dict[str, Person]:
    heads: dict[str, tuple[str, tuple[str, ...]]] = {}
    terms: dict[str, list[OfficeTerm]] = {}
    for lineno, cells in rows:
        term = _parse_term(rel, lineno, cells, known)
        head = (term.name, _split_list(cells[2]))
        if heads.setdefault(term.person_id, head) != head:
            raise _fail(rel, lineno, f"{term.person_id}: name or aliases differ from its first row")
        terms.setdefault(term.person_id, []).append(term)
    people = {}
    for person_id, (name, aliases) in heads.items():
        ordered = tuple(sorted(terms[person_id], key=lambda term: (term.start, term.office)))
        people[person_id] = Person(person_id, name, aliases, ordered, home=terms[person_id][0].country)
        _check_overlaps(people[person_id])
    return people


def load_office_holders(*, root: Path | None = None) -> OfficeHolders:
    """Read and check ``office-holders-v1.tsv`` (and the countries it refers to).

    Raises :class:`~detente.ontology.manifest.OntologyError` on a sha256 mismatch
    with ``manifest.json`` or on any malformed row.
    """
    source = _open_source(root)
    countries = _countries(source)
    rows = _read_tsv(source, OFFICE_HOLDERS_FILE, OFFICE_HOLDERS_COLUMNS)
    people = _build_people(OFFICE_HOLDERS_FILE, rows, {country.iso3 for country in countries})
    names = _index_names(people)
    return OfficeHolders(
        people=people,
        names=names,
        last_words=frozenset(key.rsplit(" ", 1)[-1] for key in names),
        country_codes={country.iso3: country.cameo for country in countries},
        version=source.manifest[OFFICE_HOLDERS_FILE]["version"],
    )
