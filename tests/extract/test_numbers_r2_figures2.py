"""Figures that are another incident's or no toll at all (s17 round 2, figures2): a death
named as a motive, a toll over a months-long battle, bodies found across a region's towns.
Sentences written for these tests (Nigeria, Somalia, Lebanon, Colombia, Cameroon)."""

from __future__ import annotations

from rashomon.extract.numbers import cumulative, find_casualties
from rashomon.types import Figure


def killed(text: str) -> list[Figure]:
    return [m.figure for m in find_casualties(text) if m.kind == "killed"]


# --- a death named as the motive of the attack --------------------------------------------

def test_revenge_for_a_killing_is_no_toll() -> None:
    text = ("Al-Shabaab said in a statement that the raid on the base was revenge for the killing of "
            "its commander in Jilib last month.")
    assert killed(text) == []


def test_to_avenge_the_death_is_no_toll() -> None:
    assert killed("The gunmen said they had attacked the village to avenge the death of a herder.") == []
    assert killed("Boko Haram called the ambush retaliation for the killing of two of its fighters.") == []


def test_a_killing_told_as_the_incident_still_counts() -> None:
    # NOT fire: the killing is the incident's own
    assert killed("Police in Cali confirmed the killing of a community leader on Sunday.") == [Figure(1, 1)]
    assert killed("The ambush, carried out in revenge, killed 12 soldiers near Kolofata.") == [Figure(12, 12)]


# --- a toll over a months-long battle or siege --------------------------------------------

def test_a_months_long_battle_is_a_running_total() -> None:
    assert cumulative("In 2013, rebels overran the town, starting a seven-month battle in which more than "
                      "900 people were killed.")
    assert cumulative("The army ended a months-long siege of the camp during which 400 people died.")
    assert cumulative("A decade-long insurgency that has killed 35,000 people shows no sign of ending.")


def test_a_short_battle_is_the_incident() -> None:
    # NOT fire: an hours- or days-long fight is often the incident itself
    assert not cumulative("Soldiers fought the attackers in a three-hour gun battle in which 14 people were killed.")
    assert not cumulative("The two-day siege of the hotel, in which 21 people died, ended on Sunday.")


# --- bodies found across a region's towns ---------------------------------------------------

def test_bodies_found_in_towns_around_a_city_are_a_tally() -> None:
    assert cumulative("Officials said more than 200 bodies had been found in villages around Sinjar "
                      "after the militants withdrew.")
    assert cumulative("Investigators said 75 bodies had been exhumed in towns across the province.")


def test_bodies_found_after_one_attack_count() -> None:
    # NOT fire: the bodies of one incident, found at its scene
    assert not cumulative("The bodies of 30 villagers were found in Kukawa after the raid.")
    assert not cumulative("Rescuers said 16 bodies had been found in the ruins of the market in Nabatieh.")


# --- a perfect-tense toll since a war's fighting broke out on a date -----------------------

def test_killed_since_fighting_broke_out_on_a_date_is_a_running_total() -> None:
    assert cumulative("More than 600 people, among them scores of civilians, have been killed since fighting "
                      "broke out on Nov. 4, according to figures from both sides.")
    assert cumulative("At least 2,000 people have died since clashes erupted in April.")


def test_killed_since_an_attack_began_on_a_day_is_the_incident() -> None:
    # NOT fire: the incident's own toll over its hours or days
    assert not cumulative("At least 39 people have been killed since the attack on the mall began on Saturday.")
    assert not cumulative("Nine people have been killed since clashes erupted on Tuesday night.")
