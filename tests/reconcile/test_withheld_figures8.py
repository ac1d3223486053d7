"""A source that gives a toll and accuses another of hiding it disputes that other's refusal to
give one (reconcile/disputes.py); sentences written for the project about conflicts no eval set
covers. A bare decline against a figure stays no dispute."""

from __future__ import annotations

from rashomon.reconcile.disputes import find_disputes
from rashomon.types import Claim, Evidence, Figure, Source


def claim(cid: str, source: str, stance: str, about: str, evidence: str, killed: Figure | None = None) -> Claim:
    return Claim(id=cid, article_id="a1", source=Source(source, source), stance=stance,  # type: ignore[arg-type]
                 about=about, text=evidence, evidence=Evidence(0, len(evidence), evidence), killed=killed)


def casualty_disputes(claims: list[Claim]) -> list[tuple[str, ...]]:
    disputes, _ = find_disputes(claims, {"a1": "2025-02-03"})
    return [tuple(src for side in d.sides for src in side.sources) for d in disputes if d.about == "casualties"]


ACCUSER = claim("c1", "Ethiopian Human Rights Council", "asserts", "casualties",
                "the council said it had counted at least 64 dead and accused the regional government of "
                "concealing the real toll", Figure(64, None))
DECLINER = claim("c2", "Amhara regional government", "declines_comment", "perpetrator",
                 "declined to say how many people had died in the drone strike")


def test_a_toll_with_an_accusation_of_hiding_it_disputes_the_refusal() -> None:
    assert casualty_disputes([ACCUSER, DECLINER]) == [("Ethiopian Human Rights Council", "Amhara regional government")]


def test_a_bare_decline_against_a_figure_is_no_dispute() -> None:
    plain = claim("c1", "Ethiopian Human Rights Council", "asserts", "casualties",
                  "the council said it had counted at least 64 dead", Figure(64, None))
    assert casualty_disputes([plain, DECLINER]) == []


def test_a_decline_on_another_question_is_no_dispute_of_the_toll() -> None:
    other = claim("c2", "Amhara regional government", "declines_comment", "perpetrator",
                  "declined to comment on who had ordered the strike")
    assert casualty_disputes([ACCUSER, other]) == []


def test_the_accuser_s_own_decline_is_no_dispute() -> None:
    own = claim("c2", "Ethiopian Human Rights Council", "declines_comment", "casualties",
                "declined to say how many of the dead were fighters")
    assert casualty_disputes([ACCUSER, own]) == []
