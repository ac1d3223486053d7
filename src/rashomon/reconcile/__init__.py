"""The reconcile stage: an event and its claims → perpetrator status, casualty ranges,
disputes (with a few example contradiction pairs each) and, where sources disagree on the
cause, a neutral event type. The rules are documented in
:mod:`~rashomon.reconcile.perpetrator`, :mod:`~rashomon.reconcile.casualties`,
:mod:`~rashomon.reconcile.contradictions`, :mod:`~rashomon.reconcile.disputes`,
:mod:`~rashomon.reconcile.tolls`, :mod:`~rashomon.reconcile.sides` and
:mod:`~rashomon.reconcile.event_type`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping, Sequence

from rashomon.lexicon.parties import is_placeholder, same_party
from rashomon.reconcile.casualties import Kind, chosen_figures, summarize_casualties
from rashomon.reconcile.casualties import render as render_figure
from rashomon.reconcile.contradictions import DISPUTE_FACTOR, claim_contradictions, figure_conflict
from rashomon.reconcile.disputes import MAX_PAIRS, find_contradictions, find_disputes
from rashomon.reconcile.event_type import event_type
from rashomon.reconcile.perpetrator import summarize_perpetrator
from rashomon.reconcile.tolls import Toll, read_toll, toll_conflict
from rashomon.types import Claim, Event, Frame

# the rule functions below reconcile are public for ``rashomon compare`` (claims of two articles)
__all__ = ["DISPUTE_FACTOR", "MAX_PAIRS", "Kind", "Toll", "chosen_figures", "claim_contradictions", "figure_conflict",
           "find_contradictions", "find_disputes", "is_placeholder", "read_toll", "reconcile", "reconcile_all",
           "render_figure", "same_party", "toll_conflict"]

logger = logging.getLogger(__name__)


def reconcile(event: Event, claims: Sequence[Claim], frames: Sequence[Frame] = (),
              outlets: Mapping[str, str | None] | None = None,
              published: Mapping[str, str | None] | None = None) -> Event:
    """A copy of ``event`` with perpetrator, killed, injured, disputes and contradictions set,
    and the neutral type ``explosion`` where sources disagree on the cause.

    ``claims`` are the event's claims; they are used as given (duplicates by id once).
    ``frames`` are the event's frames (their own figures feed the casualty ranges, marked as
    the outlet's: ``outlets`` maps article id → outlet name); frames not in
    ``event.frame_keys`` are ignored. ``published`` (article id → publication date) orders the
    articles: a later, higher toll is the toll risen, not a dispute
    (:mod:`~rashomon.reconcile.tolls`); without it no toll is known to be later.
    """
    unique = list({c.id: c for c in sorted(claims, key=lambda c: c.id)}.values())
    keys = set(event.frame_keys)
    own = [f for f in frames if (f.article_id, f.index) in keys]
    disputes, pairs = find_disputes(unique, published)
    return dataclasses.replace(
        event,
        type=event_type(event.type, unique, disputes),
        perpetrator=summarize_perpetrator(unique, own),
        killed=summarize_casualties(unique, "killed", own, outlets),
        injured=summarize_casualties(unique, "injured", own, outlets),
        disputes=disputes,
        contradictions=pairs,
    )


def reconcile_all(events: Sequence[Event], claims: Sequence[Claim], frames: Sequence[Frame] = (),
                  outlets: Mapping[str, str | None] | None = None,
                  published: Mapping[str, str | None] | None = None) -> list[Event]:
    """Reconcile every event with the claims listed in its ``claim_ids`` and the frames of its
    ``frame_keys``; order kept. ``published``: article id → publication date (see
    :func:`reconcile`)."""
    by_id = {c.id: c for c in claims}
    frames_by_key = {(f.article_id, f.index): f for f in frames}
    result = []
    for event in events:
        mine = [by_id[cid] for cid in event.claim_ids if cid in by_id]
        if len(mine) < len(event.claim_ids):
            logger.warning("event %s: %d of its claims were not given",
                           event.id, len(event.claim_ids) - len(mine))
        own = [frames_by_key[k] for k in event.frame_keys if k in frames_by_key]
        result.append(reconcile(event, mine, own, outlets, published))
    n_disputes = sum(len(e.disputes) for e in result)
    n_pairs = sum(d.pairs for e in result for d in e.disputes)
    logger.info("reconcile: %d events, %d disputes (%d opposed claim pairs)", len(result),
                n_disputes, n_pairs)
    return result
