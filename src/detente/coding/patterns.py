"""Verb and noun pattern tables: the CAMEO coder's knowledge of predicates.

The built-in tables are package data, one YAML file per CAMEO root, in
``detente/ontology/patterns/cameo-verbs-v1/01.yaml`` ... ``20.yaml``. Each
entry says which predicate (lemma, part of speech, optional particle, object
lemmas and preposition) produces which CAMEO code, and how to find the target.

User files (``--patterns FILE``) have the same format; ``root`` is optional
there, so one file may hold entries of many roots. A user entry replaces the
built-in entry with the same key ``(lemma, pos, particle, objects, prep)``
and any other user entry is added. Built-in files are checked against
``ontology/manifest.json`` like every ontology file (``root`` skips the check).
Nothing is read at import time.

Matching order: within one lemma the most specific entry comes first, so the
coder can take the first entry whose constraints the sentence satisfies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError, field_validator

from detente.coding.word_context import WordContext
from detente.ontology.manifest import MANIFEST_NAME, OntologyError, parse_manifest, verify_bytes
from detente.types import CameoCode

PATTERNS_VERSION = "cameo-verbs-v1"
_FILE_NAME = re.compile(r"^\d{2}\.yaml$")
_CODE = r"^\d{2,4}$"
_WORD = re.compile(r"^[a-z][a-z'.-]*$")

PatternKey = tuple[str, str, str | None, frozenset[str], str | None, frozenset[str]]


class PatternError(ValueError):
    """A pattern file is missing, unreadable or malformed; the message names the file and entry."""


@dataclass(frozen=True, slots=True)
class PatternExample:
    text: str
    source: str | None  # ISO3 of the source actor
    target: str | None  # ISO3 of the target actor


@dataclass(frozen=True, slots=True)
class CodingStyle:
    """How a pattern's code and sides are read. The defaults are detente's
    CAMEO conventions; patterns imported from PETRARCH dictionaries use PETRARCH's."""

    literal: bool = False  # the code stands as written: no intent or refusal conversion
    first_actor_target: bool = False  # the target is the first actor named after the verb in its phrase
    require_dyad: bool = False  # code only events whose source and target both have an actor code
    require_target: bool = False  # code only when someone is found on the target side ("called Erdogan")
    recipient_target: bool = False  # the object is what is sent; the target is where it goes ("sent a team to Detroit")
    no_object: bool = False  # matches only a predicate with no direct object ("added that ...", not "added troops")


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """One predicate -> CAMEO code rule. ``pattern_id`` is the ``rule`` of coded events."""

    pattern_id: str
    code: str
    lemma: str
    pos: str = "verb"
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    prep: str | None = None
    target_preps: tuple[str, ...] = ()
    reciprocal: bool = False
    negated_code: str | None = None
    examples: tuple[PatternExample, ...] = ()
    # Imported (PETRARCH) patterns: words the predicate must come with, a
    # preposition whose object is the source (the subject is then the target:
    # "was freed from X"), the mirror event target -> source ("[032:033]": a
    # visit and its hosting), and how code and sides are read.
    context: WordContext | None = None
    source_prep: str | None = None
    paired_code: str | None = None
    style: CodingStyle = CodingStyle()

    @property
    def key(self) -> PatternKey:
        """What a user entry must repeat to replace this one."""
        words = self.context.anywhere if self.context else frozenset()
        return (self.lemma, self.pos, self.particle, self.objects, self.prep, words)

    @property
    def specificity(self) -> tuple[int, int, int, int]:
        """Higher sorts first: number of constraints, then particle > objects > prep."""
        flags = (self.particle is not None, bool(self.objects), self.prep is not None)
        # "deployed troops ... peacekeeping" is tried before "deployed troops", "arrived ...
        # peacekeeping" before "arrived in": a word the clause must hold is the strongest constraint
        words = 2 * bool(self.context and self.context.anywhere)
        return (sum(flags) + words, *(int(flag) for flag in flags))


@dataclass(frozen=True, slots=True)
class Discards:
    """Phrases (lower case) that mark a sentence, or a whole story, as not
    political news: "baseball", "typhoon"."""

    sentence: frozenset[str] = frozenset()
    story: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PatternTable:
    version: str
    by_lemma: Mapping[str, tuple[VerbPattern, ...]]
    # Codes the entries use that the CAMEO ontology lacks (imported dictionaries).
    extra_codes: Mapping[str, CameoCode] = field(default_factory=lambda: MappingProxyType({}))
    discards: Discards = Discards()

    def candidates(self, lemma: str, pos: str) -> tuple[VerbPattern, ...]:
        """Entries for ``lemma`` with part of speech ``pos``, most specific first."""
        return tuple(pattern for pattern in self.by_lemma.get(lemma.lower(), ()) if pattern.pos == pos)

    def patterns(self) -> tuple[VerbPattern, ...]:
        """Every entry, grouped by lemma in alphabetical order."""
        return tuple(pattern for lemma in sorted(self.by_lemma) for pattern in self.by_lemma[lemma])

    def codes(self) -> frozenset[str]:
        """Every CAMEO code an entry can produce, negated codes included."""
        found = {pattern.code for pattern in self.patterns()}
        found.update(p.negated_code for p in self.patterns() if p.negated_code)
        return frozenset(found)


