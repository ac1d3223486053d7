"""A side that says its forces killed the attackers confirms its own action (gold: ``confirms``)
though it names no perpetrator of the attack; a side telling only of the attack asserts.
Sentences written for the project (Mozambique, Niger)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Insurgents stormed a hotel in Palma on Friday. The Mozambican army said on Saturday it had retaken "
    "the hotel and killed all 12 attackers.",
    "Gunmen attacked a market in Tillaberi on Monday. Niger's defence ministry said its troops had "
    "killed 20 of the assailants.",
])
def test_killing_the_attackers_confirms(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    own = [c for c in claims if c.source.name and ("army" in c.source.name.lower()
                                                   or "ministry" in c.source.name.lower()
                                                   or "military" in c.source.name.lower())]
    assert own, [(c.source.name, c.stance) for c in claims]
    assert all(c.perpetrator is None for c in own)
    assert any(c.stance == "confirms" for c in own), [(c.source.name, c.stance) for c in own]


def test_telling_of_the_attack_asserts(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Insurgents stormed a hotel in Palma on Friday. A police officer said on Saturday that "
            "twelve guests had been killed in the attack.")
    claims = extract(text).claims
    assert claims and not any(c.stance == "confirms" for c in claims), [(c.source.name, c.stance) for c in claims]
