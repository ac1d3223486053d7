"""The block index: which frames a frame is compared with (see :mod:`.blocking`); the
ordered blocks it reads live in :mod:`.blocks`."""

from __future__ import annotations

import logging
import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import combinations

from rashomon.link.across import AcrossIndex
from rashomon.link.blocks import Blocks, Ordered, order_key
from rashomon.link.content import target_words
from rashomon.link.info import (
    BROAD_MAX_CANDIDATES,
    KM_PER_DEGREE,
    RANK_WINDOW,
    UNDATED_MAX_BUCKETS,
    WORD_KEY_MAX_WORDS,
    WORD_MAX_FRAMES,
    FrameInfo,
    PlaceKey,
    norm,
)

logger = logging.getLogger(__name__)



def _cell(lat: float, lon: float, cell_deg: float) -> tuple[int, int]:
    return math.floor(lat / cell_deg), math.floor(lon / cell_deg)


def _span(row_a: int, row_b: int, cell_deg: float) -> int:
    """Longitude cells to search between two latitude rows (symmetric in the rows)."""
    edge = max(abs(r * cell_deg) for r in (row_a, row_a + 1, row_b, row_b + 1)) + cell_deg
    return min(360, math.ceil(1.0 / math.cos(math.radians(min(89.0, edge)))))


def _cell_neighbours(cell: tuple[int, int], cell_deg: float) -> Iterator[PlaceKey]:
    """Cells that may hold a point within one radius (= one cell of latitude)."""
    i, j = cell
    for di in (-1, 0, 1):
        span = _span(i, i + di, cell_deg)
        for dj in range(-span, span + 1):
            yield ("cell", i + di, j + dj)


def _names(info: FrameInfo) -> list[PlaceKey]:
    """Name keys of a frame's place: the resolved place, and the place as written (a report
    whose place the gazetteer left unresolved meets the reports that name it alike)."""
    names: list[PlaceKey] = []
    if info.place_id is not None:
        names.append(info.place_id)
    if info.place_id is not None and info.place_id[0] != "text" and info.frame.place_text:
        text = norm(info.frame.place_text)
        if text:
            names.append(("text", text))
    return names


def _word_keys(info: FrameInfo) -> list[PlaceKey]:
    """("words", country, w1, w2) for each two distinct words of the frame's targets ("the
    Kestrani bakery"), within its country. Two shared details: what lets a report meet
    another outside its place blocks (one shared word, "ambulance", is not enough there)."""
    if info.country is None or not info.frame.targets:
        return []
    words = sorted(target_words(info.frame))
    if len(words) > WORD_KEY_MAX_WORDS:
        return []
    return [("words", info.country, a, b) for a, b in combinations(words, 2)]


NORMAL, BUSY_UNDATED, CROWDED_BROAD = 0, 1, 2


