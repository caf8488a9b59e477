"""What the small model's entities are not, and where a name is hidden.

The bundled spaCy model tags many things as names of people, organisations
or places that annotation guides leave out, and misses some that are plain
in the text. These rules read the surface: ships by their naval prefix,
operations and documents by their first or last word, buildings and works
by their last word, names glossed in another language, languages and
peoples by their form, and points written as coordinates. Used by
:mod:`detente.actors.entity_sources` and :mod:`detente.actors.entities`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detente.actors.nouns import (
    DOCUMENT_HEADS, FACILITY_NOUNS, GROUP_NOUNS, LANGUAGE_NAMES, LANGUAGE_USES, OPERATION_WORDS, PEOPLE_NAME_ENDINGS,
    PEOPLE_NAMES, PEOPLES_AND_FAITHS, VESSEL_PREFIXES,
)
from detente.types import ParsedSentence, Span, Token

# A point written as coordinates names a place: "33°47′N 44°30′E",
# "33.783°N 44.500°E", "33.783; 44.500".
_DEGREES = r"\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?[′'](?:\s?\d{1,2}(?:\.\d+)?[″\"])?)?"
COORDINATES = re.compile(
    rf"(?<![\w.]){_DEGREES}\s?[NS],?\s+{_DEGREES}\s?[EW]\b"
    r"|(?<![\w.])-?\d{1,2}\.\d{3,};\s*-?\d{1,3}\.\d{3,}(?![\w.])"
)


def vessel_names(sentences: Sequence[ParsedSentence]) -> frozenset[str]:
    """Names written after a naval prefix in the text ("FS Forbin" -> "Forbin")."""
    names = set()
    for sent in sentences:
        tokens = sent.tokens
        for tok in tokens[:-1]:
            last = name_after(tokens, tok.i)
            if tok.text in VESSEL_PREFIXES and last > tok.i:
                base = sent.sentence.start
                names.add(sent.sentence.text[tokens[tok.i + 1].start - base:tokens[last].end - base])
    return frozenset(names)


def name_after(tokens: Sequence[Token], i: int) -> int:
    """The last token of the run of capitalised proper nouns right after token
    ``i`` ("FS *Forbin*", "near *Al Huwayjah*"); ``i`` itself when there is none."""
    last = i
    while last + 1 < len(tokens) and tokens[last + 1].pos == "PROPN" and tokens[last + 1].text[:1].isupper():
        last += 1
    return last


def names_vessel(text: str, vessels: frozenset[str]) -> bool:
    """A ship, by its prefix or by a name a prefix stood before elsewhere."""
    words = text.split()
    return bool(words) and (words[0] in VESSEL_PREFIXES or text in vessels)


def names_event_or_text(text: str) -> bool:
    """ "Operation Steel Curtain", "the Geneva Communique": an operation or a
    document, its head word last but for a number ("Resolutions 2254") or an
    "of" phrase ("the Yazidi Book of Revelation")."""
    words = [w.lower() for w in text.split() if w.lower() != "the"]
    if not words:
        return False
    if words[0] in OPERATION_WORDS:
        return True
    for head in (words[:words.index("of")] if "of" in words[1:] else [], words):
        while len(head) > 1 and head[-1][:1].isdigit():
            head = head[:-1]
        if len(head) > 1 and _singular(head[-1]) in DOCUMENT_HEADS:
            return True
    return False


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in DOCUMENT_HEADS else word


def in_language_gloss(sent: ParsedSentence, ent: Span) -> bool:
    """A name given in another language inside brackets: "(Arabic: جبل حمرين
    Jabāl Hamrīn, Kurdish: Çiyayê Hemrîn)" repeats a name already given."""
    base = sent.sentence.start
    before = sent.sentence.text[:ent.start - base]
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    label = before[opened + 1:].split(":")[0].strip().lower()
    return ":" in before[opened:] and label in LANGUAGE_NAMES


def names_people_or_faith(word: str) -> bool:
    """One word naming an ethnic or religious group: "Yazidi", "Kurds", "Islam"."""
    lower = word.lower()
    return lower in PEOPLES_AND_FAITHS or (lower.endswith("s") and lower[:-1] in PEOPLES_AND_FAITHS)


def names_a_people(text: str) -> bool:
    word = text.split()[-1].lower() if text.split() else ""
    return word in PEOPLE_NAMES or word.endswith(PEOPLE_NAME_ENDINGS)


def lower_prefix(text: str) -> int:
    """Length of a lower-case prefix joined by a hyphen: "intra-Syrian" names the Syrians."""
    head, dash, rest = text.partition("-")
    return len(head) + 1 if dash and head.isalpha() and head.islower() and rest[:1].isupper() else 0


def names_language(sent: ParsedSentence, ent: Span) -> bool:
    """ "(Arabic: ...)", "its Arabic acronym": the language, not a people."""
    if ent.label != "NORP" or ent.text.lower() not in LANGUAGE_NAMES:
        return False
    after = [tok for tok in sent.tokens if tok.start >= ent.end][:1]
    return bool(after) and (after[0].text == ":" or after[0].lemma.lower() in LANGUAGE_USES)


def names_facility(text: str) -> bool:
    """A name ending in a building, work or water: "the Ishtar Gate", "the Samarra Barrage"."""
    words = text.split()
    return len(words) > 1 and words[-1].lower() in FACILITY_NOUNS


# Titles that end the name of a post, held by a person: "Foreign Office Minister", "407th AEG commander".
_TITLE_ENDS = frozenset(
    "minister commander commissioner secretary ambassador envoy spokesman spokeswoman director".split())
# Name openers of Arabic patronymics and kunyas: "Abu Ghadiya", "Umm Sayyaf".
_PERSONAL_OPENERS = frozenset({"abu", "umm", "ibn", "bin"})


# Labels of turns in a transcript ("QUESTION: Secretary Kerry, did you ..."): roles, not people.
_TRANSCRIPT_LABELS = frozenset({"question", "answer", "moderator", "operator", "participant", "q", "a"})


# A colon, then a number: "Frequency: 12130", "Passcode: 3080897".
_FIELD_VALUE = re.compile(r":\s?\d")


def transcript_label(sent: ParsedSentence, start: int, end: int) -> bool:
    """The name is a capitalised turn label followed by a colon ("QUESTION:"),
    or a field label followed by its value ("Frequency: 12130 MHz")."""
    base = sent.sentence.start
    text = sent.sentence.text[start - base:end - base]
    after = sent.sentence.text[end - base:end - base + 4]
    if after[:1] != ":":
        return False
    return (text.isupper() and text.lower() in _TRANSCRIPT_LABELS) or _FIELD_VALUE.match(after) is not None


def kind_by_form(text: str, label: str) -> str:
    """The label a name's own words call for when they contradict the model:
    a post ends in a title (Person), a body ends in a group noun
    ("Monotheism Supporters Brigades": Organisation), "Abu ..." is a person."""
    words = [w.lower() for w in text.split()]
    if len(words) < 2:
        return label
    # the title may end the name or head an "of"/"for" phrase: "the US Secretary of State"
    head = next((words[i - 1] for i in range(1, len(words)) if words[i] in ("of", "for")), words[-1])
    if label == "Organisation" and (words[-1] in _TITLE_ENDS or head in _TITLE_ENDS):
        return "Person"
    if label == "Person" and (words[-1] in GROUP_NOUNS or words[-1].rstrip("s") in GROUP_NOUNS):
        return "Organisation"
    if label in ("Nationality", "Location") and words[0] in _PERSONAL_OPENERS:
        return "Person"
    return label
