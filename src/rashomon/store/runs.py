"""Run bookkeeping (schema 8, see :mod:`.migrations`): who runs, and which runs died.

A run is ``running`` from :meth:`~.sqlite.Store.begin_run` until it finishes (``ok``),
fails (``failed``) or is stopped by a signal the process could catch (``interrupted``). A
run killed outright (SIGKILL, power cut) cannot say so itself: the next run on the store
marks it ``interrupted`` when its process, recorded as host and pid, no longer exists.
Runs recorded before schema 8 have no pid; a ``running`` one of them is interrupted too.

These functions take a connection inside a transaction of :class:`~.core.Store`.
"""

from __future__ import annotations

import logging
import os
import socket

from rashomon.store.db import Db

logger = logging.getLogger(__name__)


def this_host() -> str:
    return socket.gethostname()


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists on this machine (ours or another user's)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def mark_interrupted(conn: Db, *, host: str, now: str) -> list[int]:
    """Mark ``running`` runs whose process on ``host`` is gone as ``interrupted``, with the
    number of articles each saved. Runs on other hosts are left alone. Returns their ids."""
    dead = [
        run_id for run_id, pid, run_host in conn.execute(
            "SELECT id, pid, host FROM runs WHERE status = 'running' ORDER BY id")
        if pid is None or (run_host == host and not process_alive(int(pid)))
    ]
    for run_id in dead:
        conn.execute(
            "UPDATE runs SET status = 'interrupted', finished_at = ?,"
            " analysed = (SELECT count(*) FROM articles WHERE run_id = ?) WHERE id = ?",
            (now, run_id, run_id),
        )
        logger.warning("run %d was interrupted (its process is gone)", run_id)
    return dead


def insert_run(conn: Db, *, inputs: str, config_hash: str, version: str, model: str, host: str,
               now: str) -> int:
    """A new ``running`` run of this process (``inputs`` as JSON text); returns its id."""
    return conn.insert(
        "INSERT INTO runs (started_at, inputs, config_hash, version, model, pid, host)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (now, inputs, config_hash, version, model, os.getpid(), host),
    )


def finish_run(conn: Db, run_id: int, *, analysed: int | None, skipped: int, status: str, now: str) -> bool:
    """Record the end of run ``run_id`` (``analysed`` None: the articles it saved, counted);
    False when there is no such run."""
    cur = conn.execute(
        "UPDATE runs SET finished_at = ?, analysed = coalesce(?, (SELECT count(*) FROM articles"
        " WHERE run_id = ?)), skipped = ?, status = ? WHERE id = ?",
        (now, analysed, run_id, skipped, status, run_id),
    )
    return cur.rowcount == 1
