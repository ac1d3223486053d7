"""A figure a source restates in a later article stands on that later day too (reconcile/disputes.py,
casualties): beside another source's higher figure of that day it is a dispute, not a toll risen
since. Claims written for the project about conflicts no eval or probe set covers."""

from __future__ import annotations

from rashomon.reconcile.disputes import find_disputes
from rashomon.types import Claim, Evidence, Figure, Source

DAYS = {"a1": "2024-03-01", "a2": "2024-03-02T08:00:00-05:00"}


def claim(cid: str, article: str, source: str, evidence: str, killed: int) -> Claim:
    return Claim(id=cid, article_id=article, source=Source(source, source), stance="asserts",
                 about="casualties", text=evidence, evidence=Evidence(0, len(evidence), evidence),
                 killed=Figure(killed, killed))


# Haiti: the Red Cross's 30 on Friday, restated on Saturday beside the mayor's 45
FRIDAY = claim("a1:c1", "a1", "Haitian Red Cross", "30 people were killed in the attack on Pont-Sondé", 30)
SATURDAY = claim("a2:c1", "a2", "Haitian Red Cross", "it had counted 30 dead", 30)
MAYOR = claim("a2:c2", "a2", "mayor of Saint-Marc", "45 bodies had been found", 45)


def casualty_disputes(claims: list[Claim]) -> int:
    return sum(d.about == "casualties" for d in find_disputes(claims, DAYS)[0])


def test_a_figure_restated_beside_a_higher_one_the_same_day_is_disputed() -> None:
    assert casualty_disputes([FRIDAY, SATURDAY, MAYOR]) == 1


def test_a_figure_given_only_the_day_before_is_the_toll_risen() -> None:
    assert casualty_disputes([FRIDAY, MAYOR]) == 0


def test_the_figure_given_the_same_day_as_the_other_stays_disputed() -> None:
    # the ministry's 60 on Friday beside the monitor's 25 that day, restated on Saturday: still disputed
    ministry = claim("a1:c2", "a1", "Haitian interior ministry", "60 people were killed", 60)
    monitor = claim("a1:c3", "a1", "RNDDH", "25 people were killed", 25)
    again = claim("a2:c3", "a2", "Haitian interior ministry", "the ministry again put the toll at 60", 60)
    assert casualty_disputes([ministry, monitor, again]) == 1
