"""Stance patterns of issue 11, on sentences written for the project: (text, stance the
source's claim must have, stance it must not have)."""

from __future__ import annotations

import pytest

CASES = [
    # a judgement of the attack is no denial that it happened
    ("“The attack on the camp in Zamzam is not acceptable,” the envoy said.", "asserts", "denies"),
    # "not only" adds, it does not deny
    ("“This is not only an attack on our clinic, it is an attack on all aid workers,” the "
     "charity's director said.", "asserts", "denies"),
    # the negation bears on the purpose, not on the strike
    ("The general said the strike in Sagaing was not carried out with the intention of harming "
     "civilians.", "asserts", "denies"),
    ("A spokesman said the army did not deliberately target the market in Tillaberi.", "asserts",
     "denies"),
    # the content's own verb denies
    ("A spokesman for the militia said: “The brigades deny any role in the shelling of Goma.”",
     "denies", None),
    # no knowledge of the attack
    ("The army says it has no knowledge of shelling near the camp in Ouallam.", "denies", None),
    ("A spokesperson for the ministry said there was no knowledge of airstrikes in the area.",
     "denies", None),
    # debunking words
    ("The governor's office said the video of the Khartoum strike was a hoax.", "denies", None),
    ("Aides said the reports were fake news and that the minister is alive.", "denies", None),
]


@pytest.mark.parametrize(("text", "stance", "not_stance"), CASES)
def test_stance(extract, text: str, stance: str, not_stance: str | None) -> None:  # type: ignore[no-untyped-def]
    stances = {c.stance for c in extract(text).claims}
    assert stance in stances, (text, stances)
    if not_stance:
        assert not_stance not in stances, (text, stances)
