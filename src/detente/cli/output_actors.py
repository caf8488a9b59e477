"""Rendering of ``detente actors`` commands."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

out = Console()


def print_description(description) -> None:
    out.rule(f"{description.name}" + (f" on {description.on}" if description.on else ""))
    for entry in description.entries:
        out.print(f"dictionary: {entry.name} ({entry.kind}) code {entry.code}, country {entry.country or '-'}"
                  + (f", sectors {'/'.join(entry.sectors)}" if entry.sectors else ""), highlight=False)
    for role in description.roles:
        out.print(f"[bold]{role.person.name}[/]: {role.code} ({role.term.office}, {role.term.country}) - {role.reason}",
                  highlight=False)
    for person in description.people:
        table = Table("office", "country", "sectors", "from", "to", title=f"{person.name} ({person.person_id})")
        for term in person.terms:
            table.add_row(term.office, term.country, "/".join(term.sectors), str(term.start), str(term.end or "-"))
        out.print(table)
    if not description.entries and not description.people:
        out.print("[yellow]not in the dictionaries or the office-holder knowledge base[/]")


def print_learned(rows) -> None:
    if not rows:
        return
    table = Table("name", "code", "seen", "first", "last", "knowledge base", "conflict", "example",
                  title="learned from titles in the news")
    for row in rows:
        table.add_row(row["name"], row["code"], str(row["n"]), str(row["first_seen"] or "-"),
                      str(row["last_seen"] or "-"), row["kb_codes"] or "-", "yes" if row["conflict"] else "",
                      (row["example"] or "")[:60])
    out.print(table)
