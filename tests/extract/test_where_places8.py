"""A country told by description rather than by a place name (issue 10): "a city in Mexico",
"the north of the country", "the Somali capital". Sentences written for the project about
conflicts no eval or probe set covers."""

from __future__ import annotations

from typing import Any

import pytest
from tests.place_support import main_frame, place

# --- a town left unnamed: the country, not a town named for something else ----------------------

@pytest.mark.parametrize(("text", "country"), [
    ("A car bomb exploded outside a police station in a city in Mexico on Monday, killing four "
     "officers, prosecutors said. A suspect was later arrested in the town of Apatzingan, the state "
     "prosecutor said.", "MX"),
    ("Gunmen killed 14 worshippers at a church in a town in Burkina Faso on Sunday, security "
     "sources said. Two suspects were arrested in Ouahigouya days later.", "BF"),
    ("Gunmen attacked a bar in a small city in Mexico on Saturday, killing nine people, prosecutors "
     "said. The wounded were taken to a hospital in Guadalajara.", "MX"),
])
def test_an_unnamed_town_gives_its_country(extract: Any, text: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.country, loc.precision) == (country, "country"), loc


def test_an_unnamed_village_in_a_named_region_stays_in_the_region(extract: Any) -> None:
    text = "Gunmen killed 30 villagers in a village in Nigeria's Zamfara state on Sunday, police said."
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Zamfara", "NG"), loc


def test_an_unnamed_village_keeps_its_landmark(extract: Any) -> None:
    text = "Militants attacked a village near the town of Djibo in Burkina Faso on Sunday, killing 20 people."
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Djibo", "BF"), loc


# --- "the north of the country": the story's country, never a neighbour's region ----------------

@pytest.mark.parametrize(("text", "country"), [
    ("Militants attacked an army base in the north of the country on Tuesday, killing 12 soldiers, "
     "Benin's army said. The attack is the deadliest since jihadists spread from Burkina Faso into "
     "northern Togo and Ghana's Upper East region last year.", "BJ"),
    ("COTONOU - Jihadists attacked an army post in the north of the country on Tuesday, killing 12 "
     "soldiers, the army said.\n\nLast year militants killed 20 soldiers in Togo's Savanes region, "
     "across the border.", "BJ"),
    ("KAMPALA - Rebels attacked a school in the country's west on Friday, killing 25 students, police "
     "said.\n\nThe Allied Democratic Forces have long operated from bases in Congo's North Kivu "
     "province.", "UG"),
    ("NAIROBI - Al-Shabaab fighters ambushed a police convoy in the north-east of the country on "
     "Monday, killing eight officers, police said.\n\nThe group has carried out many attacks in "
     "Somalia's Lower Juba region and in Mogadishu.", "KE"),
    # a bureau abroad: the country its sentence names, not the dateline's
    ("DHAKA - Myanmar's military bombed a village in the west of the country on Monday, killing 17 "
     "people, residents said. Thousands have fled into Bangladesh.", "MM"),
])
def test_a_part_of_the_country_is_the_storys_country(extract: Any, text: str, country: str) -> None:
    frame = main_frame(extract(text, published="2025-03-12"))
    assert frame.location is not None, frame
    assert (frame.location.country, frame.location.precision) == (country, "country"), frame.location
    assert frame.place_text is not None and "country" in frame.place_text, frame.place_text


def test_a_described_part_of_the_country(extract: Any) -> None:
    text = ("Insurgents attacked an army base in the country's restive north on Sunday, killing 17 "
            "soldiers, Mozambique's defence ministry said.")
    loc = place(extract, text)
    assert (loc.country, loc.precision) == ("MZ", "country"), loc


@pytest.mark.parametrize(("text", "country"), [
    ("Jihadists killed 12 soldiers at an army post in northern Benin on Tuesday, the army said.\n\n"
     "The attack is the deadliest since militants spread from Burkina Faso into Togo's Savanes region "
     "and Ghana's Upper East region.", "BJ"),
    ("Al-Shabaab fighters ambushed a police convoy in north-eastern Kenya on Monday, killing eight "
     "officers, police said.\n\nThe group has carried out many attacks in Somalia's Lower Juba region.", "KE"),
])
def test_a_compass_part_of_a_named_country_is_no_neighbours_region(extract: Any, text: str,
                                                                   country: str) -> None:
    loc = place(extract, text)
    assert (loc.country, loc.precision) == (country, "country"), loc


def test_a_compass_part_keeps_its_countrys_towns(extract: Any) -> None:
    text = ("Jihadists attacked an army post in northern Burkina Faso on Sunday, killing 15 soldiers. The "
            "attack took place near the town of Djibo, security sources said.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Djibo", "BF"), loc


