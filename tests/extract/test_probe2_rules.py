"""Rules found with the second probe corpus (tests/data/probe2), on hand-written sentences about
conflicts no eval set covers."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.triggers import classify_event_type, find_triggers
from rashomon.types import EventType


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack or raid by a non-state armed group, no weapon named: a ground attack
        ("Insurgents attacked the district headquarters in Cabo Delgado on Friday.", "ground_attack"),
        ("Thousands fled after Friday's insurgent attack in northern Mozambique.", "ground_attack"),
        ("The village near Zamfara's border was raided by bandits overnight.", "ground_attack"),
        ("A gang attack on the town in Artibonite killed at least 70 people.", "ground_attack"),
        ("Jihadists attacked a military post near the border with Mali.", "ground_attack"),
        ("Rebels overran the gold-mining town in South Kivu on Sunday.", "ground_attack"),
        ("The attack by gunmen on the bus in Plateau state killed 11.", "ground_attack"),
        ("A militia raid on Kutkai township displaced hundreds of families.", "ground_attack"),
        ("Armed men stormed a church in the Sahel town during Sunday mass.", "ground_attack"),
        # a weapon or platform word still decides
        ("Militants attacked the checkpoint with a car bomb.", "explosion"),
        ("Rebels attacked army positions with rockets from the hills.", "missile_strike"),
        ("Insurgents attacked the base with drones before dawn.", "drone_strike"),
        ("Jihadists attacked the town, then warplanes bombed their positions.", "airstrike"),
        # no armed group named: the bare word still says nothing of the mode
        ("The ministry condemned the attack.", "other"),
        ("Israeli raids hit the camp overnight.", "other"),
        ("The rebels attended talks in Doha.", None),
    ],
)
def test_attacks_by_armed_groups(text: str, expected: EventType | None) -> None:
    assert classify_event_type(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Gunmen raided the village at dawn.", "Gunmen raided"),
        ("An extremist assault on the barracks failed.", "extremist assault"),
        ("The convoy was attacked by militiamen near Kutum.", "attacked by militiamen"),
    ],
)
def test_the_group_and_the_act_are_one_trigger(text: str, phrase: str) -> None:
    found = [t for t in find_triggers(text) if t.text == phrase]
    assert found and found[0].type == "ground_attack" and not found[0].weapon
