"""Tests for detente.evaluation.gold: each loader on a hand-written snippet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.evaluation.gold import (
    ClassSentence,
    NerSpan,
    PetrarchCoding,
    PloverSentence,
    bio_spans,
    load_gold,
    ner_sentence,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gold"

PETRARCH_XML = """<Validation>
<!--
#  header comment with <odd> markup & an ampersand
-->
<Environment><Verbfile>verbs.txt</Verbfile></Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- Simple coding -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with Gondor almost
five years after crowds trashed its embassy.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))
</Parse>
</Sentence>
<Config option="new_actor_length" value="4"></Config>
<Sentence date = "20080801" id ="DEMO-01"  category="COMPOUND" sentence="true">
<EventCoding sourcecode="ARNGOV" targetcode="---" eventcode="023"></EventCoding>
<EventCoding sourcecode='"THE MINISTRY OF MAGIC"' targetcode="GON" eventcode="032"></EventCoding>
<Text>Two codings here.</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>A repeated id and no events.</Text>
</Sentence>
<Sentence date="19950101" id="ERROR-01" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- A dateline record.</Text>
</Sentence>
<Sentence date="bad" id="PATTERN-06" category="PATTERN" sentence="true">
<Text>No coding element at all.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_gold_petrarch_reads_codings_and_text(tmp_path: Path) -> None:
    records = load_gold(_write(tmp_path, "unit.xml", PETRARCH_XML), fmt="petrarch-xml")
    assert [r.item_id for r in records] == ["DEMO-00", "DEMO-01", "DEMO-01#2", "ERROR-01", "PATTERN-06"]
    first = records[0]
    assert first.text == (
        "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy."
    )
    assert first.date == "1995-01-01"
    assert first.category == "DEMO"
    assert first.codings == (PetrarchCoding("ARN", "GON", "064"),)
    assert first.error is None


def test_gold_petrarch_odd_attributes_and_quoted_codes(tmp_path: Path) -> None:
    records = load_gold(_write(tmp_path, "unit.xml", PETRARCH_XML), fmt="petrarch-xml")
    second = records[1]
    assert second.date == "2008-08-01"
    assert second.codings == (
        PetrarchCoding("ARNGOV", "---", "023"),
        PetrarchCoding("THE MINISTRY OF MAGIC", "GON", "032"),
    )


def test_gold_petrarch_no_event_error_and_missing_coding(tmp_path: Path) -> None:
    records = load_gold(_write(tmp_path, "unit.xml", PETRARCH_XML), fmt="petrarch-xml")
    no_events, error, bare = records[2], records[3], records[4]
    assert no_events.codings == () and no_events.error is None
    assert error.codings == () and error.error == "dateline"
    assert bare.codings == () and bare.error is None and bare.date is None


def test_gold_petrarch_recovers_from_broken_markup(tmp_path: Path) -> None:
    broken = PETRARCH_XML.replace("Two codings here.", "AT&T <b>and Gondor").replace("</Validation>\n", "")
    records = load_gold(_write(tmp_path, "broken.xml", broken), fmt="petrarch-xml")
    assert records[0].codings == (PetrarchCoding("ARN", "GON", "064"),)
    assert "Gondor" in records[1].text


def test_gold_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, "unit.xml", PETRARCH_XML)
    assert len(load_gold(path, fmt="petrarch-xml", limit=2)) == 2


def test_gold_class_tsv(tmp_path: Path) -> None:
    path = _write(tmp_path, "class.tsv", "Gondor shelled Arnor.\t4\n\nArnor praised\tGondor.\t1\n")
    assert load_gold(path, fmt="conflibert-class") == (
        ClassSentence(item_id="1", text="Gondor shelled Arnor.", label=4),
        ClassSentence(item_id="3", text="Arnor praised\tGondor.", label=1),
    )


def test_gold_class_rejects_bad_label(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="class.tsv:1"):
        load_gold(_write(tmp_path, "class.tsv", "Gondor shelled Arnor.\t7\n"), fmt="conflibert-class")


NER_TEXT = """Gondor B-S
troops I-S
shelled O
the B-T
Arnor I-T
border I-T
. O

Rohan B-S
asked O
Gondor B-T
for O
aid B-R
"""


def test_gold_ner_text_offsets_and_spans(tmp_path: Path) -> None:
    first, second = load_gold(_write(tmp_path, "ner.txt", NER_TEXT), fmt="conflibert-ner")
    assert first.item_id == "1" and second.item_id == "2"
    assert first.text == "Gondor troops shelled the Arnor border."  # joined as printed
    assert [(t.text, t.start, t.end) for t in first.tokens[:3]] == [("Gondor", 0, 6), ("troops", 7, 13), ("shelled", 14, 21)]
    assert first.spans == (
        NerSpan("S", 0, 2, 0, 13, "Gondor troops"),
        NerSpan("T", 3, 6, 22, 38, "the Arnor border"),
    )
    assert [s.label for s in second.spans] == ["S", "T", "R"]


def test_gold_ner_bio_edge_cases() -> None:
    sent = ner_sentence("x", [("a", "I-S"), ("b", "B-S"), ("c", "I-T"), ("d", "O"), ("e", "B-T")])
    assert [(s.label, s.first, s.last) for s in sent.spans] == [("S", 0, 1), ("S", 1, 2), ("T", 2, 3), ("T", 4, 5)]
    assert bio_spans((), "") == ()


def test_gold_plover_fixture() -> None:
    records = load_gold(FIXTURES / "plover-sample.jsonl", fmt="plover-json")
    assert len(records) == 6
    assert records[1] == PloverSentence(
        item_id="pl-2", text="Gondor troops shelled villages in Arnor on Tuesday, killing four civilians.",
        event_type="ASSAULT", mode="heavy-weapons", source="GONMIL", target="ARNCVL", date="2021-04-13",
    )
    assert records[5].event_type is None and records[5].mode is None


def test_gold_plover_normalises_case_and_ids(tmp_path: Path) -> None:
    rows = [{"text": "Rohan asked Gondor for aid.", "event_type": "request", "mode": "Assist"}]
    path = _write(tmp_path, "p.jsonl", "\n".join(json.dumps(row) for row in rows) + "\n\n")
    (record,) = load_gold(path, fmt="plover-json")
    assert (record.item_id, record.event_type, record.mode) == ("1", "REQUEST", "assist")


@pytest.mark.parametrize("line", ["not json", '{"id": "1", "text": "no type"}', '["a list"]'])
def test_gold_plover_rejects_bad_lines(tmp_path: Path, line: str) -> None:
    with pytest.raises(ValueError, match="p.jsonl:1"):
        load_gold(_write(tmp_path, "p.jsonl", line + "\n"), fmt="plover-json")


def test_gold_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown gold format"):
        load_gold(_write(tmp_path, "x.txt", ""), fmt="csv")
