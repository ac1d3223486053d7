"""A region two countries share ("Kashmir": informal_regions.tsv column ``spans``) backs each
by a share, so a small town of either named in it is read in its country, not dropped to a
name without a country. Sentences written for the project."""

from __future__ import annotations

from typing import Any

import pytest

from rashomon.gazetteer.place_data import shared_region_countries
from rashomon.gazetteer.places import PlaceGazetteer


def place(extract: Any, text: str) -> Any:
    frame = next(f for f in extract(text, published="2024-06-10").frames if not f.background)
    return frame.location


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Militants attacked an army camp in Uri, near the Line of Control in Kashmir, on Sunday, "
     "killing 17 soldiers.", "Uri", "IN"),
    ("Suspected rebels killed five soldiers in Kupwara in Kashmir on Tuesday, police said.", "Kupwara", "IN"),
    ("Gunmen killed two policemen in Athmuqam in Kashmir on Tuesday, officials said.", "Athmuqam", "PK"),
])
def test_a_town_in_kashmir_is_in_its_country(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country, loc.precision) == (name, country, "town"), loc


def test_kashmir_backs_both_sides_by_half(places: PlaceGazetteer) -> None:
    assert shared_region_countries() == {"Kashmir": ("IN", "PK")}
    ctx = places.context("Protesters marched in Kashmir on Friday against the new law.")
    assert ctx.countries == {"IN": 0.5, "PK": 0.5}


def test_a_belt_of_many_countries_still_backs_none(extract: Any) -> None:
    loc = place(extract, "Jihadists killed 20 villagers in the Sahel on Sunday, officials said.")
    assert (loc.name, loc.country) == ("Sahel", None), loc
