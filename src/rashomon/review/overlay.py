"""Reviewers' changes applied to a ledger: a pure overlay, replayed in log order on every read.

The analysis never sees the corrections, so re-analysing the same articles keeps them: each
change finds its target again by keys that survive re-analysis (see
:class:`~rashomon.types.ReviewChange`). A change whose target is gone (the article was
removed, the events already merged) is skipped and logged, never an error.

* ``correct_claim``: ``after`` may set ``stance``, ``source`` (the canonical party),
  ``killed`` / ``injured`` (``{"min": .., "max": ..}`` or null), ``event`` (move the claim to
  that event) and ``not_a_claim`` (drop it from the ledger and its event).
* ``merge_events``: event B joins event A. Each is found by its frames (``target.frames_a``,
  ``frames_b``: (article id, frame index) pairs, stable across re-analysis), else by its id
  (``event_a``, ``event_b``).
* ``split_article``: ``target.article`` and its claims leave their event (found by
  ``target.frames``, else ``target.event``) for an event of their own, whose id is the old one
  plus ``~`` and the article id (stable across replays).

Every event a change touched is reconciled again (perpetrator, casualties, disputes) with the
reconcile stage's public :func:`~rashomon.reconcile.reconcile`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rashomon.reconcile import reconcile
from rashomon.types import STANCES, Claim, Event, Figure, Ledger, ReviewChange

logger = logging.getLogger(__name__)

CLAIM_FIELDS = ("stance", "source", "killed", "injured", "event", "not_a_claim")


class _State:
    """The ledger being corrected, with the look-ups the changes need."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.claims: dict[str, Claim] = {c.id: c for c in ledger.claims}
        self.events: dict[str, Event] = {e.id: e for e in ledger.events}
        self.order: list[str] = [e.id for e in ledger.events]
        self.touched: set[str] = set()
        self.reviewed: dict[str, list[str]] = {}

    def mark(self, ident: str, fields: Iterable[str]) -> None:
        have = self.reviewed.setdefault(ident, [])
        have.extend(f for f in fields if f not in have)

    def claim_for(self, target: Mapping[str, Any]) -> Claim | None:
        found = self.claims.get(str(target.get("claim", "")))
        if found is not None:
            return found
        for c in self.claims.values():
            if (c.article_id == target.get("article") and c.evidence.start == target.get("start")
                    and c.evidence.end == target.get("end")):
                return c
        return None

    def event_for(self, frames: Sequence[Sequence[Any]], event_id: str) -> Event | None:
        """The event holding any of ``frames`` ((article id, frame index) pairs, which survive
        re-analysis of the same articles), else the event with ``event_id``."""
        wanted = {(str(f[0]), int(f[1])) for f in frames if len(f) == 2}
        for eid in self.order:
            if wanted & set(self.events[eid].frame_keys):
                return self.events[eid]
        return self.events.get(event_id)

    def move_claim(self, claim: Claim, event_id: str | None) -> None:
        old = claim.event_id
        if old in self.events:
            e = self.events[old]
            self.events[old] = dataclasses.replace(e, claim_ids=tuple(i for i in e.claim_ids if i != claim.id))
            self.touched.add(old)
        if event_id is not None and event_id in self.events:
            e = self.events[event_id]
            if claim.id not in e.claim_ids:
                self.events[event_id] = dataclasses.replace(e, claim_ids=(*e.claim_ids, claim.id))
            self.touched.add(event_id)
        self.claims[claim.id] = dataclasses.replace(claim, event_id=event_id)


def _figure(value: Any) -> Figure | None:
    if value is None:
        return None
    lo, hi = value.get("min"), value.get("max")
    return Figure(None if lo is None else int(lo), None if hi is None else int(hi))


