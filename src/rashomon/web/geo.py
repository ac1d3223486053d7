"""Country outlines and the Web Mercator view of the workbench's map, drawn as SVG on the server.

The outlines are Natural Earth's 1:50m admin-0 countries (public domain) as TopoJSON from the
``world-atlas`` npm package 2.0.2 (ISC licence, in ``data/world-atlas/``), decoded once per
process. A :class:`View` is a centre and an integer zoom, the same numbers slippy-map tiles use,
so an online tile layer lines up with the outlines. Paths are rounded to whole pixels and
repeated points dropped, so a page's SVG stays small at any zoom.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

TILE = 256  # a format (Web Mercator tiles are 256 px), not tuned
MAX_LAT = 85.05112878  # a format: Web Mercator's edge
MIN_ZOOM, MAX_ZOOM = 1, 14  # presentation only: the map's zoom range
WIDTH, HEIGHT = 960, 540  # presentation only: px of the map

Ring = tuple[tuple[float, float], ...]  # (lon, lat) points


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    rings: tuple[Ring, ...]
    bbox: tuple[float, float, float, float]  # west, south, east, north


def _decode_arcs(topology: dict[str, object]) -> list[list[tuple[float, float]]]:
    transform = topology["transform"]
    assert isinstance(transform, dict)
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topology["arcs"]:  # type: ignore[attr-defined]
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> Ring:
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return tuple(points)


@cache
def countries() -> tuple[Country, ...]:
    """Every country's outline, decoded from the bundled TopoJSON (once per process)."""
    raw = resources.files("rashomon.web").joinpath("data/world-atlas/countries-50m.json").read_text("utf-8")
    topology = json.loads(raw)
    arcs = _decode_arcs(topology)
    out = []
    for geom in topology["objects"]["countries"]["geometries"]:
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        rings = tuple(_ring(r, arcs) for poly in polys for r in poly)
        lons = [p[0] for r in rings for p in r]
        lats = [p[1] for r in rings for p in r]
        if lons:
            out.append(Country(geom.get("properties", {}).get("name", ""), rings,
                               (min(lons), min(lats), max(lons), max(lats))))
    return tuple(out)


def world_px(lon: float, lat: float, zoom: int) -> tuple[float, float]:
    """Web Mercator pixel coordinates of a point at ``zoom`` (the whole world is 256·2^zoom px)."""
    size = TILE * 2**zoom
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    s = math.sin(math.radians(lat))
    return (lon + 180) / 360 * size, (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * size


def lonlat(x: float, y: float, zoom: int) -> tuple[float, float]:
    """The inverse of :func:`world_px`."""
    size = TILE * 2**zoom
    lon = x / size * 360 - 180
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / size))))
    return lon, lat


@dataclass(frozen=True, slots=True)
class View:
    lon: float
    lat: float
    zoom: int

    @property
    def origin(self) -> tuple[float, float]:
        cx, cy = world_px(self.lon, self.lat, self.zoom)
        return cx - WIDTH / 2, cy - HEIGHT / 2

    def px(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = world_px(lon, lat, self.zoom)
        ox, oy = self.origin
        return x - ox, y - oy

    def bbox(self) -> tuple[float, float, float, float]:
        """west, south, east, north of the view."""
        ox, oy = self.origin
        west, north = lonlat(ox, oy, self.zoom)
        east, south = lonlat(ox + WIDTH, oy + HEIGHT, self.zoom)
        return west, south, east, north

    def pan(self, dx_px: float, dy_px: float) -> View:
        cx, cy = world_px(self.lon, self.lat, self.zoom)
        lon, lat = lonlat(cx + dx_px, cy + dy_px, self.zoom)
        return View(round(((lon + 180) % 360) - 180, 4), round(lat, 4), self.zoom)

    def zoomed(self, step: int) -> View:
        return View(self.lon, self.lat, max(MIN_ZOOM, min(MAX_ZOOM, self.zoom + step)))

    def tiles(self) -> list[tuple[int, int, int, float, float]]:
        """Slippy-map tiles covering the view: (z, x, y, left px, top px)."""
        ox, oy = self.origin
        n = 2**self.zoom
        out = []
        for ty in range(max(0, int(oy // TILE)), min(n, int((oy + HEIGHT) // TILE) + 1)):
            for tx in range(int(ox // TILE), int((ox + WIDTH) // TILE) + 1):
                out.append((self.zoom, tx % n, ty, tx * TILE - ox, ty * TILE - oy))
        return out


def fit(points: list[tuple[float, float]]) -> View:
    """The closest view that shows every (lon, lat) point with a margin; the world if none."""
    if not points:
        return View(20.0, 25.0, 2)
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    lon, lat = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    for zoom in range(min(MAX_ZOOM, 10), MIN_ZOOM - 1, -1):
        view = View(round(lon, 4), round(lat, 4), zoom)
        xy = [view.px(*p) for p in points]
        if all(40 <= x <= WIDTH - 40 and 40 <= y <= HEIGHT - 40 for x, y in xy):
            return view
    return View(round(lon, 4), round(lat, 4), MIN_ZOOM)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


@lru_cache(maxsize=256)  # a view's outlines never change: pan/zoom links revisit the same views
def outline_paths(view: View) -> tuple[tuple[str, str], ...]:
    """(country name, SVG path data) of the countries in the view, in whole pixels."""
    box = view.bbox()
    out = []
    for country in countries():
        if not _overlaps(country.bbox, box):
            continue
        parts = []
        for ring in country.rings:
            pts: list[tuple[int, int]] = []
            for lon, lat in ring:
                x, y = view.px(lon, lat)
                p = (round(x), round(y))
                if not pts or p != pts[-1]:
                    pts.append(p)
            if len(pts) >= 3:
                parts.append("M" + "L".join(f"{x} {y}" for x, y in pts) + "Z")
        if parts:
            out.append((country.name, "".join(parts)))
    return tuple(out)
