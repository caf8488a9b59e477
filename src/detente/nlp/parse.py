"""Article -> ParsedArticle: sentences and dependency parses from spaCy.

spaCy stays inside this package: later stages see only ``ParsedSentence``
records (tokens with lemma, tag, dependency and head), so they can be tested
with hand-built parses and never load a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from detente.config import Settings
from detente.errors import failure_from_exception
from detente.types import Article, BatchResult, ParsedArticle, ParsedSentence, Sentence, Span, Token

# Paragraphs are parsed separately: a blank line or line break in cleaned
# text always ends a sentence, and it keeps each spaCy call small.
_PARAGRAPH = re.compile(r"[^\n]+")


def load_nlp(settings: Settings):
    """Load the installed spaCy pipeline named in settings (never downloads)."""
    import spacy

    return spacy.load(settings.nlp.spacy_model)


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    for match in _PARAGRAPH.finditer(text):
        if match.group().strip():
            yield match.start(), match.group()


def sentence_from_span(sent, *, article_id: str, index: int, offset: int) -> ParsedSentence:
    """Convert one spaCy sentence span to a record with sentence-local heads."""
    base = sent.start
    tokens = tuple(
        Token(
            i=tok.i - base,
            text=tok.text,
            lemma=tok.lemma_.lower(),
            pos=tok.pos_,
            tag=tok.tag_,
            dep=tok.dep_,
            head=tok.head.i - base,
            start=offset + tok.idx,
            end=offset + tok.idx + len(tok.text),
            ent_type=tok.ent_type_,
            ent_iob=tok.ent_iob_,
        )
        for tok in sent
    )
    start = offset + sent.start_char
    end = offset + sent.end_char
    entities = tuple(
        Span(offset + ent.start_char, offset + ent.end_char, ent.text, ent.label_) for ent in sent.ents
    )
    sentence = Sentence(article_id=article_id, index=index, start=start, end=end, text=sent.text)
    return ParsedSentence(sentence=sentence, tokens=tokens, entities=entities)


class ParseArticles:
    """Split articles into sentences and parse them with one shared spaCy model."""

    name = "nlp.parse.v1"
    requires = ("article",)
    produces = ("parsed_article",)

    def __init__(self, nlp, settings: Settings) -> None:
        self.nlp = nlp
        self.batch_size = settings.nlp.pipe_batch_size

    def __call__(self, articles: Sequence[Article]) -> BatchResult:
        # One nlp.pipe call over every paragraph of the batch keeps spaCy's
        # batching effective; paragraphs are regrouped per article after.
        jobs = [(n, start, text) for n, article in enumerate(articles) for start, text in paragraphs(article.text)]
        docs = self.nlp.pipe((text for _, _, text in jobs), batch_size=self.batch_size)
        per_article: list[list[ParsedSentence]] = [[] for _ in articles]
        failed: dict[int, BaseException] = {}
        for (n, start, _), doc in zip(jobs, docs):
            if n in failed:
                continue
            try:
                bucket = per_article[n]
                for sent in doc.sents:
                    if sent.text.strip():
                        bucket.append(
                            sentence_from_span(sent, article_id=articles[n].article_id, index=len(bucket), offset=start)
                        )
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                failed[n] = exc
        items = tuple(
            ParsedArticle(article=article, sentences=tuple(per_article[n]))
            for n, article in enumerate(articles)
            if n not in failed
        )
        failures = tuple(failure_from_exception(articles[n].article_id, self.name, exc) for n, exc in failed.items())
        return BatchResult(items=items, failures=failures)
