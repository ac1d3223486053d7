"""Who is blamed for an event: :class:`PerpetratorSummary` from the event's claims.

Only claims with ``about`` in (perpetrator, occurrence) and a perpetrator that is not a
placeholder ("unknown", "unidentified", …) count. For such a claim with perpetrator P:

* stance ``asserts`` → P is *alleged*.
* stance ``confirms`` by a source that is P itself ("the US military confirmed it struck")
  → P has *acknowledged*. A confirmation by a third party ("officials confirmed Israel
  carried out the strike") is an allegation: P is *alleged*.
* stance ``denies`` → P *denies* (for a denial the perpetrator field names who denies having
  done it).
* ``declines_comment`` and ``unknown`` count for nothing.

A source "is" P (:func:`rashomon.lexicon.parties.same_party`) when their normalized names are equal or the words of
one begin the words of the other ("US" ~ "US military"), unless the next word makes it a
proxy ("Iran" ≁ "Iran-backed militias"; but "US" ~ "US-led coalition"). The resolver is
expected to give both canonical actor names.

Fields: ``alleged``, ``denied_by``, ``acknowledged_by`` are the sorted distinct parties.
``status``, first rule that holds:

1. ``acknowledged``: some party acknowledged and that party never denied.
2. ``contested``: somebody denies (whether or not the denier's name matches an alleged
   party here: a denial always answers an allegation, possibly made under another alias
   or in an article not in the corpus), or two different parties are alleged (aliases of
   one party, by :func:`same_party`, count once), or one of the event's frames holds a
   statement that the authorship is contested ("the two sides traded blame for the
   shelling", "the strike was graded as contested": ``Frame.sources["contested"]``, by
   :mod:`rashomon.extract.frames_contested`), even when no claim names a party.
3. ``alleged``: parties are alleged, nobody denies.
4. ``unknown``: no counting claim.

**Unnamed state forces.** Witnesses and rights groups often name no state: "22 civilians were
killed by soldiers", "government forces … had killed at least 21 civilians", "troops executed
nine men" (``state_forces`` in ``data/triggers.yaml``). Such a claim (asserted by a source that
is not itself a state body, about the occurrence, the casualties or the perpetrator, with no
party of its own) alleges the state that answers for the event: the one party a military or
government source's denial or refusal to comment names ("the army denied its soldiers killed
civilians"). With no such state, or two, it names nobody: whose soldiers is not said.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from rashomon.data import load as load_data
from rashomon.lexicon.parties import is_placeholder, same_party, words
from rashomon.types import CONTESTED, Claim, Frame, PerpetratorStatus, PerpetratorSummary

PERPETRATOR_ABOUTS = frozenset({"perpetrator", "occurrence"})
# the kinds of source whose denial or refusal answers for a state's forces
STATE_KINDS = frozenset({"military", "government"})
ANSWERING = frozenset({"denies", "declines_comment"})
FORCES_ABOUTS = frozenset({"perpetrator", "occurrence", "casualties"})
# grammar, not vocabulary: a few words joined to the forces ("government forces and armed
# herders had killed"), the auxiliaries before the verb, and what makes "soldiers killed in the
# ambush" the victims (a reduced passive: a preposition right after the verb)
_JOINED = r"(?:\s+and(?:\s+[\w'’\-]+){1,5}?)?"
_AUX = r"(?:\s+(?:had|have|has|reportedly|allegedly|then|also))*"
_PASSIVE_AFTER = r"(?!\s+(?:in|by|during|on|when|while|after|near|at\s+(?!least\b))\b)"


def counts(claim: Claim) -> bool:
    """Whether a claim takes part in perpetrator reasoning."""
    return claim.about in PERPETRATOR_ABOUTS and not is_placeholder(claim.perpetrator)


def is_acknowledgement(claim: Claim) -> bool:
    return claim.stance == "confirms" and (
        same_party(claim.source.name, claim.perpetrator)
        or same_party(claim.source.text, claim.perpetrator)
    )


def is_allegation(claim: Claim) -> bool:
    return claim.stance == "asserts" or (
        claim.stance == "confirms" and not is_acknowledgement(claim)
    )


def _any_match(name: str, others: Iterable[str]) -> bool:
    return any(same_party(name, o) for o in others)


def summarize_perpetrator(claims: Sequence[Claim], frames: Sequence[Frame] = ()) -> PerpetratorSummary:
    """The perpetrator summary of an event's claims and frames (rules in the module docstring)."""
    alleged: set[str] = set()
    denied: set[str] = set()
    acknowledged: set[str] = set()
    for claim in claims:
        if not counts(claim):
            continue
        assert claim.perpetrator is not None
        if claim.stance == "denies":
            denied.add(claim.perpetrator)
        elif is_acknowledgement(claim):
            acknowledged.add(claim.perpetrator)
        elif is_allegation(claim):
            alleged.add(claim.perpetrator)

    state = _answering_state(claims)
    if state is not None and any(_blames_state_forces(c, state) for c in claims):
        alleged.add(state)

    status: PerpetratorStatus
    distinct_alleged = _distinct_parties(alleged | acknowledged)
    if any(not _any_match(p, denied) for p in acknowledged):
        status = "acknowledged"
    elif denied or len(distinct_alleged) > 1 or any(CONTESTED in f.sources for f in frames):
        status = "contested"
    elif alleged:
        status = "alleged"
    else:
        status = "unknown"
    return PerpetratorSummary(
        alleged=tuple(sorted(alleged)),
        denied_by=tuple(sorted(denied)),
        acknowledged_by=tuple(sorted(acknowledged)),
        status=status,
    )


def _distinct_parties(names: Iterable[str]) -> list[str]:
    """Names with aliases of one party ("US", "US military") collapsed."""
    kept: list[str] = []
    for name in sorted(names, key=lambda n: (len(words(n)), n)):
        if not _any_match(name, kept):
            kept.append(name)
    return kept


@functools.cache
def _state_forces() -> re.Pattern[str]:
    """ "killed by soldiers", "government forces … had killed": state forces as the doers."""
    data = load_data("triggers.yaml")["state_forces"]

    def alternation(phrases: Iterable[str]) -> str:
        forms = sorted((" ".join(str(p).lower().split()) for p in phrases), key=len, reverse=True)
        return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + ")"

    nouns, verbs = alternation(data["nouns"]), alternation(data["verbs"])
    by = rf"{verbs}\s+by\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?{nouns}"
    doers = rf"{nouns}{_JOINED}{_AUX}\s+{verbs}{_PASSIVE_AFTER}"
    return re.compile(rf"(?<!\w)(?:{by}|{doers})(?!\w)")


def names_state_forces(text: str) -> bool:
    """Whether a text tells of unnamed state forces doing violence ("killed by soldiers")."""
    return bool(_state_forces().search(" ".join(text.lower().split())))


def _answering_state(claims: Sequence[Claim]) -> str | None:
    """The one party a state body's denial or refusal to comment names, if exactly one."""
    named = [c.perpetrator for c in claims
             if c.stance in ANSWERING and c.source.kind in STATE_KINDS and not is_placeholder(c.perpetrator)]
    found = _distinct_parties(p for p in named if p)
    return found[0] if len(found) == 1 else None


def _blames_state_forces(claim: Claim, state: str) -> bool:
    """Whether a claim of a source other than the state blames its forces without naming it."""
    return (claim.stance == "asserts" and claim.about in FORCES_ABOUTS and is_placeholder(claim.perpetrator)
            and claim.source.kind not in STATE_KINDS and not same_party(claim.source.name, state)
            and names_state_forces(claim.text))
