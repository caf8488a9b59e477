"""How much of 2000 to today the shipped office-holder knowledge base covers.

Usage, from the repository root::

    .venv/bin/python bench/kb_coverage.py [--end YYYY-MM-DD]

For every state in the countries table and each tracked office (head of
state, head of government, foreign, defence and interior minister, military
chief), the share of days from 2000-01-01 to ``--end`` (default: today) on
which a holder is listed (:mod:`detente.actors.kb_coverage`), and how long
the knowledge base takes to load (median of three loads). Writes
``bench/out/kb_coverage.json`` and rewrites the section of
``docs/accuracy.md`` between ``<!-- kb:start -->`` and ``<!-- kb:end -->``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date
from pathlib import Path

from doc_sections import write_section
from detente.actors.kb import load_office_holders
from detente.actors.kb_coverage import TRACKED_OFFICES, WINDOW_START, office_coverage
from detente.ontology.loader import load_absent_offices, load_countries

REPO_ROOT = Path(__file__).resolve().parents[1]
OUT_PATH = REPO_ROOT / "bench" / "out" / "kb_coverage.json"
DOCS_PATH = REPO_ROOT / "docs" / "accuracy.md"
START, END = "<!-- kb:start -->", "<!-- kb:end -->"
FULL = 0.9  # a country-office counts as covered from this share of days


def section(rows, *, n_countries: int, n_people: int, end: date, load_seconds: float) -> str:
    lines = [
        START, "## Office-holder knowledge base: coverage", "",
        f"{n_people} people in `office-holders-v1.tsv`; {n_countries} states (the countries table). Share of the "
        f"days from {WINDOW_START} to {end} on which a holder of the office is listed, averaged over the states; "
        f"`states >= {FULL:.0%}`: states listed for at least {FULL:.0%} of those days. States that do not have "
        "the office (`absent-offices-v1.tsv`: no armed forces, so no defence minister or military chief; a "
        "president who also heads the government, listed once as head of state) are left out of the mean and "
        "counted in the last column; an office a state had for part of the time only (Kenya's prime minister, "
        "2008-2013; Turkey's, until 2018) is measured over the days it existed.", "",
        f"| office | mean share of days | states >= {FULL:.0%} | states with none | states without the office |",
        "|---|---|---|---|---|",
    ]
    for office in TRACKED_OFFICES:
        shares = [row.share for row in rows if row.office == office and row.exists]
        absent = sum(1 for row in rows if row.office == office and not row.exists)
        lines.append(f"| {office} | {sum(shares) / len(shares):.3f} | {sum(s >= FULL for s in shares)} | "
                     f"{sum(s == 0 for s in shares)} | {absent} |")
    lines += ["", f"Loading the knowledge base (read, checked against the manifest, indexed): **{load_seconds:.2f} s** "
              "(median of three loads; target: under 1 s).",
              "", "Command: `.venv/bin/python bench/kb_coverage.py`", END]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--end", type=date.fromisoformat, default=date.today())
    end = parser.parse_args().end
    loads = []
    for _ in range(3):
        started = time.perf_counter()
        kb = load_office_holders()
        loads.append(time.perf_counter() - started)
    countries = [country.iso3 for country in load_countries()]
    rows = office_coverage(kb, countries, end=end, absent=load_absent_offices())
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_text(json.dumps([{"country": r.country, "office": r.office, "share": round(r.share, 4),
                                     "exists": r.exists}
                                    for r in rows], indent=1) + "\n")
    text = section(rows, n_countries=len(countries), n_people=len(kb.people), end=end,
                   load_seconds=statistics.median(loads))
    write_section(DOCS_PATH, text, start=START, end=END, header="# detente accuracy\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
