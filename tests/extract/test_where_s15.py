"""The incident's place in reports from a neighbouring country and in reports of operations over
several countries (issue 10): sentences written for the project about conflicts no eval set covers."""

from __future__ import annotations

from typing import Any

import pytest
from tests.place_support import place

from rashomon.extract.frames_place_struck import paired_capitals


@pytest.fixture(scope="module")
def nlp(resources: Any) -> Any:
    return resources.nlp



# --- "the <Demonym> border town of X": the town the incident's word names, in that country ------

@pytest.mark.parametrize(("text", "title", "name", "country"), [
    ("N'DJAMENA, Sept 3 (Reuters) - At least nine people wounded in air strikes on the Sudanese "
     "border town of Kulbus on Monday were taken across the frontier to the Chadian town of Tine "
     "for treatment, a nurse there said on Wednesday.\n\nA local official in Kulbus said 11 people "
     "had been killed by the bombing. Relations between N'Djamena and Khartoum have soured this year.",
     "Wounded from Sudan air strikes treated in Chad", "Kulbus", "SD"),
    ("DHAKA, Feb 5 - Mortar shells fired during clashes in the Myanmar border village of Taung Pyo "
     "Letwe killed two people on Sunday, and four wounded were brought to the Bangladeshi town of "
     "Teknaf for treatment, a police officer said.\n\nTies between Dhaka and Naypyidaw are tense.",
     None, "Taung Pyo Letwe", "MM"),
    ("BEIRUT, Oct 4 - An air strike on the Syrian border village of Jusiyah killed four people on "
     "Friday, and the wounded were carried to a hospital in the Lebanese town of Hermel, a Lebanese "
     "official said.", None, "Jusiyah", "SY"),
])
def test_the_struck_border_town_beats_the_neighbours(extract: Any, text: str, title: str | None,
                                                     name: str, country: str) -> None:
    loc = place(extract, text, title)
    assert (loc.name, loc.country) == (name, country), loc


@pytest.mark.parametrize(("text", "country"), [
    ("ADRE, Chad - Shelling of the Sudanese town of El Geneina killed 20 people on Monday, and "
     "dozens of wounded were brought to Adre for treatment, aid workers said.", "SD"),
    ("CUCUTA, Colombia - A car bomb exploded in the Venezuelan town of San Antonio del Tachira on "
     "Friday, killing three people, and the wounded were taken to Cucuta, officials said.", "VE"),
    ("AMMAN - An air strike on the Syrian border town of Nassib killed eight people on Friday, "
     "Jordanian officials said, and the wounded were taken to the Jordanian town of Ramtha.", "SY"),
    # the qualifier beats the other side's reading of a region both sides name
    ("ISLAMABAD - Indian shelling hit the Pakistani village of Chakothi in Kashmir on Tuesday, "
     "killing three civilians, the army said.", "PK"),
])
def test_the_qualified_town_gives_the_country(extract: Any, text: str, country: str) -> None:
    assert place(extract, text).country == country


def test_a_qualified_village_in_its_own_region_is_held_by_it(extract: Any) -> None:
    text = ("Suspected jihadists attacked the Nigerien village of Tchoma Bangou in the Tillaberi "
            "region on Saturday, killing 40 people.")
    loc = place(extract, text)
    assert (loc.name, loc.country) == ("Tchoma Bangou", "NE") and loc.lat is not None, loc


def test_a_struck_border_town_the_gazetteer_has(extract: Any) -> None:
    text = ("GOMA, Congo - Shells fired in clashes near the Rwandan border town of Gisenyi wounded "
            "12 people on Monday, and the wounded were treated in Goma, officials said.")
    assert place(extract, text).country == "RW"


def test_paired_capitals_are_governments() -> None:
    text = "relations between Algiers and Bamako, and Niamey"
    spans = [(18, 25), (30, 36), (42, 48)]
    assert paired_capitals(text, spans, [True, True, True]) == {0, 1}
    assert paired_capitals(text, spans, [True, False, True]) == set()


# --- an operation over several countries: the town named after a lead of regions ---------------

