"""Targets, shares and the runners' shared helpers (sampling, distances, ledgers), on
hand-written values."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.measure.harness import event_km, km, number, primary_event, sample_indices, shared_pairs
from rashomon.measure.model import Figure, Report, SetResult, Target, prf, share, share_text


@pytest.mark.parametrize(("op", "bound", "value", "met"), [
    (">=", 0.85, 0.85, True), (">=", 0.85, 0.849, False), ("<=", 5, 5, True), ("<=", 5, 6, False),
    ("==", 0, 0, True), ("==", 1.0, 0.6, False), (">=", 0.9, None, None),
])
def test_target_met(op: str, bound: float, value: float | None, met: bool | None) -> None:
    assert Target(op, bound, "issue 10").met(value) is met  # type: ignore[arg-type]


@pytest.mark.parametrize(("target", "text"), [
    (Target(">=", 0.85, "i"), "≥ 0.85"), (Target("<=", 40, "i"), "≤ 40"),
    (Target("==", 1.0, "i", "1.0"), "= 1.0"), (Target(">=", 12, "i", "12 of 16"), "≥ 12 of 16"),
])
def test_target_text(target: Target, text: str) -> None:
    assert target.text() == text


def test_figure_without_target_has_no_verdict() -> None:
    assert Figure("k", "label", 0.5, "0.500").met is None
    assert Figure("k", "label", 0.5, "0.500", Target(">=", 0.4, "i")).met is True


@pytest.mark.parametrize(("hits", "total", "value", "text"), [
    (122, 280, 0.436, "0.436 (122/280)"), (0, 0, None, "n/a (0 rows)"), (3, 3, 1.0, "1.000 (3/3)"),
])
def test_share(hits: int, total: int, value: float | None, text: str) -> None:
    assert share(hits, total) == value
    assert share_text(hits, total) == text


@pytest.mark.parametrize(("tp", "pred", "gold", "expected"), [
    (31, 39, 395, (0.795, 0.078, 0.143)), (0, 0, 10, (0.0, 0.0, 0.0)), (5, 5, 5, (1.0, 1.0, 1.0)),
])
def test_prf(tp: int, pred: int, gold: int, expected: tuple[float, float, float]) -> None:
    assert prf(tp, pred, gold) == expected


def test_report_json_carries_targets_and_skips() -> None:
    fig = Figure("within_25km", "within 25 km", 0.5, "0.500 (1/2)", Target(">=", 0.9, "issue 10"))
    report = Report(sets=(SetResult("gtd", "GTD", (fig,), seconds=1.23),
                          SetResult("polnear", "PolNeAR", skipped="x is absent")),
                    seconds=2.0, peak_rss_mb=500.4, generator={"version": "0.1.0"})
    data = report.to_json()
    assert data["sets"]["gtd"]["figures"]["within_25km"] == {
        "value": 0.5, "text": "0.500 (1/2)", "target": "≥ 0.9", "target_origin": "issue 10", "met": False}
    assert data["sets"]["polnear"]["skipped"] == "x is absent"
    assert data["peak_rss_mb"] == 500


# --- sampling --------------------------------------------------------------------------
def test_sample_is_the_documented_draw() -> None:
    assert sample_indices(range(2900), 300) == sorted(random.Random(0).sample(range(2900), 300))


@given(st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=500),
       st.integers(min_value=0, max_value=3))
def test_sample_is_deterministic_sorted_distinct_and_inside_the_pool(n: int, k: int, seed: int) -> None:
    pool = list(range(0, 2 * n, 2))  # a pool that is not range(n): every other row
    first, again = sample_indices(pool, k, seed), sample_indices(pool, k, seed)
    assert first == again
    assert first == sorted(set(first))
    assert set(first) <= set(pool)
    assert len(first) == min(k, len(pool))


# --- distances -------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "expected_km"), [
    ((15.0, 32.0), (16.0, 32.0), 111.2),  # one degree of latitude
    ((0.0, 0.0), (0.0, 180.0), math.pi * 6371.0088),  # half the equator
    ((12.86, 30.22), (12.86, 30.22), 0.0),  # the same point
])
def test_km(a: tuple[float, float], b: tuple[float, float], expected_km: float) -> None:
    assert km(*a, *b) == pytest.approx(expected_km, abs=0.1)


@given(st.floats(-89, 89), st.floats(-179, 179), st.floats(-89, 89), st.floats(-179, 179))
def test_km_is_symmetric_and_bounded(lat1: float, lon1: float, lat2: float, lon2: float) -> None:
    d = km(lat1, lon1, lat2, lon2)
    assert d == pytest.approx(km(lat2, lon2, lat1, lon1), abs=1e-6)
    assert 0.0 <= d <= math.pi * 6371.0088 + 1e-6


def test_event_km_needs_coordinates() -> None:
    assert event_km(None, 1.0, 2.0) is None
    assert event_km({"location": {"name": "Sudan", "lat": None, "lon": None}}, 1.0, 2.0) is None
    assert event_km({"location": {"lat": 13.18, "lon": 30.22}}, 13.18, 30.22) == pytest.approx(0.0)


@pytest.mark.parametrize(("text", "value"), [("6.0", 6.0), ("12", 12.0), ("", None), ("NA", None),
                                             ("Unknown", None), (None, None), ("nan", None)])
def test_number(text: str | None, value: float | None) -> None:
    assert number(text) == value


# --- ledgers ---------------------------------------------------------------------------
LEDGER = {
    "events": [
        {"id": "ev-a", "article_ids": ["r1", "r2", "r3"]},
        {"id": "ev-b", "article_ids": ["r3", "r4"]},
        {"id": "ev-c", "article_ids": ["r5"]},
        {"id": "ev-d", "article_ids": ["r1", "r2"]},  # the pair r1-r2 again: counted once
    ],
    "claims": [
        {"id": "c1", "article_id": "r3", "event_id": "ev-b"},
        {"id": "c2", "article_id": "r3", "event_id": "ev-b"},
        {"id": "c3", "article_id": "r3", "event_id": "ev-a"},
    ],
}


def test_shared_pairs_counts_each_pair_of_different_incidents_once() -> None:
    assert shared_pairs(LEDGER) == {("r1", "r2"), ("r1", "r3"), ("r2", "r3"), ("r3", "r4")}
    same = {"r1": "x", "r2": "x"}  # two reports of one incident are no wrong merge
    assert shared_pairs(LEDGER, same) == {("r1", "r3"), ("r2", "r3"), ("r3", "r4")}


def test_primary_event_holds_most_claims() -> None:
    assert primary_event(LEDGER, "r3")["id"] == "ev-b"  # type: ignore[index]
    assert primary_event(LEDGER, "r5")["id"] == "ev-c"  # type: ignore[index]  # listed, no claims
    assert primary_event(LEDGER, "r9") is None
