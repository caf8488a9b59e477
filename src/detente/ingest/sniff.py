"""Decide what a file is and whether its bytes are readable text."""

from __future__ import annotations

from pathlib import Path

from detente.errors import DetenteError, ErrorCode

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
_WARC_MAGIC = (b"WARC/", b"\x1f\x8b")


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (("warc", WARC_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("text", TEXT_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def sniff_kind(data: bytes) -> str:
    """Guess the kind of stdin input from its first bytes."""
    head = data[:2048].lstrip()
    if data.startswith(_WARC_MAGIC):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head[:1] == b"<":
        return "html"
    return "text"


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not text."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > 0.05


def decode_text(data: bytes, *, what: str) -> str:
    """Strict UTF-8 (with or without BOM); anything else is a recorded error."""
    if not data.strip():
        raise DetenteError(ErrorCode.E001_EMPTY, what)
    if looks_binary(data):
        raise DetenteError(ErrorCode.E002_BINARY, what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DetenteError(ErrorCode.E004_BAD_ENCODING, f"{what}: not UTF-8 at byte {exc.start}") from None
