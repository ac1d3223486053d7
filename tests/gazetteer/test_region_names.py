"""Regions are shown under their English name (issue 10 fault 3): the English label among
their alternate names ("Sagaing Region") where the GeoNames name is a local or old spelling
("Sagain"); matching is unchanged (the GeoNames name still finds the region)."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.places import PlaceGazetteer
from rashomon.gazetteer.region_names import english_name


@pytest.mark.parametrize(("geo", "aliases", "shown"), [
    ("Sagain", ["Sagaing Region"], "Sagaing"),
    ("Ninawa", ["Nineveh", "Nineveh Governorate"], "Nineveh"),
    ("Dimashq", ["Damascus City", "Damascus Governorate"], "Damascus"),
    ("Chernivetska", ["Chernivtsi", "Chernivtsi Oblast"], "Chernivtsi"),
    ("Oromiya", ["Oromia Regional State", "Oromīya Kilil", "The State of Oromia"], "Oromia"),
    # the GeoNames name is English or one of the labels itself: it stays
    ("Tibet", ["Tibet", "Xizang", "Xizang Autonomous Region"], None),
    ("Middle Juba", ["Juba Dhexe", "Jubbada Dhexe Region", "Middle Jubba"], None),
    ("Anbar", ["Al-Anbar Governorate", "Anbar Governorate", "Anbar Province"], None),
    ("Yangon", ["Rangoon"], None),  # no English label
    ("Nord Kivu", ["North Kivu"], "North Kivu"),  # French directions, English ones listed
    ("Sud-Ubangi", ["Province du Sud-Ubangi"], None),  # ... none listed
    # a label made of an adjective, in English or another language, names no place
    ("Flanders", ["Flandern", "Flemish Region", "Flämische Region"], None),
    ("Gomel", ["Gomelskaya Oblast", "Homyelskaya Voblasts"], None),
])
def test_english_name(geo: str, aliases: list[str], shown: str | None) -> None:
    assert english_name(geo, aliases) == shown


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Sagaing region", "Sagaing", "MM"), ("Sagain", "Sagaing", "MM"), ("Nineveh province", "Nineveh", "IQ"),
    ("Raqqa province", "Raqqa", "SY"), ("Chernivtsi oblast", "Chernivtsi", "UA"), ("Oromia region", "Oromia", "ET"),
    ("Kufra district, Libya", "Kufra", "LY"), ("North Kivu province", "North Kivu", "CD"),
])
def test_a_region_is_shown_under_its_english_name(places: PlaceGazetteer, text: str, name: str, country: str) -> None:
    loc = places.resolve(text)
    assert loc is not None and (loc.name, loc.country, loc.precision) == (name, country, "region")


def test_the_shown_name_finds_the_region_again(places: PlaceGazetteer) -> None:
    """Every region's shown name is one of its names: resolving it gives the same region."""
    for place, _ in places._geo.named():
        if place.kind != "region" or place.index not in places._geo._shown:
            continue
        cands = places.candidates(place.name, skeleton=False)
        assert any(c.source == "region" and c.admin1 == place.admin1 for c in cands), place.name


@pytest.mark.parametrize(("text", "expected"), [
    # "Chechen Republic" gives the region no name "Chechen": the word is the people's
    ("Kadyrov said Chechen units were sent to Kursk on Monday.", {"Kursk": ("Kursk", "RU", "town")}),
    ("Chuvash volunteers joined the assault, Russian media said.", {}),
    ("Drones hit an oil depot in Chechnya, Russian officials said.", {"Chechnya": ("Chechnya", "RU", "region")}),
])
def test_a_peoples_word_of_a_republic_is_no_region(read_places: object, text: str, expected: object) -> None:
    assert read_places(text) == expected  # type: ignore[operator]


def test_the_republic_by_its_full_name_is_the_region(places: PlaceGazetteer) -> None:
    loc = places.resolve("the Chechen Republic")
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Chechnya", "RU", "region")
