"""``rashomon bench``: throughput, start-up, linking, store, Dask, view and workbench figures,
each against its issue 14 target. The measuring is rashomon.bench's; this prints its tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from rashomon.cli.common import console, err, fail, guard, usage
from rashomon.config import Options

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rashomon.bench import ProcessTiming, RelinkResult, Target, Throughput, ViewsResult


def bench(
    articles: Annotated[int, typer.Option("--articles", "-n", help="Generated articles.")] = 200,
    workers: Annotated[int | None, typer.Option(help="Processes for the parallel run (default: all cores).")] = None,
    link_frames: Annotated[str | None, typer.Option(
        "--link-frames", help="Instead: time the link stage on synthetic frames, e.g. 10000,100000.")] = None,
    link_scale: Annotated[bool, typer.Option(
        "--link-scale", help="Instead: issue 14's linking targets, 100k then 1M synthetic frames "
                             "(time exponent, peak memory, F1; a few minutes, ~3 GB).")] = False,
    startup: Annotated[bool, typer.Option(
        "--startup", help="Only the start-up figures: --help and analyze of one article, whole processes.")] = False,
    serve: Annotated[bool, typer.Option(
        "--serve", help="Instead: a load run of the workbench, 2,000 API and page requests 8 at a time "
                        "over a synthetic ledger of --articles articles (default 2,000).")] = False,
    dask: Annotated[str | None, typer.Option(
        help="Instead: the same generated articles through the process pool and through Dask "
             "('local' or tcp://HOST:PORT), with --workers workers each, and the overhead.")] = None,
    store: Annotated[str | None, typer.Option(
        help="Instead: analyze of the sample corpus into SQLite and into a scratch schema (dropped "
             "after) of this postgresql:// database, fresh processes, CPU and wall seconds.")] = None,
    views: Annotated[bool, typer.Option(
        "--views", help="Only the view figures: CPU s of 'events' and peak memory of 'export' on ledgers of "
                        "--articles generated articles (default 2,000; analysed with --workers, default 1) "
                        "and half as many.")] = False,
    corpus: Annotated[str | None, typer.Option(
        help="Instead: a real corpus (a JSONL file, folder or glob analyze reads): wall articles/s of "
             "analyze with --workers (default 2) on its first --limit articles, and the throughput "
             "ratio against spaCy on its first --articles.")] = None,
    limit: Annotated[int, typer.Option(help="Articles of --corpus for the wall figure.")] = 500,
) -> None:
    """Articles per second and peak memory of the whole pipeline, one process and all cores,
    then the start-up figures (CPU s of --help and of analyze of one article, as fresh processes).

    With --link-frames, the link stage alone on synthetic frames with known incidents; with
    --serve, the workbench's latency under load."""
    from rich.table import Table

    from rashomon.bench import bench as run_bench
    from rashomon.bench import default_workers

    if link_frames is not None or link_scale:
        _bench_link(link_frames or "100000,1000000")
        return
    if startup:
        _bench_startup()
        return
    if serve:
        _bench_serve(articles if articles != 200 else 2000)
        return
    if dask is not None:
        _bench_dask(articles, workers or max(2, default_workers()), dask)
        return
    if store is not None:
        _bench_store(store)
        return
    if corpus is not None:
        _bench_corpus(corpus, limit, articles, workers or 2)
        return
    from rashomon.bench import VIEWS_ARTICLES

    if views:
        _bench_views(articles if articles != 200 else VIEWS_ARTICLES, workers or 1)
        return

    table = Table(title=f"rashomon bench: {articles} generated articles")
    for col in ("workers", "seconds", "articles/s", "words/s", "peak RSS per process (MB)"):
        table.add_column(col, justify="right")
    for w in sorted({1, workers or default_workers()}):
        r = guard(lambda w=w: run_bench(articles, w))  # type: ignore[misc]
        table.add_row(str(r.workers), f"{r.seconds:.1f}", f"{r.articles_per_second:.1f}",
                      f"{r.words_per_second:,}", f"{r.peak_rss_mb:.0f}")
    console.print(table)
    from rashomon.bench import LONG_MAX_RATIO, long_articles, relink_bench, targets, throughput

    t = guard(lambda: throughput(articles))
    _print_throughput(t, "generated")
    long = guard(long_articles)
    (short_n, long_n), (short_s, long_s) = long.sentences, long.cpu_seconds
    console.print(f"long articles: {long_n:,} sentences {long_s:.1f} CPU s, {short_n:,} sentences {short_s:.2f} CPU s; "
                  f"ratio {long.ratio:.1f}× (issue 14 target ≤ {LONG_MAX_RATIO:g}×)"
                  f"{'' if long.analysed else ' (one was skipped)'}", highlight=False)
    started = _bench_startup()
    seen = _bench_views(VIEWS_ARTICLES, workers or 1)
    relinked = guard(relink_bench)
    _print_relink(relinked)
    _print_targets(targets(throughput=t, startup=started, long=long, relink=relinked, views=seen))


