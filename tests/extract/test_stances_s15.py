"""Stances on conflicts no eval set covers (issue 10): a party saying its own men were not
there denies the attack; a toll of the whole war, another event set beside the incident and
an earlier attack named again are background, no claim about the incident. Sentences written
for the project."""

from __future__ import annotations

import pytest


def _claims(extract, text: str):  # type: ignore[no-untyped-def]
    return extract(text).claims


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.frame) for c in claims]


# --- negated presence of the speaker's own men is a denial ------------------------------------

@pytest.mark.parametrize("text", [
    "The Coordination of Azawad Movements said its fighters had not been in the village near Anefis.",
    "The Rapid Support Forces said its troops had not been in El Fasher at the time of the attack.",
    "Myanmar's military said it had no units in the area when the monastery in Sagaing was hit.",
    "The Chadian army said it did not have troops in the area at the time.",
    "The Malian army said its soldiers were not present in the village on Sunday.",
    "\u201cOur forces were not there,\u201d a spokesman for the Arakan Army said.",
    "None of its soldiers were deployed in the district, the Ethiopian army said.",
    "FARC dissidents of the Estado Mayor Central said their men had not been in the municipality of "
    "Argelia for months.",
])
def test_own_men_not_there_is_a_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert claims and all(c.stance == "denies" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    # another party's absence clears nobody of the speaker's side
    "The Sudanese army said the rebels had not been in the village.",
    # a negation of something else
    "Residents of Kalehe said civilians had not been warned before the strike.",
    "The Colombian army said its soldiers had not been in contact with the dissidents.",
    # "they" may be the villagers themselves
    "Residents said they had not been in the village when soldiers arrived.",
])
def test_other_absences_are_no_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert not any(c.stance == "denies" for c in claims), _show(claims)


# --- background: the war's toll, another event beside the incident, an earlier attack -------

