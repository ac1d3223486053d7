"""Where an attack was ordered or planned is the perpetrator's place, not the scene; a clause
between two place names is no address (issue 10): sentences written for the project about
conflicts no eval set covers."""

from __future__ import annotations

from typing import Any

import pytest
from tests.place_support import place


@pytest.fixture(scope="module")
def nlp(resources: Any) -> Any:
    return resources.nlp


# --- where an attack was ordered, planned or directed from ----------------------------------

@pytest.mark.parametrize(("text", "place_word", "aside"), [
    ("The minister said the order for the bombing had been given in Qamishli.", "Qamishli", True),
    ("Police said the instructions for the raid had come from Sambisa.", "Sambisa", True),
    ("The army said the attack was planned in Kandahar.", "Kandahar", True),
    ("The militants gave their instructions from Kismayo, officials said.", "Kismayo", True),
    ("Handlers in Kandahar directed the bombing, the army said.", "Kandahar", True),
    ("The gunmen had been trained in Niger, police said.", "Niger", True),
    ("The plot was hatched in a camp in Zamfara, officials said.", "Zamfara", True),
    # near-misses: an order that is no attack, a place of the act
    ("Police in Mandalay ordered a curfew after the blast.", "Mandalay", False),
    ("The governor ordered an inquiry into the killings in Kano.", "Kano", False),
    ("Gunmen attacked a market in Omdurman on Monday.", "Omdurman", False),
    ("Residents said they planned to return to Bunia.", "Bunia", False),
])
def test_where_an_attack_was_ordered(nlp: Any, text: str, place_word: str, aside: bool) -> None:
    from rashomon.extract.frames_place_sides import launch_site

    doc = nlp(text)
    start = text.index(place_word)
    assert launch_site(doc, start, start + len(place_word)) is aside


def test_a_town_described_after_the_order_place_is_aside_too(nlp: Any) -> None:
    from rashomon.extract.frames_place_sides import launch_site

    text = ("The militants gave their instructions from Qamishli, a town in north-eastern Syria, "
            "the minister said.")
    doc = nlp(text)
    start = text.index("north-eastern Syria")
    assert launch_site(doc, start, start + len("north-eastern Syria"))


@pytest.mark.parametrize(("text", "country"), [
    ("ANKARA, March 4 (Wire) - The bombing that killed 14 people in Ankara on Sunday was planned in "
     "Qamishli, in north-eastern Syria, the interior minister said on Monday.", "TR"),
    ("ANKARA, March 4 (Wire) - Turkey's interior minister said on Monday that the instructions for "
     "Sunday's bombing on Ataturk Boulevard in central Ankara had come from Qamishli in north-eastern "
     "Syria. Fourteen people were killed when the car exploded near a bus stop.", "TR"),
    ("ISLAMABAD, June 3 (Wire) - Pakistan's army said on Wednesday that the suicide bombing at a "
     "checkpoint in Quetta that killed nine soldiers had been directed from Kandahar.", "PK"),
    ("GOMA, Feb 2 (Wire) - Rebels who shelled a camp for displaced people near Goma on Sunday, killing "
     "11, received their orders from commanders in Kigali, the army said.", "CD"),
])
def test_the_order_place_is_not_the_scene(extract: Any, text: str, country: str) -> None:
    assert place(extract, text).country == country


# --- a clause between two place names is no address -----------------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Gunmen who killed five officers at a police station in Kano on Friday had been trained in "
     "Niger, the police chief said on Saturday.", "Kano", "NG"),
    ("The fighters who stormed the barracks in Maiduguri had crossed over from Chad, the army said.",
     "Maiduguri", "NG"),
    ("Militants who bombed a bus in Peshawar in March were trained in Afghanistan, police said.",
     "Peshawar", "PK"),
])
def test_a_clause_between_two_places_is_no_address(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc
    assert loc.lat is not None, loc


def test_an_address_still_holds_its_town(extract: Any) -> None:
    # "X, a village in Y": Y holds X (an address, no clause)
    text = "Gunmen killed 12 villagers in Karaj, Nineveh, Iraq, on Sunday, officials said."
    assert place(extract, text).country == "IQ"
