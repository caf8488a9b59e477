"""The re3d loader and the entity scorer, on a hand-written snippet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.evaluation.gold import GOLD_FORMATS, load_gold
from detente.evaluation.re3d import RE3D_LABELS, gold_spans, is_name, load_re3d, longest_spans
from detente.evaluation.scoring_entities import score_entities
from detente.types import Span

TEXT = "The Freedonian army said we met Rufus Firefly in Marxburg."
SHARED_RE3D = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "re3d"


def _entity(begin: int, end: int, kind: str, confidence: float = 1.0) -> dict:
    return {"_id": f"d1-{begin}-{end}-{kind}", "begin": begin, "end": end, "type": kind,
            "value": TEXT[begin:end], "documentId": "d1", "confidence": confidence}


@pytest.fixture
def re3d_dir(tmp_path: Path) -> Path:
    subset = tmp_path / "Freedonia_Gazette"
    subset.mkdir()
    (subset / "documents.json").write_text(json.dumps({"_id": "d1", "title": "Talks", "text": TEXT}) + "\n")
    rows = [
        _entity(0, 19, "Organisation"),  # The Freedonian army
        _entity(4, 14, "Nationality", 0.8),  # Freedonian, nested
        _entity(25, 27, "Organisation"),  # we
        _entity(32, 45, "Person"),  # Rufus Firefly
        _entity(49, 57, "Location", 0.3),  # Marxburg, low confidence
        _entity(20, 24, "Temporal"),  # another type: dropped
    ]
    (subset / "entities.json").write_text("".join(json.dumps(row) + "\n" for row in rows))
    return tmp_path


def test_re3d_loader_reads_subsets_and_keeps_four_types(re3d_dir):
    (document,) = load_re3d(re3d_dir)
    assert (document.item_id, document.subset, document.text) == ("d1", "Freedonia_Gazette", TEXT)
    assert [(e.span.text, e.span.label) for e in document.entities] == [
        ("The Freedonian army", "Organisation"), ("Freedonian", "Nationality"), ("we", "Organisation"),
        ("Rufus Firefly", "Person"), ("Marxburg", "Location")]
    assert "re3d" in GOLD_FORMATS and load_gold(re3d_dir, fmt="re3d") == (document,)


def test_re3d_gold_views(re3d_dir):
    (document,) = load_re3d(re3d_dir)
    assert [s.text for s in gold_spans(document, view="flat")] == ["The Freedonian army", "we", "Rufus Firefly"]
    assert [s.text for s in gold_spans(document, view="names")] == ["The Freedonian army", "Rufus Firefly"]
    assert not is_name("We") and is_name("The Foreign Secretary")


def test_re3d_longest_spans_drop_nested():
    spans = (Span(0, 10, "a", "Organisation"), Span(2, 5, "b", "Nationality"), Span(10, 12, "c", "Person"))
    assert longest_spans(spans) == (spans[0], spans[2])


def test_re3d_scorer_exact_and_overlap_by_hand():
    gold = {"d1": (Span(0, 19, "", "Organisation"), Span(32, 45, "", "Person"), Span(49, 57, "", "Location"))}
    predicted = {"d1": (
        Span(4, 19, "", "Organisation"),  # overlaps the organisation: boundary error
        Span(32, 45, "", "Person"),  # exact
        Span(49, 57, "", "Organisation"),  # same span, wrong label
        Span(60, 65, "", "Location"),  # spurious
    )}
    scores = score_entities(gold, predicted, labels=RE3D_LABELS)
    micro = scores.micro()
    # exact: 1 of 4 predicted, 1 of 3 gold
    assert (micro.exact.precision, micro.exact.recall) == (0.25, pytest.approx(1 / 3))
    assert micro.exact.f1 == pytest.approx(2 * 0.25 * (1 / 3) / (0.25 + 1 / 3))
    # overlap: organisation and person found (2 of 3); 2 of 4 predictions right
    assert (micro.overlap.precision, micro.overlap.recall) == (0.5, pytest.approx(2 / 3))
    person = next(s for s in scores.labels if s.label == "Person")
    assert person.exact.f1 == 1.0
    location = next(s for s in scores.labels if s.label == "Location")
    assert (location.exact.gold, location.exact.predicted, location.exact.correct) == (1, 1, 0)
    assert dict(scores.error_kinds) == {"boundary": 1, "label": 1, "spurious": 1}


@pytest.mark.slow
def test_re3d_real_set_report(tmp_path):
    if not SHARED_RE3D.is_dir():
        pytest.skip("../shared/eval/re3d is absent")
    from detente.config import load_settings
    from detente.evaluation.runner import evaluate_gold, report_to_dict

    report = evaluate_gold(SHARED_RE3D, fmt="re3d", settings=load_settings(None))
    data = report_to_dict(report, max_errors=5)
    assert report.n_items > 0 and data["format"] == "re3d"
    views = {view["view"]: view for view in data["scores"]["views"]}
    assert set(views) == {"flat", "names"}
    for view in views.values():
        assert [row["label"] for row in view["labels"]] == [*RE3D_LABELS, "micro"]
        for row in view["labels"]:
            for match in ("exact", "overlap"):
                assert all(0.0 <= row[match][key] <= 1.0 for key in ("precision", "recall", "f1"))
