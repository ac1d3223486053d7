"""The store's schema as an ordered list of migrations.

``MIGRATIONS[i]`` takes a database from schema version ``i`` to ``i + 1``. Both backends run
the same numbered migrations: they are written in SQLite's dialect, and the PostgreSQL
backend translates each statement (:func:`rashomon.store.postgres.translate_ddl`). The
version lives in ``PRAGMA user_version`` on SQLite (0 for a new, empty file) and in the
``schema_migrations`` table on PostgreSQL; both keep that table as the history (one row per
migration, with the time it was applied). Never edit a migration that has shipped: append a
new one. :func:`migrate` applies the missing ones in a single transaction, so a database is
always at one of the versions listed here.

Conventions of the schema:

* JSON text for lists and small nested values (``metadata``, ``warnings``, ``via``,
  event summaries); everything else is a column.
* A casualty figure is three columns: ``<name>_present`` (0/1), ``<name>_min``,
  ``<name>_max``, so that a claimed-but-unspecified figure ``Figure(None, None)`` differs
  from no figure at all.
* A location is flattened the same way: ``location_present`` plus one column per field.
* ``seq``/``idx``/``position`` columns keep the order in which things were given, so
  loading returns tuples in their original order.
* ``link_state`` also holds two markers: ``generation`` changes with every article saved and
  every link written (a link computed from an older state is not written, see
  :mod:`.links`), and on PostgreSQL ``changed`` changes with every write (what the workbench
  polls; on SQLite it watches the file).
* ``claims.event_id`` has no foreign key: claims are saved before the link stage creates
  events, and :meth:`Store.replace_events` keeps the column in step.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

from rashomon.store.db import HISTORY_DDL, HISTORY_TABLE, Db

logger = logging.getLogger(__name__)

# The frames table as migration 1 made it. Migrations are history: never edit it (a new column
# is a new migration). Migration 2 copies its columns for link_stale_frames (:func:`_stale_copy`).
_FRAMES_V1 = """CREATE TABLE frames (
    article_id         TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx                INTEGER NOT NULL,  -- Frame.index
    position           INTEGER NOT NULL,  -- position in ArticleResult.frames
    type               TEXT NOT NULL,
    evidence_start     INTEGER NOT NULL,
    evidence_end       INTEGER NOT NULL,
    evidence_text      TEXT NOT NULL,
    date               TEXT,
    date_precision     TEXT NOT NULL,
    date_text          TEXT,
    place_text         TEXT,
    location_present   INTEGER NOT NULL CHECK (location_present IN (0, 1)),
    location_name      TEXT,
    location_country   TEXT,
    location_lat       REAL,
    location_lon       REAL,
    location_precision TEXT,
    perpetrators       TEXT NOT NULL DEFAULT '[]',  -- JSON list
    targets            TEXT NOT NULL DEFAULT '[]',  -- JSON list
    killed_present     INTEGER NOT NULL CHECK (killed_present IN (0, 1)),
    killed_min         INTEGER,
    killed_max         INTEGER,
    injured_present    INTEGER NOT NULL CHECK (injured_present IN (0, 1)),
    injured_min        INTEGER,
    injured_max        INTEGER,
    background         INTEGER NOT NULL CHECK (background IN (0, 1)),
    PRIMARY KEY (article_id, idx)
);"""


def _stale_copy(frames: str) -> str:
    """Migration 2's link_stale_frames, a frame as it was last linked: the columns of ``frames``
    (its CREATE TABLE) without their constraints and notes, and the article's publication date."""
    columns = [re.sub(r" (?:REFERENCES|CHECK) .*|,(?:  --.*)?$", "", line) + ","
               for line in frames.splitlines()[1:-2]]  # between "CREATE TABLE" and the primary key
    return "\n".join(("CREATE TABLE link_stale_frames (          -- frames of pending articles as last linked",
                      *columns,
                      "    published          TEXT,              -- the article's publication date then",
                      "    PRIMARY KEY (article_id, idx)", ");"))


