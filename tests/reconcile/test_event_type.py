"""The neutral event type when sources disagree on the cause (issue 11, pattern 10)."""

from __future__ import annotations

import pytest

from rashomon.reconcile import reconcile
from rashomon.reconcile.event_type import gives_other_cause, names_attack
from rashomon.types import About, Claim, Event, EventType, Evidence, Source, Stance


def claim(cid: str, source: str, text: str, stance: Stance = "asserts", about: About = "perpetrator",
          perpetrator: str | None = None) -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source), stance=stance, about=about,
                 text=text, evidence=Evidence(0, 0, ""), perpetrator=perpetrator)


@pytest.mark.parametrize(
    ("claims", "before", "after"),
    [
        # Sudan: an airstrike or the militia's own ammunition?
        ([claim("c1", "RSF", "army warplanes bombed the market in Nyala", perpetrator="Sudanese army"),
          claim("c2", "Sudanese army", "ammunition stored by the militia exploded in the market", perpetrator="RSF")],
         "airstrike", "explosion"),
        # Ukraine: a missile strike or a misfired air-defence interceptor
        ([claim("c1", "Ukrainian officials", "a Russian missile struck the block of flats", perpetrator="Russia"),
          claim("c2", "Russian MoD", "a Ukrainian interceptor misfired and fell on the building",
                perpetrator="Ukraine")],
         "missile_strike", "explosion"),
        # Gaza-like: a strike on a clinic or a failed rocket launch
        ([claim("c1", "Health officials", "an air strike hit the clinic", perpetrator="Air force"),
          claim("c2", "Air force", "no air operations took place near the clinic", "denies", perpetrator="Air force"),
          claim("c3", "Army spokesman", "a rocket that failed after launch by a militant group hit the clinic",
                perpetrator="militant group")],
         "airstrike", "explosion"),
        # Myanmar: the junta blames shelling by the resistance, which blames junta jets: both
        # attacks, only the perpetrator is disputed
        ([claim("c1", "NUG", "junta jets bombed the village", perpetrator="junta"),
          claim("c2", "junta", "resistance fighters shelled the village", perpetrator="PDF")],
         "airstrike", "airstrike"),
        # a misfire with no dispute: nothing to neutralise
        ([claim("c1", "Army", "a rocket misfired during an exercise near Goma", about="occurrence")],
         "missile_strike", "missile_strike"),
        # one source saying both is no disagreement between sources
        ([claim("c1", "Monitor", "an airstrike hit the depot", perpetrator="Air force"),
          claim("c2", "Air force", "it did not strike the depot", "denies", perpetrator="Air force"),
          claim("c3", "Air force", "the depot's stored ammunition exploded", about="occurrence")],
         "airstrike", "explosion"),
    ],
)
def test_event_type(claims: list[Claim], before: EventType, after: EventType) -> None:
    event = Event("ev", before, ("a",), tuple(c.id for c in claims))
    assert reconcile(event, claims).type == after


@pytest.mark.parametrize(
    ("text", "attack", "other"),
    [
        ("an Israeli air strike hit the hospital", True, False),
        ("the blast was caused by a malfunctioning rocket", False, True),
        ("a gas cylinder exploded in the kitchen of the school in Mekelle", False, True),
        ("Russian shelling destroyed the grain silo", True, False),
        ("the ministry held a news conference", False, False),
    ],
)
def test_cause_words(text: str, attack: bool, other: bool) -> None:
    assert (names_attack(text), gives_other_cause(text)) == (attack, other)
