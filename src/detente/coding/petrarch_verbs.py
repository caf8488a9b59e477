"""Read a PETRARCH2-format verbs dictionary into detente verb patterns.

The format, as this reader takes it::

    &CURRENCY                      a synonym set; members may be phrases
    +DOLLARS                       or other sets (+&OTHER)
    +SWISS FRANCS

    --- CONTRIBUTE [070] ---       a block: its verbs share its patterns
    CONTRIBUTE                     a verb form; ``{...}`` lists irregular forms
    +BREAK_DOWN [1717]             a phrasal form: ``+`` marks the verb
    - * &CURRENCY [903]            a pattern: words around the verb (``*``)
    - $ * FOR + [096]              $ source, + target, % compound actor
    - * FOR_ASYLUM [174K]          ``_`` joins words (no gap), a space allows one
    - * (TO {BANNED PARTIES}) [1722]  phrase brackets: read as words in order
    - NOT * [112]                  words before the verb
    - ARRIVE [032:033]             code:paired code (the target's mirror event)

Each (verb form, pattern) becomes a ``VerbPattern`` with a ``WordContext``:
words after the verb, words before it, a coordinated subject for ``%``, the
preposition before ``+`` as the target's, the one before ``$`` (after the
verb) as the source's. Codes stand as written (``literal``), including the
WEIS-style codes of validation dictionaries; ``[---]`` means "do not code"
and still stops less specific patterns. Patterns this engine cannot express
are skipped and counted by reason. Every lemma's patterns are ordered most
specific first, so the coder takes the longest match, as PETRARCH does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from detente.actors.petrarch_actors import clean_lines
from detente.coding.patterns import CodingStyle, VerbPattern
from detente.coding.word_context import WordContext, WordSlot

NULL_CODE = "---"
# PETRARCH's defaults: codes as written, the first actor after the verb as
# target, and only complete dyads (its ``require_dyad = True``).
PETRARCH_STYLE = CodingStyle(literal=True, first_actor_target=True, require_dyad=True)
_VALID_CODE = re.compile(r"^[0-9A-Za-z?]+$")
_HEADER = re.compile(r"^---\s*(?P<name>[^\[]+?)\s*\[(?P<code>[^\]]*)\]")
_TRAILING_CODE = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
_PIECES = re.compile(r"[^\s_(){}]+|_")
PREPOSITIONS = frozenset({
    "with", "to", "against", "on", "toward", "towards", "into", "at", "for", "from", "of", "in", "about",
    "by", "over", "between", "among", "upon", "near", "after", "before", "through", "under", "onto",
})
PARTICLES = frozenset({"up", "down", "out", "off", "back", "away", "over", "in", "on", "through", "along", "aside"})
_IRREGULAR = MappingProxyType({
    "said": "say", "says": "say", "left": "leave", "met": "meet", "held": "hold", "made": "make",
    "paid": "pay", "sought": "seek", "won": "win", "shot": "shoot", "sank": "sink", "sunk": "sink",
    "risen": "rise", "rose": "rise", "fought": "fight", "found": "find", "drawn": "draw", "drew": "draw",
    "began": "begin", "begun": "begin", "lent": "lend", "broke": "break", "broken": "break", "took": "take",
    "taken": "take", "gave": "give", "given": "give", "went": "go", "gone": "go", "came": "come",
    "sent": "send", "brought": "bring", "told": "tell", "sold": "sell", "struck": "strike", "led": "lead",
    "fled": "flee", "kept": "keep", "threw": "throw", "thrown": "throw", "spoke": "speak", "spoken": "speak",
    "wrote": "write", "written": "write", "stood": "stand", "fell": "fall", "fallen": "fall", "bought": "buy",
})


class VerbsFormatError(ValueError):
    """A verbs-file line that cannot be read; the message names the line."""


@dataclass(frozen=True, slots=True)
class Item:
    """One element of a pattern or verb form: a word, ``*``, ``$``, ``+``,
    ``%``, ``^`` or ``&SET``; ``joined``: written with ``_`` to the one before."""

    text: str
    joined: bool


@dataclass(frozen=True, slots=True)
class VerbForm:
    verb: str  # the written verb, lower case ("left", "break")
    before: tuple[str, ...]  # words joined before it ("wire" in WIRE_+TAP)
    after: tuple[str, ...]  # words joined after it ("down" in +BREAK_DOWN)
    code: str | None  # its own code, else the block's
    spellings: tuple[str, ...]  # the irregular forms in braces
    line: int


@dataclass(frozen=True, slots=True)
class PatternLine:
    items: tuple[Item, ...]
    code: str
    line: int


@dataclass(frozen=True, slots=True)
class VerbBlock:
    header: str
    code: str
    forms: tuple[VerbForm, ...]
    patterns: tuple[PatternLine, ...]
    line: int


@dataclass(frozen=True, slots=True)
class VerbsFile:
    synsets: Mapping[str, tuple[tuple[str, ...], ...]]  # name -> member phrases, nested sets expanded
    blocks: tuple[VerbBlock, ...]


@dataclass(frozen=True, slots=True)
class VerbImport:
    patterns: tuple[VerbPattern, ...]  # grouped by lemma, most specific first
    codes: frozenset[str]  # every code the patterns can produce
    skipped: Mapping[str, int] = field(default_factory=dict)  # reason -> patterns left out


def split_items(text: str) -> tuple[Item, ...]:
    """``NEW_&TIETYPES_RELATIONS`` -> new, &TIETYPES (joined), relations (joined)."""
    items, joined = [], False
    for piece in _PIECES.findall(text):
        if piece == "_":
            joined = bool(items)
            continue
        items.append(Item(piece if piece[0] in "&*$+%^" else piece.lower(), joined))
        joined = False
    return tuple(items)


def _members(raw: Mapping[str, list[str]], name: str, seen: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], ...]:
    out: list[tuple[str, ...]] = []
    for member in raw.get(name, ()):
        if member.startswith("&"):
            inner = member[1:].rstrip("_").upper()
            if inner not in seen:
                out.extend(_members(raw, inner, seen | {name}))
        else:
            out.append(tuple(item.text for item in split_items(member)))
    return tuple(dict.fromkeys(phrase for phrase in out if phrase))


def _parse_form(text: str, line: int) -> VerbForm:
    braces = re.search(r"\{([^}]*)\}", text)
    spellings = tuple(word.lower().replace("+", "").replace("_", " ") for word in braces[1].split()) if braces else ()
    text = re.sub(r"\{[^}]*\}", "", text)
    coded = _TRAILING_CODE.search(text)
    code = coded["code"].strip() if coded else None
    words = [w for w in re.split(r"[\s_]+", _TRAILING_CODE.sub("", text).strip()) if w]
    marked = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+").lower() for w in words]
    if not words:
        raise VerbsFormatError(f"line {line}: empty verb form")
    return VerbForm(words[marked], tuple(words[:marked]), tuple(words[marked + 1:]), code, spellings, line)


def read_verbs(text: str) -> VerbsFile:
    """Synonym sets and verb blocks of a PETRARCH verbs file, in file order."""
    raw_sets: dict[str, list[str]] = {}
    blocks: list[VerbBlock] = []
    current_set: str | None = None
    header: tuple[str, str, int] | None = None
    forms: list[VerbForm] = []
    patterns: list[PatternLine] = []

    def close() -> None:
        if header is not None:
            name, code, line = header
            own = tuple(forms) or (_parse_form(name, line),)
            blocks.append(VerbBlock(name, code, own, tuple(patterns), line))

    for number, line in clean_lines(text):
        body = line.strip()
        if body.startswith("---"):
            close()
            found = _HEADER.match(body)
            if found is None:
                raise VerbsFormatError(f"line {number}: a block header reads '--- VERB [code] ---'")
            header, forms, patterns, current_set = (found["name"], found["code"].strip(), number), [], [], None
        elif body.startswith("&"):
            close()
            header, current_set = None, body[1:].split()[0].rstrip("_").upper()
            raw_sets[current_set] = []
        elif current_set is not None and body.startswith("+"):
            raw_sets[current_set].append(body[1:].strip())
        elif header is not None and body.startswith("-"):
            coded = _TRAILING_CODE.search(body)
            if coded is None:
                raise VerbsFormatError(f"line {number}: a pattern ends with its [code]")
            patterns.append(PatternLine(split_items(body[1 : coded.start()]), coded["code"].strip(), number))
        elif header is not None:
            forms.append(_parse_form(body, number))
    close()
    synsets = {name: _members(raw_sets, name) for name in raw_sets}
    return VerbsFile(MappingProxyType(synsets), tuple(blocks))


def lemma_guesses(word: str) -> tuple[str, ...]:
    """Lemmas a written verb form may have: "eased" -> eased, ease, eas."""
    word = word.lower()
    if word in _IRREGULAR:
        return (word, _IRREGULAR[word])
    found = [word]
    if re.search(r"[^aeiou]ie[sd]$", word):
        found.append(word[:-3] + "y")
    elif word.endswith("ing") and len(word) > 5:
        found.extend((word[:-3], word[:-3] + "e", _undouble(word[:-3])))
    elif word.endswith("ed") and len(word) > 4:
        found.extend((word[:-1], word[:-2], _undouble(word[:-2])))
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        found.append(word[:-1])
    return tuple(dict.fromkeys(found))


def _undouble(stem: str) -> str:
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem


# --- translation: blocks -> VerbPatterns ----------------------------------------


class _Skip(Exception):
    """A pattern this engine cannot express; the message is the reason."""


@dataclass(frozen=True, slots=True)
class _Shape:
    """What a pattern line asks for, apart from the verb form."""

    before: tuple[WordSlot, ...]
    after: tuple[WordSlot, ...]
    prep: str | None
    source_prep: str | None
    compound: bool


def _options(item: Item, synsets: Mapping[str, tuple[tuple[str, ...], ...]], *, leftwards: bool) -> frozenset:
    if item.text.startswith("&"):
        members = synsets.get(item.text[1:].rstrip("_").upper())
        if not members:
            raise _Skip("unknown synonym set")
    else:
        members = ((item.text,),)
    return frozenset(tuple(reversed(member)) if leftwards else member for member in members)


def _after_shape(items: Sequence[Item], synsets) -> tuple[tuple[WordSlot, ...], str | None, str | None]:
    slots: list[WordSlot] = []
    prep = source_prep = last_word = None
    gap = False
    for item in items:
        adjacent, gap = item.joined and not gap, False
        if item.text == "^":
            gap = True
        elif item.text in ("+", "%", "$"):
            before = last_word if last_word in PREPOSITIONS else None
            if item.text == "$":
                source_prep = before or "from"
            else:
                prep = before
            gap, last_word = True, None
        else:
            slots.append(WordSlot(_options(item, synsets, leftwards=False), adjacent))
            last_word = item.text
    return tuple(slots), prep, source_prep


def _before_shape(items: Sequence[Item], verb: Item, synsets) -> tuple[tuple[WordSlot, ...], bool, bool]:
    slots: list[WordSlot] = []
    compound = target_first = gap = False
    right = verb
    for item in reversed(items):
        adjacent, gap = right.joined and not gap, False
        right = item
        if item.text in ("$", "^", "%", "+"):
            compound = compound or item.text == "%"
            target_first = target_first or item.text == "+"
            gap = True
            continue
        slots.append(WordSlot(_options(item, synsets, leftwards=True), adjacent))
    return tuple(slots), compound, target_first


def pattern_shape(items: Sequence[Item], synsets) -> _Shape:
    """Translate one pattern line's items; raises ``_Skip`` with the reason."""
    stars = [i for i, item in enumerate(items) if item.text == "*"]
    if len(stars) != 1:
        raise _Skip("no single verb marker")
    k = stars[0]
    after, prep, source_prep = _after_shape(items[k + 1 :], synsets)
    before, compound, target_first = _before_shape(items[:k], items[k], synsets)
    if target_first and source_prep is None:
        raise _Skip("target named before the verb")
    return _Shape(before, after, prep, source_prep, compound)


