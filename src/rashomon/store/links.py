"""The store's side of incremental linking (tables of schema 2, see :mod:`.migrations`).

* Saving an article marks it *pending* (``link_pending``) and, the first time since the last
  link, keeps a copy of the frames it had then (``link_stale_frames``, with the article's
  publication date of then): a re-link must also revisit the places and dates those old
  frames occupied.
* ``event_frames`` maps each frame to its event, so a re-link finds the events it replaces.
* ``link_state`` holds the key of the link settings the stored events were made with, and the
  link *generation*, a token that changes whenever an article is saved or a link written: a
  link computed from a snapshot is written only if the generation is still the one it read.
  With several writers (two ``analyze`` and a ``watch`` on one PostgreSQL database), a link
  that read before another process saved an article is thus never written over it, and the
  last link to run after the last save links everything (pending rows stay until then).

These functions take a connection inside a transaction of :class:`~.core.Store`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rashomon.errors import StoreError
from rashomon.store.codec import (
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    FRAME_COLUMNS,
    claim_from_row,
    contradiction_rows,
    dispute_rows,
    event_row,
    frame_from_row,
)
from rashomon.store.db import Db
from rashomon.store.sql import chunks, marks
from rashomon.types import Claim, Event, Frame

LINK_KEY = "link_settings"
GENERATION_KEY = "generation"


@dataclass(frozen=True, slots=True)
class LinkInput:
    """What an incremental link needs from the store, read in one snapshot."""

    frames: tuple[Frame, ...]  # every stored frame
    published: Mapping[str, str | None]  # article id → publication date
    pending: frozenset[str]  # articles saved since the last link
    stale: tuple[tuple[Frame, str | None], ...]  # their frames as last linked, with published
    frame_events: Mapping[tuple[str, int], str]  # frame key → stored event id
    link_key: str | None  # settings of the stored events (None: unknown, link everything)
    outlets: Mapping[str, str | None] = field(default_factory=dict)  # article id → outlet
    generation: str | None = None  # link generation of the snapshot (see the module doc)


def mark_pending(conn: Db, article_id: str) -> None:
    """Before an article's frames are replaced: keep them if linked, mark it pending."""
    cols = ", ".join(FRAME_COLUMNS)
    fcols = ", ".join(f"f.{c}" for c in FRAME_COLUMNS)
    conn.execute(
        f"INSERT OR IGNORE INTO link_stale_frames ({cols}, published)"
        f" SELECT {fcols}, a.published FROM frames f JOIN articles a ON a.id = f.article_id"
        " WHERE f.article_id = ?"
        " AND NOT EXISTS (SELECT 1 FROM link_pending p WHERE p.article_id = ?)",
        (article_id, article_id),
    )
    conn.execute("INSERT OR IGNORE INTO link_pending (article_id) VALUES (?)", (article_id,))
    _bump(conn)


def _bump(conn: Db) -> None:
    conn.execute("INSERT INTO link_state (key, value) VALUES (?, ?)"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (GENERATION_KEY, uuid.uuid4().hex))


def generation(conn: Db) -> str | None:
    row = conn.execute("SELECT value FROM link_state WHERE key = ?", (GENERATION_KEY,)).fetchone()
    return None if row is None else str(row[0])


def read_input(conn: Db, frames: Iterable[Frame]) -> LinkInput:
    rows = conn.execute("SELECT id, published, outlet FROM articles").fetchall()
    published = {aid: pub for aid, pub, _ in rows}
    pending = frozenset(r[0] for r in conn.execute("SELECT article_id FROM link_pending"))
    stale = tuple(
        (frame_from_row(row[:-1]), row[-1])
        for row in conn.execute(
            f"SELECT {', '.join(FRAME_COLUMNS)}, published FROM link_stale_frames"
            " ORDER BY article_id, idx"
        )
    )
    frame_events = {(a, int(i)): e for e, a, i in
                    conn.execute("SELECT event_id, article_id, idx FROM event_frames")}
    row = conn.execute("SELECT value FROM link_state WHERE key = ?", (LINK_KEY,)).fetchone()
    return LinkInput(frames=tuple(frames), published=published, pending=pending, stale=stale,
                     frame_events=frame_events, link_key=None if row is None else str(row[0]),
                     outlets={aid: outlet for aid, _, outlet in rows}, generation=generation(conn))


