"""Figures of round 19 (issue 10), on sentences written for the project about conflicts no eval
set covers (Sudan, Myanmar, Nigeria, DRC, Haiti, Ethiopia, Mozambique): counts that are no toll —
bodies by whether they were claimed or identified ("15 bodies had not yet been claimed"), a part
of the wounded picked out with an adverb ("21 of the most seriously hurt had been flown abroad"),
a wounded victim who has since died ("a woman wounded in the attack has died": an update, not one
more wounded) — and a toll told "brought in dead"."""

from __future__ import annotations

import pytest

from rashomon.extract.numbers import find_casualties


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(m.kind, m.figure.min, m.figure.max) for m in find_casualties(text) if not m.subset]


# --- bodies counted by their status: no toll -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The health ministry said 15 bodies had not yet been claimed by relatives.",
    "A mortuary attendant in Bunia said 12 bodies remained unidentified on Monday.",
    "Officials in Mandalay said 30 bodies were still unclaimed at the city morgue.",
    "The Red Cross said nine corpses were yet to be identified.",
])
def test_bodies_by_their_status_are_no_toll(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize("text, figure", [
    # NOT fire: bodies recovered or received are the dead
    ("Rescuers said 15 bodies had been pulled from the rubble in Kalehe.", ("killed", 15, 15)),
    ("The morgue in Port-au-Prince received 22 bodies overnight, which relatives later identified.",
     ("killed", 22, 22)),
])
def test_bodies_counted_stay_a_toll(text: str, figure: tuple[str, int, int]) -> None:
    assert figure in _figures(text)


# --- a part of the wounded, with an adverb: no toll ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The minister said 21 of the most seriously hurt had been flown to Cairo for treatment.",
    "Nine of the badly wounded were airlifted to Addis Ababa, a hospital official said.",
    "Doctors said six of the critically injured had been moved to Maiduguri.",
])
def test_a_part_of_the_wounded_is_no_toll(text: str) -> None:
    assert _figures(text) == []


def test_a_count_of_the_seriously_wounded_stays_a_toll() -> None:
    # NOT fire: no partitive, the seriously wounded counted
    assert ("injured", 21, 21) in _figures("Police in Goma said 21 people were seriously wounded in the blast.")


# --- a wounded victim who has died: an update, no wounded ------------------------------------------

@pytest.mark.parametrize("text", [
    "A woman wounded in Sunday's attack on a market in Zamfara has died in hospital, bringing the toll to nine.",
    "A boy injured in the raid on the village died on Monday, raising the toll to 12, police said.",
    "Two soldiers wounded in the ambush near Palma later died of their injuries, the army said.",
])
def test_a_wounded_victim_who_died_is_no_wounded(text: str) -> None:
    assert not [f for f in _figures(text) if f[0] == "injured"]


@pytest.mark.parametrize("text", [
    # NOT fire: the wounded are alive, or another victim died
    "A woman wounded in the attack remains in critical condition, doctors said.",
    "A policeman was wounded and two civilians died in the attack on the checkpoint in Kidal.",
])
def test_a_wounded_victim_alive_stays_wounded(text: str) -> None:
    assert ("injured", 1, 1) in _figures(text)


# --- "brought in dead": a toll ---------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("A doctor at the district hospital said six people had been brought in dead.", 6),
    ("Medics in Omdurman said 14 people were pronounced dead on arrival.", 14),
    ("A nurse said nine villagers were declared dead at the clinic in Kalemie.", 9),
])
def test_brought_in_dead_is_a_toll(text: str, n: int) -> None:
    assert ("killed", n, n) in _figures(text)


def test_brought_in_wounded_is_no_death() -> None:
    # NOT fire: brought in alive
    assert not [f for f in _figures("A doctor said six people had been brought in with gunshot wounds.")
                if f[0] == "killed"]


def test_the_wounded_counted_before_another_s_death_stay_wounded() -> None:
    # NOT fire: the count of the wounded, then a subordinate clause on one of them who died
    assert ("injured", 58, 58) in _figures(
        "The toll in Kirkuk rose to 12 dead and 58 wounded, after one of the wounded died overnight.")


# --- a round-up's toll is no figure of the outlet's ----------------------------------------------

def _outlet(result) -> set[int]:  # type: ignore[no-untyped-def]
    """The figures of the article's main frame (another incident's own frame may hold its toll)."""
    return {v for fr in result.frames[:1] for f in (fr.killed, fr.injured) if f is not None
            for v in (f.min, f.max) if v is not None}


@pytest.mark.parametrize("text, figure", [
    ("OUAGADOUGOU, June 5 - Gunmen killed at least 100 people in a raid on the village of Seytenga in "
     "Seno province, the government said on Saturday.\n\nHours earlier, gunmen had killed 14 people in the "
     "village of Markoye in Oudalan province, security sources said.", 14),
    ("MAIDUGURI, Nigeria, Jan 9 - Insurgents killed 30 farmers near the town of Dikwa in Borno state on "
     "Monday, police said.\n\nOn the same day, a roadside bomb near the town of Gwoza killed six soldiers, "
     "a military source said.", 6),
    ("KHARTOUM, May 4 - Shelling killed 40 people at a market in the town of Omdurman on Saturday, "
     "medics said.\n\nElsewhere, a drone strike on the town of Kadugli killed nine people, "
     "residents said.", 9),
])
def test_a_round_up_s_toll_is_no_figure_of_the_main_frame(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    assert figure not in _outlet(extract(text))


def test_the_incident_s_own_toll_stays_the_outlet_s(extract) -> None:  # type: ignore[no-untyped-def]
    # NOT fire: the same village, no shift in time: the incident's own dead
    text = ("OUAGADOUGOU, June 5 - Gunmen raided the village of Seytenga in Seno province overnight, the "
            "government said on Saturday.\n\nAt least 14 people were killed in Seytenga.")
    assert 14 in _outlet(extract(text))


# --- "so far" dates a count, it does not make it a lower bound ---------------------------------

@pytest.mark.parametrize("text, figure", [
    ('"We have recovered five bodies so far," the police chief in Bunia said.', ("killed", 5, 5)),
    ("Red Cross volunteers in Derna said they had so far collected 61 bodies.", ("killed", 61, 61)),
    ("Medics in Sittwe said they had counted 23 bodies to date.", ("killed", 23, 23)),
    # NOT fire: the search goes on: at least
    ("We have found 12 bodies and are still searching the forest near Mambasa, a ranger said.", ("killed", 12, None)),
])
def test_so_far_dates_a_count(text: str, figure: tuple[str, int, int | None]) -> None:
    assert figure in _figures(text)


# --- "a large number of the …": a vague word, not "a" one victim ------------------------------------

@pytest.mark.parametrize("text", [
    "She said that a large number of the family was killed in the strike on the house in Rafah.",
    "Residents said a number of the villagers were killed when the militia entered Kalehe.",
    "A medic said a small number of the displaced had died in the shelling of the camp near El Fasher.",
])
def test_a_vague_number_of_a_group_is_no_one(text: str) -> None:
    assert not [f for f in _figures(text) if f[1] == 1 or f[2] == 1]


@pytest.mark.parametrize("text", [
    # NOT fire: one victim
    "A member of the family was killed in the strike on the house in Rafah, a relative said.",
    "A young mother was killed when the shell hit the camp near El Fasher, residents said.",
])
def test_one_victim_of_a_group_stays_one(text: str) -> None:
    assert ("killed", 1, 1) in _figures(text)
