"""Clustering frames into events from the pair evidence of :mod:`~rashomon.link.decision`.

Three passes, in a canonical order (frames sorted by key, links by score then keys), so the
result does not depend on the input order:

1. **Links.** Pairs that link by themselves (anchored: one spot, days written in both texts;
   or content: what they say decides) merge clusters, best first.
2. **The only neighbours.** Reports at one spot on one day that share nothing else
   ("colocated" pairs) merge when each cluster is the other's only such neighbour: one
   report of a strike in a village and another of it, yes. A few clusters (at most
   ``COLOCATED_MAX_CLIQUE``) that are each other's only such neighbours, every two of them
   colocated and free to merge, merge too, when at most one of them names a target: three
   reports of one strike that share nothing (one gives the toll, one the target, one
   neither); for reports of shelling, when at most one names a site (a kind of site or a
   proper name: a barrage falls on a town, one report names the temple hit, another "their
   rented home"). A group where some two are not such neighbours (a chain), where two name
   targets (for shelling: sites) they do not share, or a bigger one (a city on a day of
   many strikes), no.
3. **The only candidate.** A cluster without a precise frame (pinned to a town or site
   *and* dated to a day by its text) attaches to the only precise cluster it fits ("vague"
   pairs): a report naming only the province, or dated only by its publication, joins the
   one incident reported there and then. A cluster of undated reports attaches to the only
   dated cluster that shares a detail with it ("hint" pairs: a figure too common to decide
   alone). A candidate without a precise frame that itself fits only one precise cluster
   counts as that one (the district's and the province's reports of the town's incident).
   When it fits two, or none, it stays apart: nothing decides. Place alone never
   attaches an undated report. The pair must be with a precise report of the incident (a
   dated one, for a hint), not with another vague report already in it: that one was
   compared with other incidents the vague report never met (a report naming only the
   country, in a country with many incidents, meets only its peers). A pair that shares a
   detail (a figure, a target word, a name) on one day both texts give ("detail" pairs)
   attaches to any report of the incident: an incident no report places in a town (one
   report names the province, two the country) is still one event.

A merge never makes a cluster invalid. A cluster is valid when (a) its dates span at most
``link_date_window_days`` (``max(lo) − min(hi)`` over its dated frames, checked on the
whole cluster, not per pair: no chain grows beyond the window), (b) no two town/site places
in it lie more than ``link_radius_km`` apart (or, without coordinates, have different
names) unless reports at those two places are linked directly (two towns of two countries
whose reports share what decides, one naming the other's town), (c) two frames of one
article are in it only at the same place and date, and (d) it
holds no pair the evidence says is two incidents ("apart": an airstrike and a ground raid
at one spot on one day), and (e) it holds reports pinned to two different spots (towns, or
a site and a town it is not named after) on days their texts give only if reports at those
two spots are linked directly: a chain through a third report (a province, an undated one)
that shares a detail with each cannot join two towns.
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rashomon.config import setting
from rashomon.link.content import names_site
from rashomon.link.decision import PairEvidence, precise
from rashomon.link.edges import KINDS, Edges
from rashomon.link.info import FrameInfo
from rashomon.link.scoring import ONE_SPOT, UNRELATED, place_relation, places_conflict, same_article_ok

logger = logging.getLogger(__name__)
# the most clusters of colocated reports that merge as one group (provenance in
# data/settings.toml, [link.cluster])
COLOCATED_MAX_CLIQUE: int = setting("link.cluster", "colocated_max_clique")
# the fire of an area weapon: reports of one town's shelling on one day name different things
# hit of one barrage (ACLED counts shelling as one event per place and day); only a site's
# kind or name tells two shellings apart
AREA_TYPES = frozenset({"shelling"})

PlaceSig = tuple[float | None, float | None, tuple[str, ...] | None]


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    max_lo: int | None = None
    min_hi: int | None = None
    precise: bool = False
    # one member per distinct point place (places_conflict reads only these fields)
    pinned: dict[PlaceSig, int] = field(default_factory=dict)
    articles: dict[str, list[int]] = field(default_factory=dict)
    # one member per distinct spot of its precise frames (pinned, dated to a day by the text)
    spots: dict[PlaceSig, int] = field(default_factory=dict)


def _sig(info: FrameInfo) -> PlaceSig:
    return info.lat, info.lon, info.place_id


def _opt_max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def _opt_min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


class Clusterer:
    """Union of frame positions under the validity rules of the module docstring.

    A frame alone is its own cluster, whose id is its position; only clusters of two frames or
    more are kept as :class:`_Cluster` objects (at a million frames, most stay alone)."""

    def __init__(self, infos: Sequence[FrameInfo], edges: Edges, window_days: int,
                 radius_km: float) -> None:
        self.infos = infos
        self.window = window_days
        self.radius = radius_km
        self.apart: dict[int, list[int]] = {}
        # links between precise frames at two different spots: what may join two towns
        self.spot_links: dict[frozenset[PlaceSig], list[tuple[int, int]]] = {}
        for i, j, kind in edges.of_kinds(*KINDS):
            if kind == "apart":
                self.apart.setdefault(i, []).append(j)
                self.apart.setdefault(j, []).append(i)
            elif kind in ("anchored", "content") and precise(infos[i]) and precise(infos[j]) \
                    and _sig(infos[i]) != _sig(infos[j]):
                self.spot_links.setdefault(frozenset({_sig(infos[i]), _sig(infos[j])}),
                                           []).append((i, j))
        self.owner = array("l", range(len(infos)))
        self.clusters: dict[int, _Cluster] = {}

    def get(self, cid: int) -> _Cluster:
        """The cluster ``cid`` (of a frame alone: made afresh, not kept)."""
        found = self.clusters.get(cid)
        if found is not None:
            return found
        info = self.infos[cid]
        is_precise = precise(info)
        return _Cluster(
            members=[cid], max_lo=info.lo, min_hi=info.hi, precise=is_precise,
            pinned={_sig(info): cid} if info.pinned else {},
            articles={info.frame.article_id: [cid]},
            spots={_sig(info): cid} if is_precise else {},
        )

    def is_precise(self, cid: int) -> bool:
        found = self.clusters.get(cid)
        return precise(self.infos[cid]) if found is None else found.precise

    def max_lo(self, cid: int) -> int | None:
        found = self.clusters.get(cid)
        return self.infos[cid].lo if found is None else found.max_lo

    def groups(self) -> list[list[int]]:
        """Member lists sorted by position, by cluster id."""
        owner, clusters = self.owner, self.clusters
        return [sorted(clusters[pos].members) if pos in clusters else [pos]
                for pos in range(len(owner)) if owner[pos] == pos]

    def may_merge(self, ca: int, cb: int) -> bool:
        a, b = self.get(ca), self.get(cb)
        lo, hi = _opt_max(a.max_lo, b.max_lo), _opt_min(a.min_hi, b.min_hi)
        if lo is not None and hi is not None and lo - hi > self.window:
            return False
        infos = self.infos
        for i in a.pinned.values():
            for j in b.pinned.values():
                if places_conflict(infos[i], infos[j], self.radius) and not self._linked(ca, cb, i, j):
                    return False
        small, large = (a, b) if len(a.articles) <= len(b.articles) else (b, a)
        for article, mine in small.articles.items():
            for i in mine:
                for j in large.articles.get(article, ()):
                    if not same_article_ok(infos[i], infos[j]):
                        return False
        fewer, other = (a, cb) if len(a.members) <= len(b.members) else (b, ca)
        owner = self.owner
        if any(owner[q] == other for p in fewer.members for q in self.apart.get(p, ())):
            return False
        return self._spots_linked(ca, cb, a, b)

    def _linked(self, ca: int, cb: int, i: int, j: int) -> bool:
        """Reports at the two spots of ``i`` and ``j`` (towns too far apart for one incident,
        in two countries: :func:`~rashomon.link.decision.named_across`) are linked directly,
        within the two clusters: one of the two places is wrong, and what both name says so."""
        owner = self.owner
        return any(owner[p] in (ca, cb) and owner[q] in (ca, cb)
                   for p, q in self.spot_links.get(frozenset({_sig(self.infos[i]), _sig(self.infos[j])}), ()))

    def _spots_linked(self, ca: int, cb: int, a: _Cluster, b: _Cluster) -> bool:
        """Two spots of precise reports (different towns, a site and a town it is not named
        after) share an event only if reports pinned to each are linked directly: never
        through a third report (a province, an undated one) that shares a detail with each."""
        infos, owner = self.infos, self.owner
        for sa, i in a.spots.items():
            for sb, j in b.spots.items():
                if sa == sb or place_relation(infos[i], infos[j], self.radius)[0] in ONE_SPOT:
                    continue
                links = self.spot_links.get(frozenset({sa, sb}), ())
                if not any(owner[p] in (ca, cb) and owner[q] in (ca, cb) for p, q in links):
                    return False
        return True

    def merge(self, ca: int, cb: int) -> int:
        a, b = self.get(ca), self.get(cb)
        if len(a.members) < len(b.members) or (len(a.members) == len(b.members) and cb < ca):
            ca, cb, a, b = cb, ca, b, a
        for pos in b.members:
            self.owner[pos] = ca
        a.members.extend(b.members)
        a.max_lo, a.min_hi = _opt_max(a.max_lo, b.max_lo), _opt_min(a.min_hi, b.min_hi)
        a.precise = a.precise or b.precise
        for sig, pos in b.pinned.items():
            a.pinned.setdefault(sig, pos)
        for article, mine in b.articles.items():
            a.articles.setdefault(article, []).extend(mine)
        for sig, pos in b.spots.items():
            a.spots.setdefault(sig, pos)
        self.clusters.pop(cb, None)
        self.clusters[ca] = a
        return ca

    def places_apart(self, ca: int, cb: int) -> bool:
        """Some report of ``ca`` and some report of ``cb``, one of them naming a region or a
        country, name places the hierarchy does not relate (two provinces far apart, a
        province and a town far from its centre, two countries)."""
        infos, radius = self.infos, self.radius
        # one report per distinct located place (one incident may have thousands of reports)
        a = {_sig(infos[m]): m for m in self.get(ca).members if infos[m].lat is not None}
        b = {_sig(infos[m]): m for m in self.get(cb).members if infos[m].lat is not None}
        for i in a.values():
            x = infos[i]
            for j in b.values():
                y = infos[j]
                if (x.broad or y.broad) and place_relation(x, y, radius)[0] == UNRELATED:
                    return True
        return False

    def names_target(self, cid: int) -> bool:
        """Some report of the cluster names a distinctive target word."""
        infos = self.infos
        return any(infos[m].content is not None and bool(infos[m].content.words)  # type: ignore[union-attr]
                   for m in self.get(cid).members)

    def area_fire(self, cid: int) -> bool:
        """Every report of the cluster is of an area weapon's fire (shelling)."""
        infos = self.infos
        return all(infos[m].frame.type in AREA_TYPES for m in self.get(cid).members)

    def names_site(self, cid: int) -> bool:
        """Some report of the cluster names a site hit (:func:`~rashomon.link.content.names_site`)."""
        infos = self.infos
        for m in self.get(cid).members:
            content = infos[m].content
            if content is not None and names_site(infos[m].frame, content):
                return True
        return False

    def first(self, cid: int) -> int:
        found = self.clusters.get(cid)
        return cid if found is None else min(found.members)


