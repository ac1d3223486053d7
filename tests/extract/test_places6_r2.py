"""Border towns, states named like their capitals, lists of states and villages in apposition:
sentences written for the project (places6, round 2), about conflicts no eval set covers."""

from __future__ import annotations

from typing import Any

import pytest
from tests.place_support import place as support_place

from rashomon.types import Location


def place(extract: Any, text: str) -> Location:
    return support_place(extract, text, published="2023-05-10")


def test_border_town_in_a_region_of_the_other_side(extract: Any) -> None:
    # GeoNames has Kurmuk in Sudan only; the text writes it in an Ethiopian region
    loc = place(extract, "Gunmen killed six traders when they opened fire on the market in Kurmuk town, in "
                         "Assosa zone of Benishangul-Gumuz region, on Tuesday, Ethiopian regional officials said. "
                         "The shooting in Kurmuk began after a quarrel over cattle, and the gunmen fled back "
                         "across the border into Sudan, where Sudanese police in Kurmuk arrested two of them.")
    assert (loc.name, loc.country) == ("Kurmuk", "ET"), loc


def test_border_town_people_fled_from_into_its_index_country(extract: Any) -> None:
    # people crossing into Sudan from the border town: it is the Ethiopian half
    loc = place(extract, "Hundreds of Ethiopians have crossed into Sudan since soldiers fired on a crowd in the "
                         "border town of Kurmuk on Friday, killing seven, Ethiopian opposition officials said. "
                         "The federal government in Ethiopia's Benishangul-Gumuz region said it was investigating.")
    assert (loc.name, loc.country) == ("Kurmuk", "ET"), loc


def test_border_town_of_its_own_side_stays(extract: Any) -> None:
    loc = place(extract, "Sudanese troops shelled rebel positions in the border town of Kurmuk on Monday, killing "
                         "three civilians, officials in Sudan's Blue Nile state said.")
    assert loc.country == "SD", loc


@pytest.mark.parametrize(("text", "name"), [
    ("Bandits killed 14 villagers in the northwestern state of Katsina on Saturday, police said.", "Katsina"),
    ("Militiamen burned 40 homes in the eastern state of Gedaref on Sunday, killing five, "
     "Sudanese officials said.", "Al Qadarif"),
])
def test_the_state_of_a_name_is_the_state(extract: Any, text: str, name: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.precision) == (name, "region"), loc


def test_a_town_listed_with_a_state_is_the_state(resources: Any) -> None:
    text = "Thousands of families displaced by fighting in Blue Nile and Gedaref have reached the camps."
    hits = resources.places.find(text)
    gedaref = next(h for h in hits if text[h.start:h.end] == "Gedaref")
    assert gedaref.location.precision == "region", gedaref


def test_a_town_in_an_address_stays_a_town(resources: Any) -> None:
    text = "A mortar shell hit the market in Gedaref, Al Qadarif state, on Monday."
    hits = resources.places.find(text)
    assert hits[0].location.precision == "town", hits


def test_background_refugees_state_list_does_not_place_the_incident(extract: Any) -> None:
    # the village is unknown; its state is the place, not a town of a background list
    loc = place(extract, "Residents of a village in Sudan's Blue Nile state buried 30 people on Friday, a day "
                         "after an attack by the paramilitary Rapid Support Forces, survivors said. "
                         "In Gambella, across the border in Ethiopia, aid workers said the number of Sudanese who "
                         "had fled fighting in Blue Nile and Gedaref had doubled since April.")
    assert (loc.name, loc.country, loc.precision) != ("Al Qadarif", "SD", "town"), loc
    assert loc.country == "SD", loc


def test_village_in_apposition_keeps_its_name(extract: Any) -> None:
    # an unknown village, the incident verb's object, described as a village in a town's area
    first = place(extract, "Militia fighters attacked Lodjo, a village in the Djugu area, on Monday night, "
                           "killing 11 people, Congolese army officials said.")
    second = place(extract, "Eleven people were killed when militia fighters attacked Lodjo village in Djugu "
                            "territory on Monday night, local officials said.")
    assert (first.name, first.country) == ("Lodjo", "CD"), first
    assert (second.name, second.country) == ("Lodjo", "CD"), second


def test_lead_village_named_in_the_next_sentence(extract: Any) -> None:
    # the lead's "a village in <state>", named by the next sentence: the village, held by the state
    loc = place(extract, "Militiamen killed 14 herders in a remote village in Sudan's Blue Nile state on Sunday, "
                         "local officials said. Mourners gathered in Um Darfa on Monday.")
    assert (loc.name, loc.country) == ("Um Darfa", "SD"), loc


def test_lead_without_a_village_keeps_its_region(extract: Any) -> None:
    loc = place(extract, "Militiamen killed 14 herders in Sudan's Blue Nile state on Sunday, local officials "
                         "said. Mourners gathered in Um Darfa on Monday.")
    assert (loc.name, loc.precision) == ("Blue Nile", "region"), loc


@pytest.mark.parametrize(("text", "country"), [
    # GeoNames has both halves: the article's evidence chooses (guards for the twin reading)
    ("Militants attacked a checkpoint in Rafah, in Egypt's North Sinai province, on Friday, killing five "
     "soldiers, the Egyptian army said.", "EG"),
    ("An Israeli air strike hit a house in Rafah on Friday, killing five people, Palestinian health "
     "officials said.", "PS"),
    ("Thousands of Malians have crossed into Algeria since drones struck the border town of Tinzaouaten "
     "on Sunday, killing 20 people, Tuareg rebels said.", "ML"),
])
def test_border_town_with_both_halves_known(extract: Any, text: str, country: str) -> None:
    assert place(extract, text).country == country
