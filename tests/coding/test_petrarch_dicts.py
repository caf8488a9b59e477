"""PETRARCH dictionary import: small made-up dictionaries through the whole
coder, and (slow, when ``../shared`` is there) the PETRARCH2 unit-test suite."""

from pathlib import Path
from xml.etree import ElementTree

import pytest

from detente.actors.dictionary import build_dictionary
from detente.coding.coder import CodeArticles
from detente.coding.patterns import load_patterns
from detente.coding.petrarch_dicts import (
    PetrarchDictionaryError, apply_petrarch_dictionaries, import_petrarch_dictionaries, petrarch_code, read_discards,
)
from detente.config import load_settings
from detente.ontology.loader import load_ontology
from detente.types import Article, ParsedArticle

from tests.parse_builder import parsed

VERBS = """\
&TIETYPES
+ECONOMIC
+MILITARY

--- ABANDON  [345]  ---
ABANDON
- * DIPLOMATIC TIES [901]
- * &TIETYPES TIES [902]

--- LEAVE [012] ---
LEAVE

--- LEFT [032:033] ---
LEFT

--- FREE [066] ---
FREE
- + * FROM $ [066]
- NOTED + * [115]
"""

ACTORS = """\
ARNOR_ [ARN]
GONDOR [GON]
+MINAS_TIRITH
MORDOR [MOR]
GOLLUM
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601-19990815]
ITHILEN [ITH]
"""

AGENTS = """\
MILITIA [~MIL]
"""

DISCARDS = """\
BASEBALL
+TYPHOON   # story level
"""

