"""The frame builder's trigger words (the ``frames`` section of ``data/triggers.yaml``). The
event-type triggers themselves live in :mod:`rashomon.gazetteer.triggers` (a library below the
stages, so that the reconcile stage reads claims with them without loading the extract stage
and spaCy).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rashomon.lexicon import load as load_data

__all__ = ["FrameLexicon", "frame_lexicon"]


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
