"""Worker processes of a run (``options.workers`` above 1, or a Dask cluster): each loads
its :class:`~rashomon.analysis.Resources` once and analyses batches of articles; results
come back in input order.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import multiprocessing.pool
from collections.abc import Iterable, Iterator, Sequence
from functools import partial

from rashomon.analysis import BATCH_SIZE, Resources, analyse_batch, analyse_or_skip, batches
from rashomon.config import Options
from rashomon.types import Article, ArticleResult, Skipped

_WORKER_RESOURCES: Resources | None = None


def _init_worker(options: Options) -> None:
    global _WORKER_RESOURCES
    _WORKER_RESOURCES = Resources.load(options)
    # the resources live as long as the worker: the garbage collector need not scan them again
    # (a full collection of a loaded worker took 0.1 CPU s, against 0.02 s frozen)
    gc.freeze()


def _dask_work(article: Article, options: Options) -> ArticleResult | Skipped:
    """One article on a Dask worker: its resources are loaded once per worker process."""
    if _WORKER_RESOURCES is None or _WORKER_RESOURCES.options != options:
        _init_worker(options)
    assert _WORKER_RESOURCES is not None, "worker not initialised"
    return analyse_or_skip(article, _WORKER_RESOURCES, options.article_timeout)


def _work(batch: list[Article]) -> list[ArticleResult | Skipped]:
    assert _WORKER_RESOURCES is not None, "worker not initialised"
    return analyse_batch(batch, _WORKER_RESOURCES, _WORKER_RESOURCES.options.article_timeout)


class WorkerPool:
    """The worker processes of a run with ``options.workers`` above 1, started on demand.

    :func:`run` starts them as soon as it reads the first article to analyse, so that they
    load their resources (spawn, imports, spaCy and the gazetteers: ~2 CPU s each) while the
    parent reads, normalises and deduplicates the rest of the input, instead of after it (on
    500 real articles with 2 workers the parent's reading took the first 13 s of a 175 s run
    on a busy machine, and the workers' start-up 5 s more before the first batch)."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._pool: mp.pool.Pool | None = None

    @property
    def wanted(self) -> bool:
        return self.options.workers > 1 and not self.options.dask

    def start(self) -> mp.pool.Pool:
        if self._pool is None:
            ctx = mp.get_context("spawn")  # workers are our children: their peak memory is measurable
            self._pool = ctx.Pool(self.options.workers, initializer=_init_worker, initargs=(self.options,))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()  # as leaving ``with Pool()`` does
            self._pool.join()
            self._pool = None


def dispatch(articles: Iterable[Article], pool: WorkerPool) -> list[mp.pool.AsyncResult[list[ArticleResult | Skipped]]]:
    """Hand ``articles`` to the pool's workers in batches of :data:`BATCH_SIZE` as they come
    (the caller's thread reads them: the store it writes to stays in one thread); their results,
    in input order, through :func:`collect`. The batches are those :func:`process_many` makes of
    at least ``2 * workers * BATCH_SIZE`` articles, so the results are the same."""
    started = pool.start()
    return [started.apply_async(_work, (batch,)) for batch in batches(articles, BATCH_SIZE)]


def collect(pending: Sequence[mp.pool.AsyncResult[list[ArticleResult | Skipped]]]
            ) -> Iterator[ArticleResult | Skipped]:
    """The results of :func:`dispatch`'s batches, in input order."""
    for batch in pending:
        yield from batch.get()


def process_many(articles: Sequence[Article], options: Options, resources: Resources | None = None,
                 pool: WorkerPool | None = None) -> Iterator[ArticleResult | Skipped]:
    """Results in input order, parsed in batches; ``options.workers`` processes when above 1
    (those of ``pool`` if given, else started here and stopped at the end).
    Nothing is loaded when there is nothing to analyse."""
    if not articles:
        return
    if options.dask:
        from rashomon.cluster import map_ordered

        yield from map_ordered(options.dask, articles, partial(_dask_work, options=options),
                               workers=max(2, options.workers))
        return
    if options.workers <= 1:
        res = resources or Resources.load(options)
        for batch in batches(articles):
            yield from analyse_batch(batch, res, options.article_timeout)
        return
    workers = options.workers if pool is not None else min(options.workers, len(articles))
    # smaller batches than one process would use, so that every worker gets some
    size = max(1, min(BATCH_SIZE, -(-len(articles) // (2 * workers))))
    own = pool is None
    pool = pool or WorkerPool(options.with_(workers=workers))
    try:
        for results in pool.start().imap(_work, batches(articles, size)):
            yield from results
    finally:
        if own:
            pool.close()
