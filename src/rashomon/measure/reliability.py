"""How often a claim of each stated confidence is right: the reliability table of ``rashomon eval``.

For each confidence value a ledger gives its claims, the claims with that value are scored
alone by the eval set's own ``score.py`` (the others keep their event, so each article's
primary event is unchanged, but lose their stance, so they are not scored): the attribution
units they form (article, source, stance class) and how many of those match a gold unit.
A calibrated confidence is close to that share. Only claims of an article's primary event
count, as in ``score.py``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from types import ModuleType
from typing import Any

from rashomon.extract import confidence_bin
from rashomon.measure.model import Figure

JsonDict = dict[str, Any]


def _alone(scorer: ModuleType, gold: list[JsonDict], ledger: JsonDict,
           keep: Callable[[JsonDict], bool]) -> tuple[int, int]:
    """(scored units, right units) of the claims ``keep`` selects, scored alone."""
    alone = copy.deepcopy(ledger)
    for claim in alone["claims"]:
        if not keep(claim):
            claim["stance"] = "unknown"
    report = scorer.score(gold, alone)["attribution"]
    return int(report["pred"]), int(report["tp"])


def reliability(scorer: ModuleType, gold: list[JsonDict], ledger: JsonDict) -> list[tuple[float, int, int]]:
    """(stated confidence, scored units, right units) for each confidence value of the claims."""
    rows = []
    for value in sorted({float(c["confidence"]) for c in ledger.get("claims", [])}, reverse=True):
        def stated(claim: JsonDict, value: float = value) -> bool:
            return float(claim["confidence"]) == value

        units, right = _alone(scorer, gold, ledger, stated)
        if units:
            rows.append((value, units, right))
    return rows


def bins(scorer: ModuleType, gold: list[JsonDict], ledger: JsonDict) -> dict[str, list[int]]:
    """[right, scored units] of each confidence bin (:func:`rashomon.extract.confidence_bin`):
    the counts ``[extract.confidence]`` of settings.toml holds, measured again."""
    def bin_of(claim: JsonDict) -> str | None:
        return confidence_bin(str(claim["stance"]), str((claim.get("source") or {}).get("kind")))

    out: dict[str, list[int]] = {}
    for name in sorted({b for c in ledger.get("claims", []) if (b := bin_of(c)) is not None}):
        def in_bin(claim: JsonDict, name: str = name) -> bool:
            return bin_of(claim) == name

        units, right = _alone(scorer, gold, ledger, in_bin)
        out[name] = [right, units]
    return out


def calibration_error(rows: list[tuple[float, int, int]]) -> float | None:
    """|stated confidence − share right|, weighted by units (0: perfectly calibrated)."""
    total = sum(units for _, units, _ in rows)
    if not total:
        return None
    return sum(abs(value - right / units) * units for value, units, right in rows) / total


def figures(rows: list[tuple[float, int, int]]) -> list[Figure]:
    """One table row per stated confidence (the share of its units that are right), then the
    calibration error."""
    out = [Figure(f"reliability_{value:.2f}", f"claims stated {value:.2f}: right", round(right / units, 3),
                  f"{right / units:.3f} ({right}/{units} units)")
           for value, units, right in rows]
    error = calibration_error(rows)
    if error is not None:
        out.append(Figure("calibration_error", "confidence calibration error", round(error, 3), f"{error:.3f}"))
    return out
