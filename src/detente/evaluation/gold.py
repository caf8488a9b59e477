"""Typed loaders for the gold sets that measure the event coder.

Four formats, one record type each; every record carries the ``item_id``
and ``text`` that the runner codes, plus what the coder should find.

``petrarch-xml``
    PETRARCH unit-test records (``PETR.UnitTest.records.xml``): one
    ``<Sentence date="19950101" id=.. category=..>`` per item with zero or
    more ``<EventCoding sourcecode=.. targetcode=.. eventcode=..>``, and a
    ``<Text>``. ``<EventCoding noevents="True">`` (or no coding at all)
    means the coder must find nothing; ``<EventCoding error="..">`` marks a
    record PETRARCH itself should reject (dateline, bad parse, discard).
    ``<Parse>``, ``<Config>`` and comments are ignored.
``conflibert-class``
    ``sentence TAB class`` per line, class 0-4 (CAMEO penta class).
``conflibert-ner``
    CoNLL ``token TAB-or-space tag`` lines, BIO tags over ``S`` (source),
    ``T`` (target) and ``R`` (related), sentences separated by blank lines.
    The text is the tokens joined as printed (:mod:`detente.evaluation.detokenize`).
``plover-json``
    JSON lines ``{"id", "text", "event_type", "mode"?, "source"?,
    "target"?, "date"?}``; ``event_type`` is a PLOVER type (``AGREE``) or
    ``null`` for a sentence that reports no event.
``re3d``
    a folder of dstl/re3d subsets (documents with typed entity spans);
    scores entity extraction, not the coder (:mod:`detente.evaluation.re3d`).

Gold files live outside the repository (``../shared/eval``); callers pass
the path.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, Union

from detente.evaluation.detokenize import join_tokens
from detente.evaluation.re3d import Re3dDocument, load_re3d

GoldFormat = Literal["petrarch-xml", "conflibert-class", "conflibert-ner", "plover-json", "re3d"]
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_SENTENCE_RE = re.compile(r"<Sentence\b")
GOLD_FORMATS: tuple[str, ...] = ("petrarch-xml", "conflibert-class", "conflibert-ner", "plover-json", "re3d")
CLASS_LABELS: tuple[int, ...] = (0, 1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class PetrarchCoding:
    """One expected event: CAMEO source actor, target actor and event code."""

    source: str
    target: str
    code: str


@dataclass(frozen=True, slots=True)
class PetrarchSentence:
    item_id: str
    text: str
    date: str | None  # ISO YYYY-MM-DD
    category: str
    codings: tuple[PetrarchCoding, ...]
    error: str | None = None  # PETRARCH should reject the record (``dateline``, ...)


@dataclass(frozen=True, slots=True)
class ClassSentence:
    item_id: str
    text: str
    label: int  # 0 neutral/appeal (01-02), 1-4 the CAMEO quad class


@dataclass(frozen=True, slots=True)
class NerToken:
    text: str
    start: int  # character offsets into the joined sentence text
    end: int
    tag: str  # BIO tag: O, B-S, I-T, ...


@dataclass(frozen=True, slots=True)
class NerSpan:
    """A labelled run of tokens: tokens ``first`` to ``last`` (exclusive)."""

    label: str  # S source, T target, R related
    first: int
    last: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class NerSentence:
    item_id: str
    text: str
    tokens: tuple[NerToken, ...]
    spans: tuple[NerSpan, ...]


@dataclass(frozen=True, slots=True)
class PloverSentence:
    item_id: str
    text: str
    event_type: str | None  # None: the sentence reports no event
    mode: str | None = None
    source: str | None = None
    target: str | None = None
    date: str | None = None


GoldRecord = Union[PetrarchSentence, ClassSentence, NerSentence, PloverSentence, Re3dDocument]


def load_gold(path: Path, *, fmt: str, limit: int | None = None) -> tuple[GoldRecord, ...]:
    """Read the gold file at ``path`` in format ``fmt``; at most ``limit`` items."""
    loaders = {
        "petrarch-xml": load_petrarch_xml,
        "conflibert-class": load_conflibert_class,
        "conflibert-ner": load_conflibert_ner,
        "plover-json": load_plover_json,
        "re3d": load_re3d,
    }
    if fmt not in loaders:
        raise ValueError(f"unknown gold format {fmt!r}; expected one of {', '.join(GOLD_FORMATS)}")
    records = loaders[fmt](Path(path))
    return records if limit is None else records[: max(limit, 0)]


def load_petrarch_xml(path: Path) -> tuple[PetrarchSentence, ...]:
    """PETRARCH unit-test records. Comments are dropped, then each
    ``<Sentence>`` block is parsed on its own with lxml in recover mode, so
    broken markup in one record cannot swallow the records after it."""
    text = _COMMENT_RE.sub("", Path(path).read_text(encoding="utf-8", errors="replace"))
    starts = [match.start() for match in _SENTENCE_RE.finditer(text)]
    records = []
    for n, (start, end) in enumerate(zip(starts, [*starts[1:], len(text)]), start=1):
        block = text[start:end].split("</Sentence>", 1)[0] + "</Sentence>"
        node = _parse_block(block)
        if node is not None:
            records.append(_petrarch_sentence(node, n))
    return _unique_ids(records)


def _parse_block(block: str):
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    return etree.fromstring(block.encode("utf-8"), parser)


def _petrarch_sentence(node, n: int) -> PetrarchSentence:
    codings, error = [], None
    for coding in node.iter("EventCoding"):
        if coding.get("error") is not None:
            error = coding.get("error") or "error"
        elif coding.get("eventcode"):
            codings.append(PetrarchCoding(
                source=_unquote(coding.get("sourcecode")),
                target=_unquote(coding.get("targetcode")),
                code=_unquote(coding.get("eventcode")),
            ))
    text_node = node.find("Text")
    text = "".join(text_node.itertext()) if text_node is not None else ""
    return PetrarchSentence(
        item_id=(node.get("id") or "").strip() or f"sentence-{n}",
        text=" ".join(text.split()),
        date=_iso_date(node.get("date")),
        category=(node.get("category") or "").strip(),
        codings=tuple(codings),
        error=error,
    )


def _unique_ids(records: list[PetrarchSentence]) -> tuple[PetrarchSentence, ...]:
    """A repeated ``id`` gets ``#2``, ``#3`` ... so every item id is unique."""
    seen: dict[str, int] = {}
    unique = []
    for record in records:
        seen[record.item_id] = seen.get(record.item_id, 0) + 1
        if seen[record.item_id] > 1:
            record = replace(record, item_id=f"{record.item_id}#{seen[record.item_id]}")
        unique.append(record)
    return tuple(unique)


