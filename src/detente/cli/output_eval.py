"""Formatting of ``detente evaluate`` reports: rich tables or JSON on stdout."""

from __future__ import annotations

import json
import sys

from rich.table import Table

from detente.cli.output import err, out
from detente.evaluation.metrics import Confusion, LabelScore, PairCount, Prf
from detente.evaluation.re3d import Re3dScores
from detente.evaluation.runner import EvaluationReport, report_to_dict
from detente.evaluation.scoring import ClassScores, NerScores, PetrarchScores, PloverScores

SHOWN_ERRORS = 10
SHOWN_PAIRS = 20


def print_report(report: EvaluationReport, *, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n")
        return
    _print_header(report)
    printers = {
        ClassScores: _print_class, NerScores: _print_ner, PetrarchScores: _print_petrarch, PloverScores: _print_plover,
        Re3dScores: _print_re3d,
    }
    printers[type(report.scores)](report.scores)


def print_unavailable(what: str, exc: Exception) -> None:
    err.print(f"[red]{what} is not available in this build[/] ({exc})")


def _print_header(report: EvaluationReport) -> None:
    rate = report.n_items / report.seconds if report.seconds else 0.0
    out.print(
        f"[bold]{report.format}[/] {report.gold_path}: {report.n_items} item(s) coded in {report.seconds:.1f}s "
        f"({rate:.1f}/s, model load {report.load_seconds:.1f}s); refused by the pipeline: {report.n_failed}",
        highlight=False,
    )
    if report.format == "petrarch-xml" and not report.dictionaries:
        err.print("[yellow]note:[/] PETRARCH unit tests use fictional actors; pass --dictionaries "
                  "../shared/eval/petrarch-unit-tests/dictionaries for meaningful figures")


def _f(value: float) -> str:
    return f"{value:.3f}"


def _prf_cells(score: Prf) -> list[str]:
    return [_f(score.precision), _f(score.recall), _f(score.f1)]


def _label_table(title: str, scores: tuple[LabelScore, ...]) -> Table:
    table = Table("label", "P", "R", "F1", "support", "predicted", title=title)
    for score in scores:
        table.add_row(score.label, _f(score.precision), _f(score.recall), _f(score.f1),
                      str(score.support), str(score.predicted))
    return table


def _confusion_table(title: str, matrix: Confusion) -> Table:
    table = Table("gold \\ predicted", *matrix.columns, title=title)
    for row, counts in zip(matrix.rows, matrix.counts):
        table.add_row(row, *(str(n) if n else "." for n in counts))
    return table


def _pairs_table(title: str, pairs: tuple[PairCount, ...], *, wrong_only: bool) -> Table:
    table = Table("expected", "produced", "count", title=title)
    shown = [pair for pair in pairs if not wrong_only or pair.expected != pair.produced]
    for pair in shown[:SHOWN_PAIRS]:
        table.add_row(pair.expected, pair.produced, str(pair.count))
    return table


def _matrix_pairs(matrix: Confusion) -> tuple[PairCount, ...]:
    """A confusion table as its non-empty cells, most frequent first."""
    cells = [PairCount(row, column, n) for row, counts in zip(matrix.rows, matrix.counts)
             for column, n in zip(matrix.columns, counts) if n]
    return tuple(sorted(cells, key=lambda cell: (-cell.count, cell.expected, cell.produced)))


def _errors_table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> Table:
    table = Table(*columns, title=title, show_lines=True)
    for row in rows[:SHOWN_ERRORS]:
        table.add_row(*row)
    return table


def _print_class(scores: ClassScores) -> None:
    out.print(f"accuracy {_f(scores.accuracy)}  macro-F1 {_f(scores.macro_f1)}  "
              f"coverage {_f(scores.coverage)}  ({scores.n_items} sentences)", highlight=False)
    out.print(_label_table("per class (Phoenix five classes: 0 neutral/appeal, 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict)", scores.per_class))
    out.print(_confusion_table("confusion", scores.confusion))
    rows = [(e.item_id, e.gold, e.predicted, e.code or "-", e.text) for e in scores.errors]
    out.print(_errors_table(f"first {SHOWN_ERRORS} of {len(scores.errors)} errors",
                            ("id", "gold", "pred", "code", "sentence"), rows))


def _print_ner(scores: NerScores) -> None:
    out.print(f"coverage {_f(scores.coverage)}  ({scores.n_items} sentences)", highlight=False)
    table = Table("span", "events", "match", "P", "R", "F1", "predicted", "gold",
                  title="source (S) and target (T) spans")
    for score in scores.scores:
        side = "source (S)" if score.label == "S" else "target (T)"
        for match in ("exact", "overlap", "tokens"):
            prf = getattr(score, match)
            table.add_row(side, score.variant, match, *_prf_cells(prf), str(prf.predicted), str(prf.gold),
                          end_section=match == "tokens")
    out.print(table)
    rows = [
        (e.item_id, " | ".join(e.gold_source) or "-", " | ".join(e.predicted_source) or "-",
         " | ".join(e.gold_target) or "-", " | ".join(e.predicted_target) or "-", e.text)
        for e in scores.errors
    ]
    out.print(_errors_table(f"first {SHOWN_ERRORS} of {len(scores.errors)} main-event span errors",
                            ("id", "gold S", "pred S", "gold T", "pred T", "sentence"), rows))


def _print_petrarch(scores: PetrarchScores) -> None:
    out.print(
        f"exact {_f(scores.exact)}  extra {_f(scores.extra)}  sentences correct {_f(scores.sentences_correct)}  "
        f"no-event sentences right {_f(scores.no_event_correct)} of {scores.no_event_items}  "
        f"({scores.n_items} sentences, {scores.n_skipped} error records skipped)", highlight=False,
    )
    table = Table("level", "P", "R", "F1", "gold", "made", "hit", "extra", "x/made", "x/gold",
                  title="codings (source, target, event)", caption="gold: expected; made: produced; "
                  "hit: both; extra: made, not expected (x/: as a share)")
    for level in scores.levels:
        table.add_row(level.level, _f(level.precision), _f(level.recall), _f(level.f1), str(level.expected),
                      str(level.produced), str(level.matched), str(level.extra),
                      _f(level.extra_of_produced), _f(level.extra_of_expected))
    out.print(table)
    out.print(_pairs_table("most frequent code confusions", scores.code_confusion, wrong_only=True))
    out.print(_pairs_table("most frequent CAMEO root confusions", _matrix_pairs(scores.root_confusion), wrong_only=True))
    rows = [(e.item_id, "\n".join(e.expected) or "-", "\n".join(e.produced) or "-", e.text) for e in scores.errors]
    out.print(_errors_table(f"first {SHOWN_ERRORS} of {len(scores.errors)} wrong sentences",
                            ("id", "expected", "produced", "sentence"), rows))


def _print_plover(scores: PloverScores) -> None:
    out.print(
        f"event type P {_f(scores.event_type.precision)} R {_f(scores.event_type.recall)} "
        f"F1 {_f(scores.event_type.f1)}  macro-F1 {_f(scores.macro_f1)}  "
        f"mode accuracy {_f(scores.mode_accuracy)} of {scores.mode_items}  ({scores.n_items} sentences)",
        highlight=False,
    )
    out.print(_label_table("per PLOVER type", scores.per_type))
    out.print(_pairs_table("most frequent type confusions", scores.confusion, wrong_only=True))
    rows = [(e.item_id, f"{e.gold_type or '-'} {e.gold_mode or ''}", f"{e.predicted_type or '-'} "
             f"{e.predicted_mode or ''}", e.text) for e in scores.errors]
    out.print(_errors_table(f"first {SHOWN_ERRORS} of {len(scores.errors)} errors",
                            ("id", "gold", "predicted", "sentence"), rows))


def _print_re3d(scores: Re3dScores) -> None:
    table = Table("gold view", "type", "match", "P", "R", "F1", "predicted", "gold",
                  title=f"typed entity spans ({scores.n_items} documents)")
    for view in scores.views:
        for score in view.labels:
            for match in ("exact", "overlap"):
                prf = getattr(score, match)
                table.add_row(view.view, score.label, match, *_prf_cells(prf), str(prf.predicted), str(prf.gold),
                              end_section=match == "overlap" and score.label == "micro")
    out.print(table)
    out.print("error kinds (" + scores.views[0].view + "): "
              + ", ".join(f"{kind} {n}" for kind, n in scores.views[0].error_kinds), highlight=False)
    rows = [(e.item_id[:12], e.kind, e.gold or "-", e.predicted or "-") for e in scores.errors[:SHOWN_ERRORS]]
    out.print(_errors_table(f"first {SHOWN_ERRORS} of {len(scores.errors)} entity errors",
                            ("document", "kind", "gold", "predicted"), rows))