ABANDON = [  # "Arnor will abandon full economic ties with Gondor."
    ("Arnor", "arnor", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
    ("abandon", "abandon", "VERB", "ROOT", 2), ("full", "full", "ADJ", "amod", 5),
    ("economic", "economic", "ADJ", "amod", 5), ("ties", "tie", "NOUN", "dobj", 2),
    ("with", "with", "ADP", "prep", 5), ("Gondor", "gondor", "PROPN", "pobj", 6), (".", ".", "PUNCT", "punct", 2),
]
LEFT = [  # "Smeagol left for Minas Tirith."
    ("Smeagol", "smeagol", "PROPN", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1),
    ("for", "for", "ADP", "prep", 1), ("Minas", "minas", "PROPN", "compound", 4),
    ("Tirith", "tirith", "PROPN", "pobj", 2), (".", ".", "PUNCT", "punct", 1),
]
FREED = [  # "Ithilen's militia was freed from Mordor."
    ("Ithilen", "ithilen", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
    ("militia", "militia", "NOUN", "nsubjpass", 4), ("was", "be", "AUX", "auxpass", 4),
    ("freed", "free", "VERB", "ROOT", 4), ("from", "from", "ADP", "prep", 4),
    ("Mordor", "mordor", "PROPN", "pobj", 5), (".", ".", "PUNCT", "punct", 4),
]
BASEBALL = [  # "Arnor abandoned baseball ties with Gondor."
    ("Arnor", "arnor", "PROPN", "nsubj", 1), ("abandoned", "abandon", "VERB", "ROOT", 1),
    ("baseball", "baseball", "NOUN", "compound", 3), ("ties", "tie", "NOUN", "dobj", 1),
    ("with", "with", "ADP", "prep", 3), ("Gondor", "gondor", "PROPN", "pobj", 4), (".", ".", "PUNCT", "punct", 1),
]
ALONE = [  # "Arnor abandoned."
    ("Arnor", "arnor", "PROPN", "nsubj", 1), ("abandoned", "abandon", "VERB", "ROOT", 1),
    (".", ".", "PUNCT", "punct", 1),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("dictionaries")
    for name, text in (("Test.verbs.txt", VERBS), ("Test.actors.txt", ACTORS), ("Test.agents.txt", AGENTS),
                       ("Test.discards.txt", DISCARDS), ("README.md", "not a dictionary")):
        (path / name).write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def builtin():
    ontology = load_ontology()
    return ontology, load_patterns(), build_dictionary(ontology)


@pytest.fixture(scope="module")
def coder(folder, builtin):
    ontology, patterns, dictionary = builtin
    patterns, dictionary = apply_petrarch_dictionaries(patterns, dictionary, folder)
    return CodeArticles(ontology=ontology, patterns=patterns, dictionary=dictionary, settings=load_settings())


def _code(coder, rows, *, published="1995-01-01"):
    sent = parsed(rows)
    article = Article(article_id="a1", source="t", text=sent.sentence.text, raw=sent.sentence.text,
                      published=published, date_precision="day")
    mentions = coder.code_article(ParsedArticle(article=article, sentences=(sent,))).mentions
    return {(m.source and m.source.code, m.cameo.code, m.target and m.target.code) for m in mentions}


def test_petrarch_dicts_import_reports_what_it_read(folder, builtin):
    _, patterns, dictionary = builtin
    imported = import_petrarch_dictionaries(patterns, dictionary, folder)
    assert set(imported.files) == {"Test.verbs.txt", "Test.actors.txt", "Test.agents.txt", "Test.discards.txt"}
    assert imported.counts["actors"] == 5 and imported.counts["agents"] == 1
    assert imported.skipped == {"target named before the verb": 1}
    assert imported.patterns.version.startswith("petrarch-")


def test_petrarch_dicts_inputs_are_not_changed(folder, builtin):
    _, patterns, dictionary = builtin
    before = (len(patterns.by_lemma), len(dictionary.entries))
    new_patterns, new_dictionary = apply_petrarch_dictionaries(patterns, dictionary, folder)
    assert (len(patterns.by_lemma), len(dictionary.entries)) == before
    assert new_patterns is not patterns and new_dictionary is not dictionary
    assert new_dictionary.lookup("Russia") is None and dictionary.lookup("Russia") is not None


def test_petrarch_dicts_unknown_codes_get_a_definition(folder, builtin):
    _, patterns, dictionary = builtin
    table, _ = apply_petrarch_dictionaries(patterns, dictionary, folder)
    assert table.extra_codes["901"] == petrarch_code("901")
    assert petrarch_code("1717").quad_class == 4 and petrarch_code("174K").quad_class == 4
    assert petrarch_code("901").quad_class == 0 and petrarch_code("032").quad_class == 1


def test_petrarch_dicts_discards_split_by_level():
    discards = read_discards(DISCARDS)
    assert (discards.sentence, discards.story) == (frozenset({"baseball"}), frozenset({"typhoon"}))


def test_petrarch_dicts_folder_without_dictionaries_is_an_error(tmp_path, builtin):
    _, patterns, dictionary = builtin
    with pytest.raises(PetrarchDictionaryError, match="no PETRARCH dictionaries"):
        apply_petrarch_dictionaries(patterns, dictionary, tmp_path)
    with pytest.raises(PetrarchDictionaryError, match="not found"):
        apply_petrarch_dictionaries(patterns, dictionary, tmp_path / "missing")


def test_petrarch_dicts_codes_stand_as_written_even_when_announced(coder):
    # "will" would make a CAMEO pattern an intent (03x); PETRARCH codes stand.
    assert _code(coder, ABANDON) == {("ARN", "902", "GON")}


def test_petrarch_dicts_inflected_verb_with_mirror_code_and_dated_actor(coder):
    assert _code(coder, LEFT, published="1998-03-02") == {("HOBGOV", "032", "GON"), ("GON", "033", "HOBGOV")}
    assert _code(coder, LEFT, published="1994-03-02") == {("HOB", "032", "GON"), ("GON", "033", "HOB")}


def test_petrarch_dicts_source_after_the_verb(coder):
    assert _code(coder, FREED) == {("MOR", "066", "ITHMIL")}


def test_petrarch_dicts_one_sided_and_discarded_sentences_are_not_coded(coder):
    assert _code(coder, ALONE) == set()
    assert _code(coder, BASEBALL) == set()


# --- the PETRARCH2 unit-test suite (slow: loads the spaCy model) ------------------------------

SUITE = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "petrarch-unit-tests"
# Reached: 0.763 of the expected codings exactly, 0.075 extra (per expected coding).
EXACT_FLOOR = 0.743
EXTRA_CEILING = 0.095


def _suite_records(path: Path) -> list[tuple[str, str, frozenset]]:
    records = []
    for node in ElementTree.parse(path).getroot().iter("Sentence"):
        day = node.get("date", "")
        text = " ".join((node.findtext("Text") or "").split())
        expected = frozenset((c.get("sourcecode"), c.get("targetcode"), c.get("eventcode"))
                             for c in node.iter("EventCoding") if c.get("eventcode"))
        records.append((f"{day[:4]}-{day[4:6]}-{day[6:8]}", text, expected))
    return records


@pytest.mark.slow
@pytest.mark.skipif(not SUITE.is_dir(), reason="PETRARCH unit tests not in ../shared")
def test_petrarch_dicts_unit_test_suite_floor():
    from detente.run import code_documents, load_resources
    from detente.types import RawDocument

    settings = load_settings()
    records = _suite_records(SUITE / "PETR.UnitTest.records.xml")
    resources = load_resources(settings, dictionaries_dir=SUITE / "dictionaries")
    docs = [RawDocument(source=str(n), text=text, doc_id=str(n), published=day)
            for n, (day, text, _) in enumerate(records)]
    found: dict[str, set] = {str(n): set() for n in range(len(records))}
    for item in code_documents(docs, resources=resources, settings=settings).items:
        found[item.article.doc_id].update(
            (m.source.code, m.target.code, m.cameo.code) for m in item.mentions if m.source and m.target
        )
    expected = sum(len(want) for _, _, want in records)
    hits = sum(len(found[str(n)] & want) for n, (_, _, want) in enumerate(records))
    extra = sum(len(found[str(n)] - want) for n, (_, _, want) in enumerate(records))
    assert hits / expected >= EXACT_FLOOR
    assert extra / expected <= EXTRA_CEILING
