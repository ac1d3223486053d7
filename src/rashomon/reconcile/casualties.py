"""Casualty ranges with the figure of every source (Airwars/UCDP style).

For killed (and, separately, injured) over the claims that carry a figure:

* ``by_source``: {source name: figure}, an ``int`` for an exact figure (min == max), else a
  string: "up to 52", "at least 13", "13–46", "unspecified".
* A source with several figures keeps **one**: the one with the highest upper bound
  (max, or min when there is no max), because tolls rise as bodies are recovered and later
  reports supersede earlier ones; ties prefer an exact figure, then the higher lower bound,
  then the smallest claim id. This is the figure shown and the one compared for
  contradictions (:func:`chosen_figures`).
* ``min`` = the lowest figure reported by any claim (its min, or its max when it has none);
  ``max`` = the highest (its max, or its min when it has none). "Unspecified" figures
  (both bounds None) take no part; with no numeric figure both are None.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from rashomon.types import CasualtySummary, Claim, Figure

Kind = Literal["killed", "injured"]


def figure_of(claim: Claim, kind: Kind) -> Figure | None:
    return claim.killed if kind == "killed" else claim.injured


def render(fig: Figure) -> int | str:
    """The by_source value: 22, "up to 52", "at least 13", "13–46" or "unspecified"."""
    if fig.min is not None and fig.max is not None:
        return fig.min if fig.min == fig.max else f"{fig.min}–{fig.max}"
    if fig.max is not None:
        return f"up to {fig.max}"
    if fig.min is not None:
        return f"at least {fig.min}"
    return "unspecified"


def upper(fig: Figure) -> int | None:
    return fig.max if fig.max is not None else fig.min


def lower(fig: Figure) -> int | None:
    return fig.min if fig.min is not None else fig.max


def _preference(fig: Figure) -> tuple[int, int, int]:
    up, low = upper(fig), fig.min
    exact = fig.min is not None and fig.min == fig.max
    return (up if up is not None else -1, int(exact), low if low is not None else -1)


def chosen_figures(claims: Sequence[Claim], kind: Kind) -> dict[str, tuple[Claim, Figure]]:
    """The one (claim, figure) kept per source name, as documented above."""
    chosen: dict[str, tuple[Claim, Figure]] = {}
    for claim in sorted(claims, key=lambda c: c.id):  # equal figures: smallest id wins
        fig = figure_of(claim, kind)
        if fig is None:
            continue
        name = claim.source.name
        current = chosen.get(name)
        if current is None or _preference(fig) > _preference(current[1]):
            chosen[name] = (claim, fig)
    return chosen


def summarize_casualties(claims: Sequence[Claim], kind: Kind) -> CasualtySummary:
    figures = [f for f in (figure_of(c, kind) for c in claims) if f is not None]
    lows = [v for v in (lower(f) for f in figures) if v is not None]
    highs = [v for v in (upper(f) for f in figures) if v is not None]
    chosen = chosen_figures(claims, kind)
    return CasualtySummary(
        min=min(lows) if lows else None,
        max=max(highs) if highs else None,
        by_source={name: render(fig) for name, (_, fig) in sorted(chosen.items())},
    )
