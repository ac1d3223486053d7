"""What the CLI and the workbench ask about a ``--db`` value without keeping a store open:
does a ledger exist there, how to show it, and has it changed.

An SQLite store is a file: it exists when the file does, and it changed when the file or its
write-ahead log did. A PostgreSQL store (``postgresql://…``) exists when its tables do, and
it changed when the stamp its last write left (``link_state`` key ``changed``) differs.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

from rashomon.errors import StoreError
from rashomon.store.db import is_url


def display(db: str | Path) -> str:
    """``db`` as shown to people: a URL without its password."""
    if is_url(db):
        from rashomon.store.postgres import redact

        return redact(str(db))
    return str(db)


def exists(db: str | Path) -> bool:
    """Whether a ledger is at ``db`` (opening a missing one would create it). For a URL this
    connects; a server that cannot be reached raises StoreError saying why."""
    if is_url(db):
        from rashomon.store.postgres import PgDb

        pg = PgDb.connect(str(db))
        try:
            return pg.has_history()
        except pg.errors as exc:
            raise StoreError(pg.explain(exc)) from exc
        finally:
            pg.close()
    return str(db) == ":memory:" or Path(db).is_file()


def change_stamp(db: str | Path) -> Hashable:
    """A value that changes whenever a write to ``db`` commits (cheap: no migration check)."""
    if is_url(db):
        from rashomon.store.postgres import PgDb

        pg = PgDb.connect(str(db))
        try:
            return pg.change_stamp()
        except pg.errors:
            return None  # not migrated yet: the open that follows says what is wrong
        finally:
            pg.close()
    path = Path(db)
    out = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
        except FileNotFoundError:
            continue
        out.append((st.st_mtime_ns, st.st_size))
    return tuple(out)


def identity(db: str | Path) -> Hashable:
    """What tells one database from another put in its place (a file's inode; a URL is itself)."""
    if is_url(db):
        return str(db)
    try:
        return Path(db).stat().st_ino
    except OSError:
        return None
