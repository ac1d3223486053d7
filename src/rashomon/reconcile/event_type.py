"""The event type when sources disagree on what happened.

The link stage types an event by its frames' trigger words, so the type can take a side. Two
readings here set it back:

**The cause is disputed: the neutral** ``explosion``. A blast one side calls "an Israeli
airstrike" and the other "a misfired rocket" comes out ``airstrike``. When

* the event is disputed (a perpetrator or occurrence dispute,
  :mod:`~rashomon.reconcile.disputes`),
* some source asserts an attack (its claim's content names an attack type: airstrike, drone
  strike, missile strike, shelling, ground attack, armed clashes, by
  :func:`~rashomon.gazetteer.triggers.classify_event_type`), and
* another source asserts another cause: an accident, a misfire, its own munitions
  (``accident_cues`` in ``data/causes.yaml``),

the type is ``explosion`` ("blast of unknown cause", DESIGN section 5). Each side's account
stays a claim. An account that gives another cause for the damage but tells of the attack too,
in a clause of its own ("their forces had targeted military facilities, and the damage in the
centre was caused by our air-defence missiles that malfunctioned"), concedes the attack: it
disputes whose munition did the damage, and the attack keeps its type (:func:`concedes_attack`).
Two accounts of the same kind of attack by different parties (a Russian or a
Ukrainian missile) keep their type: the cause is not disputed, only the perpetrator.

**A clash against one-sided killing: the majority's** ``ground_attack``. The accused side's
version of a massacre is often a clash ("a gunfight with separatists", "an exchange of fire with
terrorists"), and its statement leads the first reports, so the frames say ``armed_clashes``.
When the event is contested (a denial or a dispute) and more sources tell of a one-sided
killing at close quarters (soldiers going house to house, civilians executed, people shot as
they came out: ``one_sided_cues`` in ``data/causes.yaml``, in a claim that names no clash
itself) than call it a clash, the type is ``ground_attack``: the clash is one version, told as a
claim, not the event's type.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence

from rashomon.data import load as load_data
from rashomon.gazetteer.triggers import classify_event_type, find_triggers
from rashomon.lexicon.parties import same_party
from rashomon.types import Claim, Dispute, EventType

logger = logging.getLogger(__name__)

NEUTRAL: EventType = "explosion"
CLASH: EventType = "armed_clashes"
ONE_SIDED: EventType = "ground_attack"
# armed clashes are an attack (clashes at a depot vs its stored ammunition exploding: a blast of
# unknown cause); a shooting is not: the neutral type is a blast, which would take the side of
# the accident account against "troops opened fire on the crowd"
ATTACKS = frozenset({"airstrike", "drone_strike", "missile_strike", "shelling", "ground_attack",
                     "armed_clashes"})
ASSERTING = frozenset({"asserts", "confirms"})
_GAP_WORDS = 4  # words a "…" of a one-sided cue stands for ("shot … who came out")


def _cue_pattern(words: list[str]) -> re.Pattern[str]:
    """Whole-word phrases matched at their start, longest first; "…" is a few words."""
    gap = rf"(?:\s+[\w'’\-]+){{0,{_GAP_WORDS}}}\s+"
    forms = []
    for w in sorted((" ".join(str(w).lower().split()) for w in words), key=len, reverse=True):
        parts = [re.escape(p.strip()).replace(r"\ ", r"\s+") for p in w.split("…")]
        forms.append(gap.join(parts))
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + ")")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(accident cues, one-sided cues) of ``data/causes.yaml``."""
    data = load_data("causes.yaml")
    return _cue_pattern(data["accident_cues"]), _cue_pattern(data.get("one_sided_cues") or ["\u0000"])


def _accident() -> re.Pattern[str]:
    return _patterns()[0]


def _one_sided() -> re.Pattern[str]:
    return _patterns()[1]


def gives_other_cause(text: str) -> bool:
    """Whether a claim's content gives a cause other than an attack ("a rocket that misfired")."""
    return bool(_accident().search(text.lower()))


# where one reported clause ends and the next begins: "said X had targeted the base and that the
# damage was caused by …", "…; the fire was caused by …" (grammar)
_CLAUSES = re.compile(r"\band that\b|\bbut that\b|;|\bwhile\b|\bwhereas\b")
# a generic word of attack ("targeted", "attacked", "hit"): an attack, no mode named
_OTHER: EventType = "other"


def concedes_attack(text: str) -> bool:
    """Whether an account that gives another cause also tells of the attack in a clause of its
    own ("the rebels had targeted army positions and that the damage had been caused by our air
    defence missiles that malfunctioned"): it disputes whose munition did the damage, not that
    the attack took place, so the attack keeps its type."""
    clauses = _CLAUSES.split(text)
    return len(clauses) > 1 and any(
        not gives_other_cause(clause) and classify_event_type(clause) in ATTACKS | {_OTHER}
        for clause in clauses)


def names_attack(text: str) -> bool:
    """Whether a claim's content calls it an attack ("an Israeli air strike hit the hospital")."""
    return bool(find_triggers(text)) and classify_event_type(text) in ATTACKS and not gives_other_cause(text)


def names_clash(text: str) -> bool:
    """Whether a claim's content calls it a clash ("died during a gunfight with separatists")."""
    return classify_event_type(text) == CLASH


def tells_one_sided_killing(text: str) -> bool:
    """Whether a claim's content tells of killing at close quarters by one side ("the soldiers
    went from house to house", "executed nine villagers") and names no clash itself ("civilians
    killed in crossfire during clashes" is the clash's own account)."""
    return bool(_one_sided().search(text.lower())) and not names_clash(text)


def event_type(current: EventType, claims: Sequence[Claim], disputes: Sequence[Dispute]) -> EventType:
    """``explosion`` when sources on a disputed event disagree on the cause; ``ground_attack``
    when a contested clash is told as a one-sided killing by more sources; else ``current``."""
    asserting = [c for c in claims if c.stance in ASSERTING]
    if current == CLASH and (disputes or any(c.stance == "denies" for c in claims)):
        clash = _parties(c.source.name for c in asserting if names_clash(c.text))
        one_sided = _parties(c.source.name for c in asserting if tells_one_sided_killing(c.text))
        if len(one_sided) > len(clash) >= 1:
            return ONE_SIDED
    if current == NEUTRAL or not any(d.about in ("perpetrator", "occurrence") for d in disputes):
        return current
    attack = {c.source.name for c in asserting if names_attack(c.text)}
    other = {c.source.name for c in asserting if gives_other_cause(c.text) and not concedes_attack(c.text)}
    # a party that tells of the attack itself in another claim ("the military confirmed it had
    # carried out an air strike"; "many of the deaths were caused by explosives stored there")
    # concedes it, as in one claim (concedes_attack): it disputes the deaths' cause, not the attack
    conceding = {name for name in other if any(same_party(name, a) for a in attack)}
    if attack and other and not other - conceding:
        logger.debug("the other cause's sources tell of the attack too, type kept: %s", sorted(conceding))
        return current
    if attack and other and (len(attack | other) > 1):
        return NEUTRAL
    return current


def _parties(names: Iterable[str]) -> list[str]:
    """Distinct sources, aliases of one party ("army", "Ethiopian army") counted once."""
    kept: list[str] = []
    for name in sorted(set(names), key=lambda n: (len(n), n)):
        if not any(same_party(name, k) for k in kept):
            kept.append(name)
    return kept
