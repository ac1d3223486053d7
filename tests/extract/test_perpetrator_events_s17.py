"""A state's operation against an attack's doers, told as such (the men behind it, those
responsible, pursued attackers), is another act: the state does not acknowledge the attack by telling it
(claim_perpetrator.find_perpetrator). Sentences written for the project, about conflicts no eval or
probe set covers."""

from __future__ import annotations

import pytest


def _claims(extract, text: str):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.perpetrator) for c in extract(text).claims]


@pytest.mark.parametrize(("text", "state"), [
    ("Nigeria's army said it had killed 40 Boko Haram fighters in air strikes on their camps in the "
     "Sambisa forest, including some of those behind Sunday's attack on the market in Konduga.", "Nigeria"),
    ("Mozambique's defence ministry said its forces had killed 30 insurgents linked to the attack "
     "on Palma.", "Mozambique"),
    ("India's army said its soldiers had killed five militants responsible for the ambush on the "
     "convoy in Rajouri.", "India"),
    ("Colombia's defence ministry said its troops had killed 12 ELN guerrillas linked to the car bomb "
     "attack on the police academy.", "Colombia"),
    ("Cameroon's army said its soldiers had killed 15 separatist fighters while pursuing the attackers "
     "into the forest near Bamenda.", "Cameroon"),
    ("Burkina Faso's army said it had killed dozens of jihadists responsible for the attack on "
     "Barsalogho.", "Burkina Faso"),
    ("Mali's army said its troops had killed 20 terrorists behind the ambush near Boulkessi.", "Mali"),
])
def test_counter_operation_is_no_acknowledgement(extract, text: str, state: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert claims
    assert all(p is None or state not in p for _, _, p in claims), claims


@pytest.mark.parametrize(("text", "party"), [
    # a state's own operation told with no attack it answers is its own act, acknowledged
    ("Nigeria's army said it had killed 40 Boko Haram fighters in air strikes on their camps in the "
     "Sambisa forest.", "Nigeria"),
    # a state's strike told as its reply to an attack is still its own act (it may be the incident)
    ("Turkey's defence ministry said it had killed 12 PKK militants in air strikes in northern Iraq in "
     "retaliation for the attack on its base.", "Turkey"),
    ("Nigeria's army said it had killed 40 Boko Haram fighters in air strikes a day after the attack "
     "on Konduga.", "Nigeria"),
    # an armed group's revenge attack is the incident itself: the group acknowledges it
    ("Al-Shabaab said its fighters had killed 20 soldiers at the base in retaliation for the air "
     "strikes in Jilib.", "al-Shabaab"),
])
def test_own_act_still_acknowledged(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(p == party and stance == "confirms" for _, stance, p in claims), claims


@pytest.mark.parametrize(("text", "party"), [
    # the doers said to be a group's men, with no attack word in the sentence: the group did it
    ("Niger's army said the attackers were members of Islamic State Sahel Province.", "Islamic State"),
    ("Police in Maiduguri said the gunmen were Boko Haram fighters who had crossed from Cameroon.",
     "Boko Haram"),
])
def test_doers_named_without_attack_word(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(p is not None and party in p for _, _, p in claims), claims


@pytest.mark.parametrize("text", [
    "Police said the attackers were young men from the town.",
    "The mayor said the victims were members of the Mai-Mai militia.",
])
def test_no_group_no_perpetrator(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(p is None for _, _, p in _claims(extract, text)), _claims(extract, text)


@pytest.mark.parametrize(("text", "party"), [
    # a country the party list lacks, named as the doer of an attack word
    ("Azerbaijan's defence ministry said Armenia had shelled the village of Tovuz.", "Armenia"),
    ("The Ethiopian government said Eritrea's shelling had killed 12 people in Zalambessa.", "Eritrea"),
    ("South Sudan's army said Sudan had bombed its positions near Heglig.", "Sudan"),
    # "opened fire": an attack told by a verb and its object
    ("Armenia's defence ministry said Azerbaijan's forces had opened fire on its positions near Jermuk.",
     "Azerbaijan"),
    ("Chad's army said Sudanese soldiers had opened fire on its patrol near Adre.", "Sudan"),
])
def test_country_as_doer(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(p == party for _, _, p in claims), claims


@pytest.mark.parametrize("text", [
    # a country hit, or where it happened, is no doer
    "Azerbaijan's defence ministry said the shelling had killed four civilians in Armenia.",
    "The Ethiopian government said the rebels had shelled Eritrea's border town of Senafe.",
    "Pakistan's interior ministry said it had opened an inquiry into the fire at the depot in Quetta.",
])
def test_country_hit_is_no_doer(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert all(p not in ("Armenia", "Eritrea") for _, _, p in claims), claims
