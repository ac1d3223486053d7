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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rashomon.lexicon.parties import is_placeholder, same_party, words
from rashomon.types import CONTESTED, Claim, Frame, PerpetratorStatus, PerpetratorSummary

PERPETRATOR_ABOUTS = frozenset({"perpetrator", "occurrence"})
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
