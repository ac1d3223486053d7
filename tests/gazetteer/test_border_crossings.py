"""Each border crossing's point (data/border_crossings.tsv) is checked against data it was not
taken from: the country outlines the workbench draws (Natural Earth 1:50m) and, where GeoNames
names the spot, the GeoNames place of that name (issue 10 fault 4)."""

from __future__ import annotations

import csv
import math
from functools import cache
from importlib import resources
from itertools import pairwise

import pycountry
import pytest

from rashomon.gazetteer.fold import name_key
from rashomon.gazetteer.place_context import haversine_km
from rashomon.gazetteer.places import PlaceGazetteer
from rashomon.web.geo import Country, countries

# Natural Earth 1:50m borders are simplified: along a river or a coast they lie up to ~6 km
# from the line (the Khabur at Ibrahim Khalil: 5.5 km; the Jordan-Syria line at Nasib: 5.6 km)
OUTLINE_KM = 7.0
# a crossing named after a place GeoNames has lies at that place (a kibbutz, a village, the gate)
SAME_NAME_KM = 3.0
_CROSSING_WORDS = {"crossing", "border", "checkpoint", "gate"}
_NATURAL_EARTH_NAMES = {"Turkey": "TR"}  # names pycountry does not know ("Türkiye" there)


def _rows() -> list[dict[str, str]]:
    text = resources.files("rashomon.data").joinpath("border_crossings.tsv").read_text("utf-8")
    return list(csv.DictReader([ln for ln in text.splitlines() if ln and not ln.startswith("#")], delimiter="\t"))


def _sides(row: dict[str, str]) -> list[str]:
    return [side.split()[0] for side in row["between"].split("-")]  # "IL-PS (Gaza)" -> IL, PS


@cache
def _outlines() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for country in countries():
        code = _NATURAL_EARTH_NAMES.get(country.name)
        if code is None:
            try:
                code = pycountry.countries.lookup(country.name).alpha_2
            except LookupError:  # "Russia", "Syria": pycountry's fuzzy search knows them
                try:
                    code = pycountry.countries.search_fuzzy(country.name)[0].alpha_2
                except LookupError:
                    continue
        out.setdefault(code, country)
    return out


def _segment_km(lat: float, lon: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance in km from a point to a segment of (lon, lat) points, in a local flat projection."""
    kx, ky = 111.32 * math.cos(math.radians(lat)), 110.57
    ax, ay, bx, by = (a[0] - lon) * kx, (a[1] - lat) * ky, (b[0] - lon) * kx, (b[1] - lat) * ky
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
    return math.hypot(ax + t * dx, ay + t * dy)


def _outline_km(country: Country, lat: float, lon: float) -> float:
    return min(_segment_km(lat, lon, r[i], r[i + 1]) for r in country.rings for i in range(len(r) - 1))


def _inside(country: Country, lat: float, lon: float) -> bool:
    crossings = 0
    for ring in country.rings:
        for (x1, y1), (x2, y2) in pairwise(ring):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


ROWS = _rows()


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_a_crossing_lies_on_the_border_of_its_two_sides(row: dict[str, str]) -> None:
    lat, lon = float(row["lat"]), float(row["lon"])
    sides = _sides(row)
    assert row["country"] in sides and len(set(sides)) == 2
    outlines = _outlines()
    own = outlines[row["country"]]
    assert _inside(own, lat, lon) or _outline_km(own, lat, lon) <= OUTLINE_KM  # on its named side
    if row["on_border"] == "yes":
        assert all(_outline_km(outlines[side], lat, lon) <= OUTLINE_KM for side in sides)
    else:  # Qalandia: inside its side, off the 1949 line
        assert row["on_border"] == "no" and _inside(own, lat, lon)


def test_a_crossing_lies_at_the_geonames_place_of_its_name(places: PlaceGazetteer) -> None:
    """Where GeoNames names a place of the two sides like the crossing (without "crossing",
    "checkpoint"...), the crossing lies within SAME_NAME_KM of the nearest one; the rows so
    checked are the ones the table's header names (the others: only the outlines check them)."""
    checked = set()
    for row in ROWS:
        lat, lon = float(row["lat"]), float(row["lon"])
        names = {" ".join(w for w in n.split() if w.lower() not in _CROSSING_WORDS)
                 for n in [row["name"], *row["variants"].split("|")]}
        towns = [h.place for n in names if n for h in places._geo.by_light(name_key(n))
                 if h.place.kind == "town" and h.place.country in _sides(row)]
        if towns:
            km = min(haversine_km(lat, lon, t.lat, t.lon) for t in towns)
            assert km <= SAME_NAME_KM, (row["name"], round(km, 1))
            checked.add(row["name"])
    assert checked == {"Erez crossing", "Qalandia checkpoint", "Ibrahim Khalil crossing"}


@pytest.mark.parametrize(("lat", "lon", "code"), [(31.6, 74.2, "PK"), (31.6, 74.9, "IN"), (36.2, 37.16, "SY")])
def test_the_outline_test_tells_the_sides_apart(lat: float, lon: float, code: str) -> None:
    outlines = _outlines()
    assert _inside(outlines[code], lat, lon)
    assert all(not _inside(c, lat, lon) for k, c in outlines.items() if k != code)
