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

:class:`Store` holds the connection, its transactions and the article writes; the SQL of the
other concerns lives beside it, each function taking a connection the store has opened a
transaction or snapshot on: :mod:`.load` (whole-store reads), :mod:`.links` (events and
incremental linking), :mod:`.runs` (run bookkeeping), :mod:`.migrations` (the schema).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from rashomon.errors import StoreError
from rashomon.store import links, load, migrations, runs
from rashomon.store.codec import (
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    FRAME_COLUMNS,
    article_from_row,
    article_row,
    claim_row,
    frame_row,
    to_json,
)
from rashomon.store.db import Db, connect, first_line
from rashomon.store.links import LinkInput
from rashomon.store.sql import PAGE, marks
from rashomon.types import Article, ArticleResult, Claim, Event, Generator, Ledger, Skipped

logger = logging.getLogger(__name__)

T = TypeVar("T")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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
            return runs.insert_run(conn, inputs=to_json(list(inputs)), config_hash=config_hash, version=version,
                                   model=model, host=host, now=_now())

    def finish_run(self, run_id: int, *, analysed: int | None, skipped: int, status: str = "ok") -> None:
        """Record the end of a run; ``analysed`` None: the articles the run saved, counted."""
        with self._transaction("finish the run") as conn:
            if not runs.finish_run(conn, run_id, analysed=analysed, skipped=skipped, status=status, now=_now()):
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
                f"INSERT INTO articles ({', '.join(cols)}) VALUES ({marks(len(cols))})"
                f" ON CONFLICT(id) DO UPDATE SET {updates}",
                (*article_row(article), run_id, _now()),
            )
            conn.execute("UPDATE articles SET analysis_key = ? WHERE id = ?", (analysis_key, article.id))
            conn.execute("DELETE FROM claims WHERE article_id = ?", (article.id,))
            conn.execute("DELETE FROM frames WHERE article_id = ?", (article.id,))
            conn.executemany(
                f"INSERT INTO frames ({', '.join(FRAME_COLUMNS)})"
                f" VALUES ({marks(len(FRAME_COLUMNS))})",
                (frame_row(f, pos) for pos, f in enumerate(result.frames)),
            )
            conn.executemany(
                f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)})"
                f" VALUES ({marks(len(CLAIM_COLUMNS))})",
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
        return self._read("look up an article", lambda c: load.has_article(c, article_id))

    def analysis_keys(self) -> dict[str, str]:
        """Article id → key of the analysis that made its rows (articles saved with one)."""
        return self._read("read analysis keys", load.analysis_keys)

    def run_statuses(self) -> list[tuple[int, str]]:
        """(run id, status) of every run, oldest first."""
        return self._read("read runs", load.run_statuses)

    def article_hashes(self) -> dict[str, str]:
        """Article id → content hash, for skipping unchanged inputs."""
        return self._read("read article hashes", load.article_hashes)

    def iter_articles(self) -> Iterator[Article]:
        """The articles in first-saved order, read lazily (a page of them at a time)."""
        last = -1
        while True:
            rows = self._read("read articles", partial(load.article_page, after=last))
            for row in rows:
                yield article_from_row(row[1:])
            if len(rows) < PAGE:
                return
            last = int(rows[-1][0])

    def load_results(self) -> list[ArticleResult]:
        """Every article with its claims and frames, in first-saved order."""
        return self._read("load articles", self._snapshot(load.results))

    def link_input(self) -> LinkInput:
        """Every frame, publication dates, pending articles and the frame → event map."""

        def read(conn: Db) -> LinkInput:
            return links.read_input(conn, [f for fs in load.frames(conn).values() for f in fs])

        data = self._read("read the link input", self._snapshot(read))
        self._link_seen = (data.generation,)  # the next event write checks nothing changed since
        return data

    def claims_of(self, article_ids: Iterable[str]) -> list[Claim]:
        """The claims of the given articles (by article id, then position)."""
        ids = list(article_ids)
        return self._read("read claims", self._snapshot(lambda c: links.claims_of(c, ids)))

    def load_ledger(self, generator: Generator) -> Ledger:
        """Everything in the store as a :class:`Ledger` stamped with ``generator``."""
        return self._read("load the ledger", self._snapshot(lambda c: load.ledger(c, generator)))

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
        return self._read("count rows", self._snapshot(load.counts))