class BlockIndex:
    """Place × date blocks over ``infos``; answers which positions a frame is compared with.

    :meth:`neighbours` is symmetric: ``q in neighbours(infos[p], p)`` iff
    ``p in neighbours(infos[q], q)``. It also answers for a frame that is not indexed (a
    frame removed from the store), which an incremental run needs.

    Two kinds of vague frames are compared with their peers only, which keeps the work per
    frame bounded where a place or a country holds many incidents: an undated frame at a
    busy place (see the module docstring) only with undated frames, and a country/region
    frame whose country holds more than ``BROAD_MAX_CANDIDATES`` frames near its date only
    with country/region frames of that country (which of those incidents a report "in
    Syria" means cannot be told). Either still meets the reports that name two of its
    target words (a word block of at most ``WORD_MAX_FRAMES`` frames).
    """

    def __init__(self, infos: Sequence[FrameInfo], window_days: int, radius_km: float) -> None:
        self.infos = infos
        self.width = max(1, window_days)
        self.radius = radius_km
        self.cell_deg = max(radius_km, 0.1) / KM_PER_DEGREE
        # cells and place ids of point and named frames
        self.places = Blocks(self.width, infos, RANK_WINDOW)
        self.busy_places = Blocks(self.width)  # the same keys, for busy undated frames
        self.members = Blocks(self.width)  # ("country", C): every frame of a country
        self.broad = Blocks(self.width)  # ("country", C): country/region frames of C
        self.crowded = Blocks(self.width, infos, RANK_WINDOW)  # the same key, for crowded ones
        # ("words", C, w1, w2): frames of country C whose targets name w1 and w2 (_word_keys)
        self.words = Blocks(self.width)
        self.word_count: dict[PlaceKey, int] = defaultdict(int)
        self.word_keys: dict[int, list[PlaceKey]] = {}  # position → its _word_keys, if any
        self._near_cells: dict[tuple[int, int], tuple[PlaceKey, ...]] = {}
        self.across = AcrossIndex(infos, self.width)  # other countries' frames near a region
        # vagueness depends on the dated frames of places and on countries' members only;
        # vague frames are then kept apart so that ordinary lookups never meet them
        for pos, info in enumerate(infos):
            if info.lo is not None:
                for key in self._own(info):
                    self.places.add(key, pos, info)
            if info.country is not None:
                self.members.add(("country", info.country), pos, info)
            keys = _word_keys(info)
            if keys:
                self.word_keys[pos] = keys  # read again for each lookup of the frame
            for key in keys:
                self.words.add(key, pos, info)
                self.word_count[key] += 1
        self.places.sort()  # only dated frames are ordered: the undated ones below are not
        self.states: dict[int, int] = {}
        for pos, info in enumerate(infos):
            state = self.state(info) if info.lo is None or self._by_country(info) else NORMAL
            if state != NORMAL:
                self.states[pos] = state
            if info.lo is None:
                for key in self._own(info):
                    (self.busy_places if state == BUSY_UNDATED else self.places).add(key, pos, info)
            if self._by_country(info):
                assert info.country is not None
                index = self.crowded if state == CROWDED_BROAD else self.broad
                index.add(("country", info.country), pos, info)
        self.crowded.sort()
        self._near_cells.clear()  # filled while only dated frames were indexed
        if self.states:
            logger.debug("blocking: %d vague frames compared with their peers only",
                         len(self.states))

    def _by_country(self, info: FrameInfo) -> bool:
        return info.broad and info.country is not None

    def may_be_vague(self, pos: int) -> bool:
        """Whether the frame at ``pos`` could be vague, depending on its neighbours."""
        info = self.infos[pos]
        return info.lo is None or self._by_country(info)

    def _own(self, info: FrameInfo) -> list[PlaceKey]:
        """Keys of :attr:`places` the frame is stored under."""
        if self._by_country(info):
            return []
        own: list[PlaceKey] = []
        if info.has_point:
            assert info.lat is not None and info.lon is not None
            own.append(("cell", *_cell(info.lat, info.lon, self.cell_deg)))
        own.extend(_names(info))
        return own

    def _look(self, info: FrameInfo, state: int, everything: bool = False,
              ) -> Iterator[tuple[Blocks, PlaceKey, bool]]:
        """(index, key, with dated frames) the frame is compared against; ``everything``:
        also every vague frame near it."""
        if info.country is not None:
            key: PlaceKey = ("country", info.country)
            # a frame of a country is compared with that country's broad frames, and a
            # broad frame with every frame of its country (a crowded one: its broad peers)
            if info.broad and state != CROWDED_BROAD:
                yield self.members, key, True
            else:
                yield self.broad, key, state != BUSY_UNDATED
            if state == CROWDED_BROAD or (everything and not info.broad):
                yield self.crowded, key, True
        if self._by_country(info):
            return
        keys: list[PlaceKey] = []
        if info.has_point:
            assert info.lat is not None and info.lon is not None
            keys.extend(self._cells_near(_cell(info.lat, info.lon, self.cell_deg)))
        keys.extend(_names(info))
        for key in keys:
            yield self.places, key, state != BUSY_UNDATED
            # busy undated frames do not meet one another by place (a square of a busy
            # town's undated reports): only through their target words
            if (info.lo is None and state != BUSY_UNDATED) or everything:
                yield self.busy_places, key, False

    def _cells_near(self, cell: tuple[int, int]) -> tuple[PlaceKey, ...]:
        """The neighbouring cells of ``cell`` that hold frames (cached per cell)."""
        found = self._near_cells.get(cell)
        if found is None:
            places = self.places
            busy = self.busy_places.undated
            found = tuple(k for k in _cell_neighbours(cell, self.cell_deg)
                          if places.holds(k) or k in busy)
            self._near_cells[cell] = found
        return found

    def state(self, info: FrameInfo) -> int:
        """NORMAL, BUSY_UNDATED or CROWDED_BROAD for ``info`` against this index."""
        if self._by_country(info):
            assert info.country is not None
            key: PlaceKey = ("country", info.country)
            count = len(self.members.undated.get(key, ()))
            by_bucket = self.members.dated.get(key, {})
            if info.lo is None:
                if len(self.members.anchors.get(key, ())) > UNDATED_MAX_BUCKETS:
                    return CROWDED_BROAD
                count += sum(len(m) for m in by_bucket.values())
            else:
                assert info.hi is not None
                for b in range(info.lo // self.width - 1, info.hi // self.width + 2):
                    count += len(by_bucket.get(b, ()))
            return CROWDED_BROAD if count > BROAD_MAX_CANDIDATES else NORMAL
        if info.lo is not None:
            return NORMAL
        seen: set[int] = set()
        for index, key, _ in self._look(info, NORMAL):
            if index is not self.places:
                continue  # broad frames of the country do not pin the place down in time
            seen.update(index.anchors_of(key))
            if len(seen) > UNDATED_MAX_BUCKETS:
                return BUSY_UNDATED
        return NORMAL

    def _allows(self, state: int, info: FrameInfo, other: FrameInfo) -> bool:
        if state == BUSY_UNDATED:
            return other.lo is None
        if state == CROWDED_BROAD:
            return self._by_country(other) and (info.lo is not None or other.lo is None)
        return True

    def neighbours(self, info: FrameInfo, pos: int | None = None, *,
                   ignore_busy: bool = False, above: int = -1) -> set[int]:
        """Positions compared with ``info`` (at ``pos``, or not indexed when None).

        ``ignore_busy``: as if no frame were vague (a superset: the frames whose vagueness a
        change of this frame may flip are among them). ``above``: the positions above it
        are all there; those at or below it may be left out (:meth:`iter_pairs` takes each
        pair from its lower end: the rank windows, most of the work, skip the others early).
        """
        if ignore_busy:
            state = NORMAL
        else:
            state = self.states.get(pos, NORMAL) if pos is not None else self.state(info)
        found: set[int] = set()
        # a dated frame meets the dated frames of its own place blocks in a rank window, and
        # those of neighbouring cells in the two cells' rank windows
        own = () if ignore_busy or info.lo is None else self._own(info)
        limits = None
        if own and info.has_point:
            limits = self.places.bounds(own[0], order_key(info), pos)
        for index, key, with_dated in self._look(info, state, ignore_busy):
            if index is self.places and with_dated and key in own:
                index.near_ranked(key, info, found, above=above)
            elif index is self.crowded and state == CROWDED_BROAD:
                # crowded country-level reports meet their dated peers in a rank window of
                # the country's date order, the undated ones their undated peers only
                if info.lo is None:
                    index.near(key, info, found, with_dated=False)
                else:
                    index.near_ranked(key, info, found, with_undated=False)
            elif index is self.places and with_dated and limits is not None and key[0] == "cell":
                index.near_across(key, info, limits, found, self.radius, above)
            else:
                index.near(key, info, found, with_dated=with_dated)
        self.across.neighbours(info, found)
        if pos is not None:
            found.discard(pos)
        if not ignore_busy and (self.states or state):
            infos, states = self.infos, self.states
            if state == NORMAL:
                found = {q for q in found
                         if q not in states or self._allows(states[q], infos[q], info)}
            else:
                found = {q for q in found if self._allows(state, info, infos[q])
                         and self._allows(states.get(q, NORMAL), infos[q], info)}
        # reports naming one rare target: whatever their places' blocks (a report naming only
        # the country in a crowded country, one dated by its publication in a busy town, an
        # undated one at a busy place): two shared target words ("the Kestrani bakery") place
        # an undated report among a town's incidents, which its place alone cannot; the pair
        # then needs two shared details to link (link.decision, CONTENT_STRONG)
        words: set[int] = set()
        if pos is not None and pos < len(self.infos) and self.infos[pos] is info:
            word_keys = self.word_keys.get(pos, [])
        else:
            word_keys = _word_keys(info)
        for key in word_keys:
            if ignore_busy or self.word_count.get(key, 0) <= WORD_MAX_FRAMES:
                self.words.near(key, info, words)
        found |= words
        if pos is not None:
            found.discard(pos)
        return found

    def rank_shifted(self, changed: Sequence[FrameInfo], skip: set[int]) -> set[int]:
        """Frames whose rank windows the ``changed`` frames (new ones, indexed, and removed
        ones, not) may have entered or left: the ``RANK_WINDOW`` frames on either side of each
        in its place blocks' date order, not counting the frames at ``skip`` (the other new
        ones, which are re-linked anyway). In a neighbouring cell, the frames whose place in
        the cell's date order falls among those frames (:meth:`Blocks.near_across`). A
        superset of the frames whose pairs changed."""
        infos = self.infos
        points: dict[PlaceKey, list[Ordered]] = defaultdict(list)
        peers: dict[PlaceKey, list[Ordered]] = defaultdict(list)  # crowded countries' order
        for info in changed:
            if info.lo is not None:
                for key in self._own(info):
                    points[key].append(order_key(info))
                if self._by_country(info):
                    assert info.country is not None
                    peers[("country", info.country)].append(order_key(info))
        found: set[int] = set()
        for key, marks in peers.items():
            country = [q for q in self.crowded.ordered.get(key, ()) if q not in skip]
            for mark in marks:
                at = bisect_left(country, mark, key=lambda q: order_key(infos[q]))
                found.update(country[max(0, at - RANK_WINDOW): at + RANK_WINDOW])
        ordered = self.places.ordered
        # a word block that grew past WORD_MAX_FRAMES (or shrank below it): its frames' pairs
        # changed
        for info in changed:
            for key in _word_keys(info):
                if abs(self.word_count.get(key, 0) - WORD_MAX_FRAMES) <= len(changed):
                    found.update(q for members in self.words.dated.get(key, {}).values()
                                 for q in members)
                    found.update(self.words.undated.get(key, ()))
        for key, marks in points.items():
            block = ordered.get(key, ())
            kept = [q for q in block if q not in skip]
            across = self._cells_near(key[1:]) if key[0] == "cell" else ()  # type: ignore[arg-type]
            for mark in marks:
                at = bisect_left(kept, mark, key=lambda q: order_key(infos[q]))
                found.update(kept[max(0, at - RANK_WINDOW): at + RANK_WINDOW])
                low = order_key(infos[kept[at - RANK_WINDOW - 2]]) if at - RANK_WINDOW - 2 >= 0 else None
                high = order_key(infos[kept[at + RANK_WINDOW + 1]]) if at + RANK_WINDOW + 1 < len(kept) else None
                for other in across:
                    if other == key:
                        continue
                    for q in ordered.get(other, ()):
                        here = order_key(infos[q])
                        if (low is None or low <= here) and (high is None or here <= high):
                            found.add(q)
        return found

    def iter_pairs(self) -> Iterator[tuple[int, int]]:
        """Every candidate pair (i, j), i < j, once, without holding them all."""
        for pos, info in enumerate(self.infos):
            for q in sorted(self.neighbours(info, pos, above=pos)):
                if q > pos:
                    yield pos, q

    def pairs(self) -> set[tuple[int, int]]:
        """Every candidate pair (i, j), i < j."""
        out = set(self.iter_pairs())
        logger.debug("blocking: %d frames, %d candidate pairs", len(self.infos), len(out))
        return out
