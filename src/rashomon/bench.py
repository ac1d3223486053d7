"""Benchmark of the whole pipeline over N generated articles (``rashomon bench``).

Articles are generated from sentence templates (written for the project) with random
places, dates, sources and figures, so every stage has real work: attribution, stance,
numbers, places, dates, linking. Figures are articles per second and peak resident memory.

:func:`link_bench` times the link stage alone on 10^4–10^5 synthetic frames with known
incidents: seconds, frames per second, candidate pairs, peak memory, and the quality of the
partition (pairwise and B³ F1). Linear cost: ten times the frames, about ten times the time.

:func:`throughput` compares the per-article stages with spaCy's ``nlp.pipe`` alone on the
same texts and model (articles per CPU-second; issue 14 asks the ratio to reach 1.0).

:func:`store_bench` times ``analyze`` of the sample corpus into SQLite and into PostgreSQL.

:func:`startup_bench` times whole processes, as a user starts them: ``rashomon --help`` and
``rashomon analyze`` of one generated article (start-up included), in CPU seconds (user +
system, from the kernel's accounting of the finished child; steadier than wall time on a
busy machine) and wall seconds, the median of a few runs after one warm-up run (which
builds the start-up caches when they are missing; its CPU time is reported too).
"""

from __future__ import annotations

import gc
import logging
import math
import multiprocessing as mp
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from rashomon.config import Options, generator
from rashomon.ingest import read_inputs
from rashomon.normalize import normalize
from rashomon.pipeline import Resources, process_many, run
from rashomon.sample import sample_corpus
from rashomon.store import Store, scratch
from rashomon.types import Article, RawDocument, Skipped

logger = logging.getLogger(__name__)

PLACES = ["Abu Kamal", "Deir ez-Zor", "al-Qaim", "Homs", "Palmyra", "Kramatorsk", "Hodeidah",
          "Khan Younis", "Mosul", "Raqqa", "Idlib", "Aleppo", "Kharkiv", "Sanaa", "Tyre"]
SOURCES = ["the Syrian Observatory for Human Rights", "state news agency SANA",
           "a spokesman for the Popular Mobilization Forces", "the US military",
           "Russia's defence ministry", "the Israeli military", "local officials",
           "a health ministry spokesperson", "the Houthi-run Saba news agency"]
TEMPLATES = [
    "{src} said {n} people were killed in an air strike near {place} on {day}.",
    "The strike hit a depot on the outskirts of {place}, {src} reported.",
    "According to {src2}, at least {m} fighters died and {k} were wounded.",
    "{src2} denied carrying out any strike near {place}.",
    "{src} declined to comment on the raid.",
    "Residents described a series of blasts after midnight, {src2} said.",
    "The death toll could not be independently verified.",
    "Drones struck two vehicles on the road to {place}, killing {n}, {src} said.",
]
DAYS = ["Monday", "Tuesday", "last night", "Sunday", "June 17", "March 3"]


@dataclass(frozen=True, slots=True)
class BenchResult:
    articles: int
    workers: int
    seconds: float
    articles_per_second: float
    words_per_second: float
    peak_rss_mb: float
    # CPU seconds of every process of the run (the parent and its workers), where measured: on a
    # busy machine the wall clock also counts other programs' turns, this does not
    cpu_seconds: float | None = None


def generate(n: int, seed: int = 7) -> Iterator[RawDocument]:
    rng = random.Random(seed)
    for i in range(n):
        place = rng.choice(PLACES)
        sents = []
        for _ in range(rng.randint(6, 12)):
            t = rng.choice(TEMPLATES)
            s = t.format(src=rng.choice(SOURCES), src2=rng.choice(SOURCES), place=place,
                         n=rng.randint(1, 60), m=rng.randint(1, 30), k=rng.randint(1, 40),
                         day=rng.choice(DAYS))
            sents.append(s[0].upper() + s[1:])
        day = rng.randint(1, 28)
        yield RawDocument(input=f"bench-{i}", text=" ".join(sents), format="json",
                          id=f"bench-{i}", outlet=f"outlet{rng.randint(1, 9)}.example",
                          title=f"Strike reported near {place}",
                          published=f"20{rng.randint(18, 24)}-0{rng.randint(1, 9)}-{day:02d}")


