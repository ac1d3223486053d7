"""Relay forms: "S, per X" credits X, as "according to X" does (sentences written for the project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "source"), [
    ("The drone strike killed 12 people in the market, per the Sudan Doctors Network.",
     "Sudan Doctors Network"),
    ("Shelling killed four civilians near Goma, as per the Congolese army.", "Congolese military"),
    ("The ambush killed nine soldiers near Djibo, per Burkina Faso's army.", None),
    ("Air strikes killed 30 people in Sagaing, per the Kachin Independence Organisation.",
     "Kachin Independence Organisation"),
])
def test_per_x_credits_x(extract, text: str, source: str | None) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims
    written = [c.source.text for c in claims]
    assert any("per" not in w.split() for w in written)
    if source is not None:
        assert source in {c.source.name for c in claims}
    assert all(not c.text.rstrip(", ").endswith(" as") for c in claims)


@pytest.mark.parametrize("text", [
    "The strike killed nine people per day in the camp, the army said.",
    "Rations fell to one meal per person in El Fasher, the World Food Programme said.",
])
def test_per_as_a_rate_credits_nobody(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract(text).claims}
    assert not any(n.lower() in {"day", "person"} for n in names)
