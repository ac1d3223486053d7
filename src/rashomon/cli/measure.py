"""The measuring commands: ``rashomon compare`` (two articles side by side, or the SemEval-2022
and ECB+ figures) and ``rashomon eval`` (every quality figure against its target)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from rashomon.cli.common import console, err, fail, guard, progress_bar
from rashomon.config import Options


def compare(
    a: Annotated[Path | None, typer.Argument(help="First article: .txt .md .html .json")] = None,
    b: Annotated[Path | None, typer.Argument(help="Second article.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    semeval: Annotated[Path | None, typer.Option(
        help="Measure instead: Pearson r on the en-en pairs of the SemEval-2022 Task 8 sample in DIR.")] = None,
    ecb: Annotated[Path | None, typer.Option(
        help="Measure instead: B³ of document clustering on the ECB+ folder DIR.")] = None,
    limit: Annotated[int | None, typer.Option(help="Measure on the first N SemEval pairs only.")] = None,
    max_chars: Annotated[int | None, typer.Option(help="Measure on the first N characters of each ECB+ "
                                                       "document (a lighter run).")] = None,
) -> None:
    """Two articles: same event or not, similarity by SemEval-2022 dimensions, shared and contradicting claims."""
    from rashomon.compare import compare_paths, comparison_json
    from rashomon.compare.benchmarks import run_ecb, run_semeval
    from rashomon.compare.render import render_comparison, render_ecb, render_semeval
    from rashomon.pipeline import Resources

    if semeval is None and ecb is None and (a is None or b is None):
        fail("give two articles, A and B (or --semeval DIR / --ecb DIR)", 2)
    res = guard(lambda: Resources.load(Options())) if semeval or ecb else None  # else: after reading A, B
    if semeval is not None and res is not None:
        render_semeval(guard(lambda: run_semeval(semeval, res, limit=limit)), console)
    if ecb is not None and res is not None:
        render_ecb(guard(lambda: run_ecb(ecb, res, max_chars=max_chars)), console)
    if a is None or b is None:
        return
    result = guard(lambda: compare_paths(a, b, Options(), res))
    if json_out:
        typer.echo(json.dumps(comparison_json(result), indent=2, ensure_ascii=False))
    else:
        render_comparison(result, console)


def eval_(
    shared: Annotated[Path, typer.Option(help="The folder holding eval/ and datasets/.")] = Path("../shared"),
    only: Annotated[str | None, typer.Option(
        help="Comma-separated data sets: eval, more-conflicts, probe, probe2, probe3, probe4, probe5, probe6, "
             "probe7, probe8, probe9, probe10, probe11, probe12, probe13, probe14, probe15, probe16, probe17, "
             "gtd, airwars, polnear, emergent.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the raw figures here.")] = None,
) -> None:
    """Measure quality: both eval sets (score.py) and the public data sets, as one table with targets."""
    from rashomon.measure import measure
    from rashomon.measure.table import report_table

    names = [n.strip() for n in only.split(",") if n.strip()] if only else None
    with progress_bar(False) as progress:
        report = guard(lambda: measure(shared, names, progress=progress))
    console.print(report_table(report))
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        err.print(f"wrote {json_out}")