def _print_targets(rows: Sequence[Target]) -> None:
    """Issue 14's targets, one row each: what this run measured, met or not, or which run measures it."""
    from rich.table import Table

    table = Table(title="rashomon bench: issue 14 targets")
    for col in ("figure", "measured", "target", "met"):
        table.add_column(col)
    for r in rows:
        met = "" if r.met is None else "met" if r.met else "not met"
        table.add_row(r.figure, r.measured if r.measured is not None else f"not measured ({r.how})", r.target, met)
    console.print(table)


def _print_relink(rl: RelinkResult) -> None:
    from rashomon.bench import RELINK_MAX_CPU_S

    console.print(f"relink of {rl.articles:,} stored articles of one event: {rl.cpu_seconds:.2f} CPU s (target ≤ "
                  f"{RELINK_MAX_CPU_S:g}: {'met' if rl.met else 'not met'}), {rl.events} "
                  f"event(s); disputes count {rl.opposed_pairs:,} opposed claim pairs, {rl.stored_pairs} stored as "
                  f"example contradictions", highlight=False)


def _print_throughput(t: Throughput, what: str) -> None:
    from rashomon.bench import THROUGHPUT_MIN_RATIO

    console.print(f"per-article stages: {t.rashomon_per_cpu_s:.1f} articles per CPU-second "
                  f"({t.rashomon_range[0]:.1f}–{t.rashomon_range[1]:.1f}); spaCy nlp.pipe alone on the same "
                  f"{t.articles} {what} texts: {t.spacy_per_cpu_s:.1f} "
                  f"({t.spacy_range[0]:.1f}–{t.spacy_range[1]:.1f}); "
                  f"ratio {t.ratio:.2f} ({min(t.ratios):.2f}–{max(t.ratios):.2f}; median of {t.rounds} interleaved "
                  f"rounds each, issue 14 target ≥ {THROUGHPUT_MIN_RATIO:.1f})", highlight=False)


def _bench_corpus(path: str, limit: int, articles: int, workers: int) -> None:
    """Issue 14's real-corpus figures: wall articles/s of analyze with ``workers`` processes on
    the first ``limit`` articles of ``path``, then the throughput ratio on its first ``articles``."""
    from rich.table import Table

    from rashomon.bench import CORPUS_LIMIT, CORPUS_WORKERS, WALL_MIN_ARTICLES_S, corpus_bench, corpus_docs, throughput

    docs = guard(lambda: corpus_docs(path, max(limit, articles)))
    if not docs:
        fail(f"no readable article in {path}")
    r = guard(lambda: corpus_bench(docs[:limit], workers))
    table = Table(title=f"rashomon bench --corpus: analyze of {r.articles} real articles, wall clock "
                        "(start-up, linking and the store included)")
    for col in ("workers", "seconds", "articles/s", "words/s", "peak RSS (MB)", "CPU s, all processes",
                "articles/s on free cores"):
        table.add_column(col, justify="right")
    cpu = r.cpu_seconds or 0.0
    bound = f"≤ {r.articles * r.workers / cpu:.1f}" if cpu else "?"  # wall ≥ CPU s ÷ cores: a bound, not a figure
    table.add_row(str(r.workers), f"{r.seconds:.1f}", f"{r.articles_per_second:.1f}", f"{r.words_per_second:,}",
                  f"{r.peak_rss_mb:.0f}", f"{cpu:.1f}", bound)
    console.print(table)
    console.print(f"issue 14 target with {CORPUS_WORKERS} workers on {CORPUS_LIMIT} real articles: "
                  f"≥ {WALL_MIN_ARTICLES_S:g} articles/s (stretch 50)", highlight=False)
    t = guard(lambda: throughput(options=None, docs=docs[:articles]))
    _print_throughput(t, "real")


