"""The CAMEO verb/noun pattern tables and their loader. Loads no spaCy model."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType

import pytest
import yaml

from detente.coding.patterns import PATTERNS_VERSION, PatternError, PatternTable, _read_builtins, load_patterns
from detente.ontology.manifest import sha256_hex

ROOTS = [f"{n:02d}" for n in range(1, 21)]
BUILTIN = files("detente.ontology").joinpath("patterns", PATTERNS_VERSION)


@pytest.fixture(scope="module")
def table() -> PatternTable:
    return load_patterns()


@pytest.fixture(scope="module")
def cameo_codes() -> dict:
    try:
        from detente.ontology.loader import load_cameo_codes
    except ModuleNotFoundError:
        pytest.skip("detente.ontology.loader is not there yet: CAMEO codes cannot be checked")
    return load_cameo_codes()


def _raw_entries() -> list[tuple[str, dict]]:
    out = []
    for root in ROOTS:
        data = yaml.load(BUILTIN.joinpath(f"{root}.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        out.extend((root, entry) for entry in data["patterns"])
    return out


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- the built-in tables ------------------------------------------------------


@pytest.mark.parametrize("root", ROOTS)
def test_patterns_every_root_file_loads(root: str, table: PatternTable) -> None:
    text = BUILTIN.joinpath(f"{root}.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["root"] == root
    from_file = [p for p in table.patterns() if p.pattern_id.startswith(f"{PATTERNS_VERSION}/{root}.yaml:")]
    assert from_file, f"{root}.yaml has no entries"
    assert all(p.code[:2] == root for p in from_file)


def test_patterns_version_and_ids(table: PatternTable) -> None:
    assert table.version == "cameo-verbs-v1"
    ids = [p.pattern_id for p in table.patterns()]
    assert len(ids) == len(set(ids))
    assert "cameo-verbs-v1/04.yaml:visit#1" in ids
    visit = table.candidates("visit", "verb")
    assert [p.code for p in visit] == ["042"]


def test_patterns_codes_exist_in_cameo_table(table: PatternTable, cameo_codes: dict) -> None:
    unknown = sorted(
        f"{p.pattern_id}: {code}" for p in table.patterns() for code in (p.code, p.negated_code)
        if code is not None and code not in cameo_codes
    )
    assert unknown == []


def test_patterns_every_entry_has_an_example(table: PatternTable) -> None:
    missing = [p.pattern_id for p in table.patterns() if not p.examples]
    assert missing == []
    assert all(ex.text.strip() for p in table.patterns() for ex in p.examples)


def test_patterns_no_duplicate_keys_in_builtins() -> None:
    seen: dict[tuple, str] = {}
    duplicates = []
    for root, entry in _raw_entries():
        key = (
            entry["lemma"], entry.get("pos", "verb"), entry.get("particle"),
            frozenset(entry.get("objects", [])), entry.get("prep"), frozenset(entry.get("with_words", [])),
        )
        if key in seen:
            duplicates.append(f"{root}: {key} already in {seen[key]}")
        seen[key] = root
    assert duplicates == []


def test_patterns_sibling_object_sets_are_disjoint(table: PatternTable) -> None:
    """Entries differing only in ``objects`` never share an object, so the winner never depends on file order
    (entries that also ask for words in the clause, ``with_words``, are tried first and stand apart)."""
    owners: dict[tuple, list[str]] = defaultdict(list)
    for pattern in table.patterns():
        words = pattern.context.anywhere if pattern.context else frozenset()
        for obj in pattern.objects:
            owners[(pattern.lemma, pattern.pos, pattern.particle, pattern.prep, words, obj)].append(pattern.pattern_id)
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_patterns_builtins_are_most_specific_first(table: PatternTable) -> None:
    for lemma, patterns in table.by_lemma.items():
        ranks = [p.specificity for p in patterns]
        assert ranks == sorted(ranks, reverse=True), lemma
    call = table.candidates("call", "verb")
    assert call[0].particle is not None
    assert call[-2].prep is not None and not call[-2].objects
    # the bare "called the president" comes last, after every constrained entry
    assert (call[-1].prep, call[-1].particle, call[-1].objects) == (None, None, frozenset())


def test_patterns_reach_most_of_cameo(table: PatternTable) -> None:
    codes = {p.code for p in table.patterns()}
    assert len(codes) >= 100
    assert {code[:2] for code in codes} == set(ROOTS)
    assert len(table.patterns()) >= 500
    for code in ("010", "0211", "036", "042", "057", "0841", "0874", "111", "112", "163", "173", "1831", "190", "195"):
        assert code in codes, code


def test_patterns_noun_events_present(table: PatternTable) -> None:
    for lemma in ("talk", "meeting", "summit", "visit", "negotiation", "agreement", "deal", "sanction",
                  "embargo", "attack", "strike", "airstrike", "bombing", "clash", "fighting", "drill",
                  "exercise", "protest", "demonstration", "arrest", "ceasefire", "aid"):  # fmt: skip
        assert table.candidates(lemma, "noun"), lemma


def test_patterns_candidates_filter_pos_and_case(table: PatternTable) -> None:
    assert {p.pos for p in table.candidates("visit", "noun")} == {"noun"}
    assert table.candidates("Visit", "verb") == table.candidates("visit", "verb")
    assert table.candidates("no-such-lemma", "verb") == ()


def test_patterns_table_is_read_only(table: PatternTable) -> None:
    assert isinstance(table.by_lemma, MappingProxyType)
    with pytest.raises(TypeError):
        table.by_lemma["visit"] = ()  # type: ignore[index]


def test_patterns_codebook_choices(table: PatternTable) -> None:
    def code_of(lemma: str, *, obj: str | None = None, prep: str | None = None) -> str:
        for pattern in table.candidates(lemma, "verb"):
            if pattern.prep == prep and ((obj in pattern.objects) if obj else not pattern.objects):
                return pattern.code
        raise AssertionError(f"no {lemma} entry with object {obj} and prep {prep}")

    assert code_of("condemn") == "111"
    assert code_of("condemn", prep="to") == "116"
    assert code_of("accuse") == "112"
    assert code_of("praise") == "051"
    assert code_of("arrest") == "173"
    assert code_of("release") == "0841"
    assert code_of("release", obj="statement") == "010"
    assert code_of("impose", obj="sanction") == "163"
    assert code_of("sign", obj="agreement") == "057"
    assert code_of("lift", obj="sanction") == "085"
    assert code_of("provide", obj="weapon") == "072"
    assert code_of("provide", obj="vaccine") == "073"
    assert code_of("provide", obj="loan") == "071"
    assert code_of("hold", obj="drill") == "062"
    assert code_of("strike", obj="deal") == "057"
    assert code_of("strike") == "190"
    assert code_of("meet") == "040"
    assert all(p.reciprocal for p in table.candidates("meet", "verb") if p.code == "040")


def test_patterns_does_not_import_spacy() -> None:
    code = "import sys; from detente.coding.patterns import load_patterns as f; f(); print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# --- specificity, overrides and errors, on small hand-written files ------------


def test_patterns_specificity_orders_within_lemma(tmp_path: Path) -> None:
    _write(tmp_path / "04.yaml", """
