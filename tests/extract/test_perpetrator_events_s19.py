"""Who did it, told three ways the attack words alone miss, and one way they over-read
(claim_perpetrator.find_perpetrator, claim_blame):

- blame told without an attack word on the party: the doers' group ("carried out by fighters of
  X", "the bomber belonged to X"), a blame predicate ("X was involved in the attack", "had a hand
  in"), authorship ("the massacre was the work of the X army") and the accused as a country's
  agency ("blamed X's intelligence service for the attack");
- a third country's relief role (wounded flown abroad for treatment, an aid flight, a relief
  operation) is no doer, though "fly", "carry", "plane" and "operation" are attack words;
- a doer asked about ("checking whether the bombers belonged to X", "not clear if X fired") is
  not alleged.

Sentences written for the project, about conflicts no eval or probe set covers.
"""

from __future__ import annotations

import pytest


def _perpetrators(extract, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [c.perpetrator for c in extract(text).claims]


def _names(extract, text: str, named: str) -> bool:  # type: ignore[no-untyped-def]
    return any(p is not None and named in p for p in _perpetrators(extract, text))


@pytest.mark.parametrize(("text", "named"), [
    # the doers' group: "fighters/members of X" as the doers
    ("Gunmen killed 22 villagers near Menaka on Sunday. The governor said the raid was carried out by "
     "fighters of JNIM.", "JNIM"),
    ("A car bomb killed nine soldiers in Kismayo on Monday. Police said members of al-Shabaab had "
     "detonated the bomb.", "Shabaab"),
    ("Shells hit a market in Babanusa on Friday, killing 11 people. Residents said the shelling was "
     "carried out by militants of the RSF.", "RSF"),
    ("Gunmen killed 30 fishermen near Baga on Sunday. The army said the raid was carried out by fighters "
     "of a splinter faction of ISWAP.", "ISWAP"),
    ("Gunmen killed 12 soldiers in Tillia on Monday. The governor said the terrorists of JNIM had "
     "stormed the base at dawn.", "JNIM"),
    # ... or the doers said to belong to it
    ("Gunmen killed 18 worshippers in Kaya on Friday. The army said the attackers belonged to JNIM.", "JNIM"),
    ("A suicide bomber killed seven people in Baidoa on Tuesday. Police said the bomber belonged to "
     "al-Shabaab.", "Shabaab"),
    ("Gunmen killed 30 people in Buthidaung on Sunday. The junta said the gunmen belonged to the "
     "Arakan Army.", "Arakan Army"),
])
def test_the_doers_group_is_the_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert _names(extract, text, named), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    # near-misses: the group's men as the victims
    ("Soldiers repelled an attack near Oicha on Friday. The army said it had killed 12 fighters of the "
     "ADF.", "ADF"),
    ("A drone strike hit a camp near Kidal on Monday. Residents said the dead belonged to JNIM.", "JNIM"),
    ("Troops repelled a raid near Baga on Sunday. The army said it had killed 12 terrorists of ISWAP.", "ISWAP"),
])
def test_the_victims_group_is_no_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert not _names(extract, text, named), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    ("A bomb killed 12 people in Kidal on Friday. The interior minister said JNIM was involved in the "
     "attack.", "JNIM"),
    ("Gunmen killed 40 villagers in Zamfara on Monday. \"ISWAP is involved in this massacre,\" the "
     "governor said.", "ISWAP"),
    ("Shells hit a camp in Zamzam on Tuesday, killing 14 people. The governor said the RSF had a hand in "
     "the shelling.", "RSF"),
    # authorship as the copula's attribute, no attack word needed
    ("Gunmen killed 25 people in Gambela on Saturday. \"This is the work of the Sudanese army,\" the "
     "rebel spokesman said.", "Sudan"),
    ("Gunmen killed 25 people in Kerem on Saturday. The rebels said the killings were the work of the "
     "Fano militia.", "Fano"),
    # the accused, a country's agency
    ("A bomb killed nine people in Goma on Friday. The governor blamed Rwanda's intelligence service "
     "for the attack.", "Rwanda"),
    ("A blast killed 15 people in Mekelle on Monday. The regional government accused Eritrea's spy "
     "agency of the bombing.", "Eritrea"),
])
def test_blame_without_an_attack_word(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert _names(extract, text, named), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    # near-misses: the same predicates about something else than an attack
    ("Gunmen killed 40 villagers in Zamfara on Monday. The governor said ISWAP was involved in talks "
     "over the release of hostages.", "ISWAP"),
    ("A bomb killed nine people in Goma on Friday. The governor praised the work of the Rwandan army "
     "at the border.", "Rwanda"),
    ("A blast killed 15 people in Mekelle on Monday. The regional government blamed Eritrea's economic "
     "crisis for the unrest.", "Eritrea"),
    # an agency charged with something else than the attack, and a demonym inside a force's name
    ("Gunmen killed 11 herders near Abeche on Monday. The rebels accused Chad's army of lying about the "
     "clash.", "Chad"),
    ("Shells hit a market in Abeche on Monday, killing nine people. The government blamed the "
     "self-styled Chadian Patriotic Army for the shelling.", "Chad"),
])
def test_blame_words_about_other_things_name_no_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert named not in _perpetrators(extract, text)  # the state itself (a force's own name may be)


