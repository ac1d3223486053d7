"""Where the workbench's ledger comes from: a store database with the reviewers' changes
applied (:mod:`rashomon.review`), reloaded when the database changes."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from rashomon.config import Options, generator
from rashomon.errors import ConfigError
from rashomon.review import reviewed_ledger
from rashomon.store import Store
from rashomon.web.view import LedgerView

logger = logging.getLogger(__name__)


def _stamp(db: Path) -> tuple[tuple[int, int], ...]:
    """Modification time and size of the database and its write-ahead log."""
    out = []
    for path in (db, db.with_name(db.name + "-wal")):
        try:
            st = path.stat()
        except FileNotFoundError:
            continue
        out.append((st.st_mtime_ns, st.st_size))
    return tuple(out)


class LedgerSource:
    """The ledger of one database as a :class:`LedgerView`, loaded on first use and again
    whenever the database file (or its WAL) changes; safe to share between request threads."""

    def __init__(self, db: Path) -> None:
        if not db.is_file():
            raise ConfigError(f"no ledger database at {db}: run 'rashomon analyze' or 'rashomon demo' first")
        self.db = db
        self._lock = threading.Lock()
        self._stamp: tuple[tuple[int, int], ...] | None = None
        self._view: LedgerView | None = None

    def view(self) -> LedgerView:
        stamp = _stamp(self.db)
        with self._lock:
            if self._view is None or stamp != self._stamp:
                with Store.open(self.db) as store:
                    ledger = reviewed_ledger(store, generator(Options()))
                self._view = LedgerView(ledger)
                self._stamp = stamp
                logger.info("loaded %d events from %s", len(ledger.events), self.db)
            return self._view