root: "04"
patterns:
  - {code: "040", lemma: hold}
  - {code: "043", lemma: hold, prep: with}
  - {code: "046", lemma: hold, objects: [negotiation]}
  - {code: "041", lemma: hold, particle: up, objects: [call], prep: with}
  - {code: "044", lemma: hold, particle: up}
""")
    table = load_patterns(root=tmp_path)
    assert [p.code for p in table.candidates("hold", "verb")] == ["041", "044", "046", "043", "040"]
    assert table.candidates("hold", "verb")[-1].pattern_id == "cameo-verbs-v1/04.yaml:hold#1"


def test_patterns_an_entry_asking_for_clause_words_is_its_own_entry_tried_first(tmp_path: Path) -> None:
    _write(tmp_path / "07.yaml", """
root: "07"
patterns:
  - {code: "072", lemma: send, objects: [troop]}
  - {code: "074", lemma: send, objects: [troop], with_words: [peacekeeping]}
""")
    table = load_patterns(root=tmp_path)
    first, second = table.candidates("send", "verb")
    assert (first.code, second.code) == ("074", "072")
    assert first.context is not None and first.context.anywhere == frozenset({"peacekeeping"})


def test_patterns_an_entry_may_ask_for_no_direct_object(tmp_path: Path) -> None:
    # "Gondor added that ..." states something; "Gondor added troops" does not
    _write(tmp_path / "01.yaml", """
