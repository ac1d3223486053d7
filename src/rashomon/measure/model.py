"""The values the measurement wing returns: a figure with its target, a data set's result, a report.

A :class:`Figure` is one number of one data set (a share, an F1, a count), the text shown for it
(``"0.621 (P 0.970 R 0.457)"``, ``"14/15"``) and, when an issue sets one, its :class:`Target`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Op = Literal[">=", "<=", "=="]
_SIGN = {">=": "≥", "<=": "≤", "==": "="}


@dataclass(frozen=True, slots=True)
class Target:
    """A bound a figure must meet, and where it comes from (``"issue 10"``)."""

    op: Op
    bound: float
    origin: str
    label: str | None = None  # shown instead of the bound ("15/15", "12 of 16")

    def met(self, value: float | None) -> bool | None:
        if value is None:
            return None
        if self.op == ">=":
            return value >= self.bound - 1e-9
        if self.op == "<=":
            return value <= self.bound + 1e-9
        return abs(value - self.bound) < 1e-9

    def text(self) -> str:
        return f"{_SIGN[self.op]} {self.label or format(self.bound, 'g')}"


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured figure: ``key`` is stable (JSON), ``label`` is what the table shows."""

    key: str
    label: str
    value: float | None
    text: str
    target: Target | None = None

    @property
    def met(self) -> bool | None:
        return self.target.met(self.value) if self.target else None


@dataclass(frozen=True, slots=True)
class SetResult:
    """The figures of one data set, or the reason it was not measured."""

    name: str
    title: str
    figures: tuple[Figure, ...] = ()
    skipped: str | None = None
    seconds: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)  # raw numbers for out/eval.json


@dataclass(frozen=True, slots=True)
class Report:
    sets: tuple[SetResult, ...]
    seconds: float
    peak_rss_mb: float
    generator: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values: every figure with its target, and each set's details."""
        return {
            "generator": self.generator,
            "seconds": round(self.seconds, 1),
            "peak_rss_mb": round(self.peak_rss_mb),
            "sets": {s.name: {
                "title": s.title,
                "skipped": s.skipped,
                "seconds": round(s.seconds, 1),
                "figures": {f.key: {"value": f.value, "text": f.text,
                                    "target": f.target.text() if f.target else None,
                                    "target_origin": f.target.origin if f.target else None,
                                    "met": f.met} for f in s.figures},
                "details": s.details,
            } for s in self.sets},
        }


def share(hits: int, total: int) -> float | None:
    """hits / total rounded to 3 places; None when there is nothing to count."""
    return round(hits / total, 3) if total else None


def share_text(hits: int, total: int) -> str:
    value = share(hits, total)
    return "n/a (0 rows)" if value is None else f"{value:.3f} ({hits}/{total})"


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (each 0 when its denominator is 0), rounded to 3 places."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)
