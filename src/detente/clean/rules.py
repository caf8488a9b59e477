"""Load the boilerplate rules kept as package data (``ontology/boilerplate-vN.txt``).

The file holds one case-insensitive regex per line under ``[section]``
headers; its header comment explains how ``boilerplate.py`` uses each section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

SECTIONS = ("phrase", "teaser", "notice", "promo", "byline")
_HEADER = re.compile(r"^\[(\w+)\]$")


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    """Compiled patterns, one tuple per section of the rules file."""

    version: str
    phrase: tuple[re.Pattern[str], ...] = ()
    teaser: tuple[re.Pattern[str], ...] = ()
    notice: tuple[re.Pattern[str], ...] = ()
    promo: tuple[re.Pattern[str], ...] = ()
    byline: tuple[re.Pattern[str], ...] = ()


def parse_boilerplate_rules(text: str, *, version: str) -> BoilerplateRules:
    """Parse rules-file text; a bad section or regex raises ``ValueError``."""
    patterns: dict[str, list[re.Pattern[str]]] = {name: [] for name in SECTIONS}
    section: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = _HEADER.match(line)
        if header:
            section = header.group(1)
            if section not in patterns:
                raise ValueError(f"line {number}: unknown section [{section}]")
            continue
        if section is None:
            raise ValueError(f"line {number}: pattern before any [section]")
        try:
            patterns[section].append(re.compile(line, re.IGNORECASE))
        except re.error as exc:
            raise ValueError(f"line {number}: bad regex {line!r}: {exc}") from exc
    return BoilerplateRules(version=version, **{k: tuple(v) for k, v in patterns.items()})


def load_boilerplate_rules(version: str = "v1") -> BoilerplateRules:
    """Read ``detente/ontology/boilerplate-<version>.txt``."""
    resource = files("detente.ontology").joinpath(f"boilerplate-{version}.txt")
    return parse_boilerplate_rules(resource.read_text(encoding="utf-8"), version=version)
