"""Stances on conflicts no eval set covers (issue 10): a non-confirmation of a figure takes no
position, a silence towards a statement or an accusation declines, an inability to check is no
denial, a denial of a general charge or of an earlier incident's charge is background, and a
claim of responsibility said in a relative clause is the group's. Sentences written for the
project."""

from __future__ import annotations

import pytest


def _claims(extract, text: str):  # type: ignore[no-untyped-def]
    return extract(text).claims


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.perpetrator, c.frame) for c in claims]


LEAD = "Gunmen killed 14 villagers near Beni on Sunday, the provincial governor said. "


# --- a figure not confirmed: no claim (gold conventions: as "did not give a toll") ------------

@pytest.mark.parametrize("text", [
    LEAD + "A farmer from Mutwanga said about 60 attackers had taken part. The army did not confirm that figure.",
    LEAD + "The ADF said it had killed 30 soldiers. A spokesman for the army did not confirm the group's figures.",
    LEAD + "Local activists put the toll at 22. The governor's office has not confirmed those figures.",
])
def test_a_figure_not_confirmed_is_no_decline(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert not any(c.stance == "declines_comment" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    # the accused not confirming its own act declines (more-conflicts' convention, "would not admit")
    "A drone struck a convoy near Kidal on Monday. The Malian army did not confirm that it had carried out "
    "the strike.",
    "A drone struck a convoy near Kidal on Monday. The Malian army has not confirmed the strike.",
])
def test_an_act_not_confirmed_is_still_a_decline(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(c.stance == "declines_comment" for c in claims), _show(claims)


# --- no response to a statement or an accusation declines ------------------------------------

@pytest.mark.parametrize("text", [
    LEAD + "A rights group in Goma said at least 20 people were killed. Officials did not respond to the "
    "group's statement.",
    "Soldiers shot dead six protesters in Jos, Amnesty International said. The Nigerian army did not respond "
    "to the allegations.",
])
def test_no_response_to_a_statement_declines(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(c.stance == "declines_comment" for c in claims), _show(claims)


def test_no_response_to_an_attack_is_no_decline(extract) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "The army did not respond to the attack until Monday morning, residents said."
    claims = _claims(extract, text)
    assert not any(c.stance == "declines_comment" for c in claims), _show(claims)


# --- unable to check: no position ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    LEAD + "A UN official said the organisation was not in a position to verify the reports from Beni, where "
    "it has no presence.",
    LEAD + "A MONUSCO spokesman said the mission could not verify the reports from Beni.",
    LEAD + "The Red Cross said it was unable to confirm the toll.",
])
def test_unable_to_check_is_no_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert not any(c.stance in {"denies", "declines_comment"} for c in claims), _show(claims)
    assert not any(c.source.name in {"UN", "MONUSCO", "ICRC"} for c in claims), _show(claims)


# --- a denial of a general charge, or of an earlier incident's, is background ----------------

