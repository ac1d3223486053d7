"""Terminal tables (rich) for ``rashomon compare``: one comparison, and the benchmark figures.

Text from articles is never interpreted as rich markup: every cell is a :class:`Text`.
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from rashomon.compare.benchmarks import EcbReport, SemevalReport
from rashomon.compare.model import ClaimPair, Comparison
from rashomon.types import Article


def _label(a: Article) -> str:
    parts = [a.title or a.input, a.outlet or "", a.published or ""]
    return " · ".join(p for p in parts if p)


def _claims_table(title: str, pairs: tuple[ClaimPair, ...], style: str) -> Table:
    table = Table(title=title, box=box.SIMPLE, title_justify="left", title_style=f"bold {style}")
    for col in ("about", "summary", "A says", "B says"):
        table.add_column(col, overflow="fold")
    for p in pairs:
        table.add_row(Text(p.about), Text(p.summary), Text(p.a.evidence.text), Text(p.b.evidence.text))
    return table


def render_comparison(c: Comparison, console: Console) -> None:
    """Verdict, similarity breakdown, shared and contradicting claims."""
    console.print(Text.assemble(("A ", "bold"), _label(c.a)))
    console.print(Text.assemble(("B ", "bold"), _label(c.b)))
    verdict = Text("same event" if c.same_event else "not the same event",
                   style="bold green" if c.same_event else "bold red")
    how = (f" (link stage: score {c.link_score:.2f}; {c.link_reason})"
           if c.decided_by == "link" and c.link_score is not None
           else f" (overall similarity {c.overall:.2f})")
    console.print(Text.assemble(verdict, how))
    table = Table(title="similarity (0–1, 1 = same; SemEval 1–4 = 4 − 3·score, 1 = very similar)",
                  box=box.SIMPLE, title_justify="left")
    for col, justify in (("dimension", "left"), ("score", "right"), ("SemEval 1–4", "right"), ("basis", "left")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for d in c.dimensions:
        table.add_row(d.name, f"{d.score:.2f}", f"{d.semeval:.2f}",
                      Text(d.basis + ("" if d.known else " (neutral 0.5)"), style="" if d.known else "dim"))
    console.print(table)
    if c.shared:
        console.print(_claims_table("shared claims", c.shared, "green"))
    else:
        console.print(Text("no shared claims", style="dim"))
    if c.contradictions:
        console.print(_claims_table("contradictions", c.contradictions, "red"))
    else:
        console.print(Text("no contradictions", style="dim"))


def render_semeval(r: SemevalReport, console: Console) -> None:
    table = Table(title=f"SemEval-2022 Task 8, en-en pairs: Pearson r of 4 − 3·overall with gold Overall "
                        f"({r.seconds:.0f} s)", box=box.SIMPLE, title_justify="left")
    for col, justify in (("pairs", "left"), ("n", "right"), ("r (corpus idf)", "right"),
                         ("r (tf only, as `compare`)", "right")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for key, label, n in (("test", "testing half (weights fitted on the training half)", r.test_pairs),
                          ("train", "training half", r.train_pairs), ("all", "all", r.pairs)):
        table.add_row(label, str(n), f"{r.pearson[key]:.3f}", f"{r.pearson_tf[key]:.3f}")
    for dim, value in r.pearson_by_dimension.items():
        table.add_row(f"  {dim} vs gold {dim.capitalize()} (all)", str(r.pairs), f"{value:.3f}", "")
    console.print(table)
    weights = ", ".join(f"{k} {v:.3f}" for k, v in r.fitted_weights.items())
    console.print(Text(f"weights of √dimensions refitted on the training half by this run: {weights}"))
    console.print(Text(f"same story = gold Overall ≤ 1.5: best overall threshold on the training half "
                       f"{r.best_threshold:.2f}; the same-event decision on the testing half F1 {r.same_event_f1:.3f}"))


def render_ecb(r: EcbReport, console: Console) -> None:
    table = Table(title=f"ECB+ document clustering: B³ against gold sub-topics ({r.documents} documents, "
                        f"{r.topics} topics, {r.gold_clusters} gold clusters, {r.seconds:.0f} s)",
                  box=box.SIMPLE, title_justify="left")
    for col, justify in (("method", "left"), ("P", "right"), ("R", "right"), ("F1", "right")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for name, s in r.scores.items():
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    console.print(table)
