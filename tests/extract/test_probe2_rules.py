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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person who bombs: an explosion, not an aircraft
        ("The bomber had tried to reach a nearby army base in Lower Shabelle.", "explosion"),
        ("A suicide car bomber struck the gate of the police academy in Quetta.", "explosion"),
        ("The bomber blew himself up among worshippers at the mosque in Maiduguri.", "explosion"),
        ("Police in Peshawar said the bombers wore explosive vests.", "explosion"),
        ("A lone bomber targeted the checkpoint outside Mogadishu.", "explosion"),
        # a platform still decides; a plane is still a plane
        ("A US drone strike killed a suicide car bomber near the airport.", "drone_strike"),
        ("Russian bombers struck the city overnight.", "airstrike"),
        ("A B-52 bomber flew over the peninsula.", "airstrike"),
    ],
)
def test_a_human_bomber_is_no_aircraft(text: str, expected: EventType) -> None:
    assert classify_event_type(text) == expected


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a party claiming the attack, or saying its own fighters did it, acknowledges it
        ("The Islamic State West Africa Province (ISWAP) claimed the attack on the town in a statement.",
         "ISWAP"),
        ("The RSF claimed responsibility for the drone strike on the airport in Port Sudan.", "RSF"),
        ("Al-Shabaab said in a statement that its fighters had carried out the attack on the checkpoint.",
         "al-Shabaab"),
        ("A commander of the Boko Haram faction said its fighters, not ISWAP, had carried out the raid.",
         "Boko Haram"),
        ("The ELN claimed the attack on the oil pipeline in Arauca.", "ELN"),
    ],
)
def test_a_claim_of_responsibility_acknowledges(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.perpetrator is not None]
    assert claims and all(c.stance == "confirms" and c.perpetrator == party for c in claims), claims


@pytest.mark.parametrize(
    "text",
    [
        # "claim" with a clause, not an attack, as its object: no acknowledgement
        "State news agency SANA claimed that American jets bombed an army post near the river.",
        "The M23 claimed the capture of the town near Goma.",
        "The army claimed the town in Sagaing was shelled by rebels.",
    ],
)
def test_other_claims_acknowledge_nothing(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in extract(text).claims if c.stance == "confirms"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Soldiers opened fire on the crowd waiting for aid trucks near Khan Younis.", "crowd"),
        ("Gunmen opened fire on a minibus carrying miners near Kamituga.", "minibus"),
        ("Police opened fire on protesters in the town of Mandalay on Sunday.", "protesters"),
    ],
)
def test_the_weapon_of_a_trigger_is_no_target(extract, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = [t for f in extract(text).frames for t in f.targets]
    assert any(target in t for t in found) and not any(t.strip().lower() == "fire" for t in found), found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("JNIM claimed the ambush on the supply convoy near Djibo.", "JNIM"),
        ("Al-Shabaab said it was behind the bombing of the hotel in Mogadishu.", "al-Shabaab"),
        ("The RSF said it was behind the assault on the army base in Babanusa.", "RSF"),
    ],
)
def test_ambushes_and_standing_behind_an_attack(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.perpetrator is not None]
    assert claims and all(c.stance == "confirms" and c.perpetrator == party for c in claims), claims


def test_behind_the_lines_is_no_acknowledgement(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The army said it was behind the lines in Kherson when the attack happened.").claims
    assert not [c for c in claims if c.stance == "confirms"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # "the hallmarks / signature / handiwork of X": X is alleged
        ("Somalia's defence ministry said the market attack bore \"the hallmarks of al-Shabaab\".",
         "al-Shabaab"),
        ("Officials in Ouagadougou said the ambush had the signature of JNIM.", "JNIM"),
        ("The mayor said the attack on the village near El Fasher was the handiwork of the RSF.", "RSF"),
    ],
)
def test_hallmarks_name_the_doer(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert [c.perpetrator for c in claims] == [party] and claims[0].stance == "asserts", claims


def test_other_nouns_of_a_party_name_no_doer(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The minister said the strike on Kherson was a violation of Ukrainian sovereignty.").claims
    assert all(c.perpetrator is None for c in claims), claims