@pytest.mark.parametrize("text", [
    "The insurgency in Cabo Delgado, which began in 2017, has killed more than 5,000 people and displaced "
    "about a million, a monitoring group says.",
    "More than 6,000 civilians have been killed by the security forces since the coup, a Burmese rights "
    "group said.",
    "More than 50 civilians have been killed in Kharkiv since Russian troops occupied the area in March, "
    "regional authorities said.",
    "The mayor of Khiam said more than 90 percent of the town's homes had been damaged or destroyed during "
    "the war.",
    "The war in Sudan has killed tens of thousands of people and displaced millions, according to the UN.",
    "Over the past two years, attacks by armed groups have killed more than 2,000 people in Ituri, "
    "according to Human Rights Watch.",
    "Fighting since March has killed 200 people in Tigray's southern zone, the UN said.",
    "More than 20 people have been killed in similar attacks in Cabo Delgado this year, police said.",
])
def test_a_toll_of_the_whole_war_is_background(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert claims and all(c.about == "other" and c.killed is None and c.frame is None for c in claims), \
        _show(claims)


def test_a_bare_toll_after_the_war_s_span_is_background(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Drones struck a market in Djibo on Monday, killing 12 people, the regional governor said.\n\n"
            "Northern Burkina Faso has been in conflict since 2015. More than 20,000 people have been killed "
            "and two million displaced, according to aid groups.")
    claims = _claims(extract, text)
    aid = [c for c in claims if "aid" in c.source.name.lower()]
    assert aid and all(c.about == "other" and c.killed is None for c in aid), _show(claims)
    governor = [c for c in claims if "governor" in c.source.name.lower()]
    assert any(c.killed is not None and c.killed.min == 12 for c in governor), _show(claims)


@pytest.mark.parametrize("text", [
    "At least 20 people have been killed in the strike on Anefis, officials said.",
    "Five civilians had been killed in Bentiu since Wednesday, the army said.",
    "More than 30 people have been killed in the fighting in Bunia since Tuesday, the UN said.",
    "The strike on the market in Kidal came after midnight, killing five people, residents said.",
    "The attack on the camp came hours after the army launched an offensive, killing 12 people, officials said.",
    # a span of days, or one starting at the incident, is the incident's
    "At least 40 people have been killed in the clashes in Abyei since fighting erupted on Friday, local "
    "officials said.",
    "At least 50 people have been killed in Kadugli since the clashes of 3 March, the governor said.",
    "The toll of the strike on Hajjah has risen to 30 since the attack on Sunday, health officials said.",
    # "last month": the incident told later
    "A report found that a drone strike in Kunduz last month killed as many as 10 civilians, officials said.",
])
def test_a_toll_of_the_incident_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(c.killed is not None and c.about == "casualties" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    "The strike on Tal Tamr came on the same day that Syria hanged four prisoners, according to rights groups.",
    "The attack in Beni came days after rebels seized the town of Kalunguta, officials said.",
])
def test_another_event_set_beside_the_incident_is_background(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert claims and all(c.about == "other" and c.frame is None for c in claims), _show(claims)


def test_the_scene_of_the_incident_stays(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The strike on the mosque in Kunduz came as worshippers gathered for prayers, witnesses said."
    claims = _claims(extract, text)
    assert any(c.about != "other" for c in claims), _show(claims)


def test_that_attack_is_an_earlier_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Rockets hit the Ain al-Asad base in Anbar on Tuesday, the Iraqi military said.\n\n"
            "The base has been hit before. In January 2020, Iranian missiles struck it. The Revolutionary "
            "Guards also claimed that attack.")
    claims = _claims(extract, text)
    guards = [c for c in claims if "guard" in c.source.name.lower() or "irgc" in c.source.name.lower()]
    assert guards and all(c.about == "other" and c.frame is None for c in guards), _show(claims)


def test_this_attack_is_the_incident(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Al-Shabaab claimed this attack on the base in Lower Shabelle in a statement."
    claims = _claims(extract, text)
    assert any(c.about != "other" for c in claims), _show(claims)


# --- a stated aim, and a condemner's own act, are no account of the incident ----------------

def test_a_stated_aim_is_no_account(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The US said it wants to stop the group's attacks on shipping in the Gulf of Aden."
    claims = _claims(extract, text)
    assert claims and all(c.about == "other" for c in claims), _show(claims)


def test_what_the_strike_aimed_at_is_an_account(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The Malian army said the strike aimed to destroy a weapons depot in Gao."
    claims = _claims(extract, text)
    assert any(c.about != "other" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    "Pakistan condemned the shelling, saying its troops had fired on three Indian army posts along the Line of "
    "Control in response.",
    "Turkey condemned the attack, saying its forces had killed 12 PKK militants in response.",
    "The Pentagon condemned the strikes, saying a US jet had shot down an Iranian drone heading towards Erbil.",
])
def test_a_condemner_s_own_act_is_another_act(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert claims and all(c.about == "other" and c.perpetrator is None and c.killed is None for c in claims), \
        _show(claims)


def test_a_condemner_s_account_of_the_incident_stays(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The UN condemned the strike, saying it had killed 12 civilians in Gao."
    claims = _claims(extract, text)
    assert any(c.killed is not None and c.killed.min == 12 and c.about == "casualties" for c in claims), \
        _show(claims)


# --- the claim's perpetrator (the events helper's patch to claims_reading.find_perpetrator) ---

@pytest.mark.parametrize(("text", "perpetrator"), [
    # the demonym on the strikes, not the dateline's country the parser hangs on the same phrase
    ("BEIRUT, Lebanon - Israeli drone strikes on the town of Nabatieh killed four people, Lebanon's health "
     "ministry said.", "Israel"),
    # the subject of an interception defends; the drone it shot down is the attacker's
    ("The Pentagon said a US drone had shot down a Houthi drone over the Red Sea.", "Houthis"),
])
def test_the_perpetrator_read(extract, text: str, perpetrator: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(c.perpetrator == perpetrator for c in claims), [(c.source.name, c.perpetrator) for c in claims]


# --- a charge of complicity or a motive is no claim about who carried the attack out --------

@pytest.mark.parametrize("text", [
    "The juntas of Mali and Niger accused Algeria of backing the jihadists.",
    "The Saudi-led coalition accused the Houthis of using children as human shields in Saada.",
    "Kinshasa accused Rwanda of supporting the M23 rebels near Goma.",
])
def test_a_charge_of_complicity_is_background(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert claims and all(c.about == "other" and c.frame is None for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    "Fano accused the Ethiopian National Defense Force of using drones against civilians in Amhara.",
    "The SPLM-IO accused the army of shelling the town of Nasir.",
])
def test_a_charge_of_the_attack_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(c.about != "other" and c.frame == 0 for c in claims), _show(claims)
