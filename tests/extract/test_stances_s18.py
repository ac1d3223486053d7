"""Stances on conflicts no eval set covers (issue 10, probe11's stance faults by their pattern):
a word of denial inside an open question ("I do not know whether my son is alive") denies
nothing; a party saying its forces strike only militants or military targets denies having hit
the victims, and a blame joined to it ("and that the attack bore the hallmarks of X") is an
account of its own. Sentences written for the project (Sudan, Myanmar, the Sahel, Kashmir, Haiti,
Ethiopia)."""

from __future__ import annotations

import pytest


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.perpetrator, c.text[:50]) for c in claims]


# --- a word of denial inside an open question denies nothing -----------------------------------

SD = "Paramilitary fighters shelled a displacement camp near El Fasher on Monday, killing 19 people, " \
     "the camp's coordinator said. "
MM = "Junta aircraft bombed a school in Sagaing region on Friday, local officials said. "


@pytest.mark.parametrize("text", [
    SD + '"I do not know how many of my neighbours are alive," a woman who fled the camp said.',
    SD + "A teacher said she still did not know whether her brother was alive.",
    MM + '"Nobody can tell us if the children are alive," a father said.',
    MM + "A villager said he had no idea whether the video of the raid was fake.",
])
def test_a_denial_word_inside_an_open_question_denies_nothing(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    SD + "The paramilitary group said the video was fake and that its fighters were not in the camp.",
    MM + "The junta said the reports were false and that the teachers who were said to be dead are alive.",
    # the content holds the sentence's root: the walk up stops there
    MM + "According to the junta, the video of the raid is fake.",
])
def test_a_denial_word_in_a_statement_still_denies(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "denies" for c in claims), _show(claims)


# --- a party saying its forces strike only militants, and that another did it, denies -----------

ML = "A drone strike killed 14 people at a wedding near Mopti on Saturday, village elders said. "
KM = "Shelling killed six civilians in a village near Uri on Tuesday, residents said. "


@pytest.mark.parametrize("text", [
    # alone, "only militants" acknowledges the strike and says what it hit (the gold sets' reading)
    ML + "The Malian army said its forces targeted only terrorist positions.",
    ML + '"Our forces only strike terrorists," an army spokesman said.',
    KM + "The army said its troops had fired solely at militant positions across the line.",
    # no "only", or no legitimate target
    ML + "A survivor said the drone struck only the wedding tent and that the raid bore the hallmarks of the army.",
    ML + "The Malian army said its forces had targeted terrorist positions and that the raid bore the "
         "hallmarks of the Islamic State in the Greater Sahara.",
    KM + "Residents said the shells hit only homes and a school.",
])
def test_only_militants_without_a_counter_blame_is_no_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


@pytest.mark.parametrize(("text", "blamed"), [
    (ML + "The army said its forces targeted only terrorists and that the attack bore the hallmarks "
     "of the Islamic State in the Greater Sahara.", "Islamic State"),
    (SD + "The army said its aircraft struck only RSF bases and that the shelling bore the marks "
     "of the Rapid Support Forces.", "RSF"),
    ("A car bomb killed 11 people at a checkpoint in Mogadishu on Sunday, police said. The Ethiopian "
     "army said its troops only target militants and that the bombing bore the hallmarks of al-Shabaab, "
     "which it said wanted to drive the troops out.", "al-Shabaab"),
    (KM + "The army said its troops had fired solely at militant positions and that the shells were fired "
     "by the Pakistani army.", "Pakistan"),
])
def test_a_counter_blame_joined_to_it_is_an_account(extract, text: str, blamed: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "denies" for c in claims), _show(claims)
    assert any(c.stance == "asserts" and c.perpetrator and blamed.split()[0] in c.perpetrator for c in claims), \
        _show(claims)


# --- a refusal to say whether its people died, or how it happened, is no refusal about the doer -