def split_code(text: str) -> tuple[str, str | None]:
    """``032:033`` -> ("032", "033"); raises ``_Skip`` for codes such as ``+++``."""
    primary, _, paired = text.partition(":")
    primary, paired = primary.strip(), paired.strip() or None
    if primary != NULL_CODE and not _VALID_CODE.match(primary):
        raise _Skip("invalid code")
    if paired is not None and (paired == NULL_CODE or not _VALID_CODE.match(paired)):
        paired = None
    return primary, paired


_EMPTY = _Shape((), (), None, None, False)


def _form_slots(form: VerbForm) -> tuple[str | None, tuple[WordSlot, ...], tuple[WordSlot, ...]]:
    """A form's particle and its joined words as slots (before: nearest first)."""
    after = list(form.after)
    particle = after.pop(0) if len(after) == 1 and after[0] in PARTICLES else None
    before = tuple(WordSlot(frozenset({(word,)}), True) for word in reversed(form.before))
    return particle, before, tuple(WordSlot(frozenset({(word,)}), True) for word in after)


def _make(block: VerbBlock, form: VerbForm, lemma: str, shape: _Shape, code: str, *, line: int,
          restrict: bool) -> VerbPattern:
    primary, paired = split_code(code)
    particle, form_before, form_after = _form_slots(form)
    forms = frozenset({form.verb, *(s for s in form.spellings if " " not in s)}) if restrict else frozenset()
    context = WordContext(forms=forms, before=form_before + shape.before, after=form_after + shape.after,
                          compound_subject=shape.compound)
    return VerbPattern(
        pattern_id=f"petrarch/{block.header.strip()}@{line}", code=primary, lemma=lemma, particle=particle,
        prep=shape.prep, target_preps=(shape.prep,) if shape.prep else (), reciprocal=shape.compound,
        context=context if context != WordContext() else None, source_prep=shape.source_prep,
        paired_code=paired, style=PETRARCH_STYLE,
    )


