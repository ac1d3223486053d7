"""The fetch log of live sources: url, final url, status, bytes, validators, time, error, and
the raw body compressed (zlib), so an article's evidence can be checked against what was
fetched after the page changes or disappears."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from rashomon.store.core import Store
from rashomon.store.db import Db


@dataclass(frozen=True, slots=True)
class FetchRow:
    id: int
    url: str
    final_url: str | None
    status: int | None
    bytes: int
    etag: str | None
    last_modified: str | None
    content_type: str | None
    fetched_at: str
    error: str | None


_COLUMNS = "id, url, final_url, status, bytes, etag, last_modified, content_type, fetched_at, error"


def log_fetch(store: Store, *, url: str, final_url: str | None, status: int | None, body: bytes,
              etag: str | None, last_modified: str | None, content_type: str | None, fetched_at: str,
              error: str | None) -> int:
    """Append a fetch; returns its id."""
    raw = zlib.compress(body, 6) if body else None
    with store._transaction("log a fetch") as conn:
        fid = conn.insert(
            "INSERT INTO fetches (url, final_url, status, bytes, etag, last_modified, content_type,"
            " fetched_at, error, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (url, final_url, status, len(body), etag, last_modified, content_type, fetched_at, error, raw))
    return fid


def validators(store: Store, url: str) -> tuple[str | None, str | None]:
    """ETag and Last-Modified of the last successful fetch of ``url`` (for a conditional GET)."""
    row = store._read("read the fetch log", lambda conn: conn.execute(
        "SELECT etag, last_modified FROM fetches WHERE url = ? AND status IN (200, 304)"
        " AND (etag IS NOT NULL OR last_modified IS NOT NULL) ORDER BY id DESC LIMIT 1", (url,)).fetchone())
    return (row[0], row[1]) if row else (None, None)


def fetch(store: Store, fetch_id: int) -> FetchRow | None:
    row = store._read("read the fetch log", lambda conn: conn.execute(
        f"SELECT {_COLUMNS} FROM fetches WHERE id = ?", (fetch_id,)).fetchone())
    return FetchRow(*row) if row else None


def fetches(store: Store) -> list[FetchRow]:
    rows = store._read("read the fetch log", lambda conn: conn.execute(
        f"SELECT {_COLUMNS} FROM fetches ORDER BY id").fetchall())
    return [FetchRow(*r) for r in rows]


def archived(store: Store, fetch_id: int) -> bytes | None:
    """The raw body of a fetch, decompressed; None when it had none."""
    row = store._read("read an archived page", lambda conn: conn.execute(
        "SELECT raw FROM fetches WHERE id = ?", (fetch_id,)).fetchone())
    return zlib.decompress(row[0]) if row and row[0] is not None else None


def known_urls(store: Store) -> set[str]:
    """Every input and url of the stored articles (what a live source has already brought in)."""
    def read(conn: Db) -> set[str]:
        out: set[str] = set()
        for inp, url in conn.execute("SELECT input, url FROM articles"):
            out.add(inp)
            if url:
                out.add(url)
        return out

    return store._read("read the stored articles' URLs", read)


def dispute_counts(store: Store) -> dict[str, int]:
    """Event id → number of disputes (for a watch cycle's summary line)."""
    def read(conn: Db) -> dict[str, int]:
        counts = {eid: 0 for (eid,) in conn.execute("SELECT id FROM events")}
        for eid, n in conn.execute("SELECT event_id, COUNT(*) FROM disputes GROUP BY event_id"):
            counts[eid] = n
        return counts

    return store._read("count the disputes", read)
