"""A CPU-time budget for a block of code: one article must not stall a run.

CPU time (ITIMER_PROF), not wall time, so that a busy machine skips no article a quiet one
analyses (:func:`rashomon.analysis.analyse_or_skip` gives each article
``options.article_timeout`` CPU seconds).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class ArticleTimeout(Exception):
    """The article used up its CPU-time budget."""


_RETRY_S = 0.05  # CPU seconds between repeats of a swallowed expiry: timing only (the budget decides), not a setting


class Budget:
    """Whether the budget ran out (also when the exception was swallowed on its way)."""

    expired = False
    active = True  # False once the block is left: a late signal then does nothing


@contextmanager
def cpu_budget(seconds: float) -> Iterator[Budget]:
    """Raise :class:`ArticleTimeout` in the block once it has used ``seconds`` of CPU time.

    CPU time (ITIMER_PROF), not wall time: a busy machine must not skip articles a quiet one
    analyses. A signal can land where Python swallows exceptions (a garbage-collector
    callback, a ``__del__``): the timer then fires again every ``_RETRY_S`` until the
    exception gets through, and ``expired`` tells the caller either way. Only the main thread
    can take signals; elsewhere (or without setitimer) the block runs unbounded."""
    budget = Budget()
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield budget
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        if not budget.active:
            return
        budget.expired = True
        signal.setitimer(signal.ITIMER_PROF, _RETRY_S)
        raise ArticleTimeout

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield budget
    finally:
        try:
            budget.active = False
        finally:  # runs even if the signal lands right at the line above
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
