"""The store's whole-table reads, in SQL: what :class:`~.core.Store` loads into memory (every
article with its claims and frames, the events, the ledger, row counts) and its small look-ups.
The views read a page at a time instead (:mod:`.read`).

These functions take a connection inside a read snapshot of :class:`~.core.Store`, so the
queries of one call see one state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from rashomon.store.codec import (
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    FRAME_COLUMNS,
    article_from_row,
    claim_from_row,
    dispute_from_row,
    event_from_row,
    frame_from_row,
)
from rashomon.store.db import Db
from rashomon.store.sql import PAGE
from rashomon.types import ArticleResult, Claim, Dispute, Event, Frame, Generator, Ledger, Skipped

R = TypeVar("R", Claim, Frame)

COUNTED = ("articles", "claims", "frames", "events", "skipped", "runs")  # the tables counts() counts
# an article's columns as stored, without the run's two (run_id, saved_at)
_ARTICLE_SELECT = ", ".join(ARTICLE_COLUMNS[:-2])
_ARTICLE_PAGE = f"SELECT seq, {_ARTICLE_SELECT} FROM articles WHERE seq > ? ORDER BY seq LIMIT ?"


def has_article(conn: Db, article_id: str) -> bool:
    return conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None


def analysis_keys(conn: Db) -> dict[str, str]:
    return dict(conn.execute("SELECT id, analysis_key FROM articles WHERE analysis_key IS NOT NULL"))


def run_statuses(conn: Db) -> list[tuple[int, str]]:
    return [(int(i), str(s)) for i, s in conn.execute("SELECT id, status FROM runs ORDER BY id")]


def article_hashes(conn: Db) -> dict[str, str]:
    return dict(conn.execute("SELECT id, content_hash FROM articles ORDER BY seq"))


def article_page(conn: Db, after: int) -> list[Any]:
    """Up to :data:`~.sql.PAGE` rows (``seq``, then the article's columns) after ``seq`` ``after``."""
    return conn.execute(_ARTICLE_PAGE, (after, PAGE)).fetchall()


def _by_article(conn: Db, table: str, columns: Sequence[str], order: str,
                decode: Callable[[Sequence[Any]], R]) -> dict[str, list[R]]:
    """Every row of ``table`` (``claims`` or ``frames``, constant names), decoded and grouped
    by article, in article input order and then ``order`` within an article."""
    out: dict[str, list[R]] = {}
    cols = ", ".join(f"t.{col}" for col in columns)
    for row in conn.execute(f"SELECT {cols} FROM {table} t JOIN articles a ON a.id = t.article_id"
                            f" ORDER BY a.seq, t.{order}"):
        item = decode(row)
        out.setdefault(item.article_id, []).append(item)
    return out


def frames(conn: Db) -> dict[str, list[Frame]]:
    """Every frame, by article (article input order, then position)."""
    return _by_article(conn, "frames", FRAME_COLUMNS, "position", frame_from_row)


def results(conn: Db) -> list[ArticleResult]:
    """Every article with its claims and frames, in first-saved order."""
    claims = _by_article(conn, "claims", CLAIM_COLUMNS, "idx", claim_from_row)
    framed = frames(conn)
    return [
        ArticleResult(a, tuple(claims.get(a.id, ())), tuple(framed.get(a.id, ())))
        for a in (article_from_row(r) for r in conn.execute(
            f"SELECT {_ARTICLE_SELECT} FROM articles ORDER BY seq"
        ))
    ]


def events(conn: Db) -> list[Event]:
    """Every event with its contradictions and disputes, in link order."""
    contradictions: dict[str, list[tuple[Any, ...]]] = {}
    for row in conn.execute(
        "SELECT event_id, about, claim_id_a, claim_id_b, summary FROM contradictions"
        " ORDER BY event_id, idx"
    ):
        contradictions.setdefault(row[0], []).append(row[1:])
    disputes: dict[str, list[Dispute]] = {}
    for row in conn.execute(
        "SELECT event_id, about, summary, pairs, sides FROM disputes ORDER BY event_id, idx"
    ):
        disputes.setdefault(row[0], []).append(dispute_from_row(row[1:]))
    return [
        event_from_row(row, contradictions.get(row[0], []), disputes.get(row[0], []))
        for row in conn.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY seq")
    ]


def ledger(conn: Db, generator: Generator) -> Ledger:
    """Everything in the store as a :class:`Ledger` stamped with ``generator``."""
    loaded = results(conn)
    skipped = tuple(
        Skipped(i, r)
        for i, r in conn.execute("SELECT input, reason FROM skipped ORDER BY seq")
    )
    return Ledger(
        generator=generator,
        articles=tuple(r.article for r in loaded),
        claims=tuple(c for r in loaded for c in r.claims),
        events=tuple(events(conn)),
        skipped=skipped,
        frames=tuple(f for r in loaded for f in r.frames),
    )


def counts(conn: Db) -> dict[str, int]:
    """Row counts of the :data:`COUNTED` tables."""
    # table names come from the fixed tuple, never from input
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in COUNTED}

