"""One figure per source: a source that gives the same toll twice in one article ("the police
said 11 were killed … police spokesman X said the 11 dead included …") makes one figure claim,
not two. The gold sets count (source, figure) once per article (CONVENTIONS.md, "numbers"),
and a second copy under other words ("the ministry", "its spokesman") would be a second
party giving the figure, which it is not."""

from __future__ import annotations

from dataclasses import replace

from rashomon.types import Claim, Figure


def _key(figure: Figure | None) -> int | None:
    """The number a figure states ("dozens" states none: nothing to repeat). "At least eight
    wounded" in the lead and "we received eight wounded" in the same doctor's quote state one
    number, so a bound does not make it another figure."""
    if figure is None:
        return None
    return figure.min if figure.min is not None else figure.max


def one_figure_per_source(claims: list[Claim]) -> list[Claim]:
    """``claims`` with a killed or injured figure already given by the same source (its
    canonical name) earlier in the article taken off the later claim. A claim left with no
    figure is dropped when the same source already said the same words; otherwise it stays,
    about what else it says ("… recorded 115 deaths, and accused police of ignoring warnings":
    the accusation stays, as an account of the occurrence)."""
    seen: set[tuple[str, str, int]] = set()
    out: list[Claim] = []
    for claim in claims:
        fields: dict[str, Figure | None] = {}
        for name in ("killed", "injured"):
            key = _key(getattr(claim, name))
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