def _unquote(value: str | None) -> str:
    """Codes such as ``'"THE MINISTRY OF MAGIC"'`` lose their inner quotes."""
    return (value or "").strip().strip('"').strip()


def _iso_date(value: str | None) -> str | None:
    digits = (value or "").strip()
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return None


def load_conflibert_class(path: Path) -> tuple[ClassSentence, ...]:
    """``sentence TAB class`` lines; ``item_id`` is the 1-based line number."""
    records = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        text, sep, label = line.rpartition("\t")
        if not sep or label.strip() not in {str(c) for c in CLASS_LABELS}:
            raise ValueError(f"{path}:{number}: expected 'sentence<TAB>class 0-4', got {line[:60]!r}")
        records.append(ClassSentence(item_id=str(number), text=text.strip(), label=int(label)))
    return tuple(records)


def load_conflibert_ner(path: Path) -> tuple[NerSentence, ...]:
    """CoNLL BIO sentences; ``item_id`` is the 1-based sentence number."""
    blocks: list[list[tuple[str, str]]] = [[]]
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            blocks.append([])
            continue
        parts = line.split()
        if len(parts) < 2:
            raise ValueError(f"{path}:{number}: expected 'token tag', got {line!r}")
        blocks[-1].append((parts[0], parts[-1]))
    sentences = [block for block in blocks if block]
    return tuple(ner_sentence(str(n), block) for n, block in enumerate(sentences, start=1))


def ner_sentence(item_id: str, rows: list[tuple[str, str]]) -> NerSentence:
    """Join ``(token, tag)`` rows as the sentence was printed; collect the BIO spans."""
    text, offsets = join_tokens([word for word, _ in rows])
    tokens = [NerToken(text=word, start=start, end=end, tag=tag) for (word, tag), (start, end) in zip(rows, offsets)]
    return NerSentence(item_id=item_id, text=text, tokens=tuple(tokens), spans=bio_spans(tokens, text))


def bio_spans(tokens: tuple[NerToken, ...] | list[NerToken], text: str) -> tuple[NerSpan, ...]:
    """Spans from BIO tags; an ``I-X`` with no open ``X`` span starts one."""
    spans, label, first = [], None, 0
    for i, token in enumerate([*tokens, NerToken("", 0, 0, "O")]):
        prefix, _, kind = token.tag.partition("-")
        continues = prefix == "I" and kind == label
        if label is not None and not continues:
            start, end = tokens[first].start, tokens[i - 1].end
            spans.append(NerSpan(label=label, first=first, last=i, start=start, end=end, text=text[start:end]))
            label = None
        if prefix in ("B", "I") and kind and not continues:
            label, first = kind, i
    return tuple(spans)


def load_plover_json(path: Path) -> tuple[PloverSentence, ...]:
    """PLOVER-labelled sentences, one JSON object per line."""
    records = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not JSON: {exc}") from exc
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or "event_type" not in row:
            raise ValueError(f"{path}:{number}: a record needs 'text' and 'event_type'")
        records.append(PloverSentence(
            item_id=str(row.get("id", number)),
            text=row["text"],
            event_type=_upper_or_none(row.get("event_type")),
            mode=_lower_or_none(row.get("mode")),
            source=row.get("source") or None,
            target=row.get("target") or None,
            date=row.get("date") or None,
        ))
    return tuple(records)


def _upper_or_none(value) -> str | None:
    return (str(value).strip().upper() or None) if value is not None else None


def _lower_or_none(value) -> str | None:
    return (str(value).strip().lower() or None) if value is not None else None
