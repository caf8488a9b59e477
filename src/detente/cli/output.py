"""Formatting for the command line: tables, JSON lines, CSV, progress.

stdout carries data (so it can be piped); reports and errors go to stderr.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

out = Console()
err = Console(stderr=True)


@contextmanager
def progress_bar(label: str):
    """A live bar with documents per second; silent when stderr is not a terminal."""
    columns = (
        TextColumn(label), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task(label, total=None, rate=0.0)

        def advance(n: int) -> None:
            progress.advance(task, n)
            elapsed = progress.tasks[0].elapsed or 0.0
            progress.update(task, rate=progress.tasks[0].completed / elapsed if elapsed else 0.0)

        yield advance


def print_failures(failures) -> None:
    if not failures:
        return
    by_code = Counter(f.error_code for f in failures)
    err.print(f"[yellow]{len(failures)} document(s) not ingested[/] ({', '.join(f'{c}: {n}' for c, n in sorted(by_code.items()))})")
    for failure in failures[:50]:
        err.print(f"  {failure.error_code} {failure.item_id}: {failure.message}", markup=False, highlight=False)
    if len(failures) > 50:
        err.print(f"  ... and {len(failures) - 50} more: see `detente errors`")


def print_ingest_report(report) -> None:
    err.print(
        f"read {report.documents} document(s) in {report.seconds:.1f}s ({report.docs_per_second:.1f} docs/s): "
        f"{report.articles_added} new article(s), {report.articles_skipped} already stored, "
        f"{report.mentions_added} event mention(s), {report.events_touched} event(s) updated"
    )
    print_failures(report.failures)


def print_summary(summary) -> None:
    table = Table(title="detente database", show_header=False)
    for label in ("articles", "sentences", "event_mentions", "events", "actors", "errors"):
        table.add_row(label.replace("_", " "), str(getattr(summary, label)))
    out.print(table)
    dyads = Table(title="top dyads (events)")
    for column in ("source", "target", "events"):
        dyads.add_column(column)
    for source, target, n in summary.top_dyads:
        dyads.add_row(source, target, str(n))
    out.print(dyads)


def print_articles(rows, *, fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table("published", "outlet", "title", "source")
    for row in rows:
        table.add_row(row["published"] or "", row["outlet"] or "", (row["title"] or "")[:70], row["source"])
    out.print(table)


def _side(actor) -> str:
    if not actor:
        return "-"
    return actor.get("cameo") or actor.get("country") or actor.get("text") or "-"


def _flat(row: dict) -> dict:
    return {
        "date": row["date"]["value"], "source": _side(row["source"]), "cameo": row["cameo"]["code"],
        "target": _side(row["target"]), "plover": row["plover"]["type"], "modality": row["modality"],
        "negated": row["negated"], "confidence": row["confidence"], "sentence": row["sentence"],
        "doc_id": row["doc_id"], "event_id": row.get("event_id"),
    }


def print_mentions(rows, *, fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    flat = [_flat(row) for row in rows]
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(flat[0]) if flat else ["date"])
        writer.writeheader()
        writer.writerows(flat)
        return
    table = Table("date", "source", "code", "target", "mode", "evidence", show_lines=True)
    for row in flat:
        table.add_row(str(row["date"] or ""), row["source"], row["cameo"], row["target"], row["modality"], row["sentence"])
    out.print(table)


def print_errors(rows) -> None:
    table = Table("code", "item", "stage", "message")
    for row in rows:
        table.add_row(row["error_code"], row["item_id"], row["stage"], row["message"])
    out.print(table)
