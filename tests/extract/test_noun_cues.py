"""Attributions built on a noun and declines without a decline verb, on sentences written for
the project."""

from __future__ import annotations

import pytest

DECLINES = [
    ("A spokesman for the Rapid Support Forces did not immediately respond to requests for "
     "comment.", "Rapid Support Forces"),
    ("The junta's spokesman did not answer calls and messages seeking comment on the strike.",
     "junta"),
    ("There was no immediate response to requests for comment from Sudanese army officials.",
     "Sudanese army officials"),
    ("There was no comment from the Azerbaijani defence ministry on the shelling.",
     "Azerbaijani defence ministry"),
]


@pytest.mark.parametrize(("text", "who"), DECLINES)
def test_declines(extract, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    found = [c for c in claims if c.stance == "declines_comment"]
    assert found, [(c.source.text, c.stance) for c in claims]
    assert any(who.lower() in c.source.text.lower() for c in found), found


ASSERTS = [
    ("The allegations by the M23 that army drones bombed Sake were rejected by Kinshasa.", "M23"),
    ("In the estimates of the UN refugee agency, the shelling of Stepanakert killed 12 people.",
     "UN refugee agency"),
]


@pytest.mark.parametrize(("text", "who"), ASSERTS)
def test_noun_attributions(extract, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(who.lower() in c.source.text.lower() and c.stance == "asserts" for c in claims), \
        [(c.source.text, c.stance) for c in claims]


def test_a_claim_the_speaker_denies_is_not_a_claim_of_the_accuser(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The army denied claims from the rebels that its jets bombed the market in Kidal."
    claims = extract(text).claims
    assert {c.stance for c in claims} == {"denies"}, [(c.source.text, c.stance) for c in claims]


@pytest.mark.parametrize("text", [
    "No group claimed responsibility for the bombing in Mogadishu.",
    "No one has claimed responsibility for the attack on the convoy near Beni.",
    "Nobody claimed the ambush in the Tillaberi region.",
])
def test_a_negated_subject_is_no_source(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).claims == [] or all(
        not c.source.text.lower().startswith(("no ", "nobody")) for c in extract(text).claims)
