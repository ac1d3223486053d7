"""A claim's confidence: how often claims like it were right on the eval sets.

The rules' claims fall into bins by stance class (affirm: ``asserts``/``confirms``; ``denies``;
``declines_comment``) and by whether the source is named (a known kind) or not. For each bin
``data/settings.toml`` (``[extract.confidence]``) holds what the reliability table of
``rashomon eval`` measured on both eval sets: right units of scored units. The confidence is
that share, pulled toward the pooled share of all bins by ``prior_weight`` pseudo-units
(a small bin cannot claim certainty): ``(right + w·pooled) / (units + w)``. A claim outside
every bin (stance ``unknown``) gets the pooled share.

It replaces the rules' fixed 0.8/0.6 (named or not, minus 0.2 for a bare quote): measured,
a bare quote was right as often as a verb cue, and the stance class told more.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from rashomon.config import setting
from rashomon.types import Claim

CLASSES = {"asserts": "affirm", "confirms": "affirm", "denies": "deny", "declines_comment": "decline"}


@functools.cache
def _shares() -> tuple[dict[tuple[str, bool], float], float]:
    weight = float(setting("extract.confidence", "prior_weight"))
    counts: dict[tuple[str, bool], list[int]] = {
        ("affirm", True): setting("extract.confidence", "affirm_named"),
        ("affirm", False): setting("extract.confidence", "affirm_unnamed"),
        ("deny", True): setting("extract.confidence", "deny_named"),
        ("deny", False): setting("extract.confidence", "deny_unnamed"),
        ("decline", True): setting("extract.confidence", "decline_named"),
        ("decline", False): setting("extract.confidence", "decline_unnamed"),
    }
    right = sum(r for r, _ in counts.values())
    units = sum(n for _, n in counts.values())
    pooled = right / units
    shares = {key: (r + weight * pooled) / (n + weight) for key, (r, n) in counts.items()}
    return shares, pooled


def confidence_bin(stance: str, kind: str) -> str | None:
    """The bin of a claim with this stance and source kind (``"affirm_named"``, the key of its
    counts in settings.toml), None for a stance outside every bin."""
    cls = CLASSES.get(stance)
    return None if cls is None else f"{cls}_{'unnamed' if kind == 'unknown' else 'named'}"


def confidence(claim: Claim) -> float:
    """The measured confidence of a claim's bin, rounded to two decimals."""
    shares, pooled = _shares()
    cls = CLASSES.get(claim.stance)
    share = pooled if cls is None else shares[(cls, claim.source.kind != "unknown")]
    return round(share, 2)


def calibrated(claims: list[Claim]) -> list[Claim]:
    """The claims, each with its measured confidence."""
    return [replace(c, confidence=confidence(c)) for c in claims]
