"""An accident account that concedes the attack: "their forces targeted the base, and the damage
in the town was caused by our own air-defence missiles that malfunctioned" disputes whose
munition did the damage, not that an attack took place: the attack keeps its type (gold: Belgorod
style strikes typed missile_strike). Sentences written for the project."""

from __future__ import annotations

import pytest

from rashomon.reconcile import reconcile
from rashomon.reconcile.event_type import concedes_attack
from rashomon.types import Claim, Dispute, DisputeSide, Event, EventType, Evidence, Source


def claim(cid: str, source: str, text: str, perpetrator: str) -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source), stance="asserts", about="perpetrator",
                 text=text, evidence=Evidence(0, 0, ""), perpetrator=perpetrator)


@pytest.mark.parametrize(("text", "concedes"), [
    ("RSF fighters had targeted army positions near Merowe and that the damage to the power station "
     "had been caused by the army's own air defence missiles that malfunctioned", True),
    ("the Houthis fired missiles at the port; the fire in the warehouse was caused by a Saudi "
     "interceptor that malfunctioned", True),
    # the accident alone: the cause itself is disputed
    ("a Sudanese air defence missile malfunctioned and hit the power station in Merowe", False),
    ("a rocket that failed after launch by a militant group hit the clinic", False),
])
def test_concedes_attack(text: str, concedes: bool) -> None:
    assert concedes_attack(text) is concedes


@pytest.mark.parametrize(("second", "after"), [
    ("RSF fighters had attacked army positions near Merowe with rockets and that the damage to the "
     "station had been caused by army air defence missiles that malfunctioned", "missile_strike"),
    ("an army air defence missile malfunctioned and fell on the station", "explosion"),
])
def test_event_type(second: str, after: EventType) -> None:
    claims = [claim("c1", "Sudanese army", "RSF rockets struck the power station in Merowe", "RSF"),
              claim("c2", "RSF", second, "Sudanese army")]
    dispute = Dispute("perpetrator", (DisputeSide("RSF did it", ("Sudanese army",), ("c1",)),
                                      DisputeSide("Sudanese army did it", ("RSF",), ("c2",))), "")
    event = Event("ev", "missile_strike", ("a",), tuple(c.id for c in claims))
    from rashomon.reconcile.event_type import event_type
    assert event_type(event.type, claims, [dispute]) == after
    assert reconcile(event, claims).type in ("missile_strike", "explosion")
