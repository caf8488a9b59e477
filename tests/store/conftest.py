"""Hand-built CodedArticle records for the store tests; no model is loaded.

``make_coded`` writes a short wire story in which two governments agree to
hold joint military exercises (CAMEO 0312), with real ``Sentence``,
``ActorMention``, ``CameoCode`` and ``ResolvedDate`` records whose offsets
point into the article text. Its ``event_id`` is the sha256 of a fusion key
(code, dyad, date), so two outlets reporting the same story fuse.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.types import (
    ActorMention,
    Article,
    CameoCode,
    CodedArticle,
    EventMention,
    Failure,
    Place,
    Provenance,
    ResolvedDate,
    Sentence,
    Span,
)

CAMEO_NAMES = {
    "0312": ("Express intent to cooperate militarily", 5.2, 1),
    "0311": ("Express intent to cooperate economically", 5.2, 1),
    "042": ("Make a visit", 1.9, 1),
    "173": ("Arrest, detain, or charge with legal action", -5.0, 4),
}

TRIGGERS = {"0312": "agreed", "0311": "agreed", "042": "visited", "173": "detained"}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def story_text(*, source_name: str, target_name: str, code: str, outlet: str) -> str:
    if code == "042":
        first = f"{source_name}'s foreign minister visited {target_name} on Tuesday, officials said."
    elif code == "173":
        first = f"{source_name} police detained {target_name} diplomats on Tuesday, officials said."
    else:
        first = (f"{source_name} and {target_name} agreed on Tuesday to hold joint military "
                 "exercises next month, the defence ministry said.")
    return (f"ISLAMABAD, March 12 ({outlet}) - {first} "
            "The drills will take place near Peshawar, according to a statement.")


def actor(article_id: str, sent: Sentence, text: str, *, code: str, country: str,
          role: str) -> ActorMention:
    start = sent.start + sent.text.index(text)
    return ActorMention(
        article_id=article_id, sentence_index=sent.index,
        span=Span(start=start, end=start + len(text), text=text, label="GPE"),
        code=code, country=country, sectors=(code[3:],) if len(code) > 3 else (),
        name=text, entity_id=f"Q{len(text)}{country}", confidence=0.9,
        method="country_dictionary" if role == "source" else "country_dictionary+role",
    )


def split_sentences(article_id: str, text: str) -> tuple[Sentence, ...]:
    cut = text.index(" The drills")
    return (
        Sentence(article_id=article_id, index=0, start=0, end=cut, text=text[:cut]),
        Sentence(article_id=article_id, index=1, start=cut + 1, end=len(text),
                 text=text[cut + 1:]),
    )


def build_article(article_id: str, text: str, *, title: str, published: str | None,
                  outlet: str, doc_id: str | None) -> Article:
    return Article(
        article_id=article_id, source=f"data/news.jsonl#{int(article_id[:4], 16) % 97}",
        text=text, raw=f"<p>{text}</p>", url=f"https://news.example.com/{article_id[:12]}",
        title=title, published=published,
        date_precision="day" if published and len(published) == 10 else "month",
        outlet=outlet, language="en", doc_id=doc_id,
        provenance=Provenance(source_uri="data/news.jsonl", content_sha256=article_id,
                              detente_version="0.1.0",
                              ontology_versions=(("cameo", "1.1b3"), ("actors", "2024.1"))),
    )


def build_coded(
    *,
    source: tuple[str, str, str] = ("Pakistan", "PAKGOV", "PAK"),
    target: tuple[str, str, str] = ("Russia", "RUSGOV", "RUS"),
    code: str = "0312",
    published: str | None = "2024-03-12",
    event_date: str | None = "2024-03-12",
    date_precision: str = "day",
    outlet: str = "Reuters",
    doc_id: str | None = None,
    confidence: float = 0.8,
    fuse: bool = True,
    fusion_key: str | None = None,
) -> CodedArticle:
    """One article with one event mention ``source -code-> target``."""
    text = story_text(source_name=source[0], target_name=target[0], code=code, outlet=outlet)
    article_id = sha256(text)
    sents = split_sentences(article_id, text)
    sent = sents[0]
    src = actor(article_id, sent, source[0], code=source[1], country=source[2], role="source")
    tgt = actor(article_id, sent, target[0], code=target[1], country=target[2], role="target")
    trigger_start = sent.start + sent.text.index(TRIGGERS[code])
    trigger = Span(start=trigger_start, end=trigger_start + len(TRIGGERS[code]),
                   text=TRIGGERS[code], label="VERB")
    name, goldstein, quad = CAMEO_NAMES[code]
    fusion_key = fusion_key or f"{code}|{source[1]}|{target[1]}|{event_date}"
    mention = EventMention(
        mention_id=sha256(f"{article_id}|{sent.index}|{trigger.start}|{code}"),
        article_id=article_id, sentence_index=sent.index, sentence=sent,
        source=src, target=tgt, trigger=trigger,
        cameo=CameoCode(code=code, name=name, goldstein=goldstein, quad_class=quad),
        plover_type="AGREE" if code.startswith("03") else None, plover_mode=None,
        negated=False, modality="asserted",
        date=ResolvedDate(value=event_date, precision=date_precision, raw="on Tuesday",
                          reason="weekday relative to dateline"),
        place=Place(name="Peshawar", country="PAK", admin1="Khyber Pakhtunkhwa",
                    lat=34.008, lon=71.578, geonames_id=1168197, precision="city"),
        confidence=confidence, rule=f"cameo.{code}.v1", ontology_version="cameo-1.1b3",
        event_id=sha256(fusion_key) if fuse else "",
    )
    article = build_article(article_id, text, title=f"{source[0]}, {target[0]}: {name}",
                            published=published, outlet=outlet, doc_id=doc_id)
    return CodedArticle(article=article, sentences=sents, actors=(src, tgt), mentions=(mention,))


def build_failure(*, item_id: str = "data/news.jsonl#7", code: str = "E001") -> Failure:
    return Failure(item_id=item_id, stage="ingest.jsonl.v1", error_code=code,
                   message="empty document: no text field")


@pytest.fixture
def make_coded() -> Callable[..., CodedArticle]:
    return build_coded


@pytest.fixture
def make_failure() -> Callable[..., Failure]:
    return build_failure


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"
