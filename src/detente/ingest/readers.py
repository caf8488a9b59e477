"""Input files -> RawDocument records (or Failures), one reader per format.

Readers only read and decode; HTML extraction runs in ``ExtractHtml`` so it
can be batched like every other stage. ``source`` names the input path, plus
``#N`` for the Nth record (1-based) of a JSONL or WARC file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from detente.errors import DetenteError, ErrorCode, failure_from_exception, make_failure
from detente.ingest.sniff import decode_text, kind_of, looks_binary, sniff_kind
from detente.ingest.warc import read_warc
from detente.types import Failure, RawDocument

STAGE = "ingest.read.v1"


@dataclass(frozen=True, slots=True)
class Metadata:
    """Metadata given on the command line for single-file input."""

    published: str | None = None
    outlet: str | None = None
    url: str | None = None

    def apply(self, doc: RawDocument) -> RawDocument:
        return replace(
            doc,
            published=self.published or doc.published,
            outlet=self.outlet or doc.outlet,
            url=self.url or doc.url,
        )


def _sidecar(path: Path) -> dict:
    side = path.with_suffix(".json")
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_text_file(source: str, data: bytes, *, sidecar: dict) -> Iterator[RawDocument]:
    text = decode_text(data, what=source)
    yield RawDocument(
        source=source, text=text, url=sidecar.get("url"), title=sidecar.get("title"),
        published=sidecar.get("published") or sidecar.get("date"), outlet=sidecar.get("outlet"),
        doc_id=sidecar.get("id"),
    )


def read_html_file(source: str, data: bytes, *, sidecar: dict) -> Iterator[RawDocument]:
    html = decode_text(data, what=source)
    yield RawDocument(
        source=source, html=html, url=sidecar.get("url"), title=sidecar.get("title"),
        published=sidecar.get("published") or sidecar.get("date"), outlet=sidecar.get("outlet"),
    )


def _jsonl_record(source: str, line: str) -> RawDocument:
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise DetenteError(ErrorCode.E005_BAD_JSONL, f"{source}: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise DetenteError(ErrorCode.E005_BAD_JSONL, f"{source}: a record must be a JSON object")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise DetenteError(ErrorCode.E005_BAD_JSONL, f"{source}: no 'text' or 'html' string field")
    doc_id = record.get("id")
    return RawDocument(
        source=source, text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) and not isinstance(text, str) else None,
        url=record.get("url"), title=record.get("title"),
        published=record.get("date") or record.get("published"), outlet=record.get("outlet"),
        doc_id=None if doc_id is None else str(doc_id),
    )


def read_jsonl(source: str, data: bytes) -> Iterator[RawDocument | Failure]:
    text = decode_text(data, what=source)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        item = f"{source}#{number}"
        try:
            yield _jsonl_record(item, line)
        except DetenteError as exc:
            yield failure_from_exception(item, STAGE, exc)


def read_bytes(source: str, data: bytes, kind: str, *, sidecar: dict | None = None) -> Iterator[RawDocument | Failure]:
    if kind == "warc":
        yield from read_warc(source, data)
    elif kind == "jsonl":
        yield from read_jsonl(source, data)
    elif kind == "html":
        yield from read_html_file(source, data, sidecar=sidecar or {})
    else:
        yield from read_text_file(source, data, sidecar=sidecar or {})


def read_file(path: Path, *, max_bytes: int) -> Iterator[RawDocument | Failure]:
    source = str(path)
    kind = kind_of(path)
    try:
        if kind is None:
            with path.open("rb") as handle:
                head = handle.read(8192)
            code = ErrorCode.E002_BINARY if looks_binary(head) else ErrorCode.E009_UNSUPPORTED
            yield make_failure(source, STAGE, code, f"{source} (suffix '{path.suffix}')")
            return
        size = path.stat().st_size
        # WARC files are containers of many pages; their records are checked one by one.
        if kind != "warc" and size > max_bytes:
            yield make_failure(source, STAGE, ErrorCode.E003_TOO_LARGE, f"{source}: {size} bytes > {max_bytes}")
            return
        if kind == "warc":
            with path.open("rb") as stream:
                yield from read_warc(source, stream)
            return
        yield from read_bytes(source, path.read_bytes(), kind, sidecar=_sidecar(path))
    except DetenteError as exc:
        yield failure_from_exception(source, STAGE, exc)
    except OSError as exc:
        yield make_failure(source, STAGE, ErrorCode.E008_UNREADABLE, f"{source}: {exc.strerror or exc}")


def _walk(path: Path) -> Iterator[Path]:
    for child in sorted(path.rglob("*")):
        if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
            continue
        # Sidecar metadata and notes travel with the files they describe.
        if child.suffix == ".json" and child.with_suffix(".txt").exists():
            continue
        if child.suffix == ".json" and child.with_suffix(".html").exists():
            continue
        if child.name.lower().startswith("readme"):
            continue
        yield child


def read_inputs(
    inputs: Sequence[str], *, max_bytes: int, metadata: Metadata | None = None, stdin=None
) -> Iterator[RawDocument | Failure]:
    """Every document under the given paths (``-`` is standard input)."""
    single = len(inputs) == 1 and not Path(inputs[0]).is_dir()
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            items = _guard("<stdin>", lambda: read_bytes("<stdin>", data, sniff_kind(data)))
        elif Path(name).is_dir():
            items = (item for child in _walk(Path(name)) for item in read_file(child, max_bytes=max_bytes))
        elif Path(name).exists():
            items = read_file(Path(name), max_bytes=max_bytes)
        else:
            items = iter([make_failure(name, STAGE, ErrorCode.E008_UNREADABLE, f"{name}: no such file or directory")])
        for item in items:
            if single and metadata is not None and isinstance(item, RawDocument):
                item = metadata.apply(item)
            yield item


def _guard(source: str, make) -> Iterator[RawDocument | Failure]:
    try:
        yield from make()
    except DetenteError as exc:
        yield failure_from_exception(source, STAGE, exc)
