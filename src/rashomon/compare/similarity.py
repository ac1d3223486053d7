"""Similarity of two articles on the SemEval-2022 Task 8 dimensions, each in [0, 1] (1 = same).

geography
  Both articles report an incident with a resolved place: the link stage's
  :func:`~rashomon.link.place_similarity` of their incident frames. Otherwise the
  place mentions of the texts, matched softly: same place or within ``SAME_SITE_KM`` 1.0;
  two towns within ``NEAR_KM`` 1 − 0.5·d/NEAR_KM; a country or region and a place in that
  country ``IN_COUNTRY``; two places in one country ``SAME_COUNTRY``; else 0. Each place of
  A takes its best match in B (weighted by mentions) and vice versa; the mean of both ways.
time
  Both incidents dated: the link stage's :func:`~rashomon.link.date_similarity`
  (0 beyond the link window). Else the publication dates, else the closest pair of dates
  named in the texts: ``1 / (1 + gap / TIME_HALF_DAYS)``.
entities
  Cosine of the sublinear mention counts (1 + log n) of the entity keys: canonical actors
  where the gazetteer knows them, else folded names; claim sources and frame actors included.
  (On the SemEval en-en pairs it correlates better with the gold Entities than a weighted or
  plain Jaccard: r 0.58 against 0.45 and 0.44.)
narrative
  Cosine of sublinear term-frequency vectors (1 + log tf) of the content words, times an
  inverse document frequency when one is given (the SemEval benchmark fits one on its corpus
  and reports both; the ``compare`` command has two documents and uses none).
overall
  A clipped linear combination of their square roots, fitted on SemEval (``OVERALL_WEIGHTS``).

A dimension with nothing to compare on one side is "unknown" and scores the neutral 0.5.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from rashomon.compare.model import Dimension
from rashomon.compare.profile import ArticleProfile
from rashomon.config import Options, setting
from rashomon.gazetteer import distance_km
from rashomon.link import Verdict, date_similarity, place_similarity, prepare, same_event
from rashomon.types import Location

# the tuned numbers of the dimensions; their provenance is in data/settings.toml
NEUTRAL: float = setting("compare.similarity", "neutral")  # data/settings.toml
SAME_SITE_KM: float = setting("compare.similarity", "same_site_km")  # data/settings.toml
NEAR_KM: float = setting("compare.similarity", "near_km")  # data/settings.toml
IN_COUNTRY: float = setting("compare.similarity", "in_country")  # data/settings.toml
SAME_COUNTRY: float = setting("compare.similarity", "same_country")  # data/settings.toml
TIME_HALF_DAYS: float = setting("compare.similarity", "time_half_days")  # data/settings.toml
BROAD = frozenset({"country", "region"})

# overall = clip(intercept + Σ w·√dimension, 0, 1). Fitted by non-negative least squares
# (rashomon.compare.benchmarks.fit_overall) against (4 − gold Overall)/3 on the 161 en-en pairs
# of training_set.csv of the SemEval-2022 Task 8 sample (../shared/datasets/
# semeval2022-task8-sample), narrative with the corpus idf; reported on the 193 pairs of
# testing_set.csv (`rashomon compare --semeval DIR`). The square root: √narrative correlates
# better with the gold Overall than narrative (r 0.79 vs 0.74). Geography, entities and time
# came out at 0: on these general-news pairs they add nothing the text similarity lacks (time
# is known for 15 of 354 pairs). For two reports of an incident the link stage, which weighs
# place and date, decides "same event" (see link_decision), not this score.
OVERALL_WEIGHTS: Mapping[str, float] = {  # data/settings.toml
    "intercept": setting("compare.similarity", "overall_intercept"),
    "geography": setting("compare.similarity", "overall_geography"),
    "entities": setting("compare.similarity", "overall_entities"),
    "time": setting("compare.similarity", "overall_time"),
    "narrative": setting("compare.similarity", "overall_narrative"),
}
# same event when overall ≥ this (articles without incident frames; else the link stage
# decides). Chosen on the same training pairs: best F1 against gold Overall ≤ 1.5 ("same story").
SAME_EVENT_OVERALL: float = setting("compare.similarity", "same_event_overall")  # data/settings.toml


def _place_pair(p: Location, q: Location) -> float:
    if p.name == q.name and p.country == q.country:
        return 1.0
    pb, qb = p.precision in BROAD, q.precision in BROAD
    if pb or qb:
        return IN_COUNTRY if p.country and p.country == q.country else 0.0
    d = distance_km(p, q)  # inf when a coordinate is missing
    if d <= SAME_SITE_KM:
        return 1.0
    if d <= NEAR_KM:
        return 1.0 - 0.5 * d / NEAR_KM
    return SAME_COUNTRY if p.country and p.country == q.country else 0.0


def _soft_overlap(a: Sequence[tuple[Location, int]], b: Sequence[tuple[Location, int]]) -> float:
    def one_way(x: Sequence[tuple[Location, int]], y: Sequence[tuple[Location, int]]) -> float:
        total = sum(n for _, n in x)
        return sum(n * max(_place_pair(p, q) for q, _ in y) for p, n in x) / total

    return 0.5 * (one_way(a, b) + one_way(b, a))


def geography(a: ArticleProfile, b: ArticleProfile, options: Options) -> Dimension:
    fa = [f for f in a.main_frames if f.location is not None]
    fb = [f for f in b.main_frames if f.location is not None]
    if fa and fb:
        s = max(place_similarity(prepare(x), prepare(y), options.link_radius_km)
                for x in fa for y in fb)
        assert fa[0].location is not None and fb[0].location is not None
        return Dimension("geography", s, f"incident places: {fa[0].location.name} / {fb[0].location.name}")
    if not a.places or not b.places:
        return Dimension("geography", NEUTRAL, "no resolved place on one side", known=False)
    s = _soft_overlap(a.places, b.places)
    return Dimension("geography", s, f"{len(a.places)} / {len(b.places)} places named")


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _closeness(gap_days: int) -> float:
    return 1.0 / (1.0 + gap_days / TIME_HALF_DAYS)


def _min_gap(xs: Sequence[str], ys: Sequence[str]) -> int | None:
    da = sorted({d for d in map(_day, xs) if d is not None})
    db = sorted({d for d in map(_day, ys) if d is not None})
    if not da or not db:
        return None
    return min(abs((x - y).days) for x in da for y in db)


def time(a: ArticleProfile, b: ArticleProfile, options: Options) -> Dimension:
    fa = [f for f in a.main_frames if f.date]
    fb = [f for f in b.main_frames if f.date]
    if fa and fb:
        pa, pb = a.article.published, b.article.published
        s = max(date_similarity(prepare(x, pa), prepare(y, pb), options.link_date_window_days)
                for x in fa for y in fb)
        return Dimension("time", s, f"incident dates: {fa[0].date} / {fb[0].date}")
    pa, pb = a.article.published, b.article.published
    if pa and pb:
        gap = _min_gap([pa], [pb])
        if gap is not None:
            return Dimension("time", _closeness(gap), f"published {gap} days apart")
    gap = _min_gap(a.dates, b.dates)
    if gap is not None:
        return Dimension("time", _closeness(gap), f"closest dates named {gap} days apart")
    return Dimension("time", NEUTRAL, "no date on one side", known=False)


def entities(a: ArticleProfile, b: ArticleProfile) -> Dimension:
    if not a.entities or not b.entities:
        return Dimension("entities", NEUTRAL, "no named entity on one side", known=False)
    common = len(a.entities.keys() & b.entities.keys())
    total = len(a.entities.keys() | b.entities.keys())
    return Dimension("entities", cosine(a.entities, b.entities), f"{common} of {total} entities in common")


@dataclass(frozen=True, slots=True)
class Idf:
    """Inverse document frequencies of content words; a word not seen gets ``default``."""

    weights: Mapping[str, float]
    default: float

    @classmethod
    def fit(cls, docs: Iterable[Mapping[str, int]]) -> Idf:
        """Smoothed idf, ``log((1 + n) / (1 + df)) + 1``, over the term counts of ``docs``."""
        df: Counter[str] = Counter()
        n = 0
        for terms in docs:
            df.update(terms.keys())
            n += 1
        weights = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
        return cls(weights, math.log(1 + n) + 1.0)


def _weights(counts: Mapping[str, int], idf: Idf | None) -> dict[str, float]:
    if idf is None:
        return {t: 1.0 + math.log(n) for t, n in counts.items()}
    return {t: (1.0 + math.log(n)) * idf.weights.get(t, idf.default) for t, n in counts.items()}


def cosine(a: Mapping[str, int], b: Mapping[str, int], idf: Idf | None = None) -> float:
    """Cosine of sublinear tf (·idf) vectors: (1 + log tf) · idf."""
    wa, wb = _weights(a, idf), _weights(b, idf)
    dot = sum(w * wb[t] for t, w in wa.items() if t in wb)
    na = math.sqrt(sum(w * w for w in wa.values()))
    nb = math.sqrt(sum(w * w for w in wb.values()))
    return dot / (na * nb) if na and nb else 0.0


def narrative(a: ArticleProfile, b: ArticleProfile, idf: Idf | None = None) -> Dimension:
    if not a.terms or not b.terms:
        return Dimension("narrative", NEUTRAL, "no content words on one side", known=False)
    s = cosine(a.terms, b.terms, idf)
    return Dimension("narrative", s, "tf-idf cosine" if idf else "tf cosine of content words")


def overall(dims: Mapping[str, float], weights: Mapping[str, float] = OVERALL_WEIGHTS) -> float:
    """``clip(intercept + Σ w·√dimension, 0, 1)``."""
    value = weights.get("intercept", 0.0) + sum(
        w * math.sqrt(dims[k]) for k, w in weights.items() if k != "intercept")
    return min(1.0, max(0.0, value))


def dimensions(a: ArticleProfile, b: ArticleProfile, options: Options,
               idf: Idf | None = None,
               weights: Mapping[str, float] = OVERALL_WEIGHTS) -> tuple[Dimension, ...]:
    """geography, entities, time, narrative, overall."""
    dims = (geography(a, b, options), entities(a, b), time(a, b, options), narrative(a, b, idf))
    total = overall({d.name: d.score for d in dims}, weights)
    return (*dims, Dimension("overall", total, "weighted sum (fitted on SemEval-2022 Task 8 en-en)"))


def link_decision(a: ArticleProfile, b: ArticleProfile, options: Options) -> Verdict | None:
    """The link stage's verdict on the two articles' incidents: :func:`rashomon.link.same_event`,
    the decision ``analyze`` makes for a corpus of these two articles. None when either
    reports no incident with a place and a violent-event type."""
    return same_event((a.result.frames, a.claims, a.article.published),
                      (b.result.frames, b.claims, b.article.published), options)
