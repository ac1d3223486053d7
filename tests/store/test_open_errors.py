"""Opening an SQLite store: migrations, and one-line StoreErrors that say what to do
(PostgreSQL's: tests/store/test_postgres.py)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from tests.pg_support import rows

from rashomon.errors import StoreError
from rashomon.store import SCHEMA_VERSION, Store, migrations
from rashomon.store import sqlite as store_sqlite
from rashomon.store.db import connect, is_url
from rashomon.types import Article, ArticleResult


def _version(db: str | Path) -> int:
    conn = connect(db)
    try:
        return conn.schema_version()
    finally:
        conn.close()


def _tables(db: str | Path) -> set[str]:
    if is_url(db):
        found = rows(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
    else:
        found = rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(r[0]) for r in found}


def _one_line(exc: pytest.ExceptionInfo[StoreError]) -> str:
    msg = str(exc.value)
    assert "\n" not in msg
    return msg


def test_a_new_file_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store.open(path).close()
    assert _version(path) == SCHEMA_VERSION
    Store.open(str(path)).close()  # reopening is a no-op
    assert _version(path) == SCHEMA_VERSION


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Store.open(path) as store:
        assert store.counts()["articles"] == 0


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 100)
    with pytest.raises(StoreError) as exc:
        Store.open(path)
    msg = _one_line(exc)
    assert "is not a rashomon database" in msg and str(path) in msg


def test_an_sqlite_database_of_something_else(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE runs (x)")
    conn.close()
    with pytest.raises(StoreError, match="not a rashomon store"):
        Store.open(path)


def test_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError) as exc:
        Store.open(path)
    msg = _one_line(exc)
    assert f"written by a newer rashomon (schema {SCHEMA_VERSION + 5}" in msg
    assert msg.endswith("upgrade rashomon")


def test_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist; create it first"):
        Store.open(tmp_path / "nope" / "x.db")
    assert not (tmp_path / "nope").exists()


def test_a_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_a_locked_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_sqlite, "BUSY_TIMEOUT_S", 0.1)
    path = tmp_path / "busy.db"
    store = Store.open(path)
    fresh = tmp_path / "fresh.db"  # a new database must be migrated: that needs the write lock
    sqlite3.connect(fresh).close()
    others = [sqlite3.connect(p, isolation_level=None) for p in (path, fresh)]
    for other in others:
        other.execute("BEGIN IMMEDIATE")
    try:
        Store.open(path).close()  # a migrated store opens while another process writes
        with pytest.raises(StoreError, match="is locked by another process; wait"):
            Store.open(fresh)
        with pytest.raises(StoreError, match="locked"):
            store.save_article(ArticleResult(Article("a", "t", "a.txt", "h")))
    finally:
        for other in others:
            other.execute("ROLLBACK")
            other.close()
    store.save_article(ArticleResult(Article("a", "t", "a.txt", "h")))
    store.close()


def test_an_unwritable_place(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("needs POSIX permissions")
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        target = folder / "x.db"
    elif Path("/proc/self").is_dir():  # root ignores permissions; /proc refuses new files
        folder, target = None, Path("/proc/rashomon-test.db")
    else:
        pytest.skip("running as root without /proc")
    try:
        with pytest.raises(StoreError, match="check the file and folder permissions"):
            Store.open(target)
    finally:
        if folder is not None:
            folder.chmod(0o700)


def test_migrations_apply_in_one_transaction(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    Store.open(db_url).close()
    broken = "CREATE TABLE extra (a TEXT);\nINSERT INTO nowhere VALUES (1);\n"
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="nowhere"):
        Store.open(db_url)
    assert "extra" not in _tables(db_url)
    assert _version(db_url) == SCHEMA_VERSION

    good = "CREATE TABLE extra (a TEXT DEFAULT 'x;y');\n"
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS[:-1], good))
    Store.open(db_url).close()
    assert _version(db_url) == SCHEMA_VERSION + 1
    history = rows(db_url, "SELECT version, applied_at FROM schema_migrations ORDER BY version")
    assert [v for v, _ in history] == list(range(1, SCHEMA_VERSION + 2))
    assert all(at for _, at in history)  # every migration applied by this code has its time


def test_statements_split_on_complete_statements_only() -> None:
    script = "CREATE TABLE t (a TEXT DEFAULT ';');\n-- a comment; with a semicolon\nSELECT 1;\n"
    assert list(migrations.statements(script)) == [
        "CREATE TABLE t (a TEXT DEFAULT ';');",
        "-- a comment; with a semicolon\nSELECT 1;",
    ]
    with pytest.raises(ValueError, match="incomplete"):
        list(migrations.statements("SELECT 1"))
