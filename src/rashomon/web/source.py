"""Where the workbench's ledger comes from: a store database with the reviewers' changes
applied (:mod:`rashomon.review`), reloaded when the database changes."""

from __future__ import annotations

import logging
import threading
from collections.abc import Hashable
from pathlib import Path

from rashomon.config import Options, generator
from rashomon.errors import ConfigError
from rashomon.review import reviewed_ledger
from rashomon.store import Store, change_stamp, display, exists
from rashomon.web.view import LedgerView

logger = logging.getLogger(__name__)


class LedgerSource:
    """The ledger of one database as a :class:`LedgerView`, loaded on first use and again
    whenever the database changes (:func:`rashomon.store.change_stamp`); safe to share
    between request threads."""

    def __init__(self, db: str | Path) -> None:
        if not exists(db):
            raise ConfigError(f"no ledger database at {display(db)}: run 'rashomon analyze' or 'rashomon demo' first")
        self.db = db
        self._lock = threading.Lock()
        self._stamp: Hashable = None
        self._view: LedgerView | None = None

    def view(self) -> LedgerView:
        stamp = change_stamp(self.db)
        with self._lock:
            if self._view is None or stamp != self._stamp:
                with Store.open(self.db) as store:
                    ledger = reviewed_ledger(store, generator(Options()))
                self._view = LedgerView(ledger)
                self._stamp = stamp
                logger.info("loaded %d events from %s", len(ledger.events), display(self.db))
            return self._view
