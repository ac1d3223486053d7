"""The store's schema as text lines, read from the database's own catalogue (SQLite's
``sqlite_master``; PostgreSQL's ``information_schema`` and ``pg_catalog``), version by version,
so tests can compare what the migrations build on each backend with a golden copy made by an
earlier version of the code (``schema.golden.txt``)."""

from __future__ import annotations

from pathlib import Path

from rashomon.store.db import Db, connect, is_url
from rashomon.store.migrations import MIGRATIONS, statements

GOLDEN = Path(__file__).with_name("schema.golden.txt")

_PG_QUERIES = (
    ("column", "SELECT table_name, ordinal_position, column_name, data_type, is_nullable,"
               " coalesce(column_default, ''), is_identity FROM information_schema.columns"
               " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"),
    ("constraint", "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)"
                   " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                   " WHERE n.nspname = current_schema() ORDER BY 1, 2"),
    ("index", "SELECT tablename, indexname, indexdef FROM pg_indexes"
              " WHERE schemaname = current_schema() ORDER BY tablename, indexname"),
)


def schema_lines(conn: Db, postgres: bool) -> list[str]:
    """Every table, column, constraint and index of the open database, one line each."""
    if not postgres:  # SQLite keeps each statement's text as written (ALTERs edit it)
        return [f"{kind} {name} {table}: {sql!r}" for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()]
    return [f"{kind} " + " | ".join(str(v) for v in row)
            for kind, query in _PG_QUERIES for row in conn.execute(query).fetchall()]


def versions(db: str | Path) -> list[list[str]]:
    """The schema after each migration, applied one by one as :func:`migrate` does, to the new,
    empty database ``db``: element ``v - 1`` is the schema at version ``v``."""
    conn = connect(db)
    out: list[list[str]] = []
    try:
        for script in MIGRATIONS:
            conn.begin_write()
            for statement in statements(script):
                conn.execute(conn.ddl(statement))
            conn.commit()
            out.append(schema_lines(conn, is_url(db)))
    finally:
        conn.close()
    return out


def report(backend: str, schemas: list[list[str]]) -> str:
    """The schemas as a golden text: per version, the lines added (+) and removed (-)."""
    parts: list[str] = []
    before: list[str] = []
    for version, lines in enumerate(schemas, start=1):
        parts.append(f"## {backend} version {version}")
        parts += [f"- {line}" for line in before if line not in lines]
        parts += [f"+ {line}" for line in lines if line not in before]
        before = lines
    return "\n".join(parts) + "\n"


def golden_section(backend: str) -> str:
    """The part of the golden file for ``backend`` (SQLite's report, then PostgreSQL's)."""
    sqlite, postgres = GOLDEN.read_text(encoding="utf-8").split("## postgresql version 1\n")
    return sqlite if backend == "sqlite" else "## postgresql version 1\n" + postgres
