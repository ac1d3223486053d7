"""Round 19 (figures): within one article, a figure told as an earlier statement ("Earlier,
officials had given a toll of 30") is superseded once the article says where the toll stands now
("has risen to 43"): it opposes no higher figure of that article, whoever gives it (reconcile/tolls.py).
A hospital's count of what it received ("staff at the hospital had received 72 bodies") is a part
of the victims. Claims written for these tests (Sudan, Myanmar, Mozambique, Ethiopia, Haiti)."""

from __future__ import annotations

import pytest

from rashomon.reconcile.disputes import find_disputes
from rashomon.types import Claim, Evidence, Figure, Source

DAY = {"a1": "2024-09-18", "a2": "2024-09-18"}


def claim(cid: str, article: str, source: str, evidence: str, killed: Figure | None = None,
          injured: Figure | None = None) -> Claim:
    return Claim(id=cid, article_id=article, source=Source(source, source), stance="asserts",
                 about="casualties", text=evidence, evidence=Evidence(0, len(evidence), evidence),
                 killed=killed, injured=injured)


def disputed(claims: list[Claim]) -> list[tuple[str, ...]]:
    disputes, _ = find_disputes(claims, DAY)
    return [tuple(src for side in d.sides for src in side.sources) for d in disputes if d.about == "casualties"]


SUPERSEDED = [
    # Sudan: the standing toll, its restatement by a named spokesman, the earlier count
    [claim("a1:c1", "a1", "Sudanese health ministry",
           "The number of people killed in the shelling of the market in Omdurman has risen to 43, the "
           "health ministry said", Figure(43, 43)),
     claim("a1:c2", "a1", "Mohamed Ibrahim", "Mohamed Ibrahim, a ministry spokesman, said 43 people had died",
           Figure(43, 43)),
     claim("a1:c3", "a1", "local officials", "Earlier, local officials had given a toll of 30", Figure(30, 30))],
    # Myanmar: "had climbed to", an administrator's plain figure, "initially put"
    [claim("a1:c1", "a1", "resistance spokesman", "the toll had climbed to 25, a resistance spokesman said",
           Figure(25, 25)),
     claim("a1:c2", "a1", "township administrator",
           "a township administrator told reporters that 25 villagers were killed", Figure(25, 25)),
     claim("a1:c3", "a1", "Myanmar military", "The military had initially put the toll at 11", Figure(11, 11))],
    # Mozambique: "rose to", a district official's figure, "had first said"
    [claim("a1:c1", "a1", "Mozambican police", "the death toll rose to 19, police said", Figure(19, 19)),
     claim("a1:c2", "a1", "Ana Mussa", "A district official, Ana Mussa, said 19 people were killed in Mocimboa",
           Figure(19, 19)),
     claim("a1:c3", "a1", "officials", "Officials had first said 12 died", Figure(12, 12))],
]


@pytest.mark.parametrize("claims", SUPERSEDED)
def test_an_earlier_count_superseded_in_its_article_is_no_dispute(claims: list[Claim]) -> None:
    assert disputed(claims) == []


def test_without_a_standing_toll_an_earlier_count_stays_disputed() -> None:
    # NOT fire: Ethiopia, no word says where the toll stands now: two accounts
    claims = [claim("a1:c1", "a1", "Ethiopian army", "the army said 40 fighters were killed", Figure(40, 40)),
              claim("a1:c2", "a1", "Amhara officials", "Amhara officials had said 18 civilians died",
                    Figure(18, 18))]
    assert disputed(claims) == [("Ethiopian army", "Amhara officials")]


def test_a_higher_figure_than_the_standing_toll_stays_disputed() -> None:
    # NOT fire on the standing toll: Haiti, 25 now, a rights group's 60: disputed (the earlier 11 is not)
    claims = [claim("a1:c1", "a1", "Haitian police", "the toll has risen to 25, police said", Figure(25, 25)),
              claim("a1:c2", "a1", "RNDDH", "the rights group RNDDH said 60 people were killed", Figure(60, 60)),
              claim("a1:c3", "a1", "officials", "Officials had initially given a toll of 11", Figure(11, 11))]
    assert disputed(claims) == [("Haitian police", "RNDDH")]


