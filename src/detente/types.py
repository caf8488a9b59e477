"""Records that cross stage boundaries.

Every record is a frozen, slotted dataclass: stages never mutate what they
are given, and records pickle cheaply across worker processes. Positions
are character offsets into ``Article.text`` unless a field says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an article came from and which code and data produced its rows."""

    source_uri: str
    content_sha256: str
    warc_record_id: str | None = None
    fetched_at: str | None = None
    detente_version: str = ""
    ontology_versions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as a reader found it, before any cleaning.

    ``source`` is the input path, plus ``#N`` for the Nth record of a JSONL
    or WARC file. Exactly one of ``text`` and ``html`` is set.
    """

    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    doc_id: str | None = None
    warc_record_id: str | None = None
    fetched_at: str | None = None
    date_precision: str | None = None  # set when the reader knows it (HTML dates)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. ``article_id`` is the sha256 of the normalised text,
    so a re-scrape of the same story with new markup is the same article."""

    article_id: str
    source: str
    text: str
    raw: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date, as precise as ``date_precision``
    date_precision: str = "unknown"  # day | month | year | unknown
    outlet: str | None = None
    language: str | None = None
    doc_id: str | None = None  # the caller's own id (JSONL ``id``), if any
    provenance: Provenance | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a dependency parse; ``head`` is a sentence-local index."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int
    end: int
    ent_type: str = ""
    ent_iob: str = "O"


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    sentence: Sentence
    tokens: tuple[Token, ...]
    entities: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    article: Article
    sentences: tuple[ParsedSentence, ...]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A reference to an actor in one sentence, resolved as far as we can."""

    article_id: str
    sentence_index: int
    span: Span
    code: str | None  # CAMEO actor code, e.g. ``RUSGOV``
    country: str | None  # ISO3
    sectors: tuple[str, ...] = ()
    name: str | None = None
    entity_id: str | None = None  # knowledge-base id
    confidence: float = 0.0
    method: str = ""  # how it was resolved: ``country_dictionary``, ``title+country`` ...


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    value: str | None  # YYYY-MM-DD (first day of the period for month/year)
    precision: str = "unknown"
    raw: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: str = "unknown"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class EventMention:
    """One coded event in one sentence: who did what to whom."""

    mention_id: str
    article_id: str
    sentence_index: int
    sentence: Sentence
    source: ActorMention | None
    target: ActorMention | None
    trigger: Span
    cameo: CameoCode
    plover_type: str | None
    plover_mode: str | None
    negated: bool
    modality: str  # asserted | intended | hypothetical | reported
    date: ResolvedDate
    place: Place | None
    confidence: float
    rule: str
    ontology_version: str
    event_id: str = ""
    mutual: bool = False  # a meeting or talks: both parties do it ("Putin will meet Merkel")


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event, fused from every mention that reports it."""

    event_id: str
    cameo_code: str
    source_code: str | None
    target_code: str | None
    date: ResolvedDate
    mention_ids: tuple[str, ...]
    n_articles: int
    confidence: float
    place: Place | None = None


@dataclass(frozen=True, slots=True)
class RoleEvidence:
    """A title met next to a name in one sentence ("Pakistani Foreign Minister
    Shah Mahmood Qureshi"): dated evidence of who held which role."""

    name: str
    country: str  # ISO3
    code: str  # what the text says: country + sector, e.g. ``PAKGOV``
    sectors: tuple[str, ...]
    title: str  # the words of the phrase
    observed_on: str | None  # the article's date
    article_id: str
    sentence_index: int
    kb_code: str | None = None  # what the shipped knowledge base says for that date
    conflict: bool = False  # text and knowledge base disagree: flagged, never applied


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """What the pipeline stores for one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    actors: tuple[ActorMention, ...]
    mentions: tuple[EventMention, ...]
    evidence: tuple[RoleEvidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """An item a stage could not handle; recorded, never fatal to the batch."""

    item_id: str
    stage: str
    error_code: str
    message: str


@dataclass(frozen=True, slots=True)
class BatchResult:
    items: tuple = ()
    failures: tuple[Failure, ...] = field(default_factory=tuple)
