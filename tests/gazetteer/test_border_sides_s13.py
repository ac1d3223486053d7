"""A place across a border is no place of the incident's area; a region spelled plainly after a
loose spelling of its name is found by the plain one; where a statement is made is not where
the incident was. Sentences written for the project, about conflicts no eval set covers."""

from __future__ import annotations

from typing import Any

import pytest

from rashomon.extract.frames_places import in_area
from rashomon.types import Location


def main_place(result: Any) -> tuple[str | None, str | None, str | None]:
    frame = next(f for f in result.frames if not f.background)
    loc = frame.location
    return (loc.name, loc.country, loc.precision) if loc is not None else (None, None, None)


def test_places_of_two_countries_are_two_areas() -> None:
    # 20 km apart across the Armenia-Azerbaijan border
    kapan = Location("Kapan", "AM", 39.2075, 46.4058, "town")
    zangilan = Location("Zangilan", "AZ", 39.0857, 46.6525, "town")
    assert not in_area(kapan, zangilan)
    assert in_area(kapan, Location("Goris", "AM", 39.5111, 46.3417, "town"))


def test_the_other_sides_accusation_does_not_move_the_incident(extract: Any) -> None:
    text = ("Azerbaijani forces shelled a village in Armenia's Syunik province on Tuesday, wounding two "
            "civilians, Armenia's Defence Ministry said. Azerbaijan's Defence Ministry said Armenian forces "
            "had fired on its positions in the Zangilan district first.")
    assert main_place(extract(text, published="2023-05-16"))[1] == "AM"


@pytest.mark.parametrize(("text", "country"), [
    # the region's index names hold a loose spelling ("Syunik'") and the plain one
    ("Shelling hit a school in Syunik province on Tuesday, officials said.", "AM"),
    ("Shelling damaged houses in Gegharkunik province on Tuesday, officials said.", "AM"),
])
def test_a_region_by_its_plain_name(extract: Any, text: str, country: str) -> None:
    assert main_place(extract(text, published="2023-05-16"))[1:] == (country, "region")


def test_where_a_spokesman_spoke_is_not_the_place(extract: Any) -> None:
    text = ("The Taliban administration rejected accusations that a drone attack on a police station in "
            "Pakistan had been planned on Afghan soil. \"Nobody may use our territory,\" a spokesman told "
            "reporters in Kabul.")
    assert main_place(extract(text, published="2025-07-11"))[0] != "Kabul"


def test_a_speakers_city_abroad_gives_way_to_the_incidents_country(extract: Any) -> None:
    # only the speaker's city is a fine place; the incident's country is named more: that country
    text = ("The Taliban administration on Friday rejected Pakistan's charge that the attack on a police "
            "post in Pakistan had been planned in Afghanistan. \"Nobody uses our soil against Pakistan,\" a "
            "spokesman told reporters in Kabul after the attack.")
    assert main_place(extract(text, title="Taliban reject Pakistan's charge over police post attack",
                              published="2025-07-11"))[:2] == ("Pakistan", "PK")


def test_a_speakers_city_in_the_incidents_country_stays(extract: Any) -> None:
    text = "Gunmen killed nine people in an attack on Tuesday, police in Katsina said."
    assert main_place(extract(text, published="2024-02-07"))[1] == "NG"
