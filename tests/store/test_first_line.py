"""``first_line``: the one helper core, read and postgres use to put a driver's error in a
one-line StoreError message."""

from __future__ import annotations

import pytest

from rashomon.store.db import first_line


@pytest.mark.parametrize(("exc", "expected"), [
    (ValueError("database is locked"), "database is locked"),
    (RuntimeError('relation "claims" does not exist\nLINE 1: SELECT * FROM claims\n        ^'),
     'relation "claims" does not exist'),
    (OSError("  \n  disk I/O error  \nDETAIL: more"), "disk I/O error  "),
    (KeyError(), "KeyError"),  # an empty message: the exception's type
    (RuntimeError("   \n "), "RuntimeError"),
])
def test_first_line(exc: BaseException, expected: str) -> None:
    assert first_line(exc) == expected


def test_one_helper_for_the_store() -> None:
    """core, read and postgres use db's helper, not copies of it."""
    from rashomon.store import core, db, read

    assert core.first_line is db.first_line
    assert read.first_line is db.first_line
    pytest.importorskip("psycopg")
    from rashomon.store import postgres
    assert postgres.first_line is db.first_line
