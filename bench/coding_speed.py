"""Coding overhead: what detente adds to a bare spaCy parse of the same text.

One run, one process, the same paragraphs: (a) bare ``nlp.pipe`` over every
paragraph ParseArticles would send to the model; (b) converting those parses
to records (``ParseArticles``, fed the already-parsed docs so that no parse
is counted twice); (c) coding the records (``CodeArticles``). Each part is
timed with ``time.perf_counter``, the run is repeated and the median of each
part kept. Coding overhead = (parse + convert + code) / parse - 1.

The corpus is the bundled samples (read, extracted and cleaned as ``detente
ingest`` does), plus each sentence of
``../shared/eval/conflibert-cameo-train/class_train.tsv`` as its own
document (cleaned as ``detente code`` does) when that file is there.

    .venv/bin/python bench/coding_speed.py [--repeats 3]

Writes ``bench/out/coding_speed.json`` and the section of
``docs/performance.md`` between ``<!-- coding:start -->`` and ``<!-- coding:end -->``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from doc_sections import write_section
from detente.coding.coder import CodeArticles
from detente.config import load_settings
from detente.ingest.readers import read_inputs
from detente.ingest.samples import samples_dir
from detente.nlp.parse import ParseArticles, model_text, paragraphs
from detente.pipeline import Pipeline
from detente.clean.stage import CleanArticles
from detente.ingest.extract_stage import ExtractHtml
from detente.run import code_settings, front_pipeline, load_resources
from detente.types import Article, RawDocument

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "performance.md"
OUT = ROOT / "bench" / "out" / "coding_speed.json"
CONFLIBERT = ROOT.parent / "shared" / "eval" / "conflibert-cameo-train" / "class_train.tsv"
START, END = "<!-- coding:start -->", "<!-- coding:end -->"
COMMAND = ".venv/bin/python bench/coding_speed.py --repeats {repeats}"


@dataclass(frozen=True, slots=True)
class Timing:
    parse_s: float
    convert_s: float
    code_s: float
    code_without_kb_s: float = 0.0  # the same coding with the office-holder knowledge base switched off

    @property
    def overhead(self) -> float:
        return (self.parse_s + self.convert_s + self.code_s) / self.parse_s - 1


class ParsedDocs:
    """Stands in for the model: hands ParseArticles docs parsed beforehand."""

    def __init__(self, docs: list) -> None:
        self.docs = docs

    def pipe(self, texts, batch_size: int):
        return iter(self.docs)


def sample_articles(settings) -> list[Article]:
    docs = [d for d in read_inputs([str(samples_dir())], max_bytes=settings.ingest.max_file_bytes)
            if isinstance(d, RawDocument)]
    return list(front_pipeline(settings).run_batch(docs).items)


def conflibert_articles(settings) -> list[Article]:
    if not CONFLIBERT.is_file():
        return []
    lines = CONFLIBERT.read_text(encoding="utf-8").splitlines()
    docs = [RawDocument(source=f"conflibert#{n}", text=line.split("\t")[0], doc_id=str(n))
            for n, line in enumerate(lines) if line.split("\t")[0].strip()]
    clean = CleanArticles(code_settings(settings), strip_boilerplate=False)
    return list(Pipeline([ExtractHtml(), clean], start="raw_document").run_batch(docs).items)


def time_once(articles: list[Article], resources, settings) -> Timing:
    """Paragraph splitting and the capitals check (``model_text``) count as
    conversion: ParseArticles does them on top of the parse."""
    prepared_at = time.perf_counter()
    texts = [model_text(text) for article in articles for _, text in paragraphs(article.text)]
    started = time.perf_counter()
    docs = list(resources.nlp.pipe(texts, batch_size=settings.nlp.pipe_batch_size))
    parsed_at = time.perf_counter()
    parsed = ParseArticles(ParsedDocs(docs), settings)(articles)
    converted_at = time.perf_counter()
    coder = CodeArticles(ontology=resources.ontology, patterns=resources.patterns,
                         dictionary=resources.dictionary, settings=settings)
    coder_ready = time.perf_counter()  # building the coder is per process, not per article
    coded = coder(parsed.items)
    done = time.perf_counter()
    if parsed.failures or coded.failures:
        raise RuntimeError(f"benchmark corpus failed: {[*parsed.failures, *coded.failures][:3]}")
    bare = CodeArticles(ontology=resources.ontology, patterns=resources.patterns,
                        dictionary=replace(resources.dictionary, people=None), settings=settings)
    # With and without the knowledge base, alternated and best of two each, so
    # neither side gains from running second on a warm machine.
    with_kb, without_kb = [done - coder_ready], []
    for coder_run, times in ((bare, without_kb), (coder, with_kb), (bare, without_kb)):
        run_started = time.perf_counter()
        coder_run(parsed.items)
        times.append(time.perf_counter() - run_started)
    return Timing(parsed_at - started, (started - prepared_at) + (converted_at - parsed_at), min(with_kb),
                  min(without_kb))


def write_doc(result: dict) -> None:
    median = result["median"]
    block = "\n".join([
        START,
        "## Coding overhead vs bare spaCy parse",
        "",
        f"Command: `{COMMAND.format(repeats=result['repeats'])}`",
        "",
        f"Corpus: {result['articles']} documents, {result['paragraphs']} paragraphs, {result['sentences']} sentences"
        f" ({result['corpus']}).",
        "",
        "| part | seconds (median of {}) | share of parse |".format(result["repeats"]),
        "|---|---|---|",
        f"| bare `nlp.pipe` (parse) | {median['parse_s']:.2f} | 1.00 |",
        "| record conversion (paragraphs, capitals check, `ParseArticles` on parsed docs)"
        f" | {median['convert_s']:.2f} | {median['convert_s'] / median['parse_s']:.2f} |",
        f"| coding (`CodeArticles`) | {median['code_s']:.2f} | {median['code_s'] / median['parse_s']:.2f} |",
        "",
        f"**Coding overhead: {result['overhead']:.1%}** = (parse + convert + code) / parse - 1"
        f" (target: at most 20%). Runs: {', '.join(f'{o:.1%}' for o in result['overheads'])}."
        f" Machine: {result['cpus']} cores, model `{result['model']}`.",
        "",
        f"Actor resolution through the office-holder knowledge base adds **{result['kb_share']:.1%}** to coding time"
        " (the same coding run with the knowledge base switched off; median of the runs; target: under 5%).",
        END,
    ])
    write_section(DOC, block, start=START, end=END, header="# detente performance\n")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    settings = load_settings()
    resources = load_resources(settings)
    samples, conflibert = sample_articles(settings), conflibert_articles(settings)
    articles = samples + conflibert
    time_once(articles[:20], resources, settings)  # warm up the model and caches
    runs = [time_once(articles, resources, settings) for _ in range(args.repeats)]
    parts = ("parse_s", "convert_s", "code_s")
    median = {part: statistics.median(getattr(run, part) for run in runs) for part in parts}
    kb_share = statistics.median((run.code_s - run.code_without_kb_s) / run.code_without_kb_s for run in runs)
    parsed = ParseArticles(resources.nlp, settings)(articles).items
    corpus = f"{len(samples)} bundled samples"
    corpus += f" + {len(conflibert)} ConfliBERT CAMEO sentences" if conflibert else " (ConfliBERT sentences absent)"
    result = {
        "repeats": args.repeats, "articles": len(articles), "corpus": corpus,
        "paragraphs": sum(1 for article in articles for _ in paragraphs(article.text)),
        "sentences": sum(len(item.sentences) for item in parsed),
        "median": median, "overhead": (sum(median.values()) / median["parse_s"]) - 1, "kb_share": kb_share,
        "overheads": [run.overhead for run in runs], "runs": [vars_of(run) for run in runs],
        "cpus": os.cpu_count(), "model": settings.nlp.spacy_model,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2))
    write_doc(result)
    print(json.dumps(result, indent=2))
    return 0


def vars_of(run: Timing) -> dict:
    return {"parse_s": run.parse_s, "convert_s": run.convert_s, "code_s": run.code_s,
            "code_without_kb_s": run.code_without_kb_s, "overhead": run.overhead}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