@pytest.mark.parametrize("text", [
    LEAD + "Kinshasa accuses Rwanda of backing the M23 rebels, which Kigali denies.",
    LEAD + "Colombia has repeatedly accused Venezuela of sheltering ELN commanders who attack its troops, which "
    "Caracas denies.",
    LEAD + "Earlier this year, Amnesty International accused the army of killing 40 villagers near Butembo in "
    "March, an accusation the government rejected.",
    LEAD + "Last year a UN panel accused the army of executing 30 detainees in Ituri, which the government denied.",
    # the parser hangs the "which" clause on the accusation itself
    LEAD + "Manila has accused Beijing of funding the gunmen who attack it, which China denies.",
])
def test_a_denial_of_background_is_not_about_the_incident(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    denials = [c for c in claims if c.stance == "denies"]
    assert denials and all(c.about == "other" and c.frame is None for c in denials), _show(claims)


def test_a_charge_of_an_earlier_year_is_background(extract) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "Last year a UN panel accused the army of executing 30 detainees in Ituri."
    claims = _claims(extract, text)
    panel = [c for c in claims if "UN" in c.source.name or "panel" in c.source.text]
    assert panel and all(c.about == "other" and c.killed is None and c.frame is None for c in panel), _show(claims)


@pytest.mark.parametrize("text", [
    # the charge is the incident: its denial stands
    "Soldiers shot dead six protesters in Jos on Sunday, witnesses said. Amnesty International accused the army "
    "of killing the protesters, which the army denies.",
    "Drones struck a wedding in Kidal on Sunday. Tuareg rebels accused the army of bombing the wedding, an "
    "accusation the army rejected.",
])
def test_a_denial_of_the_incident_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(c.stance == "denies" and c.about != "other" and c.frame is not None for c in claims), _show(claims)


# --- a claim of responsibility in a relative clause ----------------------------------------

@pytest.mark.parametrize(("text", "group"), [
    (LEAD + "The massacre, which the ADF, the Islamic State-linked group, has claimed, drew condemnation.", "ADF"),
    (LEAD + "The attack was carried out by ADF fighters, according to the army and to the group's own statement "
     "claiming it.", "ADF"),
    (LEAD + "The ADF released a statement claiming it on Monday.", "ADF"),
    ("Gunmen stormed a bus station in Mocimboa da Praia on Friday, killing nine people, police said. The attack, "
     "which was claimed by the Islamic State, was the deadliest this year.", "Islamic State"),
])
def test_a_claim_of_responsibility_in_a_relative_clause(extract, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(c.stance == "confirms" and c.perpetrator is not None and group in c.perpetrator
               and c.frame is not None for c in claims), _show(claims)


def test_the_group_claiming_it_is_the_armed_group(extract) -> None:  # type: ignore[no-untyped-def]
    # a civil group quoted before does not claim the attack
    text = ("A local rights group said 19 people had been killed in Sunday's raid on Mutwanga, and that many homes "
            "had been burned.\n\nThe raid was carried out by fighters of the ADF, according to the army and to the "
            "group's own statement claiming it.")
    claims = _claims(extract, text)
    assert any(c.stance == "confirms" and c.source.name == "ADF" and c.perpetrator == "ADF" for c in claims), \
        _show(claims)


# --- a third party's regret is a reaction (conventions: condemnations are not annotated) -----

@pytest.mark.parametrize("text", [
    LEAD + "The Belgian foreign minister said Brussels regretted the loss of life in Beni but that Kinshasa bore "
    "responsibility for security.",
    LEAD + "The Kenyan foreign ministry said it deplored the killing of civilians in North Kivu.",
])
def test_regret_is_a_reaction(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    third = [c for c in claims if c.source.name not in {"governor", "provincial governor"}]
    assert third and all(c.about == "other" and c.frame is None for c in third), _show(claims)


# --- a comment on what the attack shows is no account of it --------------------------------

@pytest.mark.parametrize("text", [
    LEAD + "Human Rights Watch said the Beni attack showed civilians were being caught between the army and "
    "the rebels.",
    LEAD + "Analysts in Kinshasa said the massacre showed how far the ADF had moved south.",
    LEAD + "Church leaders in Butembo said the killings show that the curfew has given the militias free rein.",
    LEAD + "The Ugandan foreign ministry said in a statement that the attack on the village could not be "
    "justified.",
])
def test_what_the_attack_shows_is_a_comment(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    third = [c for c in claims if c.source.name not in {"governor", "provincial governor"}]
    assert third and all(c.about == "other" and c.frame is None for c in third), _show(claims)


def test_what_things_seen_show_stays(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A drone struck a pick-up near Gao on Monday. A French official said secondary explosions showed the "
            "vehicle had been carrying explosives.")
    claims = _claims(extract, text)
    assert any(c.about != "other" and c.frame is not None for c in claims if "French" in c.source.name
               or "France" in c.source.name), _show(claims)


# --- condolences, a condemnation as the attack's predicate, a record of other attacks -------

@pytest.mark.parametrize("text", [
    LEAD + "The Belgian embassy said it offered its condolences to the families of the victims.",
    LEAD + "The European Union said the attack was a heinous crime.",
    LEAD + "The Catholic Church said the massacre was an act of barbarism.",
    LEAD + "The ADF has previously claimed attacks in the area.",
])
def test_reactions_and_records_are_background(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    third = [c for c in claims if c.source.name not in {"governor", "provincial governor"}]
    assert third and all(c.about == "other" and c.frame is None for c in third), _show(claims)


def test_a_mistake_stays_an_account(extract) -> None:  # type: ignore[no-untyped-def]
    text = "An air strike hit a wedding in Kidal on Sunday. The Malian army said the strike was a mistake."
    claims = _claims(extract, text)
    assert any(c.about != "other" and c.frame is not None for c in claims if "Mali" in c.source.name), _show(claims)
