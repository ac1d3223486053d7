"""Contradictions: the rules that oppose two claims about one event (they cannot both hold,
or are disputed). An event's contradictions are grouped into disputes, without comparing every
pair, in :mod:`rashomon.reconcile.disputes`; :func:`claim_contradictions` applies the same
rules to one pair (``rashomon compare`` uses it on two articles).

Only claims of **different sources** are compared (by ``source.name``): a source revising
itself is not a contradiction here. Each pair of claims yields at most one contradiction of
a given ``about``; ``claim_ids`` are sorted.

perpetrator
  * asserted vs denied: claim A asserts or confirms perpetrator P (about perpetrator or
    occurrence) and claim B denies, where the denier (B's perpetrator, else B's source)
    is the same party as P (:func:`~rashomon.reconcile.perpetrator.same_party`).
    Summary: "SANA: US vs US military: denies".
  * A vs B: two asserting/confirming claims naming different parties (placeholders such as
    "unknown" ignored). Summary: "SANA: US vs SOHR: Israel" (claims in id order).
occurrence
  A claim about occurrence asserting or confirming it vs a claim about occurrence denying it,
  unless the pair is already a perpetrator contradiction.
  Summary: "PMF: happened vs US military: denies".
casualties (killed and injured separately; each source's figure chosen as in
:mod:`~rashomon.reconcile.casualties`; "unspecified" never contradicts)
  * figures whose intervals do not overlap cannot both hold: "14" vs "38", "at least 40" vs
    "up to 30", "5" vs "13–46".
  * an exact figure v and an upper bound M ≥ v ("22" vs "up to 52") can both hold, but
    analysts treat a large gap as disputed: flagged when M ≥ ``DISPUTE_FACTOR`` · v, with
    "(disputed figures)" in the summary. An exact figure inside a two-sided range, or above a
    lower bound ("40" vs "at least 13"), is consistent: tolls rise, ranges express
    uncertainty.
  Summary: "PMF: 22 killed vs SOHR: up to 52 killed (disputed figures)".
location
  Two asserting/confirming claims placing the incident in different countries
  (``Claim.country``, from territorial phrases: "within the Syrian border" vs "inside Iraqi
  territory"). Summary: "PMF: in SY vs SANA: in IQ".
"""

from __future__ import annotations

import math

from rashomon.config import setting
from rashomon.lexicon.parties import is_placeholder, same_party
from rashomon.reconcile.perpetrator import counts
from rashomon.types import Claim, Contradiction, Figure

# An exact figure and an upper bound at least this many times larger are "disputed"
# ("22 killed" vs "up to 52": 2.4×); provenance in data/settings.toml.
DISPUTE_FACTOR: float = setting("reconcile.contradictions", "dispute_factor")  # data/settings.toml
ASSERTING = frozenset({"asserts", "confirms"})


def _pair(a: Claim, b: Claim) -> tuple[str, str]:
    return (a.id, b.id) if a.id <= b.id else (b.id, a.id)


def denier(claim: Claim) -> str | None:
    """Who a denial clears: its perpetrator, else (about perpetrator or occurrence) its source."""
    if not is_placeholder(claim.perpetrator):
        return claim.perpetrator
    return claim.source.name if claim.about in ("perpetrator", "occurrence") else None


def _asserted_vs_denied(a: Claim, b: Claim) -> Contradiction | None:
    """``a`` names a perpetrator, ``b`` (by or for that party) denies it."""
    if not (counts(a) and a.stance in ASSERTING and b.stance == "denies"):
        return None
    if b.about not in ("perpetrator", "occurrence") or not same_party(a.perpetrator, denier(b)):
        return None
    return Contradiction("perpetrator", _pair(a, b),
                         f"{a.source.name}: {a.perpetrator} vs {b.source.name}: denies")


def _perpetrator_vs_perpetrator(a: Claim, b: Claim) -> Contradiction | None:
    if not (counts(a) and counts(b) and a.stance in ASSERTING and b.stance in ASSERTING):
        return None
    if same_party(a.perpetrator, b.perpetrator):
        return None
    first, second = (a, b) if a.id <= b.id else (b, a)
    return Contradiction("perpetrator", _pair(a, b),
                         f"{first.source.name}: {first.perpetrator} vs "
                         f"{second.source.name}: {second.perpetrator}")


def _occurrence(a: Claim, b: Claim) -> Contradiction | None:
    if not (a.about == "occurrence" == b.about and a.stance in ASSERTING
            and b.stance == "denies"):
        return None
    return Contradiction("occurrence", _pair(a, b),
                         f"{a.source.name}: happened vs {b.source.name}: denies")


def _location(a: Claim, b: Claim) -> Contradiction | None:
    if not (a.country and b.country and a.country != b.country
            and a.stance in ASSERTING and b.stance in ASSERTING):
        return None
    first, second = (a, b) if a.id <= b.id else (b, a)
    return Contradiction("location", _pair(a, b),
                         f"{first.source.name}: in {first.country} vs {second.source.name}: in {second.country}")


def claim_contradictions(a: Claim, b: Claim) -> list[Contradiction]:
    """Perpetrator, occurrence and location contradictions between two claims (either order)."""
    if a.source.name == b.source.name:
        return []
    found: list[Contradiction] = []
    perpetrator = (_asserted_vs_denied(a, b) or _asserted_vs_denied(b, a)
                   or _perpetrator_vs_perpetrator(a, b))
    if perpetrator is not None:
        found.append(perpetrator)
    else:
        occurrence = _occurrence(a, b) or _occurrence(b, a)
        if occurrence is not None:
            found.append(occurrence)
    location = _location(a, b)
    if location is not None:
        found.append(location)
    return found


def _interval(fig: Figure) -> tuple[float, float]:
    low = fig.min if fig.min is not None else 0
    high = fig.max if fig.max is not None else math.inf
    return float(low), float(high)


def figure_conflict(a: Figure, b: Figure) -> str | None:
    """"conflict" (cannot both hold), "disputed" (large gap) or None."""
    if (a.min is None and a.max is None) or (b.min is None and b.max is None):
        return None
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    if ahi < blo or bhi < alo:
        return "conflict"
    for exact, other in ((a, b), (b, a)):
        if exact.min is not None and exact.min == exact.max and other.min is None:
            assert other.max is not None
            if other.max >= DISPUTE_FACTOR * max(exact.min, 1):
                return "disputed"
    return None
