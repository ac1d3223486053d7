"""Whether a claim speaks about an incident at all (the frame stage attaches those to it).

A claim is about the incident when it denies or declines, names a perpetrator, gives a
figure, or its content holds an attack word (``triggers.yaml``) or a word about the
incident's victims, toll or nature (``incident_words`` in ``cues.yaml``: "it was a mistake",
"the victims had fled the fighting", "the incident is under review"). A warning or a general
remark (``about == "other"``) is not.

A claim with none of those words is about the incident still when it names the incident's
target ("The bus was carrying children", "its convoy had coordinated its movements with the
army"): :func:`join_by_target`, after the article's frames are read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from rashomon.config import setting
from rashomon.extract.lexicon import load_cues_data, word_set
from rashomon.gazetteer.triggers import find_triggers
from rashomon.lexicon import case_blind_alternation
from rashomon.types import Claim, Frame

NOT_TARGET_HEADS = word_set("not_target_heads")
MIN_TARGET_HEAD: int = setting("extract.claim_relevance", "min_target_head")  # characters of a head word


@functools.cache
def _incident_words() -> re.Pattern[str]:
    """The incident words (plural -s/-es allowed) as whole words of lower-cased text."""
    return re.compile(rf"\b{case_blind_alternation(load_cues_data()['incident_words'], plural=True)}\b")


def speaks_of_incident(text: str) -> bool:
    """An attack word or an incident word in ``text``."""
    return bool(find_triggers(text)) or bool(_incident_words().search(text.lower()))


def about_incident(claim: Claim) -> bool:
    """Whether ``claim`` is about an incident (see the module docstring)."""
    if claim.about == "other":
        return False  # a general remark or a warning about the future (extract.claims)
    if claim.stance in {"denies", "declines_comment"} or claim.perpetrator:
        return True
    if claim.killed is not None or claim.injured is not None:
        return True
    return speaks_of_incident(claim.text)


def target_head(target: str) -> str | None:
    """The head word of a frame's target that may name it again ("humanitarian convoy" →
    "convoy", "staff of the charity" → "staff"); None for people, actors, names and places
    by direction ("innocent people", "rebels", "the south")."""
    words = target.split(" of ")[0].split()
    if not words:
        return None
    head = words[-1].strip(".,;:'’\"“”")
    low = head.lower()
    if len(low) < MIN_TARGET_HEAD or not head.isalpha() or head[:1].isupper() or low in NOT_TARGET_HEADS \
            or low.rstrip("s") in NOT_TARGET_HEADS:
        return None
    return low


def join_by_target(claims: Sequence[Claim], claim_frames: Sequence[int | None],
                   frames: Sequence[Frame]) -> tuple[int | None, ...]:
    """The frame of each claim, with the claims about no incident that name the main
    incident's target joined to it (not a general remark: ``about == "other"``)."""
    main = next((f for f in frames if f.index == 0 and not f.background), None)
    heads = sorted({h for t in (main.targets if main is not None else ()) if (h := target_head(t))})
    if not heads:
        return tuple(claim_frames)
    named = re.compile(rf"\b(?:{'|'.join(map(re.escape, heads))})(?:e?s)?\b", re.IGNORECASE)
    return tuple(0 if f is None and c.about != "other" and named.search(c.text) else f
                 for c, f in zip(claims, claim_frames, strict=True))
