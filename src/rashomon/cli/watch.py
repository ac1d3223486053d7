"""``rashomon watch``: follow feeds and pages, analysing new items as they appear."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from rashomon.cli.common import (
    EXIT_SKIPPED,
    AllowPrivateOpt,
    ContactOpt,
    DbOpt,
    FetchArgs,
    IntervalOpt,
    RefreshOpt,
    console,
    err,
    guard,
    shown,
)
from rashomon.config import Options

if TYPE_CHECKING:
    from rashomon.live.watch import Cycle


def watch(
    targets: Annotated[list[str], typer.Argument(help="Feed or page URLs, or a file with one URL a line.")],
    db: DbOpt = "rashomon.db",
    every: Annotated[str, typer.Option(help="Time between cycles: 30s, 15m, 2h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="One cycle, then exit.")] = False,
    allow_private: AllowPrivateOpt = False,
    refresh: RefreshOpt = False,
    contact: ContactOpt = "",
    host_interval: IntervalOpt = 1.0,
) -> None:
    """Follow RSS/Atom feeds and pages: analyse new items as they appear, one line per cycle.

    Stops cleanly on Ctrl-C or SIGTERM between articles; a restart resumes where it stopped."""
    import signal
    import threading

    from rashomon.live.watch import parse_every, read_targets
    from rashomon.live.watch import watch as run_watch

    urls = guard(lambda: read_targets(targets))
    every_s = guard(lambda: parse_every(every))
    options = Options()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    skipped_any = False

    def report(c: Cycle) -> None:
        nonlocal skipped_any
        skipped_any = skipped_any or bool(c.skipped)
        for s in c.skipped:
            err.print(f"skipped {s.input}: {s.reason}", highlight=False, markup=False)
        console.print(c.line(), highlight=False)

    err.print(f"watching {len(urls)} URL(s) into {shown(db)}" + ("" if once else f", every {every}; Ctrl-C stops"))
    settings = FetchArgs(allow_private, refresh, contact, host_interval).settings(options)
    guard(lambda: run_watch(urls, db, options, settings,
                            every_s=every_s, once=once, refresh=refresh, stop=stop, on_cycle=report))
    if once and skipped_any:
        raise typer.Exit(EXIT_SKIPPED)
