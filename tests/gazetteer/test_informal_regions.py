"""Informal and historic regions (data/informal_regions.tsv): a region of one country is a
place of that country at region precision; a region of several countries backs none.

Sentences are written for the project, about conflicts no eval set covers.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from importlib import resources

import pytest

from rashomon.gazetteer.fold import name_key
from rashomon.gazetteer.place_context import haversine_km
from rashomon.gazetteer.place_data import border_crossings, informal_regions
from rashomon.gazetteer.places import PlaceGazetteer

Found = dict[str, tuple[str, str | None, str]]  # read_places(text): {mention: (name, country, precision)}




@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Fighting broke out across Darfur on Monday, aid workers said.", "Darfur", "SD"),
    ("RSF fighters looted villages in Kordofan, residents told reporters.", "Kordofan", "SD"),
    ("Government jets bombed the Nuba Mountains again, rebels said.", "Nuba Mountains", "SD"),
    ("Clashes in Nagorno-Karabakh killed four soldiers, officials said.", "Nagorno-Karabakh", "AZ"),
    ("Russian troops reinforced their bases in South Ossetia.", "South Ossetia", "GE"),
    ("Militants attacked an army post in Katanga on Friday.", "Katanga", "CD"),
    ("Separatists ambushed soldiers in Ambazonia, the army said.", "Ambazonia", "CM"),
    ("Clan militias fought government troops in Jubaland.", "Jubaland", "SO"),
    ("Rival forces mobilised in Cyrenaica after the vote.", "Cyrenaica", "LY"),
    ("Gunmen killed eight farmers in the Tierra Caliente, police said.", "Tierra Caliente", "MX"),
])
def test_region_of_one_country(read_places: Callable[[str], Found], text: str, mention: str, country: str) -> None:
    found = read_places(text)
    assert mention in found, found
    assert found[mention][1:] == (country, "region"), found[mention]


@pytest.mark.parametrize(("text", "mention"), [
    ("Jihadists killed 20 villagers in the Sahel on Sunday, officials said.", "Sahel"),
    ("Jets struck fighters across Kurdistan overnight.", "Kurdistan"),
    ("Traffickers moved their labs deeper into the Golden Triangle.", "Golden Triangle"),
])
def test_region_of_several_countries_backs_none(places: PlaceGazetteer, text: str, mention: str,
        read_places: Callable[[str], Found]) -> None:
    found = read_places(text)
    assert found.get(mention, ("", None, "region"))[1:] == (None, "region"), found
    assert not any(ctry for _, ctry, _ in found.values()), found
    assert not places.context(text).countries


def test_a_first_level_unit_of_that_name_wins_where_the_article_backs_it(read_places: Callable[[str], Found]) -> None:
    # Burkina Faso's Sahel region is a first-level unit: the article names its country
    text = "Jihadists attacked Dori in Burkina Faso's Sahel region on Sunday, killing 12 soldiers."
    assert read_places(text)["Sahel"][1:] == ("BF", "region")


def test_the_table_is_well_formed() -> None:
    rows = informal_regions()
    assert len(rows) >= 20
    names = [r.location.name for r in rows]
    assert len(names) == len(set(names))
    for r in rows:
        assert r.location.precision == "region" and r.source == "supplement"
        assert r.location.lat is not None and -90 <= r.location.lat <= 90
        assert r.location.lon is not None and -180 <= r.location.lon <= 180
        assert r.location.country is None or len(r.location.country) == 2


@pytest.mark.parametrize(("text", "mention", "country"), [
    # major border crossings GeoNames lacks (data/border_crossings.tsv), on the named side
    ("A suicide bomber struck near the Torkham border crossing, killing five people.",
     "Torkham border crossing", "PK"),
    ("Troops exchanged fire near the Wagah border on Friday.", "Wagah border", "PK"),
    ("Indian officials said the Attari border was closed after gunfire.", "Attari border", "IN"),
    ("An air strike hit near Bab al-Hawa, close to the Turkish frontier.", "Bab al-Hawa", "SY"),
    ("Aid trucks waited at the Kerem Shalom crossing for a third day.", "Kerem Shalom crossing", "IL"),
    ("Queues of cars formed at Upper Lars as men fled the draft.", "Upper Lars", "RU"),
])
def test_border_crossings(read_places: Callable[[str], Found], text: str, mention: str, country: str) -> None:
    found = read_places(text)
    assert found.get(mention, ("", None, ""))[1:] == (country, "exact"), found


def test_the_crossings_table_is_well_formed() -> None:
    rows = border_crossings()
    assert len(rows) >= 10 and len({r.location.name for r in rows}) == len(rows)
    assert len({r.location.country for r in rows}) >= 6  # crossings of several conflicts
    for r in rows:
        assert r.location.precision == "exact" and r.kind == "crossing" and r.location.country


def test_each_region_point_is_its_main_town_in_geonames(places: PlaceGazetteer) -> None:
    """The header says a region's point is its main town (column ``point_from``): where the
    place index has that town in that country, the row's point lies within 10 km of it."""
    text = resources.files("rashomon.data").joinpath("informal_regions.tsv").read_text("utf-8")
    rows = list(csv.DictReader([ln for ln in text.splitlines() if ln and not ln.startswith("#")],
                               delimiter="\t"))
    checked = 0
    for row in rows:
        town = row["point_from"].split(" (")[0]
        towns = [h.place for h in places._geo.by_light(name_key(town))
                 if h.place.kind == "town" and h.place.country == (row["country"] or h.place.country)]
        if not towns:
            continue
        main = max(towns, key=lambda p: p.population)
        km = haversine_km(float(row["lat"]), float(row["lon"]), main.lat, main.lon)
        assert km <= 10.0, (row["name"], town, round(km, 1))
        checked += 1
    assert checked >= len(rows) * 3 // 4  # most main towns are in the index
