"""The command line: each command parses options and calls one library function.

Exit codes: 0 everything analysed, 3 some inputs were skipped (listed), 1 an error
(one line on stderr, no traceback), 2 a usage error, 130 interrupted (Ctrl-C), 143 stopped
by SIGTERM (both mark the run ``interrupted`` and keep what was committed).

Imports of the pipeline, the store and the reports happen inside the commands: ``--help``
and usage errors answer without loading spaCy (tests/test_cli_startup.py).

This module holds the app and its list of commands; the commands live by concern in
``analyze`` (analyze, demo), ``query`` (events, show, export), ``workbench`` (serve, token,
review), ``watch``, ``benchmark`` (bench) and ``measure`` (compare, eval), and what they share
(consoles, options, the error edge) in ``common``.
"""

from __future__ import annotations

import logging
from typing import Annotated

from rashomon.marshalfile import gc_paused

# typer, rich and the commands' modules live as long as the process: no garbage collections
# while they load (~0.02 of the ~0.25 CPU s of `rashomon --help`, issue 14)
with gc_paused():
    import typer

    from rashomon.cli import analyze, benchmark, measure, query, watch, workbench
    from rashomon.cli.common import console
    from rashomon.config import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="rashomon: who says what happened. A sourced ledger of claims from "
                       "news coverage of contested events.")

# the commands, in the order --help lists them
app.command()(analyze.analyze)
app.command()(analyze.demo)
app.command()(query.events)
app.command()(query.show)
app.command()(query.export)
app.command()(workbench.serve)
app.add_typer(workbench.token_app, name="token")
app.add_typer(workbench.review_app, name="review")
app.command()(watch.watch)
app.command()(benchmark.bench)
app.command()(measure.compare)
app.command("eval")(measure.eval_)


@app.callback(invoke_without_command=True)
def _main(
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log to stderr.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")
    if version:
        console.print(f"rashomon {__version__}")
        raise typer.Exit(0)


def main() -> None:
    app()
