"""Quality gate: score the development gold sets against pinned floors.

``evaluation/baseline.json`` holds, per measure, the floor a run must reach
and a digest of the gold file it was measured on (so a changed gold set is
noticed instead of silently compared). Lowering a floor needs
``--allow-regression``; ``--update`` raises floors to what a run reaches.

    detente gate [--shared DIR] [--update] [--allow-regression]
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from detente.config import load_settings

BASELINE = "baseline.json"


@dataclass(frozen=True, slots=True)
class Measure:
    name: str
    gold: str  # path under the shared root
    value: float


@dataclass(frozen=True, slots=True)
class GateResult:
    measures: tuple[Measure, ...]
    failures: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.failures


def file_digest(path: Path) -> str:
    """sha256 of a gold file; of a gold folder (re3d), of its files' relative
    paths and bytes in path order."""
    if not path.is_dir():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    digest = hashlib.sha256()
    for item in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(item.relative_to(path).as_posix().encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()


def load_baseline(path: Path | None = None) -> dict:
    source = path if path is not None else Path(str(files("detente.evaluation").joinpath(BASELINE)))
    return json.loads(source.read_text(encoding="utf-8"))


def measure_all(shared: Path) -> tuple[Measure, ...]:
    """Run every gated evaluation once (loads the model once)."""
    from detente.evaluation.extraction import load_article_extraction_gold, score_corpus
    from detente.evaluation.runner import evaluate_gold
    from detente.ingest.html import extract_html
    from detente.run import load_resources

    settings = load_settings()
    eval_dir = shared / "eval"
    pages = list(load_article_extraction_gold(eval_dir / "article-extraction"))
    extraction = score_corpus(((extract_html(p.html, url=p.url) or _EMPTY).text, p.text) for p in pages)
    resources = load_resources(settings)
    cls = evaluate_gold(eval_dir / "conflibert-cameo-train/class_train.tsv", fmt="conflibert-class",
                        settings=settings, resources=resources)
    ner = evaluate_gold(eval_dir / "conflibert-cameo-train/ner_train.txt", fmt="conflibert-ner",
                        settings=settings, resources=resources)
    petr = evaluate_gold(eval_dir / "petrarch-unit-tests/PETR.UnitTest.records.xml", fmt="petrarch-xml",
                         settings=settings, dictionaries_dir=eval_dir / "petrarch-unit-tests/dictionaries")
    entities = evaluate_gold(eval_dir / "re3d", fmt="re3d", settings=settings, resources=resources)
    flat = next(view for view in entities.scores.views if view.view == "flat")
    spans = {(s.label, s.variant): s for s in ner.scores.scores}
    return (
        Measure("extraction_token_f1", "eval/article-extraction/ground-truth.json", extraction.f1),
        Measure("class_macro_f1", "eval/conflibert-cameo-train/class_train.tsv", cls.scores.macro_f1),
        Measure("source_span_exact_f1", "eval/conflibert-cameo-train/ner_train.txt", spans[("S", "main")].exact.f1),
        Measure("target_span_exact_f1", "eval/conflibert-cameo-train/ner_train.txt", spans[("T", "main")].exact.f1),
        Measure("target_span_overlap_f1", "eval/conflibert-cameo-train/ner_train.txt",
                spans[("T", "main")].overlap.f1),
        Measure("petrarch_exact", "eval/petrarch-unit-tests/PETR.UnitTest.records.xml", petr.scores.exact),
        Measure("petrarch_not_extra", "eval/petrarch-unit-tests/PETR.UnitTest.records.xml",
                1.0 - petr.scores.extra),
        Measure("entity_exact_f1", "eval/re3d", flat.micro().exact.f1),
        Measure("entity_overlap_f1", "eval/re3d", flat.micro().overlap.f1),
    )


class _Empty:
    text = ""


_EMPTY = _Empty()


def check(measures: tuple[Measure, ...], baseline: dict, shared: Path) -> GateResult:
    failures = []
    for measure in measures:
        pinned = baseline["measures"].get(measure.name)
        if pinned is None:
            failures.append(f"{measure.name}: no floor pinned in {BASELINE}")
            continue
        digest = file_digest(shared / measure.gold)
        if digest != pinned["gold_sha256"]:
            failures.append(f"{measure.name}: gold file {measure.gold} changed (digest differs from the pinned one)")
        if measure.value + 1e-9 < pinned["floor"]:
            failures.append(f"{measure.name}: {measure.value:.4f} is below the floor {pinned['floor']:.4f}")
    return GateResult(measures=measures, failures=tuple(failures))


def updated_baseline(measures, baseline: dict, shared: Path, *, allow_regression: bool) -> dict:
    out = {"measures": dict(baseline.get("measures", {}))}
    for measure in measures:
        old = out["measures"].get(measure.name, {}).get("floor", 0.0)
        floor = round(measure.value - 0.005, 4)  # a little slack for library-version noise
        if floor < old and not allow_regression:
            floor = old
        out["measures"][measure.name] = {"floor": floor, "gold_sha256": file_digest(shared / measure.gold)}
    return out


def default_shared() -> Path:
    """``../shared`` beside the repository (where the development gold lives)."""
    return Path(__file__).resolve().parents[3].parent / "shared"


def write_baseline(baseline: dict, path: Path | None = None) -> Path:
    target = path if path is not None else Path(__file__).with_name(BASELINE)
    target.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return target
