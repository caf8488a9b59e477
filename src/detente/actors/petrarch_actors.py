"""Read PETRARCH2-format actor and agent dictionaries.

Actors file: one entry per name, ``NAME [CODE]``; ``_`` stands for a space;
``+ALIAS`` lines add names; code lines may follow on indented lines, and
dated codes say when a code holds::

    GOLLUM
    +SMEAGOL
        [HOB <950601]
        [HOBGOV 19950601-19990815]
        [HOBREB >990816]

``<D`` is before D, ``>D`` from D on, ``D1-D2`` both days included; the first
range that holds the article's date wins, else the undated code. Six-digit
dates are YYMMDD. ``[---]`` means "never code this name"; ``[A/B]`` means
the name stands for both actors (``ActorEntry.also``).

Agents file: ``WORD {PLURALS} [~SEC]`` adds a role ("foreign minister" ->
GOVFRM) that composes with a country (ARN + GOVFRM); ``{}`` means no plural,
no braces the regular one; ``[SEC~]`` roles go before the country in
PETRARCH, after it here. ``!NAME! = A, B`` defines a substitution used as
``!NAME!`` inside other entries.

Comments are ``#`` to the end of a line and ``<!-- ... -->`` blocks.
Nothing here reads files: callers pass text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from detente.actors.dictionary import ActorDictionary, ActorEntry, finish_dictionary, normalize_surface

NULL_CODES = frozenset({"---", "+++", "###"})
_XML_COMMENT = re.compile(r"<!.*?-->", re.S)
_LINE_COMMENT = re.compile(r"(^|\s)#.*$")
_CODE = re.compile(
    r"\[\s*(?P<code>[^\]\s<>]+)\s*(?:(?P<op>[<>])\s*(?P<day>\d{6,8})|(?P<start>\d{6,8})\s*-\s*(?P<end>\d{6,8}))?\s*\]"
)
_BRACES = re.compile(r"\{([^}]*)\}")
_SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


class PetrarchFormatError(ValueError):
    """A dictionary line that cannot be read; the message names the line."""


def clean_lines(text: str) -> list[tuple[int, str]]:
    """(line number, text) of the lines that say something, comments removed,
    leading whitespace kept (it marks a code line)."""
    text = _XML_COMMENT.sub(lambda match: "\n" * match.group().count("\n"), text)
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = _LINE_COMMENT.sub("", line).rstrip()
        if line.strip():
            out.append((number, line))
    return out


def surface_of(name: str) -> str:
    """``MINAS_TIRITH`` -> ``minas tirith``; a trailing ``_`` (exact-match mark) goes."""
    return normalize_surface(name.replace("_", " "))


def iso_day(digits: str) -> str:
    """``950601`` or ``19950601`` -> ``1995-06-01`` (two-digit years above 30 are 19xx)."""
    if len(digits) == 6:
        digits = ("19" if int(digits[:2]) > 30 else "20") + digits
    if len(digits) != 8:
        raise ValueError(f"not a date: {digits!r}")
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"


@dataclass(frozen=True, slots=True)
class PetrarchActor:
    names: tuple[str, ...]  # normalised surface forms
    code: str  # "" when only dated codes apply
    dated: tuple[tuple[str, str, str], ...]  # (start, end, code), ISO days, "" open
    line: int


@dataclass(frozen=True, slots=True)
class PetrarchAgent:
    surfaces: tuple[str, ...]
    sector: str  # GOVFRM
    prefix: bool  # written [SEC~]
    line: int


def _read_codes(text: str, line: int) -> tuple[str | None, list[tuple[str, str, str]]]:
    """The undated code and the dated ones written on one line."""
    undated, dated = None, []
    for match in _CODE.finditer(text):
        code = match["code"].upper()
        try:
            if match["op"] == "<":
                dated.append(("", _before(iso_day(match["day"])), code))
            elif match["op"] == ">":
                dated.append((iso_day(match["day"]), "", code))
            elif match["start"]:
                dated.append((iso_day(match["start"]), iso_day(match["end"]), code))
            else:
                undated = code
        except ValueError as exc:
            raise PetrarchFormatError(f"line {line}: {exc}") from None
    return undated, dated


def _before(day: str) -> str:
    """The last day a ``<day`` range holds."""
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def read_actors(text: str) -> tuple[PetrarchActor, ...]:
    """Every entry of a PETRARCH actors file, in file order."""
    entries: list[PetrarchActor] = []
    names: list[str] = []
    code: str | None = None
    dated: list[tuple[str, str, str]] = []
    start = 0

    def close() -> None:
        if names and (code is not None or dated):
            entries.append(PetrarchActor(tuple(names), code or "", tuple(dated), start))

    for number, line in clean_lines(text):
        body = line.strip()
        name_part = _CODE.sub("", body).strip()
        line_code, line_dated = _read_codes(body, number)
        if line[:1].isspace() or body.startswith("["):
            code = line_code if line_code is not None else code
            dated.extend(line_dated)
            continue
        if body.startswith("+"):
            names.append(surface_of(name_part[1:]))
            code = line_code if line_code is not None else code
            dated.extend(line_dated)
            continue
        close()
        names, code, dated, start = [surface_of(name_part)], line_code, list(line_dated), number
    close()
    return tuple(entries)


def _plural(surface: str) -> str:
    if re.search(r"[^aeiou]y$", surface):
        return surface[:-1] + "ies"
    if re.search(r"(s|sh|ch|x|z)$", surface):
        return surface + "es"
    return surface + "s"


def _substitute(name: str, table: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Every spelling of ``name`` with its ``!X!`` markers replaced."""
    match = re.search(r"!(\w+)!", name)
    if match is None:
        return [name]
    options = table.get(match[1].upper())
    if options is None:
        return []
    return [out for option in options for out in _substitute(name[: match.start()] + option + name[match.end():], table)]


