"""Repairs for verb lemmas the bundled English model gets wrong.

The model's lemmatiser strips "-ed", "-es" and "-ing" from silent-e verbs of
one syllable and keeps the stem: "staged" -> "stag", "waged" -> "wag",
"hoped" -> "hop", "fined" -> "fin". English doubles the last consonant of
such a stem when it really is the verb ("hopped", "stagged"), so an
undoubled form says the verb ends in "e". The coder keys its patterns and
its modality words on lemmas ("hopes Japan will ..."), so this is mended for
every stage here; other slips ("lambastes" -> "lambast") are tried by the
coder's pattern lookup (:func:`detente.coding.predicates.lemma_variants`).
"""

from __future__ import annotations

import re

# One vowel group between consonants: the stems English doubles ("hop" ->
# "hopped"); w, x and y are never doubled ("fixed", "played").
_SHORT_STEM = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
_ENDINGS = ("ed", "es", "ing")


def verb_lemma(text: str, lemma: str) -> str:
    """The lemma of a verb token, repaired where the model's is wrong."""
    word = text.lower()
    if _SHORT_STEM.match(lemma) and any(word == lemma + ending for ending in _ENDINGS):
        return lemma + "e"
    return lemma