def test_a_country_named_as_an_actor_is_not_the_country(extract: Any) -> None:
    """"Ethiopia has stepped up strikes in the south of the country" after places of Somalia."""
    text = ("Drone strikes on a market in Somalia's Gedo region killed 12 people on Sunday, local elders "
            "said.\n\nEthiopia has stepped up strikes in the south of the country since January.")
    result = extract(text, published="2025-03-12")
    parts = [f.location for f in result.frames if f.place_text and "country" in f.place_text]
    assert all(loc is not None and loc.country == "SO" for loc in parts), parts


# --- the capital by its country -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Militants stormed a hotel in the Somali capital on Friday, killing 20 people, police said.",
     "Mogadishu", "SO"),
    ("Gang members set fire to a police station in Haiti's capital on Friday, killing three officers, "
     "police said.", "Port-au-Prince", "HT"),
    ("Gunmen attacked a restaurant in the capital of Burkina Faso on Friday, killing 18 people, "
     "police said.", "Ouagadougou", "BF"),
])
def test_a_countrys_capital_is_the_capital_town(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country, loc.precision) == (name, country, "town"), loc


@pytest.mark.parametrize(("text", "name", "country"), [
    ("NIAMEY - Gunmen attacked a hotel in the country's capital on Friday, killing six guests, police "
     "said.", "Niamey", "NE"),
    ("Jihadists have long been active in Burkina Faso. On Sunday gunmen attacked a restaurant in the "
     "country's capital, killing 18 people, police said.", "Ouagadougou", "BF"),
])
def test_the_countrys_capital_is_the_storys_capital(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country, loc.precision) == (name, country, "town"), loc


def test_a_later_sentences_capital_does_not_refine_a_part_of_the_country(extract: Any) -> None:
    text = ("KABUL - A suicide bomber struck a mosque in the north of the country on Friday, killing 50 "
            "worshippers. A similar attack hit the country's capital last month.")
    loc = place(extract, text)
    assert (loc.country, loc.precision) == ("AF", "country"), loc


def test_officials_in_a_countrys_capital_are_where_they_spoke(extract: Any) -> None:
    text = ("Officials in Niger's capital said on Monday that jihadists had attacked an army post in "
            "the Tillaberi region, killing 15 soldiers.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Tillaberi", "NE"), loc


# --- no place named: the country of the one people the text names ------------------------------

@pytest.mark.parametrize(("text", "country"), [
    ("Haitian police said gang members set fire to a crowded market on Friday, killing three "
     "vendors.", "HT"),
    ("Mozambican troops said insurgents beheaded five fishermen on a beach on Saturday.", "MZ"),
])
def test_no_place_the_peoples_country(extract: Any, text: str, country: str) -> None:
    frame = main_frame(extract(text, published="2025-03-12"))
    assert frame.location is not None, frame
    assert (frame.location.country, frame.location.precision) == (country, "country"), frame.location
    assert frame.sources["place"].evidence, frame.sources  # the people's name is the evidence


@pytest.mark.parametrize("text", [
    # two countries of one people's name, or two peoples: no country
    "Congolese officials said rebels attacked a market on Tuesday, killing 12 people.",
    "Sudanese and Chadian officials said gunmen attacked a convoy on Tuesday, killing 12 people.",
])
def test_no_place_and_no_one_people_no_place(extract: Any, text: str) -> None:
    assert main_frame(extract(text, published="2025-03-12")).location is None


# --- another story told beside the incident: no place of it --------------------------------------

@pytest.mark.parametrize(("text", "country"), [
    # a group's history in a relative clause dated by a year
    ("A suicide bomber killed 14 people at a market in Cameroon on Friday, officials said.\n\n"
     "Boko Haram, which began its insurgency in Nigeria's Borno state in 2009, often strikes across "
     "the border.", "CM"),
    # an earlier attack the incident came after
    ("Gunmen killed 30 villagers in Niger on Sunday, officials said.\n\nThe attack came weeks after "
     "jihadists killed 20 soldiers near Tillaberi.", "NE"),
])
def test_a_place_of_another_story_does_not_outrank_the_incidents_country(extract: Any, text: str,
                                                                         country: str) -> None:
    loc = place(extract, text)
    assert (loc.country, loc.precision) == (country, "country"), loc


def test_the_incidents_country_keeps_its_own_later_town(extract: Any) -> None:
    text = ("A suicide bomber killed 14 people at a market in Cameroon on Friday, officials said. The "
            "blast hit the town of Mora, close to the border with Nigeria's Borno state.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Mora", "CM"), loc


def test_an_earlier_attack_named_alone_still_places_a_background_frame(extract: Any) -> None:
    """With no country named as where the incident was, a place of the earlier story may still
    be the only place (the background frame's own)."""
    text = ("Jets struck targets on Sunday after gunmen killed 20 soldiers near Tillaberi, officials said.")
    loc = place(extract, text)
    assert loc.country == "NE", loc
