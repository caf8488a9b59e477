"""Score article extraction against gold article bodies.

The method follows the scrapinghub article-extraction-benchmark
(``evaluate.py``): split both texts into ``\\w+`` tokens, count them as
multisets, and per page take ``tp`` = the multiset overlap, ``fp`` = the
predicted tokens left over, ``fn`` = the gold tokens left over.

Two differences, both keyword options of :func:`score_page`:

* tokens are lowercased (``lowercase=True``) so a title-cased heading does
  not count as a miss; upstream compares them as written.
* the unit is single tokens (``ngram=1``), a bag of words; upstream uses
  4-token shingles (``ngram=4``), which also penalise text out of order.

Per page: precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their
harmonic mean. Two empty texts score 1.0; an empty prediction for a
non-empty gold text scores 0.0 (upstream leaves it out of the precision
mean instead). A corpus reports the macro means over pages (each page
weighs the same), the micro figures over all tokens pooled, and upstream's
headline F1: the harmonic mean of the mean precision and the mean recall.

The gold set (``ground-truth.json`` + ``html/<id>.html.gz``) lives outside
the repository, in ``../shared/eval/article-extraction``; it is never copied
into the project. :func:`resolve_gold_root` finds it for tests and benches.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean

_TOKEN_RE = re.compile(r"\w+")

GOLD_DIR_NAME = "article-extraction"


@dataclass(frozen=True, slots=True)
class PageScore:
    """Token overlap of one predicted text with its gold text."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class CorpusScore:
    """Scores over a set of pages: macro means, micro (pooled) figures and
    upstream's headline F1 (harmonic mean of the two macro means)."""

    n_pages: int
    f1: float
    precision: float
    recall: float
    micro_f1: float
    micro_precision: float
    micro_recall: float
    benchmark_f1: float


@dataclass(frozen=True, slots=True)
class GoldPage:
    """One gold page: its id, source URL, raw HTML and gold article body."""

    page_id: str
    url: str | None
    html: str
    text: str


def tokenize(text: str, *, lowercase: bool = True) -> list[str]:
    """Split ``text`` into ``\\w+`` word tokens."""
    if lowercase:
        text = text.lower()
    return _TOKEN_RE.findall(text)


def score_page(predicted: str, gold: str, *, ngram: int = 1, lowercase: bool = True) -> PageScore:
    """Precision, recall and F1 of ``predicted`` against ``gold``.

    >>> score_page("the cat sat", "the cat sat down").recall
    0.75
    """
    pred_counts = _count_units(predicted, ngram=ngram, lowercase=lowercase)
    gold_counts = _count_units(gold, ngram=ngram, lowercase=lowercase)
    tp = sum((pred_counts & gold_counts).values())
    fp = sum(pred_counts.values()) - tp
    fn = sum(gold_counts.values()) - tp
    precision = _ratio(tp, tp + fp, empty=1.0 if fn == 0 else 0.0)
    recall = _ratio(tp, tp + fn, empty=1.0)
    return PageScore(tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=_harmonic(precision, recall))


def score_corpus(pairs: Iterable[tuple[str, str]], *, ngram: int = 1, lowercase: bool = True) -> CorpusScore:
    """Score ``(predicted, gold)`` text pairs and summarise them."""
    scores = [score_page(predicted, gold, ngram=ngram, lowercase=lowercase) for predicted, gold in pairs]
    return summarize_scores(scores)


def summarize_scores(scores: Iterable[PageScore]) -> CorpusScore:
    """Macro, micro and headline figures over already scored pages."""
    scores = list(scores)
    if not scores:
        raise ValueError("cannot summarise an empty set of page scores")
    precision = fmean(score.precision for score in scores)
    recall = fmean(score.recall for score in scores)
    tp = sum(score.tp for score in scores)
    micro_precision = _ratio(tp, tp + sum(score.fp for score in scores), empty=1.0)
    micro_recall = _ratio(tp, tp + sum(score.fn for score in scores), empty=1.0)
    return CorpusScore(
        n_pages=len(scores),
        f1=fmean(score.f1 for score in scores),
        precision=precision,
        recall=recall,
        micro_f1=_harmonic(micro_precision, micro_recall),
        micro_precision=micro_precision,
        micro_recall=micro_recall,
        benchmark_f1=_harmonic(precision, recall),
    )


def load_article_extraction_gold(root: Path) -> Iterator[GoldPage]:
    """Yield the gold pages under ``root``, sorted by id.

    ``root`` holds ``ground-truth.json`` (id -> ``{"articleBody", "url"}``)
    and ``html/<id>.html.gz``; the HTML is decoded as UTF-8, bad bytes
    replaced.
    """
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        entry = truth[page_id]
        raw = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        yield GoldPage(
            page_id=page_id,
            url=entry.get("url"),
            html=raw.decode("utf-8", errors="replace"),
            text=entry.get("articleBody") or "",
        )


def resolve_gold_root(repo_root: Path, *, env: Mapping[str, str]) -> Path | None:
    """The article-extraction gold folder, or None when it is absent.

    ``env["DETENTE_SHARED"]`` names the shared folder when set; otherwise it
    is ``<repo_root>/../shared``. The gold set is ``<shared>/eval/article-extraction``.
    """
    shared = Path(env["DETENTE_SHARED"]) if env.get("DETENTE_SHARED") else repo_root / ".." / "shared"
    root = (shared / "eval" / GOLD_DIR_NAME).resolve()
    if (root / "ground-truth.json").is_file() and (root / "html").is_dir():
        return root
    return None


def _count_units(text: str, *, ngram: int, lowercase: bool) -> Counter[tuple[str, ...]]:
    """Multiset of ``ngram``-token shingles; a text shorter than ``ngram``
    tokens is one shingle of all its tokens (as upstream)."""
    tokens = tokenize(text or "", lowercase=lowercase)
    if not tokens:
        return Counter()
    last = max(1, len(tokens) - ngram + 1)
    return Counter(tuple(tokens[i : i + ngram]) for i in range(last))


def _ratio(numerator: int, denominator: int, *, empty: float) -> float:
    """``numerator / denominator``, or ``empty`` when the denominator is 0."""
    return numerator / denominator if denominator else empty


def _harmonic(precision: float, recall: float) -> float:
    """F1 of a precision and a recall; 0.0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0
