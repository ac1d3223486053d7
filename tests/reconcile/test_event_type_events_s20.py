"""A party that tells of the attack in one claim and gives another cause for the deaths in another
("the army confirmed it had carried out an air strike on the village"; "many of the deaths were
caused by explosives the rebels had stored there") concedes the attack, as one claim holding both
does (concedes_attack): the attack keeps its type. Sentences written for the project."""

from __future__ import annotations

import pytest

from rashomon.reconcile.event_type import event_type
from rashomon.types import Claim, Dispute, DisputeSide, EventType, Evidence, Source


def claim(cid: str, source: str, text: str, perpetrator: str | None, stance: str = "asserts") -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source), stance=stance,  # type: ignore[arg-type]
                 about="perpetrator", text=text, evidence=Evidence(0, 0, ""), perpetrator=perpetrator)


_DISPUTE = Dispute("perpetrator", (DisputeSide("the army did it", ("residents",), ("c1",)),
                                   DisputeSide("the army did not", ("Ethiopian army",), ("c4",))), "")


@pytest.mark.parametrize(("second", "after"), [
    # the army names the air strike itself: only the deaths' cause is disputed
    ("it had carried out an air strike on a rebel gathering in the village", "airstrike"),
    # the army tells of no attack: the cause itself is disputed
    ("it had inspected the village after the blast", "explosion"),
])
def test_a_party_telling_of_the_attack_concedes_it(second: str, after: EventType) -> None:
    claims = [claim("c1", "residents", "a military jet bombed the market in Togoga", "Ethiopian army"),
              claim("c2", "Ethiopian army", second, "Ethiopian army", "confirms"),
              claim("c3", "Ethiopian army", "many of the deaths had been caused by ammunition stored by the rebels "
                                            "that exploded", None),
              claim("c4", "Ethiopian army", "the accusations were fabricated", "Ethiopian army", "denies")]
    assert event_type("airstrike", claims, [_DISPUTE]) == after
