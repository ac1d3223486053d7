"""Event type triggers and classification on hand-written sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.gazetteer.triggers import Trigger, classify_event_type, find_triggers
from rashomon.types import EventType


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # airstrike: event words and platforms, spelling variants
        ("Coalition planes carried out an air strike on the depot.", "airstrike"),
        ("The airstrikes flattened two buildings.", "airstrike"),
        ("An air-strike destroyed the bridge at dawn.", "airstrike"),
        ("Witnesses described an air raid shortly after midnight.", "airstrike"),
        ("Two F-16s dropped JDAMs on the compound.", "airstrike"),
        ("An F15 was seen over the valley before the explosions.", "airstrike"),
        ("Helicopter gunships attacked the convoy.", "airstrike"),
        ("Unidentified warplanes bombed militia positions.", "airstrike"),
        # the platform decides
        ("A missile fired from an Israeli jet hit the warehouse.", "airstrike"),
        ("A Reaper drone fired two Hellfire missiles at the car.", "drone_strike"),
        ("Rockets launched from the south landed in the suburbs.", "missile_strike"),
        # drone strikes
        ("A drone strike killed the commander.", "drone_strike"),
        ("Shahed drones targeted the power grid overnight.", "drone_strike"),
        ("Air defences downed a UAV near the airport.", "drone_strike"),
        # missiles and rockets
        ("Kalibr cruise missiles were launched from a submarine.", "missile_strike"),
        ("An Iskander ballistic missile struck the rail yard.", "missile_strike"),
        ("Katyusha rockets fell near the embassy.", "missile_strike"),
        ("Militants fired Qassam and Grad rockets at the town.", "missile_strike"),
        ("A Tochka-U hit the square.", "missile_strike"),
        # shelling
        ("Heavy shelling continued through the night.", "shelling"),
        ("Mortar rounds landed near the school.", "shelling"),
        ("Howitzers pounded the ridge.", "shelling"),
        # explosions
        ("A car bomb exploded outside the bank.", "explosion"),
        ("An IED struck the patrol on the highway.", "explosion"),
        ("A suicide bomber blew himself up at the wedding.", "explosion"),
        ("A VBIED was detonated at the gate.", "explosion"),
        ("A loud explosion shook the port; its cause is unknown.", "explosion"),
        # ground attacks
        ("Gunmen stormed the police station.", "ground_attack"),
        ("Clashes broke out between rival factions.", "armed_clashes"),
        ("Insurgents ambushed the convoy with RPGs.", "ground_attack"),
        ("Special forces raided the compound before dawn.", "ground_attack"),
        # generic words only
        ("The strike destroyed the depot.", "airstrike"),
        ("The ministry condemned the attack.", "other"),
        # false friends: nothing to classify
        ("Teachers went on strike over pay.", None),
        ("The detainee began a hunger strike.", None),
        ("Both sides agreed to a ceasefire.", None),
        ("The funds passed through a shell company in Cyprus.", None),
        ("The opposition blasted the decision.", None),
        ("The mayor died of a heart attack.", None),
        ("Unions called a general strike.", None),
        ("The think tank published a report.", None),
        ("The minister met reporters on Monday.", None),
    ],
)
def test_classify_event_type(text: str, expected: EventType | None) -> None:
    assert classify_event_type(text) == expected


def test_triggers_mark_weapons_and_slice_the_text() -> None:
    text = "Two F15 fighter jets fired guided missiles in an air strike."
    triggers = find_triggers(text)
    assert [(t.type, t.text, t.weapon) for t in triggers] == [
        ("airstrike", "F15", True),
        ("airstrike", "fighter jets", True),
        ("missile_strike", "guided missiles", True),
        ("airstrike", "air strike", False),
    ]
    assert all(t.text == text[t.start:t.end] for t in triggers)


def test_longest_trigger_wins() -> None:
    assert find_triggers("A drone strike hit the car.")[0] == Trigger(
        "drone_strike", 2, 14, "drone strike", False)


def test_names_are_case_sensitive() -> None:
    assert find_triggers("The grad student left.") == []
    assert [t.text for t in find_triggers("Grad rockets fell.")] == ["Grad rockets"]


def test_lexicon_is_large_enough() -> None:
    from rashomon.gazetteer.triggers import _lexicon

    assert len(_lexicon().entries) >= 100


@settings(deadline=None)
@given(st.text())
def test_never_raises_and_offsets_hold(text: str) -> None:
    text = text + " drone strike"
    for trigger in find_triggers(text):
        assert trigger.text == text[trigger.start:trigger.end]
    assert classify_event_type(text) is not None


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones carried out the raid on the army post near the town.", "drone_strike"),
    ("The raid by coalition jets hit a depot.", "airstrike"),
    ("Commandos raided the compound before dawn.", "ground_attack"),
])
def test_bare_raid_takes_its_mode_from_the_platform(text: str, expected: str) -> None:
    assert classify_event_type(text) == expected