def _specificity(pattern: VerbPattern) -> tuple[int, int]:
    context = pattern.context or WordContext()
    size = context.size + sum(x is not None for x in (pattern.particle, pattern.prep, pattern.source_prep))
    return (size, int(bool(context.forms)))


def translate_verbs(verbs: VerbsFile) -> VerbImport:
    """Every (verb form, pattern) of ``verbs`` as a ``VerbPattern``, most specific first per lemma."""
    owners: dict[str, set[int]] = {}
    for index, block in enumerate(verbs.blocks):
        for form in block.forms:
            for lemma in lemma_guesses(form.verb):
                owners.setdefault(lemma, set()).add(index)
    skipped: Counter[str] = Counter()
    made: list[VerbPattern] = []
    for index, block in enumerate(verbs.blocks):
        shapes = []
        for line in block.patterns:
            try:
                split_code(line.code)
                shapes.append((pattern_shape(line.items, verbs.synsets), line))
            except _Skip as skip:
                skipped[str(skip)] += 1
        for form in block.forms:
            for lemma in lemma_guesses(form.verb):
                restrict = len(owners[lemma]) > 1 and form.verb != lemma
                for shape, line in shapes:
                    made.append(_make(block, form, lemma, shape, line.code, line=line.line, restrict=restrict))
                try:
                    made.append(_make(block, form, lemma, _EMPTY, form.code or block.code, line=form.line,
                                      restrict=restrict))
                except _Skip as skip:
                    skipped[f"verb form: {skip}"] += 1
    ordered = sorted(enumerate(made), key=lambda pair: (pair[1].lemma, tuple(-x for x in _specificity(pair[1])), pair[0]))
    patterns = tuple(pattern for _, pattern in ordered)
    codes = {p.code for p in patterns} | {p.paired_code for p in patterns if p.paired_code}
    return VerbImport(patterns=patterns, codes=frozenset(codes - {NULL_CODE}), skipped=dict(skipped))
