"""Hijackings and combined assaults are ground attacks (CONVENTIONS: one side's assault, raid or
ambush). Sentences written for the project, about conflicts no eval or probe set covers."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.triggers import classify_event_type


@pytest.mark.parametrize("text", [
    # gunmen seizing a vehicle and its passengers: an assault, not two sides fighting, even
    # when troops later fight their way in
    "ELN fighters hijacked a bus near Cucuta and held its passengers for two days before "
    "fighting broke out with the army.",
    "The hijacking of the ferry off Mindanao ended when marines clashed with the kidnappers.",
    "Gunmen seized a passenger train in Cabo Delgado and took dozens of hostages.",
    "Al-Shabaab fighters were still holding hostages at the hotel as the siege entered its second "
    "day and fighting went on.",
    # a bomber and gunmen together: the bomb opens the way, the gunmen storm the place
    "A suicide bomber and gunmen attacked a police station in Niamey on Tuesday, killing nine.",
    "Two suicide bombers and several gunmen attacked the army base near Gao.",
    "Gunmen and a suicide bomber struck a hotel in Juba, killing 11.",
    "A car bomb exploded at the gate and gunmen then stormed the compound in Bossaso.",
])
def test_ground_attack(text: str) -> None:
    assert classify_event_type(text) == "ground_attack"


@pytest.mark.parametrize(("text", "expected"), [
    # a bombing alone stays a bombing; the gunmen elsewhere are another matter
    ("A suicide bomber blew himself up at a market in Maiduguri, killing six.", "explosion"),
    ("A suicide bomber struck a checkpoint in Kismayo; separately, gunmen were arrested.", "explosion"),
    # rockets stay missile strikes
    ("Rockets struck the centre of Khankendi on Saturday, killing three.", "missile_strike"),
    ("Militants fired rockets with cluster munitions at the town from multiple rocket launchers.",
     "missile_strike"),
])
def test_other_types_kept(text: str, expected: str) -> None:
    assert classify_event_type(text) == expected
