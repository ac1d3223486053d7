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
worker threads do not have: on a cluster an article runs unbounded. Waiting is bounded all the
same: a cluster left with no worker for ``STALL_S`` seconds (killed worker processes, a
scheduler whose workers left) is a :class:`ConfigError`, never a wait forever.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from time import monotonic
from typing import Any, TypeVar

from rashomon.errors import ConfigError

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
WINDOW_PER_WORKER = 4  # performance only: tasks in flight per worker, keeps workers busy and bounds memory
CONNECT_TIMEOUT_S = 30  # a timeout (seconds to reach a scheduler), not a result
# a timeout, not a result: no worker at all for this long and the cluster is gone (a restarting worker needs ~10 s)
STALL_S = 120.0
POLL_S = 2.0  # a timeout's polling step, not a result: how often a wait checks that the cluster still has workers
CLOSE_TIMEOUT_S = 30  # a timeout, not a result: closing a cluster whose workers are gone must not wait forever


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
            cluster.close(timeout=CLOSE_TIMEOUT_S)
        return
    try:
        client = Client(address, timeout=timeout_s)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def _result(client: Any, future: Any, address: str, stall_s: float) -> Any:
    """The future's result; a :class:`ConfigError` once the cluster has had no worker for ``stall_s``."""
    alone_since: float | None = None
    while True:
        try:
            return future.result(timeout=min(POLL_S, stall_s))
        except TimeoutError:
            pass
        if client.scheduler_info().get("workers"):
            alone_since = None
            continue
        alone_since = alone_since or monotonic()
        if monotonic() - alone_since >= stall_s:
            raise ConfigError(f"the Dask cluster at {address} has had no worker for {stall_s:.0f} s "
                              "(workers killed or gone); start workers or run without --dask")


def map_ordered(address: str, items: Iterable[T], fn: Callable[[T], R], *, workers: int,
                window: int | None = None, stall_s: float = STALL_S) -> Iterator[R]:
    """``fn(item)`` for each item on Dask workers, in input order, ``window`` at a time;
    a :class:`ConfigError` when no worker is left for ``stall_s`` seconds."""
    limit = window or WINDOW_PER_WORKER * workers
    with dask_client(address, workers) as client:
        logger.info("dask: %d workers at %s", len(client.scheduler_info().get("workers", {})), address)
        pending: deque[Any] = deque()
        source = iter(items)
        for item in source:
            pending.append(client.submit(fn, item, pure=False))
            if len(pending) >= limit:
                yield _result(client, pending.popleft(), address, stall_s)
        while pending:
            yield _result(client, pending.popleft(), address, stall_s)
