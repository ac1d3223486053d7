"""Claims two articles share and claims on which they contradict each other.

shared
  A claim of A and a claim of B by the same source (equal names or one party,
  :func:`~rashomon.reconcile.same_party`) with the same stance group (asserts/
  confirms, denies, declines to comment) that say the same thing: the same perpetrator, the
  same exact casualty figure, or both a denial about the incident or its perpetrator.
contradictions
  The reconcile stage's rules (:mod:`rashomon.reconcile.contradictions`), applied to each
  claim of A against each claim of B: perpetrator asserted vs denied, two different
  perpetrators, occurrence asserted vs denied, casualty figures that cannot both hold (or an
  exact figure against a much larger upper bound: "disputed"). Unlike within one event, a
  source contradicting itself across the two articles counts too. A disagreement both
  articles carry alike (each repeats both accounts) is not one between the articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rashomon.compare.model import ClaimPair
from rashomon.reconcile import (
    Kind,
    chosen_figures,
    claim_contradictions,
    figure_conflict,
    is_placeholder,
    render_figure,
    same_party,
)
from rashomon.types import Claim, Figure

KINDS: tuple[Kind, ...] = ("killed", "injured")
_GROUP = {"asserts": "asserts", "confirms": "asserts", "denies": "denies", "declines_comment": "declines"}


def _same_source(a: Claim, b: Claim) -> bool:
    na, nb = a.source.name, b.source.name
    if is_placeholder(na) or is_placeholder(nb):
        return False
    return na.casefold() == nb.casefold() or same_party(na, nb)


def _exact(fig: Figure | None) -> int | None:
    return fig.min if fig is not None and fig.min is not None and fig.min == fig.max else None


def _describe(c: Claim) -> str:
    if c.stance == "denies":
        return f"denies{f' ({c.perpetrator})' if not is_placeholder(c.perpetrator) else ''}"
    if c.stance == "declines_comment":
        return "declines to comment"
    parts = []
    if not is_placeholder(c.perpetrator):
        parts.append(str(c.perpetrator))
    for kind in KINDS:
        fig = c.killed if kind == "killed" else c.injured
        if fig is not None:
            parts.append(f"{render_figure(fig)} {kind}")
    return ", ".join(parts) or ("happened" if c.about == "occurrence" else c.about)


def _agreement(a: Claim, b: Claim) -> str | None:
    """What two claims of one source agree on, or None."""
    group = _GROUP.get(a.stance)
    if group is None or group != _GROUP.get(b.stance):
        return None
    if not is_placeholder(a.perpetrator) and same_party(a.perpetrator, b.perpetrator):
        return "perpetrator"
    for kind in KINDS:
        va = _exact(a.killed if kind == "killed" else a.injured)
        if va is not None and va == _exact(b.killed if kind == "killed" else b.injured):
            return "casualties"
    if group == "denies" and {a.about, b.about} <= {"occurrence", "perpetrator"}:
        return "occurrence"
    if group == "declines" and a.about == b.about:
        return a.about
    return None


def shared_claims(a_claims: Sequence[Claim], b_claims: Sequence[Claim]) -> list[ClaimPair]:
    """One pair per (source, what they agree on, description): the first claims in id order."""
    found: dict[tuple[str, str, str], ClaimPair] = {}
    for a in sorted(a_claims, key=lambda c: c.id):
        for b in sorted(b_claims, key=lambda c: c.id):
            if not _same_source(a, b):
                continue
            about = _agreement(a, b)
            if about is None:
                continue
            summary = f"{a.source.name}: {_describe(a)} (A) = {b.source.name}: {_describe(b)} (B)"
            found.setdefault((a.source.name, about, _describe(a)), ClaimPair(about, a, b, summary))
    return list(found.values())


def _summary(a: Claim, b: Claim, what_a: str, what_b: str) -> str:
    return f"{a.source.name}: {what_a} (A) vs {b.source.name}: {what_b} (B)"


def _echoed(claim: Claim, others: Sequence[Claim]) -> bool:
    """Whether ``others`` hold the same account (same source, same content) as ``claim``."""
    return any(_same_source(claim, o) and _agreement(claim, o) is not None for o in others)


def contradicting_claims(a_claims: Sequence[Claim], b_claims: Sequence[Claim]) -> list[ClaimPair]:
    """Contradictions between a claim of A and a claim of B, sorted by (about, claim ids).

    A pair is left out when each article also carries the other's account (B repeats a's
    account and A repeats b's): the accounts then disagree within both articles alike, not
    between them.
    """
    found: dict[tuple[str, str, str], ClaimPair] = {}

    def between(a: Claim, b: Claim) -> bool:
        return not (_echoed(a, b_claims) and _echoed(b, a_claims))

    for a in a_claims:
        for b in b_claims:
            if not between(a, b):
                continue
            other = b
            if a.source.name == b.source.name:  # reconcile skips one source; across articles it counts
                other = replace(b, source=replace(b.source, name=b.source.name + " "))
            for c in claim_contradictions(a, other):
                found.setdefault((c.about, a.id, b.id),
                                 ClaimPair(c.about, a, b, _summary(a, b, _describe(a), _describe(b))))
    for kind in KINDS:
        chosen_a = chosen_figures(a_claims, kind).values()
        chosen_b = chosen_figures(b_claims, kind).values()
        for ca, fa in chosen_a:
            for cb, fb in chosen_b:
                verdict = figure_conflict(fa, fb)
                if verdict is None or not between(ca, cb):
                    continue
                summary = _summary(ca, cb, f"{render_figure(fa)} {kind}", f"{render_figure(fb)} {kind}")
                if verdict == "disputed":
                    summary += " (disputed figures)"
                found.setdefault(("casualties", ca.id, cb.id), ClaimPair("casualties", ca, cb, summary))
    return [found[k] for k in sorted(found)]
