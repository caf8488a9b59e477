"""Jobs that tie the stages together: ingest into the store, code without one.

The front of the pipeline (HTML extraction, cleaning) runs in this process,
so already-stored articles are skipped before the expensive parse; the back
(parse, code, fuse) runs here or in ``workers`` processes that each load the
model once. Only this process writes the database.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

from detente.clean.stage import CleanArticles
from detente.coding.coder import CodeArticles
from detente.coding.patterns import PatternTable, load_patterns
from detente.actors.dictionary import ActorDictionary, build_dictionary
from detente.actors.kb import load_office_holders
from detente.config import Settings
from detente.fusion.keys import AssignEvents
from detente.ingest.extract_stage import ExtractHtml
from detente.ingest.readers import Metadata, read_inputs
from detente.nlp.parse import ParseArticles, load_nlp
from detente.ontology.loader import load_ontology
from detente.pipeline import Pipeline
from detente.types import Article, BatchResult, Failure, RawDocument


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything loaded once per process for the back of the pipeline."""

    nlp: object
    ontology: object
    patterns: PatternTable
    dictionary: ActorDictionary


def load_resources(
    settings: Settings, *, pattern_files: Sequence[Path] = (), dictionaries_dir: Path | None = None,
    actor_files: Sequence[Path] = (),
) -> Resources:
    """Load the model, ontology, patterns and actor dictionary once.

    ``dictionaries_dir`` holds PETRARCH-format verb, actor and agent
    dictionaries that replace or extend the built-in knowledge."""
    ontology = load_ontology()
    patterns = load_patterns(extra_files=tuple(pattern_files))
    dictionary = replace(build_dictionary(ontology), people=load_office_holders())  # see load_actor_dictionary
    if dictionaries_dir is not None:
        from detente.coding.petrarch_dicts import apply_petrarch_dictionaries

        patterns, dictionary = apply_petrarch_dictionaries(patterns, dictionary, Path(dictionaries_dir))
    if actor_files:
        from detente.actors.user_actors import add_user_actors

        dictionary = add_user_actors(dictionary, tuple(actor_files))
    return Resources(nlp=load_nlp(settings), ontology=ontology, patterns=patterns, dictionary=dictionary)


def load_actor_dictionary() -> ActorDictionary:
    """The actor dictionary with the office-holder knowledge base, without the spaCy model."""
    return replace(build_dictionary(load_ontology()), people=load_office_holders())


def front_pipeline(settings: Settings) -> Pipeline:
    return Pipeline([ExtractHtml(), CleanArticles(settings)], start="raw_document")


def back_pipeline(resources: Resources, settings: Settings) -> Pipeline:
    coder = CodeArticles(
        ontology=resources.ontology, patterns=resources.patterns, dictionary=resources.dictionary, settings=settings
    )
    return Pipeline([ParseArticles(resources.nlp, settings), coder, AssignEvents()], start="article")


@dataclass(slots=True)
class IngestReport:
    documents: int = 0
    articles_added: int = 0
    articles_skipped: int = 0
    mentions_added: int = 0
    events_touched: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _split(batch: Sequence[RawDocument | Failure]) -> tuple[list[RawDocument], list[Failure]]:
    docs = [item for item in batch if isinstance(item, RawDocument)]
    return docs, [item for item in batch if isinstance(item, Failure)]


def _unique_new(articles: Sequence[Article], known: set[str]) -> tuple[list[Article], int]:
    seen = set(known)
    new = []
    for article in articles:
        if article.article_id not in seen:
            seen.add(article.article_id)
            new.append(article)
    return new, len(articles) - len(new)


# Worker processes keep their own resources; set once by the initializer.
_WORKER_PIPELINE: list[Pipeline] = []


def _init_worker(settings: Settings, pattern_files: tuple[Path, ...], dictionaries_dir: Path | None = None,
                 actor_files: tuple[Path, ...] = ()) -> None:
    resources = load_resources(settings, pattern_files=pattern_files, dictionaries_dir=dictionaries_dir,
                               actor_files=actor_files)
    _WORKER_PIPELINE.append(back_pipeline(resources, settings))


def _run_back_in_worker(articles: list[Article]) -> BatchResult:
    return _WORKER_PIPELINE[0].run_batch(articles)


