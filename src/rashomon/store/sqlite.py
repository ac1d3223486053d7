"""The SQLite backend (the default): one file holds the store.

Durability: file databases use ``journal_mode=WAL`` and ``synchronous=FULL``. FULL (an fsync
per commit) keeps committed articles through a power cut; NORMAL would only risk the last few
commits there. The fsync costs a few milliseconds, small next to the NLP time of an article.

Locking: a write transaction is ``BEGIN IMMEDIATE``, which takes the file's write lock at once
(waiting up to :data:`BUSY_TIMEOUT_S` for another writer), so writers never interleave; WAL
lets readers go on meanwhile. The schema number is ``PRAGMA user_version``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rashomon.errors import StoreError
from rashomon.store.db import HISTORY_TABLE, Cursor, Db

BUSY_TIMEOUT_S = 10.0  # a timeout, not a result: wait this long for another writer before reporting "locked"


def explain(path: str, exc: BaseException) -> str:
    """A one-line message for an sqlite3 error raised while using ``path``."""
    msg = str(exc)
    low = msg.lower()
    if "not a database" in low:
        return f"{path} is not a rashomon database ({msg}); give a new file name or the right file"
    if "malformed" in low or "corrupt" in low:
        return f"{path} is damaged ({msg}); restore it from a backup or start a new store"
    if "locked" in low or "busy" in low:
        return f"{path} is locked by another process; wait for it to finish and try again"
    if "readonly" in low or "read-only" in low or "unable to open" in low:
        return f"cannot write {path} ({msg}); check the file and folder permissions"
    return f"cannot open {path}: {msg}"


class SqliteDb(Db):
    errors = (sqlite3.Error,)

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self._conn = conn
        self.name = name

    @classmethod
    def connect(cls, path: str | Path) -> SqliteDb:
        name = str(path)
        if name != ":memory:":
            p = Path(path)
            if not p.parent.is_dir():
                raise StoreError(f"folder {p.parent} does not exist; create it first")
            if p.is_dir():
                raise StoreError(f"{p} is a folder; give a database file name")
        try:
            conn = sqlite3.connect(name, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(explain(name, exc)) from exc
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if name != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(explain(name, exc)) from exc
        return cls(conn, name)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._conn.executemany(sql, rows)

    def insert(self, sql: str, params: Sequence[Any], key: str = "id") -> int:
        rowid = self._conn.execute(sql, params).lastrowid
        assert rowid is not None
        return rowid

    def begin_write(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def begin_read(self) -> None:
        self._conn.execute("BEGIN")

    def commit(self) -> None:
        self._conn.execute("COMMIT")

    def rollback(self) -> None:
        self._conn.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    def close(self) -> None:
        self._conn.close()

    def explain(self, exc: BaseException) -> str:
        return explain(self.name, exc)

    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def has_history(self) -> bool:
        return self._conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                  (HISTORY_TABLE,)).fetchone() is not None

    def foreign_tables(self) -> bool:
        (n,) = self._conn.execute("SELECT count(*) FROM sqlite_master WHERE name != ?",
                                  (HISTORY_TABLE,)).fetchone()
        return bool(n)

    def set_schema_version(self, version: int) -> None:
        # PRAGMA takes no parameters; the value is an int we computed, never input.
        self._conn.execute(f"PRAGMA user_version = {int(version)}")

    def table_columns(self, table: str) -> list[str]:
        return [str(r[1]) for r in self._conn.execute("SELECT * FROM pragma_table_info(?)", (table,))]
