"""The HTML extraction stage: RawDocument with markup -> RawDocument with text.

Metadata given by the input (JSONL fields, sidecar files, command-line flags)
wins over what the page itself says; the page fills the gaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from detente.errors import ErrorCode, failure_from_exception, make_failure
from detente.ingest.html import extract_html
from detente.types import BatchResult, RawDocument


class ExtractHtml:
    name = "ingest.html.v1"
    requires = ("raw_document",)
    produces = ("raw_document",)

    def __call__(self, docs: Sequence[RawDocument]) -> BatchResult:
        items, failures = [], []
        for doc in docs:
            if doc.text is not None or doc.html is None:
                items.append(doc)
                continue
            try:
                found = extract_html(doc.html, url=doc.url)
            except Exception as exc:  # noqa: BLE001 - a hostile page must not stop the batch
                failures.append(failure_from_exception(doc.source, self.name, exc))
                continue
            if found is None:
                failures.append(make_failure(doc.source, self.name, ErrorCode.E007_NO_ARTICLE, doc.source))
                continue
            items.append(replace(
                doc,
                text=found.text,
                title=doc.title or found.title,
                published=doc.published or found.published,
                date_precision=doc.date_precision if doc.published else found.date_precision,
                outlet=doc.outlet or found.outlet,
                url=doc.url or found.url,
            ))
        return BatchResult(items=tuple(items), failures=tuple(failures))
