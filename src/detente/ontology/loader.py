"""Typed, read-only loaders for the versioned ontology files.

Every loader reads its file through :mod:`importlib.resources` (or from
``root`` when given, which tests use to point at a temporary copy), checks
the bytes against ``manifest.json`` and returns fresh records. Nothing is
cached at module level: call :func:`load_ontology` once and keep the
:class:`Ontology` it returns.

    >>> onto = load_ontology()
    >>> onto.cameo_codes["042"].goldstein
    1.9
    >>> onto.cameo_to_plover["042"]
    ('CONSULT', 'visit')
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from detente.ontology.manifest import MANIFEST_NAME, OntologyError, parse_manifest, verify_bytes
from detente.types import CameoCode

__all__ = [
    "CAMEO_CODES_FILE",
    "CAMEO_PLOVER_FILE",
    "COUNTRIES_FILE",
    "ORGANIZATIONS_FILE",
    "SECTORS_FILE",
    "AMBIGUOUS_NAMES_FILE",
    "PLOVER_TYPES",
    "ORGANIZATION_KINDS",
    "SECTOR_CODES",
    "Country",
    "Organization",
    "Ontology",
    "OntologyError",
    "load_cameo_codes",
    "load_cameo_to_plover",
    "load_countries",
    "load_organizations",
    "load_sectors",
    "load_ambiguous_names",
    "ontology_versions",
    "load_ontology",
]

CAMEO_CODES_FILE = "cameo-codes-v1.tsv"
CAMEO_PLOVER_FILE = "cameo-plover-v1.tsv"
COUNTRIES_FILE = "countries-v1.tsv"
ORGANIZATIONS_FILE = "organizations-v1.tsv"
SECTORS_FILE = "sectors-v1.tsv"
AMBIGUOUS_NAMES_FILE = "ambiguous-names-v1.txt"
ABSENT_OFFICES_FILE = "absent-offices-v1.tsv"
# Offices some states do not have at all (see absent-offices-v1.tsv).
ABSENT_OFFICE_KINDS = frozenset({"head_of_government", "defence_minister", "military_chief"})

PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip
ORGANIZATION_KINDS = frozenset(
    {"IGO", "NGO", "REB", "PARTY", "THINKTANK", "MEDIA", "PLATFORM", "BUS", "AGENCY"}
)
SECTOR_CODES = frozenset(
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "BUS", "MED", "NGO", "CVL",
        "SPY", "REF", "PTY", "LAB", "CRM", "REL", "EDU", "HLH", "ELI",
    }
)  # fmt: skip

_CAMEO_CODE_RE = re.compile(r"^\d{2,4}$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")

Row = tuple[int, tuple[str, ...]]  # (line number, cells)


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    cameo: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str
    seats: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Organization:
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # one of ORGANIZATION_KINDS
    country: str | None  # ISO3 of the home country

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Ontology:
    """Every ontology table, loaded and checked once; pass it to the stages.

    The mappings are plain dicts so the bundle pickles to worker processes;
    treat them as read-only.
    """

    cameo_codes: Mapping[str, CameoCode]
    cameo_to_plover: Mapping[str, tuple[str, str | None]]
    countries: tuple[Country, ...]
    organizations: tuple[Organization, ...]
    sectors: Mapping[str, str]
    ambiguous_names: frozenset[str]
    versions: Mapping[str, str]

    def version_pairs(self) -> tuple[tuple[str, str], ...]:
        """``(file, version)`` pairs, sorted: the shape ``Provenance`` records."""
        return tuple(sorted(self.versions.items()))


@dataclass(frozen=True, slots=True)
class _Source:
    base: Traversable
    manifest: Mapping[str, Mapping[str, str]]


# -- reading -----------------------------------------------------------------


def _open_source(root: Path | None) -> _Source:
    base: Traversable = files("detente.ontology") if root is None else Path(root)
    manifest_file = base.joinpath(MANIFEST_NAME)
    if not manifest_file.is_file():
        raise OntologyError(f"{MANIFEST_NAME}: not found in {base}")
    table = parse_manifest(manifest_file.read_text(encoding="utf-8"))
    return _Source(base=base, manifest=table)


def _read_verified(source: _Source, rel: str) -> str:
    target = source.base
    for part in rel.split("/"):
        target = target.joinpath(part)
    if not target.is_file():
        raise OntologyError(f"{rel}: file not found in {source.base}")
    data = target.read_bytes()
    verify_bytes(rel, data, source.manifest)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise OntologyError(f"{rel}: not valid UTF-8 ({exc})") from exc


def _content_lines(text: str) -> list[tuple[int, str]]:
    """Non-blank, non-comment lines with their 1-based line numbers."""
    out = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            out.append((lineno, line))
    return out


def _read_tsv(source: _Source, rel: str, columns: tuple[str, ...]) -> list[Row]:
    lines = _content_lines(_read_verified(source, rel))
    if not lines:
        raise OntologyError(f"{rel}: no header line")
    header_no, header = lines[0]
    if tuple(header.split("\t")) != columns:
        raise OntologyError(
            f"{rel}:{header_no}: header must be {'|'.join(columns)!r} (tab-separated)"
        )
    rows = []
    for lineno, line in lines[1:]:
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if len(cells) != len(columns):
            raise OntologyError(
                f"{rel}:{lineno}: expected {len(columns)} tab-separated cells, got {len(cells)}"
            )
        rows.append((lineno, cells))
    return rows


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split("|") if item.strip())


def _fail(rel: str, lineno: int, message: str) -> OntologyError:
    return OntologyError(f"{rel}:{lineno}: {message}")


def _check_new(rel: str, lineno: int, key: str, seen: Container[str]) -> None:
    if key in seen:
        raise _fail(rel, lineno, f"duplicate key {key!r}")


# -- parsing -----------------------------------------------------------------


def _parse_cameo_row(rel: str, lineno: int, cells: tuple[str, ...]) -> CameoCode:
    code, name, goldstein_text, quad_text = cells
    if not _CAMEO_CODE_RE.match(code):
        raise _fail(rel, lineno, f"CAMEO code {code!r} is not 2-4 digits")
    try:
        goldstein, quad = float(goldstein_text), int(quad_text)
    except ValueError as exc:
        raise _fail(rel, lineno, f"bad number ({exc})") from exc
    if not -10.0 <= goldstein <= 10.0:
        raise _fail(rel, lineno, f"goldstein {goldstein} outside -10..10")
    if quad not in (1, 2, 3, 4):
        raise _fail(rel, lineno, f"quad_class {quad} outside 1..4")
    return CameoCode(code=code, name=name, goldstein=goldstein, quad_class=quad)


def _cameo_codes(source: _Source) -> dict[str, CameoCode]:
    rel, out = CAMEO_CODES_FILE, {}
    columns = ("code", "name", "goldstein", "quad_class")
    for lineno, cells in _read_tsv(source, rel, columns):
        record = _parse_cameo_row(rel, lineno, cells)
        _check_new(rel, lineno, record.code, out)
        out[record.code] = record
    return out


def _cameo_to_plover(source: _Source) -> dict[str, tuple[str, str | None]]:
    rel, out = CAMEO_PLOVER_FILE, {}
    columns = ("cameo", "plover_type", "plover_mode", "note")
    for lineno, (code, plover_type, mode, _note) in _read_tsv(source, rel, columns):
        if plover_type not in PLOVER_TYPES:
            raise _fail(rel, lineno, f"unknown PLOVER type {plover_type!r}")
        _check_new(rel, lineno, code, out)
        out[code] = (plover_type, mode or None)
    return out


def _countries(source: _Source) -> tuple[Country, ...]:
    rel, out, seen = COUNTRIES_FILE, [], set()
    columns = ("iso3", "cameo", "name", "aliases", "adjectives", "capital", "seats")
    for lineno, cells in _read_tsv(source, rel, columns):
        iso3, cameo, name, aliases, adjectives, capital, seats = cells
        if not (_ISO3_RE.match(iso3) and _ISO3_RE.match(cameo)):
            raise _fail(rel, lineno, f"iso3 {iso3!r} and cameo {cameo!r} must be 3 capitals")
        _check_new(rel, lineno, iso3, seen)
        seen.add(iso3)
        country = Country(
            iso3=iso3,
            cameo=cameo,
            name=name,
            aliases=_split_list(aliases),
            adjectives=_split_list(adjectives),
            capital=capital,
            seats=_split_list(seats),
        )
        out.append(country)
    return tuple(out)


def _organizations(source: _Source) -> tuple[Organization, ...]:
    rel, out, seen = ORGANIZATIONS_FILE, [], set()
    columns = ("code", "name", "aliases", "kind", "country")
    for lineno, (code, name, aliases, kind, country) in _read_tsv(source, rel, columns):
        if kind not in ORGANIZATION_KINDS:
            raise _fail(rel, lineno, f"unknown kind {kind!r}")
        if kind == "AGENCY" and (not country or code[:3] != country or code[3:6] not in SECTOR_CODES):
            raise _fail(rel, lineno, f"agency {code!r} must be its country's code then a sector code")
        if country and not _ISO3_RE.match(country):
            raise _fail(rel, lineno, f"country {country!r} is not ISO3")
        _check_new(rel, lineno, code, seen)
        seen.add(code)
        org = Organization(code, name, _split_list(aliases), kind, country or None)
        out.append(org)
    return tuple(out)


def _sectors(source: _Source) -> dict[str, str]:
    rel, out = SECTORS_FILE, {}
    for lineno, (term, sector, _note) in _read_tsv(source, rel, ("term", "sector", "note")):
        # A term may carry several sectors, main one first ("GOV|MIL": a defence minister).
        if not sector or any(part not in SECTOR_CODES for part in sector.split("|")):
            raise _fail(rel, lineno, f"unknown sector code {sector!r}")
        key = " ".join(term.lower().split())
        _check_new(rel, lineno, key, out)
        out[key] = sector
    return out


def _ambiguous_names(source: _Source) -> frozenset[str]:
    text = _read_verified(source, AMBIGUOUS_NAMES_FILE)
    return frozenset(line.strip() for _lineno, line in _content_lines(text))


# Days an office did not exist: [from, until), either end open (None).
AbsentPeriod = tuple[date | None, date | None]


def _absent_offices(source: _Source) -> dict[tuple[str, str], tuple[AbsentPeriod, ...]]:
    rel, out = ABSENT_OFFICES_FILE, {}
    known = {country.iso3 for country in _countries(source)}
    for lineno, (country, office, start, until, reason) in _read_tsv(
        source, rel, ("country", "office", "from", "until", "reason")
    ):
        if country not in known:
            raise _fail(rel, lineno, f"unknown country {country!r}")
        if office not in ABSENT_OFFICE_KINDS:
            raise _fail(rel, lineno, f"office {office!r} is not one a state may lack")
        if not reason.strip():
            raise _fail(rel, lineno, "a reason is required")
        period = (_iso_date(rel, lineno, start), _iso_date(rel, lineno, until))
        if period[0] and period[1] and period[1] <= period[0]:
            raise _fail(rel, lineno, f"until {until} is not after from {start}")
        periods = out.setdefault((country, office), [])
        if any(_overlap(period, other) for other in periods):
            raise _fail(rel, lineno, f"{country} {office} listed twice for the same days")
        periods.append(period)
    return {key: tuple(periods) for key, periods in out.items()}


def _iso_date(rel: str, lineno: int, value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(rel, lineno, f"{value!r} is not an ISO date") from None


def _overlap(one: AbsentPeriod, other: AbsentPeriod) -> bool:
    lo = max(one[0] or date.min, other[0] or date.min)
    hi = min(one[1] or date.max, other[1] or date.max)
    return lo < hi


# -- public API ----------------------------------------------------------------


def load_cameo_codes(*, root: Path | None = None) -> dict[str, CameoCode]:
    """Every CAMEO event code, keyed by code (``"0311"``)."""
    return _cameo_codes(_open_source(root))


def load_cameo_to_plover(*, root: Path | None = None) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> ``(plover_type, plover_mode or None)``."""
    return _cameo_to_plover(_open_source(root))


