"""``rashomon analyze`` and ``rashomon demo``: articles (files, folders, globs, URLs) into the
ledger, then its summary on the terminal and the JSON and HTML reports."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from rashomon.cli.common import (
    EVENTS_SHOWN,
    EXIT_SKIPPED,
    AllowPrivateOpt,
    ContactOpt,
    DbOpt,
    FetchArgs,
    IntervalOpt,
    RefreshOpt,
    check_outputs,
    console,
    err,
    guard,
    progress_bar,
    sigterm_interrupts,
    usage,
    write_file,
)
from rashomon.config import Options

if TYPE_CHECKING:
    from rashomon.types import Ledger, Skipped


def _analyse(paths: list[str], db: str, options: Options, quiet: bool,
             fetch: FetchArgs | None = None) -> tuple[Ledger, list[Skipped]]:
    from rashomon.marshalfile import gc_paused

    # the pipeline's modules, and the lexicons they read as they load, live as long as the
    # process: no collections while they load, and none of them walked by later ones (frozen;
    # the garbage collector's time in a fresh analyze of one article 0.21–0.28 -> 0.08–0.15 CPU s,
    # issue 14). Frozen objects are still freed when their last reference goes. Once a process:
    # a later call (tests run the CLI many times in one process) would freeze their garbage too.
    fresh = "rashomon.pipeline" not in sys.modules
    with gc_paused():
        from rashomon.pipeline import generator, run
        from rashomon.store import Store
        from rashomon.types import RawDocument, Skipped
        if fresh:
            gc.freeze()

    urls: list[str] = []
    if any("://" in p for p in paths):  # the fetcher (httpx) is loaded only for URLs
        from rashomon.live import is_url

        urls = [p for p in paths if is_url(p)]
    fetched: list[Skipped] = []
    with sigterm_interrupts(), Store.open(db) as store, progress_bar(quiet) as progress:
        inputs: list[str | RawDocument] = [p for p in paths if p not in urls]
        if urls:
            from rashomon.live import Fetcher, LiveSources

            with Fetcher((fetch or FetchArgs()).settings(options)) as fetcher:
                live = LiveSources(fetcher, store, options, refresh=(fetch or FetchArgs()).refresh)
                for doc in live.pages(urls):
                    if isinstance(doc, Skipped):
                        store.save_skipped(doc)
                        fetched.append(doc)
                    else:
                        inputs.append(doc)
        summary = run(inputs, store, options, progress=progress)
        ledger = store.load_ledger(generator(options))
    if summary.unchanged and not quiet:
        n = len(summary.unchanged)
        err.print(f"{n} article{'s' if n != 1 else ''} already analysed alike, not redone "
                  "(--reanalyse to redo)", highlight=False)
    return ledger, [*fetched, *summary.skipped]


def _write_outputs(ledger: Ledger, json_out: Path | None, html_out: Path | None) -> None:
    if json_out:
        from rashomon.report.ledger_json import write_json

        write_file(json_out, lambda p: write_json(ledger, p))
        err.print(f"wrote {json_out}")
    if html_out:
        from rashomon.report.html import write_html

        write_file(html_out, lambda p: write_html(ledger, p))
        err.print(f"wrote {html_out}")


def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or globs: .txt .md .html .json .jsonl")],
    db: DbOpt = "rashomon.db",
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the ledger JSON here.")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write the HTML report here.")] = None,
    workers: Annotated[int, typer.Option(help="Processes for the per-article stages.")] = 1,
    max_bytes: Annotated[int, typer.Option(help="Skip input files larger than this.")] = Options().max_bytes,
    model: Annotated[str, typer.Option(help="spaCy model to load.")] = Options().model,
    article_timeout: Annotated[float, typer.Option(
        help="CPU seconds one article may take; a slower one is skipped with a reason.")] = Options().article_timeout,
    reanalyse: Annotated[bool, typer.Option(
        "--reanalyse", help="Analyse again articles stored with the same content and analysis.")] = False,
    dask: Annotated[str | None, typer.Option(
        help="Run the per-article stages on Dask: 'local' (a LocalCluster of --workers processes) or a "
             "scheduler address tcp://HOST:PORT.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or tables.")] = False,
    allow_private: AllowPrivateOpt = False,
    refresh: RefreshOpt = False,
    contact: ContactOpt = "",
    host_interval: IntervalOpt = 1.0,
) -> None:
    """Analyse articles into the ledger (idempotent: articles stored with the same content and
    analysis are kept, so a killed run restarts where it stopped; changed ones are replaced).

    PATHS may mix files, folders, globs and http(s) URLs (fetched, archived in the store)."""
    options = usage(lambda: Options().with_(workers=workers, max_bytes=max_bytes, model=model,
                                            article_timeout=article_timeout, reanalyse=reanalyse,
                                            dask=dask))
    check_outputs(json_out, html_out)
    fetch = FetchArgs(allow_private, refresh, contact, host_interval)
    ledger, skipped = guard(lambda: _analyse(paths, db, options, quiet, fetch))
    if not quiet:
        from rashomon.report.terminal import render_events, render_ledger_summary

        render_ledger_summary(ledger, console)
        render_events(ledger, console, limit=EVENTS_SHOWN, more="'rashomon events --all' for every one")
    else:  # quiet still says what was not analysed: the exit code alone would hide it
        for s in skipped:
            err.print(f"skipped {s.input}: {s.reason}", highlight=False, markup=False)
    guard(lambda: _write_outputs(ledger, json_out, html_out))
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


def demo(
    db: DbOpt = ":memory:",
    json_out: Annotated[Path, typer.Option("--json", help="Where to write the ledger JSON.")] = Path("ledger.json"),
    html_out: Annotated[Path, typer.Option("--html", help="Where to write the HTML report.")] = Path("report.html"),
) -> None:
    """Analyse the bundled sample corpus, print the ledger, write ledger.json and report.html."""
    from rashomon.report.terminal import render_event, render_events, render_ledger_summary
    from rashomon.sample import sample_corpus

    check_outputs(json_out, html_out)
    corpus = sample_corpus()
    err.print(f"analysing the sample corpus in {corpus}")
    ledger, _ = guard(lambda: _analyse([str(corpus)], db, Options(), False))
    render_ledger_summary(ledger, console)
    render_events(ledger, console, limit=EVENTS_SHOWN, more="'rashomon events --all' for every one")
    for event in ledger.events[:3]:
        render_event(ledger, event.id, console)
    guard(lambda: _write_outputs(ledger, json_out, html_out))