def _bench_views(articles: int, workers: int) -> ViewsResult:
    from rashomon.bench import EVENTS_MAX_CPU_S, EXPORT_FLAT_FACTOR, views_bench

    err.print(f"analysing {articles:,} generated articles into a store for the view figures")
    v = guard(lambda: views_bench(articles, workers))
    met = {k: "met" if ok else "not met" for k, ok in v.met.items()}
    console.print(f"events: 'rashomon events' on {v.articles[1]:,} generated articles ({v.events[1]:,} events): "
                  f"{v.events_cpu_s:.2f} CPU s, whole process (--help alone {v.help_cpu_s:.2f}; --all "
                  f"{v.events_all_cpu_s:.2f}) (issue 14 target ≤ {EVENTS_MAX_CPU_S:g}: {met['events']})",
                  highlight=False)
    (a0, a1), (p0, p1), (s0, s1) = v.articles, v.export_peak_mb, v.export_mb
    console.print(f"export: 'rashomon export --format json' peak memory {p0:.0f} MB on {a0:,} articles ({s0:.1f} MB "
                  f"of JSON), {p1:.0f} MB on {a1:,} ({s1:.1f} MB): ×{p1 / p0:.2f} (issue 14 target flat, "
                  f"≤ ×{EXPORT_FLAT_FACTOR:g}: {met['export']})", highlight=False)
    return v


def _bench_startup() -> list[ProcessTiming]:
    from rich.table import Table

    from rashomon.bench import STARTUP_TARGETS, startup_bench

    table = Table(title="rashomon bench: start-up (whole processes, median of 3 after a warm-up)")
    table.add_column("rashomon …", no_wrap=True)
    for col in ("CPU s", "wall s", "target CPU s", "first run CPU s"):
        table.add_column(col, justify="right")
    timings = guard(startup_bench)
    for t in timings:
        target = STARTUP_TARGETS.get(t.what)
        mark = "" if target is None else f"{target:g} ({'met' if t.cpu_seconds <= target else 'not met'})"
        table.add_row(t.what, f"{t.cpu_seconds:.2f}", f"{t.wall_seconds:.2f}", mark, f"{t.first_cpu_seconds:.2f}")
    console.print(table)
    return timings


def _bench_store(url: str) -> None:
    from rich.table import Table

    from rashomon.bench import store_bench

    table = Table(title="rashomon bench --store: analyze --reanalyse of the sample corpus, a fresh process each "
                        "(median of 3 after a warm-up; CPU of the rashomon process, not of the server)")
    table.add_column("backend", no_wrap=True)
    for col in ("CPU s", "wall s", "first run CPU s"):
        table.add_column(col, justify="right")
    for t in guard(lambda: store_bench(url)):
        table.add_row(t.what, f"{t.cpu_seconds:.2f}", f"{t.wall_seconds:.2f}", f"{t.first_cpu_seconds:.2f}")
    console.print(table)


def _bench_dask(articles: int, workers: int, address: str) -> None:
    from rich.table import Table

    from rashomon.bench import bench as run_bench

    options = usage(lambda: Options().with_(dask=address))
    pool = guard(lambda: run_bench(articles, workers))
    dask = guard(lambda: run_bench(articles, workers, options))
    table = Table(title=f"rashomon bench --dask {address}: {articles} generated articles, {workers} workers "
                        "(wall seconds, start-up included)")
    for col in ("engine", "seconds", "articles/s"):
        table.add_column(col, justify="right")
    table.add_row("process pool", f"{pool.seconds:.1f}", f"{pool.articles_per_second:.1f}")
    table.add_row("dask", f"{dask.seconds:.1f}", f"{dask.articles_per_second:.1f}")
    console.print(table)
    console.print(f"dask overhead: {dask.seconds / pool.seconds:.2f}× the process pool's wall time")


