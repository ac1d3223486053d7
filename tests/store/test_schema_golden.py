"""The schema each migration builds, on SQLite and PostgreSQL, is the one an earlier version
of the code built (``schema.golden.txt``, read from the databases' catalogues), version by
version: a migration is history, and a refactoring of how its SQL is written must leave every
database it made byte for byte the same. A store left at any older version upgrades to the
same schema as a new one.

``RASHOMON_UPDATE_GOLDEN=1`` rewrites the golden file, only for a new migration (appended):
the diff must then touch nothing but the new version's lines."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.store.schema_dump import GOLDEN, golden_section, report, schema_lines, versions

from rashomon.store import Store
from rashomon.store.db import HISTORY_DDL, HISTORY_TABLE, connect, is_url
from rashomon.store.migrations import MIGRATIONS, SCHEMA_VERSION, statements

UPDATE = os.environ.get("RASHOMON_UPDATE_GOLDEN") == "1"


def _check(backend: str, got: str) -> None:
    if UPDATE:
        other = "postgresql" if backend == "sqlite" else "sqlite"
        parts = {backend: got, other: golden_section(other) if GOLDEN.exists() else ""}
        GOLDEN.write_text(parts["sqlite"] + parts["postgresql"], encoding="utf-8")
    assert got == golden_section(backend), f"the {backend} schema of some version changed"


def test_sqlite_schema_of_every_version(tmp_path: Path) -> None:
    _check("sqlite", report("sqlite", versions(tmp_path / "s.db")))


def test_postgresql_schema_of_every_version(pg_url: str) -> None:
    _check("postgresql", report("postgresql", versions(pg_url)))


def _at_version(db: str, version: int) -> None:
    """A store made by the first ``version`` migrations, recorded as being at that version."""
    conn = connect(db)
    try:
        conn.begin_write()
        for script in MIGRATIONS[:version]:
            for statement in statements(script):
                conn.execute(conn.ddl(statement))
        conn.execute(HISTORY_DDL)
        conn.executemany(f"INSERT INTO {HISTORY_TABLE} (version, applied_at) VALUES (?, NULL)",
                         [(v,) for v in range(1, version + 1)])
        conn.set_schema_version(version)
        conn.commit()
    finally:
        conn.close()


def _schema(db: str) -> list[str]:
    conn = connect(db)
    try:
        return schema_lines(conn, is_url(db))
    finally:
        conn.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_pair(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    """Two new, empty databases on one backend."""
    if request.param == "sqlite":
        return str(tmp_path / "old.db"), str(tmp_path / "new.db")
    server = request.getfixturevalue("pg_server")
    return str(server.new_database()), str(server.new_database())


@pytest.mark.parametrize("version", [1, 2, SCHEMA_VERSION // 2, SCHEMA_VERSION - 1])
def test_old_store_upgrades_to_the_new_schema(empty_pair: tuple[str, str], version: int) -> None:
    old, new = empty_pair
    _at_version(old, version)
    for db in (old, new):
        Store.open(db).close()
    assert _schema(old) == _schema(new)
    conn = connect(old)
    try:
        assert conn.schema_version() == SCHEMA_VERSION
    finally:
        conn.close()
