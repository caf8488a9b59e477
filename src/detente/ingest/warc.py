"""WARC (news crawl) files -> RawDocument per HTML response record.

warcio does the parsing. A truncated or corrupt file yields every record
read before the damage and then one E006 failure, so a partial download
still lands what it holds.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from detente.errors import ErrorCode, make_failure
from detente.types import Failure, RawDocument

STAGE = "ingest.warc.v1"
MAX_RECORD_BYTES = 20_000_000


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return "utf-8"


def _record_document(source: str, record) -> RawDocument | Failure | None:
    content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    if "html" not in content_type.lower():
        return None  # images, scripts, robots.txt: not news pages
    body = record.content_stream().read(MAX_RECORD_BYTES + 1)
    # warcio does not raise on a record cut short: bytes the WARC header
    # promised but the stream never delivered are left on its LimitReader.
    missing = getattr(record.raw_stream, "limit", 0)
    if missing and len(body) <= MAX_RECORD_BYTES:
        return make_failure(source, STAGE, ErrorCode.E006_BAD_WARC, f"{source}: record truncated, {missing} bytes missing")
    if len(body) > MAX_RECORD_BYTES:
        return make_failure(source, STAGE, ErrorCode.E003_TOO_LARGE, f"{source}: record over {MAX_RECORD_BYTES} bytes")
    try:
        html = body.decode(_charset(content_type))
    except (LookupError, UnicodeDecodeError):
        return make_failure(source, STAGE, ErrorCode.E004_BAD_ENCODING, f"{source}: not {_charset(content_type)}")
    headers = record.rec_headers
    return RawDocument(
        source=source,
        html=html,
        url=headers.get_header("WARC-Target-URI"),
        warc_record_id=headers.get_header("WARC-Record-ID"),
        fetched_at=headers.get_header("WARC-Date"),
    )


def read_warc(source: str, data: bytes | BinaryIO) -> Iterator[RawDocument | Failure]:
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    number = 0
    seen_any = False
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            seen_any = True
            if record.rec_type != "response":
                continue
            item = _record_document(f"{source}#{number}", record)
            if item is not None:
                yield item
    except Exception as exc:  # noqa: BLE001 - warcio and zlib raise many kinds on damaged input
        where = f"after record {number}" if seen_any else "at the start"
        yield make_failure(source, STAGE, ErrorCode.E006_BAD_WARC, f"{source}: {type(exc).__name__} {where}")
        return
    if not seen_any:
        yield make_failure(source, STAGE, ErrorCode.E006_BAD_WARC, f"{source}: no WARC records")
