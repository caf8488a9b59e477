"""User actor files (``--actors FILE``): add or override actors.

Formats, chosen by the file's suffix:

* ``.csv`` with a header ``name,aliases,code,country,sectors,start,end``
  (aliases and sectors ``|``-separated; start/end optional ISO dates);
* ``.yaml``/``.yml``: a list of mappings with the same keys;
* ``.txt``: the PETRARCH actor format (``NAME [CODE]``, ``+ALIAS``, dated codes).

A dated row is the actor only within its dates (``[start, end]``); outside
them the name is left to the built-in knowledge, if any.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from detente.actors.dictionary import ActorDictionary, ActorEntry, finish_dictionary, normalize_surface


class UserActorError(ValueError):
    """A user actor file is unreadable or malformed; the message names file and row."""


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    aliases: list[str] = []
    code: str
    country: str | None = None
    sectors: list[str] = []
    start: str | None = None
    end: str | None = None

    @field_validator("aliases", "sectors", mode="before")
    @classmethod
    def _split(cls, value):
        if isinstance(value, str):
            return [part.strip() for part in value.split("|") if part.strip()]
        return value or []

    @field_validator("start", "end", "country", mode="before")
    @classmethod
    def _blank(cls, value):
        return None if value in ("", None) else str(value)


def _rows(path: Path) -> list[Mapping]:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".csv":
        return list(csv.DictReader(io.StringIO(text)))
    data = yaml.safe_load(text) or []
    if not isinstance(data, list):
        raise UserActorError(f"{path}: expected a list of actors")
    return data


def _entry(row: _Row) -> ActorEntry:
    country = row.country or (row.code[:3] if len(row.code) >= 3 else None)
    dated = ((row.start or "", row.end or "", row.code), ) if (row.start or row.end) else ()
    return ActorEntry(kind="org", country=country, code="" if dated else row.code, name=row.name,
                      sectors=tuple(row.sectors), org_kind="USER", dated=dated)


def read_user_actors(path: Path) -> dict[str, ActorEntry]:
    """Surface form -> entry for one user file."""
    path = Path(path)
    if path.suffix.lower() == ".txt":
        from detente.actors.petrarch_actors import actor_entry, read_actors

        found = {}
        for actor in read_actors(path.read_text(encoding="utf-8")):
            entry = actor_entry(actor)
            if entry is not None:
                found.update({normalize_surface(name): entry for name in actor.names})
        return found
    entries = {}
    for number, raw in enumerate(_rows(path), start=1):
        try:
            row = _Row.model_validate(dict(raw))
        except ValidationError as exc:
            raise UserActorError(f"{path}: actor {number}: {exc.errors()[0]['msg']} ({exc.errors()[0]['loc']})") from None
        entry = _entry(row)
        entries.update({normalize_surface(name): entry for name in (row.name, *row.aliases)})
    return entries


def add_user_actors(dictionary: ActorDictionary, files: Sequence[Path]) -> ActorDictionary:
    """A new dictionary with the files' actors added; a later file wins."""
    if not files:
        return dictionary
    entries = dict(dictionary.entries)
    for path in files:
        entries.update(read_user_actors(Path(path)))
    merged = finish_dictionary(entries, dictionary.sector_terms, ambiguous=dictionary.ambiguous)
    return replace(merged, people=dictionary.people)