def claims_of(conn: Db, article_ids: Iterable[str]) -> list[Claim]:
    """The claims of ``article_ids``, by article then position."""
    cols = ", ".join(CLAIM_COLUMNS)
    out: list[Claim] = []
    for chunk in chunks(sorted(set(article_ids))):
        out.extend(claim_from_row(row) for row in conn.execute(
            f"SELECT {cols} FROM claims WHERE article_id IN ({marks(len(chunk))})"
            " ORDER BY article_id, idx", tuple(chunk)))
    return out


def drop_events(conn: Db, event_ids: Iterable[str]) -> None:
    """Delete events (with their disputes, contradictions and frame rows) and unlink their claims."""
    for chunk in chunks(sorted(set(event_ids))):
        in_list = marks(len(chunk))
        conn.execute(f"UPDATE claims SET event_id = NULL WHERE event_id IN ({in_list})", tuple(chunk))
        conn.execute(f"DELETE FROM events WHERE id IN ({in_list})", tuple(chunk))


def write_events(conn: Db, events: Sequence[Event],
                 claim_events: Mapping[str, str | None]) -> int:
    """Insert events and point claims at them; returns how many claim ids were not stored."""
    conn.executemany(
        f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks(len(EVENT_COLUMNS))})",
        (event_row(e) for e in events),
    )
    # a frame listed by two events (never produced by the link stage) keeps the first
    conn.executemany(
        "INSERT OR IGNORE INTO event_frames (event_id, article_id, idx) VALUES (?, ?, ?)",
        ((e.id, a, i) for e in events for a, i in e.frame_keys),
    )
    conn.executemany(
        "INSERT INTO contradictions (event_id, idx, about, claim_id_a, claim_id_b, summary)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (row for e in events for row in contradiction_rows(e)),
    )
    conn.executemany(
        "INSERT INTO disputes (event_id, idx, about, summary, pairs, sides) VALUES (?, ?, ?, ?, ?, ?)",
        (row for e in events for row in dispute_rows(e)),
    )
    missing = 0
    for claim_id, event_id in claim_events.items():
        if event_id is None:
            continue
        cur = conn.execute("UPDATE claims SET event_id = ? WHERE id = ?", (event_id, claim_id))
        missing += cur.rowcount == 0
    return missing


def finish_link(conn: Db, link_key: str | None) -> None:
    """Every pending article is linked now; remember the settings (None: forget them)."""
    conn.execute("DELETE FROM link_pending")
    conn.execute("DELETE FROM link_stale_frames")
    _bump(conn)
    if link_key is None:
        conn.execute("DELETE FROM link_state WHERE key = ?", (LINK_KEY,))
    else:
        conn.execute("INSERT INTO link_state (key, value) VALUES (?, ?)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (LINK_KEY, link_key))


def write_link(conn: Db, drop: Sequence[str] | None, events: Sequence[Event],
               claim_events: Mapping[str, str | None], link_key: str | None) -> None:
    """A link's result: replace every event (``drop`` None) or only ``drop``, add ``events``,
    point claims at them, and count every pending article as linked."""
    if drop is None:
        conn.execute("DELETE FROM events")  # cascades to disputes, contradictions, event_frames
        conn.execute("UPDATE claims SET event_id = NULL WHERE event_id IS NOT NULL")
    else:
        drop_events(conn, drop)
    missing = write_events(conn, events, claim_events)
    if missing:
        raise StoreError(f"{missing} claim id(s) given to replace_events are not stored")
    finish_link(conn, link_key)
