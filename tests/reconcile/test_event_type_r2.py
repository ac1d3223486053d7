"""The neutral event type with the ground family of types: armed clashes are an attack a source
may assert against an accident account; a shooting is not (the neutral type is a blast, which
would side with the accident account). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rashomon.reconcile import reconcile
from rashomon.reconcile.event_type import ATTACKS, names_attack
from rashomon.types import About, Claim, Event, EventType, Evidence, Source, Stance


def claim(cid: str, source: str, text: str, stance: Stance = "asserts", about: About = "perpetrator",
          perpetrator: str | None = None) -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source), stance=stance, about=about,
                 text=text, evidence=Evidence(0, 0, ""), perpetrator=perpetrator)


def test_armed_clashes_are_an_attack_and_a_shooting_is_not() -> None:
    assert "armed_clashes" in ATTACKS and "ground_attack" in ATTACKS
    assert "shooting" not in ATTACKS


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("the depot in El Obeid was destroyed in clashes with the RSF", True),
        ("soldiers and jihadists exchanged fire around the fuel depot in Djibo", True),
        ("soldiers opened fire on protesters in Lashio", False),
        # a clash account that gives an accident cause is no attack
        ("during the clashes, ammunition stored at the depot exploded", False),
    ],
)
def test_names_attack(text: str, attack: bool) -> None:
    assert names_attack(text) is attack


@pytest.mark.parametrize(
    ("claims", "before", "after"),
    [
        # Sudan: the army says the El Obeid depot fell in clashes with the RSF, the RSF that the
        # army's stored ammunition blew up: a blast of unknown cause
        ([claim("c1", "Sudanese army", "the depot in El Obeid was destroyed in clashes with the RSF",
                perpetrator="RSF"),
          claim("c2", "RSF", "ammunition stored by the army in the depot exploded", perpetrator="Sudanese army")],
         "armed_clashes", "explosion"),
        # the Sahel: clashes at a fuel depot vs a gas explosion
        ([claim("c1", "Local officials", "soldiers and jihadists exchanged fire around the fuel depot in Djibo",
                perpetrator="JNIM"),
          claim("c2", "JNIM", "a gas leak at the army's depot started the fire",
                perpetrator="Burkinabe army")],
         "armed_clashes", "explosion"),
        # Myanmar: troops firing on the crowd vs a gas cylinder: a shooting keeps its type (the
        # neutral blast would take the accident side)
        ([claim("c1", "NUG", "soldiers opened fire on protesters in Lashio", perpetrator="junta"),
          claim("c2", "junta", "a gas cylinder carried by the protesters exploded in Lashio",
                perpetrator="protesters")],
         "shooting", "shooting"),
        # the Sahel: two sides blaming each other for clashes: only the perpetrator is disputed
        ([claim("c1", "Burkinabe army", "jihadists clashed with soldiers in Djibo", perpetrator="JNIM"),
          claim("c2", "JNIM", "the army clashed with our fighters in Djibo", perpetrator="Burkinabe army")],
         "armed_clashes", "armed_clashes"),
    ],
)
def test_event_type(claims: list[Claim], before: EventType, after: EventType) -> None:
    event = Event("ev", before, ("a",), tuple(c.id for c in claims))
    assert reconcile(event, claims).type == after


def test_the_shooting_case_is_a_cause_dispute() -> None:
    # the Myanmar claims above do make a cause dispute: an attack type would turn neutral
    claims = [claim("c1", "NUG", "gunmen attacked the protesters in Lashio", perpetrator="junta"),
              claim("c2", "junta", "a gas cylinder carried by the protesters exploded in Lashio",
                    perpetrator="protesters")]
    event = Event("ev", "ground_attack", ("a",), tuple(c.id for c in claims))
    assert reconcile(event, claims).type == "explosion"
