"""A habit told in the outlet's voice ("X gunmen have long kidnapped foreigners there") is
background: its doer is not named as the incident's perpetrator (extract.frames_actors). The
incident's own doer still is. Sentences written for the project, about conflicts no eval or probe
set covers."""

from __future__ import annotations

import pytest


def _main(extract, text: str):  # type: ignore[no-untyped-def]
    frames = [f for f in extract(text, published="2024-03-05").frames if not f.background]
    assert frames
    return frames[0]


@pytest.mark.parametrize(("text", "group"), [
    ("A bomb exploded at a market in Baidoa on Sunday, killing six traders. The town lies on the "
     "border, and Al-Shabaab gunmen have long kidnapped aid workers there.", "al-Shabaab"),
    ("A bomb exploded at a bus station in Maiduguri on Sunday, killing six. Boko Haram gunmen often "
     "kidnap travellers on the roads around the city.", "Boko Haram"),
])
def test_a_habit_names_no_doer(extract, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    frame = _main(extract, text)
    assert not any(group.lower() in p.lower() for p in frame.perpetrators), frame.perpetrators


@pytest.mark.parametrize(("text", "group"), [
    ("Al-Shabaab gunmen stormed a hotel in Kismayo on Sunday, killing nine guests.", "al-Shabaab"),
    ("Boko Haram gunmen attacked a village near Maiduguri on Sunday and had long raided the area.",
     "Boko Haram"),
])
def test_the_incidents_doer_kept(extract, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    frame = _main(extract, text)
    assert any(group.lower() in p.lower() for p in frame.perpetrators), frame.perpetrators
