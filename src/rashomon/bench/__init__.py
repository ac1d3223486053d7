"""Benchmarks of the whole pipeline and of its parts (``rashomon bench``), each figure against
its issue 14 target, one module a figure:

* :mod:`.articles`: the generated articles every figure but the real-corpus one runs on;
* :mod:`.wall`: ``analyze`` of N generated articles (:func:`bench`) or of a real corpus
  (:func:`corpus_bench`), wall articles per second and peak resident memory;
* :mod:`.ratio`: :func:`throughput`, the per-article stages against spaCy's ``nlp.pipe`` alone
  on the same texts and model (articles per CPU-second; the target ratio is 1.0);
* :mod:`.long`: :func:`long_articles`, one 4,000-sentence article against one of 400;
* :mod:`.processes`: :func:`startup_bench` and :func:`store_bench`, whole processes as a user
  starts them, in CPU and wall seconds;
* :mod:`.views`: :func:`views_bench`, ``events`` and ``export`` on ledgers of generated articles;
* :mod:`.link`: :func:`link_bench` (the link stage alone on 10^4–10^6 synthetic frames with known
  incidents), :func:`link_scaling` and :func:`relink_bench`;
* :mod:`.targets`: :func:`targets`, issue 14's targets with what a run measured, met or not.
"""

from rashomon.bench.articles import DAYS, PLACES, SOURCES, TEMPLATES, generate, long_article
from rashomon.bench.link import (
    LINK_MAX_EXPONENT,
    LINK_MAX_PEAK_MB,
    LINK_MIN_F1,
    LINK_SCALE_SIZES,
    RELINK_ARTICLES,
    RELINK_MAX_CPU_S,
    LinkBenchResult,
    LinkScaling,
    RelinkResult,
    link_bench,
    link_scaling,
    relink_bench,
)
from rashomon.bench.long import LONG_MAX_RATIO, LONG_SENTENCES, LongArticles, long_articles
from rashomon.bench.processes import STARTUP_TARGETS, ProcessTiming, startup_bench, store_bench
from rashomon.bench.ratio import THROUGHPUT_MIN_RATIO, THROUGHPUT_ROUNDS, Throughput, throughput
from rashomon.bench.targets import Target, targets
from rashomon.bench.views import EVENTS_MAX_CPU_S, EXPORT_FLAT_FACTOR, VIEWS_ARTICLES, ViewsResult, views_bench
from rashomon.bench.wall import (
    CORPUS_LIMIT,
    CORPUS_WORKERS,
    WALL_MIN_ARTICLES_S,
    BenchResult,
    bench,
    corpus_bench,
    corpus_docs,
    default_workers,
)

__all__ = [
    "CORPUS_LIMIT", "CORPUS_WORKERS", "DAYS", "EVENTS_MAX_CPU_S", "EXPORT_FLAT_FACTOR", "LINK_MAX_EXPONENT",
    "LINK_MAX_PEAK_MB", "LINK_MIN_F1", "LINK_SCALE_SIZES", "LONG_MAX_RATIO", "LONG_SENTENCES", "PLACES",
    "RELINK_ARTICLES", "RELINK_MAX_CPU_S", "SOURCES", "STARTUP_TARGETS", "TEMPLATES", "THROUGHPUT_MIN_RATIO",
    "THROUGHPUT_ROUNDS", "VIEWS_ARTICLES", "WALL_MIN_ARTICLES_S", "BenchResult", "LinkBenchResult", "LinkScaling",
    "LongArticles", "ProcessTiming", "RelinkResult", "Target", "Throughput", "ViewsResult", "bench", "corpus_bench",
    "corpus_docs", "default_workers", "generate", "link_bench", "link_scaling", "long_article", "long_articles",
    "relink_bench", "startup_bench", "store_bench", "targets", "throughput", "views_bench",
]
