"""Event coder accuracy on the shared gold sets.

Usage, from the repository root::

    .venv/bin/python bench/coder_accuracy.py

Runs the same evaluations as ``detente evaluate`` on
``../shared/eval/conflibert-cameo-train`` (sentence classes, source/target
spans) and ``../shared/eval/petrarch-unit-tests`` (with its PETRARCH
dictionaries, when this build supports ``--dictionaries``), writes
``bench/out/coder_accuracy.json`` and rewrites the section of
``docs/accuracy.md`` between ``<!-- coder:start -->`` and
``<!-- coder:end -->``, each figure with the command that produces it.
Exits 0 without writing anything when the gold sets are absent.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from doc_sections import write_section
from detente.config import load_settings
from detente.evaluation.runner import EvaluationReport, evaluate_gold, report_to_dict
from detente.run import load_resources

REPO_ROOT = Path(__file__).resolve().parents[1]
OUT_PATH = REPO_ROOT / "bench" / "out" / "coder_accuracy.json"
DOCS_PATH = REPO_ROOT / "docs" / "accuracy.md"
START, END = "<!-- coder:start -->", "<!-- coder:end -->"
DICTIONARIES = "petrarch-unit-tests/dictionaries"


@dataclass(frozen=True, slots=True)
class Run:
    """One evaluation: gold file (relative to ``../shared/eval``) and format."""

    gold: str
    fmt: str
    dictionaries: str | None = None

    def command(self) -> str:
        extra = f" --dictionaries ../shared/eval/{self.dictionaries}" if self.dictionaries else ""
        return f".venv/bin/detente evaluate --gold ../shared/eval/{self.gold} --format {self.fmt}{extra}"


RUNS = (
    Run("conflibert-cameo-train/class_train.tsv", "conflibert-class"),
    Run("conflibert-cameo-train/ner_train.txt", "conflibert-ner"),
    Run("petrarch-unit-tests/PETR.UnitTest.records.xml", "petrarch-xml", dictionaries=DICTIONARIES),
)


def eval_dir() -> Path | None:
    shared = Path(os.environ["DETENTE_SHARED"]) if os.environ.get("DETENTE_SHARED") else REPO_ROOT.parent / "shared"
    root = (shared / "eval").resolve()
    return root if (root / "conflibert-cameo-train").is_dir() else None


def run_all(root: Path) -> list[tuple[Run, EvaluationReport | str]]:
    """Each run's report, or the reason it could not run."""
    settings = load_settings()
    resources = load_resources(settings)
    results: list[tuple[Run, EvaluationReport | str]] = []
    for run in RUNS:
        gold = root / run.gold
        if not gold.is_file():
            results.append((run, f"gold file {gold} not found"))
            continue
        try:
            report = evaluate_gold(
                gold, fmt=run.fmt, settings=settings,
                resources=None if run.dictionaries else resources,
                dictionaries_dir=root / run.dictionaries if run.dictionaries else None,
            )
        except ImportError as exc:
            results.append((run, f"not available: --dictionaries is not supported by this build ({exc})"))
            continue
        results.append((run, report))
    return results


def _f(value: float) -> str:
    return f"{value:.3f}"


def class_lines(report: EvaluationReport) -> list[str]:
    scores = report.scores
    lines = [
        f"Accuracy {_f(scores.accuracy)}, macro-F1 {_f(scores.macro_f1)}, coverage (any event coded) "
        f"{_f(scores.coverage)} over {scores.n_items} sentences. Predicted class: the Phoenix five-class "
        "scheme of the main event's CAMEO root (the first in the text of the events the coder trusts within "
        "0.1 of the most): 01-02 -> 0, 03-05 -> 1, 06-08 -> 2, "
        "09-13 and 16 -> 3, 14-15 and 17-20 -> 4; no event -> `none` (wrong).",
        "",
        "| class | P | R | F1 | support |", "|---|---|---|---|---|",
    ]
    lines += [f"| {s.label} | {_f(s.precision)} | {_f(s.recall)} | {_f(s.f1)} | {s.support} |"
              for s in scores.per_class]
    matrix = scores.confusion
    lines += ["", "| gold \\ predicted | " + " | ".join(matrix.columns) + " |",
              "|---" * (len(matrix.columns) + 1) + "|"]
    lines += [f"| {row} | " + " | ".join(str(n) for n in counts) + " |"
              for row, counts in zip(matrix.rows, matrix.counts)]
    return lines


