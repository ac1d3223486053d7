"""A headline that debunks in the outlet's own voice is the outlet's denial
(rashomon.extract.headline_debunk), on headlines written for the project."""

from __future__ import annotations

import pytest

from rashomon.extract.headline_debunk import OUTLET_FALLBACK, debunks

DEBUNKING = [
    "No, the Sudanese army did not bomb the Zamzam camp",
    "Sorry, the M23 leader has not been captured in Goma",
    "Video of Malian troops burning a village near Mopti is a hoax",
    "Reports of a coup in Niamey are false",
    "The Colombian general is not dead, despite viral posts",
    "Claims that Armenian jets struck Ganja debunked",
    "Myanmar junta chief alive and well: death rumours were fabricated",
    "That photo of a Kachin massacre was doctored",
    "Don't worry, the Tbilisi dam did not burst",
    "Did rebels seize Bunia? No, they did not",
]
NOT_DEBUNKING = [
    "Sudanese army says drones struck the Zamzam camp",
    "Is the Arakan Army video real or hoax?",
    "Rebels caught with fake passports at the Chad border",
    "The massacre in the village near Mopti was not a hoax, survivors say",
    "Report: school strike in Kachin state not justified",
    "Drone strike kills nine in North Kivu",
    "Did the Wagner group leave Mali?",
]


@pytest.mark.parametrize("headline", DEBUNKING)
def test_debunking_headlines(headline: str) -> None:
    assert debunks(headline)


@pytest.mark.parametrize("headline", NOT_DEBUNKING)
def test_other_headlines(headline: str) -> None:
    assert not debunks(headline)


def test_a_speakers_debunk_is_the_speakers() -> None:
    headline = "Azerbaijan says Armenian report of Lachin strike is fake"
    assert not debunks(headline, [(17, len(headline))])


@pytest.mark.parametrize("headline", DEBUNKING[:5])
def test_the_outlet_denies(extract, headline: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(headline, title=headline).claims
    own = [c for c in claims if c.source.name == OUTLET_FALLBACK]
    assert len(own) == 1 and own[0].stance == "denies"
    assert own[0].evidence.text == headline and own[0].source.start is None


@pytest.mark.parametrize("text", [
    "Sudanese army says drones struck the Zamzam camp\n\nThe army said the camp held fighters.",
    "Sudan's army denies Zamzam camp strike is a hoax\n\nThe army said the camp held fighters.",
    "Drone strike kills nine in North Kivu\n\nThe army said the strike was not a hoax.",
])
def test_no_outlet_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in extract(text).claims if c.source.name == OUTLET_FALLBACK]
