"""Blocking across a border: which reports of another country a report placed only by its
region is compared with (:class:`~rashomon.link.index.BlockIndex` asks).

A region's name two countries share ("Kurdistan" of Iraq and of Iran) resolves to one of
them; a report filed abroad is placed at the foreign town it was filed from while its text
names the incident's town, which another report's region-level place holds. Such reports
never meet in their own country's blocks. Two keys meet them, on dates that fit (date
buckets one apart), both symmetric:

* **border cells**: dated frames with coordinates by cells a region's radius wide
  (``region_radius_km``): a region meets every frame of another country in the cells
  around it, any frame the regions;
* **names written**: a frame meets the region-level frames of another country whose place
  it names in its incident sentence ("wounded in the strikes on the Malian border town of
  Tinzaouaten ..." filed from Algiers; the other report placed at Tinzaouaten only by its
  region).

The link stage joins such a pair only on what both name
(:func:`~rashomon.link.decision.country_clash`); otherwise it is no evidence at all.

A third key needs the reports' content (their claims), which the block index is built
without in ``analyze`` (:mod:`~rashomon.link.incremental`): :func:`named_pairs`, which the
link stage adds to the index's pairs once content is known. A report pinned to a town on a
day its text gives meets the reports of another country, pinned and dated alike, that name
its town in their marks (the incident's sentence and its claims: "the official told this
newspaper by telephone from Bol", in a report the place reader put at the Nigerian town its
military source sits in); :func:`~rashomon.link.decision.named_across` decides them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from rashomon.link.blocks import Blocks
from rashomon.link.info import KM_PER_DEGREE, WORD_MAX_FRAMES, FrameInfo, PlaceKey, norm
from rashomon.link.marks import named_runs, place_names
from rashomon.link.scoring import REGION_RADIUS_KM


def cell(lat: float, lon: float, cell_deg: float) -> tuple[int, int]:
    return math.floor(lat / cell_deg), math.floor(lon / cell_deg)


def _span(row_a: int, row_b: int, cell_deg: float) -> int:
    """Longitude cells to search between two latitude rows (symmetric in the rows)."""
    edge = max(abs(r * cell_deg) for r in (row_a, row_a + 1, row_b, row_b + 1)) + cell_deg
    return min(360, math.ceil(1.0 / math.cos(math.radians(min(89.0, edge)))))


def cell_neighbours(at: tuple[int, int], cell_deg: float) -> Iterator[tuple[int, int]]:
    """Cells that may hold a point within one cell's width (of latitude) of ``at``."""
    i, j = at
    for di in (-1, 0, 1):
        span = _span(i, i + di, cell_deg)
        for dj in range(-span, span + 1):
            yield i + di, j + dj


def _regional(info: FrameInfo) -> bool:
    return info.precision == "region" and info.lo is not None and info.country is not None


def _mentions(info: FrameInfo) -> tuple[str, ...]:
    """The names the incident sentence writes (not the frame's own place)."""
    own = norm(info.frame.place_text or "")
    return tuple(n for n in named_runs(info.frame.evidence.text) if n != own)


