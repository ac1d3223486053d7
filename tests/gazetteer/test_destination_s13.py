"""Where people went after an incident (fled to, crossed into, were treated in) is not where it
happened, and a landmark named only as a reference does not beat the town it is beside.
Sentences written for the project, about conflicts no eval set covers."""

from __future__ import annotations

from typing import Any

import pytest


def main_place(result: Any) -> tuple[str | None, str | None, str | None]:
    frame = next(f for f in result.frames if not f.background)
    loc = frame.location
    return (loc.name, loc.country, loc.precision) if loc is not None else (None, None, None)


@pytest.mark.parametrize(("title", "text", "name", "country"), [
    # refugees' destination across a border: the attack town wins, the country is the attack's
    ("Sudanese fleeing attack cross into Chad",
     "Thousands of Sudanese who fled an attack on their town this week have crossed into Chad's "
     "Ouaddai province, aid agencies said on Friday. Gunmen killed at least 40 people in the attack "
     "on Kutum, residents said.", "Kutum", "SD"),
    # survivors fled to a nearby town: the town they fled to is not the incident's
    ("Survivors say gunmen killed 25 in Kidal",
     "Survivors of Tuesday's attack who fled to the nearby town of Anefis said gunmen had shot 25 "
     "people. The attack on Kidal was the deadliest this year, the UN said.", "Kidal", "ML"),
    # the wounded were treated elsewhere
    ("Bomb kills seven at market in Mubi",
     "A bomb exploded at a market in Mubi on Monday, killing seven people, police said. Twelve "
     "wounded people were treated at the federal hospital in Yola.", "Mubi", "NG"),
])
def test_a_destination_is_not_the_incident_place(extract: Any, title: str, text: str, name: str,
                                                  country: str) -> None:
    got = main_place(extract(text, title=title, published="2024-06-21"))
    assert got[0] is not None and name.lower() in got[0].lower() and got[1] == country


def test_a_destination_alone_keeps_only_its_country(extract: Any) -> None:
    # the incident's village is unknown to the gazetteer; the town the survivors fled to is not
    # the place, its country is the village's
    text = ("Armed men attacked the village of Tchoma Bangou in Niger on Sunday, killing 30 people, "
            "officials said. Survivors fled to Ouallam.")
    assert main_place(extract(text, published="2024-01-10")) == ("Tchoma Bangou", "NE", "town")


def test_attackers_crossing_into_a_town_is_the_incident_place(extract: Any) -> None:
    # the movers are the attackers, not people who fled: the town they entered is the place
    text = "Militants crossed into Mopti on Tuesday and attacked an army post, killing nine soldiers."
    assert main_place(extract(text, published="2024-03-05"))[0] == "Mopti"


@pytest.mark.parametrize(("title", "text", "town"), [
    # a power plant named as the town's neighbour, not where the shells fell
    ("Shelling kills two in Marhanets",
     "Russian artillery shelled the town of Marhanets on Friday, killing two people, the regional "
     "governor said. Marhanets lies across the reservoir next to the Zaporizhzhia nuclear power "
     "plant and is shelled almost daily.", "Marhanets"),
])
def test_a_landmark_named_as_reference_does_not_beat_the_town(extract: Any, title: str, text: str,
                                                              town: str) -> None:
    got = main_place(extract(text, title=title, published="2024-09-06"))
    assert got[0] == town and got[2] == "town"


def test_a_site_named_near_does_not_beat_the_town_named_in(extract: Any) -> None:
    text = ("Shells hit houses in Marhanets on Friday, killing two people, near the Zaporizhzhia nuclear "
            "power plant, the regional governor said.")
    assert main_place(extract(text, published="2024-09-06"))[:3:2] == ("Marhanets", "town")


def test_a_headline_destination_is_only_its_country(extract: Any) -> None:
    title = "Thousands flee to Chad after attack on Kutum"
    text = "Gunmen attacked Kutum on Sunday, killing 40 people, residents said. Thousands have fled."
    assert main_place(extract(text, title=title, published="2024-06-21"))[:2] == ("Kutum", "SD")
