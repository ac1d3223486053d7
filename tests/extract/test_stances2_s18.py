"""Stances on conflicts no eval set covers (issue 10, probe12's stance faults by their pattern): a
party withdrawing or disowning its part in an attack denies it ("it had not been involved",
"retracted its claim"), and a refusal about another matter
than the deed (troop deployments, the investigation, the weapons) is no refusal about who did it.
Sentences written for the project (Nigeria, Somalia, Ethiopia, the DRC, Haiti, Kashmir, Myanmar)."""

from __future__ import annotations

import pytest


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.perpetrator, c.text[:50]) for c in claims]


# --- a party disowning its part in the attack denies it -----------------------------------------

KB = "Gunmen killed 17 worshippers at a mosque near Kebbi on Friday, police said. "
MG = "A car bomb killed 22 people at a market in Mogadishu on Sunday, police said. "
BS = "A bomb killed nine soldiers near Bossaso on Sunday, officials said. "


@pytest.mark.parametrize("text", [
    KB + "Lakurawa, which had claimed the attack on Saturday, said on Monday that it had not been involved "
         "and that its social media accounts had been hacked.",
    "Gunmen killed 40 people in Mai-Kadra on Monday, residents said. The TPLF said on Tuesday that it was "
    "never involved in the massacre.",
    BS + '"We played no part in the bombing," an Islamic State spokesman told reporters.',
    BS + "The ELN said it had played no role in the attack.",
    MG + "Al Shabaab later retracted its claim of responsibility for the bombing.",
])
def test_disowning_a_part_in_the_attack_denies(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "denies" and c.about == "perpetrator" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    # the victims' side, another matter, or no negation: no denial
    BS + "The victims' families said they had not been involved in any fighting.",
    BS + "The clan elder said it had not been involved in politics for years.",
    BS + "The UN said it had been involved in negotiations with the clans.",
    "Shelling killed six civilians in Uri on Tuesday, officials said. Pakistan's army said it had not been "
    "informed of the shelling.",
    # a politician keeping away from an ally: no denial of anything (PolNeAR's wording)
    "Several senators have sought to distance themselves from the party's candidate, a senior aide said.",
])
def test_no_part_of_another_kind_is_no_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


def test_a_family_disowning_a_pilot_is_no_denial(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("Jordanian pilot disowned by his family for bombing Islamic State positions").claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


# --- a refusal about another matter than the deed names no doer ---------------------------------

HT = "Gang members killed 14 inmates at a prison in Port-au-Prince on Monday, police said. "
BN = "Rebels killed 25 villagers near Beni on Saturday, the army said. "
AN = "Gunmen killed 12 pilgrims near Anantnag on Sunday, police said. "


@pytest.mark.parametrize("text", [
    HT + "The justice ministry did not respond to questions about the weapons found in the cells.",
    BN + "A spokesman for the Burundian army declined to say whether Burundian troops had been deployed near "
         "the village.",
    BN + "Rwanda's army declined to comment on troop deployments in North Kivu.",
    AN + "Pakistan's interior ministry declined to comment on the progress of the investigation.",
    AN + "India's home ministry would not comment on the investigation.",
])
def test_a_refusal_about_another_matter_names_no_doer(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    declines = [c for c in claims if c.stance == "declines_comment"]
    assert declines and all(c.about == "occurrence" and c.perpetrator is None for c in declines), _show(claims)


MM = "A drone strike killed nine people at a market in Shan state on Monday, residents said. "


@pytest.mark.parametrize("text", [
    MM + "The junta declined to comment on whether its aircraft had carried out the strike.",
    MM + "The junta declined to comment on the accusation.",
    MM + "The junta declined to comment.",
    MM + "The junta declined to comment on reports that its jets had bombed the market.",
    MM + "The junta declined to comment on the matter.",
    MM + "The junta did not comment on the market.",  # the attack's target, told in the lead
    BN + "Rwanda's army declined to say who had fired on the village.",
    BN + "Rwanda's army declined to name the group behind the attack.",
    AN + "Pakistan's army declined to comment on the attack.",
])
def test_a_refusal_about_the_deed_stays_on_the_perpetrator(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    declines = [c for c in claims if c.stance == "declines_comment"]
    assert declines and all(c.about == "perpetrator" for c in declines), _show(claims)


@pytest.mark.parametrize("text", [
    MM + "The junta did not respond to requests for comment.",
    MM + "The junta did not respond to questions about the strike.",
    AN + "Pakistan's army did not respond to calls and messages seeking comment.",
])
def test_a_silence_towards_the_press_stays_on_the_perpetrator(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    declines = [c for c in claims if c.stance == "declines_comment"]
    assert declines and all(c.about == "perpetrator" for c in declines), _show(claims)


# --- "S, X said, <a trailing phrase>": X's statement is S, not what trails the cue ------------------

@pytest.mark.parametrize(("text", "figure"), [
    ("A roadside bomb killed nine soldiers in Tillaberi on Friday, the army said, the deadliest attack on "
     "troops this year.", 9),
    ("Shelling killed at least 14 people in El Obeid on Tuesday, medics said, less than a week after a drone "
     "strike on the city's market.", 14),
    ("Gunmen killed at least 30 villagers in Zamfara on Sunday, police said, in an attack claimed by bandits.", 30),
])
def test_a_cue_inside_the_sentence_reports_what_comes_before(extract, text: str, figure: int) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.killed is not None and c.killed.min == figure for c in claims), _show(claims)


def test_an_attack_claimed_by_a_group_is_its_claim_of_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("A suicide bomber killed 12 soldiers near Baidoa on Monday, officials said, in an attack "
                     "claimed by al Shabaab.").claims
    group = [c for c in claims if "Shabaab" in c.source.name]
    assert group and all(c.killed is None and c.about == "perpetrator" for c in group), _show(claims)


@pytest.mark.parametrize("text", [
    "Most of the dead were soldiers, the officer said, but civilians waiting at the checkpoint were also hit.",
    "The shelling stopped at dawn, a resident said, because the fighters had run out of ammunition.",
])
def test_a_statement_going_on_after_the_cue_keeps_its_tail(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.text.rstrip(".").endswith(text.rstrip(".").split()[-1]) for c in claims), _show(claims)


def test_an_as_clause_after_the_cue_is_the_outlets(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The toll from the raid on a church near Beni has risen to 24, a local official said, as the "
                     "ADF claimed responsibility through its news agency.").claims
    assert any(c.killed is not None and c.killed.min == 24 for c in claims), _show(claims)
