"""The ``detente`` command line. Each command parses input, calls one library
function and formats the result; nothing here holds logic of its own."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from detente.cli import output
from detente.config import load_settings

app = typer.Typer(
    help="detente: who did what to whom, when and where, from raw news reports.",
    no_args_is_help=True,
    add_completion=False,
)

DB_OPTION = typer.Option(None, "--db", help="DuckDB database file (default: settings store.db_path).")
CONFIG_OPTION = typer.Option(None, "--config", help="TOML settings file; overrides only the keys it sets.")
PATTERNS_OPTION = typer.Option(None, "--patterns", help="Extra pattern YAML file(s) that add or override patterns.")
ACTORS_OPTION = typer.Option(
    None, "--actors", help="Extra actor file(s): CSV or YAML (name, aliases, code, country, sectors, start, end) "
    "or PETRARCH .txt; they add to and override the built-in actors."
)
DICTIONARIES_OPTION = typer.Option(
    None, "--dictionaries", exists=True, file_okay=False,
    help="Folder of PETRARCH-format dictionaries (*verbs*, *actors*, *agents*, *discards*.txt) to code with.",
)


def _db(settings, db: Optional[Path]) -> Path:
    return Path(db) if db is not None else Path(settings.store.db_path)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(None, help="Files, directories (recursive) or - for standard input."),
    db: Optional[Path] = DB_OPTION,
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes that parse and code in parallel."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date for a single input file."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="Outlet name for a single input file."),
    url: Optional[str] = typer.Option(None, "--url", help="URL for a single input file."),
    samples: bool = typer.Option(False, "--samples", help="Also ingest the bundled sample corpus."),
    config: Optional[Path] = CONFIG_OPTION,
    patterns: Optional[list[Path]] = PATTERNS_OPTION,
    actors: Optional[list[Path]] = ACTORS_OPTION,
    dictionaries: Optional[Path] = DICTIONARIES_OPTION,
) -> None:
    """Read news files into the database: extract, clean, parse, code, store.

    Example: detente ingest ../shared/seeds --db detente.duckdb --workers 2
    """
    from detente.ingest.readers import Metadata
    from detente.ingest.samples import samples_dir
    from detente.run import ingest as run_ingest

    settings = load_settings(config)
    inputs = list(paths or []) + ([str(samples_dir())] if samples else [])
    if not inputs:
        raise typer.BadParameter("give at least one PATH, or --samples")
    metadata = Metadata(published=date, outlet=outlet, url=url)
    with output.progress_bar("ingesting") as advance:
        report = run_ingest(
            inputs, db_path=_db(settings, db), settings=settings, workers=workers,
            metadata=metadata, pattern_files=tuple(patterns or ()), dictionaries_dir=dictionaries,
            actor_files=tuple(actors or ()),
            on_progress=advance,
        )
    output.print_ingest_report(report)
    raise typer.Exit(0 if report.articles_added or report.articles_skipped else 2)


@app.command()
def code(
    input: str = typer.Argument("-", help="JSONL file of documents, or - for standard input."),
    output_file: Optional[Path] = typer.Option(None, "--output", "-o", help="Write JSON lines here, not stdout."),
    config: Optional[Path] = CONFIG_OPTION,
    patterns: Optional[list[Path]] = PATTERNS_OPTION,
    actors: Optional[list[Path]] = ACTORS_OPTION,
    dictionaries: Optional[Path] = DICTIONARIES_OPTION,
) -> None:
    """Code JSONL documents to event-mention JSON lines, with no database.

    Input lines: {"id", "text", "date"?, "title"?, "url"?, "outlet"?}.
    Example: echo '{"id": "1", "text": "Russia and Pakistan agreed to hold joint drills."}' | detente code
    """
    from detente.run import code_stream

    settings = load_settings(config)
    data = sys.stdin.buffer.read() if input == "-" else Path(input).read_bytes()
    sink = output_file.open("w", encoding="utf-8") if output_file else sys.stdout
    try:
        failures = code_stream(
            data, settings=settings, sink=sink, pattern_files=tuple(patterns or ()), dictionaries_dir=dictionaries,
            actor_files=tuple(actors or ()),
        )
    finally:
        if output_file:
            sink.close()
    output.print_failures(failures)


@app.command()
def explain(
    text: str = typer.Argument(..., help="One or more sentences to code."),
    date: Optional[str] = typer.Option(None, "--date", help="Date of the report (YYYY-MM-DD)."),
    config: Optional[Path] = CONFIG_OPTION,
    patterns: Optional[list[Path]] = PATTERNS_OPTION,
    actors: Optional[list[Path]] = ACTORS_OPTION,
    dictionaries: Optional[Path] = DICTIONARIES_OPTION,
) -> None:
    """Show why a sentence was or was not coded: parse, actors, patterns, codes.

    Example: detente explain "Pakistan and Russia agreed to hold joint military exercises." --date 2015-04-16
    """
    from detente.cli.output_explain import print_trace
    from detente.run import explain_text, load_resources

    settings = load_settings(config)
    resources = load_resources(settings, pattern_files=tuple(patterns or ()), dictionaries_dir=dictionaries,
                               actor_files=tuple(actors or ()))
    for trace in explain_text(text, settings=settings, resources=resources, published=date):
        print_trace(trace)


@app.command()
def articles(
    db: Optional[Path] = DB_OPTION,
    format: str = typer.Option("table", "--format", help="table or jsonl."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many articles."),
    config: Optional[Path] = CONFIG_OPTION,
) -> None:
    """List stored articles.  Example: detente articles --format jsonl"""
    from detente.store.queries import connect_readonly, list_articles

    settings = load_settings(config)
    with connect_readonly(_db(settings, db)) as con:
        rows = list_articles(con, limit=limit)
    output.print_articles(rows, fmt=format)


@app.command()
def events(
    db: Optional[Path] = DB_OPTION,
    dyad: Optional[tuple[str, str]] = typer.Option(None, "--dyad", help="Two actors, e.g. --dyad PAK RUS."),
    directed: bool = typer.Option(False, "--directed", help="With --dyad: only first -> second."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Country or actor code on either side."),
    since: Optional[str] = typer.Option(None, "--since", help="Earliest event date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Latest event date (YYYY-MM-DD)."),
    code: Optional[str] = typer.Option(None, "--code", help="CAMEO code prefix, e.g. 03 or 0312."),
    format: str = typer.Option("table", "--format", help="table, jsonl or csv."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many rows."),
    config: Optional[Path] = CONFIG_OPTION,
) -> None:
    """List coded event mentions with their evidence sentences.

    Example: detente events --dyad PAK RUS --since 2015-01-01
    """
    from detente.store.queries import connect_readonly, list_event_mentions

    settings = load_settings(config)
    pair = dyad if dyad and all(dyad) else None
    with connect_readonly(_db(settings, db)) as con:
        rows = list_event_mentions(
            con, dyad=pair, directed=directed, actor=actor, since=since, until=until, code=code, limit=limit
        )
    output.print_mentions(rows, fmt=format)


@app.command()
def export(
    format: str = typer.Option(..., "--format", help="parquet, jsonl or csv."),
    out: Path = typer.Option(..., "--out", help="Directory to write one file per table into."),
    db: Optional[Path] = DB_OPTION,
    config: Optional[Path] = CONFIG_OPTION,
) -> None:
    """Export the database tables.  Example: detente export --format parquet --out dump/"""
    from detente.store.export import export_store
    from detente.store.queries import connect_readonly

    settings = load_settings(config)
    with connect_readonly(_db(settings, db)) as con:
        written = export_store(con, fmt=format, out_dir=out)
    for path in written:
        typer.echo(str(path))


@app.command()
def summary(db: Optional[Path] = DB_OPTION, config: Optional[Path] = CONFIG_OPTION) -> None:
    """Counts of articles, events and errors, and the top dyads.  Example: detente summary"""
    from detente.store.queries import connect_readonly, summary as store_summary

    settings = load_settings(config)
    with connect_readonly(_db(settings, db)) as con:
        output.print_summary(store_summary(con))


@app.command()
def errors(db: Optional[Path] = DB_OPTION, config: Optional[Path] = CONFIG_OPTION) -> None:
    """Documents that could not be read or coded, with the reason.  Example: detente errors"""
    from detente.store.queries import connect_readonly, list_errors

    settings = load_settings(config)
    with connect_readonly(_db(settings, db)) as con:
        output.print_errors(list_errors(con))


@app.command()
def evaluate(
    gold: Path = typer.Option(
        ..., "--gold", exists=True, help="Gold file to score the coder on (a folder for re3d)."
    ),
    format: str = typer.Option(
        ..., "--format", help="petrarch-xml, conflibert-class, conflibert-ner, plover-json or re3d."
    ),
    dictionaries: Optional[Path] = typer.Option(
        None, "--dictionaries", file_okay=False, help="Folder of PETRARCH verb, actor and agent dictionaries."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print a machine-readable JSON report."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N gold items."),
    config: Optional[Path] = CONFIG_OPTION,
) -> None:
    """Code a gold file and print precision, recall, F1 and confusion tables.

    Scores event triples and CAMEO roots and quad classes (petrarch-xml),
    sentence classes (conflibert-class), source/target spans
    (conflibert-ner) or PLOVER types and modes (plover-json); re3d scores
    typed entity spans (Person, Organisation, Nationality, Location).

    Example: detente evaluate --gold ../shared/eval/conflibert-cameo-train/class_train.tsv --format conflibert-class
    """
    from detente.cli import output_eval
    from detente.evaluation.gold import GOLD_FORMATS
    from detente.evaluation.runner import evaluate_gold

    if format not in GOLD_FORMATS:
        raise typer.BadParameter(f"expected one of {', '.join(GOLD_FORMATS)}", param_hint="--format")
    settings = load_settings(config)
    try:
        with output.progress_bar("evaluating") as advance:
            report = evaluate_gold(
                gold, fmt=format, settings=settings, dictionaries_dir=dictionaries, limit=limit, on_progress=advance
            )
    except ImportError as exc:
        if dictionaries is None:
            raise
        output_eval.print_unavailable("--dictionaries", exc)
        raise typer.Exit(2)
    output_eval.print_report(report, as_json=json_output)


@app.command()
def gate(
    shared: Optional[Path] = typer.Option(None, "--shared", help="The shared folder holding eval/ (default: ../shared)."),
    update: bool = typer.Option(False, "--update", help="Raise the pinned floors to this run's figures."),
    allow_regression: bool = typer.Option(False, "--allow-regression", help="Let --update lower a floor."),
) -> None:
    """Score the development gold sets against the pinned floors; exit 1 on a regression.

    Example: detente gate
    """
    from detente.evaluation.gate import check, default_shared, load_baseline, measure_all, updated_baseline
    from detente.evaluation.gate import write_baseline

    root = shared or default_shared()
    measures = measure_all(root)
    for measure in measures:
        typer.echo(f"{measure.name}: {measure.value:.4f}")
    baseline = load_baseline()
    if update:
        typer.echo(f"wrote {write_baseline(updated_baseline(measures, baseline, root, allow_regression=allow_regression))}")
        return
    result = check(measures, baseline, root)
    for failure in result.failures:
        output.err.print(f"FAIL {failure}", markup=False, highlight=False)
    raise typer.Exit(0 if result.passed else 1)


actors_app = typer.Typer(help="What detente knows about actors, and what it learned from the news.",
                         no_args_is_help=True)
app.add_typer(actors_app, name="actors")


@actors_app.command("show")
def actors_show(
    name: str = typer.Argument(..., help="A person, state or organisation, e.g. Shoigu."),
    on: Optional[str] = typer.Option(None, "--on", help="Date (YYYY-MM-DD) to resolve the role on."),
    db: Optional[Path] = DB_OPTION,
    config: Optional[Path] = CONFIG_OPTION,
) -> None:
    """Show an actor's dictionary entry, offices over time and learned roles.

    Example: detente actors show Shoigu --on 2015-04-16
    """
    from datetime import date as _date

    from detente.actors.describe import describe_actor
    from detente.cli.output_actors import print_description, print_learned
    from detente.run import load_actor_dictionary

    settings = load_settings(config)
    day = _date.fromisoformat(on) if on else None
    print_description(describe_actor(name, dictionary=load_actor_dictionary(), on=day))
    path = _db(settings, db)
    if path.exists():
        from detente.store.actor_queries import list_learned
        from detente.store.queries import connect_readonly

        with connect_readonly(path) as con:
            print_learned(list_learned(con, name=name))


@actors_app.command("learned")
def actors_learned(
    db: Optional[Path] = DB_OPTION,
    conflicts: bool = typer.Option(False, "--conflicts", help="Only roles that disagree with the shipped data."),
    config: Optional[Path] = CONFIG_OPTION,
) -> None:
    """Roles learned from titles next to names while ingesting, flagged where they
    disagree with the shipped knowledge base.  Example: detente actors learned --conflicts
    """
    from detente.cli.output_actors import print_learned
    from detente.store.actor_queries import list_learned
    from detente.store.queries import connect_readonly

    settings = load_settings(config)
    with connect_readonly(_db(settings, db)) as con:
        print_learned(list_learned(con, conflicts_only=conflicts))


if __name__ == "__main__":  # pragma: no cover
    app()
