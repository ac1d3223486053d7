"""Small pieces of the store's SQL text shared by its modules: ``?`` placeholders, ``IN (…)``
lists in chunks, and the page size of lazy reads. Table and column names in the SQL always come
from the code (the *_COLUMNS tuples, fixed table names), never from input; values are always
parameters."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

PAGE = 256  # performance only: rows (articles, events) per query, memory per page, not per ledger
CHUNK = 500  # performance only: ids per IN (...) list, far below SQLite's and PostgreSQL's parameter limits


def marks(n: int) -> str:
    """``?, ?, …``: ``n`` placeholders."""
    return ", ".join("?" for _ in range(n))


def chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    """``items`` in slices of :data:`CHUNK`, one ``IN (…)`` query each."""
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]
