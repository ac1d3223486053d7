"""The incident's place when a sentence names regions: addresses ("Town, Region"), first-level
unit nouns ("X province", "X state") and informal regions ("Darfur"). Issue 10, faults 1, 2
and 4; sentences written for the project about conflicts no eval set covers."""

from __future__ import annotations

from typing import Any

import pytest

from rashomon.types import Location


def _place(extract: Any, text: str) -> Location | None:
    frames = [f for f in extract(text, published="2023-05-10").frames if not f.background]
    assert frames, text
    return frames[0].location  # type: ignore[no-any-return]


@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    # "Town, Region": the region holds the town and says its country
    ("Gunmen shot dead two men in Nogales, Arizona, on Saturday, police said.", "Nogales", "US", "town"),
    ("Cartel gunmen ambushed police in Nogales, Sonora, on Tuesday, killing four officers.", "Nogales", "MX",
     "town"),
    ("A bomb killed three people in Hyderabad, Sindh, on Friday, police said.", "Hyderabad", "PK", "town"),
    # a first-level unit noun: the region, even where the spaCy root is the noun
    ("The junta bombed a school in Sagaing region on Tuesday, killing 13 people, residents said.", "Sagaing",
     "MM", "region"),
    ("Gunmen attacked a checkpoint in Kaduna state on Friday, killing eight policemen.", "Kaduna", "NG",
     "region"),
    ("A car bomb exploded in Salahuddin province on Monday, killing six people.", "Salah Al-Din", "IQ",
     "region"),
    # informal regions of one country
    ("Fighting broke out in Darfur on Monday, killing 40 people, aid workers said.", "Darfur", "SD", "region"),
    ("RSF fighters attacked villages in Kordofan on Friday, killing 30 people.", "Kordofan", "SD", "region"),
    ("Clashes in Nagorno-Karabakh killed four soldiers on Tuesday, officials said.", "Nagorno-Karabakh", "AZ",
     "region"),
])
def test_region_words_place_the_incident(extract: Any, text: str, name: str, country: str,
                                         precision: str) -> None:
    loc = _place(extract, text)
    assert loc is not None and (loc.name, loc.country, loc.precision) == (name, country, precision), loc


def test_a_region_of_several_countries_names_none(extract: Any) -> None:
    loc = _place(extract, "Jihadists killed 20 villagers in the Sahel on Sunday, officials said.")
    assert loc is None or loc.country is None, loc
