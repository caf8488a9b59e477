"""Coded error messages, recorded per document in the ``errors`` table.

A code is stable (tests and users grep for it); the message is a template
filled with the details of one failure.
"""

from __future__ import annotations

from enum import Enum

from detente.types import Failure


class ErrorCode(str, Enum):
    E001_EMPTY = "E001"
    E002_BINARY = "E002"
    E003_TOO_LARGE = "E003"
    E004_BAD_ENCODING = "E004"
    E005_BAD_JSONL = "E005"
    E006_BAD_WARC = "E006"
    E007_NO_ARTICLE = "E007"
    E008_UNREADABLE = "E008"
    E009_UNSUPPORTED = "E009"
    E010_NOT_ENGLISH = "E010"
    E011_STAGE_CRASH = "E011"
    E012_NO_TEXT_AFTER_CLEANING = "E012"


MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.E001_EMPTY: "empty document: {detail}",
    ErrorCode.E002_BINARY: "binary content, not text: {detail}",
    ErrorCode.E003_TOO_LARGE: "document too large: {detail}",
    ErrorCode.E004_BAD_ENCODING: "invalid text encoding: {detail}",
    ErrorCode.E005_BAD_JSONL: "malformed JSONL record: {detail}",
    ErrorCode.E006_BAD_WARC: "unreadable or truncated WARC: {detail}",
    ErrorCode.E007_NO_ARTICLE: "no article text found in HTML: {detail}",
    ErrorCode.E008_UNREADABLE: "cannot read input: {detail}",
    ErrorCode.E009_UNSUPPORTED: "unsupported input type: {detail}",
    ErrorCode.E010_NOT_ENGLISH: "not English, skipped: {detail}",
    ErrorCode.E011_STAGE_CRASH: "unexpected error in stage: {detail}",
    ErrorCode.E012_NO_TEXT_AFTER_CLEANING: "nothing left after removing boilerplate: {detail}",
}


class DetenteError(Exception):
    """An expected, coded failure of one item."""

    def __init__(self, code: ErrorCode, detail: str) -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code.value} {MESSAGES[code].format(detail=detail)}")


def make_failure(item_id: str, stage: str, code: ErrorCode, detail: str) -> Failure:
    return Failure(
        item_id=item_id,
        stage=stage,
        error_code=code.value,
        message=MESSAGES[code].format(detail=detail),
    )


def failure_from_exception(item_id: str, stage: str, exc: BaseException) -> Failure:
    if isinstance(exc, DetenteError):
        return make_failure(item_id, stage, exc.code, exc.detail)
    return make_failure(item_id, stage, ErrorCode.E011_STAGE_CRASH, f"{type(exc).__name__}: {exc}")
