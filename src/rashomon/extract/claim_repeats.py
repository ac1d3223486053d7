"""One figure per source: a source that gives the same toll twice in one article ("the police
said 11 were killed … police spokesman X said the 11 dead included …") makes one figure claim,
not two. The gold sets count (source, figure) once per article (CONVENTIONS.md, "numbers"),
and a second copy under other words ("the ministry", "its spokesman") would be a second
party giving the figure, which it is not."""

from __future__ import annotations

from dataclasses import replace

from rashomon.types import Claim, Figure


def _key(figure: Figure | None, kind: str) -> tuple[int | None, int | None] | None:
    """A figure that says a number ("dozens" says none: nothing to repeat). A killed figure is
    its bounds: "at least 56" and a spokesman's "56" are two figures in the gold sets. An injured
    figure is one number there (CONVENTIONS.md: ``injured`` is an integer), so "at least eight
    wounded" in the lead and the same doctor's "we received eight wounded" are one figure."""
    if figure is None or (figure.min is None and figure.max is None):
        return None
    if kind == "injured":
        stated = figure.max if figure.max is not None else figure.min
        return stated, stated
    return figure.min, figure.max


def one_figure_per_source(claims: list[Claim]) -> list[Claim]:
    """``claims`` with a killed or injured figure already given by the same source (its
    canonical name) earlier in the article taken off the later claim. A claim left with no
    figure is dropped when the same source already said the same words; otherwise it stays,
    about what else it says ("… recorded 115 deaths, and accused police of ignoring warnings":
    the accusation stays, as an account of the occurrence)."""
    seen: set[tuple[str, str, tuple[int | None, int | None]]] = set()
    out: list[Claim] = []
    for claim in claims:
        fields: dict[str, Figure | None] = {}
        for name in ("killed", "injured"):
            key = _key(getattr(claim, name), name)
            if key is None:
                continue
            mark = (claim.source.name, name, key)
            if mark in seen:
                fields[name] = None
            seen.add(mark)
        if fields:
            claim = replace(claim, **fields)  # type: ignore[arg-type]
            if claim.about == "casualties" and claim.killed is None and claim.injured is None:
                if any(c.source.name == claim.source.name and c.stance == claim.stance and c.text == claim.text
                       for c in out):
                    continue  # the same source's same words, already a claim
                claim = replace(claim, about="occurrence")
        out.append(claim)
    return out
