"""The link stage: frames and claims of all articles → events.

``link(frames, claims, options)`` returns the events (perpetrator, casualties and
contradictions left at their defaults: the reconcile stage fills them) and a map from claim
id to event id (None for claims about no frame, or about a frame that was not given).

Steps: :mod:`~rashomon.link.blocking` (candidate pairs within place × date blocks, never all
pairs), :mod:`~rashomon.link.scoring` (pair scores and hard constraints),
:mod:`~rashomon.link.cluster` (constrained greedy average-link clustering),
:mod:`~rashomon.link.events` (event fields and ids). Events are sorted by (date or "", id).
Same place with different dates (beyond ``link_date_window_days``) never share an event.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from rashomon.config import Options
from rashomon.link.blocking import candidate_pairs, prepare
from rashomon.link.cluster import cluster
from rashomon.link.events import build_event, event_id
from rashomon.link.scoring import pair_compatible, score
from rashomon.types import Claim, Event, Frame

__all__ = ["LinkStats", "event_id", "link", "link_with_stats"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LinkStats:
    """Work done by one link run: for benchmarks and scaling tests."""

    frames: int
    candidate_pairs: int  # pairs produced by blocking and scored
    events: int


def link_with_stats(
    frames: Sequence[Frame], claims: Sequence[Claim], options: Options
) -> tuple[list[Event], dict[str, str | None], LinkStats]:
    """Like :func:`link`, plus a :class:`LinkStats`."""
    window, radius = options.link_date_window_days, options.link_radius_km
    unique: dict[tuple[str, int], Frame] = {}
    for frame in sorted(frames, key=lambda f: (f.article_id, f.index)):
        if (frame.article_id, frame.index) in unique:
            logger.warning("duplicate frame %s#%s ignored", frame.article_id, frame.index)
            continue
        unique[(frame.article_id, frame.index)] = frame
    infos = [prepare(f) for f in unique.values()]

    pairs = candidate_pairs(infos, window, radius)
    scores: dict[tuple[int, int], float] = {}
    for i, j in pairs:
        a, b = infos[i], infos[j]
        if pair_compatible(a, b, window, radius):
            scores[(i, j)] = score(a, b, window, radius)
    groups = cluster(infos, scores, window_days=window, radius_km=radius,
                     min_score=options.link_min_score)

    frame_event: dict[tuple[str, int], int] = {}
    for n, members in enumerate(groups):
        for pos in members:
            frame_event[(infos[pos].frame.article_id, infos[pos].frame.index)] = n
    claims_of: list[list[str]] = [[] for _ in groups]
    group_of_claim: dict[str, int | None] = {}
    for claim in claims:
        g: int | None = None
        if claim.frame is not None:
            g = frame_event.get((claim.article_id, claim.frame))
            if g is None:
                logger.warning("claim %s refers to unknown frame %s#%s",
                               claim.id, claim.article_id, claim.frame)
            else:
                claims_of[g].append(claim.id)
        group_of_claim[claim.id] = g

    events = [build_event([infos[p] for p in members], claims_of[n])
              for n, members in enumerate(groups)]
    mapping = {cid: None if g is None else events[g].id for cid, g in group_of_claim.items()}
    events.sort(key=lambda e: (e.date or "", e.id))
    stats = LinkStats(frames=len(infos), candidate_pairs=len(pairs), events=len(events))
    logger.info("link: %d frames, %d candidate pairs, %d events",
                stats.frames, stats.candidate_pairs, stats.events)
    return events, mapping, stats


def link(
    frames: Sequence[Frame], claims: Sequence[Claim], options: Options
) -> tuple[list[Event], dict[str, str | None]]:
    """Cluster the frames of all articles into events and map each claim to its event."""
    events, mapping, _ = link_with_stats(frames, claims, options)
    return events, mapping