def read_agents(text: str) -> tuple[PetrarchAgent, ...]:
    """Every agent of a PETRARCH agents file, plurals and substitutions expanded."""
    table: dict[str, tuple[str, ...]] = {}
    agents = []
    for number, line in clean_lines(text):
        body = line.strip()
        defined = _SUBSTITUTION.match(body)
        if defined:
            table[defined[1].upper()] = tuple(item.strip() for item in defined[2].split(",") if item.strip())
            continue
        codes = [match["code"] for match in _CODE.finditer(body)]
        if not codes or "~" not in codes[0]:
            continue
        braces = _BRACES.search(body)
        singulars = [surface_of(s) for s in _substitute(_BRACES.sub("", _CODE.sub("", body)).strip(), table)]
        if braces is None:  # the regular plural; "{}" says there is none
            plurals = [_plural(surface) for surface in singulars]
        else:
            plurals = [surface_of(s) for written in braces[1].split() for s in _substitute(written, table)]
        surfaces = tuple(dict.fromkeys(surface for surface in (*singulars, *plurals) if surface))
        sector = codes[0].replace("~", "").upper()
        agents.append(PetrarchAgent(surfaces, sector, codes[0].strip().endswith("~"), number))
    return tuple(agents)


def actor_entry(actor: PetrarchActor) -> ActorEntry | None:
    """The ``ActorEntry`` for one PETRARCH actor; None for a never-code entry.
    ``A/B`` codes: the name stands for both actors."""
    code, *also = actor.code.split("/")
    dated = tuple((start, end, "" if c in NULL_CODES else c.split("/")[0]) for start, end, c in actor.dated)
    if code in NULL_CODES:
        code = ""
    if not code and not any(c for _, _, c in dated):
        return None
    shown = code or next(c for _, _, c in dated if c)
    return ActorEntry(kind="country" if len(shown) == 3 else "actor", country=shown[:3], code=code,
                      name=actor.names[0].title(), dated=dated, also=tuple(c for c in also if c not in NULL_CODES))


def build_actor_dictionary(
    actors: Iterable[PetrarchActor], agents: Iterable[PetrarchAgent], *, ambiguous: frozenset[str] = frozenset()
) -> ActorDictionary:
    """An ``ActorDictionary`` holding only these actors and agents (first writer wins)."""
    entries: dict[str, ActorEntry] = {}
    for actor in actors:
        entry = actor_entry(actor)
        for surface in actor.names if entry is not None else ():
            entries.setdefault(surface, entry)
    sectors: dict[str, str] = {}
    for agent in agents:
        for surface in agent.surfaces:
            sectors.setdefault(surface, agent.sector)
    return finish_dictionary(entries, sectors, ambiguous=ambiguous)
