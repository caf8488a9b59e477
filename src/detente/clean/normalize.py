"""Deterministic article ids from normalised text.

The id must survive a re-scrape of the same story with different markup:
case, whitespace, and typographic variants of quotes and dashes do not
count; words and their order do.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    }
)  # fmt: skip

_WHITESPACE = re.compile(r"\s+")


def normalize_for_id(text: str) -> str:
    """The form of ``text`` that ``article_id_for`` hashes."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_QUOTES)
    return _WHITESPACE.sub(" ", text).strip()


def article_id_for(text: str) -> str:
    """sha256 hex digest of the normalised article text."""
    return hashlib.sha256(normalize_for_id(text).encode("utf-8")).hexdigest()


def line_key(line: str) -> str:
    """How lines are compared across articles: case and spacing ignored."""
    return normalize_for_id(line)
