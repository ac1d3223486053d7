"""Casualty summaries: per-source figures and event ranges."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.reconcile.casualties import render, summarize_casualties
from rashomon.types import Claim, Evidence, Figure, Source


def claim(cid: str, source: str, killed: Figure | None = None,
          injured: Figure | None = None) -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source), stance="asserts",
                 about="casualties", text="", evidence=Evidence(0, 0, ""),
                 killed=killed, injured=injured)


@pytest.mark.parametrize(
    ("fig", "text"),
    [
        (Figure(22, 22), 22),
        (Figure(None, 52), "up to 52"),
        (Figure(13, None), "at least 13"),
        (Figure(13, 46), "13–46"),
        (Figure(None, None), "unspecified"),
        (Figure(0, 0), 0),
    ],
)
def test_render(fig: Figure, text: int | str) -> None:
    assert render(fig) == text


def test_event_range_and_by_source() -> None:
    claims = [claim("c1", "Militia", Figure(22, 22)), claim("c2", "Monitor", Figure(None, 52)),
              claim("c3", "Medics", Figure(13, None)), claim("c4", "Agency", Figure(None, None))]
    s = summarize_casualties(claims, "killed")
    assert (s.min, s.max) == (13, 52)
    assert dict(s.by_source) == {"Militia": 22, "Monitor": "up to 52", "Medics": "at least 13",
                                 "Agency": "unspecified"}
    assert list(s.by_source) == sorted(s.by_source)


def test_only_unspecified_gives_no_range() -> None:
    s = summarize_casualties([claim("c1", "Agency", Figure(None, None))], "killed")
    assert (s.min, s.max, dict(s.by_source)) == (None, None, {"Agency": "unspecified"})


def test_no_figures() -> None:
    s = summarize_casualties([claim("c1", "Agency")], "killed")
    assert (s.min, s.max, dict(s.by_source)) == (None, None, {})


@pytest.mark.parametrize(
    ("figures", "kept"),
    [
        ([Figure(9, 9), Figure(17, 17)], 17),  # a revised, higher toll wins
        ([Figure(17, 17), Figure(9, 9)], 17),
        ([Figure(None, 30), Figure(30, 30)], 30),  # same upper bound: the exact figure
        ([Figure(None, None), Figure(4, 4)], 4),
        ([Figure(10, None), Figure(8, 12)], "8–12"),
    ],
)
def test_a_source_keeps_its_highest_figure(figures: list[Figure], kept: int | str) -> None:
    claims = [claim(f"c{n}", "Monitor", f) for n, f in enumerate(figures)]
    assert summarize_casualties(claims, "killed").by_source == {"Monitor": kept}


def test_range_uses_every_claim_even_superseded_ones() -> None:
    claims = [claim("c1", "Monitor", Figure(9, 9)), claim("c2", "Monitor", Figure(17, 17))]
    s = summarize_casualties(claims, "killed")
    assert (s.min, s.max) == (9, 17)


def test_injured_separate_from_killed() -> None:
    claims = [claim("c1", "Medics", Figure(3, 3), Figure(40, None))]
    assert summarize_casualties(claims, "injured").by_source == {"Medics": "at least 40"}
    assert summarize_casualties(claims, "killed").by_source == {"Medics": 3}


_BOUND = st.one_of(st.none(), st.integers(min_value=0, max_value=5_000))


@st.composite
def _figure(draw: st.DrawFn) -> Figure:
    low, high = draw(_BOUND), draw(_BOUND)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Figure(low, high)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["RSF", "SAF", "UN", "Monitor"]), _figure()), max_size=8))
def test_the_event_range_covers_every_figure(given_figures: list[tuple[str, Figure]]) -> None:
    claims = [claim(f"c{n}", source, killed=fig) for n, (source, fig) in enumerate(given_figures)]
    summary = summarize_casualties(claims, "killed")
    numbers = [v for _, f in given_figures for v in (f.min, f.max) if v is not None]
    if not numbers:
        assert (summary.min, summary.max) == (None, None)
        return
    assert summary.min is not None and summary.max is not None
    assert summary.min <= summary.max
    assert summary.min == min(numbers) and summary.max == max(numbers)
    # who gave each figure: every source with a figure is listed
    assert set(summary.by_source) == {s for s, _ in given_figures}
