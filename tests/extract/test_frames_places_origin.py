"""Where a person comes from is not where the incident happened; where armed actors come
from may be. Sentences written for the project, about conflicts no eval set covers."""

from __future__ import annotations

from typing import Any

import pytest


def incident_places(result: Any) -> list[str | None]:
    return [f.place_text for f in result.frames if not f.background]


@pytest.mark.parametrize(("text", "origin", "place"), [
    # the person's home town is named, the incident's place too: the incident's wins
    ("An Egyptian citizen from Cairo was among 14 people killed when a drone struck a market "
     "in Omdurman on Saturday, Sudanese activists said.", "Cairo", "Omdurman"),
    ("A student from Aleppo who lives in Berlin was stabbed to death at a tram stop on Friday, "
     "German police said.", "Aleppo", "Berlin"),
    ("A doctor from Goma who had travelled to Bunia was killed when gunmen attacked the "
     "hospital on Sunday, local officials said.", "Goma", "Bunia"),
    ("A man who hails from Tbilisi was killed by shelling in Donetsk on Thursday, Georgian "
     "officials said.", "Tbilisi", "Donetsk"),
    # only the home town is named: it is still not the incident's place
    ("A student from Aleppo was stabbed to death on a tram on Friday, German police said.",
     "Aleppo", None),
    ("A Sudanese refugee from El Geneina was shot dead at a checkpoint on Monday, Chadian "
     "officials said.", "El Geneina", None),
    ("A Taliban commander originally from Kandahar was killed in a drone strike on Monday, "
     "Pakistani officials said.", "Kandahar", None),
    ("A Congolese journalist from Bukavu was shot dead on Saturday, his employer said.",
     "Bukavu", None),
    ("A Yemeni fisherman from Hodeidah was killed when a missile struck his boat on Thursday, "
     "the coast guard said.", "Hodeidah", None),
    ("A Malian soldier from Gao was killed in an ambush on Wednesday, the army said.", "Gao", None),
])
def test_a_persons_origin_is_not_the_incident_place(extract: Any, text: str, origin: str,
                                                    place: str | None) -> None:
    places = incident_places(extract(text, published="2023-05-10"))
    assert origin not in places, places
    if place is not None:
        assert place in places, places


@pytest.mark.parametrize(("text", "place"), [
    # armed actors doing the incident: where they come from may stand for where they struck
    ("Fighters from Gaza attacked Israeli communities near the border on Saturday, killing "
     "dozens, the Israeli army said.", "Gaza"),
    # ... unless the incident's place is named
    ("Militants from Mali attacked an army base in Tillaberi, Niger, on Tuesday, killing 17 "
     "soldiers, the defence ministry said.", "Tillaberi"),
    ("Gunmen from Zamfara kidnapped 20 villagers in Katsina state on Sunday, police said.", "Katsina"),
    # launch sites are no people: the target's place wins by its preposition
    ("Rockets fired from Lebanon hit Kiryat Shmona on Sunday, injuring three people, the "
     "Israeli army said.", "Kiryat Shmona"),
    # a resident speaks from where they live
    ("An air strike hit a house in Rafah on Monday, killing six, a resident from Rafah said.", "Rafah"),
])
def test_armed_actors_and_residents_keep_their_place(extract: Any, text: str, place: str) -> None:
    assert place in incident_places(extract(text, published="2023-05-10"))


@pytest.mark.parametrize(("text", "place"), [
    # many people "from X" were often taken or hit where they live
    ("Gunmen kidnapped a teacher along with three other people from Baiji city on Sunday, "
     "police in Saladin said.", "Baiji"),
    ("Soldiers detained 40 men from Kidal on Monday after a raid, Malian officials said.", "Kidal"),
])
def test_many_people_from_a_place_keep_it(extract: Any, text: str, place: str) -> None:
    assert place in incident_places(extract(text, published="2023-05-10"))


@pytest.mark.parametrize(("text", "place", "country"), [
    # the far side of "on the border with" never wins; twin border towns follow the verb's place
    ("Fighting in Myawaddy, on the border with Thailand, forced thousands to flee across the "
     "river on Saturday, residents said.", "Myawaddy", "MM"),
    ("Thai soldiers were wounded when shells fired from Myawaddy landed in Mae Sot on Tuesday, "
     "Thai officials said.", "Mae Sot", "TH"),
    ("Three Thai villagers were wounded when stray shells hit Mae Sot, across the river from "
     "Myawaddy, on Wednesday, Thai police said.", "Mae Sot", "TH"),
    ("An Israeli air strike hit a house in Rafah near the border with Egypt on Monday, killing "
     "nine, Gaza health officials said.", "Rafah", "PS"),
    ("A Mexican man was shot dead in Nogales, Sonora, near the border with Arizona on Saturday, "
     "Mexican police said.", "Nogales", "MX"),
    ("Azerbaijani troops shelled the Armenian border town of Jermuk on Tuesday, killing two, "
     "Armenian officials said.", "Jermuk", "AM"),
    # a people word before "town of" says which side: Egypt's Rafah, not Gaza's
    ("Two Egyptian border guards were wounded when gunfire from Gaza hit the Egyptian town of "
     "Rafah on Tuesday, officials in Cairo said.", "Rafah", "EG"),
])
def test_border_towns_take_the_incidents_side(extract: Any, text: str, place: str, country: str) -> None:
    frames = [f for f in extract(text, published="2023-05-10").frames if not f.background]
    assert any(f.place_text == place and f.location is not None and f.location.country == country
               for f in frames), [(f.place_text, f.location) for f in frames]


@pytest.mark.parametrize(("text", "place"), [
    # where the source speaks from weighs little against where the incident was
    ("A drone struck a fuel depot in Kassala on Friday, killing two guards, officials in Port "
     "Sudan said.", "Kassala"),
    ("Shelling hit a school in Kherson on Monday, wounding four children, officials in Kyiv told "
     "reporters.", "Kherson"),
    # ... and is still the place when it is the only one
    ("Gunmen kidnapped 20 villagers on Sunday, police in Katsina said.", "Katsina"),
])
def test_the_speakers_place_weighs_little(extract: Any, text: str, place: str) -> None:
    assert place in incident_places(extract(text, published="2023-05-10"))
