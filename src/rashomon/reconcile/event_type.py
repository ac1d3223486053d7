"""The event type when sources disagree on the cause: the neutral ``explosion``.

The link stage types an event by its frames' trigger words, so a blast one side calls "an
Israeli airstrike" and the other "a misfired rocket" comes out ``airstrike``: the type takes
a side. Here, when

* the event is disputed (a perpetrator or occurrence dispute,
  :mod:`~rashomon.reconcile.disputes`),
* some source asserts an attack (its claim's content names an attack type: airstrike, drone
  strike, missile strike, shelling, ground attack, armed clashes, by
  :func:`~rashomon.gazetteer.triggers.classify_event_type`), and
* another source asserts another cause: an accident, a misfire, its own munitions
  (``accident_cues`` in ``data/causes.yaml``),

the type is ``explosion`` ("blast of unknown cause", DESIGN section 5). Each side's account
stays a claim. Two accounts of the same kind of attack by different parties (a Russian or a
Ukrainian missile) keep their type: the cause is not disputed, only the perpetrator.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from rashomon.data import load as load_data
from rashomon.gazetteer.triggers import classify_event_type, find_triggers
from rashomon.types import Claim, Dispute, EventType

NEUTRAL: EventType = "explosion"
# armed clashes are an attack (clashes at a depot vs its stored ammunition exploding: a blast of
# unknown cause); a shooting is not: the neutral type is a blast, which would take the side of
# the accident account against "troops opened fire on the crowd"
ATTACKS = frozenset({"airstrike", "drone_strike", "missile_strike", "shelling", "ground_attack",
                     "armed_clashes"})
ASSERTING = frozenset({"asserts", "confirms"})


@functools.cache
def _accident() -> re.Pattern[str]:
    data = load_data("causes.yaml")
    words = sorted((" ".join(w.lower().split()) for w in data["accident_cues"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")")


def gives_other_cause(text: str) -> bool:
    """Whether a claim's content gives a cause other than an attack ("a rocket that misfired")."""
    return bool(_accident().search(text.lower()))


def names_attack(text: str) -> bool:
    """Whether a claim's content calls it an attack ("an Israeli air strike hit the hospital")."""
    return bool(find_triggers(text)) and classify_event_type(text) in ATTACKS and not gives_other_cause(text)


def event_type(current: EventType, claims: Sequence[Claim], disputes: Sequence[Dispute]) -> EventType:
    """``explosion`` when sources on a disputed event disagree on the cause, else ``current``."""
    if current == NEUTRAL or not any(d.about in ("perpetrator", "occurrence") for d in disputes):
        return current
    asserting = [c for c in claims if c.stance in ASSERTING]
    attack = {c.source.name for c in asserting if names_attack(c.text)}
    other = {c.source.name for c in asserting if gives_other_cause(c.text)}
    if attack and other and (len(attack | other) > 1):
        return NEUTRAL
    return current
