"""Incremental linking: re-link only the groups of frames that new or changed frames touch.

Clustering follows only compatible candidate pairs (:mod:`~rashomon.link.cluster`), and an
event never holds frames of two groups that no chain of such pairs connects. So the events
of a full run are the union, over the connected groups of the pair graph, of the events of
each group linked alone, and a group no change touched keeps its stored events.

:func:`plan_relink` builds the block index over every stored frame (cheap: dictionary
inserts), then collects the frames to re-link, starting from

* the frames of *pending* articles (saved since the last link), and the frames those
  articles had when last linked (*stale* frames: a re-analysed article may have lost or
  moved one);
* undated and country-level frames near those frames: a frame arriving or leaving may make
  a place busy or a country crowded, or no longer so (see :mod:`~rashomon.link.blocking`);
* the frames near a new or stale frame in a place block's date order, whose rank window
  (:mod:`~rashomon.link.index`) it may have entered or left;
* the frames compatible with a stale frame, or with a vague frame whose vagueness flipped
  (it is compared with other frames now): a report that fitted two incidents (and stayed
  apart, see :mod:`~rashomon.link.cluster`) may fit only one once the other is gone;
* every frame of a stored event that holds one of the frames collected so far,

and closing over compatible candidate pairs. Only these frames are scored and clustered;
the stored events that held any of them are replaced. The result equals a full run (a
property test checks it); only the events' order in the store differs. One exception: the
plan is made without the articles' claims, so a pending report whose claims (not its
sentence) name the town of a stored report of another country on its day
(:func:`~rashomon.link.across.named_pairs`) meets it only if another key brings that report
into the plan; a full relink always does.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rashomon.config import Options
from rashomon.link import LinkStats, link_infos, prepare_frames
from rashomon.link.blocking import FrameInfo, prepare
from rashomon.link.index import NORMAL, BlockIndex
from rashomon.link.scoring import pair_compatible
from rashomon.types import Claim, Event, Frame

logger = logging.getLogger(__name__)

FrameKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class RelinkPlan:
    """The frames to re-link, their candidate pairs and the stored events they replace."""

    infos: tuple[FrameInfo, ...]  # sorted by frame key
    pairs: frozenset[tuple[int, int]]  # positions in ``infos``
    drop: frozenset[str]  # stored event ids to delete
    articles: frozenset[str]  # articles of ``infos``: their claims are needed
    total_frames: int  # frames in the store
    full: bool  # everything is re-linked

    @property
    def keys(self) -> frozenset[FrameKey]:
        return frozenset((i.frame.article_id, i.frame.index) for i in self.infos)


def _key(info: FrameInfo) -> FrameKey:
    return info.frame.article_id, info.frame.index


def _flipped(candidates: set[int], infos: Sequence[FrameInfo], index: BlockIndex,
             frames: Sequence[Frame], stale: Sequence[tuple[Frame, str | None]],
             pending: frozenset[str] | set[str], options: Options,
             published: Mapping[str, str | None]) -> list[int]:
    """Positions among ``candidates`` whose vagueness differs from the last link (the index
    of the frames as they were then: without the pending articles' new frames, with their
    stale ones)."""
    if not candidates:
        return []
    before = [f for f in frames if f.article_id not in pending] + [f for f, _ in stale]
    pub = dict(published)
    pub.update({f.article_id: p for f, p in stale})
    old_infos = prepare_frames(before, options, pub)
    old = BlockIndex(old_infos, options.link_date_window_days, options.link_radius_km)
    old_pos = {_key(info): pos for pos, info in enumerate(old_infos)}
    flipped = []
    for q in sorted(candidates):
        was = old_pos.get(_key(infos[q]))
        if was is None or old.states.get(was, NORMAL) != index.states.get(q, NORMAL):
            flipped.append(q)
    return flipped


def plan_relink(
    frames: Sequence[Frame], options: Options, *,
    published: Mapping[str, str | None],
    pending: frozenset[str] | set[str],
    stale: Sequence[tuple[Frame, str | None]] = (),
    frame_events: Mapping[FrameKey, str],
    full: bool = False,
) -> RelinkPlan:
    """Which frames to re-link after the articles ``pending`` were (re)saved.

    ``frames``: every stored frame (current versions); ``stale``: the frames pending
    articles had when last linked, with the publication date of then; ``frame_events``:
    the stored frame → event map; ``full``: re-link everything (other link settings).
    """
    window, radius = options.link_date_window_days, options.link_radius_km
    infos = prepare_frames(frames, options, published)
    index = BlockIndex(infos, window, radius)
    if full:
        return RelinkPlan(infos=tuple(infos), pairs=frozenset(index.pairs()),
                          drop=frozenset(frame_events.values()),
                          articles=frozenset(i.frame.article_id for i in infos),
                          total_frames=len(infos), full=True)

    pos_of = {_key(info): pos for pos, info in enumerate(infos)}
    members: dict[str, list[FrameKey]] = defaultdict(list)
    for key, ev in frame_events.items():
        members[ev].append(key)

    seeds = {pos for pos, info in enumerate(infos) if info.frame.article_id in pending}
    removed = [prepare(f, pub, options.link_undated_lookback_days) for f, pub in stale]
    vague: set[int] = set()
    for info in [*(infos[p] for p in sorted(seeds)), *removed]:
        # frames whose vagueness (busy place, crowded country) this one may have flipped
        vague.update(q for q in index.neighbours(info, None, ignore_busy=True)
                     if index.may_be_vague(q))
    seeds |= vague
    # frames whose rank window in a busy block the new or removed frames entered or left
    seeds |= index.rank_shifted([*(infos[p] for p in sorted(seeds)), *removed], seeds)
    # frames that competed with a removed frame, or with a frame whose vagueness flipped:
    # a report that fitted two incidents may fit one now, and a note may no longer hold
    flipped = [infos[q] for q in _flipped(vague, infos, index, frames, stale, pending,
                                          options, published)]
    for info in [*removed, *flipped]:
        seeds.update(q for q in index.neighbours(info, None, ignore_busy=True)
                     if pair_compatible(info, infos[q], window, radius))

    drop: set[str] = set()
    frontier: list[int] = sorted(seeds)

    def visit_event(key: FrameKey) -> None:
        ev = frame_events.get(key)
        if ev is not None and ev not in drop:
            drop.add(ev)
            frontier.extend(pos_of[k] for k in members[ev] if k in pos_of)

    for info in removed:
        visit_event(_key(info))
    chosen: dict[int, list[int]] = {}  # position → its candidate neighbours
    while frontier:
        pos = frontier.pop()
        if pos in chosen:
            continue
        info = infos[pos]
        near = sorted(index.neighbours(info, pos))
        chosen[pos] = near
        visit_event(_key(info))
        frontier.extend(q for q in near if q not in chosen
                        and pair_compatible(info, infos[q], window, radius))

    order = sorted(chosen)
    new_pos = {old: new for new, old in enumerate(order)}
    pairs = frozenset(
        (new_pos[p], new_pos[q]) for p in order for q in chosen[p] if q > p and q in new_pos
    )
    plan = RelinkPlan(infos=tuple(infos[p] for p in order), pairs=pairs, drop=frozenset(drop),
                      articles=frozenset(infos[p].frame.article_id for p in order),
                      total_frames=len(infos), full=False)
    logger.info("relink: %d of %d frames touched by %d pending articles; %d events replaced",
                len(plan.infos), len(infos), len(pending), len(drop))
    return plan


def link_plan(plan: RelinkPlan, claims: Sequence[Claim], options: Options,
              ) -> tuple[list[Event], dict[str, str | None], LinkStats]:
    """Link the frames of ``plan``; claims about other frames are left out of the mapping."""
    keys = plan.keys
    mine = [c for c in claims if c.frame is None or (c.article_id, c.frame) in keys]
    return link_infos(plan.infos, set(plan.pairs), mine, options)
