"""Round 2 (events8): an aircraft that was hit is no air strike; a state named as a supplier or
backer is not who fired. Sentences written for the project, about conflicts no eval or probe
set covers."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.triggers import classify_event_type
from rashomon.types import EventType


@pytest.mark.parametrize(("text", "expected"), [
    # the attackers' action types a raid; an aircraft on the ground is what they hit
    ("Gunmen stormed the airfield at Sevare before dawn on Sunday, and footage showed a military "
     "helicopter burning on the runway.", "ground_attack"),
    ("Al-Shabaab fighters raided the airstrip outside Baidoa on Monday; two planes were destroyed "
     "on the ground and a fuel depot was set alight.", "ground_attack"),
    ("Insurgents overran the airport at Mocimboa da Praia on Tuesday and torched three aircraft "
     "parked on the apron.", "ground_attack"),
    # an aircraft doing the striking still types an air strike
    ("Junta warplanes bombed a market in Sagaing region on Wednesday, killing 40 people.", "airstrike"),
    ("A military helicopter fired rockets at villagers near Gusau on Thursday.", "airstrike"),
    ("Army jets struck rebel positions outside Goma on Friday after the rebels attacked the airport.",
     "airstrike"),
])
def test_an_aircraft_hit_on_the_ground_is_no_air_strike(extract, text: str, expected: EventType) -> None:  # type: ignore[no-untyped-def]
    frame = extract(text, published="2024-05-20").frames[0]
    assert frame.type == expected, frame.sources["type"].note


@pytest.mark.parametrize(("text", "expected"), [
    # an airliner or a head of state's plane carries out no air strike
    ("A passenger plane was damaged when gunmen attacked the airport in Port-au-Prince.", "ground_attack"),
    ("Rebels stormed the town and burned the governor's car; a presidential plane was on the tarmac.",
     "ground_attack"),
    ("A cargo plane caught fire after militants attacked the airstrip.", "ground_attack"),
])
def test_a_civil_aircraft_names_no_platform(text: str, expected: EventType) -> None:
    assert classify_event_type(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word of assault said of an armed group is no weaker than the word alone
    # (a lead that says only "gunmen struck" yields to a platform named further on; "stormed" and
    # "assaulted" say how)
    ("Jihadists stormed the barracks at Tillaberi on Sunday.\n\nA helicopter was later seen over "
     "the town.", "ground_attack"),
    ("Gunmen assaulted the police post in Kidal on Sunday.\n\nArmy jets were sent to the area.",
     "ground_attack"),
])
def test_an_armed_group_storming_keeps_the_word_s_weight(extract, text: str, expected: EventType) -> None:  # type: ignore[no-untyped-def]
    frame = extract(text, published="2024-05-20").frames[0]
    assert frame.type == expected, frame.sources["type"].note


def _perpetrators(extract, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [c.perpetrator for c in extract(text).claims]


@pytest.mark.parametrize(("text", "supplier"), [
    ("The Nigerian army said the raid proved that foreign sponsors were still arming Boko Haram, and "
     "accused Libya of supplying the group with rifles.", "Libya"),
    ("Colombia's defence minister said the bombing showed that Venezuela was still supplying the ELN "
     "with explosives.", "Venezuela"),
    ("Ukraine's air force said the attack proved that Iran was still providing Russia with drones.",
     "Iran"),
    ("Armenian officials said the shelling was carried out with howitzers supplied by Turkey.", "Turkey"),
    ("The Somali government blamed al-Shabaab and Eritrea, which it says arms the militants.", "Eritrea"),
])
def test_a_supplier_is_not_who_fired(extract, text: str, supplier: str) -> None:  # type: ignore[no-untyped-def]
    found = _perpetrators(extract, text)
    assert all(p is None or supplier not in p for p in found), found


@pytest.mark.parametrize(("text", "party"), [
    # the doer named beside its backer is still the doer
    ("Police said the attack was carried out by the ADF, which Kampala says is funded by foreign "
     "jihadists.", "ADF"),
])
def test_the_doer_beside_a_backer_is_still_named(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    assert party in _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a reaction two days on; the act told in a claim's sentence without a trigger word (a named
    # vehicle) dates the incident
    ("Haiti's government on Friday rejected claims that the hijacking of a bus near Mirebalais had "
     "been planned by police officers.\n\nA spokesman for the Gran Grif gang, which seized the Sans "
     "Souci Express on Wednesday, told reporters that the passengers had been released.", "2024-03-06"),
    ("Niger's junta on Friday dismissed reports that the ambush near Tillia had been planned in "
     "Mali.\n\nLocal officials said the men who took the Tahoua convoy on Wednesday had crossed "
     "the border.", "2024-03-06"),
    # another day someone spoke, or "last night" in a quote given later, dates no incident
    ("Libya's eastern forces on Friday denied that their jets bombed the migrant centre in "
     "Tajoura.\n\nThe eastern command on Monday said it had begun a new air campaign.", "2024-03-08"),
    ("Haiti's police chief on Friday defended the officers over the shooting in Cite Soleil.\n\n"
     "\"Last night, our men were attacked first,\" he told reporters.", "2024-03-08"),
])
def test_a_reaction_is_dated_by_the_incident_its_claims_tell(extract, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    frame = extract(text, published="2024-03-08").frames[0]
    assert frame.date == expected, (frame.date_text, frame.sources["date"].note)


def test_a_trigger_sentence_s_own_day_still_wins(extract) -> None:  # type: ignore[no-untyped-def]
    """The incident's day in a trigger sentence beats a claim sentence's other day."""
    text = ("Gunmen stormed a church in Kasese on Thursday, killing six worshippers, police said.\n\n"
            "The ADF, which police say recruited the men on Monday, denied any role.")
    frame = extract(text, published="2024-03-08").frames[0]
    assert frame.date == "2024-03-07", (frame.date_text, frame.sources["date"].note)


@pytest.mark.parametrize(("text", "party"), [
    # a unit of a group told as the doer: the group did it
    ("The minister said evidence showed that a faction of the Central General Staff had planned the attack.",
     "FARC dissidents"),
    ("Police said a cell of al-Shabaab had carried out the bombing in Mandera.", "al-Shabaab"),
    ("The army said a commander of the ADF had ordered the raid on the village near Beni.", "ADF"),
])
def test_a_unit_of_a_group_names_the_group(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    assert party in _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "party"), [
    # the unit hit is the victims' side, not the doer
    ("The ADF said its fighters had attacked a unit of the Ugandan army near Beni.", "Uganda"),
])
def test_a_unit_hit_is_no_doer(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    assert party not in _perpetrators(extract, text)


def test_an_army_s_units_firing_on_the_speaker_are_no_doers_of_this_attack(extract) -> None:  # type: ignore[no-untyped-def]
    """A counter-accusation ("units of X fired on our positions") tells another act."""
    text = ('Georgia\'s interior ministry said on Monday: "Units of the Russian armed forces subjected our '
            'posts near Ergneti to fire from 06:10 to 06:40."')
    assert "Russia" not in _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a "terrorist attack" whose attackers were killed or caught at the scene: men on the ground
    ("Kenyan police said 14 people died in Tuesday's terrorist attack on a hotel in Lamu.\n\n"
     "The interior minister said the security forces had killed all the attackers.", "ground_attack"),
    ("Nine people died in the attack on a church in Cabo Delgado on Sunday, officials said.\n\n"
     "The army said one assailant had been captured alive.", "ground_attack"),
    # a lone attacker killed by his own bomb is a blast
    ("Six people died in the attack on a market in Maiduguri on Sunday, police said.\n\n"
     "The attacker was killed when his explosive vest went off.", "explosion"),
])
def test_attackers_killed_or_caught_at_the_scene_type_a_ground_attack(extract, text: str,  # type: ignore[no-untyped-def]
                                                                       expected: EventType) -> None:
    frame = extract(text, published="2024-05-21").frames[0]
    assert frame.type == expected, frame.sources["type"].note
