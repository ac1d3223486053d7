"""Contradiction rules, one parametrised case per rule, and symmetry on random claims."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.reconcile.contradictions import DISPUTE_FACTOR, figure_conflict
from rashomon.reconcile.disputes import find_contradictions
from rashomon.types import About, Claim, Evidence, Figure, Source, Stance


def claim(cid: str, source: str, stance: Stance = "asserts", about: About = "perpetrator",
          perpetrator: str | None = None, killed: Figure | None = None,
          injured: Figure | None = None, country: str | None = None) -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source), stance=stance,
                 about=about, text="", evidence=Evidence(0, 0, ""), perpetrator=perpetrator,
                 killed=killed, injured=injured, country=country)


def found(*claims: Claim) -> list[tuple[str, tuple[str, str], str]]:
    return [(c.about, c.claim_ids, c.summary) for c in find_contradictions(claims)]


def test_perpetrator_asserted_vs_denied() -> None:
    got = found(claim("c2", "State TV", perpetrator="Coalition"),
                claim("c1", "Coalition command", "denies", "occurrence", "Coalition"))
    assert got == [("perpetrator", ("c1", "c2"),
                    "State TV: Coalition vs Coalition command: denies")]


def test_denial_without_perpetrator_uses_the_source() -> None:
    got = found(claim("c1", "State TV", perpetrator="Coalition"),
                claim("c2", "Coalition", "denies", "perpetrator"))
    assert got == [("perpetrator", ("c1", "c2"), "State TV: Coalition vs Coalition: denies")]


def test_denial_by_an_unrelated_party_is_not_a_perpetrator_contradiction() -> None:
    assert found(claim("c1", "State TV", perpetrator="Coalition"),
                 claim("c2", "Militia", "denies", "perpetrator", "Militia")) == []


def test_two_perpetrators() -> None:
    got = found(claim("c1", "State TV", perpetrator="Coalition"),
                claim("c2", "Monitor", "confirms", perpetrator="Neighbour Air Force"),
                claim("c3", "Militia", perpetrator="unknown"))
    assert got == [("perpetrator", ("c1", "c2"),
                    "State TV: Coalition vs Monitor: Neighbour Air Force")]


def test_aliases_are_not_two_perpetrators() -> None:
    assert found(claim("c1", "State TV", perpetrator="US"),
                 claim("c2", "Monitor", perpetrator="US military")) == []


def test_occurrence_asserted_vs_denied() -> None:
    got = found(claim("c1", "Militia", about="occurrence"),
                claim("c2", "Ministry", "denies", "occurrence"))
    assert got == [("occurrence", ("c1", "c2"), "Militia: happened vs Ministry: denies")]


def test_pair_is_one_contradiction_not_two() -> None:
    got = found(claim("c1", "State TV", about="occurrence", perpetrator="Coalition"),
                claim("c2", "Coalition", "denies", "occurrence", "Coalition"))
    assert [g[0] for g in got] == ["perpetrator"]


def test_same_source_never_contradicts_itself() -> None:
    assert found(claim("c1", "Monitor", perpetrator="Coalition"),
                 claim("c2", "Monitor", perpetrator="Militia"),
                 claim("c3", "Monitor", "denies", "occurrence"),
                 claim("c4", "Monitor", about="casualties", killed=Figure(3, 3)),
                 claim("c5", "Monitor", about="casualties", killed=Figure(40, 40))) == []


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (Figure(14, 14), Figure(38, 38), "conflict"),
        (Figure(14, 14), Figure(14, 14), None),
        (Figure(40, None), Figure(None, 30), "conflict"),
        (Figure(5, 5), Figure(13, 46), "conflict"),
        (Figure(22, 22), Figure(None, 52), "disputed"),
        (Figure(50, 50), Figure(None, 52), None),
        (Figure(26, 26), Figure(None, 52), "disputed"),  # exactly the factor
        (Figure(27, 27), Figure(None, 52), None),
        (Figure(22, 22), Figure(13, 46), None),  # inside a two-sided range
        (Figure(40, 40), Figure(13, None), None),  # above a floor: tolls rise
        (Figure(13, None), Figure(None, 52), None),
        (Figure(None, None), Figure(3, 3), None),
        (Figure(0, 0), Figure(None, 1), None),
        (Figure(0, 0), Figure(None, 2), "disputed"),
    ],
)
def test_figure_conflict(a: Figure, b: Figure, verdict: str | None) -> None:
    assert figure_conflict(a, b) == verdict
    assert figure_conflict(b, a) == verdict


def test_dispute_factor_is_two() -> None:
    assert DISPUTE_FACTOR == 2.0


def test_casualty_summaries() -> None:
    got = found(claim("c1", "Militia", about="casualties", killed=Figure(22, 22)),
                claim("c2", "Monitor", about="casualties", killed=Figure(None, 52)),
                claim("c3", "Medics", about="casualties", injured=Figure(5, 5)),
                claim("c4", "Hospital", about="casualties", injured=Figure(30, 30)))
    assert got == [
        ("casualties", ("c1", "c2"),
         "Militia: 22 killed vs Monitor: up to 52 killed (disputed figures)"),
        ("casualties", ("c3", "c4"), "Medics: 5 injured vs Hospital: 30 injured"),
    ]


def test_casualties_compare_each_source_latest_figure() -> None:
    # the monitor revised 9 → 22: only 22 is compared, and it agrees with the militia
    assert found(claim("c1", "Monitor", about="casualties", killed=Figure(9, 9)),
                 claim("c2", "Monitor", about="casualties", killed=Figure(22, 22)),
                 claim("c3", "Militia", about="casualties", killed=Figure(22, 22))) == []


SOURCES = ["State TV", "Monitor", "Coalition", "Militia"]
PERPS = [None, "Coalition", "Militia", "unknown", "Coalition forces"]
FIGURES = st.one_of(
    st.none(),
    st.builds(Figure, st.one_of(st.none(), st.integers(0, 60)),
              st.one_of(st.none(), st.integers(0, 60))),
)


@st.composite
def claim_sets(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(0, 8))
    return [
        claim(f"c{k}", draw(st.sampled_from(SOURCES)),
              draw(st.sampled_from(["asserts", "confirms", "denies", "declines_comment"])),
              draw(st.sampled_from(["perpetrator", "occurrence", "casualties"])),
              draw(st.sampled_from(PERPS)), draw(FIGURES), draw(FIGURES))
        for k in range(n)
    ]


@settings(max_examples=300, deadline=None)
@given(claim_sets(), st.randoms(use_true_random=False))
def test_contradictions_are_symmetric_and_unique(claims: list[Claim], rnd: object) -> None:
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    got = find_contradictions(claims)
    assert got == find_contradictions(shuffled) == find_contradictions(claims[::-1])
    keys = [(c.about, c.claim_ids, c.summary) for c in got]
    assert keys == sorted(set(keys))
    for c in got:
        assert list(c.claim_ids) == sorted(c.claim_ids) and c.claim_ids[0] != c.claim_ids[1]


@settings(max_examples=300, deadline=None)
@given(FIGURES.filter(lambda f: f is not None), FIGURES.filter(lambda f: f is not None))
def test_figure_conflict_is_symmetric(a: Figure, b: Figure) -> None:
    assert figure_conflict(a, b) == figure_conflict(b, a)


def test_location_inside_one_country_vs_another() -> None:
    got = found(claim("c1", "Militia", about="location", country="SY"),
                claim("c2", "State TV", about="location", country="IQ"))
    assert got == [("location", ("c1", "c2"), "Militia: in SY vs State TV: in IQ")]


@pytest.mark.parametrize(("a", "b"), [
    (claim("c1", "Militia", about="location", country="SY"), claim("c2", "State TV", about="location", country="SY")),
    (claim("c1", "Militia", about="location", country="SY"), claim("c2", "Militia", about="location", country="IQ")),
    (claim("c1", "Militia", about="location", country="SY"), claim("c2", "State TV", about="occurrence")),
    (claim("c1", "Militia", about="location", country="SY"),
     claim("c2", "Command", "denies", about="location", country="IQ")),
])
def test_no_location_contradiction(a: Claim, b: Claim) -> None:
    assert not [c for c in find_contradictions([a, b]) if c.about == "location"]