def ingest(
    inputs: Sequence[str],
    *,
    db_path: str | Path,
    settings: Settings,
    workers: int = 1,
    metadata: Metadata | None = None,
    pattern_files: Sequence[Path] = (),
    dictionaries_dir: Path | None = None,
    actor_files: Sequence[Path] = (),
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Read, clean, parse, code and store every document under ``inputs``.
    ``dictionaries_dir``: PETRARCH-format dictionaries to code with."""
    from detente.store.writer import StoreWriter

    report = IngestReport()
    started = time.perf_counter()
    front = front_pipeline(settings)
    back = _BackRunner(settings, workers=workers, knowledge=(tuple(pattern_files), dictionaries_dir, tuple(actor_files)))
    pending: list[tuple[Future, list[Failure], int]] = []
    with StoreWriter(db_path) as writer:
        stream = read_inputs(inputs, max_bytes=settings.ingest.max_file_bytes, metadata=metadata)
        for batch in batched(stream, settings.ingest.batch_size):
            docs, failures = _split(batch)
            report.documents += len(batch)
            cleaned = front.run_batch(docs)
            failures.extend(cleaned.failures)
            new, skipped = _unique_new(cleaned.items, writer.known_article_ids(a.article_id for a in cleaned.items))
            report.articles_skipped += skipped
            pending.append((back.submit(new), failures, len(batch)))
            while len(pending) > back.in_flight:
                _drain_one(writer, pending, report, on_progress)
        while pending:
            _drain_one(writer, pending, report, on_progress)
    back.shutdown()
    report.seconds = time.perf_counter() - started
    return report


class _BackRunner:
    """Parse, code and fuse batches here (one worker) or in a process pool;
    either way results come back as futures, in submission order."""

    def __init__(self, settings: Settings, *, workers: int, knowledge: tuple) -> None:
        pattern_files, dictionaries_dir, actor_files = knowledge
        self.pool = None
        self.pipeline = None
        self.in_flight = 0 if workers <= 1 else workers * 2
        if workers > 1:
            self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                            initializer=_init_worker, initargs=(settings, *knowledge))
        else:
            resources = load_resources(settings, pattern_files=pattern_files, dictionaries_dir=dictionaries_dir,
                                       actor_files=actor_files)
            self.pipeline = back_pipeline(resources, settings)

    def submit(self, articles: list[Article]) -> Future:
        if self.pool is not None:
            return self.pool.submit(_run_back_in_worker, articles)
        future: Future = Future()
        future.set_result(self.pipeline.run_batch(articles))
        return future

    def shutdown(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()


def _drain_one(writer, pending, report: IngestReport, on_progress) -> None:
    future, failures, size = pending.pop(0)
    _store(writer, future.result(), failures, report)
    if on_progress:
        on_progress(size)


def _store(writer, result: BatchResult, failures: list[Failure], report: IngestReport) -> None:
    all_failures = [*failures, *result.failures]
    stats = writer.write_batch(result.items, all_failures)
    report.articles_added += stats.articles_added
    report.articles_skipped += stats.articles_skipped
    report.mentions_added += stats.mentions_added
    report.events_touched += stats.events_touched
    report.failures.extend(all_failures)


def code_settings(settings: Settings) -> Settings:
    """``detente code`` takes each document as the text to code: no length floor."""
    clean = settings.clean.model_copy(update={"min_article_chars": 1})
    return settings.model_copy(update={"clean": clean})


def code_documents(docs: Sequence[RawDocument], *, resources: Resources, settings: Settings) -> BatchResult:
    """Code documents as given (no boilerplate removal, no length floor), with
    no database: the library call behind ``detente code`` and ``detente evaluate``.
    Items are ``CodedArticle``s whose ``article.doc_id`` is the document's id."""
    settings = code_settings(settings)
    front = Pipeline([ExtractHtml(), CleanArticles(settings, strip_boilerplate=False)], start="raw_document")
    cleaned = front.run_batch(docs)
    coded = back_pipeline(resources, settings).run_batch(cleaned.items)
    return BatchResult(items=coded.items, failures=(*cleaned.failures, *coded.failures))


def code_stream(
    data: bytes,
    *,
    settings: Settings,
    sink,
    pattern_files: Sequence[Path] = (),
    dictionaries_dir: Path | None = None,
    actor_files: Sequence[Path] = (),
    resources: Resources | None = None,
) -> list[Failure]:
    """Code JSONL documents and write one event-mention JSON object per line.
    ``dictionaries_dir``: PETRARCH-format dictionaries to code with."""
    import json

    from detente.ingest.readers import read_jsonl
    from detente.serialize import mention_to_dict

    resources = resources or load_resources(settings, pattern_files=pattern_files, dictionaries_dir=dictionaries_dir,
                                            actor_files=actor_files)
    failures: list[Failure] = []
    for batch in batched(read_jsonl("<input>", data), settings.ingest.batch_size):
        docs, bad = _split(batch)
        failures.extend(bad)
        coded = code_documents(docs, resources=resources, settings=settings)
        failures.extend(coded.failures)
        for item in coded.items:
            for mention in item.mentions:
                sink.write(json.dumps(mention_to_dict(mention, doc_id=item.article.doc_id), ensure_ascii=False) + "\n")
    return failures


def explain_text(text: str, *, settings: Settings, resources: Resources, published: str | None = None) -> list:
    """Parse ``text`` and trace how each sentence is coded (``detente explain``)."""
    from detente.clean.dates import normalize_published
    from detente.clean.normalize import article_id_for
    from detente.coding.actors_in_sentence import ArticleActors
    from detente.coding.coder import article_date
    from detente.coding.explain import trace_sentence

    date = normalize_published(published)
    article = Article(article_id=article_id_for(text), source="<explain>", text=text, raw=text,
                      published=date.value, date_precision=date.precision)
    parsed = ParseArticles(resources.nlp, settings)([article]).items[0]
    coder = back_pipeline(resources, settings).stages[1]
    memory = ArticleActors()
    return [trace_sentence(coder, sent, date=article_date(article), memory=memory) for sent in parsed.sentences]
