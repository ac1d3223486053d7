"""What the CLI and the workbench ask about a ``--db`` value without keeping a store open:
does a ledger exist there, how to show it, and has it changed.

An SQLite store is a file: it exists when the file does, and it changed when the file or its
write-ahead log did. A PostgreSQL store (``postgresql://…``) exists when its tables do, and
it changed when the stamp its last write left (``link_state`` key ``changed``) differs.
"""

from __future__ import annotations

import secrets
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
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


@contextmanager
def scratch(url: str) -> Iterator[str]:
    """A throwaway store in the PostgreSQL database ``url`` names: the URL of a new schema
    there (the user needs the right to create one), dropped with everything in it at the end."""
    if not is_url(url):
        raise StoreError(f"{url} is not a postgresql:// URL")
    from rashomon.store.postgres import PgDb

    name = f"rashomon_scratch_{secrets.token_hex(4)}"  # made here, never input
    pg = PgDb.connect(url)
    try:
        pg.execute(f"CREATE SCHEMA {name}")
    except pg.errors as exc:
        pg.close()
        raise StoreError(pg.explain(exc)) from exc
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{name}"
    finally:
        try:
            pg.execute(f"DROP SCHEMA {name} CASCADE")
        finally:
            pg.close()
