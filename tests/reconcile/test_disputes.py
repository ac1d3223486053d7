"""Disputes: contradictions grouped by question (issue 11, pattern 8), on claims written for
the project, and their invariants on random claims (hypothesis)."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.reconcile import reconcile
from rashomon.reconcile.contradictions import claim_contradictions
from rashomon.reconcile.disputes import MAX_PAIRS, find_disputes
from rashomon.types import About, Claim, Event, Evidence, Figure, Frame, Source, Stance


def claim(cid: str, source: str, stance: Stance = "asserts", about: About = "perpetrator",
          perpetrator: str | None = None, killed: Figure | None = None,
          injured: Figure | None = None, country: str | None = None) -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source), stance=stance,
                 about=about, text="", evidence=Evidence(0, 0, ""), perpetrator=perpetrator,
                 killed=killed, injured=injured, country=country)


def sides(claims: list[Claim]) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
    disputes, _ = find_disputes(claims)
    return [(d.about, [(s.position, s.sources) for s in d.sides]) for d in disputes]


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # Sudan: the army and the RSF blame each other; the RSF denies
        ([claim("c1", "SAF spokesman", perpetrator="RSF"), claim("c2", "Sudan Tribune", perpetrator="RSF"),
          claim("c3", "RSF media office", perpetrator="Sudanese army"),
          claim("c4", "RSF media office", "denies", perpetrator="RSF")],
         [("perpetrator", [("RSF did it", ("SAF spokesman", "Sudan Tribune")),  # most sources first,
                           ("RSF did not", ("RSF media office",)),  # each party with its denial
                           ("Sudanese army did it", ("RSF media office",))])]),
        # Myanmar: aliases of one party are one side ("junta", "junta air force")
        ([claim("c1", "NUG", perpetrator="junta"), claim("c2", "Irrawaddy", perpetrator="junta air force"),
          claim("c3", "junta spokesman", "denies", "occurrence", perpetrator="junta")],
         [("perpetrator", [("junta did it", ("NUG", "Irrawaddy")), ("junta did not", ("junta spokesman",))])]),
        # the Sahel: figures of the army and of a local association cannot both hold
        ([claim("c1", "Malian army", about="casualties", killed=Figure(8, 8)),
          claim("c2", "Kel Tamasheq association", about="casualties", killed=Figure(40, None)),
          claim("c3", "MINUSMA", about="casualties", killed=Figure(None, 45))],
         [("casualties", [("8 killed", ("Malian army",)), ("at least 40 killed", ("Kel Tamasheq association",)),
                          ("up to 45 killed", ("MINUSMA",))])]),
        # the Caucasus: where the shell fell
        ([claim("c1", "Armenian MoD", about="location", country="AM"),
          claim("c2", "Azerbaijani MoD", about="location", country="AZ"),
          claim("c3", "Armenpress", about="location", country="AM")],
         [("location", [("in AM", ("Armenian MoD", "Armenpress")), ("in AZ", ("Azerbaijani MoD",))])]),
        # DRC: a massacre reported and denied, no perpetrator named
        ([claim("c1", "Civil society of Beni", about="occurrence"),
          claim("c2", "FARDC", "denies", "occurrence")],
         [("occurrence", [("it happened", ("Civil society of Beni",)), ("it did not happen", ("FARDC",))])]),
        # one source never disputes itself; agreeing sources make no dispute
        ([claim("c1", "M23", perpetrator="FARDC"), claim("c2", "M23", perpetrator="Wazalendo")], []),
        ([claim("c1", "Monitor", about="casualties", killed=Figure(12, 12)),
          claim("c2", "Hospital", about="casualties", killed=Figure(12, None))], []),
    ],
)
def test_disputes(claims: list[Claim], expected: list[tuple[str, list[tuple[str, tuple[str, ...]]]]]) -> None:
    assert sides(claims) == expected


def test_a_partys_denial_is_among_the_examples() -> None:
    # five parties blamed by different outlets make ten oppositions, more than the examples
    # kept: the denial of the most blamed party is shown all the same
    claims = [claim(f"a{k}", f"Outlet {k}", perpetrator=p) for k, p in enumerate("ABCDE")]
    claims += [claim("b0", "Outlet 9", perpetrator="A"), claim("d0", "A command", "denies", "occurrence", "A")]
    _, pairs = find_disputes(claims)
    assert any(set(p.claim_ids) == {"a0", "d0"} for p in pairs)


def test_pairs_are_counted_and_a_few_kept() -> None:
    # 30 outlets blame A, 20 blame B: 600 opposed pairs, one dispute, MAX_PAIRS examples
    claims = [claim(f"a{k:02}", f"Outlet {k}", perpetrator="Alpha") for k in range(30)]
    claims += [claim(f"b{k:02}", f"Agency {k}", perpetrator="Beta") for k in range(20)]
    [dispute], pairs = find_disputes(claims)
    assert dispute.pairs == 600
    assert len(pairs) == MAX_PAIRS
    assert dispute.summary == ("Outlet 0, Outlet 1, Outlet 2, Outlet 3 +26 more: Alpha did it vs "
                               "Agency 0, Agency 1, Agency 2, Agency 3 +16 more: Beta did it")


def _calls(fn: Callable[[], object]) -> int:
    """Python and C function calls made by ``fn()``: a count of the work, the same on a quiet
    or a busy machine (time is for the bench, not for tests)."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return count