def ner_lines(report: EvaluationReport) -> list[str]:
    scores = report.scores
    lines = [
        f"{scores.n_items} sentences, coverage {_f(scores.coverage)}. `main`: the sides of the main act "
        "(the main event, as for classes, and the others coded from its trigger with its code, one per actor "
        "pair: \"embargo against Libya and Iraq\" has two targets); `any`: every coded event's sides. Parties "
        "of mutual acts (meetings, acts coded both ways) are the gold's `R`, not scored. `exact`: same first "
        "and last token; `overlap`: any shared token; `tokens`: token-level. The gold's tokens are joined as "
        "printed (\"May's offer\", \"rebel-held\") before the pipeline reads them; scores stay per token.",
        "",
        "| span | events | exact P | R | F1 | overlap P | R | F1 | tokens P | R | F1 |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scores.scores:
        cells = [_f(v) for prf in (s.exact, s.overlap, s.tokens) for v in (prf.precision, prf.recall, prf.f1)]
        side = "source (S)" if s.label == "S" else "target (T)"
        lines.append(f"| {side} | {s.variant} | " + " | ".join(cells) + " |")
    return lines


def petrarch_lines(report: EvaluationReport) -> list[str]:
    scores = report.scores
    lines = [
        f"{scores.n_items} sentences ({scores.n_skipped} error records skipped): exact {_f(scores.exact)} "
        f"(share of expected codings produced), extra {_f(scores.extra)} (share of produced codings not "
        f"expected), sentences fully right {_f(scores.sentences_correct)}, no-event sentences left empty "
        f"{_f(scores.no_event_correct)} of {scores.no_event_items}.",
        "",
        "| level | P | R | F1 | expected | produced | matched |", "|---|---|---|---|---|---|---|",
    ]
    lines += [f"| {lv.level} | {_f(lv.precision)} | {_f(lv.recall)} | {_f(lv.f1)} | {lv.expected} "
              f"| {lv.produced} | {lv.matched} |" for lv in scores.levels]
    return lines


TITLES = {
    "conflibert-class": ("Event class (ConfliBERT CAMEO class set)", class_lines),
    "conflibert-ner": ("Source and target spans (ConfliBERT CAMEO span set)", ner_lines),
    "petrarch-xml": ("PETRARCH unit tests (with the PETR.Validate dictionaries)", petrarch_lines),
}


def render_section(results: list[tuple[Run, EvaluationReport | str]]) -> str:
    lines = [START, "## Event coder", "",
             "Development scores on the shared gold sets (`../shared/eval`); the coder is tuned against "
             "them, so they are not held-out figures.", ""]
    for run, report in results:
        title, render = TITLES[run.fmt]
        lines += [f"### {title}", ""]
        if isinstance(report, str):
            lines += [report[0].upper() + report[1:] + ".", ""]
        else:
            lines += render(report)
            lines += ["", f"Coding time: {report.seconds:.1f} s for {report.n_items} items, model load "
                      f"excluded (one process); refused by the pipeline: {report.n_failed}.", ""]
        lines += [f"Command: `{run.command()}`", ""]
    lines += ["Bench: `.venv/bin/python bench/coder_accuracy.py`", END]
    return "\n".join(lines)


def update_docs(path: Path, section: str) -> None:
    """Replace the marked section of ``path``, or append it at the end."""
    write_section(path, section, start=START, end=END, header="# detente accuracy\n")


def main() -> int:
    root = eval_dir()
    if root is None:
        print("gold sets not found (../shared/eval/conflibert-cameo-train); nothing to do")
        return 0
    started = time.perf_counter()
    results = run_all(root)
    # max_errors=0: the wrongly coded items quote gold sentences, which stay out of the repository.
    data = {
        run.fmt: report if isinstance(report, str) else report_to_dict(report, max_errors=0) | {
            "command": run.command()}
        for run, report in results
    }
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    update_docs(DOCS_PATH, render_section(results))
    for run, report in results:
        status = report if isinstance(report, str) else f"{report.n_items} items in {report.seconds:.1f}s"
        print(f"{run.fmt}: {status}")
    print(f"total {time.perf_counter() - started:.1f}s; wrote {OUT_PATH.relative_to(REPO_ROOT)} "
          f"and {DOCS_PATH.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
