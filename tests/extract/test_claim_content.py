"""A claim's content is the statement itself (rashomon.extract.claim_content), on sentences
written for the project."""

from __future__ import annotations

import pytest

SHORT = [
    ("The army blamed the rebels for the attack on the convoy near Kidal.", "blamed the rebels"),
    ("The junta in Naypyidaw confirmed the strike.", "confirmed the strike"),
    ("A Sudanese army spokesman declined to comment.", "declined to comment"),
    ("The M23 rebels accused Kinshasa of shelling Goma.", "accused Kinshasa of shelling Goma"),
    ("The ministry defended the raid as a legitimate operation and promised an inquiry.",
     "the raid as a legitimate operation"),
]


@pytest.mark.parametrize(("text", "part"), SHORT)
def test_a_short_content_takes_the_cue_phrase(extract, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    texts = [c.text for c in extract(text).claims]
    assert texts, text
    assert any(part in t for t in texts), texts
    assert all(len(t.split()) > 2 for t in texts), texts


RELAYS = [
    ("Local radio reported that the governor of North Kivu said rebels shelled the camp.",
     "Local radio"),
    ("The newspaper reports that a Burmese army officer admitted the jets bombed the school.",
     "The newspaper"),
]


@pytest.mark.parametrize(("text", "relay"), RELAYS)
def test_an_outlet_that_only_passes_a_claim_on_is_its_via(extract, text: str, relay: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims, text
    assert all(c.source.text != relay for c in claims), claims
    assert any(relay in c.source.via for c in claims), claims


def test_if_confirmed_is_no_attribution(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Sudanese Doctors Network said that a drone hit the market in El Fasher, killing "
            "dozens, marking, if confirmed, the deadliest attack on the city this year.")
    claims = extract(text).claims
    assert [c.source.text for c in claims] == ["The Sudanese Doctors Network"], claims
    assert "drone hit the market" in claims[0].text


@pytest.mark.parametrize("text", [
    "“We will not leave,” the mayor said.\n”\nThe army said rockets hit Sumy.",
])
def test_a_stray_quotation_mark_is_no_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(any(ch.isalnum() for ch in c.text) for c in extract(text).claims)
