"""The outlet's own word on who did it, in the passive or with a light verb: "the attack was
carried out by X", "X carried out the raid" (extract.frames_actors.outlet_perpetrators).
Sentences written for the project, about conflicts no eval or probe set covers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "party"), [
    ("Gunmen killed 14 villagers near Beni on Saturday night. The attack was carried out by fighters "
     "of the ADF, which has killed thousands in the region.", "ADF"),
    ("Suspected jihadists killed 22 people in an attack on a village near Tillaberi on Sunday. "
     "Islamic State Sahel Province carried out the raid, the region's worst this year.", "Islamic State"),
])
def test_light_verb_agents(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    frames = [f for f in extract(text, published="2024-03-12").frames if not f.background]
    assert frames and any(party in p for p in frames[0].perpetrators), [f.perpetrators for f in frames]