def _fits(c: Clusterer, kind: str, mine: int, theirs: int) -> bool:
    """May the cluster of ``mine`` attach to the cluster of ``theirs`` through a ``kind`` pair?"""
    if kind == "colocated":
        return True
    a = c.owner[mine]
    if kind == "vague":  # to a precise report of the incident, not to a vague one in it
        return not c.is_precise(a) and precise(c.infos[theirs])
    if kind == "detail":  # a shared detail, one day in both texts: to any report of it
        return not c.is_precise(a)
    # hint: from an undated report to a dated report (not to another undated one in it)
    return c.infos[mine].lo is None and not c.is_precise(a) and c.infos[theirs].lo is not None


def _neighbours(c: Clusterer, edges: Edges, kinds: tuple[str, ...]) -> dict[int, set[int]]:
    """Cluster → the clusters it may attach to through pairs of ``kinds`` (and may merge with)."""
    found: dict[int, set[int]] = {}
    for i, j, kind in edges.of_kinds(*kinds):
        for mine, theirs in ((i, j), (j, i)):
            ca, cb = c.owner[mine], c.owner[theirs]
            if ca != cb and _fits(c, kind, mine, theirs):
                found.setdefault(ca, set()).add(cb)
    return {ca: {cb for cb in cbs if c.may_merge(ca, cb)} for ca, cbs in found.items()}


