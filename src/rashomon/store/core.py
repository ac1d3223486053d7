"""The SQLite store: one file holds articles, claims, frames, events, skipped inputs, runs.

Durability: file databases use ``journal_mode=WAL`` and ``synchronous=FULL``. Every write
method is one transaction, so a run killed midway keeps every article committed before the
kill and never a half-written one. FULL (an fsync per commit) also keeps committed articles
through a power cut; NORMAL would only risk the last few commits there. The fsync costs a
few milliseconds, small next to the NLP time of an article, so FULL is the default.

Skipped inputs are keyed by input: skipping an input again updates its row, and saving an
article clears the skipped row of the article's input (an input is analysed or skipped,
never both). Article metadata is stored as JSON, so it must be JSON-compatible (tuples
inside it come back as lists).
"""

from __future__ import annotations

import logging
import os
import sqlite3
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
from rashomon.store.links import LinkInput
from rashomon.types import Article, ArticleResult, Claim, Dispute, Event, Frame, Generator, Ledger, Skipped

logger = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_TIMEOUT_S = 10.0  # wait this long for another writer before reporting "locked"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _placeholders(columns: Sequence[str]) -> str:
    return ", ".join("?" for _ in columns)


def _explain(path: str, exc: sqlite3.Error) -> str:
    """A one-line message for an sqlite3 error raised while opening ``path``."""
    msg = str(exc)
    low = msg.lower()
    if "not a database" in low:
        return f"{path} is not a rashomon database ({msg}); give a new file name or the right file"
    if "malformed" in low or "corrupt" in low:
        return f"{path} is damaged ({msg}); restore it from a backup or start a new store"
    if "locked" in low or "busy" in low:
        return f"{path} is locked by another process; wait for it to finish and try again"
    if "readonly" in low or "read-only" in low or "unable to open" in low:
        return f"cannot write {path} ({msg}); check the file and folder permissions"
    return f"cannot open {path}: {msg}"