@pytest.mark.parametrize(("text", "about"), [
    ("Gunmen killed 20 miners near Mongbwalu in Ituri on Sunday, local officials said. The mining company "
     "declined to comment on whether any of its workers had been caught up in the attack.", "casualties"),
    ("Jihadists ambushed a convoy near Menaka on Friday, killing 12 people, the army said. The Russian "
     "contractor would not say whether any of its men were among the dead.", "casualties"),
    ("A missile struck a port in Hodeidah on Monday, medics said. The Houthis declined to say whether any "
     "of their fighters were among the casualties.", "casualties"),
    ("Gang members stormed a prison in Port-au-Prince on Saturday, killing four guards, police said. A "
     "police spokesman declined to comment on how the gang had got past the checkpoints.", "occurrence"),
    ("Gunmen killed 11 villagers in Zamfara on Sunday, residents said. The army declined to say why troops "
     "had left the village hours before the raid.", "occurrence"),
])
def test_a_refusal_about_its_people_or_the_manner(extract, text: str, about: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    declines = [c for c in claims if c.stance == "declines_comment"]
    assert declines and all(c.about == about and c.perpetrator is None for c in declines), _show(claims)


@pytest.mark.parametrize("text", [
    "A drone strike killed nine people at a market in Shan state on Monday, residents said. The junta "
    "declined to comment on whether its aircraft had carried out the strike.",
    "A drone strike killed nine people at a market in Shan state on Monday, residents said. The junta "
    "declined to say who had fired the missiles.",
])
def test_a_refusal_about_the_doer_stays_on_the_perpetrator(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    declines = [c for c in claims if c.stance == "declines_comment"]
    assert declines and all(c.about == "perpetrator" for c in declines), _show(claims)


# --- "the attack was a reminder that …": a comment on the incident, no account --------------------

@pytest.mark.parametrize("text", [
    SD + "Human Rights Watch said the massacre was a grim reminder that civilians in Darfur remain unprotected.",
    "Militia fighters killed 30 displaced people near Bunia on Sunday, the army said. The Norwegian Refugee "
    "Council said the attack was a stark illustration of the dangers facing families in Ituri.",
    MM + "Amnesty International said the bombing was a sign that the junta had abandoned any restraint.",
])
def test_the_attack_as_a_reminder_is_a_comment(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    speaker = text.split(". ")[-1].split(" said")[0]
    assert all(c.about == "other" for c in claims if c.source.text and c.source.text in speaker), _show(claims)


def test_the_attack_as_a_reprisal_is_an_account(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(SD + "Residents said the shelling was a reprisal for the arrest of a local commander.").claims
    assert any(c.source.name.lower() == "residents" and c.about != "other" for c in claims), _show(claims)


# --- a bare "claimed responsibility" after the incident claims that incident ----------------------

SO = "Two car bombs killed 40 people near a hotel in Mogadishu on Saturday, police said. "
BF = "Gunmen killed 15 soldiers at an army post near Djibo on Friday, the army said. "


@pytest.mark.parametrize(("text", "group"), [
    (SO + "Al-Shabaab claimed responsibility on Sunday through its radio station.", "al-Shabaab"),
    (BF + "JNIM claimed responsibility on Saturday in a statement.", "JNIM"),
])
def test_a_bare_claim_of_responsibility_confirms(extract, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "confirms" and c.about == "perpetrator" and c.perpetrator == group for c in claims), \
        _show(claims)


@pytest.mark.parametrize("text", [
    SO + "No group has claimed responsibility.",
    BF + "Nobody has claimed responsibility so far.",
])
def test_no_claim_of_responsibility_confirms_nothing(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "confirms" for c in claims), _show(claims)


def test_a_denial_blaming_someone_unnamed_stays_one_denial(extract) -> None:  # type: ignore[no-untyped-def]
    """"… and that the killings were the work of the government's enemies": no one named, no
    account of its own (probe9's gold: one denial)."""
    text = ("Rebels killed 22 villagers near Beni on Sunday, the army said. The ADF said its fighters had not "
            "attacked the village and that the killings were the work of the government's enemies.")
    claims = extract(text).claims
    adf = [c for c in claims if c.source.name == "ADF"]
    assert adf and all(c.stance == "denies" for c in adf), _show(claims)
