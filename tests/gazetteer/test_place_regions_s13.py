"""A region named alone is a place; a name the article writes as its region is that region when
written bare; people-words place nothing. Sentences written for the project, about conflicts no
eval set covers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Found = dict[str, tuple[str, str | None, str]]


def main_place(result: Any) -> tuple[str | None, str | None, str | None]:
    frame = next(f for f in result.frames if not f.background)
    loc = frame.location
    return (loc.name, loc.country, loc.precision) if loc is not None else (None, None, None)


@pytest.mark.parametrize(("text", "name", "country"), [
    # the tagger reads the region's name as a date; "in" and the gazetteer say it is a place
    ("An air strike on a market in Amhara killed 12 people, a doctor said.", "Amhara", "ET"),
    ("A drone strike killed at least 30 people in Amhara on Sunday, residents said.", "Amhara", "ET"),
    ("Shelling killed five people in Tigray on Monday, local officials said.", "Tigray", "ET"),
])
def test_a_region_named_alone_is_the_place(extract: Any, text: str, name: str, country: str) -> None:
    assert main_place(extract(text, published="2024-05-02")) == (name, country, "region")


def test_a_month_is_still_no_place(extract: Any) -> None:
    # "in August" stays a date, though a town is called so
    got = main_place(extract("In August, gunmen killed 12 people in Kutum, officials said.", published="2024-09-02"))
    assert got[0] == "Kutum"


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen killed 40 Sudanese villagers on Sunday, witnesses said.", "SD"),
    ("Soldiers shot dead six Burmese farmers on Monday, a rights group said.", "MM"),
    ("Gunmen killed 12 Haitian commuters on a bus on Friday, police said.", "HT"),
])
def test_people_words_place_no_town_or_region(extract: Any, text: str, country: str) -> None:
    # a people-word is no town or region; since session 12 a text naming no place at all takes
    # the one nationality's country, weakly, at country precision (frames_place_country.people_country)
    name, got, precision = main_place(extract(text, published="2024-05-02"))
    assert (got, precision) == (country, "country"), name


@pytest.mark.parametrize(("text", "name", "precision"), [
    # the article writes the name as its region and never as the town: the bare name is the region
    ("Junta jets bombed a school in Sagaing on Monday. The village lies in Sagaing region's "
     "Tabayin township.", "Sagaing", "region"),
    ("Army shells hit a clinic in Kachin on Monday. Fighting in Kachin state has intensified.", "Kachin", "region"),
    # the town written as one somewhere: the bare name stays the town
    ("A bomb exploded in Sagaing on Monday. Sagaing town lies on the Irrawaddy, in Sagaing region.",
     "Sagaing", "town"),
    # an address of the town and its region ("Basra, Basra governorate") names the town
    ("A car bomb exploded in Basra, Basra governorate, Iraq.", "Basra", "town"),
    ("A car bomb exploded in Basra city, Basra governorate, Iraq.", "Basra", "town"),
])
def test_a_name_written_as_its_region(read_places: Callable[[str], Found], places: Any, text: str, name: str,
                                      precision: str) -> None:
    ctx = places.context(text)
    first = next(h for h in places.find(text, ctx) if text[h.start:h.end] == name)
    assert first.location.precision == precision


@pytest.mark.parametrize(("text", "name", "country"), [
    # ISO 3166-2 second-level units (pycountry), with a unit word, in a country the article backs
    ("Jihadists killed 20 soldiers in Burkina Faso's Soum province on Tuesday.", "Soum", "BF"),
    ("Gunmen attacked a village in Bam province, Burkina Faso, on Sunday.", "Bam", "BF"),
])
def test_a_second_level_unit_is_placed_at_region_precision(read_places: Callable[[str], Found], text: str,
                                                           name: str, country: str) -> None:
    assert read_places(text)[name] == (name, country, "region")


def test_a_second_level_unit_needs_its_country(read_places: Callable[[str], Found]) -> None:
    # no country backed: the name alone is no place (nor the Iranian city of Bam as a province)
    assert "Soum" not in read_places("Jihadists killed 20 soldiers in Soum province on Tuesday.")


def test_a_town_of_the_unit_name_keeps_the_towns_point(places: Any) -> None:
    # the unit named after its town is an area around the town (session 17: at region precision,
    # so that a town of it another report names is inside it), never its first-level region's
    # centre far from the town
    text = "Rebels attacked Kasese district in western Uganda."
    hit = next(h for h in places.find(text, places.context(text)) if text[h.start:h.end] == "Kasese")
    town = places.resolve("Kasese", country_hint="UG")
    assert (hit.location.lat, hit.location.lon, hit.location.precision) == (town.lat, town.lon, "region")
