"""A toll the article says rose from an earlier statement ("had earlier given a toll of 11"),
and a count of one nationality among the victims ("three Colombian citizens … were hurt"), are no
casualty dispute (reconcile/tolls.py); two sources' totals that cannot both hold stay one.
Claims written for these tests (Lebanon, Nigeria, Somalia, Haiti)."""

from __future__ import annotations

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


def test_a_toll_risen_from_an_earlier_statement_is_no_dispute() -> None:
    claims = [
        claim("a1:c1", "a1", "Lebanese health ministry",
              "The number of people killed by the explosions of pagers across Lebanon has risen to 14, "
              "among them two children, the health ministry",
              killed=Figure(14, 14)),
        claim("a1:c2", "a1", "officials", "Officials had earlier given a toll of 12.", killed=Figure(12, 12)),
    ]
    assert disputed(claims) == []


def test_an_initial_toll_before_a_later_one_is_no_dispute() -> None:
    claims = [
        claim("a1:c1", "a1", "Nigerian police", "Police had first put the death toll at 9", killed=Figure(9, 9)),
        claim("a1:c2", "a1", "Borno state government",
              "the toll from the attack on the market in Konduga had climbed to 18", killed=Figure(18, 18)),
    ]
    assert disputed(claims) == []


def test_two_totals_told_the_same_day_stay_a_dispute() -> None:
    # NOT fire: two sources' totals, neither told as earlier, neither as risen
    claims = [
        claim("a1:c1", "a1", "Somali police", "12 people had been killed in the blast", killed=Figure(12, 12)),
        claim("a1:c2", "a1", "al-Shabaab", "its fighters had killed 40 soldiers", killed=Figure(40, 40)),
    ]
    assert disputed(claims) == [("Somali police", "al-Shabaab")]


def test_a_lower_toll_said_to_rise_stays_a_dispute() -> None:
    # NOT fire: "rose to 14" cannot be a rise from a higher 30
    claims = [
        claim("a1:c1", "a1", "Haitian police", "the toll had risen to 14, police said", killed=Figure(14, 14)),
        claim("a1:c2", "a1", "rights group", "Rights groups had earlier said 30 were killed", killed=Figure(30, 30)),
    ]
    assert disputed(claims) == [("Haitian police", "rights group")]


def test_a_count_of_one_nationality_is_a_part() -> None:
    claims = [
        claim("a1:c1", "a1", "Kenyan government", "four Kenyan nationals had been wounded in the attack on the hotel",
              injured=Figure(4, 4)),
        claim("a1:c2", "a1", "Somali police", "the blast wounded 47 people", injured=Figure(47, 47)),
    ]
    assert disputed(claims) == []
    claims[0] = claim("a1:c1", "a1", "hotel", "two foreign nationals had been hurt",
                      injured=Figure(2, 2))
    assert disputed(claims) == []


def test_citizens_of_another_source_stay_its_total() -> None:
    # NOT fire: "citizens" in a state outlet's usage are civilians: its total
    claims = [
        claim("a1:c1", "a1", "SANA", "12 Syrian citizens were killed in the strike on the town", killed=Figure(12, 12)),
        claim("a1:c2", "a1", "Syrian Observatory", "the strike killed 31 people", killed=Figure(31, 31)),
    ]
    assert disputed(claims) == [("SANA", "Syrian Observatory")]


def test_a_total_from_a_foreign_ministry_stays_a_dispute() -> None:
    # NOT fire: a foreign government's total of all the victims is a competing total
    claims = [
        claim("a1:c1", "a1", "Kenyan government", "four people had been wounded in the attack on the hotel",
              injured=Figure(4, 4)),
        claim("a1:c2", "a1", "Somali police", "the blast wounded 47 people", injured=Figure(47, 47)),
    ]
    assert disputed(claims) == [("Kenyan government", "Somali police")]
