"""The frame builder's trigger words (the ``frames`` section of ``data/triggers.yaml``). The
event-type triggers themselves live in :mod:`rashomon.gazetteer.triggers` (a library below the
stages, so that the reconcile stage reads claims with them without loading the extract stage
and spaCy).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rashomon.lexicon import load as load_data
from rashomon.types import EventType

if TYPE_CHECKING:  # frames_text reads this module's lexicon
    from rashomon.extract.frames_text import Sent

__all__ = ["FrameLexicon", "bomb_attacks", "frame_lexicon"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FrameLexicon:
    """The ``frames`` section of ``data/triggers.yaml``: words the frame builder reads around
    triggers (statement verbs, actor head nouns, place prepositions, caption cues, words that
    introduce another incident)."""

    statement_verbs: frozenset[str]
    actor_heads: frozenset[str]
    place_prepositions: dict[str, float]
    caption_cues: tuple[str, ...]
    other_incident_cues: frozenset[str] = frozenset()
    other_incident: re.Pattern[str] = re.compile(r"(?!)")  # any cue as whole words, built once


@functools.cache
def frame_lexicon() -> FrameLexicon:
    data = load_data("triggers.yaml").get("frames") or {}
    cues = {str(w).lower() for w in data.get("other_incident_cues") or ()}
    return FrameLexicon(
        statement_verbs=frozenset(str(w) for w in data.get("statement_verbs") or ()),
        actor_heads=frozenset(str(w) for w in data.get("actor_heads") or ()),
        place_prepositions={str(k): float(v) for k, v in (data.get("place_prepositions") or {}).items()},
        caption_cues=tuple(str(c) for c in data.get("caption_cues") or ()),
        other_incident_cues=frozenset(cues),
        other_incident=re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(cues)) + r")\b") if cues
        else re.compile(r"(?!)"),
    )


_BOMB = "bomb"  # "bombing", "bombings", "bombed": the generic words of the bomb


def bomb_attacks(etype: EventType, sents: Sequence[Sent], sense: EventType) -> bool:
    """Whether a background incident typed an air strike by the bare "bombing(s)" alone is a
    bomb attack: the article's own incident is one (``sense``, its type), and the incident's
    sentences name no aircraft or air strike ("On Jan. 31 bombings near the shrine killed 71" in
    a report of car bombs there). "Bombing" is either; the article's own bombs tell which."""
    if etype != "airstrike" or sense != "explosion":
        return False
    air = [t for s in sents for t in s.triggers if t.type == "airstrike"]
    if not air or not all(s.generic or not s.type_hint for s in sents) \
            or not all(t.text.lower().startswith(_BOMB) for t in air):
        return False
    logger.debug("a bombing in an article of bomb attacks: %s", sents[0].text[:160])
    return True
