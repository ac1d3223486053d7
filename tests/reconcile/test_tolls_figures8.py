"""A figure one article dates to an earlier statement ("on Monday the army had said about 30 were
killed") is the toll before it rose, not a dispute with the article's current toll (reconcile/tolls.py);
sentences written for the project about conflicts no eval set covers."""

from __future__ import annotations

from rashomon.reconcile.disputes import find_disputes
from rashomon.types import Claim, Evidence, Figure, Source


def claim(cid: str, article: str, source: str, evidence: str, killed: Figure) -> Claim:
    return Claim(id=cid, article_id=article, source=Source(source, source), stance="asserts",
                 about="casualties", text=evidence, evidence=Evidence(0, len(evidence), evidence),
                 killed=killed)


def disputed(claims: list[Claim], published: dict[str, str | None]) -> list[tuple[str, ...]]:
    disputes, _ = find_disputes(claims, published)
    return [tuple(src for side in d.sides for src in side.sources) for d in disputes if d.about == "casualties"]


DAY = {"a1": "2025-06-03", "a2": "2025-06-03"}


def test_an_earlier_statement_s_figure_in_the_same_article_is_the_toll_before_it_rose() -> None:
    # Niger: the army's figure of the day before, told in the past perfect, and today's toll
    claims = [claim("c1", "a1", "defence ministry", "The toll now stands at 29 soldiers dead", Figure(29, 29)),
              claim("c2", "a1", "Niger army", "On Sunday the army had said 22 soldiers were killed in the ambush",
                    Figure(22, 22))]
    assert disputed(claims, DAY) == []


def test_an_initial_figure_told_as_such_is_no_dispute_either() -> None:
    # Cameroon: "initially put the toll at"
    claims = [claim("c1", "a1", "regional governor", "the governor said the toll now stood at 14 villagers dead",
                    Figure(14, 14)),
              claim("c2", "a1", "local officials", "local officials had initially put the toll at 9", Figure(9, 9))]
    assert disputed(claims, DAY) == []


def test_an_earlier_statement_s_higher_figure_stays_disputed() -> None:
    # a toll revised down is a dispute of the figures, not a rise
    claims = [claim("c1", "a1", "Niger army", "The toll now stands at 18 soldiers dead", Figure(18, 18)),
              claim("c2", "a1", "local officials", "On Sunday officials had said 22 soldiers were killed",
                    Figure(22, 22))]
    assert disputed(claims, DAY) == [("Niger army", "local officials")]


def test_another_article_s_earlier_statement_gives_no_order() -> None:
    # the past perfect orders statements inside one article only
    claims = [claim("c1", "a1", "Niger army", "29 soldiers were killed", Figure(29, 29)),
              claim("c2", "a2", "local officials", "officials had said 22 soldiers were killed", Figure(22, 22))]
    assert disputed(claims, DAY) == [("Niger army", "local officials")]


def test_a_past_perfect_of_the_killing_itself_is_no_earlier_statement() -> None:
    # "had been killed" dates the deaths, not a statement: two sources of one day stay disputed
    claims = [claim("c1", "a1", "Niger army", "29 soldiers were killed", Figure(29, 29)),
              claim("c2", "a1", "local officials", "22 soldiers had been killed", Figure(22, 22))]
    assert disputed(claims, DAY) == [("Niger army", "local officials")]


def test_an_earlier_statement_against_another_source_s_plain_figure_stays_disputed() -> None:
    # Myanmar: the junta's figure, told with no word of a toll standing or rising, against a
    # monitor's first count: two accounts, not one toll risen
    claims = [claim("c1", "a1", "Myanmar military", "the air raid killed 11 insurgents", Figure(11, 11)),
              claim("c2", "a1", "local monitor", "The monitor initially said the raid killed six villagers",
                    Figure(6, 6))]
    assert disputed(claims, DAY) == [("Myanmar military", "local monitor")]
