"""Issue 14's targets, each with what one bench run measured and whether it is met: the rows of
the table ``rashomon bench`` prints at the end of a full run. A figure the run did not measure
is a row too, saying which run measures it, so the table always lists every target."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rashomon.bench.link import (
    LINK_MAX_EXPONENT,
    LINK_MAX_PEAK_MB,
    LINK_MIN_F1,
    RELINK_ARTICLES,
    RELINK_MAX_CPU_S,
    LinkScaling,
    RelinkResult,
)
from rashomon.bench.long import LONG_MAX_RATIO, LongArticles
from rashomon.bench.processes import STARTUP_TARGETS, ProcessTiming
from rashomon.bench.ratio import THROUGHPUT_MIN_RATIO, Throughput
from rashomon.bench.views import EVENTS_MAX_CPU_S, EXPORT_FLAT_FACTOR, VIEWS_ARTICLES, ViewsResult
from rashomon.bench.wall import CORPUS_LIMIT, CORPUS_WORKERS, WALL_MIN_ARTICLES_S, BenchResult


@dataclass(frozen=True, slots=True)
class Target:
    """One issue 14 target: ``measured`` is None when this run did not measure it (``how``
    then names the run that does), ``met`` None when there is nothing to judge."""

    figure: str
    target: str
    measured: str | None
    met: bool | None
    how: str = ""


def _startup(timings: Sequence[ProcessTiming], what: str) -> tuple[str | None, bool | None]:
    found = next((t for t in timings if t.what == what), None)
    if found is None:
        return None, None
    return f"{found.cpu_seconds:.2f} CPU s", found.cpu_seconds <= STARTUP_TARGETS[what]


def targets(*, throughput: Throughput | None = None, corpus: BenchResult | None = None,
            startup: Sequence[ProcessTiming] = (), long: LongArticles | None = None,
            relink: RelinkResult | None = None, views: ViewsResult | None = None,
            scaling: LinkScaling | None = None) -> list[Target]:
    """The issue's targets in its order, filled with the figures given (None: not measured)."""
    rows = []
    t = throughput
    rows.append(Target("articles per CPU-second ÷ spaCy nlp.pipe, same texts and model",
                       f"≥ {THROUGHPUT_MIN_RATIO:.1f}", None if t is None else f"{t.ratio:.2f} ({t.articles} texts)",
                       None if t is None else t.ratio >= THROUGHPUT_MIN_RATIO, how="rashomon bench, or --corpus FILE"))
    c = corpus if corpus is not None and corpus.workers == CORPUS_WORKERS else None
    rows.append(Target(f"wall articles/s, {CORPUS_WORKERS} workers, {CORPUS_LIMIT} real articles",
                       f"≥ {WALL_MIN_ARTICLES_S:g} (stretch 50)",
                       None if c is None else f"{c.articles_per_second:.1f} ({c.articles} articles)",
                       None if c is None else c.articles_per_second >= WALL_MIN_ARTICLES_S,
                       how="rashomon bench --corpus FILE"))
    for figure, what in (("CPU s of analyze of 1 article, start-up included", "analyze 1 article"),
                         ("CPU s of rashomon --help", "--help")):
        measured, met = _startup(startup, what)
        rows.append(Target(figure, f"≤ {STARTUP_TARGETS[what]:g}", measured, met, how="rashomon bench --startup"))
    rows.append(Target("one 4,000-sentence article ÷ one 400-sentence article", f"≤ {LONG_MAX_RATIO:g}×",
                       None if long is None else f"{long.ratio:.1f}×",
                       None if long is None else long.ratio <= LONG_MAX_RATIO and long.analysed,
                       how="rashomon bench"))
    rows.append(Target(f"CPU s of the relink of {RELINK_ARTICLES:,} articles of one event", f"≤ {RELINK_MAX_CPU_S:g}",
                       None if relink is None else f"{relink.cpu_seconds:.2f} CPU s",
                       None if relink is None else relink.met, how="rashomon bench, or --link-scale"))
    rows.append(Target(f"CPU s of rashomon events on {VIEWS_ARTICLES:,} articles", f"≤ {EVENTS_MAX_CPU_S:g}",
                       None if views is None else f"{views.events_cpu_s:.2f} CPU s",
                       None if views is None else views.met["events"], how="rashomon bench --views"))
    rows.append(Target("peak memory of rashomon export", f"flat (≤ ×{EXPORT_FLAT_FACTOR:g} at twice the articles)",
                       None if views is None else f"×{views.export_peak_mb[1] / views.export_peak_mb[0]:.2f}",
                       None if views is None else views.met["export"], how="rashomon bench --views"))
    s = scaling
    rows.append(Target("linking 100k → 1M synthetic frames",
                       f"time exponent ≤ {LINK_MAX_EXPONENT}, ≤ {LINK_MAX_PEAK_MB / 1024:g} GB, "
                       f"pairwise F1 ≥ {LINK_MIN_F1}",
                       None if s is None else f"exponent {s.cpu_exponent:.2f}, {s.peak_rss_mb / 1024:.2f} GB, "
                       f"F1 {s.f1:.3f}", None if s is None else all(s.met.values()),
                       how="rashomon bench --link-scale"))
    rows.append(Target("re-run after kill -9", "skips what is stored with the same content and settings",
                       None, None, how="a test: tests/store/test_kill.py"))
    return rows
