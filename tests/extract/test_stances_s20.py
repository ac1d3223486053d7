"""Stances on conflicts no eval set covers (issue 10; probe14/15's stance faults by their kind):
a negation that denies no act (a hope that someone is alive, no military target at the site); a
figure said against another's account ("disputed by X, who said 60 had died") is a counter-figure,
not a denial; a party's habit of silence is no decline; "would not say where …" refuses; a
denial of another incident's account by a party named as its capital in the dateline. Sentences
written for the project (Yemen, Libya, Central African Republic, Kashmir, Ethiopia, Nigeria,
Bangladesh, Colombia, Haiti, Sri Lanka)."""

from __future__ import annotations

import pytest


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.perpetrator, c.text[:50]) for c in claims]


def _denials(claims):  # type: ignore[no-untyped-def]
    return [c for c in claims if c.stance == "denies" and c.about != "other"]


def _declines(claims):  # type: ignore[no-untyped-def]
    return [c for c in claims if c.stance == "declines_comment" and c.about != "other"]


YE = "SANAA, May 4 - An air strike hit a residential building in Sanaa on Monday, killing 14 people, medics said.\n\n"
LY = "TRIPOLI, Feb 3 - A drone strike hit a house in Tarhuna on Saturday, killing eight people, officials said.\n\n"
CF = "BANGUI, June 2 - Rebels attacked the village of Boyo on Sunday, killing 20 people, the UN mission said.\n\n"
KS = "SRINAGAR, Jan 9 - Shells hit a school in Uri on Tuesday, killing five pupils, police said.\n\n"
ET = "ADDIS ABABA, Aug 8 - A drone strike hit a market in Bahir Dar on Sunday, killing 26 people, a doctor said.\n\n"
NG = "ABUJA, Feb 3 - Gunmen killed 30 villagers in Zurmi, in Zamfara state, on Saturday, police said.\n\n"
BD = "DHAKA, March 3 - Gunmen opened fire on a bus in Rangamati on Friday, killing 11 people, police said.\n\n"


# --- a negation that denies no act ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    YE + '"We will keep digging as long as there is a chance that someone is alive under the rubble," '
         "a civil defence officer said.",
    LY + "Rescuers said they still hoped that some of the missing were alive.",
    CF + '"There is still hope that people are alive in the bush," the mayor of Boyo said.',
])
def test_a_hope_that_someone_is_alive_is_no_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    CF + "A rebel spokesman said Commander Ali Darassa, reported killed by the army in Boyo, is alive.",
    YE + '"Colonel Saleh is alive and in command," a Houthi spokesman said, rejecting reports of his death.',
])
def test_one_reported_dead_said_alive_stays_a_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "denies" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    KS + "The district magistrate said the shells had landed on homes and that there were no military targets "
         "near the school.",
    ET + "Residents said there were no military targets in the market, only traders and farmers.",
    YE + '"There are no military targets in this street," a neighbour said.',
])
def test_no_military_target_at_the_site_is_no_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    KS + "The army said no targets in the village had been shelled by its troops.",
    YE + "The coalition said there were no strikes in Sanaa that day.",
    LY + "The LNA said it had not targeted the house.",
])
def test_a_denied_act_on_a_target_stays_a_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _denials(claims), _show(claims)


# --- a figure set against another's account ------------------------------------------------------

@pytest.mark.parametrize("text", [
    NG + "That figure was disputed by the head of the local traders' union, Adamu Bello, who said at least 45 "
         "people had died.",
    BD + "The police account was challenged by a local councillor, Rahim Uddin, who told reporters that 19 "
         "passengers had been killed.",
    CF + "The mission's toll was contradicted by the village chief, Jean-Pierre Ngana, who said 35 bodies had "
         "been buried.",
])
def test_a_dispute_by_one_who_gives_a_figure_is_a_counter_figure(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _denials(claims), _show(claims)
    assert any(c.killed is not None and c.stance == "asserts" and c.source.name != claims[0].source.name
               for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    NG + "The police account was disputed by the army, which said the figure was exaggerated.",
    BD + "The police disputed the casualty figures, but did not say how many had died.",
])
def test_a_dispute_without_a_figure_stays_a_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _denials(claims), _show(claims)


# --- a habit of silence, and a refusal to say ----------------------------------------------------