def _peak_rss_mb(workers: int) -> float:
    who = resource.RUSAGE_CHILDREN if workers > 1 else resource.RUSAGE_SELF
    kb = resource.getrusage(who).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def bench(n: int, workers: int, options: Options | None = None) -> BenchResult:
    """Analyse ``n`` generated articles with ``workers`` processes into a temporary store
    (:func:`corpus_bench` of :func:`generate`'s articles, near-duplicates kept apart)."""
    return corpus_bench(list(generate(n)), workers, (options or Options()).with_(near_duplicate_threshold=0.95))


THROUGHPUT_ROUNDS = 5  # timed rounds of each side (measurement protocol: the median decides, not one round)


@dataclass(frozen=True, slots=True)
class Throughput:
    """Articles per CPU-second of rashomon's per-article stages and of spaCy's ``nlp.pipe``
    alone, on the same texts with the same model, one process, start-up excluded: the median
    of ``rounds`` interleaved rounds of each side, with the slowest and fastest round."""

    articles: int
    rashomon_per_cpu_s: float  # median round
    spacy_per_cpu_s: float  # median round
    rounds: int = 1
    rashomon_range: tuple[float, float] = (0.0, 0.0)  # slowest and fastest round
    spacy_range: tuple[float, float] = (0.0, 0.0)
    ratios: tuple[float, ...] = ()  # round by round: rashomon's rate ÷ spaCy's in the same round

    @property
    def ratio(self) -> float:
        """The median of the round-by-round ratios (a round's two sides ran back to back, so a
        drift of the machine's speed moves both), else the ratio of the medians."""
        if self.ratios:
            return statistics.median(self.ratios)
        return self.rashomon_per_cpu_s / self.spacy_per_cpu_s


def _cpu_seconds(work: Callable[[], int]) -> tuple[int, float]:
    """(what ``work`` returns, the CPU seconds it took), after a full garbage collection, so
    that neither side pays for the other's garbage."""
    gc.collect()
    start = time.process_time()
    done = work()
    return done, time.process_time() - start


def throughput(n: int = 200, options: Options | None = None, *, rounds: int = THROUGHPUT_ROUNDS,
               docs: Sequence[RawDocument] | None = None) -> Throughput:
    """Issue 14's throughput ratio: rashomon's nlp → extract (batched parsing included) over
    spaCy's ``nlp.pipe`` of the plain model, both timed in CPU seconds after loading.

    Both sides get the same treatment: the same texts (``docs``, else ``n`` generated
    articles), one untimed round each first (lazy tables, the vocabulary's new words, the
    lemmatizer's cache), then ``rounds`` timed rounds each, interleaved (rashomon first in
    even rounds, spaCy first in odd ones), each after a garbage collection."""
    import spacy

    options = (options or Options()).with_(workers=1)
    docs = list(generate(n)) if docs is None else list(docs)
    articles = [a for a in (normalize(d, options) for d in docs) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    res = Resources.load(options)
    nlp = spacy.load(options.model)

    def ours() -> int:
        return sum(1 for _ in process_many(articles, options, res))

    def theirs() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=16))

    ours(), theirs()  # warm-up rounds, not timed
    rates: dict[str, list[float]] = {"ours": [], "theirs": []}
    for r in range(max(1, rounds)):
        order = (("ours", ours), ("theirs", theirs)) if r % 2 == 0 else (("theirs", theirs), ("ours", ours))
        for name, work in order:
            done, cpu = _cpu_seconds(work)
            rates[name].append(done / max(cpu, 1e-9))
    mine, spacy_rates = rates["ours"], rates["theirs"]
    return Throughput(
        len(articles), round(statistics.median(mine), 2), round(statistics.median(spacy_rates), 2),
        rounds=len(mine), rashomon_range=(round(min(mine), 2), round(max(mine), 2)),
        spacy_range=(round(min(spacy_rates), 2), round(max(spacy_rates), 2)),
        ratios=tuple(round(a / b, 3) for a, b in zip(mine, spacy_rates, strict=True)))