_V1 = """
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    inputs      TEXT NOT NULL,            -- JSON list of the inputs as given
    config_hash TEXT NOT NULL,
    version     TEXT NOT NULL,
    model       TEXT NOT NULL,
    analysed    INTEGER,
    skipped     INTEGER,
    status      TEXT NOT NULL DEFAULT 'running'
);

CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY,     -- first-saved order, stable across re-saves
    id           TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL,
    input        TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    url          TEXT,
    outlet       TEXT,
    title        TEXT,
    published    TEXT,
    updated      TEXT,
    language     TEXT,
    duplicate_of TEXT,
    metadata     TEXT NOT NULL DEFAULT '{}',   -- JSON object
    warnings     TEXT NOT NULL DEFAULT '[]',   -- JSON list
    run_id       INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    saved_at     TEXT NOT NULL
);

CREATE TABLE claims (
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,     -- position in ArticleResult.claims
    id              TEXT NOT NULL UNIQUE,
    source_name     TEXT NOT NULL,
    source_text     TEXT NOT NULL,
    source_kind     TEXT NOT NULL,
    source_via      TEXT NOT NULL DEFAULT '[]',  -- JSON list
    stance          TEXT NOT NULL,
    about           TEXT NOT NULL,
    text            TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    evidence_text   TEXT NOT NULL,
    perpetrator     TEXT,
    killed_present  INTEGER NOT NULL CHECK (killed_present IN (0, 1)),
    killed_min      INTEGER,
    killed_max      INTEGER,
    injured_present INTEGER NOT NULL CHECK (injured_present IN (0, 1)),
    injured_min     INTEGER,
    injured_max     INTEGER,
    hedged          INTEGER NOT NULL CHECK (hedged IN (0, 1)),
    confidence      REAL NOT NULL,
    frame           INTEGER,
    event_id        TEXT,
    PRIMARY KEY (article_id, idx),        -- also serves as the index on claims(article_id)
    CHECK (killed_present OR (killed_min IS NULL AND killed_max IS NULL)),
    CHECK (injured_present OR (injured_min IS NULL AND injured_max IS NULL))
);
CREATE INDEX claims_event_id ON claims(event_id);

""" + _FRAMES_V1 + """
CREATE INDEX frames_date ON frames(date);
CREATE INDEX frames_location_country ON frames(location_country);

CREATE TABLE events (
    seq                INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    type               TEXT NOT NULL,
    date               TEXT,
    date_precision     TEXT NOT NULL,
    location_present   INTEGER NOT NULL CHECK (location_present IN (0, 1)),
    location_name      TEXT,
    location_country   TEXT,
    location_lat       REAL,
    location_lon       REAL,
    location_precision TEXT,
    article_ids        TEXT NOT NULL,     -- JSON list
    claim_ids          TEXT NOT NULL,     -- JSON list
    perpetrator        TEXT NOT NULL,     -- JSON PerpetratorSummary
    killed             TEXT NOT NULL,     -- JSON CasualtySummary
    injured            TEXT NOT NULL,     -- JSON CasualtySummary
    frame_keys         TEXT NOT NULL      -- JSON list of [article_id, frame index]
);
CREATE INDEX events_date ON events(date);

CREATE TABLE contradictions (
    event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    about      TEXT NOT NULL,
    claim_id_a TEXT NOT NULL,
    claim_id_b TEXT NOT NULL,
    summary    TEXT NOT NULL,
    PRIMARY KEY (event_id, idx)
);

CREATE TABLE skipped (
    seq        INTEGER PRIMARY KEY,
    input      TEXT NOT NULL UNIQUE,
    reason     TEXT NOT NULL,
    run_id     INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    skipped_at TEXT NOT NULL
);
"""