@pytest.mark.parametrize("text", [
    ET + "The air force, which does not usually comment on individual operations, has said it targets only "
         "rebel positions.",
    YE + "The coalition, which does not normally comment on single strikes, has defended its campaign.",
    KS + "The army typically does not comment on shelling along the Line of Control.",
])
def test_a_habit_of_silence_is_no_decline(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _declines(claims), _show(claims)


@pytest.mark.parametrize("text", [
    ET + "The air force, which usually answers questions quickly, declined to comment on the strike.",
    YE + "The coalition declined to comment on the strike, as is its usual practice.",
    KS + "The army has not commented on the shelling.",
])
def test_a_decline_beside_a_habit_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _declines(claims), _show(claims)


@pytest.mark.parametrize("text", [
    NG + "An army spokesman would not say where the nearest troops had been that night.",
    BD + "A police spokesman would not say how the gunmen had stopped the bus.",
    CF + "The defence ministry would not say why its soldiers had left Boyo before the attack.",
])
def test_would_not_say_what_happened_is_a_decline(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _declines(claims), _show(claims)


@pytest.mark.parametrize("text", [
    NG + "The police did not say where the gunmen had come from.",
    BD + "The report did not say how many of the dead were women.",
])
def test_did_not_say_is_the_outlet_s_remark(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "declines_comment" for c in claims), _show(claims)


# --- a denial of another incident's account, by a capital named in the dateline ------------------

@pytest.mark.parametrize("text", [
    ET + "In January 2022, an air strike on a camp in Dedebit killed 56 people. The TPLF blamed the government "
         "at the time, an account Addis Ababa rejected.",
    "BOGOTA, Jan 9 - A car bomb exploded outside a police station in Jamundi on Tuesday, killing four "
    "officers, police said.\n\nIn 2019, a car bomb at a police academy in Cali killed 22 cadets. The ELN said at "
    "the time that army intelligence had staged it, a charge Bogota rejected.",
])
def test_a_denial_of_another_incident_s_account_by_the_dateline_s_capital(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _denials(claims), _show(claims)


@pytest.mark.parametrize("text", [
    ET + "Addis Ababa rejected the accusation that its drones had hit the market.",
    ET + "The TPLF blamed the federal army for the strike, an account Addis Ababa rejected.",
])
def test_the_capital_s_denial_of_the_incident_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _denials(claims), _show(claims)


# --- a response to the incident, no account of it -------------------------------------------------

def _accounts(claims):  # type: ignore[no-untyped-def]
    """The claims left on the incident after the lead's (about it, not "other")."""
    return [c for c in claims[1:] if c.about != "other"]


@pytest.mark.parametrize("text", [
    BD + "Prime Minister Sheikh Hasina condemned the attack and called for the killers to be brought to justice, "
         "her office said.",
    CF + "The African Union condemned the killings and said it was the latest in a series of assaults on "
         "villages that had to stop.",
    YE + '"We call on all parties to conduct a thorough and transparent investigation," the State Department said.',
    BD + "Sheikh Hasina chaired a meeting of security chiefs and ordered an inquiry into how the gunmen had "
         "reached the road, her office said.",
    NG + "The governor said he had ordered the police to hunt down the gunmen and to review checkpoints on "
         "the roads.",
    KS + "The chief minister announced compensation for the families of the dead, his office said.",
    KS + "The chief minister said he had ordered the police to go after the militants behind the attack.",
    BD + "A local councillor said the attack may have been revenge for the killing of two settlers by villagers "
         "a week earlier.",
])
def test_a_response_is_no_account_of_the_incident(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _accounts(claims), _show(claims)


@pytest.mark.parametrize("text", [
    # a figure, a doer, a clause of what the attack did, an order the attackers gave
    BD + "The UN condemned the attack and said 14 people had been killed.",
    YE + '"The secretary general condemns the air strike by coalition jets, which hit a wedding tent in Hajjah," '
         "his spokesman said.",
    NG + '"Their commander ordered them to open fire on the mosque," a survivor said.',
    CF + '"Our sons were ordered to dig a pit," a village elder said.',
    ET + '"My brother called me on Sunday to say the drone had hit the market," a trader said.',
])
def test_an_account_beside_a_response_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _accounts(claims), _show(claims)


# --- the statement before the cue, the outlet's circumstance after it -----------------------------

@pytest.mark.parametrize("text", [
    "LAGOS, June 6 - Gunmen attacked a church in Owo on Sunday.\n\nThe death toll from the attack rose to 41 on "
    "Monday, with 60 people wounded, health commissioner Banji Ayoade said, as Nigeria began three days of "
    "mourning.",
    "SANAA, May 4 - An air strike hit a market in Hajjah on Monday.\n\nThe toll rose to 31, a medical source said, "
    "amid fears that more bodies lay under the rubble.",
    "COLOMBO, April 22 - Bombs struck three churches in Colombo on Sunday.\n\nThe toll rose to 290, police said on "
    "Monday, as the government declared a state of emergency.",
])
def test_a_fronted_toll_before_the_cue_is_the_speaker_s(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.killed is not None and c.stance == "asserts" and c.source.name != "unattributed" for c in claims), \
        _show(claims)
    assert not any(c.perpetrator for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    # the statement after the cue stays the statement
    "SANAA, May 4 - An air strike hit a market in Hajjah on Monday.\n\nThe coalition said, as it announced an "
    "inquiry, that its jets had struck a weapons store.",
    "COLOMBO, April 22 - Bombs struck three churches in Colombo on Sunday.\n\nPolice said 290 people had been "
    "killed, as well as 30 foreigners.",
])
def test_a_statement_after_the_cue_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(("store" in c.text or c.killed is not None) and c.about != "other" for c in claims), _show(claims)


# --- a commentator's reading of the attack, a quoted reaction, an instruction ---------------------

@pytest.mark.parametrize("text", [
    NG + "A Western diplomat in Abuja said the attack risked pushing more young men towards the bandits.",
    YE + "Analysts in the region said the strike could give the Houthis a reason to resume missile attacks.",
    BD + "Security analysts said the timing, days before the election, suggested the group wanted to show its "
         "reach.",
    CF + '"The Boyo attack is a message to the government that no village is safe," said a Western analyst.',
    KS + "The UN human rights office said the shelling appeared to be part of a cycle of reprisals along the "
         "border.",
    YE + 'The European Union said in a statement that it was "deeply concerned" by the strike and called for '
         "those responsible to be held to account.",
])
def test_a_reading_or_a_reaction_is_no_account(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _accounts(claims), _show(claims)


@pytest.mark.parametrize("text", [
    NG + "Analysts said the attack was carried out by a faction of Ansaru.",
    YE + "Western military analysts said the missile had been fired from a mobile launcher.",
    CF + "A diplomat in Bangui said 40 people had been killed in Boyo, twice the UN's figure.",
])
def test_a_commentator_s_account_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _accounts(claims), _show(claims)


@pytest.mark.parametrize("text", [
    BD + "Soldiers sealed off the road and told reporters to stay away from the bus.",
    NG + "The teachers' union told its members to leave Zamfara until their safety could be guaranteed.",
    YE + "Houthi fighters told residents not to film the damage.",
])
def test_an_instruction_to_a_listener_is_no_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _accounts(claims), _show(claims)


@pytest.mark.parametrize("text", [
    BD + '"We have no connection to this attack," a spokesman for the KNF said.',
    NG + '"Our fighters have no relation to the Zurmi killings, and we reject the claims," a bandit leader said.',
])
def test_no_connection_to_the_attack_denies(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _denials(claims), _show(claims)


# --- a denial of accusations at large is a record ------------------------------------------------

@pytest.mark.parametrize("text", [
    "MANDALAY, June 2 - An air strike hit a monastery in Sagaing town on Monday, killing 12 monks, witnesses "
    "said.\n\nThe military confirmed it had struck the area. It has rejected most accusations of abuses as "
    "fabricated.",
    ET + "The federal army said its drone had hit a rebel position. The army has denied all allegations of "
         "attacks on civilians.",
])
def test_a_denial_of_accusations_at_large_beside_an_account_is_background(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _denials(claims), _show(claims)


@pytest.mark.parametrize("text", [
    ET + "The federal army rejected the accusations as fabricated.",
    ET + "The federal army has denied all allegations that it targeted civilians.",
])
def test_a_denial_of_the_accusations_alone_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _denials(claims), _show(claims)


@pytest.mark.parametrize("text", [
    ET + "The government has in the past accused the TPLF of links to arms smugglers, which it denies.",
    YE + "Saudi officials have repeatedly blamed Iran for that strike on Abqaiq, which Tehran has denied.",
])
def test_a_denial_of_a_charge_made_in_the_past_is_background(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _denials(claims), _show(claims)


@pytest.mark.parametrize("text", [
    ET + "The regional government accused the federal army of the market strike, which it denies.",
])
def test_a_denial_of_this_incident_s_charge_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _denials(claims), _show(claims)


@pytest.mark.parametrize("text", [
    NG + "A local vigilante leader said the killers were members of Ansaru.",
    NG + "A local vigilante leader said the shooters belonged to Ansaru.",
])
def test_the_killers_named_as_members_of_a_group_name_the_doer(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.perpetrator == "Ansaru" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    CF + "The UN human rights expert said the attack fitted a pattern of assaults on civilians and called for an "
         "arms embargo.",
    YE + "Amnesty said the strike followed a pattern of attacks on markets and called for an inquiry.",
])
def test_the_attack_set_in_a_pattern_beside_a_demand_is_a_comment(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _accounts(claims), _show(claims)


@pytest.mark.parametrize(("sentence", "demand"), [
    ("The African Union called for an independent inquiry into the killings.", True),
    ("The UN called on Monday for the gunmen to be brought to justice.", True),
    ("The bishop called on all sides to lay down their weapons.", True),
    ("He said he had been calling them out on this for a long time.", False),
    ("The rebels called off the talks after the attack.", False),
    ("My brother called me on Sunday to say the market had been hit.", False),
])
def test_a_call_is_a_demand_only_for_or_on_someone(resources, sentence: str, demand: bool) -> None:  # type: ignore[no-untyped-def]
    from rashomon.extract.claim_response import _calls_for
    doc = resources.nlp(sentence)
    verb = next(t for t in doc if t.lemma_ == "call")
    assert _calls_for(verb) is demand