# --- file-reader edge: pydantic models --------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _ExampleModel(_Strict):
    text: StrictStr = Field(min_length=1)
    source: StrictStr | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    target: StrictStr | None = Field(default=None, pattern=r"^[A-Z]{3}$")


class _EntryModel(_Strict):
    code: StrictStr = Field(pattern=_CODE)
    lemma: StrictStr
    pos: Literal["verb", "noun"] = "verb"
    particle: StrictStr | None = None
    objects: list[StrictStr] = []
    prep: StrictStr | None = None
    target_preps: list[StrictStr] = []
    reciprocal: StrictBool = False
    needs_target: StrictBool = False
    no_object: StrictBool = False  # the verb codes this only without a direct object ("added that ...")
    with_words: list[StrictStr] = []  # one of these words must be in the clause ("peacekeeping")
    negated_code: StrictStr | None = Field(default=None, pattern=_CODE)
    examples: list[_ExampleModel] = []

    @field_validator("lemma", "particle", "prep")
    @classmethod
    def _one_word(cls, value: str | None) -> str | None:
        if value is not None and not _WORD.match(value):
            raise ValueError(f"{value!r} must be one lowercase word")
        return value

    @field_validator("objects", "target_preps", "with_words")
    @classmethod
    def _words(cls, values: list[str]) -> list[str]:
        for value in values:
            if not _WORD.match(value):
                raise ValueError(f"{value!r} must be one lowercase word")
        if len(set(values)) != len(values):
            raise ValueError("duplicate items")
        return values


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is ten times faster


class _NoDuplicateKeysLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    """A safe YAML loader that refuses a mapping key written twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} written twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


# --- reading -----------------------------------------------------------------


def load_patterns(*, extra_files: Sequence[Path] = (), root: Path | None = None) -> PatternTable:
    """Load the built-in tables (or those in ``root``) and merge ``extra_files`` over them.

    Example::

        table = load_patterns()
        table.candidates("visit", "verb")[0].code  # "042"
    """
    folder: Traversable = root if root is not None else _builtin_root()
    manifest = _builtin_manifest() if root is None else None
    merged: dict[PatternKey, VerbPattern] = {}
    for pattern in _read_builtins(folder, manifest):
        if pattern.key in merged:
            raise PatternError(f"{pattern.pattern_id}: same key as {merged[pattern.key].pattern_id}")
        merged[pattern.key] = pattern
    for path in extra_files:
        label = f"user/{Path(path).name}"
        user_patterns = _unique(_parse_file(_read_path(Path(path)), label=label, expect_root=None))
        merged.update((pattern.key, pattern) for pattern in user_patterns)
    version = PATTERNS_VERSION + ("+user" if extra_files else "")
    return PatternTable(version=version, by_lemma=_group(merged.values()))


def _builtin_root() -> Traversable:
    return files("detente.ontology").joinpath("patterns", PATTERNS_VERSION)


def _builtin_manifest() -> Mapping[str, Mapping[str, str]]:
    """The ontology manifest's file table."""
    source = files("detente.ontology").joinpath(MANIFEST_NAME)
    if not source.is_file():
        raise PatternError(f"{MANIFEST_NAME}: not found in {files('detente.ontology')}")
    try:
        return parse_manifest(source.read_text(encoding="utf-8"))
    except OntologyError as exc:
        raise PatternError(str(exc)) from exc


def _read_builtins(folder: Traversable, manifest: Mapping[str, Mapping[str, str]] | None) -> list[VerbPattern]:
    """Read every ``NN.yaml``; with a manifest, each must be listed there with its sha256."""
    if not folder.is_dir():
        raise PatternError(f"pattern folder not found: {folder}")
    names = sorted(item.name for item in folder.iterdir() if _FILE_NAME.match(item.name))
    if not names:
        raise PatternError(f"no NN.yaml pattern files in {folder}")
    patterns: list[VerbPattern] = []
    for name in names:
        label = f"{PATTERNS_VERSION}/{name}"
        data = folder.joinpath(name).read_bytes()
        if manifest is not None:
            try:
                verify_bytes(f"patterns/{label}", data, manifest)
            except OntologyError as exc:
                raise PatternError(str(exc)) from exc
        patterns.extend(_parse_file(_decode(data, label), label=label, expect_root=name[:2]))
    return patterns


