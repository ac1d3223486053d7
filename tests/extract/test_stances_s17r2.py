"""Stances on conflicts no eval set covers (issue 10, probe10's stance faults by their pattern):
a body refusing to name a person declines; a rhetorical comparison with a negation ("even in
wartime … were not attacked") denies nothing; a denial of an earlier attack named back ("that
strike") is background; a counter-accusation joined to a denial by a cue of its own ("and
repeated that …") is an account, not a denial; a group saying none of its members took part
denies. Sentences written for the project (Kashmir, Cameroon, Sudan, Mozambique, the Caucasus)."""

from __future__ import annotations

import pytest


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.perpetrator) for c in claims]


# --- a body refusing to name a person declines; a source not named is no decline -------------

CM = "Separatist fighters killed seven people at a market in Bamenda on Tuesday, police said. " \
     "A man who had filmed the market was arrested on Wednesday. "


@pytest.mark.parametrize("text", [
    CM + "Police declined to name him.",
    CM + "The gendarmerie refused to identify the suspect.",
])
def test_a_body_refusing_to_name_a_person_declines(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "declines_comment" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    CM + "An officer, who declined to be named, said the man came from Bui.",
    CM + "A trader said the man had paid for his stall. He declined to identify himself.",
])
def test_a_speaker_not_named_does_not_decline(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "declines_comment" for c in claims), _show(claims)


# --- a rhetorical comparison denies nothing ----------------------------------------------------

KS = "Militants killed 12 pilgrims at a shrine in Anantnag on Sunday, police said. "


@pytest.mark.parametrize("text", [
    KS + '"Even in the worst years of the insurgency pilgrims were not attacked at shrines," the chief minister said.',
    KS + "The governor said that even during the war in 1999 no shrine had been attacked.",
])
def test_a_rhetorical_comparison_is_no_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    KS + "Lashkar-e-Taiba said its fighters did not attack the shrine.",
    KS + "Lashkar-e-Taiba said its fighters were not even in the district.",
])
def test_a_denial_with_even_stays_a_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "denies" and c.about != "other" for c in claims), _show(claims)


# --- a group saying none of its members took part denies ---------------------------------------

@pytest.mark.parametrize("text", [
    KS + "Lashkar-e-Taiba condemned the killings and said none of its members had been involved.",
    "Insurgents killed 20 villagers near Mueda on Sunday, the army said. "
    "The rebel group said none of its fighters had taken part in the raid.",
])
def test_none_of_its_members_involved_denies(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "denies" and c.about == "perpetrator" for c in claims), _show(claims)


