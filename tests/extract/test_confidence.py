"""A claim's confidence is the measured share of its bin (stance class, named source or not)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.config import setting
from rashomon.extract.confidence import calibrated, confidence, confidence_bin
from rashomon.types import STANCES, Claim, Evidence, Source

KINDS = ["military", "government", "state_media", "media", "monitor", "armed_group", "official",
         "person", "unknown"]


def claim(stance: str, kind: str) -> Claim:
    return Claim(id="a:c1", article_id="a", source=Source(name="x", text="x", kind=kind),  # type: ignore[arg-type]
                 stance=stance, about="occurrence", text="t", evidence=Evidence(0, 1, "t"),  # type: ignore[arg-type]
                 confidence=0.8)


def share(key: str) -> float:
    right, units = setting("extract.confidence", key)
    return float(right / units)


@given(st.sampled_from(STANCES), st.sampled_from(KINDS))
def test_confidence_is_a_probability_and_ignores_the_rules_guess(stance: str, kind: str) -> None:
    value = confidence(claim(stance, kind))
    assert 0.0 < value < 1.0
    assert calibrated([claim(stance, kind)])[0].confidence == value


@pytest.mark.parametrize(("stance", "kind", "key"), [
    ("asserts", "military", "affirm_named"), ("confirms", "government", "affirm_named"),
    ("asserts", "unknown", "affirm_unnamed"), ("denies", "armed_group", "deny_named"),
    ("declines_comment", "official", "decline_named"),
])
def test_a_bin_lies_between_its_measured_share_and_the_pooled_one(stance: str, kind: str, key: str) -> None:
    bins = ["affirm_named", "affirm_unnamed", "deny_named", "deny_unnamed", "decline_named", "decline_unnamed"]
    pooled = sum(setting("extract.confidence", b)[0] for b in bins) / sum(
        setting("extract.confidence", b)[1] for b in bins)
    low, high = sorted((share(key), pooled))
    assert low - 0.005 <= confidence(claim(stance, kind)) <= high + 0.005


def test_a_small_bin_does_not_claim_certainty() -> None:
    assert share("decline_unnamed") == 1.0
    assert confidence(claim("declines_comment", "unknown")) < 0.95


def test_the_stage_gives_measured_confidence(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("Sudan's army denied on Monday that it had bombed the market in El Fasher. "
                     "A resident said at least nine people were killed.")
    assert result.claims
    assert all(c.confidence == confidence(c) for c in result.claims)


@given(st.sampled_from(STANCES), st.sampled_from(KINDS))
def test_every_bin_has_its_counts_in_the_settings(stance: str, kind: str) -> None:
    key = confidence_bin(stance, kind)
    if stance == "unknown":
        assert key is None
    else:
        right, units = setting("extract.confidence", key)
        assert 0 <= right <= units
