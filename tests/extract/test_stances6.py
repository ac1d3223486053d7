"""Stances of round 2 (issue 10), on sentences written for the project about conflicts no eval
set covers: denials in quotation marks and of a figure called a rumour; "false information"
that is no denial; a charge about another matter; a decline said of a record of other strikes;
round-ups of fire on other places than the incident's."""

from __future__ import annotations

import pytest


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.frame, c.text) for c in claims]


def _of(claims, word: str):  # type: ignore[no-untyped-def]
    return [c for c in claims if word in c.text]


# --- missed denials ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("A drone strike hit a market in Kalehe on Monday, killing 14 people, the army said. But a man who said "
     "he spoke for the Twirwaneho militia said in an audio message that its fighters had \"nothing to do\" "
     "with the attack.", "nothing"),
    ("Gunmen killed 20 villagers near Djibo on Friday, officials said. The JNIM said in a statement that its "
     "men had \u201cnothing to do\u201d with the killings.", "nothing"),
    # a figure called a rumour is denied, and is not the denier's own toll
    ("An air strike hit a wedding in Sagaing on Sunday, residents said. \"Reports of about 80 deaths, "
     "including children and musicians, are a rumour,\" a junta spokesman told reporters.", "rumour"),
    ("Shelling hit a market in Kadugli on Tuesday, witnesses said. The army said news of 40 deaths was a "
     "rumor spread by the rebels.", "rumor"),
    # negated presence with "no fighters in <town>"
    ("Soldiers killed 12 people in Gedo on Saturday, residents said. In a statement, the Ogaden National "
     "Liberation Front said it had no fighters in Gedo and accused the government of using the group as an "
     "excuse.", "no fighters"),
])
def test_missed_denials(extract, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    found = _of(claims, word)
    assert found and all(c.stance == "denies" for c in found), _show(claims)
    assert all(c.killed is None for c in found), _show(claims)


def test_a_rumour_that_spread_is_no_denial(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("Gunmen attacked a village in Tillaberi on Monday, officials said. Residents said a "
                     "rumour of an attack had spread through the market the day before.").claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


# --- "false information" as the object of another act is no denial ---------------------------

@pytest.mark.parametrize("text, word", [
    ("Soldiers shot dead seven people at a market in Kidal on Friday, the Malian army said. The army warned "
     "that anyone who spread false information on social media about the Kidal incident would be held "
     "accountable.", "anyone"),
    ("Soldiers shot dead seven people at a market in Kidal on Friday, residents said. The transitional "
     "government has said the soldiers acted on false information that jihadists had entered Kidal.",
     "acted on"),
    ("Police fired on protesters in Port-au-Prince on Sunday, killing three, witnesses said. The prime "
     "minister said the gangs had been spreading disinformation for weeks.", "disinformation"),
])
def test_false_information_of_another_act(extract, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in _of(claims, word)), _show(claims)


@pytest.mark.parametrize("text", [
    "A drone strike killed 30 people in Kebbi on Sunday, residents said. The army said the reports were false.",
    "A drone strike killed 30 people in Kebbi on Sunday, residents said. The army dismissed the reports as "
    "false information.",
    "A drone strike killed 30 people in Kebbi on Sunday, residents said. The army called the reports "
    "disinformation.",
])
def test_false_information_called_so_is_a_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "denies" for c in claims), _show(claims)


# --- a charge about another matter ------------------------------------------------------------

def test_charge_about_another_matter_is_not_on_the_incident(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("Shelling killed five people in Kalehe on Monday, officials said. Kinshasa says Rwanda "
                     "has sent troops across the border, a charge Kigali denies.").claims
    denials = [c for c in claims if c.stance == "denies"]
    assert all(c.about == "other" and c.frame is None for c in denials), _show(claims)


@pytest.mark.parametrize("text", [
    "Shelling killed nine people in Goma on Monday, officials said. Kinshasa says Rwanda, the rebels' main "
    "backer, has sent troops across the border, a charge Kigali denies.",
    "Shelling killed nine people in Goma on Monday, officials said. In the capital, volunteers collected food "
    "for the displaced. Kinshasa says Uganda, Rwanda's rival, has sent soldiers to the front, a charge Kampala "
    "denies. The army says the fighting will stop soon.",
])
def test_charge_after_an_apposition_is_not_on_the_incident(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    denials = [c for c in claims if c.stance == "denies"]
    assert not any(c.frame == 0 for c in denials), _show(claims)


@pytest.mark.parametrize("text", [
    "Shelling killed five people in Kalehe on Monday, officials said. Kinshasa says Rwandan troops shelled the "
    "town, a charge Kigali denies.",
    "Shelling killed nine people in Goma on Monday, officials said. Kinshasa says Rwandan troops, the rebels' "
    "allies, shelled the town, a charge Kigali denies.",
])
def test_charge_about_the_attack_stays_a_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "denies" and c.about != "other" for c in claims), _show(claims)


# --- a decline said of a record of other strikes ----------------------------------------------

def test_decline_of_a_record_is_not_the_incidents(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("A drone strike killed 30 people at a wedding in Kebbi on Sunday, the army said. "
                     "Community leaders in neighbouring Sokoto state have also accused the military of "
                     "deadly strikes on villages in the past year, which the military has not "
                     "acknowledged.").claims
    assert not any(c.stance == "declines_comment" and c.frame == 0 for c in claims), _show(claims)


def test_decline_of_the_incident_stays(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("A drone strike killed 30 people at a wedding in Kebbi on Sunday, residents said. "
                     "The military has not acknowledged the strike.").claims
    assert any(c.stance == "declines_comment" and c.frame == 0 for c in claims), _show(claims)


# --- round-ups of fire on other places --------------------------------------------------------

ROUNDUP = ("MARIB, Yemen - A missile struck a crowded market in Marib on Sunday, killing 12 civilians and "
           "wounding 30, local officials said.\n\nThe government blamed the Houthi movement for the attack.\n\n"
           "The truce agreed last month was close to collapse on Monday. Houthi officials said Saudi-led "
           "coalition jets had again bombed Saada and the port of Hodeidah, while the coalition said Houthi "
           "drones had hit the Saudi cities of Jizan and Najran.\n\nResidents said the missile hit the Al-Rawda "
           "neighbourhood of Marib. Witnesses said a second missile struck a house in the Al-Jufainah camp.")


def test_roundup_claims_are_about_other_incidents(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(ROUNDUP).claims
    for word in ("Saada", "Jizan"):
        found = _of(claims, word)
        assert found and all(c.about == "other" and c.frame is None for c in found), _show(claims)


def test_the_incidents_own_claims_stay(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(ROUNDUP).claims
    # one site named once is often the incident's own, finer than the lead's place
    for word in ("Marib on Sunday", "blamed the Houthi", "Al-Rawda", "Al-Jufainah"):
        found = _of(claims, word)
        assert found and all(c.frame == 0 for c in found), (word, _show(claims))