root: "01"
patterns:
  - {code: "010", lemma: add, no_object: true}
  - {code: "010", lemma: say}
""")
    table = load_patterns(root=tmp_path)
    assert table.candidates("add", "verb")[0].style.no_object
    assert not table.candidates("say", "verb")[0].style.no_object


def test_patterns_user_file_overrides_and_adds(tmp_path: Path, table: PatternTable) -> None:
    user = _write(tmp_path / "mine.yaml", """
patterns:
  - code: "043"
    lemma: visit
    examples: [{text: "Gondor visited Rohan.", source: null, target: null}]
  - code: "040"
    lemma: parley
    reciprocal: true
    target_preps: [with]
    examples: [{text: "Gondor parleyed with Rohan.", source: null, target: null}]
  - code: "1712"
    lemma: torch
    examples: [{text: "Rioters torched the hall.", source: null, target: null}]
""")
    merged = load_patterns(extra_files=[user])
    assert merged.version == "cameo-verbs-v1+user"
    visit = merged.candidates("visit", "verb")
    assert [(p.code, p.pattern_id) for p in visit] == [("043", "user/mine.yaml:visit#1")]
    parley = merged.candidates("parley", "verb")
    assert parley[0].code == "040" and parley[0].reciprocal and parley[0].target_preps == ("with",)
    assert len(merged.patterns()) == len(table.patterns()) + 1
    assert merged.candidates("visit", "noun") == table.candidates("visit", "noun")
    assert table.candidates("visit", "verb")[0].code == "042"  # the built-in table is untouched


def test_patterns_later_user_file_wins(tmp_path: Path) -> None:
    entry = 'patterns: [{{code: "{code}", lemma: parley, examples: [{{text: "x", source: null, target: null}}]}}]'
    first = _write(tmp_path / "a.yaml", entry.format(code="040"))
    second = _write(tmp_path / "b.yaml", entry.format(code="046"))
    merged = load_patterns(extra_files=[first, second])
    assert [p.code for p in merged.candidates("parley", "verb")] == ["046"]


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ('[{code: "040", lemma: meet}, {code: "040", lemma: parley, objcts: [talk]}]',
         ["mine.yaml: entry 2 (lemma 'parley')", "unknown key 'objcts'"]),
        ('[{code: "040", objects: [talk]}]', ["entry 1", "missing required key 'lemma'"]),
        ('[{lemma: parley}]', ["entry 1 (lemma 'parley')", "missing required key 'code'"]),
        ('[{code: 40, lemma: parley}]', ["code must be a quoted string of 2-4 digits"]),
        ('[{code: "04a", lemma: parley}]', ["code must be a quoted string of 2-4 digits", "'04a'"]),
        ('[{code: "04211", lemma: parley}]', ["code must be"]),
        ('[{code: "040", lemma: parley, pos: adjective}]', ["pos:"]),
        ('[{code: "040", lemma: Parley}]', ["must be one lowercase word"]),
        ('[{code: "040", lemma: parley, negated_code: "x"}]', ["negated_code must be"]),
        ('[{code: "040", lemma: parley, examples: [{text: "x", source: Gondor}]}]', ["examples.0.source"]),
        ('[{code: "040", lemma: parley, prep: on}]', ["prep: got True", 'quote words such as "on"']),
        ('[{code: "040", lemma: parley, target_preps: [with, on]}]', ["target_preps.1: got True"]),
        ('[{code: "040", lemma: parley}, {code: "046", lemma: parley}]', ["same key as user/mine.yaml:parley#1"]),
        ('[{code: "040", code: "041", lemma: parley}]', ["not valid YAML", "written twice"]),
        ('[just-a-string]', ["entry 1", "must be a mapping"]),
    ],
)
def test_patterns_malformed_user_file_names_the_entry(tmp_path: Path, entries: str, expected: list[str]) -> None:
    user = _write(tmp_path / "mine.yaml", f"patterns: {entries}\n")
    with pytest.raises(PatternError) as info:
        load_patterns(extra_files=[user])
    for fragment in expected:
        assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('root: "04"\npatterns: [{code: "051", lemma: parley}]\n', "code '051' is not under this file's root '04'"),
        ("root: 4\npatterns: []\n", "root must be a quoted two-digit string"),
        ('root: "04"\nversion: 2\npatterns: []\n', "unknown top-level key(s) ['version']"),
        ("patterns: {code: '040'}\n", "'patterns' must be a list"),
        ("- a\n- b\n", "top level must be a mapping"),
        ("patterns: [\n", "not valid YAML"),
    ],
)
def test_patterns_malformed_user_file_top_level(tmp_path: Path, text: str, expected: str) -> None:
    user = _write(tmp_path / "mine.yaml", text)
    with pytest.raises(PatternError, match="mine.yaml") as info:
        load_patterns(extra_files=[user])
    assert expected in str(info.value)


def test_patterns_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="cannot read pattern file"):
        load_patterns(extra_files=[tmp_path / "absent.yaml"])


def test_patterns_builtin_root_must_match_file_name(tmp_path: Path) -> None:
    _write(tmp_path / "05.yaml", 'root: "04"\npatterns: []\n')
    with pytest.raises(PatternError, match=r"05.yaml: root must be the quoted string '05'"):
        load_patterns(root=tmp_path)


def test_patterns_builtin_duplicate_key_across_files(tmp_path: Path) -> None:
    _write(tmp_path / "04.yaml", 'root: "04"\npatterns: [{code: "042", lemma: visit}]\n')
    _write(tmp_path / "05.yaml", 'root: "05"\npatterns: [{code: "051", lemma: visit}]\n')
    with pytest.raises(PatternError, match=r"05.yaml:visit#1: same key as cameo-verbs-v1/04.yaml:visit#1"):
        load_patterns(root=tmp_path)


def test_patterns_empty_root_folder(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="no NN.yaml pattern files"):
        load_patterns(root=tmp_path)


def test_patterns_builtin_files_are_checked_against_manifest(tmp_path: Path) -> None:
    data = 'root: "04"\npatterns: [{code: "042", lemma: visit}]\n'
    _write(tmp_path / "04.yaml", data)
    rel = "patterns/cameo-verbs-v1/04.yaml"
    good = {rel: {"version": "v1", "sha256": sha256_hex(data.encode("utf-8"))}}
    assert [p.code for p in _read_builtins(tmp_path, good)] == ["042"]
    stale = {rel: {"version": "v1", "sha256": "0" * 64}}
    with pytest.raises(PatternError, match=r"patterns/cameo-verbs-v1/04.yaml: sha256 .* does not match"):
        _read_builtins(tmp_path, stale)
    with pytest.raises(PatternError, match=r"patterns/cameo-verbs-v1/04.yaml: not listed in manifest.json"):
        _read_builtins(tmp_path, {})
    assert [p.code for p in _read_builtins(tmp_path, None)] == ["042"]
