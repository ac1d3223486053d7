""""X could not be reached" is a decline when X is a person or a body, without "for comment";
a place that could not be reached declines nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a convoy near Djibo on Thursday. Government spokesman Jean-Emmanuel Ouedraogo could not be "
    "reached on Monday.",
    "Gunmen attacked a village near Bunia. A spokesman for the Congolese army could not be reached.",
    "A drone hit a market in Kadugli. The RSF could not be reached on Sunday.",
])
def test_a_speaker_not_reached_declines(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(c.stance == "declines_comment" for c in extract(text).claims)


@pytest.mark.parametrize("text", [
    "Fighting cut the road to Tawila. The village could not be reached by aid convoys.",
    "Shelling hit Stepanakert. The hospital could not be reached because the road was mined.",
])
def test_a_place_not_reached_declines_nothing(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.stance == "declines_comment" for c in extract(text).claims)