def _correct(state: _State, change: ReviewChange) -> None:
    claim = state.claim_for(change.target)
    if claim is None:
        logger.info("review change %d: its claim is no longer in the ledger", change.seq)
        return
    after = change.after
    if after.get("not_a_claim"):
        state.move_claim(claim, None)
        del state.claims[claim.id]
        state.mark(claim.id, ["not_a_claim"])
        return
    fields: dict[str, Any] = {}
    if after.get("stance") in STANCES:
        fields["stance"] = after["stance"]
    if isinstance(after.get("source"), str) and after["source"].strip():
        fields["source"] = dataclasses.replace(claim.source, name=after["source"].strip())
    for kind in ("killed", "injured"):
        if kind in after:
            fields[kind] = _figure(after[kind])
    updated = dataclasses.replace(claim, **fields)
    state.claims[claim.id] = updated
    if claim.event_id in state.events:
        state.touched.add(claim.event_id)
    target = after.get("event", claim.event_id)
    if target != claim.event_id and (target is None or target in state.events):
        state.move_claim(updated, target)
    state.mark(claim.id, [k for k in CLAIM_FIELDS if k in after])


def _merge(state: _State, change: ReviewChange) -> None:
    t = change.target
    a = state.event_for(t.get("frames_a", ()), str(t.get("event_a", "")))
    b = state.event_for(t.get("frames_b", ()), str(t.get("event_b", "")))
    if a is None or b is None or a.id == b.id:
        logger.info("review change %d: nothing left to merge", change.seq)
        return
    for cid in b.claim_ids:
        if cid in state.claims:
            state.claims[cid] = dataclasses.replace(state.claims[cid], event_id=a.id)
    state.events[a.id] = dataclasses.replace(
        a, article_ids=tuple(dict.fromkeys((*a.article_ids, *b.article_ids))),
        claim_ids=tuple(dict.fromkeys((*a.claim_ids, *b.claim_ids))),
        frame_keys=tuple(dict.fromkeys((*a.frame_keys, *b.frame_keys))))
    del state.events[b.id]
    state.order.remove(b.id)
    state.touched.add(a.id)
    state.mark(a.id, ["merged"])


def _split(state: _State, change: ReviewChange) -> None:
    t = change.target
    article = str(t.get("article", ""))
    event = state.event_for(t.get("frames", ()), str(t.get("event", "")))
    if event is None or article not in event.article_ids or len(event.article_ids) < 2:
        logger.info("review change %d: article %s is not in a shared event", change.seq, article)
        return
    moved = tuple(cid for cid in event.claim_ids if cid in state.claims and state.claims[cid].article_id == article)
    new_id = f"{event.id}~{article}"
    state.events[event.id] = dataclasses.replace(
        event, article_ids=tuple(a for a in event.article_ids if a != article),
        claim_ids=tuple(c for c in event.claim_ids if c not in moved),
        frame_keys=tuple(k for k in event.frame_keys if k[0] != article))
    state.events[new_id] = dataclasses.replace(
        event, id=new_id, article_ids=(article,), claim_ids=moved,
        frame_keys=tuple(k for k in event.frame_keys if k[0] == article), link_note="split by a reviewer")
    state.order.insert(state.order.index(event.id) + 1, new_id)
    for cid in moved:
        state.claims[cid] = dataclasses.replace(state.claims[cid], event_id=new_id)
    state.touched |= {event.id, new_id}
    state.mark(event.id, ["split"])
    state.mark(new_id, ["split"])


_APPLY = {"correct_claim": _correct, "merge_events": _merge, "split_article": _split}


def apply_reviews(ledger: Ledger, changes: Sequence[ReviewChange]) -> Ledger:
    """``ledger`` with ``changes`` applied in order; the ledger carries them and, per claim or
    event id, the fields a reviewer changed (``Ledger.reviewed``)."""
    if not changes:
        return ledger
    state = _State(ledger)
    for change in sorted(changes, key=lambda c: c.seq):
        _APPLY[change.action](state, change)
    outlets = {a.id: a.outlet for a in ledger.articles}
    published = {a.id: a.published for a in ledger.articles}  # a toll rising over days is no dispute
    events = []
    for eid in state.order:
        event = state.events[eid]
        if eid in state.touched:
            mine = [state.claims[c] for c in event.claim_ids if c in state.claims]
            event = reconcile(event, mine, ledger.frames, outlets, published)
        events.append(event)
    claims = tuple(state.claims[c.id] for c in ledger.claims if c.id in state.claims)
    return dataclasses.replace(ledger, claims=claims, events=tuple(events), reviews=tuple(changes),
                               reviewed={k: tuple(v) for k, v in state.reviewed.items()})
