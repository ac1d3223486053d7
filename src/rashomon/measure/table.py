"""The report as one rich table: data set, figure, value, target, met. The CLI prints it."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from rashomon.measure.model import Figure, Report

MARK = {True: Text("yes", style="green"), False: Text("no", style="red"), None: Text("")}


def _met(fig: Figure) -> Text:
    return MARK[fig.met]


def report_table(report: Report) -> Table:
    gen = report.generator
    table = Table(title=f"rashomon eval: {gen.get('version')} ({gen.get('model')}, config {gen.get('config_hash')})",
                  caption=f"data: {gen.get('shared')}; targets from issues 10 and 11", show_lines=False)
    for col, justify in (("data set", "left"), ("figure", "left"), ("value", "right"), ("target", "right"),
                         ("met", "center")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for result in report.sets:
        title = f"{result.title} [{result.seconds:.0f} s]" if not result.skipped else result.title
        if result.skipped:
            table.add_row(title, Text(f"skipped: {result.skipped}", style="yellow"), "", "", "")
        for n, fig in enumerate(result.figures):
            table.add_row(title if n == 0 else "", fig.label, fig.text,
                          fig.target.text() if fig.target else "", _met(fig),
                          end_section=n == len(result.figures) - 1)
    return table
