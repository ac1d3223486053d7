"""The commands that read a stored ledger: ``rashomon events`` (a page of the event list),
``rashomon show`` (one event) and ``rashomon export`` (the whole ledger, streamed)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from rashomon.cli.common import (
    EVENTS_SHOWN,
    DbOpt,
    check_outputs,
    console,
    err,
    existing,
    fail,
    guard,
    load_ledger,
    shown,
    write_file,
)
from rashomon.config import Options

if TYPE_CHECKING:
    from rashomon.types import Event


def events(
    db: DbOpt = "rashomon.db",
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Events to list.")] = EVENTS_SHOWN,
    all_events: Annotated[bool, typer.Option("--all", help="List every event.")] = False,
    sort: Annotated[str, typer.Option(
        help="newest (by date, undated last), largest (most claims) or disputed (most disputes).")] = "newest",
) -> None:
    """List the events of the ledger: the newest 50 by default (--limit, --sort, --all)."""
    from rashomon.report.terminal import EVENT_ORDERS, render_event_list

    if sort not in EVENT_ORDERS:
        fail(f"unknown --sort {sort!r}: use {', '.join(EVENT_ORDERS)}", 2)
    events, claims, total = guard(lambda: _event_page(db, sort, None if all_events else limit))
    more = f"--limit N or --all for every one{'' if sort != 'newest' else ', --sort largest|disputed'}"
    render_event_list(events, claims, total, console, order=sort, more=more)


def _event_page(db: str, order: str, limit: int | None) -> tuple[list[Event], dict[str, int], int]:
    """The event list from SQL: a page of events and two counts each, never the whole ledger.
    A reviewed ledger is loaded whole instead: the reviewers' overlay needs it."""
    from rashomon.store import Store
    from rashomon.store.read import event_page, has_reviews

    with Store.open(existing(db)) as store:
        if not has_reviews(store):
            page = event_page(store, order, limit)  # type: ignore[arg-type]
            return list(page.events), dict(page.claims), page.total
    from rashomon.report.terminal import event_page as ledger_page

    return ledger_page(load_ledger(db), order, limit)


def show(event_id: Annotated[str, typer.Argument(help="An event id from 'rashomon events'.")],
         db: DbOpt = "rashomon.db",
         pairs: Annotated[bool, typer.Option("--pairs", help="List the claim pairs behind each dispute.")] = False,
         ) -> None:
    """Show one event: its frame, sources side by side, disputes, evidence."""
    from rashomon.report.terminal import render_event

    ledger = guard(lambda: load_ledger(db))
    if ledger.event(event_id) is None:
        fail(f"no event {event_id!r} in {shown(db)}; see 'rashomon events'")
    render_event(ledger, event_id, console, pairs=pairs)


def export(
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="json, jsonl, csv (a row per claim), geojson, acled or ucdp (a row per event)",
    )] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None,
    db: DbOpt = "rashomon.db",
) -> None:
    """Export the ledger as JSON (rashomon.ledger/1), JSONL, CSV, GeoJSON, ACLED- or UCDP-style CSV."""
    if fmt not in ("json", "jsonl", "csv", "geojson", "acled", "ucdp"):
        fail(f"unknown format {fmt!r}: use json, jsonl, csv, geojson, acled or ucdp", 2)
    check_outputs(output)
    if output is None:
        guard(lambda: _export(db, fmt, sys.stdout))
        return

    def write(path: Path) -> None:
        from rashomon.report.ledger_json import atomic_text

        with atomic_text(path) as fh:
            _export(db, fmt, fh)

    guard(lambda: write_file(output, write))
    err.print(f"wrote {output}")


def _export(db: str, fmt: str, out: TextIO) -> None:
    """Stream the ledger in ``db`` to ``out``: read a page at a time inside one snapshot, so
    memory stays flat as the ledger grows. A reviewed ledger is loaded whole instead: the
    reviewers' overlay needs it."""
    from rashomon.config import generator
    from rashomon.report.export import export as export_ledger
    from rashomon.store import Store
    from rashomon.store.read import has_reviews, ledger_reader

    with Store.open(existing(db)) as store:
        if not has_reviews(store):
            with ledger_reader(store, generator(Options())) as records:
                export_ledger(records, fmt, out)  # type: ignore[arg-type]
            return
    export_ledger(load_ledger(db), fmt, out)  # type: ignore[arg-type]

