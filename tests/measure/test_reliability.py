"""The reliability table: each stated confidence scored alone."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from rashomon.measure.reliability import bins, calibration_error, figures, reliability


def fake_scorer(right_sources: set[str]) -> ModuleType:
    """A scorer whose attribution units are the claims with a stance; right when the source is."""
    module = ModuleType("fake_score")

    def score(gold: list[dict[str, Any]], ledger: dict[str, Any]) -> dict[str, Any]:
        units = {c["source"]["name"] for c in ledger["claims"] if c["stance"] != "unknown"}
        return {"attribution": {"pred": len(units), "tp": len(units & right_sources)}}

    module.score = score  # type: ignore[attr-defined]
    return module


def claim(source: str, confidence: float) -> dict[str, Any]:
    return {"source": {"name": source}, "stance": "asserts", "confidence": confidence}


def test_each_confidence_is_scored_alone() -> None:
    ledger = {"claims": [claim("RSF", 0.8), claim("SAF", 0.8), claim("a resident", 0.6),
                         claim("M23", 0.6), claim("Tatmadaw", 0.4)]}
    rows = reliability(fake_scorer({"RSF", "SAF", "M23"}), [], ledger)
    assert rows == [(0.8, 2, 2), (0.6, 2, 1), (0.4, 1, 0)]
    assert [f.value for f in figures(rows)] == [1.0, 0.5, 0.0, round((0.2 * 2 + 0.1 * 2 + 0.4) / 5, 3)]
    assert ledger["claims"][0]["stance"] == "asserts"  # the ledger itself is left as it was


def test_no_claims_no_rows() -> None:
    assert reliability(fake_scorer(set()), [], {"claims": []}) == []
    assert figures([]) == []


@pytest.mark.parametrize(("rows", "error"), [
    ([(0.9, 10, 9)], 0.0),
    ([(0.8, 100, 90), (0.6, 100, 90)], 0.2),
    ([(1.0, 4, 0), (0.0, 4, 4)], 1.0),
])
def test_calibration_error_weighs_each_value_by_its_units(rows: list[tuple[float, int, int]],
                                                          error: float) -> None:
    assert calibration_error(rows) == pytest.approx(error)


def test_bins_count_each_stance_class_and_named_or_not() -> None:
    def c(source: str, stance: str, kind: str) -> dict[str, Any]:
        return {"source": {"name": source, "kind": kind}, "stance": stance, "confidence": 0.5}

    ledger = {"claims": [c("RSF", "denies", "armed_group"), c("SAF", "asserts", "military"),
                         c("a resident", "asserts", "unknown"), c("Tatmadaw", "denies", "military"),
                         c("a doctor", "unknown", "unknown")]}
    assert bins(fake_scorer({"RSF", "a resident"}), [], ledger) == {
        "affirm_named": [0, 1], "affirm_unnamed": [1, 1], "deny_named": [1, 2]}