@pytest.mark.parametrize(("text", "title", "country"), [
    ("ANKARA, March 3 - Turkish jets and drones hit targets of Kurdish militants in northern Iraq "
     "and Syria on Saturday, the defence ministry said, days after four soldiers died in a rocket "
     "attack on an outpost in northern Iraq.\n\nOne of the strikes hit a house near Kobani in Syria "
     "late on Saturday, two local officials said. They said three people inside were killed.",
     "Turkey says it struck militants in Iraq and Syria", "SY"),
    ("ANKARA, March 3 - Turkish warplanes struck militant targets in northern Iraq and northern "
     "Syria over the weekend, after five soldiers were killed in an attack on a base in northern "
     "Iraq.\n\nAmong the targets was a truck near Kobani on Saturday, a monitor said.", None, "SY"),
])
def test_the_later_town_beats_a_lead_of_two_countries(extract: Any, text: str, title: str | None,
                                                      country: str) -> None:
    loc = place(extract, text, title)
    assert (loc.country, loc.precision) == (country, "town"), loc


def test_the_later_town_beats_a_lead_of_two_far_regions(extract: Any) -> None:
    text = ("ADDIS ABABA, May 2 - Government drone strikes in the Amhara and Oromia regions killed "
            "dozens of people last week, aid workers said on Thursday.\n\nIn Amhara, a strike on a "
            "bus station in Debre Markos on Tuesday killed 19 people, a doctor said.")
    loc = place(extract, text)
    assert (loc.country, loc.precision) == ("ET", "town"), loc


def test_a_lead_of_one_region_keeps_it(extract: Any) -> None:
    text = ("KHARTOUM - Fighting in Sudan's Darfur region killed 30 people on Monday, officials said."
            "\n\nOfficials in El Fasher said the toll could rise.")
    loc = place(extract, text)
    assert (loc.country, loc.precision) == ("SD", "region"), loc


# --- a village no gazetteer has, named in the region or unit holding it, keeps its name ---------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Gunmen killed 12 villagers in Udhiem village, Saladin governorate, on Monday, police said.",
     "Udhiem", "IQ"),
    ("Bandits killed 20 people in Kadisau village in Faskari local government area of Katsina "
     "state on Tuesday, police said.", "Kadisau", "NG"),
    ("Gunmen attacked Bouka Weré village in the Tillaberi region of Niger on Friday, killing nine "
     "civilians.", "Bouka Weré", "NE"),
])
def test_a_village_named_in_its_region_keeps_its_name(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc
    assert loc.lat is not None  # at the point of the region or unit holding it


# --- an earlier event the incident answered is another story's place ---------------------------

@pytest.mark.parametrize(("text", "country"), [
    ("ANKARA - Turkish jets struck Kurdish militant targets in northern Syria on Sunday, after nine "
     "soldiers were killed in an attack on a base in northern Iraq, the defence ministry said.", "SY"),
    ("NAIROBI - Kenyan jets bombed al Shabaab camps in Somalia's Gedo region on Friday, days after "
     "the militants killed 12 police officers in the Kenyan town of Mandera.", "SO"),
])
def test_the_earlier_event_is_not_the_place(extract: Any, text: str, country: str) -> None:
    assert place(extract, text).country == country


@pytest.mark.parametrize(("text", "aside"), [
    ("Jets struck targets in Idlib on Sunday, after nine soldiers were killed in Afrin.", True),
    ("Jets struck targets in Idlib on Sunday, a day after a rocket attack killed two in Afrin.", True),
    ("Gunmen killed 12 people in Idlib after storming the town of Afrin.", False),
])
def test_earlier_ranges(nlp: Any, text: str, aside: bool) -> None:
    from rashomon.extract.frames_place_sides import earlier_ranges
    from rashomon.extract.frames_text import read_sentences

    doc = nlp(text)
    sent = read_sentences(doc)[0]
    at = text.index("Afrin")
    assert any(s <= at < e for s, e in earlier_ranges(sent.span, sent.trigger_tokens())) == aside


def test_a_village_placed_by_a_town_keeps_its_name_at_the_towns_point(extract: Any) -> None:
    text = ("ERBIL, Iraq - Drones struck a camp of an Iranian Kurdish group in the village of Zrgwez, "
            "east of Sulaimaniyah, on Monday, killing two people, officials said.")
    loc = place(extract, text)
    assert (loc.name, loc.country, loc.precision) == ("Zrgwez", "IQ", "town") and loc.lat is not None, loc
