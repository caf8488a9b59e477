"""Tests for detente.evaluation.runner: the coder on gold files (loads the spaCy model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli.main import app
from detente.config import load_settings
from detente.evaluation.gold import ClassSentence
from detente.evaluation.runner import evaluate_gold, gold_document, report_to_dict
from tests.conftest import shared_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gold"
REPORT_KEYS = {"gold_path", "format", "dictionaries", "n_items", "n_failed", "seconds", "load_seconds",
               "scores", "failures", "n_errors"}


def _in_unit_range(values) -> None:
    for value in values:
        assert 0.0 <= value <= 1.0


def test_runner_gold_document_carries_id_and_date() -> None:
    doc = gold_document(ClassSentence(item_id="7", text="Gondor shelled Arnor.", label=4), source="class.tsv")
    assert (doc.source, doc.doc_id, doc.text, doc.published) == ("class.tsv#7", "7", "Gondor shelled Arnor.", None)


@pytest.mark.slow
def test_runner_conflibert_class_first_40() -> None:
    shared = shared_dir()
    gold = shared / "eval" / "conflibert-cameo-train" / "class_train.tsv" if shared else None
    if gold is None or not gold.is_file():
        pytest.skip("../shared/eval/conflibert-cameo-train is not available")
    report = evaluate_gold(gold, fmt="conflibert-class", settings=load_settings(), limit=40, batch_size=16)
    data = json.loads(json.dumps(report_to_dict(report)))  # JSON-ready
    assert REPORT_KEYS <= set(data)
    assert data["n_items"] == 40 and data["format"] == "conflibert-class"
    scores = data["scores"]
    assert {"n_items", "accuracy", "macro_f1", "coverage", "per_class", "confusion", "errors"} <= set(scores)
    _in_unit_range([scores["accuracy"], scores["macro_f1"], scores["coverage"]])
    for row in scores["per_class"]:
        _in_unit_range([row["precision"], row["recall"], row["f1"]])
    assert [row["label"] for row in scores["per_class"]] == ["0", "1", "2", "3", "4"]
    assert scores["confusion"]["columns"] == ["0", "1", "2", "3", "4", "none"]
    assert sum(map(sum, scores["confusion"]["counts"])) == 40


@pytest.mark.slow
def test_runner_cli_plover_fixture_json() -> None:
    result = CliRunner().invoke(
        app, ["evaluate", "--gold", str(FIXTURES / "plover-sample.jsonl"), "--format", "plover-json", "--json"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert REPORT_KEYS <= set(data)
    assert data["n_items"] == 6
    event_type = data["scores"]["event_type"]
    _in_unit_range([event_type["precision"], event_type["recall"], event_type["f1"], data["scores"]["mode_accuracy"]])


def test_runner_cli_rejects_unknown_format() -> None:
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(FIXTURES / "plover-sample.jsonl"), "--format", "csv"])
    assert result.exit_code == 2
