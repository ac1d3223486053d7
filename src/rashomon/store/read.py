"""Read-side queries for the views (``rashomon events``, ``rashomon export``): each reads only
what it shows, a page at a time, so the time of a listing follows the page and the memory of
an export stays flat as the ledger grows.

Pages are keyset pages (``seq > ? ORDER BY seq LIMIT ?``, or a range of article ``seq``), never
one big result: PostgreSQL's driver fetches a whole result into memory on ``execute``, SQLite's
cursor would hold a statement open across the writer's pages. Everything one reader yields is
read inside one read snapshot (:func:`ledger_reader`), so the sections of an export agree.

:class:`LedgerReader` yields the ledger's records in the order
:meth:`Store.load_ledger <rashomon.store.core.Store.load_ledger>` gives them (articles in
first-saved order, claims by article then position, events in link order), which is what
makes a streamed export the same bytes as one built from the loaded ledger. It knows nothing
of the reviewers' overlay: a reader of a reviewed ledger applies it (see the CLI).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from rashomon.errors import StoreError
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
from rashomon.store.core import Store
from rashomon.store.db import Db, first_line
from rashomon.store.sql import PAGE, chunks, marks
from rashomon.types import Article, Claim, Event, Frame, Generator, Skipped

T = TypeVar("T")

#: how `rashomon events` orders its page: newest date first (undated last), most claims
#: first, most disputes first; ties in link order, latest first
EventOrder = Literal["newest", "largest", "disputed"]
EVENT_ORDERS: tuple[EventOrder, ...] = ("newest", "largest", "disputed")
_ORDER_SQL: dict[EventOrder, str] = {
    "newest": "date IS NULL, date DESC, seq DESC",
    "largest": "(SELECT count(*) FROM claims c WHERE c.event_id = events.id) DESC, seq DESC",
    "disputed": "(SELECT count(*) FROM disputes d WHERE d.event_id = events.id) DESC, seq DESC",
}
#: the store's ``Article`` columns, without the bookkeeping ones (run_id, saved_at)
_ARTICLE_COLS = ARTICLE_COLUMNS[:-2]
#: what an export cites of a claim's article: published, outlet, url
ArticleInfo = tuple[str | None, str | None, str | None]


def _cols(prefix: str, columns: Sequence[str]) -> str:
    return ", ".join(f"{prefix}.{c}" for c in columns)


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of the event list: the events (with their disputes, without contradiction
    pairs), the claims pointing at each, and how many events the ledger has."""

    events: tuple[Event, ...]
    claims: Mapping[str, int]  # event id -> claims pointing at it
    total: int


@dataclass(frozen=True, slots=True)
class EventDetail:
    """An event with its claims (``claim_ids`` order, then any other claim pointing at it, in
    ledger order) and the published date, outlet and url of the articles they and the event
    cite."""

    event: Event
    claims: tuple[Claim, ...]
    articles: Mapping[str, ArticleInfo]


