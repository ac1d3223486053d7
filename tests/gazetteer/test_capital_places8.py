"""A country's capital town (issue 10): "Mali's capital", "the Somali capital" name a town, and the
extract stage asks the gazetteer which (PlaceGazetteer.capital)."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.places import PlaceGazetteer


@pytest.mark.parametrize(("code", "name"), [
    ("ML", "Bamako"), ("SO", "Mogadishu"), ("HT", "Port-au-Prince"), ("NE", "Niamey"),
    ("MZ", "Maputo"), ("SS", "Juba"), ("CM", "Yaounde"),
])
def test_the_capital_is_a_town_at_the_countrys_point(places: PlaceGazetteer, code: str, name: str) -> None:
    town = places.capital(code)
    country = places.country(code)
    assert town is not None and country is not None
    assert (town.name, town.country, town.precision) == (name, code, "town"), town
    assert places.distance_km(town, country) <= 1.0


def test_no_code_no_capital(places: PlaceGazetteer) -> None:
    assert places.capital(None) is None
    assert places.capital("XX") is None
