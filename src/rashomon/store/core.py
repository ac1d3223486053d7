"""The store: one database holds articles, claims, frames, events, skipped inputs, runs.

The database is an SQLite file (the default) or PostgreSQL (a ``postgresql://`` URL); see
:mod:`.db` for what differs and :mod:`.sqlite`, :mod:`.postgres` for each backend's
durability and locking. Every write method is one transaction holding the store's write lock,
so a run killed midway keeps every article committed before the kill and never a half-written
one, and writers in several processes never interleave.

Skipped inputs are keyed by input: skipping an input again updates its row, and saving an
article clears the skipped row of the article's input (an input is analysed or skipped,
never both). Article metadata is stored as JSON, so it must be JSON-compatible (tuples
inside it come back as lists).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from rashomon.errors import StoreError
from rashomon.store import links, migrations, runs
from rashomon.store.codec import (
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    FRAME_COLUMNS,
    article_from_row,
    article_row,
    claim_from_row,
    claim_row,
    dispute_from_row,
    event_from_row,
    frame_from_row,
    frame_row,
    to_json,
)
from rashomon.store.db import Db, connect, first_line
from rashomon.store.links import LinkInput
from rashomon.types import Article, ArticleResult, Claim, Dispute, Event, Frame, Generator, Ledger, Skipped

logger = logging.getLogger(__name__)

T = TypeVar("T")
PAGE = 256  # performance only: articles per query when reading them lazily


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _placeholders(columns: Sequence[str]) -> str:
    return ", ".join("?" for _ in columns)


class _Stale(Exception):
    """The link input a link was computed from is out of date."""


class Store:
    """A rashomon database. Open with :meth:`Store.open`; use as a context manager."""

    def __init__(self, db: Db) -> None:
        self._db = db
        self.path = db.name
        self._link_seen: tuple[str | None] | None = None  # link generation the last link_input() read

    # -- lifecycle ---------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) and migrate the database ``path`` names: an SQLite file
        (":memory:" too) or a ``postgresql://user@host/dbname`` URL."""
        db = connect(path)
        name = db.name
        try:
            before = migrations.migrate(db)
        except migrations.NewerSchemaError as exc:
            db.close()
            raise StoreError(
                f"{name} was written by a newer rashomon (schema {exc.version}, this one knows "
                f"{migrations.SCHEMA_VERSION}); upgrade rashomon"
            ) from None
        except migrations.ForeignDatabaseError:
            db.close()
            raise StoreError(
                f"{name} is a database but not a rashomon store; give another file name, "
                "database or schema"
            ) from None
        except db.errors as exc:
            db.close()
            raise StoreError(db.explain(exc)) from exc
        logger.debug("opened store %s (schema %d → %d)", name, before, migrations.SCHEMA_VERSION)
        return cls(db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self, what: str) -> Iterator[Db]:
        """One write transaction; any exception rolls it back, driver errors become StoreError."""
        db = self._db
        try:
            db.begin_write()
        except db.errors as exc:
            if db.in_transaction:
                db.rollback()
            raise StoreError(f"could not {what}: {db.explain(exc)}") from exc
        try:
            yield db
            db.write_stamp()
            db.commit()
        except BaseException as exc:
            if db.in_transaction:
                db.rollback()
            if isinstance(exc, db.errors):
                raise StoreError(f"could not {what}: {first_line(exc)}") from exc
            raise

    def _read(self, what: str, fn: Callable[[Db], T]) -> T:
        try:
            return fn(self._db)
        except self._db.errors as exc:
            raise StoreError(f"could not {what}: {first_line(exc)}") from exc

    # -- runs --------------------------------------------------------------------------

    def begin_run(
        self, *, inputs: Sequence[str], config_hash: str, version: str, model: str
    ) -> int:
        """Record the start of a run (with this process); returns its id. Earlier runs whose
        process is gone without finishing are marked ``interrupted`` first."""
        host = runs.this_host()
        with self._transaction("record the run") as conn:
            runs.mark_interrupted(conn, host=host, now=_now())
            return conn.insert(
                "INSERT INTO runs (started_at, inputs, config_hash, version, model, pid, host)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (_now(), to_json(list(inputs)), config_hash, version, model, os.getpid(), host),
            )

    def finish_run(self, run_id: int, *, analysed: int | None, skipped: int, status: str = "ok") -> None:
        """Record the end of a run; ``analysed`` None: the articles the run saved, counted."""
        with self._transaction("finish the run") as conn:
            cur = conn.execute(
                "UPDATE runs SET finished_at = ?, analysed = coalesce(?, (SELECT count(*) FROM articles"
                " WHERE run_id = ?)), skipped = ?, status = ? WHERE id = ?",
                (_now(), analysed, run_id, skipped, status, run_id),
            )
            if cur.rowcount != 1:
                raise StoreError(f"no run with id {run_id} in {self.path}")

    # -- writes ------------------------------------------------------------------------

    def save_article(self, result: ArticleResult, run_id: int | None = None,
                     analysis_key: str | None = None) -> None:
        """Save an article with its claims and frames in one transaction, replacing any
        earlier version of it (same rows after any number of re-saves). ``analysis_key``
        names the analysis that made the rows (see :meth:`analysis_keys`)."""
        article = result.article
        owners = [("claim", c.article_id) for c in result.claims]
        owners += [("frame", f.article_id) for f in result.frames]
        for kind, owner in owners:
            if owner != article.id:
                raise StoreError(f"a {kind} of article {article.id!r} names article {owner!r}")
        cols = ARTICLE_COLUMNS
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
        with self._transaction(f"save article {article.id!r}") as conn:
            links.mark_pending(conn, article.id)
            conn.execute(
                f"INSERT INTO articles ({', '.join(cols)}) VALUES ({_placeholders(cols)})"
                f" ON CONFLICT(id) DO UPDATE SET {updates}",
                (*article_row(article), run_id, _now()),
            )
            conn.execute("UPDATE articles SET analysis_key = ? WHERE id = ?", (analysis_key, article.id))
            conn.execute("DELETE FROM claims WHERE article_id = ?", (article.id,))
            conn.execute("DELETE FROM frames WHERE article_id = ?", (article.id,))
            conn.executemany(
                f"INSERT INTO frames ({', '.join(FRAME_COLUMNS)})"
                f" VALUES ({_placeholders(FRAME_COLUMNS)})",
                (frame_row(f, pos) for pos, f in enumerate(result.frames)),
            )
            conn.executemany(
                f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)})"
                f" VALUES ({_placeholders(CLAIM_COLUMNS)})",
                (claim_row(c, idx) for idx, c in enumerate(result.claims)),
            )
            conn.execute("DELETE FROM skipped WHERE input = ?", (article.input,))

    def save_skipped(self, skipped: Skipped, run_id: int | None = None) -> None:
        """Record a skipped input; skipping the same input again updates its row."""
        with self._transaction(f"record skipped input {skipped.input!r}") as conn:
            conn.execute(
                "INSERT INTO skipped (input, reason, run_id, skipped_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(input) DO UPDATE SET reason = excluded.reason,"
                " run_id = excluded.run_id, skipped_at = excluded.skipped_at",
                (skipped.input, skipped.reason, run_id, _now()),
            )

    def clear_skipped(self, input: str) -> None:
        with self._transaction(f"clear skipped input {input!r}") as conn:
            conn.execute("DELETE FROM skipped WHERE input = ?", (input,))

    def replace_events(
        self, events: Sequence[Event], claim_events: Mapping[str, str | None],
        *, link_key: str | None = None,
    ) -> bool:
        """Replace all events (and their disputes) and set ``claims.event_id`` from
        ``claim_events`` (claim id → event id); claims not in it get no event. Every article
        counts as linked afterwards, with the settings ``link_key`` (None: unknown).

        Returns False, writing nothing, when the events were computed from a
        :meth:`link_input` that is out of date: another process saved articles or wrote a
        link since. Its own link (or the next one) links what this one would have."""
        return self._write_events(None, events, claim_events, link_key)

    def update_events(
        self, drop: Iterable[str], events: Sequence[Event],
        claim_events: Mapping[str, str | None], *, link_key: str | None,
    ) -> bool:
        """Incremental link: delete the events ``drop`` (their claims lose the event), add
        ``events``, point the claims of ``claim_events`` at them; every pending article
        counts as linked afterwards. One transaction. Returns False, writing nothing, when
        the link input was out of date (see :meth:`replace_events`)."""
        return self._write_events(list(drop), events, claim_events, link_key)

    def _write_events(self, drop: Sequence[str] | None, events: Sequence[Event],
                      claim_events: Mapping[str, str | None], link_key: str | None) -> bool:
        event_ids = {e.id for e in events}
        unknown = {eid for eid in claim_events.values() if eid is not None} - event_ids
        if unknown:
            raise StoreError(f"claims point at events not given: {sorted(unknown)[:5]}")
        seen, self._link_seen = self._link_seen, None
        try:
            with self._transaction("replace the events") as conn:
                if seen is not None and links.generation(conn) != seen[0]:
                    raise _Stale
                links.write_link(conn, drop, events, claim_events, link_key)
        except _Stale:
            logger.info("the store changed since its link input was read (another writer): this link "
                        "is not written; that writer's link covers these articles")
            return False
        return True

    # -- reads -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self._read(
            "look up an article",
            lambda c: c.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            is not None,
        )

    def analysis_keys(self) -> dict[str, str]:
        """Article id → key of the analysis that made its rows (articles saved with one)."""
        return self._read(
            "read analysis keys",
            lambda c: dict(c.execute(
                "SELECT id, analysis_key FROM articles WHERE analysis_key IS NOT NULL")),
        )

    def run_statuses(self) -> list[tuple[int, str]]:
        """(run id, status) of every run, oldest first."""
        return self._read("read runs", lambda c: [
            (int(i), str(s)) for i, s in c.execute("SELECT id, status FROM runs ORDER BY id")])

    def article_hashes(self) -> dict[str, str]:
        """Article id → content hash, for skipping unchanged inputs."""
        return self._read(
            "read article hashes",
            lambda c: dict(c.execute("SELECT id, content_hash FROM articles ORDER BY seq")),
        )

    def iter_articles(self) -> Iterator[Article]:
        """The articles in first-saved order, read lazily (a page of them at a time)."""
        sql = f"SELECT seq, {', '.join(ARTICLE_COLUMNS[:-2])} FROM articles WHERE seq > ? ORDER BY seq LIMIT ?"

        def page(after: int) -> Callable[[Db], list[Any]]:
            return lambda db: db.execute(sql, (after, PAGE)).fetchall()

        last = -1
        while True:
            rows = self._read("read articles", page(last))
            for row in rows:
                yield article_from_row(row[1:])
            if len(rows) < PAGE:
                return
            last = int(rows[-1][0])

    def _claims(self, conn: Db) -> dict[str, list[Claim]]:
        return _by_article(conn, "claims", CLAIM_COLUMNS, "idx", claim_from_row)

    def _frames(self, conn: Db) -> dict[str, list[Frame]]:
        return _by_article(conn, "frames", FRAME_COLUMNS, "position", frame_from_row)

    def _results(self, conn: Db) -> list[ArticleResult]:
        claims, frames = self._claims(conn), self._frames(conn)
        return [
            ArticleResult(a, tuple(claims.get(a.id, ())), tuple(frames.get(a.id, ())))
            for a in (article_from_row(r) for r in conn.execute(
                f"SELECT {', '.join(ARTICLE_COLUMNS[:-2])} FROM articles ORDER BY seq"
            ))
        ]

    def load_results(self) -> list[ArticleResult]:
        """Every article with its claims and frames, in first-saved order."""
        return self._read("load articles", self._snapshot(self._results))

    def link_input(self) -> LinkInput:
        """Every frame, publication dates, pending articles and the frame → event map."""

        def read(conn: Db) -> LinkInput:
            frames = [f for fs in self._frames(conn).values() for f in fs]
            return links.read_input(conn, frames)

        data = self._read("read the link input", self._snapshot(read))
        self._link_seen = (data.generation,)  # the next event write checks nothing changed since
        return data

    def claims_of(self, article_ids: Iterable[str]) -> list[Claim]:
        """The claims of the given articles (by article id, then position)."""
        ids = list(article_ids)
        return self._read("read claims", self._snapshot(lambda c: links.claims_of(c, ids)))

    def _events(self, conn: Db) -> list[Event]:
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

    def load_ledger(self, generator: Generator) -> Ledger:
        """Everything in the store as a :class:`Ledger` stamped with ``generator``."""

        def build(conn: Db) -> Ledger:
            results = self._results(conn)
            skipped = tuple(
                Skipped(i, r)
                for i, r in conn.execute("SELECT input, reason FROM skipped ORDER BY seq")
            )
            return Ledger(
                generator=generator,
                articles=tuple(r.article for r in results),
                claims=tuple(c for r in results for c in r.claims),
                events=tuple(self._events(conn)),
                skipped=skipped,
                frames=tuple(f for r in results for f in r.frames),
            )

        return self._read("load the ledger", self._snapshot(build))

    def _snapshot(self, fn: Callable[[Db], T]) -> Callable[[Db], T]:
        """Run ``fn`` inside one read transaction, so its queries see one consistent state."""

        def run(db: Db) -> T:
            db.begin_read()
            try:
                return fn(db)
            finally:
                if db.in_transaction:
                    db.rollback()  # nothing was written: ending the snapshot either way

        return run

    def counts(self) -> dict[str, int]:
        """Row counts: articles, claims, frames, events, skipped, runs."""
        tables = ("articles", "claims", "frames", "events", "skipped", "runs")

        def count(conn: Db) -> dict[str, int]:
            # table names come from the fixed tuple above, never from input
            return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}

        return self._read("count rows", self._snapshot(count))


R = TypeVar("R", Claim, Frame)


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

