"""The workbench's commands: ``rashomon serve`` (the web app over a ledger), ``rashomon token
create`` (a reviewer's token) and ``rashomon review export`` (the reviewers' corrections as
eval gold records)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from rashomon.cli.common import DbOpt, err, existing, fail, guard, load_ledger, shown


def serve(
    db: DbOpt = "rashomon.db",
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    tiles: Annotated[str | None, typer.Option(
        help="Map tiles when online, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
             "(default: the bundled country outlines, offline).")] = None,
) -> None:
    """The workbench: browse, search and filter the ledger in a browser; JSON API under /api/."""
    import uvicorn

    from rashomon.web import create_app

    application = guard(lambda: create_app(db, tiles))
    err.print(f"serving {shown(db)} at http://{host}:{port}/events (API schema: /openapi.json; Ctrl-C stops)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


token_app = typer.Typer(no_args_is_help=True, help="Review tokens for the workbench (rashomon serve).")
review_app = typer.Typer(no_args_is_help=True, help="Analyst review: the corrections made in the workbench.")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Option("--name", help="The reviewer's name, shown in the audit log.")],
    db: DbOpt = "rashomon.db",
) -> None:
    """Make a review token; it is printed once (the database keeps only its hash)."""
    from rashomon.store import Store
    from rashomon.store.review import create_token

    def make() -> str:
        with Store.open(existing(db)) as store:
            return create_token(store, name)

    token = guard(make)
    err.print(f"review token for {escape(name)} (shown once; send it as 'Authorization: Bearer TOKEN' "
              "or sign in at /login):", highlight=False)
    print(token)


@review_app.command("export")
def review_export(
    gold: Annotated[Path, typer.Option("--gold", help="JSONL file: one gold record per reviewed article.")],
    db: DbOpt = "rashomon.db",
) -> None:
    """Write the reviewed articles in the eval gold format, so corrections become test data."""
    from rashomon.review import gold_records

    ledger = guard(lambda: load_ledger(db))
    records = list(gold_records(ledger))
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    try:
        gold.write_text(lines, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {gold}: {exc.strerror or exc}")
    err.print(f"wrote {len(records)} reviewed article(s) from {len(ledger.reviews)} change(s) to {escape(str(gold))}")
