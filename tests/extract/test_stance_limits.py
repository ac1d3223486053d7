"""Stance and perpetrator limits, on sentences written for the project: inability to check is
not declining; the maker, backer or launch site of a weapon is not who fired it."""

from __future__ import annotations

import pytest

UNABLE = [
    "Reuters could not independently confirm the death toll of the shelling in Goma.",
    "The Colombian army was unable to confirm the toll of the attack in Cauca.",
    "Azerbaijan's defence ministry cannot confirm that its drones struck the bus near Jermuk.",
    "Journalists could not verify the toll of the air strike on the market in Kutkai.",
]


@pytest.mark.parametrize("text", UNABLE)
def test_inability_to_confirm_is_not_declining(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in extract(text).claims if c.stance == "declines_comment"]


@pytest.mark.parametrize("text", [
    "The Congolese army has not confirmed the toll of the attack in Ituri.",
    "The Sudanese army declined to comment on the strike on the market in El Fasher.",
])
def test_declining_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in extract(text).claims if c.stance == "declines_comment"]


# (text, party that must not be the perpetrator, party that must be or None)
NOT_PERPETRATOR = [
    ("Syrian activists said a Russian-made jet struck the market in Idlib, killing 12.", "Russia", None),
    ("Ukrainian officials said a Russian-made missile struck the apartment block, killing 12.", "Russia", None),
    ("Iraqi officials said Iranian-backed militias attacked the base, killing two.", "Iran", None),
    ("Lebanese officials said Israeli drones struck a car near the border with Syria, killing two.",
     "Syria", "Israel"),
    ("Kurdish officials said drones launched from Turkey struck the village, killing three.", "Turkey", None),
    ("Syrian activists said Russian jets struck the market in Idlib, killing 12.", "Syria", "Russia"),
]


@pytest.mark.parametrize(("text", "not_party", "party"), NOT_PERPETRATOR)
def test_perpetrator_limits(extract, text: str, not_party: str, party: str | None) -> None:  # type: ignore[no-untyped-def]
    perps = {c.perpetrator for c in extract(text).claims}
    assert not_party not in perps
    if party is not None:
        assert party in perps
