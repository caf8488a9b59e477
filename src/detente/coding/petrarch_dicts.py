"""Use PETRARCH2-format dictionaries as detente's coding knowledge.

A folder of PETRARCH dictionaries (``*verbs*.txt``, ``*actors*.txt``,
``*agents*.txt``, ``*discards*.txt``; several actors files are read in name
order) replaces the built-in knowledge it covers: the verbs file replaces
the pattern table, the actors and agents files the actor dictionary, and
the discards file adds phrases whose sentences (``+PHRASE``: whole stories)
are not coded. A missing file keeps the built-in part. Codes stand as the
dictionaries write them; those the CAMEO ontology lacks are defined as
"PETRARCH code" with Goldstein 0 and the quad class of their CAMEO root.

    from detente.coding.petrarch_dicts import apply_petrarch_dictionaries
    patterns, dictionary = apply_petrarch_dictionaries(patterns, dictionary, Path("dictionaries"))

``import_petrarch_dictionaries`` returns the same with a report of what was
read and what could not be expressed.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from detente.actors.dictionary import ActorDictionary
from detente.actors.petrarch_actors import build_actor_dictionary, clean_lines, read_actors, read_agents
from detente.coding.patterns import Discards, PatternTable, VerbPattern
from detente.coding.petrarch_verbs import VerbsFile, read_verbs, translate_verbs
from detente.types import CameoCode

logger = logging.getLogger(__name__)

_KINDS = ("verbs", "actors", "agents", "discards")


class PetrarchDictionaryError(ValueError):
    """A dictionary folder or file that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class PetrarchImport:
    patterns: PatternTable
    dictionary: ActorDictionary
    files: tuple[str, ...]  # the file names read
    counts: Mapping[str, int] = field(default_factory=dict)  # what was read: patterns, actors, agents, ...
    skipped: Mapping[str, int] = field(default_factory=dict)  # patterns left out, by reason


def find_dictionary_files(directory: Path) -> dict[str, list[Path]]:
    """The PETRARCH dictionary files in ``directory``, by kind."""
    if not directory.is_dir():
        raise PetrarchDictionaryError(f"dictionary folder not found: {directory}")
    found: dict[str, list[Path]] = {kind: [] for kind in _KINDS}
    for path in sorted(directory.iterdir()):
        kind = next((k for k in _KINDS if k in path.name.lower()), None)
        if kind is not None and path.is_file() and path.suffix.lower() == ".txt":
            found[kind].append(path)
    if not any(found.values()):
        raise PetrarchDictionaryError(
            f"no PETRARCH dictionaries in {directory}: expected *verbs*.txt, *actors*.txt, *agents*.txt "
            "or *discards*.txt"
        )
    return found


def read_text(path: Path) -> str:
    """PETRARCH dictionaries are mostly ASCII; older ones are Latin-1."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_discards(text: str) -> Discards:
    """Sentence discard phrases, and story discards written ``+PHRASE``."""
    sentence, story = set(), set()
    for _, line in clean_lines(text):
        phrase = line.strip()
        target = story if phrase.startswith("+") else sentence
        phrase = " ".join(phrase.lstrip("+").replace("_", " ").lower().split())
        if phrase:
            target.add(phrase)
    return Discards(sentence=frozenset(sentence), story=frozenset(story))


_QUADS = ((5, 1), (8, 2), (13, 3), (20, 4))


def petrarch_code(code: str) -> CameoCode:
    """A definition for a code outside the CAMEO ontology (``1717``, ``174K``)."""
    root = re.match(r"\d{2}", code)
    quad = next((q for top, q in _QUADS if root and 1 <= int(root.group()) <= top), 0)
    return CameoCode(code=code, name="PETRARCH code", goldstein=0.0, quad_class=quad)


def _group(patterns: Iterable[VerbPattern]) -> Mapping[str, tuple[VerbPattern, ...]]:
    grouped: dict[str, list[VerbPattern]] = {}
    for pattern in patterns:
        grouped.setdefault(pattern.lemma, []).append(pattern)
    return MappingProxyType({lemma: tuple(items) for lemma, items in grouped.items()})


def _digest(paths: Iterable[Path]) -> str:
    sha = hashlib.sha256()
    for path in paths:
        sha.update(path.read_bytes())
    return sha.hexdigest()[:12]


def _read_discards(paths: Sequence[Path], discards: Discards) -> Discards:
    read = [read_discards(read_text(path)) for path in paths]
    return Discards(
        sentence=discards.sentence.union(*(d.sentence for d in read)),
        story=discards.story.union(*(d.story for d in read)),
    )


def _read_verbs(paths: Sequence[Path], discards: Discards) -> tuple[PatternTable, dict[str, int], dict[str, int]]:
    """One pattern table from every verbs file (synonym sets are shared)."""
    files = [read_verbs(read_text(path)) for path in paths]
    merged = VerbsFile(
        synsets=MappingProxyType({name: members for f in files for name, members in f.synsets.items()}),
        blocks=tuple(block for f in files for block in f.blocks),
    )
    imported = translate_verbs(merged)
    table = PatternTable(
        version=f"petrarch-{_digest(paths)}",
        by_lemma=_group(imported.patterns),
        extra_codes=MappingProxyType({code: petrarch_code(code) for code in sorted(imported.codes)}),
        discards=discards,
    )
    counts = {
        "verb blocks": len(merged.blocks),
        "pattern lines": sum(len(block.patterns) for block in merged.blocks),
        "verb patterns": len(imported.patterns),
    }
    return table, counts, dict(imported.skipped)


def import_petrarch_dictionaries(
    patterns: PatternTable, dictionary: ActorDictionary, directory: Path
) -> PetrarchImport:
    """Read the PETRARCH dictionaries in ``directory`` over ``patterns`` and
    ``dictionary`` (neither is changed; new objects are returned)."""
    files = find_dictionary_files(Path(directory))
    counts: dict[str, int] = {}
    skipped: dict[str, int] = {}
    discards = _read_discards(files["discards"], patterns.discards)
    if files["discards"]:
        counts["discards"] = len(discards.sentence) + len(discards.story)
    table = PatternTable(patterns.version, patterns.by_lemma, patterns.extra_codes, discards)
    if files["verbs"]:
        table, verb_counts, skipped = _read_verbs(files["verbs"], discards)
        counts.update(verb_counts)
    if files["actors"] or files["agents"]:
        actors = [actor for path in files["actors"] for actor in read_actors(read_text(path))]
        agents = [agent for path in files["agents"] for agent in read_agents(read_text(path))]
        dictionary = build_actor_dictionary(actors, agents, ambiguous=dictionary.ambiguous)
        counts.update(actors=len(actors), agents=len(agents))
    names = tuple(path.name for kind in _KINDS for path in files[kind])
    logger.info("PETRARCH dictionaries %s: read %s; skipped %s", names, counts, skipped)
    return PetrarchImport(table, dictionary, names, MappingProxyType(counts), MappingProxyType(skipped))


def apply_petrarch_dictionaries(
    patterns: PatternTable, dictionary: ActorDictionary, directory: Path
) -> tuple[PatternTable, ActorDictionary]:
    """New pattern table and actor dictionary with the PETRARCH dictionaries in ``directory``."""
    imported = import_petrarch_dictionaries(patterns, dictionary, directory)
    return imported.patterns, imported.dictionary