def test_none_of_the_victims_is_no_denial(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(KS + "The hospital said none of the wounded had been moved to Srinagar.").claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


# --- a counter-accusation joined to a denial by a cue of its own -------------------------------

SD = "A shell killed 14 people at a market in El Fasher on Friday, local officials said. "


def test_a_counter_accusation_before_a_repeated_denial_is_an_account(extract) -> None:  # type: ignore[no-untyped-def]
    text = SD + "Sudan's army said on Saturday that the shell had been fired by RSF fighters from near " \
                "Kutum, and repeated that its units had not shelled the city."
    claims = extract(text).claims
    denials = [c for c in claims if c.stance == "denies"]
    assert len(denials) == 1 and denials[0].perpetrator != "RSF", _show(claims)
    assert any(c.stance == "asserts" and c.perpetrator == "RSF" for c in claims), _show(claims)


# --- a denial of an earlier attack named back is background ------------------------------------

NK = "Shelling killed six people in Stepanakert on Monday, local officials said. Four of the dead were " \
     "children who had been sheltering in the basement of a school near the central square.\n\n"


def test_a_denial_of_an_earlier_attack_named_back_is_background(extract) -> None:  # type: ignore[no-untyped-def]
    text = NK + "In October 2020 rockets fired from across the front line destroyed the market, killing 30. " \
                "Azerbaijan denied it was responsible for that attack."
    claims = extract(text).claims
    assert not any(c.stance == "denies" and c.about != "other" for c in claims), _show(claims)


def test_a_denial_of_the_attack_named_back_stays_a_denial(extract) -> None:  # type: ignore[no-untyped-def]
    text = NK + "Rockets struck the town's market at dawn. Azerbaijan denied it was responsible for that attack."
    claims = extract(text).claims
    assert any(c.stance == "denies" and c.about == "perpetrator" for c in claims), _show(claims)


# --- a speaker saying how or who is not yet known: the unknown stance ---------------------------

CO = "A car bomb killed eight soldiers outside a base in Cucuta on Friday, the army said. "


@pytest.mark.parametrize("text", [
    CO + "The regional police chief said it was not yet clear how the car had passed the checkpoint.",
    CO + "The defence ministry said it was unclear who had planted the bomb.",
    CO + "A local rights group said it could not immediately identify who carried out the bombing.",
])
def test_not_yet_clear_how_or_who_is_the_unknown_stance(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "unknown" for c in claims), _show(claims)
    assert not any(c.stance in {"asserts", "confirms", "denies"} and c.source.name != "army" for c in claims), \
        _show(claims)


@pytest.mark.parametrize("text", [
    CO + "The defence ministry said it was clear that the ELN had planted the bomb.",
    CO + "The governor said the blast was caused by a drone, though it was not yet clear who had launched it.",
    CO + "Police said it was not known how many people had been inside the base.",
])
def test_a_known_account_is_no_unknown_stance(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "unknown" for c in claims), _show(claims)


# --- a body's toll given by a verb of giving is its claim, beside another speaker's ------------

NE = "Suspected jihadists attacked a market in Diffa on Sunday, killing traders and soldiers. "


def test_an_earlier_toll_before_another_speakers_is_a_claim(extract) -> None:  # type: ignore[no-untyped-def]
    text = NE + "Niger's police had first put the death toll at 9, but the regional governor said on " \
                "Tuesday that 18 people had died."
    claims = extract(text).claims
    figures = {(c.source.name, c.killed.min if c.killed else None) for c in claims}
    assert ("Niger's police", 9) in figures and ("regional governor", 18) in figures, _show(claims)


def test_a_toll_put_at_a_figure_holds_the_figure(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(NE + "The Red Cross put the death toll at 14.").claims
    assert any(c.killed is not None and c.killed.min == 14 for c in claims), _show(claims)


def test_a_toll_beside_the_speakers_own_said_stays_one_statement(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(NE + "The army put the toll at 12 and said 30 were wounded.").claims
    army = [c for c in claims if c.source.name == "army"]
    assert len(army) == 1 and army[0].killed is not None and army[0].killed.min == 12, _show(claims)


# --- the deaths an act avenges are not its toll -------------------------------------------------

NG = "Gunmen killed 15 worshippers at a mosque in Maiduguri on Friday, police said. "


@pytest.mark.parametrize("text", [
    NG + "A commander of the group claimed the attack, saying it was revenge for the killing of one of "
         "its leaders in Cameroon last year.",
    NG + "The group said the attack avenged the deaths of two of its commanders.",
    NG + "The group said it had struck in retaliation for the killing of three of its fighters.",
])
def test_the_avenged_deaths_are_no_figure(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.killed is not None for c in claims if c.source.name != "police"), _show(claims)


def test_a_toll_told_with_its_motive_keeps_its_figure(extract) -> None:  # type: ignore[no-untyped-def]
    text = NG + "The group said its fighters had killed 15 soldiers in revenge for an army offensive."
    claims = extract(text).claims
    assert any(c.killed is not None and c.killed.min == 15 for c in claims if c.source.name != "police"), _show(claims)


def test_could_not_yet_confirm_who_they_were_is_unknown(extract) -> None:  # type: ignore[no-untyped-def]
    text = CO + "Venezuelan police said they had not received fingerprints from Bogota and could not yet " \
                "confirm the bombers' nationality."
    claims = extract(text).claims
    assert any(c.stance == "unknown" and c.source.name != "army" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    CO + "Venezuelan police said they had not received fingerprints from Bogota but that the bombers were Colombians.",
    CO + "The army said it could not yet confirm the toll.",
])
def test_an_open_toll_or_a_known_identity_is_not_unknown(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "unknown" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    CO + "The UN mission in Bogota said it was gathering information on the bombing.",
    CO + "The ELN said it was looking into the reports.",
])
def test_a_speaker_still_inquiring_is_unknown(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "unknown" for c in claims), _show(claims)
    assert not any(c.stance == "asserts" and c.source.name != "army" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    CO + "Police said officers were checking cars at every exit from the city.",
    CO + "The army said it was assessing the possibility of civilian casualties.",
])
def test_other_checks_are_not_unknown(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "unknown" for c in claims), _show(claims)