@pytest.mark.parametrize(("text", "named"), [
    ("A car bomb killed 40 people in Beledweyne on Saturday, officials said. The health ministry said 20 "
     "of the wounded had been flown to Turkey for treatment.", "Turkey"),
    ("Shelling killed 30 people in El Obeid on Sunday, medics said. Officials said a Qatari plane loaded "
     "with aid had landed in Port Sudan.", "Qatar"),
    ("Gunmen killed 40 villagers in Zamfara on Monday, police said. The governor said an Emirati jet had "
     "carried medicine and blood to Gusau.", "UAE"),
    ("Shelling killed 30 people in El Obeid on Sunday, medics said. The ministry said Saudi Arabia had "
     "launched a relief operation for the survivors.", "Saudi"),
    ("A car bomb killed 22 people in Beledweyne, officials said. The government said Turkey had sent a "
     "plane to carry the wounded to Istanbul.", "Turkey"),
    ("Shelling killed 30 people in El Obeid on Sunday, medics said. The health ministry said a Turkish "
     "military aircraft carried 40 of the wounded to Ankara.", "Turkey"),
])
def test_a_relief_role_is_no_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert not _names(extract, text, named), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    # near-misses: the same words in an attack
    ("Gunmen killed 40 villagers in Zamfara on Monday, police said. The governor said Chadian jets had "
     "bombed the village.", "Chad"),
    ("Shelling killed 30 people in El Obeid on Sunday, medics said. Officials said a Turkish plane had "
     "fired rockets at an aid convoy.", "Turkey"),
    ("Shelling killed 30 people in El Obeid on Sunday, medics said. Officials said Emirati jets had "
     "carried out strikes on a hospital.", "UAE"),
])
def test_an_attack_on_relief_keeps_its_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert _names(extract, text, named), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    ("A suicide bomber killed five people in Bannu on Friday. Police said they were checking whether the "
     "bombers belonged to the Pakistani Taliban, who have attacked police many times.", "Taliban"),
    ("Gunmen killed 14 people in Beni on Friday. Police said they were investigating whether the ADF "
     "carried out the attack.", "ADF"),
    ("Shells hit a market in Babanusa on Friday, killing 11 people. Officials said it was not clear if "
     "the RSF had fired the shells.", "RSF"),
    ("Shells hit a market in Babanusa on Friday, killing 11 people. The army said it did not know "
     "whether its own artillery had hit the market.", "Sudan"),
])
def test_a_doer_asked_about_is_not_alleged(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert not _names(extract, text, named), _perpetrators(extract, text)


def test_a_question_beside_an_allegation_keeps_it(extract) -> None:  # type: ignore[no-untyped-def]
    # near-miss: the doer alleged in the main clause; only the helpers are asked about
    text = ("Gunmen killed 14 people in Beni on Friday. Police said the ADF carried out the attack and "
            "were checking whether local men had helped.")
    assert _names(extract, text, "ADF"), _perpetrators(extract, text)


# A group the actor gazetteer does not know, told as the doer in a place that leaves no doubt
# (claim_new_group): its own name is the party. Invented or little-known names on purpose.
@pytest.mark.parametrize(("text", "named"), [
    ("Gunmen killed 30 people in Djibo on Monday. The army said the Ansarul Islam group had carried out "
     "the attack.", "Ansarul Islam"),
    ("Gunmen killed 14 soldiers near Tessit on Friday. The governor said the raid was carried out by "
     "fighters of the Tessit Liberation Brigade.", "Tessit Liberation Brigade"),
    ("A bomb killed 11 people in Bannu on Monday. Police said the bomber belonged to Tehreek-e-Jihad "
     "Waziristan.", "Tehreek-e-Jihad Waziristan"),
    ("A bomb killed 11 people in Bannu on Monday. The minister said Tehreek-e-Jihad Waziristan was "
     "behind the attack.", "Tehreek-e-Jihad Waziristan"),
    ("Gunmen killed 21 villagers near Djugu on Sunday. The governor blamed the Kivu Liberation Front "
     "for the massacre.", "Kivu Liberation Front"),
])
def test_a_group_new_to_the_gazetteer_is_the_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert _names(extract, text, named), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    # near-misses: an aid body carrying the wounded, the group's men as the victims, a group named
    # beside the attack but not as its doer
    ("Gunmen killed 30 people in Djibo on Monday, the army said. The Sahel Relief Alliance carried the "
     "wounded to Ouahigouya.", "Sahel Relief Alliance"),
    ("Gunmen killed 30 people in Djibo on Monday. The army said it had killed 12 fighters of the "
     "Ansarul Islam group in the fighting.", "Ansarul Islam"),
    ("Gunmen killed 21 villagers near Djugu on Sunday. The governor said the Kivu Liberation Front had "
     "called for calm.", "Kivu Liberation Front"),
    ("Gunmen killed 21 villagers near Djugu on Sunday. The governor said the Kivu Liberation Front had "
     "not carried out the attack.", "Kivu Liberation Front"),
    # a weapon of a kind, an undertaking
    ("A helicopter came down near Kidal on Monday. The army said it had been hit by an RPG.", "RPG"),
    ("Gunmen killed 14 soldiers near Tessit on Friday. The Tessit Liberation Brigade said it was "
     "targeting a launch of its radio station in May.", "Tessit Liberation Brigade"),
])
def test_a_new_group_elsewhere_is_no_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert not _names(extract, text, named), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    # the attack this one answers has its own doer
    ("An air strike killed 40 people at a market in Hodeidah on Monday. The coalition said the strike "
     "was a legitimate action in retaliation to a Houthi missile attack on Jazan.", "Houthis"),
    ("Rockets hit a barracks near Kiryat Shmona on Friday. The group said it had fired the rockets in "
     "response to Israeli strikes on southern Lebanon.", "Israel"),
    ("Drones struck a fuel depot near Belgorod on Sunday. Officials said the strike came in revenge for "
     "Russian shelling of Kharkiv.", "Russia"),
    # a country in apposition to its town is where, not who
    ("A general was killed in an airstrike on a villa in Aleppo, Syria, on Monday, Iranian state media "
     "said.", "Syria"),
])
def test_the_answered_attack_and_the_place_name_no_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert named not in _perpetrators(extract, text), _perpetrators(extract, text)


