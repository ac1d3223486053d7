"""A dateline run into the lead is no group's name: "KHARTOUM - Shelling killed 20 people" names
no doer (sentences written for the project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "KHARTOUM - Shelling killed 20 people at a market in Omdurman on Monday, medics said.",
    "GOMA - Bombing killed 9 people at a camp for displaced people near Goma on Friday, aid workers said.",
    "MANDALAY - Airstrikes killed 12 villagers in Sagaing region on Sunday, residents said.",
])
def test_a_dateline_run_into_the_lead_names_no_group(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    shown = [(c.source.name, c.about, c.perpetrator) for c in claims]
    assert not [c for c in claims if c.about == "perpetrator"], shown
