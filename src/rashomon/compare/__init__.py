"""``rashomon compare A B``: are two articles about the same event, how similar are they on
the SemEval-2022 Task 8 dimensions, and which claims do they share or contradict.

Same event or not: when both articles report a violent incident with a place, the link
stage decides exactly as ``analyze`` would for a corpus of the two articles
(:func:`rashomon.link.same_event`, through :func:`similarity.link_decision`); else
the overall similarity decides (``overall ≥ SAME_EVENT_OVERALL``). Scores are in [0, 1],
1 = same (SemEval's 1–4 scale: ``4 − 3·score``). :mod:`rashomon.compare.benchmarks`
measures the overall score against SemEval-2022 Task 8 and document clustering on ECB+.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from rashomon.compare.claims import contradicting_claims, shared_claims
from rashomon.compare.model import (
    COMPARE_SCHEMA,
    DIMENSIONS,
    ClaimPair,
    Comparison,
    Decider,
    Dimension,
    comparison_json,
)
from rashomon.compare.profile import ArticleProfile, load_article, profile_article
from rashomon.compare.similarity import SAME_EVENT_OVERALL, Idf, dimensions, link_decision
from rashomon.config import Options
from rashomon.pipeline import Resources
from rashomon.types import Article

__all__ = [
    "COMPARE_SCHEMA", "DIMENSIONS", "ArticleProfile", "ClaimPair", "Comparison", "Dimension",
    "compare_articles", "compare_paths", "compare_profiles", "comparison_json", "load_article",
    "profile_article",
]

logger = logging.getLogger(__name__)


def compare_profiles(a: ArticleProfile, b: ArticleProfile, options: Options,
                     idf: Idf | None = None, *, with_claims: bool = True) -> Comparison:
    """Compare two profiles; ``with_claims=False`` skips shared and contradicting claims."""
    dims = dimensions(a, b, options, idf)
    total = dims[-1].score
    verdict = link_decision(a, b, options)
    decided_by: Decider = "link"
    link_score: float | None = None
    link_reason: str | None = None
    if verdict is not None:
        same, link_score, link_reason = verdict.same, verdict.score, verdict.reason
    else:
        same, decided_by = total >= SAME_EVENT_OVERALL, "overall"
    return Comparison(
        a=a.article, b=b.article, same_event=same, decided_by=decided_by,
        link_score=link_score, link_reason=link_reason, dimensions=dims,
        shared=tuple(shared_claims(a.claims, b.claims)) if with_claims else (),
        contradictions=tuple(contradicting_claims(a.claims, b.claims)) if with_claims else (),
    )


def compare_articles(a: Article, b: Article, res: Resources) -> Comparison:
    """Compare two normalized articles (B's id gets a suffix if both have the same id)."""
    if a.id == b.id:
        b = replace(b, id=b.id + "-b")
    return compare_profiles(profile_article(a, res), profile_article(b, res), res.options)


def compare_paths(path_a: str | Path, path_b: str | Path, options: Options,
                  resources: Resources | None = None) -> Comparison:
    """Read, normalize and compare the articles in two files (.txt .md .html .json).

    Raises :class:`~rashomon.errors.InputError` when a file cannot be read or analysed.
    """
    a = load_article(path_a, options)
    b = load_article(path_b, options)
    res = resources or Resources.load(options)
    logger.info("comparing %s with %s", a.input, b.input)
    return compare_articles(a, b, res)