def _decode(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PatternError(f"{label}: not valid UTF-8 ({exc})") from exc


def _read_path(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PatternError(f"cannot read pattern file {path}: {exc}") from exc
    return _decode(data, f"user/{path.name}")


def _unique(patterns: list[VerbPattern]) -> list[VerbPattern]:
    seen: dict[PatternKey, str] = {}
    for pattern in patterns:
        if pattern.key in seen:
            raise PatternError(f"{pattern.pattern_id}: same key as {seen[pattern.key]}")
        seen[pattern.key] = pattern.pattern_id
    return patterns


def _parse_file(text: str, *, label: str, expect_root: str | None) -> list[VerbPattern]:
    """Parse one file. ``expect_root`` set: a built-in file whose ``root`` must match it."""
    try:
        data = yaml.load(text, Loader=_NoDuplicateKeysLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise PatternError(f"{label}: not valid YAML: {exc}") from exc
    root, entries = _check_top(data, label=label, expect_root=expect_root)
    ordinals: dict[str, int] = {}
    patterns: list[VerbPattern] = []
    for index, raw in enumerate(entries, start=1):
        entry = _validate_entry(raw, where=f"{label}: entry {index}", root=root)
        ordinals[entry.lemma] = ordinals.get(entry.lemma, 0) + 1
        patterns.append(_to_pattern(entry, f"{label}:{entry.lemma}#{ordinals[entry.lemma]}"))
    return patterns


def _check_top(data: Any, *, label: str, expect_root: str | None) -> tuple[str | None, list[Any]]:
    if not isinstance(data, dict):
        raise PatternError(f"{label}: top level must be a mapping with 'patterns' (and 'root')")
    unknown = sorted(set(map(str, data)) - {"root", "patterns"})
    if unknown:
        raise PatternError(f"{label}: unknown top-level key(s) {unknown}; allowed: root, patterns")
    root = data.get("root")
    if expect_root is not None and root != expect_root:
        raise PatternError(f"{label}: root must be the quoted string {expect_root!r}, got {root!r}")
    if root is not None and not (isinstance(root, str) and re.fullmatch(r"\d{2}", root)):
        raise PatternError(f"{label}: root must be a quoted two-digit string such as \"04\", got {root!r}")
    entries = data.get("patterns")
    if not isinstance(entries, list):
        raise PatternError(f"{label}: 'patterns' must be a list of entries")
    return root, entries


def _validate_entry(raw: Any, *, where: str, root: str | None) -> _EntryModel:
    if isinstance(raw, dict) and isinstance(raw.get("lemma"), str):
        where = f"{where} (lemma {raw['lemma']!r})"
    if not isinstance(raw, dict):
        raise PatternError(f"{where}: an entry must be a mapping, got {type(raw).__name__}")
    try:
        entry = _EntryModel.model_validate(raw)
    except ValidationError as exc:
        raise PatternError(f"{where}: {_describe(exc)}") from None
    if root is not None and entry.code[:2] != root:
        raise PatternError(f"{where}: code {entry.code!r} is not under this file's root {root!r}")
    return entry


def _describe(exc: ValidationError) -> str:
    problems = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"]) or "entry"
        if error["type"] == "extra_forbidden":
            problems.append(f"unknown key {field!r}")
        elif error["type"] == "missing":
            problems.append(f"missing required key {field!r}")
        elif isinstance(error.get("input"), bool) and field not in ("reciprocal", "needs_target", "no_object"):
            problems.append(f"{field}: got {error['input']!r}; quote words such as \"on\" and \"off\", "
                            "which YAML reads as true/false")
        elif field.split(".")[0] in ("code", "negated_code"):
            problems.append(f"{field} must be a quoted string of 2-4 digits such as \"042\", got {error['input']!r}")
        else:
            problems.append(f"{field}: {error['msg']}")
    return "; ".join(problems)


def _to_pattern(entry: _EntryModel, pattern_id: str) -> VerbPattern:
    return VerbPattern(
        pattern_id=pattern_id,
        code=entry.code,
        lemma=entry.lemma,
        pos=entry.pos,
        particle=entry.particle,
        objects=frozenset(entry.objects),
        prep=entry.prep,
        target_preps=tuple(entry.target_preps),
        reciprocal=entry.reciprocal,
        negated_code=entry.negated_code,
        examples=tuple(PatternExample(ex.text, ex.source, ex.target) for ex in entry.examples),
        style=CodingStyle(require_target=entry.needs_target, no_object=entry.no_object),
        context=WordContext(anywhere=frozenset(entry.with_words)) if entry.with_words else None,
    )


def _group(patterns: Iterable[VerbPattern]) -> Mapping[str, tuple[VerbPattern, ...]]:
    """Group by lemma; the sort is stable, so file order breaks ties."""
    grouped: dict[str, list[VerbPattern]] = {}
    for pattern in patterns:
        grouped.setdefault(pattern.lemma, []).append(pattern)
    ordered = {
        lemma: tuple(sorted(items, key=lambda p: p.specificity, reverse=True)) for lemma, items in grouped.items()
    }
    return MappingProxyType(ordered)
