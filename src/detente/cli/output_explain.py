"""Rendering of ``detente explain`` traces."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

out = Console()


def _actor(actor) -> str:
    if actor is None:
        return "-"
    return f"{actor.span.text!r} -> {actor.code or '?'} ({actor.method})"


def print_trace(trace) -> None:
    sent = trace.sentence
    out.rule(f"sentence {sent.sentence.index}")
    out.print(sent.sentence.text, markup=False, highlight=False)
    parse = Table("i", "token", "lemma", "pos", "dep", "head", "entity", title="dependency parse")
    for tok in sent.tokens:
        parse.add_row(str(tok.i), tok.text, tok.lemma, tok.pos, tok.dep, str(tok.head), tok.ent_type)
    out.print(parse)
    terms = Table("tokens", "actor entry", "sector", title="dictionary matches")
    for match in trace.terms:
        words = " ".join(t.text for t in sent.tokens[match.start:match.end])
        entry = f"{match.entry.code} ({match.entry.kind})" if match.entry else "-"
        terms.add_row(words, entry, match.sector or "-")
    out.print(terms)
    preds = Table("predicate", "verdict", "modality", "sources", "targets", title="predicates", show_lines=True)
    for item in trace.predicates:
        mood = f"{item.modality}{' negated' if item.negated else ''}"
        preds.add_row(f"{item.predicate.lemma} ({item.predicate.pos})", item.verdict, mood,
                      "\n".join(_actor(a) for a in item.sources) or "-",
                      "\n".join(_actor(a) for a in item.targets) or "-")
    out.print(preds)
    if not trace.mentions:
        out.print("[yellow]no event coded[/]")
    for mention in trace.mentions:
        source = mention.source.code if mention.source else "-"
        target = mention.target.code if mention.target else "-"
        out.print(f"[bold]EVENT[/] {source} -> {target}  CAMEO {mention.cameo.code} ({mention.cameo.name}), "
                  f"PLOVER {mention.plover_type}, {mention.modality}{', negated' if mention.negated else ''}, "
                  f"confidence {mention.confidence}, rule {mention.rule}", highlight=False)