class Store:
    """A rashomon database. Open with :meth:`Store.open`; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn = conn
        self.path = path

    # -- lifecycle ---------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) and migrate the database at ``path`` (":memory:" too)."""
        name = str(path)
        if name != ":memory:":
            p = Path(path)
            if not p.parent.is_dir():
                raise StoreError(f"folder {p.parent} does not exist; create it first")
            if p.is_dir():
                raise StoreError(f"{p} is a folder; give a database file name")
        try:
            conn = sqlite3.connect(name, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(_explain(name, exc)) from exc
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if name != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
            before = migrations.migrate(conn)
        except migrations.NewerSchemaError as exc:
            conn.close()
            raise StoreError(
                f"{name} was written by a newer rashomon (schema {exc.version}, this one knows "
                f"{migrations.SCHEMA_VERSION}); upgrade rashomon"
            ) from None
        except migrations.ForeignDatabaseError:
            conn.close()
            raise StoreError(
                f"{name} is an SQLite database but not a rashomon store; give another file name"
            ) from None
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(_explain(name, exc)) from exc
        logger.debug("opened store %s (schema %d → %d)", name, before, migrations.SCHEMA_VERSION)
        return cls(conn, name)

    def close(self) -> None:
        self._conn.close()

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
    def _transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; any exception rolls it back, sqlite3 errors become StoreError."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"could not {what}: {_explain(self.path, exc)}") from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"could not {what}: {exc}") from exc
            raise

    def _read(self, what: str, fn: Callable[[sqlite3.Connection], T]) -> T:
        try:
            return fn(self._conn)
        except sqlite3.Error as exc:
            raise StoreError(f"could not {what}: {exc}") from exc

    # -- runs --------------------------------------------------------------------------

    def begin_run(
        self, *, inputs: Sequence[str], config_hash: str, version: str, model: str
    ) -> int:
        """Record the start of a run (with this process); returns its id. Earlier runs whose
        process is gone without finishing are marked ``interrupted`` first."""
        host = runs.this_host()
        with self._transaction("record the run") as conn:
            runs.mark_interrupted(conn, host=host, now=_now())
            cur = conn.execute(
                "INSERT INTO runs (started_at, inputs, config_hash, version, model, pid, host)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (_now(), to_json(list(inputs)), config_hash, version, model, os.getpid(), host),
            )
            run_id = cur.lastrowid
        assert run_id is not None
        return run_id

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
    ) -> None:
        """Replace all events (and their disputes) and set ``claims.event_id`` from
        ``claim_events`` (claim id → event id); claims not in it get no event. Every article
        counts as linked afterwards, with the settings ``link_key`` (None: unknown)."""
        self._write_events(None, events, claim_events, link_key)

    def update_events(
        self, drop: Iterable[str], events: Sequence[Event],
        claim_events: Mapping[str, str | None], *, link_key: str | None,
    ) -> None:
        """Incremental link: delete the events ``drop`` (their claims lose the event), add
        ``events``, point the claims of ``claim_events`` at them; every pending article
        counts as linked afterwards. One transaction."""
        self._write_events(list(drop), events, claim_events, link_key)

    def _write_events(self, drop: Sequence[str] | None, events: Sequence[Event],
                      claim_events: Mapping[str, str | None], link_key: str | None) -> None:
        event_ids = {e.id for e in events}
        unknown = {eid for eid in claim_events.values() if eid is not None} - event_ids
        if unknown:
            raise StoreError(f"claims point at events not given: {sorted(unknown)[:5]}")
        with self._transaction("replace the events") as conn:
            if drop is None:
                conn.execute("DELETE FROM events")  # cascades to disputes, contradictions, event_frames
                conn.execute("UPDATE claims SET event_id = NULL WHERE event_id IS NOT NULL")
            else:
                links.drop_events(conn, drop)
            missing = links.write_events(conn, events, claim_events)
            if missing:
                raise StoreError(f"{missing} claim id(s) given to replace_events are not stored")
            links.finish_link(conn, link_key)

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
        """The articles in first-saved order, read lazily."""
        try:
            cur = self._conn.execute(
                f"SELECT {', '.join(ARTICLE_COLUMNS[:-2])} FROM articles ORDER BY seq"
            )
            for row in cur:
                yield article_from_row(row)
        except sqlite3.Error as exc:
            raise StoreError(f"could not read articles: {exc}") from exc

    def _claims(self, conn: sqlite3.Connection) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = {}
        cols = ", ".join(f"c.{col}" for col in CLAIM_COLUMNS)
        for row in conn.execute(
            f"SELECT {cols} FROM claims c JOIN articles a ON a.id = c.article_id"
            " ORDER BY a.seq, c.idx"
        ):
            claim = claim_from_row(row)
            out.setdefault(claim.article_id, []).append(claim)
        return out

    def _frames(self, conn: sqlite3.Connection) -> dict[str, list[Frame]]:
        out: dict[str, list[Frame]] = {}
        cols = ", ".join(f"f.{col}" for col in FRAME_COLUMNS)
        for row in conn.execute(
            f"SELECT {cols} FROM frames f JOIN articles a ON a.id = f.article_id"
            " ORDER BY a.seq, f.position"
        ):
            frame = frame_from_row(row)
            out.setdefault(frame.article_id, []).append(frame)
        return out

    def _results(self, conn: sqlite3.Connection) -> list[ArticleResult]:
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

        def read(conn: sqlite3.Connection) -> LinkInput:
            frames = [f for fs in self._frames(conn).values() for f in fs]
            return links.read_input(conn, frames)

        return self._read("read the link input", self._snapshot(read))

    def claims_of(self, article_ids: Iterable[str]) -> list[Claim]:
        """The claims of the given articles (by article id, then position)."""
        ids = list(article_ids)
        return self._read("read claims", self._snapshot(lambda c: links.claims_of(c, ids)))

    def _events(self, conn: sqlite3.Connection) -> list[Event]:
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

        def build(conn: sqlite3.Connection) -> Ledger:
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

    def _snapshot(self, fn: Callable[[sqlite3.Connection], T]) -> Callable[[sqlite3.Connection], T]:
        """Run ``fn`` inside one read transaction, so its queries see one consistent state."""

        def run(conn: sqlite3.Connection) -> T:
            conn.execute("BEGIN")
            try:
                return fn(conn)
            finally:
                conn.execute("COMMIT")

        return run

    def counts(self) -> dict[str, int]:
        """Row counts: articles, claims, frames, events, skipped, runs."""
        tables = ("articles", "claims", "frames", "events", "skipped", "runs")

        def count(conn: sqlite3.Connection) -> dict[str, int]:
            # table names come from the fixed tuple above, never from input
            return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}

        return self._read("count rows", self._snapshot(count))