def _bench_serve(n_articles: int) -> None:
    from rich.table import Table

    from rashomon.web.load import run_load

    err.print(f"writing a synthetic ledger of {n_articles} articles, then serving it on loopback")
    r = guard(lambda: run_load(n_articles=n_articles))
    table = Table(title=f"rashomon bench --serve: {r.requests} requests, {r.concurrency} at a time, "
                        f"{r.articles} articles")
    for col in ("requests", "errors", "p50 ms", "p99 ms", "max ms", "requests/s"):
        table.add_column(col, justify="right")
    table.add_row(str(r.requests), str(r.errors), f"{r.p50_ms:.1f}", f"{r.p99_ms:.1f}", f"{r.max_ms:.1f}",
                  f"{r.requests / r.seconds:.0f}")
    console.print(table)


def _bench_link(spec: str) -> None:
    from rich.table import Table

    from rashomon.bench import link_bench

    try:
        sizes = [int(p) for p in spec.replace("_", "").split(",") if p.strip()]
    except ValueError:
        raise typer.BadParameter(f"--link-frames takes counts like 10000,100000, not {spec!r}") from None
    if not sizes or min(sizes) < 1:
        raise typer.BadParameter("--link-frames needs at least one positive count")
    results = guard(lambda: link_bench(sizes))
    table = Table(title="rashomon bench: linking synthetic frames")
    for col in ("frames", "towns", "seconds", "CPU s", "frames/s", "candidate pairs", "events",
                "incidents", "peak RSS (MB)", "pairwise P/R/F1", "B³ P/R/F1"):
        table.add_column(col, justify="right")
    for r in results:
        table.add_row(f"{r.frames:,}", f"{r.towns:,}", f"{r.seconds:.2f}", f"{r.cpu_seconds:.2f}",
                      f"{r.frames_per_second:,.0f}", f"{r.candidate_pairs:,}", f"{r.events:,}",
                      f"{r.incidents:,}", f"{r.peak_rss_mb:.0f}", "/".join(f"{x:.3f}" for x in r.pairwise),
                      "/".join(f"{x:.3f}" for x in r.bcubed))
    console.print(table)
    first, last = results[0], results[-1]
    if len(results) > 1 and first.seconds > 0 and first.cpu_seconds > 0:
        console.print(f"{last.frames:,}/{first.frames:,} frames = {last.frames / first.frames:.1f}x: "
                      f"time {last.seconds / first.seconds:.1f}x (CPU {last.cpu_seconds / first.cpu_seconds:.1f}x), "
                      f"candidate pairs {last.candidate_pairs / max(first.candidate_pairs, 1):.1f}x "
                      f"(linear: the same as the frames)")
    from rashomon.bench import (
        LINK_MAX_EXPONENT,
        LINK_MAX_PEAK_MB,
        LINK_MIN_F1,
        link_scaling,
        relink_bench,
    )

    s = link_scaling(results)
    if s is not None:
        met = {k: "met" if v else "not met" for k, v in s.met.items()}
        console.print(f"{s.frames[0]:,} -> {s.frames[1]:,} frames: CPU time exponent {s.cpu_exponent:.2f} "
                      f"(target ≤ {LINK_MAX_EXPONENT}: {met['exponent']}), candidate pairs exponent "
                      f"{s.pairs_exponent:.2f}; at {s.frames[1]:,}: peak memory {s.peak_rss_mb / 1024:.2f} GB "
                      f"(target ≤ {LINK_MAX_PEAK_MB / 1024:g}: {met['memory']}), pairwise F1 {s.f1:.3f} "
                      f"(target ≥ {LINK_MIN_F1}: {met['F1']})", highlight=False)
    _print_relink(guard(relink_bench))