def test_the_cost_is_linear_in_claims() -> None:
    """Four times the claims of one event (two positions repeated) cost about four times the
    work; the opposed pairs grow sixteenfold but are counted, not listed."""
    def work(n: int) -> int:
        claims = [claim(f"c{k:05}", f"Outlet {k}", perpetrator="Alpha" if k % 2 else "Beta",
                        killed=None) for k in range(n)]
        claims += [claim(f"d{k:05}", f"Desk {k}", "denies", "occurrence", perpetrator="Alpha") for k in range(n // 10)]
        disputes, pairs = find_disputes(claims)
        assert len(pairs) <= MAX_PAIRS * len(disputes)
        return _calls(lambda: find_disputes(claims))

    small, large = work(1000), work(4000)
    assert large < small * 4 * 1.5  # linear (x4 claims, sorting adds a log factor); quadratic would be x16


SOURCES = ["State TV", "Monitor", "Coalition", "Militia", "Coalition command"]
PERPS = [None, "Coalition", "Militia", "unknown", "Coalition forces"]
BOUND = st.one_of(st.none(), st.integers(0, 60))
FIGURES = st.one_of(st.none(), st.tuples(BOUND, BOUND).map(  # a figure never has min > max
    lambda b: Figure(*sorted(b)) if None not in b else Figure(*b)))  # type: ignore[type-var]


@st.composite
def claim_sets(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(0, 10))
    return [
        claim(f"c{k}", draw(st.sampled_from(SOURCES)),
              draw(st.sampled_from(["asserts", "confirms", "denies", "declines_comment"])),
              draw(st.sampled_from(["perpetrator", "occurrence", "casualties", "location"])),
              draw(st.sampled_from(PERPS)), draw(FIGURES), draw(FIGURES),
              draw(st.sampled_from([None, None, "SY", "IQ"])))
        for k in range(n)
    ]


@settings(max_examples=300, deadline=None)
@given(claim_sets(), st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_order(claims: list[Claim], rnd: object) -> None:
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert find_disputes(claims) == find_disputes(shuffled) == find_disputes(claims[::-1])


@settings(max_examples=300, deadline=None)
@given(claim_sets())
def test_disputes_are_no_more_than_pairs(claims: list[Claim]) -> None:
    disputes, pairs = find_disputes(claims)
    assert len(disputes) <= sum(d.pairs for d in disputes)
    assert len(disputes) <= len(pairs) <= MAX_PAIRS * len(disputes)
    ids = {c.id: c for c in claims}
    for d in disputes:
        assert len(d.sides) >= 2 and d.pairs >= 1
        held = [cid for s in d.sides for cid in s.claim_ids]
        assert all(cid in ids for cid in held)
        for s in d.sides:
            assert list(s.sources) == list(dict.fromkeys(ids[cid].source.name for cid in s.claim_ids))
    for c in pairs:  # every example pair is opposed, by two sources, and stands in a dispute
        a, b = (ids[cid] for cid in c.claim_ids)
        assert a.source.name != b.source.name and list(c.claim_ids) == sorted(c.claim_ids)
        assert any(c.about == d.about and set(c.claim_ids) <= {x for s in d.sides for x in s.claim_ids}
                   for d in disputes)


@settings(max_examples=300, deadline=None)
@given(claim_sets())
def test_pair_rules_are_symmetric(claims: list[Claim]) -> None:
    for a in claims:
        for b in claims:
            assert claim_contradictions(a, b) == claim_contradictions(b, a)


@settings(max_examples=300, deadline=None)
@given(claim_sets(), st.lists(FIGURES, max_size=3))
def test_event_range_covers_every_figure(claims: list[Claim], own: list[Figure | None]) -> None:
    frames = [Frame(f"o{k}", 0, "airstrike", Evidence(0, 0, ""), killed=fig) for k, fig in enumerate(own)]
    event = Event("ev", "airstrike", tuple(f.article_id for f in frames), tuple(c.id for c in claims),
                  frame_keys=tuple((f.article_id, 0) for f in frames))
    result = reconcile(event, claims, frames, {"o0": "Daily Sahel"})
    figures = [c.killed for c in claims if c.killed] + [f for f in own if f]
    bounds = [v for f in figures for v in (f.min, f.max) if v is not None]
    lo, hi = result.killed.min, result.killed.max
    if not bounds:
        assert lo is None and hi is None
        return
    assert lo is not None and hi is not None and lo <= hi
    assert all(lo <= v <= hi for v in bounds)
    if own and own[0] is not None:
        assert "Daily Sahel (outlet)" in result.killed.by_source
