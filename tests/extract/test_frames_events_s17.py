"""An earlier attack's toll is not the incident's: a sentence with no trigger word given an
earlier year ("In 2014 fighters set fire to …, killing 59"), and a count back to an attack
elsewhere ("a day after a commander was killed in a strike in …"), feed no figure to the
incident's frame (extract.frames). Sentences written for the project, about conflicts no eval or
probe set covers."""

from __future__ import annotations

import pytest


def _main(extract, text: str):  # type: ignore[no-untyped-def]
    frames = [f for f in extract(text, published="2024-03-09").frames if not f.background]
    assert frames
    return frames[0]


@pytest.mark.parametrize(("text", "other"), [
    ("Gunmen attacked a boarding school in Kankara, in Katsina state, late on Friday and took dozens "
     "of pupils away, police said. In 2014 fighters set fire to a boarding school at Buni Yadi, "
     "killing 59 boys.", 59),
    ("Suicide bombers struck a wedding in Konduga on Saturday, the army said. Last year fighters "
     "burned the market at Gwoza, killing 43 traders.", 43),
    ("Two explosions tore through a crowd at a shrine in Cox's Bazar on Friday, killing 31 people, "
     "police said. The blasts came two days after a senior commander was killed in a strike in "
     "Mandalay.", 1),
    ("Two explosions tore through a crowd at a shrine in Cox's Bazar on Friday, killing 31 people, "
     "police said. The blasts came days after a senior commander was killed in a drone strike in "
     "Mandalay.", 1),
    # a sentence dated by the earlier one's time ("that month") goes on about the earlier incident
    ("Two explosions tore through a crowd at a shrine in Cox's Bazar on Friday, killing 31 people, "
     "police said. The shrine's founder was killed in a drone strike in Mandalay in March 2021. At "
     "his funeral that month, a stampede killed 19 mourners.", 19),
])
def test_earlier_toll_not_the_incidents(extract, text: str, other: int) -> None:  # type: ignore[no-untyped-def]
    frame = _main(extract, text)
    assert frame.killed is None or other not in (frame.killed.min, frame.killed.max), frame.killed


@pytest.mark.parametrize(("text", "killed"), [
    # the incident's own toll in a sentence with no trigger word still counts
    ("Gunmen attacked a boarding school in Kankara, in Katsina state, late on Friday. Twelve pupils "
     "died in the fire that swept through a dormitory.", 12),
    # a count back to a day in the same place tells this incident's toll
    ("Fighters stormed the village of Mocimboa on Friday. Two days after the raid, 18 bodies were "
     "found in Mocimboa.", 18),
    # "that day" after the incident's own sentence is the incident's day
    ("Fighters stormed the village of Mocimboa on Friday. Later that day, 18 bodies were found in "
     "the village.", 18),
])
def test_incident_toll_kept(extract, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    frame = _main(extract, text)
    assert frame.killed is not None and frame.killed.min == killed, frame.killed
