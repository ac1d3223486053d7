"""Linking at scale (``rashomon bench --link-frames 10000,100000``, ``--link-scale``): the link
stage alone on 10^4–10^6 synthetic frames with known incidents (seconds, frames per second,
candidate pairs, peak memory, and the quality of the partition: pairwise and B³ F1), how its cost
grows from the smallest corpus to the largest (linear: ten times the frames, about ten times the
time), and the relink of 2,000 stored articles of one event."""

from __future__ import annotations

import gc
import logging
import math
import multiprocessing as mp
import time
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

from rashomon.bench.wall import peak_rss
from rashomon.config import Options, generator
from rashomon.store import Store

logger = logging.getLogger(__name__)

LINK_SCALE_SIZES = (100_000, 1_000_000)  # issue 14: 100k -> 1M frames
LINK_MAX_EXPONENT = 1.15  # issue 14 targets: time exponent, peak memory, pairwise F1 at 1M
LINK_MAX_PEAK_MB = 4096.0  # issue 14 target (measurement)
LINK_MIN_F1 = 0.85  # issue 14 target (measurement)


@dataclass(frozen=True, slots=True)
class LinkBenchResult:
    frames: int
    towns: int
    seconds: float  # wall clock of link → events (frames already in memory)
    cpu_seconds: float  # CPU time of the same: steadier than wall time on a busy machine
    frames_per_second: float
    candidate_pairs: int
    events: int
    incidents: int
    peak_rss_mb: float  # of the process that linked (a fresh child per size where possible)
    pairwise: tuple[float, float, float]  # P, R, F1 against the known incidents
    bcubed: tuple[float, float, float]


@dataclass(frozen=True, slots=True)
class LinkScaling:
    """How the link stage's cost grows between the smallest and the largest corpus."""

    frames: tuple[int, int]
    cpu_exponent: float  # log(CPU s ratio) / log(frames ratio): 1.0 is linear
    pairs_exponent: float  # the same for candidate pairs
    peak_rss_mb: float  # of the largest run
    f1: float  # pairwise F1 of the largest run

    @property
    def met(self) -> dict[str, bool]:
        return {"exponent": self.cpu_exponent <= LINK_MAX_EXPONENT,
                "memory": self.peak_rss_mb <= LINK_MAX_PEAK_MB, "F1": self.f1 >= LINK_MIN_F1}


def link_scaling(results: Sequence[LinkBenchResult]) -> LinkScaling | None:
    """The growth from the smallest to the largest of ``results`` (None: fewer than two sizes)."""
    ordered = sorted(results, key=lambda r: r.frames)
    first, last = ordered[0], ordered[-1]
    if len(ordered) < 2 or last.frames <= first.frames or first.cpu_seconds <= 0:
        return None
    span = math.log(last.frames / first.frames)
    return LinkScaling(
        frames=(first.frames, last.frames),
        cpu_exponent=round(math.log(last.cpu_seconds / first.cpu_seconds) / span, 3),
        pairs_exponent=round(math.log(max(last.candidate_pairs, 1) / max(first.candidate_pairs, 1)) / span, 3),
        peak_rss_mb=last.peak_rss_mb, f1=last.pairwise[2])


def _link_once(n: int, seed: int, options: Options) -> LinkBenchResult:
    from rashomon.link import link_with_stats
    from rashomon.measure.synthetic import bcubed, generate, pairwise

    corpus = generate(n, seed=seed)
    gc.collect()
    gc.freeze()  # the input is long-lived: the collector need not rescan it while linking
    wall, cpu = time.perf_counter(), time.process_time()
    events, _, stats = link_with_stats(corpus.frames, [], options, corpus.published)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    gc.unfreeze()
    groups = [e.frame_keys for e in events]
    return LinkBenchResult(
        frames=stats.frames, towns=corpus.towns, seconds=round(wall, 2),
        cpu_seconds=round(cpu, 2), frames_per_second=round(stats.frames / max(wall, 1e-9)),
        candidate_pairs=stats.candidate_pairs, events=stats.events,
        incidents=len(set(corpus.incident.values())), peak_rss_mb=round(peak_rss(1), 1),
        pairwise=tuple(round(x, 3) for x in pairwise(groups, corpus.incident)),  # type: ignore[arg-type]
        bcubed=tuple(round(x, 3) for x in bcubed(groups, corpus.incident)),  # type: ignore[arg-type]
    )


def _link_child(conn: Connection, n: int, seed: int, options: Options) -> None:
    try:
        conn.send(_link_once(n, seed, options))
    finally:
        conn.close()


RELINK_ARTICLES = 2000  # issue 14: relink of 2,000 articles of one event, <= 2 CPU s
RELINK_MAX_CPU_S = 2.0  # issue 14 target (measurement)


@dataclass(frozen=True, slots=True)
class RelinkResult:
    articles: int
    cpu_seconds: float  # relink (read, link, reconcile, write) of the stored articles
    events: int
    opposed_pairs: int  # claim pairs the events' disputes count
    stored_pairs: int  # example contradiction pairs stored with the events

    @property
    def met(self) -> bool:
        return self.cpu_seconds <= RELINK_MAX_CPU_S


def relink_bench(n: int = RELINK_ARTICLES) -> RelinkResult:
    """Save ``n`` articles of one incident to an in-memory store, then time the relink."""
    from rashomon.measure.synthetic import one_incident
    from rashomon.pipeline import relink

    options = Options()
    with Store.open(":memory:") as store:
        for result in one_incident(n):
            store.save_article(result)
        start = time.process_time()
        events = relink(store, options)
        cpu = time.process_time() - start
        ledger = store.load_ledger(generator(options))
    return RelinkResult(n, round(cpu, 2), events,
                        sum(d.pairs for e in ledger.events for d in e.disputes),
                        sum(len(e.contradictions) for e in ledger.events))


def link_bench(sizes: Sequence[int], *, seed: int = 7,
               options: Options | None = None) -> list[LinkBenchResult]:
    """Link synthetic corpora of ``sizes`` frames (see :mod:`rashomon.measure.synthetic`),
    each in a forked child so its peak memory is its own."""
    options = options or Options()
    results = []
    for n in sizes:
        if "fork" not in mp.get_all_start_methods():
            results.append(_link_once(n, seed, options))
            continue
        ctx = mp.get_context("fork")
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_link_child, args=(child, n, seed, options))
        proc.start()
        child.close()
        try:
            result = parent.recv()
        except EOFError:
            raise RuntimeError(f"linking {n} frames failed in the child process") from None
        finally:
            proc.join()
        results.append(result)
        logger.info("link bench: %s", result)
    return results

