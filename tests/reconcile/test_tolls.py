"""A toll that rises across articles, and a part of the victims, are no casualty dispute
(reconcile/tolls.py), on claims written for the project about conflicts no eval set covers;
real disputes (different parties, the same day, or a later lower figure) stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.reconcile import reconcile
from rashomon.reconcile.disputes import find_disputes
from rashomon.reconcile.tolls import publication_day, read_toll, rises
from rashomon.types import Claim, Event, Evidence, Figure, Source

N = None


def claim(cid: str, article: str, source: str, evidence: str, killed: Figure | None = None,
          injured: Figure | None = None) -> Claim:
    return Claim(id=cid, article_id=article, source=Source(source, source), stance="asserts",
                 about="casualties", text=evidence, evidence=Evidence(0, len(evidence), evidence),
                 killed=killed, injured=injured)


def disputed(claims: list[Claim], published: dict[str, str | None] | None) -> list[tuple[str, ...]]:
    """The sources of each side of the casualty disputes."""
    disputes, _ = find_disputes(claims, published)
    return [tuple(src for side in d.sides for src in side.sources) for d in disputes if d.about == "casualties"]


# Chad: a toll that rises over three days, from three sources
RISING = [
    claim("c1", "a1", "police", "six people were killed in the blast in Abeche", killed=Figure(6, 6)),
    claim("c2", "a2", "Chadian government", "seven people had died", killed=Figure(7, 7)),
    claim("c3", "a3", "hospital director", "two more died overnight, bringing the toll to eight",
          killed=Figure(8, 8)),
]
DAYS = {"a1": "2025-03-01", "a2": "2025-03-02", "a3": "2025-03-03T09:10:00+01:00"}


def test_a_toll_rising_over_successive_days_is_no_dispute() -> None:
    assert disputed(RISING, DAYS) == []


def test_without_publication_dates_the_figures_stay_disputed() -> None:
    assert disputed(RISING, None) == [("police", "Chadian government", "hospital director")]


def test_the_same_day_two_parties_figures_stay_disputed() -> None:
    # Yemen: a militia's and a monitor's figures given the same day
    claims = [claim("c1", "a1", "Houthi health ministry", "22 fighters were killed", killed=Figure(22, 22)),
              claim("c2", "a2", "ACLED", "52 were killed", killed=Figure(52, 52))]
    assert disputed(claims, {"a1": "2024-05-10", "a2": "2024-05-10"}) == [("Houthi health ministry", "ACLED")]


def test_a_later_lower_figure_stays_disputed() -> None:
    # Haiti: a rights group's 115, then the government's 73 the next day
    claims = [claim("c1", "a1", "RNDDH", "115 people were killed", killed=Figure(115, 115)),
              claim("c2", "a2", "Haitian government", "73 people were killed", killed=Figure(73, 73))]
    assert disputed(claims, {"a1": "2024-10-04", "a2": "2024-10-05"}) == [("RNDDH", "Haitian government")]


def test_a_toll_said_to_rise_updates_a_lower_one_of_the_same_day() -> None:
    # South Sudan: the county's toll rose to 19 the day a commissioner gave 12
    claims = [claim("c1", "a1", "county commissioner", "12 people were killed in Pibor", killed=Figure(12, 12)),
              claim("c2", "a2", "county health department", "the death toll rose to 19", killed=Figure(19, 19))]
    assert disputed(claims, {"a1": "2024-02-02", "a2": "2024-02-02"}) == []
    # … but not one given later: 12 after "rose to 19" is a lower, later figure
    assert disputed(claims, {"a1": "2024-02-03", "a2": "2024-02-02"}) == [
        ("county commissioner", "county health department")]


def test_a_toll_said_to_reach_a_figure_is_no_rise_from_another_source_s() -> None:
    # Syria: a militia's 22 and a monitor's "toll reaching 52" the same day stay a dispute
    claims = [claim("c1", "a1", "PMF", "22 of its fighters were killed", killed=Figure(22, 22)),
              claim("c2", "a2", "SOHR", "with the death toll reaching 52", killed=Figure(52, 52))]
    assert disputed(claims, {"a1": "2018-06-18", "a2": "2018-06-18"}) == [("PMF", "SOHR")]


def test_an_undated_article_gives_no_order() -> None:
    claims = [claim("c1", "a1", "Niger army", "17 soldiers were killed", killed=Figure(17, 17)),
              claim("c2", "a2", "JNIM", "the group killed 40 soldiers", killed=Figure(40, 40))]
    assert disputed(claims, {"a1": "2024-06-25", "a2": None}) == [("Niger army", "JNIM")]


@pytest.mark.parametrize(
    ("evidence", "kind", "figure"),
    [
        ("two of his employees had died in the blast", "killed", Figure(2, 2)),
        ("Four children were among the dead", "killed", Figure(4, 4)),
        ("19 wounded people remained in hospital in Bukavu", "injured", Figure(19, 19)),
        ("peacekeepers helped to evacuate 14 wounded people to Bunia", "injured", Figure(14, 14)),
        ("My neighbour and her two daughters died inside", "killed", Figure(2, 2)),
        ("his three sons were killed when the shell hit", "killed", Figure(3, 3)),
        ("My neighbour and her two daughters died inside", "killed", Figure(3, 3)),
        ("a farmer and his four sons were killed in Arauca", "killed", Figure(5, 5)),
    ],
)
def test_a_part_of_the_victims_fits_in_a_larger_toll(evidence: str, kind: str, figure: Figure) -> None:
    part = claim("c2", "a1", "bar owner", evidence, **{kind: figure})
    toll = claim("c1", "a1", "Kivu police", "the toll", **{kind: Figure(30, N)})
    assert read_toll(part, figure, kind, None).part  # type: ignore[arg-type]
    assert disputed([toll, part], None) == []


def test_a_larger_part_than_the_toll_is_still_disputed() -> None:
    # Colombia: 12 of his men killed vs an army toll of 5
    part = claim("c2", "a1", "ELN commander", "12 of his men were killed", killed=Figure(12, 12))
    toll = claim("c1", "a1", "Colombian army", "five guerrillas were killed", killed=Figure(5, 5))
    assert disputed([toll, part], None) == [("Colombian army", "ELN commander")]


@pytest.mark.parametrize("evidence", ["22 of its fighters were killed", "our 22 fighters were martyred"])
def test_a_body_s_own_members_are_a_toll_not_a_part(evidence: str) -> None:
    # a militia's own losses vs a monitor's 52 stay a dispute
    pmf = claim("c1", "a1", "Kataib Hezbollah", evidence, killed=Figure(22, 22))
    monitor = claim("c2", "a1", "SOHR", "52 were killed", killed=Figure(52, 52))
    assert disputed([pmf, monitor], None) == [("Kataib Hezbollah", "SOHR")]


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        (Figure(6, 6), Figure(7, 7), True),
        (Figure(N, 40), Figure(44, N), True),  # "up to 40", then "at least 44"
        (Figure(7, 7), Figure(6, 6), False),
        (Figure(6, 6), Figure(N, 52), False),  # "up to 52" says no more than 52: no rise
        (Figure(10, 20), Figure(15, 15), False),  # inside the range: no conflict, no rise
    ],
)
def test_rises(earlier: Figure, later: Figure, expected: bool) -> None:
    a = read_toll(claim("c1", "a1", "A", "", killed=earlier), earlier, "killed", {"a1": "2025-01-01"})
    b = read_toll(claim("c2", "a2", "B", "", killed=later), later, "killed", {"a2": "2025-01-02"})
    assert rises(a, b) is expected


@pytest.mark.parametrize(
    ("published", "day"),
    [("2025-02-08", "2025-02-08"), ("2025-02-08T22:15:00-05:00", "2025-02-08"), ("2025-02", N), (N, N)],
)
def test_publication_day(published: str | None, day: str | None) -> None:
    assert publication_day(published) == day


def test_reconcile_passes_the_publication_dates_on() -> None:
    event = Event(id="e1", type="explosion", article_ids=("a1", "a2", "a3"), claim_ids=tuple(c.id for c in RISING))
    assert not reconcile(event, RISING, published=DAYS).disputes
    assert [d.about for d in reconcile(event, RISING).disputes] == ["casualties"]


FIGS = st.one_of(st.none(), st.builds(lambda lo, span: Figure(lo, lo + span), st.integers(0, 30), st.integers(0, 3)),
                 st.builds(lambda lo: Figure(lo, None), st.integers(0, 30)))
WORDS = st.sampled_from(["", "the death toll rose to", "two of his employees", "at least", "remained in hospital"])


@st.composite
def dated_claims(draw: st.DrawFn) -> tuple[list[Claim], dict[str, str | None]]:
    n = draw(st.integers(0, 6))
    claims = [claim(f"c{k}", f"a{draw(st.integers(0, 3))}", draw(st.sampled_from(["army", "UN", "rebels", "MSF"])),
                    draw(WORDS), killed=draw(FIGS)) for k in range(n)]
    days = {f"a{k}": draw(st.sampled_from([None, "2025-01-01", "2025-01-02", "2025-01-03"])) for k in range(4)}
    return claims, days


@settings(max_examples=200, deadline=None)
@given(dated_claims(), st.randoms(use_true_random=False))
def test_dated_disputes_do_not_depend_on_order(data: tuple[list[Claim], dict[str, str | None]], rnd: object) -> None:
    claims, days = data
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert find_disputes(claims, days) == find_disputes(shuffled, days)


@settings(max_examples=200, deadline=None)
@given(dated_claims())
def test_dates_only_take_disputes_away(data: tuple[list[Claim], dict[str, str | None]]) -> None:
    """Publication dates never make a dispute: every pair opposed with them is opposed without."""
    claims, days = data
    dated, undated = find_disputes(claims, days)[0], find_disputes(claims)[0]
    assert sum(d.pairs for d in dated) <= sum(d.pairs for d in undated)
    assert len(dated) <= len(undated)
