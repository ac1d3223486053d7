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

and closing over compatible candidate pairs and over the pairs of
:func:`~rashomon.link.across.named_pairs` (a report whose claims, not its sentence, name the
town of a report of another country on its day). The block index is built without claims;
those pairs need them, so the plan reads (``claims_of``) the claims of the reports pinned to
a town on a day a planned report is pinned to, pending and stored alike: a new report naming
a stored one's town meets it, and a stored report naming the new one's town does too. Only
these frames are scored and clustered; the stored events that held any of them are
replaced. The result equals a full run (property tests check it); only the events' order in
the store differs. Without ``claims_of`` the named pairs are found only among the planned
frames, as before.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from rashomon.config import Options
from rashomon.link import LinkStats, link_infos, prepare_frames
from rashomon.link.across import named_pairs, pinned_day
from rashomon.link.blocking import FrameInfo, prepare
from rashomon.link.content import content_of
from rashomon.link.index import NORMAL, BlockIndex
from rashomon.link.scoring import pair_compatible
from rashomon.types import Claim, Event, Frame

logger = logging.getLogger(__name__)

FrameKey = tuple[str, int]
ClaimsOf = Callable[[Iterable[str]], Sequence[Claim]]


@dataclass(frozen=True, slots=True)
class RelinkPlan:
    """The frames to re-link, their candidate pairs and the stored events they replace."""

    infos: tuple[FrameInfo, ...]  # sorted by frame key
    pairs: frozenset[tuple[int, int]]  # positions in ``infos``
    drop: frozenset[str]  # stored event ids to delete
    articles: frozenset[str]  # articles of ``infos``: their claims are needed
    total_frames: int  # frames in the store
    full: bool  # everything is re-linked
    # the named pairs among ``infos`` found over every stored report of their days; None:
    # not known (no claims were read), link_infos finds them among ``infos``
    named: frozenset[tuple[int, int]] | None = None

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


class _NamedPairs:
    """The named pairs (:func:`~rashomon.link.across.named_pairs`) of the days read so far:
    every report pinned to a town on such a day, with its content (its claims read once)."""

    def __init__(self, infos: Sequence[FrameInfo], claims_of: ClaimsOf | None) -> None:
        self.infos = infos
        self.claims_of = claims_of
        self.by_day: dict[int, list[int]] = defaultdict(list)
        if claims_of is not None:
            for pos, info in enumerate(infos):
                if pinned_day(info):
                    assert info.lo is not None
                    self.by_day[info.lo].append(pos)
        self.read: set[int] = set()  # days read
        self.with_content: dict[int, FrameInfo] = {}
        self.links: dict[int, set[int]] = defaultdict(set)
        self.pairs: set[tuple[int, int]] = set()

    def info(self, pos: int) -> FrameInfo:
        return self.with_content.get(pos, self.infos[pos])

    def partners(self, pos: int) -> set[int]:
        return self.links.get(pos, set())

    def read_days(self, chosen: Mapping[int, object]) -> set[int]:
        """Read the days of the ``chosen`` reports not read yet; the reports their named
        pairs bring (one side chosen)."""
        days = {lo for p in chosen if (lo := self.infos[p].lo) is not None and lo in self.by_day
                and pinned_day(self.infos[p])} - self.read
        if not days or self.claims_of is None:
            return set()
        self.read |= days
        group = sorted(p for day in days for p in self.by_day[day])
        about: dict[FrameKey, list[Claim]] = defaultdict(list)
        for claim in self.claims_of({self.infos[p].frame.article_id for p in group}):
            if claim.frame is not None:
                about[(claim.article_id, claim.frame)].append(claim)
        for p in group:
            info = self.infos[p]
            self.with_content[p] = replace(info, content=content_of(info.frame, about.get(_key(info), ())))
        brought: set[int] = set()
        for i, j in named_pairs([self.with_content[p] for p in group]):
            p, q = group[i], group[j]
            self.pairs.add((p, q))
            self.links[p].add(q)
            self.links[q].add(p)
            if p in chosen:
                brought.add(q)
            if q in chosen:
                brought.add(p)
        return brought


def plan_relink(
    frames: Sequence[Frame], options: Options, *,
    published: Mapping[str, str | None],
    pending: frozenset[str] | set[str],
    stale: Sequence[tuple[Frame, str | None]] = (),
    frame_events: Mapping[FrameKey, str],
    full: bool = False,
    claims_of: ClaimsOf | None = None,
) -> RelinkPlan:
    """Which frames to re-link after the articles ``pending`` were (re)saved.

    ``frames``: every stored frame (current versions); ``stale``: the frames pending
    articles had when last linked, with the publication date of then; ``frame_events``:
    the stored frame → event map; ``full``: re-link everything (other link settings);
    ``claims_of``: the stored claims of some articles (for the named pairs, see the module
    docstring).
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
    named = _NamedPairs(infos, claims_of)
    chosen: dict[int, list[int]] = {}  # position → its candidate neighbours
    while frontier:
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
            frontier.extend(q for q in named.partners(pos) if q not in chosen)
        # the days of the planned reports are read: their named pairs may bring more
        frontier.extend(q for q in named.read_days(chosen) if q not in chosen)

    order = sorted(chosen)
    new_pos = {old: new for new, old in enumerate(order)}
    pairs = frozenset(
        (new_pos[p], new_pos[q]) for p in order for q in chosen[p] if q > p and q in new_pos
    )
    planned = tuple(named.info(p) for p in order)
    plan = RelinkPlan(infos=planned, pairs=pairs, drop=frozenset(drop),
                      articles=frozenset(infos[p].frame.article_id for p in order),
                      total_frames=len(infos), full=False,
                      named=None if claims_of is None else frozenset(
                          (new_pos[p], new_pos[q]) for p, q in named.pairs
                          if p in new_pos and q in new_pos))
    logger.info("relink: %d of %d frames touched by %d pending articles; %d events replaced",
                len(plan.infos), len(infos), len(pending), len(drop))
    return plan


def link_plan(plan: RelinkPlan, claims: Sequence[Claim], options: Options,
              ) -> tuple[list[Event], dict[str, str | None], LinkStats]:
    """Link the frames of ``plan``; claims about other frames are left out of the mapping."""
    keys = plan.keys
    mine = [c for c in claims if c.frame is None or (c.article_id, c.frame) in keys]
    named = None if plan.named is None else set(plan.named)
    return link_infos(plan.infos, set(plan.pairs), mine, options, named)
