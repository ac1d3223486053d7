"""One database connection of the store, whichever the backend: SQLite (a file, the default)
or PostgreSQL (a ``postgresql://`` URL).

The store writes its SQL once, in SQLite's dialect with ``?`` placeholders; a backend runs it
as it is (:mod:`.sqlite`) or translated (:mod:`.postgres`). What differs beyond the SQL is a
method here: how a write transaction takes the store's write lock (so writers never
interleave, on either backend), how a read sees one snapshot, how a new row's id comes back,
where the schema number is kept, and which exceptions the driver raises.

:func:`connect` is the one place that turns a ``--db`` value into a connection.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

URL_SCHEMES = ("postgresql://", "postgres://")

# Kept by the migrator on both backends: one row per migration applied (schema history).
# On SQLite ``PRAGMA user_version`` stays the schema number older rashomon versions read;
# on PostgreSQL this table is the schema number. applied_at is NULL for migrations applied
# before the table existed.
HISTORY_TABLE = "schema_migrations"
HISTORY_DDL = (f"CREATE TABLE IF NOT EXISTS {HISTORY_TABLE} (version INTEGER PRIMARY KEY,"
               " applied_at TEXT)")


def first_line(exc: BaseException) -> str:
    """A driver's message without the detail lines PostgreSQL adds (the store's messages are
    one line); the exception's type when the message is empty."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


class Cursor(Protocol):
    """What the store uses of a DB-API cursor."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Db(ABC):
    """An open connection in autocommit mode; transactions are explicit (``begin_*``)."""

    #: the database as shown in messages (a URL without its password)
    name: str
    #: the driver's exception classes; the store turns them into StoreError
    errors: tuple[type[BaseException], ...]

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """Run one statement (SQLite dialect, ``?`` placeholders)."""

    @abstractmethod
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    @abstractmethod
    def insert(self, sql: str, params: Sequence[Any], key: str = "id") -> int:
        """Run an INSERT into a table whose integer ``key`` the database assigns; return it."""

    @abstractmethod
    def begin_write(self) -> None:
        """Start a transaction holding the store's write lock (one writer at a time)."""

    @abstractmethod
    def begin_read(self) -> None:
        """Start a read-only transaction whose queries all see one snapshot."""

    @abstractmethod
    def commit(self) -> None: ...

    @abstractmethod
    def rollback(self) -> None: ...

    @property
    @abstractmethod
    def in_transaction(self) -> bool: ...

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def explain(self, exc: BaseException) -> str:
        """A one-line message saying what went wrong with this database and what to do."""

    # -- schema bookkeeping (used by the migrator) ----------------------------------------

    @abstractmethod
    def schema_version(self) -> int:
        """The schema number (0: a new, empty database)."""

    @abstractmethod
    def has_history(self) -> bool:
        """Whether the schema history table exists."""

    @abstractmethod
    def foreign_tables(self) -> bool:
        """Whether tables other than the history are there (in a database at schema 0)."""

    @abstractmethod
    def set_schema_version(self, version: int) -> None:
        """Record the schema number, where this backend keeps it (inside the transaction)."""

    def ddl(self, statement: str) -> str:
        """A migration statement (SQLite dialect) as this backend runs it."""
        return statement

    def write_stamp(self) -> None:  # noqa: B027 (a hook: most backends need nothing here)
        """Called at the end of each write transaction (PostgreSQL notes the change)."""

    def table_columns(self, table: str) -> list[str]:
        """Column names of ``table`` in order (for tests and checks)."""
        raise NotImplementedError


def is_url(db: str | Path) -> bool:
    return isinstance(db, str) and db.startswith(URL_SCHEMES)


def connect(db: str | Path) -> Db:
    """Open the database ``db`` names: a ``postgresql://`` URL, or an SQLite file (``:memory:``
    too). Raises StoreError with a one-line reason when it cannot be opened."""
    if is_url(db):
        from rashomon.store.postgres import PgDb  # psycopg is imported only when used

        return PgDb.connect(str(db))
    from rashomon.store.sqlite import SqliteDb

    return SqliteDb.connect(db)