def _through_vague(c: Clusterer, found: Mapping[int, set[int]]) -> dict[int, set[int]]:
    """``found`` with each candidate that has no precise frame replaced by the one precise
    cluster it fits itself, when it fits exactly one (other than the asking cluster): the
    district's report and the province's report of one incident share a detail, and both
    fit the town's report; then the district's report fits one incident, not two. A
    candidate that fits no precise cluster, or several, stays itself (nothing decides)."""
    out: dict[int, set[int]] = {}
    for ca, cbs in found.items():
        resolved: set[int] = set()
        for cb in cbs:
            if c.is_precise(cb):
                resolved.add(cb)
                continue
            theirs = {x for x in found.get(cb, ()) if x != ca and c.is_precise(x)}
            resolved |= theirs if len(theirs) == 1 else {cb}
        out[ca] = resolved
    return out


def _merge_cliques(c: Clusterer, found: Mapping[int, set[int]], most: int) -> None:
    """Merge each group of 3 to ``most`` clusters that are each other's only neighbours in
    ``found`` (symmetric: colocated pairs), every two of them neighbours (a connected group
    that is a clique), of which at most one names a target: two that name targets and
    share nothing may be two strikes at one spot that day. In a group of reports of
    shelling, only targets naming a site count (a kind of site, "gurdwara", or a proper
    name): a barrage falls on a town, and one report names the temple hit, another "their
    rented home" or "the outer wall" (as a toll rising over the days, such details of one
    shelling are no second incident). Groups are taken before any of these merges, in a
    canonical order."""
    seen: set[int] = set()
    groups: list[list[int]] = []
    for start in sorted(found):
        if start in seen:
            continue
        group, stack = {start}, [start]
        while stack and len(group) <= most:
            for other in found.get(stack.pop(), ()):
                if other not in group:
                    group.add(other)
                    stack.append(other)
        seen |= group
        area = all(c.area_fire(x) for x in group)
        if 2 < len(group) <= most and all(found.get(x, set()) >= group - {x} for x in group) \
                and sum(c.names_site(x) if area else c.names_target(x) for x in group) <= 1:
            groups.append(sorted(c.first(x) for x in group))
    for members in sorted(groups):
        for pos in members[1:]:
            ca, cb = c.owner[members[0]], c.owner[pos]
            if ca != cb and c.may_merge(ca, cb):
                c.merge(ca, cb)


