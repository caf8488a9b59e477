"""Rewrite one marked section of a docs page, leaving the rest as it is.

Every bench script owns a section between its own ``<!-- name:start -->`` and
``<!-- name:end -->`` markers in docs/accuracy.md or docs/performance.md.
"""

from __future__ import annotations

from pathlib import Path


def write_section(path: Path, section: str, *, start: str, end: str, header: str) -> None:
    """Replace the text from ``start`` to ``end`` with ``section`` (which carries
    both markers), or append it; a missing file starts with ``header``."""
    text = path.read_text(encoding="utf-8") if path.exists() else header
    if start in text and end in text:
        head, rest = text.split(start, 1)
        text = head + section + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