def load_countries(*, root: Path | None = None) -> tuple[Country, ...]:
    return _countries(_open_source(root))


def load_organizations(*, root: Path | None = None) -> tuple[Organization, ...]:
    return _organizations(_open_source(root))


def load_sectors(*, root: Path | None = None) -> dict[str, str]:
    """Lower-cased role or title term (``"foreign minister"``) -> sector code (``"GOV"``),
    or several joined by ``|``, main one first (``"GOV|MIL"``)."""
    return _sectors(_open_source(root))


def load_ambiguous_names(*, root: Path | None = None) -> frozenset[str]:
    """Names that must not be coded as an actor without corroborating context."""
    return _ambiguous_names(_open_source(root))


def load_absent_offices(*, root: Path | None = None) -> dict[tuple[str, str], tuple[AbsentPeriod, ...]]:
    """Offices a state does not have, (ISO3, office) -> the periods without
    it (``(None, None)``: none of the time): a president who heads the
    government, no armed forces, a prime minister's post abolished."""
    return _absent_offices(_open_source(root))


def ontology_versions(*, root: Path | None = None) -> dict[str, str]:
    """Data file -> version, as recorded in ``manifest.json``."""
    source = _open_source(root)
    return {rel: entry["version"] for rel, entry in sorted(source.manifest.items())}


def load_ontology(*, root: Path | None = None) -> Ontology:
    """Load and check every table; raises :class:`OntologyError` on any problem."""
    source = _open_source(root)
    codes = _cameo_codes(source)
    plover = _cameo_to_plover(source)
    unmapped = sorted(set(codes) - set(plover))
    if unmapped:
        raise OntologyError(f"{CAMEO_PLOVER_FILE}: no PLOVER mapping for {unmapped[:10]}")
    return Ontology(
        cameo_codes=codes,
        cameo_to_plover=plover,
        countries=_countries(source),
        organizations=_organizations(source),
        sectors=_sectors(source),
        ambiguous_names=_ambiguous_names(source),
        versions={rel: entry["version"] for rel, entry in sorted(source.manifest.items())},
    )
