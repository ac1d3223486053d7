"""Blocking: which frames are worth comparing at all.

Each frame is first turned into a :class:`FrameInfo` (dates as day-ordinal intervals, place
identity, tokens). Candidate pairs are then generated only inside blocks:

* **place**: a frame with coordinates (town or exact precision, or coordinates of unknown
  precision) sits in a lat/lon grid cell about ``link_radius_km`` wide and is compared with
  frames in its own and the neighbouring cells; a town without coordinates is keyed by
  (country, name); a frame at country or region precision is compared with every frame of
  that country; a frame without a resolved location is keyed by its normalized
  ``place_text``. A frame with no place at all is never compared (it stays its own event).
* **date**: day ordinals are bucketed by ``link_date_window_days``; a dated frame is
  compared with frames in its own and the neighbouring buckets. An undated frame is
  compared with every frame at its place (all buckets), unless the dated frames there fall
  in more than ``UNDATED_MAX_BUCKETS`` date buckets: at a place with many incidents over
  time an undated report cannot be placed in time with any confidence (and comparing it
  with years of reports would make the cost grow with the square of the corpus span), so
  it is compared with undated frames only. One big incident with hundreds of reports
  occupies few buckets and stays reachable.

The cost is therefore proportional to the number of frames times the block size, not to
the square of the number of frames.
"""

from __future__ import annotations

import calendar
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from rashomon.types import Frame

logger = logging.getLogger(__name__)

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = 111.2
WEEK_HALF_WIDTH_DAYS = 3  # a week-precision date is read as the middle of that week
UNDATED_MAX_BUCKETS = 10  # dated incidents near an undated frame beyond which it is ambiguous
PINNED_PRECISIONS = frozenset({"exact", "town"})
BROAD_PRECISIONS = frozenset({"country", "region"})
PLACEHOLDER_ACTORS = frozenset({"", "unknown", "unidentified", "unknown actor", "none"})
PLACE_STOPWORDS = frozenset(
    {"near", "in", "the", "of", "at", "on", "outside", "close", "to", "around", "town",
     "city", "village", "province", "governorate", "district", "area", "region", "border",
     "north", "south", "east", "west", "northern", "southern", "eastern", "western", "a",
     "and", "al", "el"}
)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)

PlaceKey = tuple[str | int, ...]


def norm(text: str) -> str:
    """Lower-case, collapse whitespace and hyphens: the form names are compared in."""
    return " ".join(_TOKEN.findall(text.casefold()))


