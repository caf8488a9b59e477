"""Entity extraction accuracy on re3d (dstl/re3d, defence and security text).

Usage, from the repository root::

    .venv/bin/python bench/entity_accuracy.py

Runs the same evaluation as
``detente evaluate --gold ../shared/eval/re3d --format re3d`` (spaCy plus
the actor dictionary, :func:`detente.actors.entities.extract_entities`),
writes ``bench/out/entity_accuracy.json`` and rewrites the section of
``docs/accuracy.md`` between ``<!-- re3d:start -->`` and ``<!-- re3d:end -->``.
Exits 0 without writing anything when the gold set is absent.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from doc_sections import write_section
from detente.config import load_settings
from detente.evaluation.runner import EvaluationReport, evaluate_gold, report_to_dict

REPO_ROOT = Path(__file__).resolve().parents[1]
OUT_PATH = REPO_ROOT / "bench" / "out" / "entity_accuracy.json"
DOCS_PATH = REPO_ROOT / "docs" / "accuracy.md"
START, END = "<!-- re3d:start -->", "<!-- re3d:end -->"
COMMAND = ".venv/bin/detente evaluate --gold ../shared/eval/re3d --format re3d"


def gold_dir() -> Path | None:
    shared = Path(os.environ["DETENTE_SHARED"]) if os.environ.get("DETENTE_SHARED") else REPO_ROOT.parent / "shared"
    root = (shared / "eval" / "re3d").resolve()
    return root if root.is_dir() else None


def section(report: EvaluationReport) -> str:
    lines = [
        START, "## Entity extraction (re3d)", "",
        f"`{COMMAND}` (or `.venv/bin/python bench/entity_accuracy.py`, which rewrites this section).", "",
        f"{report.n_items} documents, 6 subsets of dstl/re3d (all but BBC); types Person, Organisation, "
        "Nationality, Location; spaCy model plus the actor dictionary, plus parse rules for pronouns and "
        "descriptive noun phrases (\"the regime\", \"the families of the victims\"). Gold view `flat`: spans of "
        "confidence >= 0.5, longest of overlapping spans kept (the usual CoNLL conversion). `names`: the "
        "same minus gold mentions that name nothing (pronouns such as \"We\", common noun phrases such as "
        "\"the victims\"), to show names alone. Exact: same span and type; overlap: "
        "same type, spans share a character.", "",
        "| gold view | type | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | gold |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for view in report.scores.views:
        for row in view.labels:
            ex, ov = row.exact, row.overlap
            lines.append(f"| {view.view} | {row.label} | {ex.precision:.3f} | {ex.recall:.3f} | {ex.f1:.3f} | "
                         f"{ov.precision:.3f} | {ov.recall:.3f} | {ov.f1:.3f} | {ex.gold} |")
    kinds = ", ".join(f"{kind} {n}" for kind, n in report.scores.views[0].error_kinds)
    lines += ["", f"Error kinds (flat view): {kinds}.", END]
    return "\n".join(lines)


def update_docs(path: Path, text_section: str) -> None:
    """Replace the marked section of ``path``, or append it at the end."""
    write_section(path, text_section, start=START, end=END, header="# detente accuracy\n")


def main() -> int:
    root = gold_dir()
    if root is None:
        print("gold set not found (../shared/eval/re3d); nothing to do")
        return 0
    report = evaluate_gold(root, fmt="re3d", settings=load_settings(None))
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_text(json.dumps(report_to_dict(report, max_errors=200), indent=2, ensure_ascii=False) + "\n")
    text_section = section(report)
    update_docs(DOCS_PATH, text_section)
    print(text_section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