def test_another_article_s_standing_toll_does_not_supersede() -> None:
    # NOT fire: the toll stands at 43 in another article; this one only has two accounts
    claims = [claim("a2:c1", "a2", "Sudanese health ministry", "the toll has risen to 43, the ministry said",
                    Figure(43, 43)),
              claim("a1:c1", "a1", "RSF", "the RSF said 20 people were killed", Figure(20, 20)),
              claim("a1:c2", "a1", "local officials", "local officials had said 9 died", Figure(9, 9))]
    assert disputed(claims) == [("RSF", "local officials")]


# --- what one hospital received: a part of the victims -------------------------------------------

@pytest.mark.parametrize("hospital, kind, total", [
    (claim("a1:c2", "a1", "director Adam Ishaq",
           "At the Saudi hospital in El Fasher, director Adam Ishaq said staff had received 38 bodies overnight",
           killed=Figure(38, 38)), "killed", claim("a1:c1", "a1", "Sudanese government",
                                                   "the shelling killed at least 90 people", killed=Figure(90, None))),
    (claim("a1:c2", "a1", "Dessie hospital",
           "At Dessie Referral Hospital, doctors said they had admitted 64 wounded people since Sunday",
           injured=Figure(64, 64)), "injured", claim("a1:c1", "a1", "Ethiopian government",
                                                     "the strike wounded 150 people", injured=Figure(150, 150))),
    (claim("a1:c2", "a1", "chief medical director",
           "In Maiduguri, the teaching hospital's chief medical director said the wards had treated 27 people",
           injured=Figure(27, 27)), "injured", claim("a1:c1", "a1", "Borno police",
                                                     "the blasts wounded 80 people", injured=Figure(80, 80))),
])
def test_what_one_hospital_received_is_a_part(hospital: Claim, kind: str, total: Claim) -> None:
    assert disputed([total, hospital]) == []


def test_a_hospital_official_s_own_toll_stays_disputed() -> None:
    # NOT fire: a hospital's director giving a toll (no word of receiving) against the government's
    claims = [claim("a1:c1", "a1", "Haitian government", "the attack killed 25 people", killed=Figure(25, 25)),
              claim("a1:c2", "a1", "hospital director",
                    "At the hospital in Cabaret, the director said 40 people had been killed", killed=Figure(40, 40))]
    assert disputed(claims) == [("Haitian government", "hospital director")]


# --- a toll told as still held beside another source's rise: a dispute ---------------------------

@pytest.mark.parametrize("held, risen", [
    # Nigeria: police still say 12, a hospital's death brings its toll to 14
    (claim("a1:c1", "a1", "Nigerian police", "The police have said 12 people were killed", Figure(12, 12)),
     claim("a1:c2", "a1", "hospital official", "a wounded trader died, bringing the toll to 14, a hospital official "
           "said", Figure(14, 14))),
    # Sudan: the army keeps its toll, a monitor's rises
    (claim("a1:c1", "a1", "Sudanese army", "The army has kept its toll at 30", Figure(30, 30)),
     claim("a1:c2", "a1", "local monitor", "the toll has risen to 41, a local monitor said", Figure(41, 41))),
    # Myanmar: the junta maintains its figure
    (claim("a1:c1", "a1", "Myanmar military", "The junta maintains that nine people died", Figure(9, 9)),
     claim("a1:c2", "a1", "residents", "the number of dead rose to 15, residents said", Figure(15, 15))),
])
def test_a_toll_still_held_against_another_source_s_rise_is_disputed(held: Claim, risen: Claim) -> None:
    assert disputed([held, risen]) == [(held.source.name, risen.source.name)]


def test_a_toll_held_in_an_earlier_article_is_risen_from() -> None:
    # NOT fire: the police's 12 held on Monday, the toll risen to 14 on Tuesday
    days = {"a1": "2024-09-16", "a2": "2024-09-17"}
    claims = [claim("a1:c1", "a1", "Nigerian police", "The police have said 12 people were killed", Figure(12, 12)),
              claim("a2:c1", "a2", "hospital official", "the toll rose to 14, a hospital official said",
                    Figure(14, 14))]
    disputes, _ = find_disputes(claims, days)
    assert not [d for d in disputes if d.about == "casualties"]
