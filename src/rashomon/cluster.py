"""Dask: the per-article stages on a cluster (``analyze --dask local | tcp://HOST:PORT``).

:func:`map_ordered` runs a function over items on Dask workers and yields the results in
input order, with at most ``window`` items in flight, so results stream into the store as
they finish and the corpus is never sent all at once. Each worker loads its resources once
(the pipeline's task function keeps them in the worker process). Linking stays where it is:
incremental, in the calling process, after the articles are stored.

``local`` starts a ``LocalCluster`` of ``workers`` processes with one thread each (spaCy
releases no GIL worth sharing); an address connects to a running scheduler, whose workers
need rashomon and its model installed.

The per-article CPU budget (``--article-timeout``) needs the main thread's signals, which Dask
worker threads do not have: on a cluster an article runs unbounded.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from rashomon.errors import ConfigError

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
WINDOW_PER_WORKER = 4  # tasks in flight per worker: keeps workers busy, bounds memory
CONNECT_TIMEOUT_S = 30


@contextmanager
def dask_client(address: str, workers: int, timeout_s: float = CONNECT_TIMEOUT_S) -> Iterator[Any]:
    """A Dask client: on a new LocalCluster for ``local``, else on the scheduler at ``address``."""
    from distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.WARNING)  # type: ignore[no-untyped-call]
        try:
            with Client(cluster) as client:  # type: ignore[no-untyped-call]
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(address, timeout=timeout_s)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def map_ordered(address: str, items: Iterable[T], fn: Callable[[T], R], *, workers: int,
                window: int | None = None) -> Iterator[R]:
    """``fn(item)`` for each item on Dask workers, in input order, ``window`` at a time."""
    limit = window or WINDOW_PER_WORKER * workers
    with dask_client(address, workers) as client:
        logger.info("dask: %d workers at %s", len(client.scheduler_info().get("workers", {})), address)
        pending: deque[Any] = deque()
        source = iter(items)
        for item in source:
            pending.append(client.submit(fn, item, pure=False))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
