"""Analyst review in the store: reviewers' tokens and the audit log of their changes.

Tokens are random (``secrets.token_urlsafe``); only their SHA-256 is stored, so a leaked
database does not leak a working token. The log is append-only: a change is never edited or
deleted, and the review overlay (:mod:`rashomon.review`) replays it in order on every read.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from rashomon.errors import StoreError
from rashomon.store.core import Store
from rashomon.store.db import Db
from rashomon.types import REVIEW_ACTIONS, ReviewAction, ReviewChange

MAX_REVIEWER = 80  # an input limit, not a result: characters of a reviewer's name
MAX_WHY = 1000  # an input limit, not a result: characters of a change's reason


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: Store, reviewer: str) -> str:
    """A new token for ``reviewer``; the token itself is returned once and not stored."""
    name = reviewer.strip()
    if not name or len(name) > MAX_REVIEWER:
        raise StoreError(f"a reviewer's name must be 1 to {MAX_REVIEWER} characters")
    token = secrets.token_urlsafe(32)
    with store._transaction("create a review token") as conn:
        conn.execute("INSERT INTO review_tokens (token_hash, reviewer, created_at) VALUES (?, ?, ?)",
                     (_hash(token), name, datetime.now(UTC).isoformat(timespec="seconds")))
    return token


def reviewer_of(store: Store, token: str) -> str | None:
    """The reviewer a token belongs to, or None."""
    if not token or len(token) > 200:
        return None
    wanted = _hash(token)

    def find(conn: Db) -> str | None:
        row = conn.execute("SELECT token_hash, reviewer FROM review_tokens WHERE token_hash = ?",
                           (wanted,)).fetchone()
        return str(row[1]) if row and hmac.compare_digest(row[0], wanted) else None

    return store._read("check a review token", find)


def record(store: Store, *, reviewer: str, action: ReviewAction, target: Mapping[str, Any],
           before: Mapping[str, Any], after: Mapping[str, Any], why: str) -> ReviewChange:
    """Append one change to the audit log; returns it with its sequence number and time."""
    if action not in REVIEW_ACTIONS:
        raise StoreError(f"unknown review action {action!r}")
    why = why.strip()
    if not why or len(why) > MAX_WHY:
        raise StoreError(f"a change needs a reason of 1 to {MAX_WHY} characters")
    at = datetime.now(UTC).isoformat(timespec="seconds")
    cells = [json.dumps(dict(x), ensure_ascii=False, sort_keys=True) for x in (target, before, after)]
    with store._transaction("record a review change") as conn:
        seq = conn.insert(
            "INSERT INTO review_log (at, reviewer, action, target, before, after, why)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", (at, reviewer, action, *cells, why), key="seq")
    return ReviewChange(seq, at, reviewer, action, dict(target), dict(before), dict(after), why)


def changes(store: Store) -> tuple[ReviewChange, ...]:
    """The whole audit log, oldest first."""

    def read(conn: Db) -> tuple[ReviewChange, ...]:
        rows = conn.execute("SELECT seq, at, reviewer, action, target, before, after, why"
                            " FROM review_log ORDER BY seq").fetchall()
        return tuple(ReviewChange(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5]),
                                  json.loads(r[6]), r[7]) for r in rows)

    return store._read("read the review log", read)