def place_tokens(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    return frozenset(t for t in _TOKEN.findall(text.casefold()) if t not in PLACE_STOPWORDS)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class FrameInfo:
    """A frame prepared for linking. ``lo``/``hi`` are day ordinals (None: undated)."""

    frame: Frame
    key: str  # "article_id#index", the frame key used for event ids
    lo: int | None
    hi: int | None
    exact: bool  # dated to one day
    lat: float | None
    lon: float | None
    pinned: bool  # a point place: town or exact precision
    broad: bool  # country or region precision: blocks with its whole country
    country: str | None
    place_id: tuple[str, ...] | None  # identity of the resolved place
    tokens: frozenset[str]  # place_text tokens
    actors: frozenset[str]  # perpetrators and targets, normalized

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None and not self.broad

    @property
    def dated(self) -> bool:
        return self.lo is not None

    @property
    def country_level(self) -> bool:
        loc = self.frame.location
        return loc is not None and loc.precision == "country"


def _date_interval(frame: Frame) -> tuple[int | None, int | None, bool]:
    if not frame.date:
        return None, None, False
    raw = frame.date.strip()
    try:
        day = date.fromisoformat(raw[:10])
    except ValueError:
        try:
            year, month = (int(p) for p in raw[:7].split("-"))
            day = date(year, month, 1)
        except ValueError:
            logger.debug("frame %s#%s: unreadable date %r, treated as undated",
                         frame.article_id, frame.index, frame.date)
            return None, None, False
        last = date(year, month, calendar.monthrange(year, month)[1])
        return day.toordinal(), last.toordinal(), False
    d = day.toordinal()
    if frame.date_precision == "month":
        last = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        return day.replace(day=1).toordinal(), last.toordinal(), False
    if frame.date_precision == "week":
        return d - WEEK_HALF_WIDTH_DAYS, d + WEEK_HALF_WIDTH_DAYS, False
    return d, d, True  # "day", or a full date whose precision was not stated


def prepare(frame: Frame) -> FrameInfo:
    lo, hi, exact = _date_interval(frame)
    loc = frame.location
    lat = lon = None
    pinned = broad = False
    country = None
    place_id: tuple[str, ...] | None = None
    if loc is not None:
        country = loc.country.upper() if loc.country else None
        lat, lon = loc.lat, loc.lon
        pinned = loc.precision in PINNED_PRECISIONS
        broad = loc.precision in BROAD_PRECISIONS
        place_id = ("loc", norm(loc.name), country or "")
    elif frame.place_text and norm(frame.place_text):
        place_id = ("text", norm(frame.place_text))
    actors = frozenset(
        a for a in (norm(x) for x in (*frame.perpetrators, *frame.targets))
        if a not in PLACEHOLDER_ACTORS
    )
    return FrameInfo(
        frame=frame, key=f"{frame.article_id}#{frame.index}", lo=lo, hi=hi, exact=exact,
        lat=lat, lon=lon, pinned=pinned, broad=broad, country=country, place_id=place_id,
        tokens=place_tokens(frame.place_text), actors=actors,
    )


class _Blocks:
    """Indexes of frame positions by place key and date bucket."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.dated: dict[PlaceKey, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.undated: dict[PlaceKey, list[int]] = defaultdict(list)

    def buckets(self, info: FrameInfo) -> range:
        assert info.lo is not None and info.hi is not None
        return range(info.lo // self.width, info.hi // self.width + 1)

    def add(self, key: PlaceKey, pos: int, info: FrameInfo) -> None:
        if info.lo is None:
            self.undated[key].append(pos)
            return
        for b in self.buckets(info):
            self.dated[key][b].append(pos)

    def date_buckets(self, keys: Iterable[PlaceKey]) -> set[int]:
        found: set[int] = set()
        for key in keys:
            found.update(self.dated.get(key, {}))
        return found

    def near(self, key: PlaceKey, info: FrameInfo, *, with_dated: bool = True) -> Iterable[int]:
        """Positions at ``key`` whose dates may lie within the window of ``info``."""
        yield from self.undated.get(key, ())
        by_bucket = self.dated.get(key)
        if not by_bucket or not with_dated:
            return
        if info.lo is None:
            for members in by_bucket.values():
                yield from members
            return
        wanted: set[int] = set()
        for b in self.buckets(info):
            wanted.update((b - 1, b, b + 1))
        for b in sorted(wanted):
            yield from by_bucket.get(b, ())


def _cell(lat: float, lon: float, cell_deg: float) -> tuple[int, int]:
    return math.floor(lat / cell_deg), math.floor(lon / cell_deg)


def _cell_neighbours(lat: float, cell_deg: float, cell: tuple[int, int]) -> list[PlaceKey]:
    """Cells that may hold a point within one radius (= one cell of latitude)."""
    worst_lat = min(89.0, abs(lat) + 2 * cell_deg)
    span = min(360, math.ceil(1.0 / math.cos(math.radians(worst_lat))))
    i, j = cell
    return [("cell", i + di, j + dj) for di in (-1, 0, 1)
            for dj in range(-span, span + 1)]


def candidate_pairs(infos: Sequence[FrameInfo], window_days: int,
                    radius_km: float) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, of positions in ``infos`` that share a place and date block."""
    width = max(1, window_days)
    cell_deg = max(radius_km, 0.1) / KM_PER_DEGREE
    blocks = _Blocks(width)
    members = _Blocks(width)  # every frame of a country, for frames at country precision
    queries: list[tuple[int, list[PlaceKey], _Blocks]] = []
    for pos, info in enumerate(infos):
        own: list[PlaceKey] = []
        look: list[PlaceKey] = []
        if info.country is not None:
            members.add(("country", info.country), pos, info)
        if info.broad and info.country is not None:
            queries.append((pos, [("country", info.country)], members))
        if info.has_point:
            assert info.lat is not None and info.lon is not None
            cell = _cell(info.lat, info.lon, cell_deg)
            own.append(("cell", *cell))
            look.extend(_cell_neighbours(info.lat, cell_deg, cell))
        if info.place_id is not None and not (info.broad and info.country is not None):
            own.append(info.place_id)
            look.append(info.place_id)
        for key in own:
            blocks.add(key, pos, info)
        if look:
            queries.append((pos, look, blocks))
    busy = {pos for pos, keys, index in queries if infos[pos].lo is None
            and len(index.date_buckets(keys)) > UNDATED_MAX_BUCKETS}
    pairs: set[tuple[int, int]] = set()
    for pos, keys, index in queries:
        info = infos[pos]
        for key in keys:
            for other in index.near(key, info, with_dated=pos not in busy):
                if other == pos or (other in busy and info.lo is not None):
                    continue
                pairs.add((pos, other) if pos < other else (other, pos))
    if busy:
        logger.debug("blocking: %d undated frames at busy places compared with undated "
                     "frames only", len(busy))
    logger.debug("blocking: %d frames, %d candidate pairs", len(infos), len(pairs))
    return pairs