# Incremental linking: which frames each event holds (the frame → event map an incremental
# link reads), which articles were saved since the last link, the frames those articles had
# when they were last linked (their old places and dates decide what a re-link touches), and
# the link settings the stored events were made with (other settings: link everything).
_V2 = """
CREATE TABLE event_frames (
    event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    idx        INTEGER NOT NULL,          -- Frame.index
    PRIMARY KEY (article_id, idx)         -- a frame is in at most one event
);
CREATE INDEX event_frames_event_id ON event_frames(event_id);
INSERT OR IGNORE INTO event_frames (event_id, article_id, idx)
    SELECT e.id, json_extract(k.value, '$[0]'), json_extract(k.value, '$[1]')
    FROM events e, json_each(e.frame_keys) k;

CREATE TABLE link_pending (
    article_id TEXT PRIMARY KEY           -- saved since the last link: its frames are re-linked
);

""" + _stale_copy(_FRAMES_V1) + """

CREATE TABLE link_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Frame provenance: per field, the evidence slices and claim ids it came from (JSON object,
# see rashomon.types.FieldSource); in the stale copy too, which holds the same columns.
_V3 = """
ALTER TABLE frames ADD COLUMN sources TEXT NOT NULL DEFAULT '{}';
ALTER TABLE link_stale_frames ADD COLUMN sources TEXT NOT NULL DEFAULT '{}';
"""

# Location claims: the country a claim places the incident in ("inside Syrian territory").
_V4 = """
ALTER TABLE claims ADD COLUMN country TEXT;
"""

# Link notes: why linking left an event's reports on their own (rashomon.types.Event.link_note).
_V5 = """
ALTER TABLE events ADD COLUMN link_note TEXT;
"""

# Disputes: an event's contradictions grouped by question (rashomon.reconcile.disputes); the
# contradictions table keeps only a few example pairs per dispute. Events stored before this
# get their disputes at the next link: forgetting the link settings makes it a full one.
_V6 = """
CREATE TABLE disputes (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    about    TEXT NOT NULL,
    summary  TEXT NOT NULL,
    pairs    INTEGER NOT NULL,             -- opposed claim pairs behind it
    sides    TEXT NOT NULL,                -- JSON list of {position, sources, claim_ids}
    PRIMARY KEY (event_id, idx)
);
DELETE FROM link_state WHERE key = 'link_settings';
"""

# Source offsets: where the source's words as written stand in the article text.
_V7 = """
ALTER TABLE claims ADD COLUMN source_start INTEGER;
ALTER TABLE claims ADD COLUMN source_end INTEGER;
"""

# Analyst review (rashomon.store.review): reviewers' tokens (only their SHA-256 is kept) and
# the audit log of their changes, which is also what re-applies them after re-analysis.
_V8 = """
CREATE TABLE review_tokens (
    token_hash TEXT PRIMARY KEY,
    reviewer   TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE review_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    action   TEXT NOT NULL CHECK (action IN ('correct_claim', 'merge_events', 'split_article')),
    target   TEXT NOT NULL,                -- JSON object
    before   TEXT NOT NULL,                -- JSON object
    after    TEXT NOT NULL,                -- JSON object
    why      TEXT NOT NULL
);
"""

# Live sources (rashomon.store.fetchlog): every fetch with its validators and the raw body,
# zlib-compressed, so evidence offsets can be checked after the page changes or disappears.
_V9 = """
CREATE TABLE fetches (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    url           TEXT NOT NULL,
    final_url     TEXT,
    status        INTEGER,
    bytes         INTEGER NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    content_type  TEXT,
    fetched_at    TEXT NOT NULL,
    error         TEXT,
    raw           BLOB                   -- zlib-compressed body (NULL: none)
);
CREATE INDEX fetches_url ON fetches(url);
"""

# Restart (issue 14): a run records its process, so the next run can tell a killed one
# (status 'interrupted'); an article records the key of the analysis that made its rows
# (settings, version, model, code), so a restart skips articles already analysed alike.
_V10 = """
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT;
ALTER TABLE articles ADD COLUMN analysis_key TEXT;
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(Exception):
    """The database was written by a newer rashomon (carries the schema number)."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


class ForeignDatabaseError(Exception):
    """The database holds tables, but rashomon did not create them."""


def statements(script: str) -> Iterator[str]:
    """Split an SQL script into complete statements (semicolons in strings are safe)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf.strip()
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buf.strip()[:60]!r}")


def migrate(db: Db) -> int:
    """Bring ``db`` to :data:`SCHEMA_VERSION` in one transaction, under the store's write lock
    (opens may race). A database already there is only read.

    Returns the version the database had before. Raises :class:`NewerSchemaError` or
    :class:`ForeignDatabaseError`; driver errors propagate (the transaction is rolled back).
    """
    before = db.schema_version()
    if before == SCHEMA_VERSION and db.has_history():
        return before
    db.begin_write()
    try:
        before = db.schema_version()  # again, under the lock
        if before > SCHEMA_VERSION:
            raise NewerSchemaError(before)
        if before == 0 and db.foreign_tables():
            raise ForeignDatabaseError()
        for version in range(before, SCHEMA_VERSION):
            for statement in statements(MIGRATIONS[version]):
                db.execute(db.ddl(statement))
            logger.info("store migrated to schema %d", version + 1)
        _record(db, before)
        db.commit()
    except BaseException:
        if db.in_transaction:
            db.rollback()
        raise
    return before


def _record(db: Db, before: int) -> None:
    """Set the schema number and write the history (versions applied earlier, now unknown when)."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    db.execute(HISTORY_DDL)
    db.executemany(f"INSERT OR IGNORE INTO {HISTORY_TABLE} (version, applied_at) VALUES (?, ?)",
                   [(v, None if v <= before else now) for v in range(1, SCHEMA_VERSION + 1)])
    if before != SCHEMA_VERSION:
        db.set_schema_version(SCHEMA_VERSION)
