"""Casualty ranges with the figure of every source (Airwars/UCDP style).

For killed (and, separately, injured) over the claims that carry a figure:

* ``by_source``: {source name: figure}, an ``int`` for an exact figure (min == max), else a
  string: "up to 52", "at least 13", "13–46", "unspecified".
* A source with several figures keeps **one**: the one with the highest upper bound
  (max, or min when there is no max), because tolls rise as bodies are recovered and later
  reports supersede earlier ones; ties prefer an exact figure, then the higher lower bound,
  then the smallest claim id. This is the figure shown and the one compared for
  contradictions (:func:`chosen_figures`).
* Figures in an outlet's own voice (the event's frames, :attr:`Frame.killed`) count too,
  marked as the outlet's: by_source key ``"<outlet> (outlet)"`` (``"article <id> (outlet)"``
  when the outlet is unknown), one figure per key chosen as for a source. They feed the range
  but never a contradiction: gold sets count disagreements between sources only.
* ``min`` = the lowest figure reported by any claim or outlet (its min, or its max when it has
  none); ``max`` = the highest (its max, or its min when it has none). "Unspecified" figures
  (both bounds None) take no part; with no numeric figure both are None. So min <= max, and
  the range covers every figure given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from rashomon.types import CasualtySummary, Claim, Figure, Frame

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


def outlet_label(article_id: str, outlets: Mapping[str, str | None]) -> str:
    """The by_source key of an outlet's own figure: "Reuters (outlet)"."""
    outlet = outlets.get(article_id)
    return f"{outlet} (outlet)" if outlet else f"article {article_id} (outlet)"


def outlet_figures(frames: Sequence[Frame], kind: Kind,
                   outlets: Mapping[str, str | None]) -> dict[str, Figure]:
    """One figure per outlet label among the frames' own figures (preference as for sources)."""
    chosen: dict[str, Figure] = {}
    for frame in sorted(frames, key=lambda f: (f.article_id, f.index)):
        fig = frame.killed if kind == "killed" else frame.injured
        if fig is None:
            continue
        label = outlet_label(frame.article_id, outlets)
        if label not in chosen or _preference(fig) > _preference(chosen[label]):
            chosen[label] = fig
    return chosen


def summarize_casualties(claims: Sequence[Claim], kind: Kind, frames: Sequence[Frame] = (),
                         outlets: Mapping[str, str | None] | None = None) -> CasualtySummary:
    own = outlet_figures(frames, kind, outlets or {})
    figures = [f for f in (figure_of(c, kind) for c in claims) if f is not None]
    figures += own.values()
    lows = [v for v in (lower(f) for f in figures) if v is not None]
    highs = [v for v in (upper(f) for f in figures) if v is not None]
    by_source = {name: render(fig) for name, (_, fig) in chosen_figures(claims, kind).items()}
    for label, fig in own.items():
        by_source.setdefault(label, render(fig))
    return CasualtySummary(
        min=min(lows) if lows else None,
        max=max(highs) if highs else None,
        by_source=dict(sorted(by_source.items())),
    )
