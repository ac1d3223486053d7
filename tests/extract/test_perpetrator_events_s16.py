"""A state's forces killing the attackers, ending a siege or freeing hostages answer an attack:
the state does not acknowledge carrying it out (claim_perpetrator.find_perpetrator). Sentences
written for the project, about conflicts no eval or probe set covers."""

from __future__ import annotations

import pytest


def _claims(extract, text: str):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.perpetrator) for c in extract(text).claims]


@pytest.mark.parametrize(("text", "state"), [
    ("Mozambique's army said on Thursday it had retaken the hotel in Palma and killed all 12 attackers.",
     "Mozambique"),
    ("Niger's defence ministry said its troops had killed the gunmen who stormed the school in Tillaberi.",
     "Niger"),
    ("The Colombian army said it had freed the passengers of the hijacked bus and killed four of the "
     "hijackers.", "Colombia"),
])
def test_killing_the_attackers_is_no_acknowledgement(extract, text: str, state: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert claims
    assert all(p is None or state not in p for _, _, p in claims), claims


@pytest.mark.parametrize(("text", "party"), [
    # the speaker's own attack still counts: killing soldiers or villagers is the attack
    ("The ADF said in a statement that its fighters had killed 20 soldiers near Beni.", "ADF"),
    ("Al-Shabaab said its fighters had attacked the base and killed the soldiers guarding it.",
     "al-Shabaab"),
])
def test_own_attack_still_acknowledged(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(p == party for _, _, p in claims), claims


@pytest.mark.parametrize(("text", "answers"), [
    ("Mozambique's army said on Thursday it had retaken the hotel in Palma and killed all 12 attackers.", True),
    ("The Colombian army said its soldiers had killed four of the hijackers.", True),
    ("The ADF said in a statement that its fighters had killed 20 soldiers near Beni.", False),
    ("Police said gunmen had killed the guards.", False),
])
def test_answers_attack(resources, text: str, answers: bool) -> None:  # type: ignore[no-untyped-def]
    from rashomon.extract.attribution import verb_attributions
    from rashomon.extract.claim_perpetrator import answers_attack
    from rashomon.extract.lexicon import cues
    doc = resources.nlp(text)
    attrs = [a for sent in doc.sents for a in verb_attributions(sent, cues())]
    assert attrs
    assert any(answers_attack(doc, a, cues()) for a in attrs) is answers


@pytest.mark.parametrize(("text", "party"), [
    # the attack's doers said to be fighters of a group: the group did it
    ("The governor said the gunmen who raided the village were fighters of the ADF.", "ADF"),
    ("The army said the attackers were militants of the Maute group and had fled after the assault "
     "on the town hall in Marawi.", "Dawlah Islamiyah"),  # the gazetteer's name of the Maute group
])
def test_doers_who_are_a_group_s_fighters(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    perpetrators = [p for _, _, p in _claims(extract, text)]
    assert party in perpetrators, perpetrators
