"""Analyst review in the workbench: who may write, what they may change, and the audit trail.

A write needs a token: ``RASHOMON_TOKEN`` (the reviewer is then ``RASHOMON_REVIEWER``, or
"reviewer") or one made by ``rashomon token create``. The API takes it as
``Authorization: Bearer TOKEN``; a write without a valid one is a 401. In the browser, a
reviewer signs in once (the token goes into an HttpOnly, SameSite=Strict cookie) and every
review form carries a CSRF token derived from it with a per-process secret (HMAC-SHA256),
checked on submit.

Every change is appended to the store's audit log with its before and after, and the ledger
is the analysis with that log replayed over it (:mod:`rashomon.review`).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from rashomon.errors import StoreError
from rashomon.store import Store, identity
from rashomon.store.review import record, reviewer_of
from rashomon.types import Claim, Event, ReviewAction, ReviewChange, Stance
from rashomon.web.view import LedgerView

COOKIE = "rashomon_token"


class Reviewing:
    """Token checks, CSRF tokens and recorded changes for one ledger database."""

    def __init__(self, db: str | Path) -> None:
        self.db = db
        self._secret = secrets.token_bytes(32)  # CSRF tokens die with the process
        # tokens the store knows, by their CSRF digest: a token is never revoked, so once found it
        # needs no store open (each open takes the write lock to check the schema) on every page
        self._known: dict[str, str] = {}
        self._inode = self._file_id()

    def reviewer(self, token: str | None) -> str | None:
        if not token:
            return None
        env = os.environ.get("RASHOMON_TOKEN", "")
        if env and hmac.compare_digest(token.encode(), env.encode()):
            return os.environ.get("RASHOMON_REVIEWER", "reviewer")
        key = self.csrf(token)
        if self._file_id() != self._inode:  # another database file in its place: forget its tokens
            self._known.clear()
            self._inode = self._file_id()
        if key in self._known:
            return self._known[key]
        with Store.open(self.db) as store:
            who = reviewer_of(store, token)
        if who is not None:
            self._known[key] = who
        return who

    def _file_id(self) -> Hashable:
        return identity(self.db)

    def csrf(self, token: str) -> str:
        return hmac.new(self._secret, token.encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, token: str | None, given: str | None) -> bool:
        return bool(token and given) and hmac.compare_digest(self.csrf(token or ""), given or "")

    def _record(self, reviewer: str, action: ReviewAction, target: dict[str, Any],
                before: dict[str, Any], after: dict[str, Any], why: str) -> ReviewChange:
        with Store.open(self.db) as store:
            return record(store, reviewer=reviewer, action=action, target=target, before=before,
                          after=after, why=why)

    def correct_claim(self, reviewer: str, claim: Claim, after: dict[str, Any], why: str) -> ReviewChange:
        """Record a claim correction; ``after`` holds only the fields to change."""
        before = {k: _claim_field(claim, k) for k in after}
        target = {"claim": claim.id, "article": claim.article_id, "start": claim.evidence.start,
                  "end": claim.evidence.end}
        return self._record(reviewer, "correct_claim", target, before, after, why)

    def merge(self, reviewer: str, into: Event, other: Event, why: str) -> ReviewChange:
        target = {"event_a": into.id, "event_b": other.id, "frames_a": [list(k) for k in into.frame_keys],
                  "frames_b": [list(k) for k in other.frame_keys]}
        before = {"a": list(into.article_ids), "b": list(other.article_ids)}
        after = {"articles": list(dict.fromkeys((*into.article_ids, *other.article_ids)))}
        return self._record(reviewer, "merge_events", target, before, after, why)

    def split(self, reviewer: str, event: Event, article: str, why: str) -> ReviewChange:
        target = {"event": event.id, "article": article, "frames": [list(k) for k in event.frame_keys]}
        return self._record(reviewer, "split_article", target, {"articles": list(event.article_ids)},
                            {"articles": [a for a in event.article_ids if a != article], "alone": [article]}, why)


def _claim_field(claim: Claim, key: str) -> Any:
    if key == "source":
        return claim.source.name
    if key in ("killed", "injured"):
        fig = claim.killed if key == "killed" else claim.injured
        return None if fig is None else {"min": fig.min, "max": fig.max}
    if key == "event":
        return claim.event_id
    if key == "not_a_claim":
        return False
    return getattr(claim, key)


def event_audit(view: LedgerView, event: Event) -> list[ReviewChange]:
    """The audit rows about one event: its claims' corrections, merges and splits touching it."""
    claims = {c.id for c in view.claims_by_event.get(event.id, ())}
    base = event.id.split("~")[0]
    out = []
    for change in view.ledger.reviews:
        t = change.target
        if change.action == "correct_claim":
            hit = t.get("claim") in claims or change.after.get("event") == event.id or (
                change.before.get("event") == event.id)
        else:
            ids = {str(t.get(k, "")) for k in ("event", "event_a", "event_b")}
            hit = bool(ids & {event.id, base})
        if hit:
            out.append(change)
    return out


def parse_stance(value: str) -> Stance | None:
    return value if value in ("asserts", "confirms", "denies", "declines_comment", "unknown") else None  # type: ignore[return-value]


__all__ = ["COOKIE", "Reviewing", "StoreError", "event_audit", "parse_stance"]
