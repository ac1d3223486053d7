"""A clash between two forces typed by the clash, not by the arms it was fought with ("heavy
fighting with tanks and drones"). Sentences written for the project, about conflicts no eval or
probe set covers."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.triggers import classify_event_type, find_triggers


@pytest.mark.parametrize("text", [
    # the weapons a clash was fought with, listed after "with", "using", "involving"
    "Heavy fighting with artillery, tanks and drones broke out on Tuesday along the line of contact "
    "between Armenian and Azerbaijani forces.",
    "Fierce fighting broke out near Lachin, with tanks and howitzers in use on both sides.",
    "Clashes involving mortars and drones erupted between Indian and Pakistani troops along the "
    "Line of Control in Kupwara.",
    "Troops and FARC dissidents fought a gun battle using rifles and grenades near Tumaco.",
    "Soldiers clashed with M23 rebels near Sake, using heavy weapons and attack helicopters.",
])
def test_clash_fought_with_weapons(text: str) -> None:
    assert classify_event_type(text) == "armed_clashes"


@pytest.mark.parametrize(("text", "expected"), [
    # a shelling of a town with no clash stays a shelling, and its weapons decide as before
    ("Azerbaijani forces shelled the town of Jermuk with artillery and drones.", "drone_strike"),
    ("Pakistani troops shelled villages in Poonch with mortars on Sunday.", "shelling"),
    # a drone strike after fighting is told in a clause of its own
    ("A drone struck a market in Goma after fighting around Sake had stopped.", "drone_strike"),
    # the weapons of another act after the clash ("shelled … with tanks"), not the clash's own
    ("Fighting stopped on Monday, and the army then shelled the hills with tanks.", "shelling"),
    ("Rebels shelled Rutshuru with mortars, a day after clashes with the army near the town.", "shelling"),
])
def test_weapons_outside_a_clash(text: str, expected: str) -> None:
    assert classify_event_type(text) == expected


def test_the_weapons_stay_triggers_of_the_clash() -> None:
    found = find_triggers("Heavy fighting with tanks and drones broke out near Lachin.")
    assert [t.text for t in found] == ["Heavy fighting", "tanks", "drones"]
    assert all(t.type == "armed_clashes" for t in found)
    assert [t.weapon for t in found] == [False, True, True]