def _merge_unique(c: Clusterer, found: Mapping[int, set[int]], *, mutual: bool) -> None:
    """Merge each cluster with its only candidate (``mutual``: only if it is that one's only
    candidate too); candidates are taken before any of these merges, so the order of the
    merges changes nothing but their validity checks.

    Not ``mutual``: a cluster does not attach to a candidate that is itself a candidate of
    reports at places the hierarchy does not relate to its own (a report naming only the
    country that shares the toll of one province's incident and of another's: it decides
    between neither, and joins neither to the other); and no such attachment puts reports at
    unrelated places in one event (:meth:`Clusterer.places_apart`)."""
    moves = sorted(
        (c.first(ca), c.first(next(iter(cbs))))
        for ca, cbs in found.items()
        if len(cbs) == 1 and (not mutual or found.get(next(iter(cbs))) == {ca})
        and (mutual or not any(c.places_apart(ca, cx) for cx in found.get(next(iter(cbs)), ()) if cx != ca))
    )
    for p, q in moves:
        ca, cb = c.owner[p], c.owner[q]
        if ca != cb and c.may_merge(ca, cb) and (mutual or not c.places_apart(ca, cb)):
            c.merge(ca, cb)


def cluster(infos: Sequence[FrameInfo],
            edges: Edges | Mapping[tuple[int, int], PairEvidence], *,
            window_days: int, radius_km: float) -> list[list[int]]:
    """Group positions of ``infos`` into events; returns member lists sorted by position.

    ``edges``: the evidence on compared pairs (i < j), incompatible pairs left out."""
    if not isinstance(edges, Edges):
        edges = Edges.of(edges)
    c = Clusterer(infos, edges, window_days, radius_km)
    for _, i, j in edges.links():  # pass 1: links
        ca, cb = c.owner[i], c.owner[j]
        if ca != cb and c.may_merge(ca, cb):
            c.merge(ca, cb)

    # pass 2: reports at one spot on one day that share nothing else merge when each
    # cluster is the other's only such neighbour (or a few are one another's only ones)
    colocated = _neighbours(c, edges, ("colocated",))
    _merge_cliques(c, colocated, COLOCATED_MAX_CLIQUE)
    _merge_unique(c, colocated, mutual=True)
    # pass 3: a cluster without a precise frame joins the only cluster it fits: a vague
    # report the only precise incident, an undated one the only incident sharing a detail
    # (undated reports' hints last: the events a hint fits may themselves join first, by a
    # detail or a vague report's only candidate, and are then one event, not an ambiguity)
    _merge_unique(c, _through_vague(c, _neighbours(c, edges, ("vague", "detail"))), mutual=False)
    _merge_unique(c, _through_vague(c, _neighbours(c, edges, ("vague", "hint", "detail"))), mutual=False)

    groups = c.groups()
    logger.debug("clustering: %d frames into %d events", len(infos), len(groups))
    return groups
