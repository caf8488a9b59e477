"""The actor dictionary: surface forms of states, organisations and roles.

Built once from the ontology files and passed to the stages that need it.
Lookups are on lower-cased surface text with collapsed whitespace, so a
multi-token name ("United Arab Emirates", "Wilson Center") matches whatever
way spaCy splits it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

# Organisation kinds that report or carry news: never an event actor.
NON_ACTOR_KINDS = frozenset({"MEDIA", "PLATFORM"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """What one surface form refers to."""

    kind: str  # country | adjective | people | capital | seat | org
    country: str | None  # ISO3
    code: str  # CAMEO actor code of the bare entry (``RUS``, ``IGOUNO``)
    name: str
    sectors: tuple[str, ...] = ()
    org_kind: str | None = None
    # (start, end, code): ISO dates, "" for an open end; the first range
    # holding the article date gives the code ("Zimbabwe" was RHO until 1979).
    dated: tuple[tuple[str, str, str], ...] = ()
    # Codes of the other actors this name stands for ("the Quartet").
    also: tuple[str, ...] = ()

    @property
    def is_actor(self) -> bool:
        return self.org_kind not in NON_ACTOR_KINDS

    def as_of(self, date: str | None) -> ActorEntry | None:
        """This entry as it was on ``date`` (YYYY-MM-DD...): the code of the first
        dated range holding it, else the undated code; None when that is empty
        (no actor then). Without a date or dated codes the entry is unchanged."""
        if not self.dated or not date:
            return self
        day = date[:10]
        code = next((code for start, end, code in self.dated if start <= day and (not end or day <= end)), self.code)
        if not code:
            return None
        return replace(self, code=code, country=code[:3] if self.kind != "org" else self.country, dated=())


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    entries: Mapping[str, ActorEntry]
    sector_terms: Mapping[str, str]
    ambiguous: frozenset[str]
    max_tokens: int
    # First word of every surface form -> most words any such form has: lets
    # the matcher skip the many tokens that start no name at all.
    first_words: Mapping[str, int]
    # Office holders over time (``detente.actors.kb.OfficeHolders``), when loaded.
    people: object | None = None

    def lookup(self, surface: str) -> ActorEntry | None:
        return self.entries.get(normalize_surface(surface))

    def sector_of(self, surface: str) -> str | None:
        return self.sector_terms.get(normalize_surface(surface))


_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00e9": "e"})


# British and American spellings of the words names are made of: "the North
# Atlantic Treaty Organisation" and "Ministry of Defense" are the same names
# as their other spelling, whichever one the tables list.
_ISATION = re.compile(r"(?<=[a-z])isation")
_SPELLINGS = {"defence": "defense", "offence": "offense", "centre": "center", "centres": "centers",
              "programme": "program", "programmes": "programs"}
_WORD = re.compile(r"[a-z]+")


def normalize_surface(text: str) -> str:
    """The key a surface form is looked up by: spaces, quotes, case and
    spelling variants folded."""
    key = _SPACES.sub(" ", text.translate(_QUOTES)).strip().lower()
    if "isation" in key:
        key = _ISATION.sub("ization", key)
    if "ce" in key or "mme" in key:  # a cheap test first: most keys hold no spelling to fold
        key = _WORD.sub(lambda m: _SPELLINGS.get(m.group(), m.group()), key)
    return key


# Demonyms whose plural is the adjective itself ("the French", "the Lebanese",
# "the Swiss") or another word ("Polish" -> "Poles", listed as "Pole" if at all):
# no plural is made from them.
_SAME_PLURAL_ENDINGS = ("ese", "ish", "ch", "ss", "s", "z", "y", "ic", "al")


def people_plural(adjective: str) -> str | None:
    """The plural noun for a state's people from its demonym: "Syrian" ->
    "Syrians", "Iraqi" -> "Iraqis", "Turk" -> "Turks"; None where English
    uses the adjective itself or another word."""
    if not adjective or adjective.lower().endswith(_SAME_PLURAL_ENDINGS):
        return None
    return adjective + "s"


def _add(entries: dict[str, ActorEntry], surface: str, entry: ActorEntry) -> None:
    key = normalize_surface(surface)
    # The first writer wins: country names are added before capitals and
    # organisations, so "Georgia" stays a country name, not something else.
    if key and key not in entries:
        entries[key] = entry


def build_dictionary(ontology) -> ActorDictionary:
    """Collect every surface form from a loaded ``Ontology`` bundle."""
    entries: dict[str, ActorEntry] = {}
    for country in ontology.countries:
        base = dict(country=country.iso3, code=country.cameo, name=country.name)
        for surface in (country.name, *country.aliases):
            _add(entries, surface, ActorEntry(kind="country", **base))
        for surface in country.adjectives:
            _add(entries, surface, ActorEntry(kind="adjective", **base))
    for country in ontology.countries:
        # The people of a state named by the plural noun: "Syrians", "Turks", "Pakistanis".
        base = dict(country=country.iso3, code=country.cameo, name=country.name)
        for surface in filter(None, map(people_plural, country.adjectives)):
            _add(entries, surface, ActorEntry(kind="people", **base))
    for country in ontology.countries:
        # Capitals and seats speak for the government ("Moscow said", "the Kremlin").
        base = dict(country=country.iso3, code=country.cameo, name=country.name, sectors=("GOV",))
        if country.capital:
            _add(entries, country.capital, ActorEntry(kind="capital", **base))
        for surface in country.seats:
            _add(entries, surface, ActorEntry(kind="seat", **base))
    for org in ontology.organizations:
        # A state's own agency ("the FBI", "USAID") acts for its state in the sector its code names.
        sectors = (org.code[3:6],) if org.kind == "AGENCY" else ()
        entry = ActorEntry(kind="org", country=org.country or None, code=org.code, name=org.name, org_kind=org.kind,
                           sectors=sectors)
        for surface in (org.name, *org.aliases):
            _add(entries, surface, entry)
    sector_terms = {normalize_surface(term): sector for term, sector in _sector_pairs(ontology.sectors)}
    return finish_dictionary(
        entries, sector_terms, ambiguous=frozenset(normalize_surface(name) for name in ontology.ambiguous_names)
    )


# Roughly how the tokenizer splits a surface form: "al-qaeda" is three tokens.
_TOKEN_PIECES = re.compile(r"[^\s-]+|-")


def finish_dictionary(
    entries: Mapping[str, ActorEntry], sector_terms: Mapping[str, str], *, ambiguous: frozenset[str]
) -> ActorDictionary:
    """An ``ActorDictionary`` over normalised surface forms, with its lookup aids."""
    longest = 1
    first_words: dict[str, int] = {}
    for key in (*entries, *sector_terms):
        pieces = _TOKEN_PIECES.findall(key)
        longest = max(longest, len(pieces))
        for first in {key.split(" ")[0], pieces[0] if pieces else key}:
            first_words[first] = max(first_words.get(first, 0), len(pieces))
    return ActorDictionary(
        entries=MappingProxyType(dict(entries)),
        sector_terms=MappingProxyType(dict(sector_terms)),
        ambiguous=ambiguous,
        max_tokens=min(longest, 8),
        first_words=MappingProxyType(first_words),
    )


def _sector_pairs(sectors) -> Iterable[tuple[str, str]]:
    if isinstance(sectors, Mapping):
        return sectors.items()
    return ((row.term, row.sector) for row in sectors)