def test_a_reply_by_the_doer_keeps_it(extract) -> None:  # type: ignore[no-untyped-def]
    # near-miss: the doer of this attack, who calls it a reply
    text = ("Rockets hit a barracks near Kiryat Shmona on Friday. The army said Hezbollah had fired the "
            "rockets in response to strikes on southern Lebanon.")
    assert "Hezbollah" in _perpetrators(extract, text), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    # some of the victims, listed after the verb
    ("A strike hit an air base near Deir ez-Zor on Sunday. The Observatory said 14 fighters were killed "
     "in the strike, including allied Iranian forces.", "Iran"),
    ("Shells hit a camp near Kalehe on Monday. Officials said nine people were killed in the shelling, "
     "including Burundian soldiers.", "Burundi"),
])
def test_victims_listed_after_the_verb_name_no_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert named not in _perpetrators(extract, text), _perpetrators(extract, text)


def test_doers_listed_after_the_verb_keep_their_group(extract) -> None:  # type: ignore[no-untyped-def]
    # near-miss: the list is of the doers (the verb's agent), not the victims
    text = ("Gunmen killed 12 people near Baga on Sunday. Officials said the attack was carried out by "
            "several groups, including ISWAP.")
    assert "ISWAP" in _perpetrators(extract, text), _perpetrators(extract, text)
