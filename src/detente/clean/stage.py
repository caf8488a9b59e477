"""The clean stage: ``RawDocument`` -> ``Article``.

Per batch: repair every text, find lines repeated across an outlet's
articles, then per document: boilerplate -> title -> language -> length
checks -> ``Article``. A document that fails becomes a ``Failure``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

import detente
from detente.clean.boilerplate import find_repeated_lines, outlet_key, remove_boilerplate
from detente.clean.dates import normalize_published
from detente.clean.language import LanguageDetector
from detente.clean.normalize import article_id_for
from detente.clean.repair import repair_text
from detente.clean.rules import load_boilerplate_rules
from detente.config import Settings
from detente.errors import DetenteError, ErrorCode, failure_from_exception
from detente.types import Article, BatchResult, Failure, Provenance, RawDocument


@dataclass(frozen=True, slots=True)
class _Repaired:
    """A document with its repaired text (``None`` when it has no text)."""

    doc: RawDocument
    text: str | None


def item_id_for(doc: RawDocument) -> str:
    return doc.doc_id or doc.source


class CleanArticles:
    """Repair text, strip boilerplate, find title and language, build ``Article``s."""

    name = "clean.articles.v1"
    requires = ("raw_document",)
    produces = ("article",)

    def __init__(self, settings: Settings, *, boilerplate_version: str = "v1", strip_boilerplate: bool = True) -> None:
        self.settings = settings
        # ``detente code`` passes text that is already the text to code
        # (often one sentence, sometimes a headline): nothing is removed.
        self.strip_boilerplate = strip_boilerplate
        self.rules = load_boilerplate_rules(boilerplate_version)
        self.detector = LanguageDetector()
        self.ontology_versions = (("boilerplate", self.rules.version),)

    def __call__(self, docs: Sequence[RawDocument]) -> BatchResult:
        items: list[Article] = []
        failures: list[Failure] = []
        repaired: list[_Repaired] = []
        for doc in docs:
            try:
                repaired.append(_Repaired(doc, repair_text(doc.text) if doc.text else None))
            except Exception as exc:  # one bad document never kills the batch
                failures.append(failure_from_exception(item_id_for(doc), self.name, exc))
        repeated = find_repeated_lines(
            [replace(r.doc, text=r.text) for r in repaired],
            min_articles=self.settings.clean.repeated_line_min_articles,
        )
        for entry in repaired:
            try:
                outlet = outlet_key(entry.doc)
                items.append(self._clean_one(entry, repeated.get(outlet or "", frozenset())))
            except Exception as exc:
                failures.append(failure_from_exception(item_id_for(entry.doc), self.name, exc))
        return BatchResult(items=tuple(items), failures=tuple(failures))

    def _clean_one(self, entry: _Repaired, repeated: frozenset[str]) -> Article:
        doc = entry.doc
        if not entry.text:
            if doc.html:
                raise DetenteError(ErrorCode.E007_NO_ARTICLE, f"{doc.source}: HTML without extracted text")
            raise DetenteError(ErrorCode.E001_EMPTY, doc.source)
        known_title = " ".join(repair_text(doc.title).split()) if doc.title else None
        if not self.strip_boilerplate:
            text, title = entry.text.strip(), known_title
        else:
            result = remove_boilerplate(entry.text, rules=self.rules, repeated=repeated, title=known_title)
            # A known title (HTML <title>, JSONL field) wins; otherwise the first
            # headline-shaped line. Either way that line has left the body.
            text, title = result.text, known_title or result.title_candidate
        language = self._language(doc, text)
        self._check_length(doc, text)
        return self._build(doc, text=text, title=title, language=language)

    def _language(self, doc: RawDocument, text: str) -> str | None:
        """E010 only for a confident guess outside ``settings.clean.languages``;
        an unsure or too-short guess gives ``None`` and the article passes."""
        guess = self.detector.detect(text)
        if not guess.confident:
            return None
        if guess.language not in self.settings.clean.languages:
            detail = f"{doc.source}: {guess.language} ({guess.confidence:.2f})"
            raise DetenteError(ErrorCode.E010_NOT_ENGLISH, detail)
        return guess.language

    def _check_length(self, doc: RawDocument, text: str) -> None:
        if len(text) < self.settings.clean.min_article_chars:
            detail = f"{doc.source}: {len(text)} chars < {self.settings.clean.min_article_chars}"
            raise DetenteError(ErrorCode.E012_NO_TEXT_AFTER_CLEANING, detail)
        if len(text) > self.settings.ingest.max_document_chars:
            detail = f"{doc.source}: {len(text)} chars > {self.settings.ingest.max_document_chars}"
            raise DetenteError(ErrorCode.E003_TOO_LARGE, detail)

    def _build(self, doc: RawDocument, *, text: str, title: str | None, language: str | None) -> Article:
        raw = doc.html if doc.html is not None else (doc.text or "")
        published = normalize_published(doc.published)
        provenance = Provenance(
            source_uri=doc.source,
            content_sha256=hashlib.sha256(raw.encode("utf-8", errors="surrogatepass")).hexdigest(),
            warc_record_id=doc.warc_record_id,
            fetched_at=doc.fetched_at,
            detente_version=detente.__version__,
            ontology_versions=self.ontology_versions,
        )
        return Article(
            article_id=article_id_for(text),
            source=doc.source,
            text=text,
            raw=raw,
            url=doc.url,
            title=title,
            published=published.value,
            date_precision=(doc.date_precision or published.precision) if published.value else "unknown",
            outlet=doc.outlet,
            language=language,
            doc_id=doc.doc_id,
            provenance=provenance,
        )
