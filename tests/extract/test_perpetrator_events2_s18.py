"""A dateline's place or region is where the story was filed, never who did it: "MOSCOW, June 24
(Reuters) - Gunmen attacked …" (the parser makes the dateline the attack verb's subject, and a
capital names its country's party), "NAZRAN, Russia - Gunmen who …" (claim_perpetrator.
find_perpetrator). Sentences written for the project, about conflicts no eval or probe set covers."""

from __future__ import annotations

import pytest


def _perpetrators(extract, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [c.perpetrator for c in extract(text).claims]


@pytest.mark.parametrize("text", [
    "MOSCOW, June 24 (Reuters) - Gunmen attacked a police post and a church in the town of Karabulak "
    "in Russia's southern republic of Ingushetia on Sunday, killing a guard, officials said.",
    "NAZRAN, Russia, June 24 (Reuters) - Gunmen who opened fire on a police checkpoint in Nazran on "
    "Sunday killed four officers, Ingushetia's interior ministry said.",
    "KHARTOUM, May 3 (Reuters) - Armed men attacked a market in the town of Tawila in Sudan's North "
    "Darfur state on Sunday, killing 20 people, residents said.",
    "BAMAKO, Mali, June 24 (AP) - Gunmen who attacked a convoy near Gao on Monday killed 12 soldiers, "
    "the army said.",
])
def test_datelines_country_is_no_doer(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(p is None for p in _perpetrators(extract, text))


@pytest.mark.parametrize(("text", "named"), [
    # the doer named in the story stays, whatever the dateline
    ("MOSCOW, June 24 (Reuters) - Russian forces shelled a market in the Ukrainian town of "
     "Kostiantynivka on Sunday, killing 17 people, Ukrainian officials said.", "Russia"),
    ("GOMA, Congo (AP) - M23 rebels attacked a camp near Goma on Friday, killing nine people, the "
     "army said.", "M23"),
])
def test_named_doer_kept_under_a_dateline(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert named in _perpetrators(extract, text)


# Blame without an attack word on the party (claim_blame): the doers tied to a side, authorship as
# the copula's attribute, blame by pointing.
@pytest.mark.parametrize(("text", "named"), [
    ("Gunmen killed 14 police officers in Nazran on Sunday. A senior lawmaker said the attackers were "
     "connected with the special services of Georgia.", "Georgia"),
    ("Gunmen killed 14 soldiers near Kidal on Friday. The army said the attackers were linked to JNIM.",
     "JNIM"),
    ("Gunmen killed 14 soldiers near Kidal on Friday. The governor said the gunmen had ties to the "
     "Islamic State.", "Islamic State"),
    ("A bus was bombed in Quetta on Monday, killing 11 people. The minister said the bombing was "
     "connected with Indian intelligence agencies.", "India"),
    ("A bus was bombed in Quetta on Monday. A senator wrote on X that the bombing was connected with "
     "the secret services of Afghanistan and Western countries.", "Afghanistan"),
    ("Gunmen killed 30 villagers near Beni on Friday. The army said the massacre was linked to the ADF.",
     "ADF"),
    ("Gunmen killed 12 police officers in Nazran on Sunday. Investigators said the suspects had links "
     "to Ukrainian special services.", "Ukraine"),
    ("A market in Omdurman was shelled on Sunday, killing 20 people. The army said the shelling was the "
     "work of the Rapid Support Forces.", "RSF"),
    ("A village in Duhok was shelled on Sunday, killing nine tourists. Iraq said the evidence pointed to "
     "Turkish artillery.", "Turkey"),
    ("A village in Duhok was shelled on Sunday, killing nine tourists. Iraqi officials pointed the "
     "finger at Turkey.", "Turkey"),
])
def test_blame_without_attack_word(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert named in _perpetrators(extract, text)


@pytest.mark.parametrize("text", [
    # the victims tied to a side, an attack tied to a cause, work praised, evidence of a trend
    "Gunmen killed 14 villagers near Beni on Friday. Police said the victims were linked to the ADF.",
    "Gunmen killed 14 soldiers near Kidal on Friday. The army said the attack was linked to a feud "
    "between two clans.",
    # a party on a cause, not a force
    "Gunmen killed 12 police officers in Nazran on Sunday. Officials said the attack was linked to "
    "Russia's war in Ukraine.",
    "A clinic in Goma was looted on Sunday. The governor praised the work of MSF in the city.",
    "A market in Omdurman was shelled on Sunday. Observers said the evidence pointed to a rise in "
    "attacks on markets.",
])
def test_no_blame_near_misses(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(p is None for p in _perpetrators(extract, text)), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "claims"), [
    ("Gunmen killed 14 soldiers near Kidal on Friday. The Liberation Brigade claimed responsibility for "
     "the ambush.", True),
    ("A bomb killed nine people at a market in Jowhar on Monday. A group calling itself the Shabelle "
     "Defenders claimed the bombing in a statement.", True),
    ("Gunmen killed 14 soldiers near Kidal on Friday. The Liberation Brigade did not claim "
     "responsibility for the ambush.", False),
])
def test_claims_responsibility(resources, text: str, claims: bool) -> None:  # type: ignore[no-untyped-def]
    """A claim of responsibility by a speaker the gazetteer may lack (for claims.py: its name is
    then the doer)."""
    from rashomon.extract.claim_perpetrator import claims_responsibility
    from rashomon.extract.claims_drafts import draft_claims
    from rashomon.extract.lexicon import cues

    doc = resources.nlp(text)
    found = [claims_responsibility(doc, d.attribution, cues()) for d in draft_claims(doc, resources.actors)]
    assert any(found) is claims, found
