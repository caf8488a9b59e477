"""Code the PETRARCH2 unit-test sentences with detente's own engine.

Loads ``PETR.UnitTest.records.xml`` and its four validation dictionaries
(from ``../shared/eval/petrarch-unit-tests`` unless ``--suite`` says
otherwise), codes every sentence as one document dated by its ``date``
attribute, and compares the sets of (source, target, event code) per
sentence with the expected ``<EventCoding>`` elements. An iteration tool
for the dictionary import; ``detente evaluate --format petrarch-xml`` is
the proper scorer.

    .venv/bin/python bench/petrarch_units.py [--suite DIR] [--show missed|extra|all] [--only ID-PREFIX]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SUITE = ROOT.parent / "shared" / "eval" / "petrarch-unit-tests"

Coding = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class UnitRecord:
    record_id: str
    category: str
    published: str  # YYYY-MM-DD
    text: str
    expected: frozenset[Coding]


def load_records(path: Path) -> list[UnitRecord]:
    """Every ``<Sentence>`` of a PETRARCH validation file, comments ignored."""
    tree = ElementTree.parse(path)  # the parser drops <!-- --> comments
    records = []
    for node in tree.getroot().iter("Sentence"):
        raw = node.get("date", "")
        published = f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}" if re.fullmatch(r"\d{8}", raw) else None
        text = " ".join((node.findtext("Text") or "").split())
        expected = frozenset(
            (c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
            for c in node.iter("EventCoding")
            if c.get("eventcode")
        )
        records.append(UnitRecord(node.get("id", ""), node.get("category", ""), published or "", text, expected))
    return records


def code_records(records: list[UnitRecord], dictionaries: Path) -> dict[str, set[Coding]]:
    """Codings found per record, keyed by the record's position as a string."""
    from detente.config import load_settings
    from detente.run import code_documents, load_resources
    from detente.types import RawDocument

    settings = load_settings(None)
    resources = load_resources(settings, dictionaries_dir=dictionaries)
    # Record ids repeat in the suite (AGENTS-18, AGENTS-19): documents are keyed by position.
    docs = [RawDocument(source=r.record_id, text=r.text, doc_id=str(n), published=r.published or None)
            for n, r in enumerate(records)]
    result = code_documents(docs, resources=resources, settings=settings)
    found: dict[str, set[Coding]] = {str(n): set() for n in range(len(records))}
    for item in result.items:
        for mention in item.mentions:
            source = mention.source.code if mention.source and mention.source.code else "---"
            target = mention.target.code if mention.target and mention.target.code else "---"
            found[item.article.doc_id].add((source, target, mention.cameo.code))
    for failure in result.failures:
        print(f"FAILURE {failure.item_id}: {failure.error_code} {failure.message}", file=sys.stderr)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=DEFAULT_SUITE)
    parser.add_argument("--show", choices=("none", "missed", "extra", "all"), default="none")
    parser.add_argument("--only", default="")
    args = parser.parse_args(argv)
    records = [r for r in load_records(args.suite / "PETR.UnitTest.records.xml") if r.record_id.startswith(args.only)]
    found = code_records(records, args.suite / "dictionaries")
    expected_total = sum(len(r.expected) for r in records)
    hits = extra = 0
    by_category: Counter[str] = Counter()
    for n, record in enumerate(records):
        got = found[str(n)]
        hit, miss, more = got & record.expected, record.expected - got, got - record.expected
        hits += len(hit)
        extra += len(more)
        by_category[record.category] += len(miss)
        if (args.show in ("missed", "all") and miss) or (args.show in ("extra", "all") and more):
            print(f"{record.record_id} [{record.published}] {record.text}")
            print(f"    expected {sorted(record.expected)}\n    got      {sorted(got)}")
    produced = sum(len(v) for v in found.values())
    print(f"records {len(records)}  expected {expected_total}  exact {hits} ({hits / max(expected_total, 1):.3f})"
          f"  produced {produced}  extra {extra} ({extra / max(produced, 1):.3f} of produced,"
          f" {extra / max(expected_total, 1):.3f} of expected)")
    print("missed by category:", dict(by_category.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
