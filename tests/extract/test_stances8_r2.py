"""Stances on conflicts no eval set covers (issue 10, round 2): a victim's innocence is no
denial, a figure another party "has not confirmed" is no decline, a blame named in passing on
the group it blames is no claim, a commentator's reading of what an attack shows is a comment,
a speaker who could not reach someone gives no account, and a refusal to say how many died
declines on the casualties. Sentences written for the project."""

from __future__ import annotations

import pytest


def _claims(extract, text: str):  # type: ignore[no-untyped-def]
    return extract(text).claims


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.perpetrator) for c in claims]


BOMB = "A bomb killed seven people on a bus near Kananga on Monday, the governor said. "
RAID = "Gunmen killed 30 villagers in Oicha on Friday, a local official said. "
CAR = "A car bomb killed 11 people in Cucuta on Sunday, the mayor said. "


# --- "nothing to do with": the accused's denial, not a victim's innocence ------------------------

@pytest.mark.parametrize("text", [
    "A car bomb killed nine people at a market in Mogadishu on Tuesday, police said. Among the dead "
    "was a tea seller. \"She had nothing to do with the fighting,\" her brother said.",
    BOMB + "\"He had nothing to do with any war,\" the victim's mother told reporters.",
    BOMB + "Relatives of the driver said he had nothing to do with politics.",
])
def test_a_victims_innocence_is_no_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert not any(c.stance == "denies" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    BOMB + "The militia said it had nothing to do with the attack.",
    BOMB + "\"We had nothing to do with this bombing,\" a rebel commander said.",
    BOMB + "A lawyer for the suspect said he had nothing to do with the bombing.",
    BOMB + "A lawyer for the militia commander said he had nothing to do with the killings.",
])
def test_the_accused_with_nothing_to_do_denies(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(c.stance == "denies" for c in claims), _show(claims)


# --- a figure someone else gave, "which the army has not confirmed": no decline ----------------

@pytest.mark.parametrize("text", [
    RAID + "The ADF said 12 of its men had died in the raid, a figure the army has not confirmed.",
    RAID + "The rebels put their own losses at five, a toll the military has not confirmed.",
])
def test_a_figure_in_a_relative_clause_not_confirmed_is_no_decline(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert not any(c.stance == "declines_comment" for c in claims), _show(claims)


def test_the_accused_not_confirming_its_act_still_declines(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, RAID + "The army has not confirmed that its soldiers were in the village.")
    assert any(c.stance == "declines_comment" and c.source.name == "army" for c in claims), _show(claims)


# --- a blame named in passing on the group blamed is no claim of the blamer --------------------

@pytest.mark.parametrize("text", [
    CAR + "The ELN, which the government blamed for the bombing, has not claimed the attack.",
    CAR + "The group blamed by the defence minister has not claimed responsibility.",
])
def test_a_blame_in_passing_is_no_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert not any(c.source.name in {"government", "defence minister", "Colombian government"}
                   and c.about != "other" for c in claims), _show(claims)


def test_an_attack_blamed_on_a_group_in_a_relative_clause_is_a_claim(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, "A car bomb exploded in Cucuta on Sunday, an attack which the army blamed on the ELN.")
    assert any(c.source.name == "army" and c.about != "other" for c in claims), _show(claims)


# --- commentators: what the attack shows is a comment, even naming the group --------------------

def test_analysts_reading_of_the_attack_is_a_comment(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, RAID + "Analysts said the massacre showed that the ADF could still strike "
                     "deep inside North Kivu despite the army's offensive.")
    assert all(c.about == "other" for c in claims if c.source.name.lower() == "analysts"), _show(claims)


# --- a speaker who could not reach someone gives no account -------------------------------------

@pytest.mark.parametrize("text", [
    CAR + "A lawyer for the rebels said he had not been able to contact their commanders.",
    CAR + "A priest in the town said he could not reach the families of the victims.",
])
def test_could_not_reach_is_no_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert not any(c.source.name in {"lawyer for the rebels", "priest in the town", "lawyer", "priest"}
                   and c.about != "other" for c in claims), _show(claims)


# --- a refusal to say how many died declines on the casualties ----------------------------------

@pytest.mark.parametrize("text", [
    RAID + "The governor declined to say how many of the dead were soldiers.",
    RAID + "The army declined to comment on casualties.",
    RAID + "The air force declined to comment on whether any of its pilots had been hurt.",
])
def test_a_decline_on_the_toll_is_about_casualties(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    declines = [c for c in claims if c.stance == "declines_comment"]
    assert declines and all(c.about == "casualties" for c in declines), _show(claims)


def test_a_decline_on_the_strike_stays_on_the_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, "A drone strike killed 12 people near Kidal on Monday, residents said. "
                     "The army declined to comment on reports that its drones had carried out the strike.")
    declines = [c for c in claims if c.stance == "declines_comment"]
    assert declines and all(c.about == "perpetrator" for c in declines), _show(claims)


# --- "said it did not comment on X and that S": a decline and an account -----------------------

@pytest.mark.parametrize("text", [
    "An airstrike killed 14 people at a market in Tigray on Monday, doctors said. The Ethiopian military "
    "said it did not comment on individual operations and that it targeted only rebel positions.",
    "A drone strike killed six people near Kidal on Monday, residents said. The army said it would not "
    "comment on the strike and that its drones had hit a rebel convoy.",
])
def test_a_decline_joined_to_an_account_gives_both(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    stances = {c.stance for c in claims if c.source.name != "doctors" and c.source.name != "residents"}
    assert "declines_comment" in stances and stances & {"asserts", "confirms"}, _show(claims)


def test_a_decline_joined_to_no_account_stays_one_decline(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, "A drone strike killed six people near Kidal on Monday, residents said. The army "
                     "said it would not comment on the strike and that an inquiry was under way.")
    assert not any(c.source.name == "army" and c.stance in {"asserts", "confirms"} and c.about != "other"
                   for c in claims), _show(claims)


# --- the attackers killed: a second count beside the victims' -----------------------------------

@pytest.mark.parametrize(("text", "victims", "attackers"), [
    ("Niger's army said on Tuesday it had ended the siege of a school in Tillaberi and killed all 12 "
     "attackers, and that 19 pupils and two teachers had died.", 21, 12),
    ("The Mozambican army has said 14 villagers died in the raid on Mocimboa, along with nine attackers.", 14, 9),
])
def test_the_attackers_killed_are_a_second_count(extract, text: str, victims: int, attackers: int) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    killed = {c.killed.min for c in claims if c.killed is not None}
    assert {victims, attackers} <= killed, [(c.source.name, c.killed) for c in claims]


def test_the_attackers_as_the_only_count_stay_one(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, "The Cameroonian army said its soldiers had killed 15 militants near Mora on Sunday.")
    assert [c.killed.min for c in claims if c.killed is not None] == [15], [(c.source.name, c.killed) for c in claims]


# --- a speaker saying the figures will not be given declines on the casualties -------------------

@pytest.mark.parametrize("text", [
    RAID + "A police spokesman said the authorities would not release figures until the inquiry ended.",
    RAID + "The army said it would not disclose its losses.",
    RAID + "A ministry official said the government will not publish a death toll while the search goes on.",
])
def test_saying_the_toll_will_not_be_given_declines(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    declines = [c for c in claims if c.stance == "declines_comment"]
    assert declines and all(c.about == "casualties" for c in declines), _show(claims)


def test_saying_the_hostages_will_not_be_released_is_no_decline(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, RAID + "The rebels said they would not release the hostages.")
    assert not any(c.stance == "declines_comment" for c in claims), _show(claims)


# --- disputing a toll by giving one's own: an assertion of that figure ---------------------------

@pytest.mark.parametrize(("text", "toll"), [
    ("Residents said more than 40 people were killed in Solhan on Friday. The government on Sunday disputed "
     "reports that more than 40 people were killed in this week's raid on Solhan, saying the verified toll "
     "stood at 23.", 23),
    ("Villagers said soldiers killed 30 people in Kaboul on Sunday. The rebels' eastern command disputed the "
     "account, saying in a statement that only six of its fighters had died.", 6),
])
def test_disputing_a_toll_with_ones_own_asserts_it(extract, text: str, toll: int) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    own = [c for c in claims if c.killed is not None and c.killed.min == toll]
    assert own and all(c.stance in {"asserts", "confirms"} for c in own), \
        [(c.source.name, c.stance, c.killed) for c in claims]
    # the dispute and its own toll are one position, not a denial beside it (probe's gold)
    assert not any(c.stance == "denies" for c in claims), _show(claims)


def test_disputing_a_toll_without_one_still_denies(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, "Residents said more than 40 people were killed in the attack on Solhan on Friday. "
                     "The government disputed those reports.")
    assert any(c.stance == "denies" for c in claims), _show(claims)


def test_a_denial_with_a_toll_beside_it_still_denies(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, "Ethiopia's army on Tuesday denied that its soldiers had killed civilians in the "
                     "town of Merawi, saying four people died when rebels opened fire on a checkpoint.")
    assert any(c.stance == "denies" for c in claims), _show(claims)