# --- a real corpus (issue 14: wall articles/s with 2 workers on 500 real articles) ----------
CORPUS_LIMIT = 500  # issue 14 benchmark protocol: 500 real articles (measurement)
CORPUS_WORKERS = 2  # issue 14 benchmark protocol: 2 workers (measurement)


def corpus_docs(path: str, limit: int = CORPUS_LIMIT, options: Options | None = None) -> list[RawDocument]:
    """The first ``limit`` readable documents of ``path`` (a file, folder or glob that
    ``rashomon analyze`` reads: JSONL, text, HTML); what cannot be read is left out."""
    docs: list[RawDocument] = []
    for item in read_inputs([path], options or Options()):
        if isinstance(item, RawDocument):
            docs.append(item)
            if len(docs) >= limit:
                break
    return docs


def corpus_bench(docs: Sequence[RawDocument], workers: int = CORPUS_WORKERS,
                 options: Options | None = None) -> BenchResult:
    """``rashomon analyze`` of ``docs`` with ``workers`` processes into a temporary store, as a
    user runs it (the workers' start-up, linking and the store included), in wall seconds."""
    options = (options or Options()).with_(workers=workers)
    words = sum(len(d.text.split()) for d in docs)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        before = _cpu_of_all()
        start = time.perf_counter()
        summary = run(list(docs), store, options)  # its workers are reaped when it returns
        seconds = time.perf_counter() - start
        cpu = _cpu_of_all() - before
    if summary.skipped:
        logger.info("corpus bench: %d of %d articles skipped", len(summary.skipped), len(docs))
    return BenchResult(articles=len(docs), workers=workers, seconds=round(seconds, 2),
                       articles_per_second=round(len(docs) / seconds, 2),
                       words_per_second=round(words / seconds),
                       peak_rss_mb=round(_peak_rss_mb(workers), 1), cpu_seconds=round(cpu, 3))


def _cpu_of_all() -> float:
    """User + system CPU seconds of this process and of its finished children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


# --- long articles (issue 14: one 4,000-sentence article ÷ one 400-sentence article ≤ 12×) ---
LONG_SENTENCES = (400, 4000)  # issue 14 benchmark protocol (measurement, not a result)


def long_article(sentences: int, seed: int = 3) -> RawDocument:
    """One generated article of ``sentences`` template sentences about one place."""
    rng = random.Random(seed)
    place = rng.choice(PLACES)
    sents = []
    for _ in range(sentences):
        s = rng.choice(TEMPLATES).format(src=rng.choice(SOURCES), src2=rng.choice(SOURCES), place=place,
                                         n=rng.randint(1, 60), m=rng.randint(1, 30), k=rng.randint(1, 40),
                                         day=rng.choice(DAYS))
        sents.append(s[0].upper() + s[1:])
    return RawDocument(input=f"long-{sentences}", text=" ".join(sents), format="json", id=f"long-{sentences}",
                       outlet="outlet1.example", title=f"Strike reported near {place}", published="2024-03-04")


@dataclass(frozen=True, slots=True)
class LongArticles:
    """CPU seconds of the per-article stages for one short and one long generated article."""

    sentences: tuple[int, int]
    cpu_seconds: tuple[float, float]
    analysed: bool  # both were analysed (none skipped)

    @property
    def ratio(self) -> float:
        return self.cpu_seconds[1] / max(self.cpu_seconds[0], 1e-9)


def long_articles(sizes: tuple[int, int] = LONG_SENTENCES, options: Options | None = None) -> LongArticles:
    """Issue 14's long-article figure: nlp → extract of one article of ``sizes[1]`` sentences
    against one of ``sizes[0]``, in CPU seconds after loading (no time budget)."""
    options = (options or Options()).with_(workers=1, article_timeout=24 * 3600.0)
    res = Resources.load(options)
    list(process_many([a for a in (normalize(d, options) for d in generate(1)) if isinstance(a, Article)],
                      options, res))  # warm up: lazy tables, first parse
    seconds, analysed = [], True
    for n in sizes:
        article = normalize(long_article(n), options)
        if not isinstance(article, Article):
            raise RuntimeError(f"the generated {n}-sentence article was skipped: {article.reason}")
        start = time.process_time()
        results = list(process_many([article], options, res))
        seconds.append(round(time.process_time() - start, 2))
        analysed = analysed and not any(isinstance(r, Skipped) for r in results)
    return LongArticles(sizes, (seconds[0], seconds[1]), analysed)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else
               (os.cpu_count() or 1))


# --- start-up (``rashomon bench --startup``) -------------------------------------------------
@dataclass(frozen=True, slots=True)
class ProcessTiming:
    what: str
    runs: int
    cpu_seconds: float  # median user + system CPU of the whole process
    wall_seconds: float  # median wall clock
    first_cpu_seconds: float  # the warm-up run (builds missing caches)


def _child_env() -> dict[str, str]:
    """This checkout's package first on the path, so the child runs the code being measured."""
    src = str(Path(__file__).resolve().parents[1])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p),
            "HF_HUB_OFFLINE": "1"}