def _query(db: Db, what: str, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    try:
        return db.execute(sql, params).fetchall()
    except db.errors as exc:
        raise StoreError(f"could not {what}: {first_line(exc)}") from exc


def event_page(store: Store, order: EventOrder = "newest", limit: int | None = None) -> EventPage:
    """The first ``limit`` events (None: all) in ``order``, read in one snapshot: only their
    rows, their disputes and two counts per event, never the claims themselves."""
    if order not in _ORDER_SQL:
        raise StoreError(f"unknown event order {order!r}: use one of {', '.join(EVENT_ORDERS)}")
    with _snapshot(store) as db:
        total = int(_query(db, "count events", "SELECT count(*) FROM events")[0][0])
        n = total if limit is None else max(0, min(limit, total))
        seqs = [int(r[0]) for r in _query(db, "read the event list",
                                          f"SELECT seq FROM events ORDER BY {_ORDER_SQL[order]} LIMIT ?", (n,))]
        rows: dict[int, Any] = {}
        for chunk in chunks(seqs):
            for r in _query(db, "read the event list",
                            f"SELECT e.seq, {_cols('e', EVENT_COLUMNS)},"
                            " (SELECT count(*) FROM claims c WHERE c.event_id = e.id)"
                            f" FROM events e WHERE e.seq IN ({marks(len(chunk))})", chunk):
                rows[int(r[0])] = r[1:]
        ordered = [rows[s] for s in seqs if s in rows]
        disputes = _disputes(db, [r[0] for r in ordered])
        events = tuple(event_from_row(r[:-1], (), disputes.get(r[0], ())) for r in ordered)
        return EventPage(events, {r[0]: int(r[-1]) for r in ordered}, total)


def _disputes(db: Db, event_ids: Sequence[str]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for chunk in chunks(event_ids):
        for row in _query(db, "read disputes",
                          f"SELECT event_id, about, summary, pairs, sides FROM disputes"
                          f" WHERE event_id IN ({marks(len(chunk))}) ORDER BY event_id, idx", chunk):
            out.setdefault(row[0], []).append(dispute_from_row(row[1:]))
    return out


@contextmanager
def _snapshot(store: Store) -> Iterator[Db]:
    """One read transaction over the store's connection (rolled back: nothing was written)."""
    db = store._db
    try:
        db.begin_read()
    except db.errors as exc:
        raise StoreError(f"could not read {store.path}: {first_line(exc)}") from exc
    try:
        yield db
    finally:
        if db.in_transaction:
            db.rollback()


@contextmanager
def ledger_reader(store: Store, generator: Generator) -> Iterator[LedgerReader]:
    """A :class:`LedgerReader` over one read snapshot of ``store``, for the ``with`` block."""
    with _snapshot(store) as db:
        yield LedgerReader(db, generator)


class LedgerReader:
    """The store's ledger as streams of records, a page at a time (see the module docstring).

    The attributes and methods are those :class:`rashomon.report.records.Records` names; the
    ledger it reads carries no reviewers' changes (``reviewed`` is empty)."""

    def __init__(self, db: Db, generator: Generator) -> None:
        self._db = db
        self.generator = generator
        self.reviewed: Mapping[str, Sequence[str]] = {}
        self._listed_elsewhere: set[str] = set()  # see event_details

    def _q(self, what: str, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return _query(self._db, what, sql, params)

    # -- pages ---------------------------------------------------------------------------

    def _keyset(self, what: str, sql: str) -> Iterator[list[Any]]:
        """Pages of ``sql`` (selecting ``seq`` first, ``WHERE seq > ? ORDER BY seq LIMIT ?``)."""
        last = -1
        while True:
            rows = self._q(what, sql, (last, PAGE))
            if rows:
                yield rows
            if len(rows) < PAGE:
                return
            last = int(rows[-1][0])

    def _article_ranges(self) -> Iterator[tuple[int, int]]:
        """(after, upto]: ranges of article ``seq`` holding PAGE articles each."""
        for rows in self._keyset("read articles", "SELECT seq FROM articles WHERE seq > ? ORDER BY seq LIMIT ?"):
            yield int(rows[0][0]) - 1, int(rows[-1][0])

    # -- the ledger's sections -------------------------------------------------------------

    def articles(self) -> Iterator[Article]:
        for rows in self._keyset("read articles", f"SELECT seq, {', '.join(_ARTICLE_COLS)} FROM articles"
                                                  " WHERE seq > ? ORDER BY seq LIMIT ?"):
            yield from (article_from_row(r[1:]) for r in rows)

    def _by_article_range(self, what: str, table: str, columns: Sequence[str], order: str,
                          decode: Callable[[Sequence[Any]], T]) -> Iterator[T]:
        sql = (f"SELECT {_cols('t', columns)} FROM {table} t JOIN articles a ON a.id = t.article_id"
               f" WHERE a.seq > ? AND a.seq <= ? ORDER BY a.seq, t.{order}")
        for lo, hi in self._article_ranges():
            yield from (decode(r) for r in self._q(what, sql, (lo, hi)))

    def claims(self) -> Iterator[Claim]:
        return self._by_article_range("read claims", "claims", CLAIM_COLUMNS, "idx", claim_from_row)

    def frames(self) -> Iterator[tuple[Frame, Sequence[str]]]:
        """Each frame with the ids of the claims about it (in claim order)."""
        frames_sql = (f"SELECT {_cols('t', FRAME_COLUMNS)} FROM frames t JOIN articles a ON a.id = t.article_id"
                      " WHERE a.seq > ? AND a.seq <= ? ORDER BY a.seq, t.position")
        claims_sql = ("SELECT c.article_id, c.frame, c.id FROM claims c JOIN articles a ON a.id = c.article_id"
                      " WHERE a.seq > ? AND a.seq <= ? AND c.frame IS NOT NULL ORDER BY a.seq, c.idx")
        for lo, hi in self._article_ranges():
            about: dict[tuple[str, int], list[str]] = {}
            for article_id, frame, claim_id in self._q("read claims", claims_sql, (lo, hi)):
                about.setdefault((article_id, int(frame)), []).append(claim_id)
            for row in self._q("read frames", frames_sql, (lo, hi)):
                f = frame_from_row(row)
                yield f, about.get((f.article_id, f.index), ())

    def skipped(self) -> Iterator[Skipped]:
        for rows in self._keyset("read skipped inputs",
                                 "SELECT seq, input, reason FROM skipped WHERE seq > ? ORDER BY seq LIMIT ?"):
            yield from (Skipped(r[1], r[2]) for r in rows)

    def reviews(self) -> Iterator[Any]:
        return iter(())

    def _event_pages(self) -> Iterator[tuple[int, int, list[Event]]]:
        """(after, upto, events): pages of events in link order, with their disputes and
        contradiction pairs."""
        sql = f"SELECT seq, {', '.join(EVENT_COLUMNS)} FROM events WHERE seq > ? ORDER BY seq LIMIT ?"
        for rows in self._keyset("read events", sql):
            lo, hi = int(rows[0][0]) - 1, int(rows[-1][0])
            pairs: dict[str, list[Any]] = {}
            for r in self._q("read contradictions",
                             "SELECT x.event_id, x.about, x.claim_id_a, x.claim_id_b, x.summary FROM contradictions x"
                             " JOIN events e ON e.id = x.event_id WHERE e.seq > ? AND e.seq <= ?"
                             " ORDER BY e.seq, x.idx", (lo, hi)):
                pairs.setdefault(r[0], []).append(r[1:])
            disputes: dict[str, list[Any]] = {}
            for r in self._q("read disputes",
                             "SELECT d.event_id, d.about, d.summary, d.pairs, d.sides FROM disputes d"
                             " JOIN events e ON e.id = d.event_id WHERE e.seq > ? AND e.seq <= ?"
                             " ORDER BY e.seq, d.idx", (lo, hi)):
                disputes.setdefault(r[0], []).append(dispute_from_row(r[1:]))
            yield lo, hi, [event_from_row(r[1:], pairs.get(r[1], ()), disputes.get(r[1], ())) for r in rows]

    def events(self) -> Iterator[Event]:
        for _, _, events in self._event_pages():
            yield from events

    def _claims_by_id(self, ids: Sequence[str]) -> list[Claim]:
        out: list[Claim] = []
        for chunk in chunks(ids):
            out += [claim_from_row(r) for r in self._q(
                "read claims", f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claims WHERE id IN ({marks(len(chunk))})",
                chunk)]
        return out

    def _article_info(self, ids: Sequence[str]) -> dict[str, ArticleInfo]:
        out: dict[str, ArticleInfo] = {}
        for chunk in chunks(ids):
            for r in self._q("read articles", "SELECT id, published, outlet, url FROM articles"
                                              f" WHERE id IN ({marks(len(chunk))})", chunk):
                out[r[0]] = (r[1], r[2], r[3])
        return out

    def event_details(self) -> Iterator[EventDetail]:
        """Every event with its claims and their articles (see :class:`EventDetail`). The
        claims an event lists that point elsewhere are noted, for :meth:`unlisted_claims`."""
        self._listed_elsewhere = set()
        pointing_sql = (f"SELECT {_cols('c', CLAIM_COLUMNS)} FROM claims c JOIN articles a ON a.id = c.article_id"
                        " JOIN events e ON e.id = c.event_id WHERE e.seq > ? AND e.seq <= ? ORDER BY a.seq, c.idx")
        for lo, hi, events in self._event_pages():
            pool: dict[str, Claim] = {}
            pointing: dict[str, list[Claim]] = {}
            for row in self._q("read claims", pointing_sql, (lo, hi)):
                c = claim_from_row(row)
                pool[c.id] = c
                pointing.setdefault(c.event_id or "", []).append(c)
            missing = list(dict.fromkeys(i for e in events for i in e.claim_ids if i not in pool))
            for c in self._claims_by_id(missing):
                pool[c.id] = c
            wanted = dict.fromkeys(a for e in events for a in e.article_ids)
            wanted.update(dict.fromkeys(c.article_id for c in pool.values()))
            info = self._article_info(list(wanted))
            for e in events:
                listed = [pool[i] for i in e.claim_ids if i in pool]
                ids = set(e.claim_ids)
                self._listed_elsewhere.update(c.id for c in listed if c.event_id != e.id)
                claims = (*listed, *(c for c in pointing.get(e.id, ()) if c.id not in ids))
                yield EventDetail(e, claims, {a: info[a] for a in
                                              dict.fromkeys((*e.article_ids, *(c.article_id for c in claims)))
                                              if a in info})

    def unlisted_claims(self) -> Iterator[tuple[Claim, ArticleInfo | None]]:
        """The claims no event holds (no event, or one not in the ledger), in ledger order, with
        their article; call after :meth:`event_details` has run through (it notes the claims
        an event lists while they point elsewhere: usually none)."""
        skip = self._listed_elsewhere
        sql = (f"SELECT {_cols('c', CLAIM_COLUMNS)}, a.published, a.outlet, a.url FROM claims c"
               " JOIN articles a ON a.id = c.article_id LEFT JOIN events e ON e.id = c.event_id"
               " WHERE e.id IS NULL AND a.seq > ? AND a.seq <= ? ORDER BY a.seq, c.idx")
        n = len(CLAIM_COLUMNS)
        for lo, hi in self._article_ranges():
            for row in self._q("read claims", sql, (lo, hi)):
                c = claim_from_row(row[:n])
                if c.id not in skip:
                    yield c, (row[n], row[n + 1], row[n + 2])


def has_reviews(store: Store) -> bool:
    """Whether a reviewer changed anything (then readers apply the overlay to a loaded ledger)."""
    with _snapshot(store) as db:
        return bool(_query(db, "read the review log", "SELECT 1 FROM review_log LIMIT 1"))

