"""The map's geometry: Web Mercator, views, tiles and the bundled Natural Earth outlines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.web.geo import (
    HEIGHT,
    MAX_ZOOM,
    MIN_ZOOM,
    TILE,
    WIDTH,
    View,
    countries,
    fit,
    lonlat,
    outline_paths,
    world_px,
)

lons = st.floats(-179.9, 179.9)
lats = st.floats(-85.0, 85.0)
zooms = st.integers(MIN_ZOOM, MAX_ZOOM)


@given(lons, lats, zooms)
def test_mercator_round_trip(lon: float, lat: float, zoom: int) -> None:
    back = lonlat(*world_px(lon, lat, zoom), zoom)
    assert back[0] == pytest.approx(lon, abs=1e-6) and back[1] == pytest.approx(lat, abs=1e-6)


def test_mercator_known_points() -> None:
    assert world_px(0, 0, 0) == pytest.approx((128, 128))
    assert world_px(-180, 85.05112878, 1) == pytest.approx((0, 0), abs=1e-6)


@given(st.lists(st.tuples(st.floats(-170, 170), st.floats(-70, 70)), min_size=1, max_size=12))
def test_fit_shows_every_point_or_falls_back_to_the_widest(points: list[tuple[float, float]]) -> None:
    view = fit(points)
    inside = all(0 <= x <= WIDTH and 0 <= y <= HEIGHT for x, y in (view.px(*p) for p in points))
    assert inside or view.zoom == MIN_ZOOM


@given(lons, st.floats(-60, 60), st.integers(2, MAX_ZOOM))
def test_tiles_cover_the_view(lon: float, lat: float, zoom: int) -> None:
    view = View(lon, lat, zoom)
    tiles = view.tiles()
    n = 2**zoom
    assert all(0 <= x < n and 0 <= y < n and z == zoom for z, x, y, _, _ in tiles)
    # the four corners of the view each fall in a tile
    for cx, cy in ((0, 0), (WIDTH - 1, 0), (0, HEIGHT - 1), (WIDTH - 1, HEIGHT - 1)):
        assert any(left <= cx < left + TILE and top <= cy < top + TILE for _, _, _, left, top in tiles)


@given(lons, st.floats(-60, 60), st.integers(3, MAX_ZOOM))
def test_pan_and_zoom_move_the_view(lon: float, lat: float, zoom: int) -> None:
    view = View(lon, lat, zoom)
    east = view.pan(WIDTH / 2, 0)
    x, y = view.px(east.lon, east.lat)
    world = TILE * 2**zoom  # panning past the antimeridian wraps the longitude
    gap = abs(x % world - WIDTH % world)
    assert min(gap, world - gap) == pytest.approx(0, abs=1)
    # a view keeps 4 decimals of latitude (~11 m): at zoom 14 and 60° that is over a pixel
    rounding = abs(view.px(lon, lat + 0.00005)[1] - view.px(lon, lat)[1])
    assert y == pytest.approx(HEIGHT / 2, abs=1 + rounding)
    assert view.zoomed(1).zoom == min(MAX_ZOOM, zoom + 1) and view.zoomed(-1).zoom == zoom - 1


@pytest.mark.parametrize(("country", "lon", "lat"), [
    ("Sudan", 32.53, 15.50),      # Khartoum
    ("Myanmar", 96.13, 19.75),    # Naypyidaw
    ("Mali", -8.00, 12.64),       # Bamako
    ("Armenia", 44.51, 40.18),    # Yerevan
    ("Dem. Rep. Congo", 29.23, -1.68),  # Goma
])
def test_outlines_hold_their_capitals(country: str, lon: float, lat: float) -> None:
    found = {c.name: c for c in countries()}
    west, south, east, north = found[country].bbox
    assert west <= lon <= east and south <= lat <= north


def test_outlines_cover_the_world_and_clip_to_the_view() -> None:
    assert len(countries()) > 200
    world = outline_paths(View(20, 25, 2))
    sahel = outline_paths(View(0.0, 14.0, 6))
    assert len(world) > len(sahel) > 3
    assert {"Mali", "Niger", "Burkina Faso"} <= {name for name, _ in sahel}
    assert all(d.startswith("M") and d.endswith("Z") for _, d in sahel)
