"""A bomber alone is a person who set off a bomb, not an aircraft: "the bomber who killed 30 at
a market", "the bomber had walked into the base" are a bombing; bombers with jets, sorties or a
flight are aircraft. Sentences written for the project, about conflicts no eval or probe set
covers."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.triggers import classify_event_type


@pytest.mark.parametrize("text", [
    "Officials in Mogadishu said the bomber who killed 30 people at a market in Baidoa had come "
    "from the Lower Shabelle region.",
    "The bomber had walked into the barracks in Quetta wearing an army uniform.",
    "Police said the bomber belonged to a cell that had trained in the forests of Sambisa.",
    "Investigators identified the bomber from fragments found at the church in Maiduguri.",
])
def test_a_bomber_is_a_person(text: str) -> None:
    assert classify_event_type(text) == "explosion"


@pytest.mark.parametrize("text", [
    "Russian long-range bombers pounded the outskirts of Kherson overnight.",
    "Strategic bombers flew from the Engels air base and struck the city of Dnipro.",
    "The army said its bomber jets struck rebel positions near Mogok.",
    "Bomber aircraft dropped guided bombs on a village in Sagaing region.",
])
def test_bombers_with_aircraft_are_airstrikes(text: str) -> None:
    assert classify_event_type(text) == "airstrike"


@pytest.mark.parametrize("text", [
    "Syrian government bombers pounded the town of Saraqib.",
    "Two suicide bombers struck a checkpoint outside Kismayo, killing nine.",
])
def test_bombers_in_the_plural(text: str) -> None:
    expected = "explosion" if "suicide" in text else "airstrike"
    assert classify_event_type(text) == expected