class AcrossIndex:
    """The two keys of the module docstring over ``infos`` (positions as the block index's)."""

    def __init__(self, infos: Sequence[FrameInfo], width: int) -> None:
        self.infos = infos
        self.width = width
        self.cell_deg = REGION_RADIUS_KM / KM_PER_DEGREE
        self.regions = Blocks(width)  # ("border", i, j): dated region-level frames
        self.region_names = Blocks(width)  # ("name", n): the same, by their place as written
        self._points: Blocks | None = None  # every dated frame with coordinates: when a region asks
        self._mentions: Blocks | None = None  # ("name", n): dated frames naming n: when a region asks
        self._near: dict[tuple[int, int], tuple[PlaceKey, ...]] = {}
        self._region_near: dict[tuple[int, int], tuple[PlaceKey, ...]] = {}
        for pos, info in enumerate(infos):
            if _regional(info):
                key = self._cell_key(info)
                if key is not None:
                    self.regions.add(key, pos, info)
                if info.frame.place_text:
                    self.region_names.add(("name", norm(info.frame.place_text)), pos, info)

    def _cell_key(self, info: FrameInfo) -> PlaceKey | None:
        if info.lo is None or info.lat is None or info.lon is None or info.country is None:
            return None
        return ("border", *cell(info.lat, info.lon, self.cell_deg))

    def _cells_near(self, info: FrameInfo) -> tuple[PlaceKey, ...]:
        assert info.lat is not None and info.lon is not None
        at = cell(info.lat, info.lon, self.cell_deg)
        found = self._near.get(at)
        if found is None:
            found = tuple(("border", i, j) for i, j in cell_neighbours(at, self.cell_deg))
            self._near[at] = found
        return found

    def _region_cells_near(self, info: FrameInfo) -> tuple[PlaceKey, ...]:
        """Of :meth:`_cells_near`, those holding region frames (most hold none: cached)."""
        assert info.lat is not None and info.lon is not None
        at = cell(info.lat, info.lon, self.cell_deg)
        found = self._region_near.get(at)
        if found is None:
            held = self.regions.dated
            found = tuple(k for k in self._cells_near(info) if k in held)
            self._region_near[at] = found
        return found

    def _built(self) -> tuple[Blocks, Blocks]:
        """The indexes only a region reads (a corpus without region frames builds none)."""
        if self._points is None or self._mentions is None:
            self._points, self._mentions = Blocks(self.width), Blocks(self.width)
            for pos, info in enumerate(self.infos):
                if info.lo is None or info.country is None:
                    continue
                key = self._cell_key(info)
                if key is not None:
                    self._points.add(key, pos, info)
                for name in set(_mentions(info)):
                    self._mentions.add(("name", name), pos, info)
        return self._points, self._mentions

    def neighbours(self, info: FrameInfo, found: set[int]) -> None:
        """Add to ``found`` the frames of another country that ``info`` meets across a border."""
        if info.lo is None or info.country is None:
            return
        region = _regional(info)
        if not region and not self.regions.dated:  # no region frame: nothing to meet
            return
        near: set[int] = set()
        if self._cell_key(info) is not None:
            for key in self._region_cells_near(info):
                self.regions.near(key, info, near)
            if region:
                points = self._built()[0]
                for key in self._cells_near(info):
                    points.near(key, info, near)
        names = self.region_names.dated
        for name in _mentions(info):
            if ("name", name) in names:
                self.region_names.near(("name", name), info, near)
        if region and info.frame.place_text:
            self._built()[1].near(("name", norm(info.frame.place_text)), info, near)
        infos = self.infos
        found.update(q for q in near if infos[q].country != info.country)


def _precise(info: FrameInfo) -> bool:
    """Pinned to a town or a site, dated to one day by the text, in a known country."""
    return info.pinned and info.exact and info.country is not None and info.lo is not None


def named_pairs(infos: Sequence[FrameInfo]) -> set[tuple[int, int]]:
    """Pairs (i < j) of reports pinned to towns of two countries on one day both texts give,
    one naming the other's town in its marks (see the module docstring). A name with more
    than ``WORD_MAX_FRAMES`` reports on one day (a capital) is too common to tell which."""
    towns: dict[tuple[str, int], list[int]] = {}
    for pos, info in enumerate(infos):
        if _precise(info):
            assert info.lo is not None
            for name in place_names(info.frame):
                towns.setdefault((name, info.lo), []).append(pos)
    found: set[tuple[int, int]] = set()
    if not towns:
        return found
    for pos, info in enumerate(infos):
        if not _precise(info) or info.content is None or not info.content.marks:
            continue
        assert info.lo is not None
        for name in {n for mark in info.content.marks for n in mark}:
            there = towns.get((name, info.lo), ())
            if len(there) > WORD_MAX_FRAMES:
                continue
            found.update((min(pos, q), max(pos, q)) for q in there
                         if infos[q].country != info.country)
    return found
