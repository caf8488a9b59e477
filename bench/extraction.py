"""Article extraction accuracy on the shared gold set (181 news pages).

Usage, from the repository root::

    .venv/bin/python bench/extraction.py

Runs ``detente.ingest.html.extract_html`` on every page of
``../shared/eval/article-extraction`` (or ``$DETENTE_SHARED/eval/...``),
prints token-level precision / recall / F1 and the time per page, writes
``bench/out/extraction.json`` and rewrites the extraction section of
``docs/accuracy.md``. Exits 0 without writing anything when the gold set is
absent.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path

from doc_sections import write_section
from detente.evaluation.extraction import (
    CorpusScore,
    PageScore,
    load_article_extraction_gold,
    resolve_gold_root,
    score_page,
    summarize_scores,
)
from detente.ingest.html import extract_html

REPO_ROOT = Path(__file__).resolve().parents[1]
OUT_PATH = REPO_ROOT / "bench" / "out" / "extraction.json"
DOCS_PATH = REPO_ROOT / "docs" / "accuracy.md"
COMMAND = ".venv/bin/python bench/extraction.py"
START, END = "<!-- extraction:start -->", "<!-- extraction:end -->"
DOCS_HEADER = (
    "# detente accuracy\n\n"
    "Each figure below is produced by the command shown with it, run from the "
    "repository root; rerunning the command rewrites its section.\n"
)


@dataclass(frozen=True, slots=True)
class PageResult:
    page_id: str
    url: str | None
    seconds: float
    found: bool
    score: PageScore
    shingle_score: PageScore


def run_pages(root: Path) -> list[PageResult]:
    """Extract and score every gold page, timing the extraction alone."""
    results = []
    for page in load_article_extraction_gold(root):
        started = time.perf_counter()
        extract = extract_html(page.html, url=page.url)
        seconds = time.perf_counter() - started
        text = extract.text if extract is not None else ""
        results.append(
            PageResult(
                page_id=page.page_id,
                url=page.url,
                seconds=seconds,
                found=extract is not None,
                score=score_page(text, page.text),
                shingle_score=score_page(text, page.text, ngram=4, lowercase=False),
            )
        )
    return results


def diagnose(result: PageResult) -> str:
    """A one-line automatic reason for a low score."""
    score = result.score
    if not result.found:
        return "no article returned (E007)"
    if score.precision < score.recall:
        return f"kept text the gold omits (precision {score.precision:.2f})"
    return f"missed gold text (recall {score.recall:.2f})"


def build_report(results: list[PageResult]) -> dict:
    """Everything written to ``bench/out/extraction.json``."""
    seconds = [result.seconds for result in results]
    return {
        "command": COMMAND,
        "trafilatura": version("trafilatura"),
        "tokens": asdict(summarize_scores(result.score for result in results)),
        "shingles_4": asdict(summarize_scores(result.shingle_score for result in results)),
        "ms_per_page_mean": 1000 * statistics.fmean(seconds),
        "ms_per_page_median": 1000 * statistics.median(seconds),
        "no_article": sum(not result.found for result in results),
        "worst": [_page_row(result) for result in _worst(results, 5)],
        "pages": [_page_row(result) for result in results],
    }


def _worst(results: list[PageResult], count: int) -> list[PageResult]:
    return sorted(results, key=lambda result: (result.score.f1, result.page_id))[:count]


def _page_row(result: PageResult) -> dict:
    return {
        "page_id": result.page_id,
        "url": result.url,
        "ms": round(1000 * result.seconds, 2),
        "found": result.found,
        "precision": round(result.score.precision, 4),
        "recall": round(result.score.recall, 4),
        "f1": round(result.score.f1, 4),
        "f1_shingles_4": round(result.shingle_score.f1, 4),
        "reason": diagnose(result),
    }


def render_section(report: dict) -> str:
    """The markdown between the extraction markers of ``docs/accuracy.md``."""
    tokens = CorpusScore(**report["tokens"])
    shingles = CorpusScore(**report["shingles_4"])
    lines = [
        START,
        "## Article extraction (HTML -> text)",
        "",
        f"Gold set: scrapinghub article-extraction-benchmark, {tokens.n_pages} pages "
        f"(`../shared/eval/article-extraction`). Extractor: `detente.ingest.html.extract_html` "
        f"(trafilatura {report['trafilatura']}).",
        "",
        "| metric | F1 | precision | recall |",
        "|---|---|---|---|",
        f"| tokens, macro mean over pages | {tokens.f1:.4f} | {tokens.precision:.4f} | {tokens.recall:.4f} |",
        f"| tokens, micro (pooled) | {tokens.micro_f1:.4f} | {tokens.micro_precision:.4f} | {tokens.micro_recall:.4f} |",
        f"| 4-token shingles, upstream headline F1 | {shingles.benchmark_f1:.4f} "
        f"| {shingles.precision:.4f} | {shingles.recall:.4f} |",
        "",
        f"Time per page: {report['ms_per_page_mean']:.1f} ms mean, {report['ms_per_page_median']:.1f} ms median "
        f"(one process). Pages with no article returned: {report['no_article']}.",
        "",
        "Five worst pages by token F1:",
        "",
        "| page | F1 | P | R | reason |",
        "|---|---|---|---|---|",
    ]
    for row in report["worst"]:
        lines.append(
            f"| {row['url']} | {row['f1']:.2f} | {row['precision']:.2f} | {row['recall']:.2f} | {row['reason']} |"
        )
    lines += ["", f"Command: `{COMMAND}`", END]
    return "\n".join(lines)


def update_docs(path: Path, section: str) -> None:
    """Replace the marked section of ``path``, or append it at the end."""
    write_section(path, section, start=START, end=END, header=DOCS_HEADER)


def main() -> int:
    root = resolve_gold_root(REPO_ROOT, env=os.environ)
    if root is None:
        print("gold set not found (../shared/eval/article-extraction); nothing to do")
        return 0
    results = run_pages(root)
    report = build_report(results)
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    update_docs(DOCS_PATH, render_section(report))
    tokens, shingles = report["tokens"], report["shingles_4"]
    print(f"pages {tokens['n_pages']}  no article {report['no_article']}")
    print(f"tokens macro  F1 {tokens['f1']:.4f}  P {tokens['precision']:.4f}  R {tokens['recall']:.4f}")
    print(f"tokens micro  F1 {tokens['micro_f1']:.4f}  P {tokens['micro_precision']:.4f}  R {tokens['micro_recall']:.4f}")
    print(f"shingles-4 headline F1 {shingles['benchmark_f1']:.4f}")
    print(f"time/page {report['ms_per_page_mean']:.1f} ms mean, {report['ms_per_page_median']:.1f} ms median")
    for row in report["worst"]:
        print(f"  worst F1 {row['f1']:.2f}  {row['url']}  {row['reason']}")
    print(f"wrote {OUT_PATH.relative_to(REPO_ROOT)} and {DOCS_PATH.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
