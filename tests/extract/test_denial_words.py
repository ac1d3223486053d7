"""A figure or an account disputed as blown up is a denial ("the toll given by residents was
exaggerated", "dismissed as pure propaganda"); a group under "any" is never a speaker ("denied that
any civilians had been killed and said …")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "source"), [
    ("Gunmen attacked Gamboru. The army said the toll given by residents was exaggerated.", "army"),
    ("Jihadists ambushed a convoy near Djibo. The army dismissed as pure propaganda claims by the jihadists "
     "that they had killed dozens of soldiers.", "army"),
    ("Shelling hit a camp near Goma. The M23 said the figures published by the government were inflated.", "M23"),
    ("A drone hit a market in Nyala. The RSF said the army's account of the strike was grossly overstated.", "RSF"),
])
def test_a_figure_called_blown_up_is_denied(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert any(c.stance == "denies" and source in c.source.name for c in extract(text).claims)


@pytest.mark.parametrize("text", [
    "A bomb hit a checkpoint in Afgoye. Al-Shabaab denied that any civilians had been killed and said its "
    "target was the soldiers at the checkpoint.",
    "A drone hit a market in Kadugli. The RSF denied that any fighters were present and said the market was a "
    "civilian site.",
])
def test_a_group_under_any_is_no_speaker(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.source.text.lower().startswith("any") for c in extract(text).claims)


@pytest.mark.parametrize(("text", "source", "not_source"), [
    ("Gunmen attacked Gamboru. The army said troops had repelled the attackers and said the toll given by "
     "residents was exaggerated.", "army", "troops"),
    ("Shelling hit Bunia. The governor said militiamen had fired the shells and said the town was calm.",
     "governor", "militiamen"),
])
def test_a_repeated_said_keeps_the_first_speaker(extract, text: str, source: str, not_source: str) -> None:  # type: ignore[no-untyped-def]
    names = [c.source.name for c in extract(text).claims]
    assert any(source in n for n in names) and not any(not_source in n for n in names)
