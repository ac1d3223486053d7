"""Places of the fifteenth session's place helper (issue 10, probe13's place faults), on
sentences written for the project about conflicts no eval or probe set covers.

* where the wounded, the dead or the survivors were carried ("moved to hospitals in X", "flown to
  X for treatment", "survivors who reached X") is no scene: it keeps only its country, weakly
  (extract/frames_place_carried.py, place_words.yaml ``destination``).
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from tests.place_support import place

# --- where the harmed were carried is not where they were harmed ----------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    # the wounded as the passive subject, the town the region's capital
    ("Gunmen killed 30 villagers and wounded 20 in a raid on a village in Nigeria's Zamfara state on "
     "Sunday, police said, and the wounded were moved to Gusau, the state capital.", "Zamfara", "NG"),
    # "some of whom … to hospitals in X": the relative clause's antecedent, the hospital
    ("Drones struck a market in Sudan's North Darfur state on Monday, killing 25 people and wounding "
     "about 60, some of whom were taken to hospitals in El Fasher, the army said.", "Northern Darfur", "SD"),
    # a partitive of the wounded, carried "for treatment"
    ("Fighter jets bombed a village in Myanmar's Sagaing region on Friday, killing 14 people, residents "
     "said. Six of those injured in the bombing were carried by boat to Monywa.", "Sagaing", "MM"),
    # the harmed carried to two towns
    ("Shelling killed 16 people at a market in Sudan's South Kordofan state on Sunday, and the wounded "
     "were taken to Kadugli and Dilling, medics said.", "Southern Kordofan", "SD"),
    # anyone carried "for treatment"
    ("Gunmen attacked a convoy in Yemen's Abyan province on Sunday, killing eight soldiers. Five "
     "soldiers hurt in the attack were flown to Aden for treatment, officials said.", "Abyan", "YE"),
    # the harmed as the object of an active verb
    ("Gangs attacked a village in Haiti's Nord department on Tuesday, killing 11 people, and ambulances "
     "carried 20 wounded people to Cap-Haitien, officials said.", "Nord", "HT"),
    # survivors who got away to a town
    ("ADF rebels killed 40 people in a night raid on a village in Congo's North Kivu province, the "
     "army said. Survivors who reached Beni said the attack lasted several hours.", "North Kivu", "CD"),
    ("Militiamen killed 22 people in an attack on a village in Ethiopia's Amhara region, residents "
     "said. Survivors of the attack arrived in Bahir Dar on Monday.", "Amhara", "ET"),
])
def test_where_the_harmed_were_carried_is_no_scene(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


@pytest.mark.parametrize(("text", "name", "country"), [
    # near misses: a verb of carrying whose end point is the scene (the attackers carried, no
    # harmed, no care), the wounded where they lay ("in"), and troops sent after the attack
    ("Militants brought explosives into the market in Maiduguri on Friday, killing 12 people, police "
     "said.", "Maiduguri", "NG"),
    ("A bomb exploded at a bus station in Kaduna on Sunday, killing nine people, police said. The "
     "wounded lay in the streets of Kaduna for an hour.", "Kaduna", "NG"),
    ("Gunmen killed 12 people in Beni on Sunday, the army said. Troops were sent to Beni after the "
     "attack.", "Beni", "CD"),
])
def test_carrying_to_the_scene_near_miss(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


def test_the_carried_rule_logs_when_it_fires(extract: Any, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="rashomon.extract.frames_place_carried"):
        place(extract, "Gunmen killed 30 villagers and wounded 20 in a raid on a village in Nigeria's "
                       "Zamfara state on Sunday, police said, and the wounded were moved to Gusau.")
    assert any("carried there (harmed)" in r.getMessage() for r in caplog.records)


# --- an inland dateline is only where the story was filed when the story says otherwise -----------

@pytest.mark.parametrize(("text", "country"), [
    # only a part of the country is given: the writer in the town withholds the village
    ("MAIDUGURI, Nigeria - Gunmen killed 18 farmers in an attack on a village in north-eastern Nigeria "
     "on Sunday, residents said.", "NG"),
    ("GOMA, Congo - Residents in eastern Congo said on Monday that rebels had killed 25 people in an "
     "attack on a village at the weekend.", "CD"),
    ("MOPTI, Mali - Militants killed 30 civilians in a raid on a village in the centre of the country, "
     "local officials said on Tuesday.", "ML"),
    # the town named as where the survivors went
    ("KASSALA, Sudan - Survivors who reached Kassala said on Monday that militiamen had killed at least "
     "40 people in a raid on their village.", "SD"),
])
def test_an_inland_dateline_is_only_the_filing_town(extract: Any, text: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.precision, loc.country) == ("country", country), loc


@pytest.mark.parametrize(("text", "name", "country"), [
    # near misses: nothing but the country named, the dateline's town is the best guess (as before)
    ("MAIDUGURI, Nigeria - Gunmen killed 18 people in Nigeria on Sunday, residents said.", "Maiduguri", "NG"),
    ("MOPTI, Mali - A bomb killed nine people at a bus station on Tuesday, police said.", "Mopti", "ML"),
])
def test_an_inland_dateline_near_miss(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


# --- people counted as they arrive somewhere since the attack are the displaced -----------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Militiamen attacked a village in Sudan's Al Jazirah state on Sunday, killing 30 people, residents "
     "said. Aid agencies said more than 3,000 people had reached Wad Madani since the attack.",
     "Al Jazirah", "SD"),
    ("Jihadists raided a village in Burkina Faso's Centre-Nord region on Friday, killing 40 people, "
     "officials said. About 2,000 people have arrived in Kaya since the raid, the UN said.", "Centre-Nord", "BF"),
    # the dateline's town, named only as where the displaced went, and a lead naming the region
    ("KAYA, Burkina Faso - For two days after the raid, hundreds of villagers sheltered in a school in "
     "Sanmatenga province.\n\nA militiaman said at least 15 people had been killed in the raid.\n\nAid "
     "agencies said 5,000 people had reached Kaya and other towns in the north of the country since the "
     "attack.", "Sanmatenga", "BF"),
])
def test_the_displaced_arriving_since_the_attack_are_no_scene(extract: Any, text: str, name: str,
                                                              country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


@pytest.mark.parametrize(("text", "name", "country"), [
    # near misses: the dead counted where they died or were found after the attack
    ("Militiamen attacked villages in Sudan's Al Jazirah state on Sunday, residents said. Five people "
     "died in Wad Madani after the attack, doctors said.", "Wad Medani", "SD"),
    ("Jihadists raided villages in Burkina Faso's Centre-Nord region on Friday, officials said. Twenty "
     "people were found dead in Kaya after the raid, the UN said.", "Kaya", "BF"),
])
def test_the_dead_counted_after_the_attack_near_miss(extract: Any, text: str, name: str, country: str) -> None:
    loc = place(extract, text)
    assert (loc.name, loc.country) == (name, country), loc


# --- "there", "the same junction": the place named before ----------------------------------------

def background_places(extract: Any, text: str) -> list[tuple[str, str | None] | None]:
    frames = [f for f in extract(text, published="2025-03-12").frames if f.background]
    return [(f.location.name, f.location.country) if f.location else None for f in frames]


@pytest.mark.parametrize(("text", "name", "country"), [
    # "there" after a sentence naming the town
    ("Gunmen killed 12 people in an attack on a market in Bentiu on Sunday, officials said. Bentiu, the "
     "capital of Unity state, has been attacked before. In April 2014, rebels killed more than 200 "
     "civilians in a mosque there.", "Bentiu", "SS"),
    # "the same <place noun>", the place in the lead
    ("A car bomb exploded at a busy roundabout in Mogadishu on Sunday, killing 14 people, police said. "
     "The driver was killed in the blast. The bomb struck the same roundabout where a suicide bomber "
     "killed 30 people in June 2019, in the country's deadliest attack that year.", "Mogadishu", "SO"),
    ("Gangs killed nine people in the Cite Soleil district of Port-au-Prince on Monday, residents said. "
     "Police did not comment. In July 2022, rival gangs killed more than 200 people in the same "
     "district, the United Nations said.", "Port-au-Prince", "HT"),
])
def test_a_place_pointed_back_to_is_the_one_named_before(extract: Any, text: str, name: str,
                                                         country: str) -> None:
    assert (name, country) in background_places(extract, text)


@pytest.mark.parametrize("text", [
    # near misses: "there" of a place the sentence itself names (a country), "there were", "the same day"
    ("Gunmen killed 12 people in an attack on a village near Bentiu on Sunday, officials said. In April "
     "2014, rebels crossed from Sudan and killed 200 civilians there."),
    ("Gunmen killed 12 people in an attack on a village near Bentiu on Sunday, officials said. In April "
     "2014, there were clashes in which rebels killed 200 civilians."),
    ("Gunmen killed 12 people in an attack on a village near Bentiu on Sunday, officials said. In April "
     "2014, on the same day of the year, rebels killed 200 civilians."),
])
def test_no_place_pointed_back_to_near_miss(extract: Any, text: str) -> None:
    assert ("Bentiu", "SS") not in background_places(extract, text)
