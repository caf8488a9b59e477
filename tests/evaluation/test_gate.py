import pytest

from detente.evaluation.gate import Measure, check, file_digest, load_baseline, measure_all, updated_baseline

from tests.conftest import shared_dir


def _shared(tmp_path, text="gold v1"):
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "g.tsv").write_text(text)
    return tmp_path


def test_gate_fails_below_floor_and_on_changed_gold(tmp_path):
    shared = _shared(tmp_path)
    baseline = {"measures": {"m": {"floor": 0.8, "gold_sha256": file_digest(shared / "eval/g.tsv")}}}
    assert check((Measure("m", "eval/g.tsv", 0.81),), baseline, shared).passed
    low = check((Measure("m", "eval/g.tsv", 0.79),), baseline, shared)
    assert not low.passed and "below the floor" in low.failures[0]
    (shared / "eval/g.tsv").write_text("gold v2")
    changed = check((Measure("m", "eval/g.tsv", 0.81),), baseline, shared)
    assert "changed" in changed.failures[0]
    assert "no floor" in check((Measure("new", "eval/g.tsv", 0.5),), baseline, shared).failures[0]


def test_gate_folder_digest_notices_any_file_change(tmp_path):
    folder = tmp_path / "re3d"
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "entities.json").write_text("[1]")
    before = file_digest(folder)
    assert file_digest(folder) == before
    (folder / "a" / "entities.json").write_text("[2]")
    assert file_digest(folder) != before


def test_gate_update_never_lowers_a_floor_without_permission(tmp_path):
    shared = _shared(tmp_path)
    baseline = {"measures": {"m": {"floor": 0.8, "gold_sha256": "x"}}}
    worse = (Measure("m", "eval/g.tsv", 0.7),)
    assert updated_baseline(worse, baseline, shared, allow_regression=False)["measures"]["m"]["floor"] == 0.8
    assert updated_baseline(worse, baseline, shared, allow_regression=True)["measures"]["m"]["floor"] == 0.695


@pytest.mark.slow
def test_gate_development_gold_sets_meet_pinned_floors():
    shared = shared_dir()
    if shared is None or not (shared / "eval").is_dir():
        pytest.skip("../shared/eval is not available")
    result = check(measure_all(shared), load_baseline(), shared)
    assert result.passed, result.failures
