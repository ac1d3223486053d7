"""s18-tidy: the words that make an attack another act sit in one table (``other_act_words`` of
``data/casualty_words.yaml``) read by one loader (``claim_scene.OTHER_ACT``), the rules taking
different rows of it on purpose; and the lead's years are read once, to the end of the first
paragraph that reads as sentences, for both rules that ask whether a year is the incident's.
Sentences written for the project (Sudan, Myanmar, the Sahel, Somalia)."""

from __future__ import annotations

import pytest

from rashomon.extract.claim_scene import OTHER_ACT


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.killed, c.text) for c in claims]


def test_the_rules_take_different_rows_of_one_table() -> None:
    # "another" calls an act another only where a later sentence names it back ("that attack"): as a
    # claim's subject it is one more of a series, often the incident itself
    assert "another" in OTHER_ACT.named_back and "another" not in OTHER_ACT.apart
    assert OTHER_ACT.apart < OTHER_ACT.named_back
    # after "the", "earlier" names one of the incident's own acts
    assert OTHER_ACT.own_after_the <= OTHER_ACT.apart
    # with a fronted place or month any indefinite act is new
    assert {"a", "an"} <= OTHER_ACT.new


LEAD_GAO = ("GAO, Mali, Oct 4 - Gunmen attacked a military post near Ansongo on Saturday, killing seven "
            "soldiers, the army said.\n\n")
LEAD_DARFUR = ("EL FASHER, Sudan, June 9 - Paramilitary fighters shelled a camp for displaced people near El "
               "Fasher on Sunday, killing 14 people, medics said.\n\n")
LEAD_SHAN = ("LASHIO, Myanmar, Feb 2 - An air strike hit a monastery in Namtu township on Thursday, killing "
             "nine villagers, a local rescue group said.\n\n")


@pytest.mark.parametrize("text", [
    LEAD_GAO + "Fighters of the same group carried out another raid on a convoy last week. That attack killed "
               "22 soldiers, a security source said.",
    LEAD_DARFUR + "Residents said fighters had staged a separate assault on a market. That attack killed 31 "
                  "people, they said.",
])
def test_an_act_of_its_own_named_back_is_another_incident(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if any(w in c.text for w in ("That attack", "killed 2", "killed 3"))]
    assert claims and all(c.killed is None and c.about == "other" for c in claims), _show(extract(text).claims)


@pytest.mark.parametrize("sentence", [
    "A separate attack on a nearby village, claimed by the same group, killed 31 people.",
    "A previous assault on the camp, blamed on the same fighters, killed 31 people.",
])
def test_an_act_called_apart_as_the_subject_is_another_incident(extract, sentence: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(LEAD_DARFUR + "The medics said the shells fell at dawn.\n\n" + sentence).claims
    assert all(c.killed is None and c.about == "other" for c in claims if "31" in c.text), _show(claims)


def test_another_attack_as_the_subject_stays_the_incidents(extract) -> None:  # type: ignore[no-untyped-def]
    # NOT fire: "another" alone is one more of a series, here the incident told by its victims
    text = (LEAD_SHAN + "The rescue group said in a statement: \"Another air strike on our township has killed "
            "nine villagers in Namtu.\"")
    claims = [c for c in extract(text).claims if "nine" in c.text]
    assert claims and all(c.about != "other" for c in claims), _show(extract(text).claims)


HEADLINE = "Car bomb kills 12 at Mogadishu hotel\n\n"


def test_a_year_of_the_first_paragraph_under_a_headline_is_the_leads(extract) -> None:  # type: ignore[no-untyped-def]
    # the lead runs past a headline line to the first paragraph of sentences, for both rules that
    # read its years: "the 2024 bombing" is the incident told again, not another
    text = (HEADLINE + "MOGADISHU - A car bomb exploded outside a hotel in Mogadishu in March 2024, killing 12 "
            "people, police said.\n\nThe 2024 bombing, claimed by al Shabaab, killed 12 people at the gate.")
    claims = [c for c in extract(text).claims if "at the gate" in c.text]
    assert claims and all(c.about != "other" for c in claims), _show(extract(text).claims)


def test_a_year_the_lead_does_not_name_is_another_incidents(extract) -> None:  # type: ignore[no-untyped-def]
    text = (HEADLINE + "MOGADISHU - A car bomb exploded outside a hotel in Mogadishu on Sunday, killing 12 "
            "people, police said.\n\nThe 2019 bombing, claimed by al Shabaab, killed 30 people at the gate.")
    claims = extract(text).claims
    assert any("30" in c.text for c in claims), _show(claims)
    assert all(c.killed is None and c.about == "other" for c in claims if "30" in c.text), _show(claims)