def _time_process(args: Sequence[str]) -> tuple[float, float]:
    """(CPU s, wall s) of one child process running ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_child_env(),
                          timeout=600, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 3):
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise RuntimeError(f"{' '.join(args[2:])} exited {done.returncode}: {tail[0]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def _timed(what: str, args: Sequence[str], runs: int) -> ProcessTiming:
    first, _ = _time_process(args)
    timings = [_time_process(args) for _ in range(runs)]
    return ProcessTiming(what=what, runs=runs,
                         cpu_seconds=round(statistics.median(t[0] for t in timings), 2),
                         wall_seconds=round(statistics.median(t[1] for t in timings), 2),
                         first_cpu_seconds=round(first, 2))


def startup_bench(runs: int = 3) -> list[ProcessTiming]:
    """``rashomon --help`` and ``rashomon analyze`` of one generated article, each a fresh
    process: median CPU and wall seconds of ``runs`` runs after one warm-up."""
    python = [sys.executable, "-m", "rashomon"]
    doc = next(generate(1))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.txt"
        path.write_text(f"{doc.title}\n\n{doc.text}\n", encoding="utf-8")
        return [
            _timed("--help", [*python, "--help"], runs),
            _timed("analyze 1 article",
                   [*python, "analyze", str(path), "--db", ":memory:", "-q"], runs),
        ]


def store_bench(url: str, runs: int = 3) -> list[ProcessTiming]:
    """``rashomon analyze --reanalyse`` of the bundled sample corpus into a temporary SQLite
    file and into a scratch schema of the PostgreSQL database ``url`` (dropped afterwards),
    each a fresh process: median CPU (of the client process: the server's is not counted)
    and wall seconds of ``runs`` runs after one warm-up run that creates the store."""
    python = [sys.executable, "-m", "rashomon", "analyze", str(sample_corpus()), "-q", "--reanalyse", "--db"]
    with tempfile.TemporaryDirectory() as tmp, scratch(url) as pg:
        return [_timed("SQLite", [*python, str(Path(tmp) / "bench.db")], runs),
                _timed("PostgreSQL", [*python, pg], runs)]


# --- linking at scale (``rashomon bench --link-frames 10000,100000``, ``--link-scale``) ------
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
        incidents=len(set(corpus.incident.values())), peak_rss_mb=round(_peak_rss_mb(1), 1),
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


# --- the views (issue 14: `events` on 2,000 articles <= 0.5 CPU s; `export` memory flat) ------
VIEWS_ARTICLES = 2000  # issue 14 benchmark protocol (measurement)
EVENTS_MAX_CPU_S = 0.5  # issue 14 target (measurement)
# "flat": the export's peak at twice the articles stays within this factor of the peak at half
EXPORT_FLAT_FACTOR = 1.1  # issue 14 target (measurement, see above)
# runs `rashomon ARGS...`, then prints the process's peak resident memory (KB) on stderr's last
# line: VmHWM, the peak of this program's memory (ru_maxrss would count the parent's memory the
# child had between fork and exec: the bench's, spaCy loaded)
_PEAK_RSS = """import sys
from rashomon.cli import main
sys.argv[0] = "rashomon"
try:
    main()
finally:
    try:
        with open("/proc/self/status") as status:
            kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        import resource
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // (1024 if sys.platform == "darwin" else 1)
    print(kb, file=sys.stderr)
"""


@dataclass(frozen=True, slots=True)
class ViewsResult:
    """`rashomon events` and `rashomon export` as a user runs them (fresh processes) on the
    ledgers of the first half and of all of ``articles[1]`` generated articles."""

    articles: tuple[int, int]
    events: tuple[int, int]  # events in each ledger
    events_cpu_s: float  # `rashomon events` of the larger ledger, whole process, median
    events_all_cpu_s: float  # `rashomon events --all` (every row rendered), for comparison
    help_cpu_s: float  # `rashomon --help`: what any command pays before its own work
    export_peak_mb: tuple[float, float]  # `rashomon export --format json -o FILE`, peak RSS, each ledger
    export_mb: tuple[float, float]  # size of that JSON

    @property
    def met(self) -> dict[str, bool]:
        return {"events": self.events_cpu_s <= EVENTS_MAX_CPU_S,
                "export": self.export_peak_mb[1] <= self.export_peak_mb[0] * EXPORT_FLAT_FACTOR}


def _peak_rss_of(args: Sequence[str]) -> float:
    """Peak resident memory (MB) of one `rashomon ARGS` process."""
    done = subprocess.run([sys.executable, "-c", _PEAK_RSS, *args], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, env=_child_env(), timeout=1200, check=False)
    lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
    if done.returncode != 0 or not lines or not lines[-1].isdigit():
        raise RuntimeError(f"rashomon {' '.join(args[:2])} exited {done.returncode}: {(lines or ['?'])[0]}")
    return round(int(lines[-1]) / 1024, 1)


def views_bench(n: int = VIEWS_ARTICLES, workers: int = 1, runs: int = 3) -> ViewsResult:
    """Analyse ``n`` generated articles into a store, first half then the rest (a copy of the
    first store grows into the second), then time `rashomon events` and measure the peak
    memory of `rashomon export --format json` on both stores."""
    import shutil

    options = Options().with_(workers=workers, near_duplicate_threshold=0.95)
    docs = list(generate(n))
    python = [sys.executable, "-m", "rashomon"]
    with tempfile.TemporaryDirectory() as tmp:
        half, full = Path(tmp) / "half.db", Path(tmp) / "full.db"
        with Store.open(half) as store:
            run(docs[: n // 2], store, options)
        shutil.copyfile(half, full)  # closed: SQLite folded its write-ahead log into the file
        with Store.open(full) as store:
            run(docs[n // 2:], store, options)
        counts = []
        for db in (half, full):
            with Store.open(db) as store:
                counts.append(store.counts()["events"])
        events = _timed("events", [*python, "events", "--db", str(full)], runs)
        every = _timed("events --all", [*python, "events", "--all", "--db", str(full)], 1)
        helped = _timed("--help", [*python, "--help"], runs)
        peaks, sizes = [], []
        for db in (half, full):
            out = Path(tmp) / f"{db.stem}.json"
            peaks.append(_peak_rss_of(["export", "--format", "json", "-o", str(out), "--db", str(db)]))
            sizes.append(round(out.stat().st_size / 1e6, 1))
    return ViewsResult(articles=(n // 2, n), events=(counts[0], counts[1]), events_cpu_s=events.cpu_seconds,
                       events_all_cpu_s=every.cpu_seconds, help_cpu_s=helped.cpu_seconds,
                       export_peak_mb=(peaks[0], peaks[1]), export_mb=(sizes[0], sizes[1]))
