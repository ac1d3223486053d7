"""Take a current store back to an older schema, on either backend, to test that the
migrations bring it forward: what each migration added, undone newest first."""

from __future__ import annotations

from pathlib import Path

from rashomon.store.db import HISTORY_TABLE, connect
from rashomon.store.migrations import SCHEMA_VERSION

UNDO: dict[int, tuple[str, ...]] = {  # migration number -> statements undoing what it added
    2: ("DROP TABLE event_frames", "DROP TABLE link_pending", "DROP TABLE link_stale_frames",
        "DROP TABLE link_state"),
    3: ("ALTER TABLE frames DROP COLUMN sources",),
    4: ("ALTER TABLE claims DROP COLUMN country",),
    5: ("ALTER TABLE events DROP COLUMN link_note",),
    6: ("DROP TABLE disputes",),
    7: ("ALTER TABLE claims DROP COLUMN source_start", "ALTER TABLE claims DROP COLUMN source_end"),
    8: ("DROP TABLE review_tokens", "DROP TABLE review_log"),
    9: ("DROP TABLE fetches",),
    10: ("ALTER TABLE runs DROP COLUMN pid", "ALTER TABLE runs DROP COLUMN host",
         "ALTER TABLE articles DROP COLUMN analysis_key"),
}
assert max(UNDO) == SCHEMA_VERSION, "a new migration needs its undo here"


def downgrade(db: str | Path, to: int) -> None:
    """Undo migrations newer than ``to`` in the store at ``db`` (a file or a URL) and set its
    schema number to ``to`` (the history forgets the undone versions)."""
    conn = connect(db)
    try:
        conn.begin_write()
        for version in range(SCHEMA_VERSION, to, -1):
            for statement in UNDO[version]:
                conn.execute(statement)
        conn.execute(f"DELETE FROM {HISTORY_TABLE} WHERE version > ?", (to,))
        conn.set_schema_version(to)
        conn.commit()
    finally:
        conn.close()
