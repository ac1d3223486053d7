"""Target disputes: one source says a strike was aimed at a military target, another that it hit
civilians or that nothing military was there.

"The defence ministry said its forces had struck places where reserve units were deployed" against
"residents said there was no military site nearby" is the commonest disagreement of strikes on
towns (the shared gold's "on target" contradictions: more-conflicts' LNA "site used by militias" vs
GNA "migrant shelter", the coalition's "missile launchers" vs the UN's "bus carrying children"), and
the only one of an incident whose sources agree on who struck and how many died.

A claim's side is read off its evidence with the ``target_*`` words of ``data/casualty_words.yaml``
(reconcile does not load the extract stage):

- **military**: an asserting or confirming claim with a verb of aiming or striking and, a few words
  on, a military target ("struck a command post", "targeted a ceremony held by opposition
  fighters", "precise strikes against terrorist targets");
- **civilian**: an asserting claim saying the aim was civilians ("targeting civilians", "Russia's
  targets were houses, children and sleeping people"), that nothing military was there ("no military
  site nearby", "no fighters in that house, only a family") or that the dead were civilians ("those
  who were killed were shopkeepers").

A claim giving a figure is the casualty dispute's ("killed 12 civilians" counts the dead, it does not
say what was aimed at); a denial is no position here ("denied that it targets civilians" is the
denier's own, often the military side's); a claim reading both ways takes no side. Two claims of one
source are never opposed.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from typing import Literal

from rashomon.lexicon import case_blind_alternation as alt
from rashomon.lexicon import load
from rashomon.types import Claim

logger = logging.getLogger(__name__)

TargetSide = Literal["military", "civilian"]
WINDOW = 80  # characters between a verb of aiming and its target ("struck areas where … reserve units")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load("casualty_words.yaml")
    qualifiers, heads = alt(lex["target_military_qualifiers"]), alt(lex["target_military_heads"])
    military = rf"(?:{qualifiers})\s+(?:[\w'’-]+\s+)?(?:{heads})|{alt(lex['target_military_nouns'])}"
    mil = re.compile(rf"(?i)(?<!\w)(?:{alt(lex['target_verbs'])})(?!\w)[^.;]{{0,{WINDOW}}}?(?<!\w)(?:{military})(?!\w)"
                     r"|(?<!\w)legitimate\s+(?:military\s+)?(?:target|targets|action|operation)(?!\w)")
    civilian = alt(lex["target_civilian_nouns"])
    civ = re.compile(rf"(?i)(?<!\w)(?:{alt(lex['target_aim_verbs'])})(?!\w)[^.;]{{0,60}}?(?<!\w)(?:{civilian})(?!\w)"
                     rf"|(?<!\w)targets\s+were\s+[^.;]{{0,30}}?(?<!\w)(?:{civilian})(?!\w)"
                     rf"|(?<!\w)(?:{alt(lex['target_no_military'])})(?!\w)"
                     rf"|(?<!\w)(?:{alt(lex['target_were_civilians'])})(?!\w)")
    return mil, civ


def target_side(claim: Claim) -> TargetSide | None:
    """The side a claim takes on what the strike was aimed at, or None (module docstring)."""
    if claim.stance not in ("asserts", "confirms") or claim.about == "casualties" \
            or claim.killed is not None or claim.injured is not None:
        return None
    mil, civ = _patterns()
    text = claim.evidence.text
    military, civilian = bool(mil.search(text)), bool(civ.search(text))
    if military == civilian:
        return None
    if civilian and claim.stance != "asserts":
        return None
    return "military" if military else "civilian"


def target_sides(claims: Sequence[Claim]) -> tuple[list[Claim], list[Claim]]:
    """The claims on the military side and those on the civilian side, each only where the other
    side has a claim of another source."""
    sides: dict[TargetSide, list[Claim]] = {"military": [], "civilian": []}
    for claim in claims:
        side = target_side(claim)
        if side is not None:
            sides[side].append(claim)
    mil, civ = sides["military"], sides["civilian"]
    if not any(a.source.name != b.source.name for a in mil for b in civ):
        return [], []
    logger.debug("a target dispute: %r vs %r", [c.evidence.text for c in mil], [c.evidence.text for c in civ])
    return mil, civ
