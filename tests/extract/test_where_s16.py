"""The incident's place against where its sources sit, a shared feature's side, a foreign
dateline and an outlet's name (issue 10): sentences written for the project about conflicts no
eval or probe set covers."""

from __future__ import annotations

from typing import Any

import pytest
from tests.place_support import main_frame, place

# --- where a source sits is not where the incident was --------------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Insurgents attacked a military post in Mozambique's Cabo Delgado province on Sunday, "
     "killing seven soldiers, a police officer in Pemba said.", "Cabo Delgado", "MZ"),
    ("Fighting between the army and an ethnic armed group killed 11 civilians in Myanmar's Shan "
     "state on Saturday, a doctor at the hospital in Lashio said.", "Shan", "MM"),
    ("Militants ambushed a police patrol in India's Manipur state on Monday, killing three "
     "officers, a police official in Imphal said.", "Manipur", "IN"),
])
def test_a_speakers_town_yields_to_the_region_of_the_incident(extract: Any, text: str, name: str,
                                                              country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


# --- where the dead were brought is not where they died --------------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("The bodies of 12 soldiers killed in an ambush in Mozambique's Cabo Delgado province were "
     "received at the military hospital in Pemba on Tuesday, officials said.", "Cabo Delgado", "MZ"),
    ("Families in Mali's Segou region gathered at the army camp in Markala on Thursday to receive "
     "the bodies of soldiers killed in an attack on their post.", "Segou", "ML"),
])
def test_where_the_bodies_were_received_yields(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


def test_where_the_bodies_were_found_stays(extract: Any) -> None:
    text = ("The bodies of 12 villagers were found at a school in Pemba on Tuesday, a day after "
            "insurgents raided the town, officials said.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Pemba", "MZ"), loc


# --- "the <Demonym> side of <a shared feature>": that country's side -------------------------

@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen killed five herders on the Kenyan side of the border with Somalia on Monday, "
     "police said.", "KE"),
    ("Rebels attacked a fishing camp on the Rwandan side of Lake Kivu on Saturday, killing six "
     "fishermen, officials said.", "RW"),
    ("Soldiers fired on a boat on the Venezuelan bank of the Arauca river on Friday, killing "
     "three people, officials said.", "VE"),
    ("NAIROBI - Militants attacked an army post on the Ugandan shore of Lake Albert on Sunday, "
     "killing four soldiers, a Congolese official in Bunia said.", "UG"),
])
def test_a_demonyms_side_of_a_shared_feature_gives_its_country(extract: Any, text: str, country: str) -> None:
    assert place(extract, text).country == country


def test_the_side_of_a_lake_is_a_region_of_that_country(extract: Any) -> None:
    loc = place(extract, "Rebels attacked a fishing camp on the Rwandan side of Lake Kivu on "
                         "Saturday, killing six fishermen, officials said.")
    assert (loc.name, loc.country, loc.precision) == ("Lake Kivu", "RW", "region"), loc


# --- a foreign capital's dateline and headline yield to the country the story names ----------

def test_a_capital_answering_in_the_headline_is_no_place(extract: Any) -> None:
    text = ("DHAKA - Bangladesh's foreign ministry on Thursday denied that shells which killed four "
            "villagers in Myanmar last week had been fired from its soil.")
    assert place(extract, text, "Dhaka denies role in shelling of Myanmar village").country == "MM"


def test_a_capital_named_in_a_headline_as_a_place_stays(extract: Any) -> None:
    text = "A car bomb killed six people in a market in Dhaka on Friday, police said."
    loc = place(extract, text, "Dhaka market bomb kills six")
    assert (loc.name, loc.country) == ("Dhaka", "BD"), loc


@pytest.mark.parametrize("text", [
    "Gunmen attacked a bus travelling from Culiacan to Mazatlan in Mexico's Sinaloa state on "
    "Sunday, killing six passengers, officials said.",
    "CULIACAN - Gunmen attacked a bus that had left Culiacan for Mazatlan in a remote part of "
    "Mexico's Sinaloa state on Sunday, killing six passengers, officials said.",
])
def test_a_route_s_end_points_yield_to_the_region_of_the_attack(extract: Any, text: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Sinaloa", "MX"), loc


def test_a_side_of_talks_is_no_place(extract: Any) -> None:
    text = ("Shelling killed four civilians in Armenia's Syunik province on Tuesday, officials said, "
            "and the Azerbaijani side of the talks asked for a ceasefire.")
    assert place(extract, text).country == "AM"


def test_people_from_a_town_are_no_route(extract: Any) -> None:
    text = ("Gunmen abducted a teacher along with two other people from Kaya city, Centre-Nord "
            "region, Burkina Faso.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Kaya", "BF"), loc


def test_a_blast_reported_in_a_town_is_there(extract: Any) -> None:
    text = ("An explosion at a market in Jalalabad reported by local media on Monday killed five "
            "people, officials in Nangarhar province said.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Jalalabad", "AF"), loc


@pytest.mark.parametrize("text", [
    "MAPUTO - Insurgents killed 12 villagers in an overnight raid on Sunday, police said.\n\nThe raid "
    "was condemned by the European Union and several governments, including Portugal, Brazil and "
    "the United States.",
    "MAPUTO - Insurgents killed 12 villagers in an overnight raid on Sunday, police said.\n\nPortugal "
    "and Brazil condemned the raid.",
])
def test_the_governments_that_condemned_are_no_place(extract: Any, text: str) -> None:
    loc = main_frame(extract(text, published="2025-03-12")).location
    assert loc is None or loc.country not in ("PT", "BR", "US"), loc


def test_a_belt_of_several_countries_yields_to_a_town_of_one() -> None:
    from rashomon.extract.frames_place_unknown import unknown_location
    from rashomon.extract.frames_places import PlaceMention, choose_place
    from rashomon.types import Location

    belt = PlaceMention("Sahel", Location("Sahel", None, 14.5, 0.5, "region"), 1.0, None)
    town = PlaceMention("Djibasso", unknown_location("Djibasso", "BF"), 0.8, None, unknown=True, factor=0.4)
    best, _ = choose_place([town, belt])
    assert best is not None and best.location.country == "BF", best


@pytest.mark.parametrize(("text", "country"), [
    ("DHAKA - Bangladesh's foreign ministry on Thursday rejected accusations that shelling which "
     "killed four villagers in Myanmar had come from its soil.", "MM"),
    ("COX'S BAZAR, Bangladesh - Mortar shells killed three people in a village across the border in "
     "Myanmar's Rakhine state on Monday, refugees said.", "MM"),
])
def test_a_foreign_dateline_yields_to_the_country_the_story_names(extract: Any, text: str, country: str) -> None:
    assert place(extract, text).country == country
