"""s17-figures: another act's toll is not the incident's, on sentences written for the project
about conflicts no eval or probe set covers: a later operation whose dead include the men behind
the incident (a retaliation), and an earlier attack told as the subject of its own sentence
("Last year's bombing of the market, also claimed by the group, killed 30 people")."""

from __future__ import annotations

import pytest

from rashomon.extract.numbers import cumulative

LEAD_CAUCA = ("POPAYAN, Colombia, May 6 - Dissident guerrillas ambushed a police patrol near Suárez in Cauca on "
              "Sunday, killing nine officers, the police said.\n\n")
LEAD_BORNO = ("MAIDUGURI, Nigeria, March 3 - Gunmen attacked a market in Konduga on Friday, killing at least "
              "20 traders, a local official said.\n\n")


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.killed, c.injured, c.text) for c in claims]


@pytest.mark.parametrize("text", [
    "it had killed 40 guerrillas in air raids on camps in Nariño, including some of the men behind Sunday's ambush",
    "troops killed 12 militants in a raid on a hideout, among them two of the fighters responsible for the "
    "market attack",
    "the army killed seven gunmen in the hills, including the commander who planned the attack on the school",
])
def test_dead_that_include_the_men_behind_an_attack_are_another_acts(text: str) -> None:
    assert cumulative(text)


@pytest.mark.parametrize("text", [
    # the incident's own victims, with a part among them
    "the ambush killed nine officers, including the commander of the patrol",
    # the men behind it named, not counted among the dead
    "nine officers were killed, and the army blamed the men behind last year's bombing",
])
def test_the_incidents_own_dead_stay(text: str) -> None:
    assert not cumulative(text)


@pytest.mark.parametrize("sentence", [
    "Last month's bus attack, also claimed by Boko Haram, killed 30 people about 20 km from the town.",
    "An earlier raid on the town, claimed by Boko Haram, killed 30 people in 2022.",
])
def test_an_earlier_attack_told_by_its_own_subject_is_another_incident(extract, sentence: str) -> None:  # type: ignore[no-untyped-def]
    text = LEAD_BORNO + "Boko Haram said in a video that its fighters had carried out the raid.\n\n" + sentence
    claims = extract(text).claims
    assert any("30" in c.text for c in claims), _show(claims)
    assert all(c.killed is None and c.about == "other" for c in claims if "30" in c.text), _show(claims)


def test_the_incident_told_by_its_own_subject_stays(extract) -> None:  # type: ignore[no-untyped-def]
    text = LEAD_BORNO + "The attack on the market, claimed by Boko Haram, killed 23 people about 20 km from the town."
    claims = [c for c in extract(text).claims if c.killed is not None]
    assert any(c.killed is not None and c.killed.min == 23 for c in claims), _show(extract(text).claims)


def test_another_attack_of_a_series_is_the_incident(extract) -> None:  # type: ignore[no-untyped-def]
    # "another" says one more of a series: the incident itself, told by the group that suffered it
    text = (LEAD_BORNO + "The Civilian JTF said in a statement: \"Another cowardly attack by Boko Haram on our "
            "people has killed 23 traders in Konduga.\"")
    claims = [c for c in extract(text).claims if "23" in c.text]
    assert claims and all(c.about != "other" for c in claims), _show(extract(text).claims)


@pytest.mark.parametrize("text", [
    # an earlier attack the incident is measured against, its toll in a clause of its own
    "The raid was the deadliest in Cameroon's Far North since the 2018 attack on Kolofata, which killed 30 "
    "people at a market.",
    "It was the worst attack on the town since 2015, when gunmen killed 148 students at the university.",
    "The ambush was the bloodiest for the army since the siege of Marawi, in which 165 soldiers died.",
    # the timing of the incident against an earlier death, with words between
    "The shelling came amid rising tension along the Line of Control, a day after a soldier was killed by a "
    "sniper in Poonch.",
])
def test_an_earlier_event_the_incident_is_set_against(text: str) -> None:
    assert cumulative(text)


@pytest.mark.parametrize("text", [
    # the incident's own figure beside a comparison without a toll of its own
    "The raid, the deadliest in Cameroon's Far North since 2018, killed 30 people at a market.",
    "Gunmen killed 12 villagers, the worst attack on the town since the army withdrew in March.",
    # the incident's figure, then its timing
    "Twelve soldiers were killed in the ambush, which came a week before the elections.",
])
def test_the_incidents_own_figure_beside_a_comparison_stays(text: str) -> None:
    assert not cumulative(text)


LEAD_BAMENDA = ("BAMENDA, Cameroon, May 6 - Two bombs exploded at a rally in Bamenda on Sunday, killing 20 people, "
                "the regional governor said.\n\n")


def test_a_past_time_named_back_is_another_incidents(extract) -> None:  # type: ignore[no-untyped-def]
    # "that month" names back the March 2019 of the sentence before: the outlet's 12 is that attack's
    text = (LEAD_BAMENDA + "The rally marked the anniversary of the death of separatist commander Lucas Ayaba, "
            "who was shot dead by soldiers in March 2019. At his burial in Bamenda that month, a grenade attack "
            "killed 12 mourners.")
    assert all(f.killed is None for f in extract(text).frames)


def test_that_afternoon_is_the_incidents_own_time(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("BAMENDA, Cameroon, May 6 - Two bombs exploded at a rally in Bamenda on Sunday, the regional "
            "governor said.\n\nA third bomb went off at the market that afternoon, killing four people.")
    assert any(f.killed is not None and f.killed.min == 4 for f in extract(text).frames)


def test_the_earlier_of_the_incidents_blasts_stays(extract) -> None:  # type: ignore[no-untyped-def]
    # "the earlier blast": the first of the incident's two, not another act
    text = ("QUETTA, Pakistan, May 6 - Two bombs exploded minutes apart at a rally in Mastung on Sunday, the "
            "provincial government said.\n\nThe earlier blast, claimed by Islamic State, killed 14 people near "
            "the stage.")
    claims = [c for c in extract(text).claims if "14" in c.text]
    assert claims and all(c.about != "other" for c in claims), _show(extract(text).claims)


def test_a_retaliation_claim_carries_no_toll_of_the_incident(extract) -> None:  # type: ignore[no-untyped-def]
    text = (LEAD_CAUCA + "Colombia's army said on Monday it had killed 40 guerrillas in air raids on camps in "
            "Nariño, including some of the men behind Sunday's ambush.")
    claims = extract(text).claims
    assert any("40 guerrillas" in c.text for c in claims), _show(claims)
    assert not any(c.killed is not None and c.killed.min == 40 for c in claims), _show(claims)
