"""Repair the character-level damage scrapers leave in article text.

``repair_text`` is idempotent: repairing repaired text changes nothing.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# Quote characters a scraper may have backslash-escaped (``Russia\’s``).
_ESCAPED_QUOTE = re.compile(r"(?<!\\)\\([’”'\"‘“])")

# Spaces that render as a blank but are not U+0020: no-break, narrow
# no-break, figure, en/em and other typographic spaces, ideographic space.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]")

# Invisible characters with no meaning in prose: zero-width space, word
# joiner, BOM used mid-text, soft hyphen, and the marks that set the
# direction of text ("Mosul\u200e" next to Arabic script). Zero-width
# (non-)joiners are kept: they are spelling in Persian, Hindi and emoji sequences.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# A closing double quote at the start of a word opens a quotation: scrapers
# and CMS editors often type ``”`` for both (``had ”considered our ...``).
_MISTURNED_OPEN_QUOTE = re.compile(r"(?<![^\s(\[])”(?=\w)")

_SPACE_RUN = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")


def repair_text(text: str) -> str:
    """Fix mojibake, escaped quotes, odd spaces and ragged whitespace.

    Paragraph breaks (one blank line) survive; longer runs of blank lines
    collapse to one. Leading and trailing spaces of each line are removed.
    """
    # ftfy first: escaped quotes are often mojibake too (``\\â€™``).
    # uncurl_quotes=False keeps typographic quotes, which the coder reads.
    text = ftfy.fix_text(text, uncurl_quotes=False, explain=False)
    text = _ESCAPED_QUOTE.sub(r"\1", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _MISTURNED_OPEN_QUOTE.sub("“", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    text = "\n".join(lines)
    return _BLANK_RUN.sub("\n\n", text).strip()
