"""Result types of ``rashomon compare`` and their JSON form (``rashomon.compare/1``).

Scores are similarities in [0, 1], 1 = the same. SemEval-2022 Task 8 scores the same
dimensions on 1–4 with 1 = very similar; :attr:`Dimension.semeval` is ``4 − 3·score``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from rashomon.types import Article, Claim, Figure

COMPARE_SCHEMA = "rashomon.compare/1"
DIMENSIONS = ("geography", "entities", "time", "narrative", "overall")
Decider = Literal["link", "overall"]


def to_semeval(score: float) -> float:
    """A [0, 1] similarity on SemEval's 1 (very similar) … 4 (very dissimilar) scale."""
    return 4.0 - 3.0 * score


@dataclass(frozen=True, slots=True)
class Dimension:
    """One similarity dimension. ``known`` is False when a side had nothing to compare and
    the score is the neutral 0.5; ``basis`` says what was compared."""

    name: str
    score: float
    basis: str
    known: bool = True

    @property
    def semeval(self) -> float:
        return to_semeval(self.score)


@dataclass(frozen=True, slots=True)
class ClaimPair:
    """A claim of article A and one of article B that agree (shared) or contradict."""

    about: str
    a: Claim
    b: Claim
    summary: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """``rashomon compare A B``: same event or not, the similarity breakdown, the claims."""

    a: Article
    b: Article
    same_event: bool
    decided_by: Decider  # "link": both report an incident, the link stage's pair scoring decides
    link_score: float | None  # best link score of the two articles' incident frames
    dimensions: tuple[Dimension, ...]  # in DIMENSIONS order
    shared: tuple[ClaimPair, ...] = ()
    contradictions: tuple[ClaimPair, ...] = ()
    link_reason: str | None = None  # the link stage's evidence ("anchored: same place, same day")

    def dimension(self, name: str) -> Dimension:
        return next(d for d in self.dimensions if d.name == name)

    @property
    def overall(self) -> float:
        return self.dimension("overall").score


def _figure(fig: Figure | None) -> dict[str, int | None] | None:
    return None if fig is None else {"min": fig.min, "max": fig.max}


def _claim(c: Claim) -> dict[str, Any]:
    return {"id": c.id, "source": c.source.name, "stance": c.stance, "about": c.about,
            "perpetrator": c.perpetrator, "killed": _figure(c.killed), "injured": _figure(c.injured),
            "text": c.text, "evidence": {"start": c.evidence.start, "end": c.evidence.end}}


def _article(a: Article) -> dict[str, Any]:
    return {"id": a.id, "input": a.input, "title": a.title, "outlet": a.outlet, "published": a.published}


def _pair(p: ClaimPair) -> dict[str, Any]:
    return {"about": p.about, "summary": p.summary, "a": _claim(p.a), "b": _claim(p.b)}


def comparison_json(c: Comparison) -> dict[str, Any]:
    """The JSON object ``rashomon compare --json`` prints."""
    return {
        "schema": COMPARE_SCHEMA,
        "scale": "similarity in [0, 1], 1 = same; semeval = 4 - 3 * score (1 = very similar … 4)",
        "articles": {"a": _article(c.a), "b": _article(c.b)},
        "same_event": c.same_event,
        "decided_by": c.decided_by,
        "link_score": c.link_score,
        "link_reason": c.link_reason,
        "similarity": {d.name: {"score": round(d.score, 4), "semeval": round(d.semeval, 3),
                                "known": d.known, "basis": d.basis} for d in c.dimensions},
        "shared": [_pair(p) for p in c.shared],
        "contradictions": [_pair(p) for p in c.contradictions],
    }
