"""Whether a claim speaks about an incident at all (the frame stage attaches those to it).

A claim is about the incident when it denies or declines, names a perpetrator, gives a
figure, or its content holds an attack word (``triggers.yaml``) or a word about the
incident's victims, toll or nature (``incident_words`` in ``cues.yaml``: "it was a mistake",
"the victims had fled the fighting", "the incident is under review"). A warning or a general
remark (``about == "other"``) is not.
"""

from __future__ import annotations

import functools
import re

from rashomon.extract.event_types import find_triggers
from rashomon.extract.lexicon import load_cues_data
from rashomon.lexicon import case_blind_alternation
from rashomon.types import Claim


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
