"""Measurements of the compare similarity on public data (``rashomon compare --semeval DIR``
and ``--ecb DIR``). Functions return figures; the CLI prints them.

SemEval-2022 Task 8 (en-en pairs of the sample): Pearson correlation of ``4 − 3·overall``
(our score on the task's 1–4 scale, 1 = very similar) with the gold ``Overall``, on the
testing half (the overall weights were fitted on the training half), the training half and
all pairs; the weights refitted on the training half by the current code are reported too.

ECB+: documents clustered into events by average-link over the compare decision
(:func:`affinity`), B³ precision/recall/F1 against the gold sub-topic clusters, within each
topic (the standard setting: topics are given) and over the whole corpus, with baselines.

Both use the same per-article profile and similarity code as ``rashomon compare``. One
difference: the narrative cosine here weights terms by an inverse document frequency fitted
on the benchmark's own articles (a pair alone has no corpus for it); the SemEval figures are
also given without it, which is exactly what ``compare`` computes.

Measured (2 shared cores): SemEval en-en, 354 pairs / 700 articles, about 4 min: Pearson r
0.775 on the testing half (193 pairs; weights fitted on the 161 training pairs), 0.836 on
the training half, 0.803 on all; tf only (as ``compare``) 0.748 / 0.783 / 0.763. ECB+, all
982 full documents (19 min of profiling, 2 min of 481,671 pairs): B³ within topics P 0.879
R 0.820 F1 0.848 (one cluster per topic: F1 0.685; singletons: 0.161); over all documents
the same 0.848 (no cluster crosses topics). ``--max-chars`` gives a lighter ECB+ run.
These full-corpus figures predate the one-parse profile (2026-12-06) and were not re-run; on
the gate's subsets (ECB+ topics 8/12/19/41, 60 SemEval testing pairs) it changed no digit.
"""

from __future__ import annotations

import logging
import math
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from rashomon.compare import compare_profiles
from rashomon.compare.datasets import EcbDoc, SemevalPair, read_ecb, read_semeval
from rashomon.compare.model import Comparison, to_semeval
from rashomon.compare.profile import ArticleProfile, profile_article
from rashomon.compare.similarity import SAME_EVENT_OVERALL, Idf
from rashomon.config import Options, setting
from rashomon.normalize import content_hash, normalize_text
from rashomon.pipeline import Resources
from rashomon.types import Article

logger = logging.getLogger(__name__)

FEATURES = ("geography", "entities", "time", "narrative")
Progress = Callable[[str, int, int], None]  # (stage, done, total)
DECISION_MARGIN: float = setting("compare.benchmarks", "decision_margin")  # data/settings.toml


# --- metrics ---------------------------------------------------------------------------
def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson's r; nan when either side is constant or there are fewer than two points."""
    if len(xs) != len(ys):
        raise ValueError("pearson: sequences of different lengths")
    n = len(xs)
    if n < 2:
        return math.nan
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else math.nan


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def b_cubed(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> PRF:
    """B³ (Bagga & Baldwin 1998) of a clustering (item -> cluster label) against the gold one."""
    if predicted.keys() != gold.keys():
        raise ValueError("b_cubed: predicted and gold clusterings cover different items")
    if not gold:
        return PRF(math.nan, math.nan, math.nan)
    pred_members: dict[Hashable, set[str]] = defaultdict(set)
    gold_members: dict[Hashable, set[str]] = defaultdict(set)
    for item, label in predicted.items():
        pred_members[label].add(item)
    for item, label in gold.items():
        gold_members[label].add(item)
    p = r = 0.0
    for item in gold:
        pc, gc = pred_members[predicted[item]], gold_members[gold[item]]
        both = len(pc & gc)
        p += both / len(pc)
        r += both / len(gc)
    p, r = p / len(gold), r / len(gold)
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def average_link(sim: np.ndarray, threshold: float) -> list[int]:
    """Average-link agglomerative clustering: merge the most similar pair of clusters while
    their mean pairwise similarity is ≥ ``threshold``. Returns a cluster label per item."""
    n = len(sim)
    s = np.array(sim, dtype=float)
    np.fill_diagonal(s, -np.inf)
    sizes = np.ones(n)
    label = list(range(n))
    while n > 1:
        i, j = divmod(int(np.argmax(s)), len(s))
        if s[i, j] < threshold:
            break
        merged = (s[i] * sizes[i] + s[j] * sizes[j]) / (sizes[i] + sizes[j])
        s[i, :] = merged
        s[:, i] = merged
        s[i, i] = s[j, :] = s[:, j] = -np.inf
        sizes[i] += sizes[j]
        label = [i if x == j else x for x in label]
    return label


# --- shared steps ----------------------------------------------------------------------
def _article(doc_id: str, text: str) -> Article:
    clean = normalize_text(text)
    return Article(id=doc_id, text=clean, input=doc_id, content_hash=content_hash(clean))


def profiles_of(texts: Mapping[str, str], res: Resources, progress: Progress | None = None,
                stage: str = "profile") -> dict[str, ArticleProfile]:
    out: dict[str, ArticleProfile] = {}
    for n, (doc_id, text) in enumerate(texts.items(), start=1):
        out[doc_id] = profile_article(_article(doc_id, text), res)
        if progress:
            progress(stage, n, len(texts))
    return out


def affinity(c: Comparison) -> float:
    """The pair score clustering uses: overall, moved past the threshold when the link stage
    decided that the two are one incident (so average-link follows a positive link verdict).
    A verdict of "apart" is not forced on the clustering: ECB+ groups a story's reports into
    one event where rashomon's incident model keeps them apart by design (riots in Athens
    and in Thessaloniki; a piracy story told from Aden and from Delhi), and undated reports
    sharing no detail are apart only for want of evidence. There the overall score stands."""
    if c.decided_by == "link" and c.same_event:
        return max(c.overall, SAME_EVENT_OVERALL + DECISION_MARGIN)
    return c.overall


def fit_overall(rows: Sequence[Mapping[str, float]], targets: Sequence[float]) -> dict[str, float]:
    """Least-squares weights (intercept + FEATURES) of targets in [0, 1]; a feature whose
    weight comes out negative is dropped and the rest refitted (non-negative weights)."""
    kept = list(FEATURES)
    y = np.array(targets, dtype=float)
    while True:
        x = np.array([[1.0, *(r[f] for f in kept)] for r in rows])
        coef = np.linalg.lstsq(x, y, rcond=None)[0]
        negative = [f for f, w in zip(kept, coef[1:], strict=True) if w < 0]
        if not negative:
            break
        kept.remove(negative[0])
    weights = dict.fromkeys(FEATURES, 0.0)
    weights.update({f: round(float(w), 3) for f, w in zip(kept, coef[1:], strict=True)})
    return {"intercept": round(float(coef[0]), 3), **weights}


# --- SemEval-2022 Task 8 ---------------------------------------------------------------
# measurement protocol (the gold's scale, not ours): gold Overall ≤ this (1 = very similar) is "same story"
SAME_STORY_GOLD = 1.5


@dataclass(frozen=True, slots=True)
class SemevalReport:
    pairs: int
    train_pairs: int
    test_pairs: int
    pearson: dict[str, float]  # r(4 − 3·overall, gold Overall), positive is good: "test", "train", "all"
    pearson_tf: dict[str, float]  # the same without idf: exactly what `rashomon compare` computes
    pearson_by_dimension: dict[str, float]  # each dimension vs its gold column, all pairs (idf)
    fitted_weights: dict[str, float]  # refitted on the training half by this run (√dimensions)
    best_threshold: float  # overall threshold of best same-story F1 on the training half
    same_event_f1: float  # the same-event decision vs gold Overall ≤ 1.5, testing half
    seconds: float


def _split_pearson(ours: Sequence[float], gold: Sequence[float], pairs: Sequence[SemevalPair]) -> dict[str, float]:
    out = {}
    for name in ("test", "train"):
        idx = [i for i, p in enumerate(pairs) if p.split == name]
        out[name] = pearson([ours[i] for i in idx], [gold[i] for i in idx])
    out["all"] = pearson(ours, gold)
    return out


def _f1(pred: Sequence[bool], real: Sequence[bool]) -> float:
    tp = sum(1 for p, r in zip(pred, real, strict=True) if p and r)
    return 2 * tp / (sum(pred) + sum(real)) if sum(pred) + sum(real) else math.nan


def semeval_report(pairs: Sequence[SemevalPair], profiles: Mapping[str, ArticleProfile], options: Options,
                   seconds: float = 0.0) -> SemevalReport:
    """Figures of already profiled pairs (see :func:`run_semeval`)."""
    idf = Idf.fit(p.terms for p in profiles.values())
    comps = [compare_profiles(profiles[p.id1], profiles[p.id2], options, idf, with_claims=False) for p in pairs]
    plain = [compare_profiles(profiles[p.id1], profiles[p.id2], options, None, with_claims=False) for p in pairs]
    gold = [p.gold["Overall"] for p in pairs]
    train = [i for i, p in enumerate(pairs) if p.split == "train"]
    test = [i for i, p in enumerate(pairs) if p.split == "test"]
    by_dim = {d: pearson([c.dimension(d).semeval for c in comps], [p.gold[d.capitalize()] for p in pairs])
              for d in (*FEATURES, "overall")}
    rows = [{d: math.sqrt(comps[i].dimension(d).score) for d in FEATURES} for i in train]
    fitted = fit_overall(rows, [(4 - gold[i]) / 3 for i in train]) if len(train) > len(FEATURES) else {}
    real = [g <= SAME_STORY_GOLD for g in gold]
    thresholds = [t / 100 for t in range(20, 81, 5)]
    best = max(thresholds, key=lambda t: _f1([comps[i].overall >= t for i in train], [real[i] for i in train]))
    return SemevalReport(
        pairs=len(pairs), train_pairs=len(train), test_pairs=len(test),
        pearson=_split_pearson([to_semeval(c.overall) for c in comps], gold, pairs),
        pearson_tf=_split_pearson([to_semeval(c.overall) for c in plain], gold, pairs),
        pearson_by_dimension=by_dim, fitted_weights=fitted, best_threshold=best,
        same_event_f1=_f1([comps[i].same_event for i in test], [real[i] for i in test]), seconds=seconds)


def run_semeval(folder: str | Path, res: Resources, *, limit: int | None = None,
                progress: Progress | None = None) -> SemevalReport:
    """Profile and score the en-en pairs (the first ``limit`` of them when given)."""
    started = time.perf_counter()
    pairs: list[SemevalPair] = read_semeval(folder)[:limit]
    texts: dict[str, str] = {}
    for p in pairs:
        texts.setdefault(p.id1, p.text1)
        texts.setdefault(p.id2, p.text2)
    profiles = profiles_of(texts, res, progress)
    return semeval_report(pairs, profiles, res.options, time.perf_counter() - started)


# --- ECB+ ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class EcbReport:
    documents: int
    topics: int
    gold_clusters: int
    scores: dict[str, PRF]  # method -> B³
    seconds: float


def _clusters(ids: Sequence[str], sim: np.ndarray, threshold: float, prefix: str) -> dict[str, str]:
    labels = average_link(sim, threshold)
    return {d: f"{prefix}:{lab}" for d, lab in zip(ids, labels, strict=True)}


def run_ecb(folder: str | Path, res: Resources, *, topics: set[str] | None = None,
            max_chars: int | None = None, over_all: bool = True,
            progress: Progress | None = None) -> EcbReport:
    """Profile ECB+ documents (the first ``max_chars`` of each when given: a lighter run;
    only ``topics`` when given) and cluster them: see :func:`ecb_report`."""
    started = time.perf_counter()
    docs: list[EcbDoc] = read_ecb(folder, topics)
    profiles = profiles_of({d.id: d.text[:max_chars] if max_chars else d.text for d in docs}, res, progress)
    report = ecb_report(docs, profiles, res.options, over_all=over_all, progress=progress)
    return replace(report, seconds=time.perf_counter() - started)


def ecb_report(docs: Sequence[EcbDoc], profiles: Mapping[str, ArticleProfile], options: Options, *,
               over_all: bool = True, progress: Progress | None = None) -> EcbReport:
    """B³ of compare (average-link over :func:`affinity` at ``SAME_EVENT_OVERALL``, within
    topics and, if ``over_all``, over the whole corpus), of the overall score alone (no link
    verdicts) within topics, and of the all-singletons and one-cluster-per-topic baselines."""
    started = time.perf_counter()
    weights_idf = Idf.fit(p.terms for p in profiles.values())
    ids = [d.id for d in docs]
    index = {d: i for i, d in enumerate(ids)}
    n = len(ids)
    full = np.zeros((n, n))
    plain = np.zeros((n, n))  # overall without the link stage's verdicts
    by_topic: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        by_topic[d.topic].append(d.id)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)] if over_all else [
        (index[x], index[y]) for members in by_topic.values()
        for k, x in enumerate(members) for y in members[k + 1:]]
    for done, (i, j) in enumerate(pairs, start=1):
        c = compare_profiles(profiles[ids[i]], profiles[ids[j]], options, weights_idf, with_claims=False)
        full[i, j] = full[j, i] = affinity(c)
        plain[i, j] = plain[j, i] = c.overall
        if progress and (done % 2000 == 0 or done == len(pairs)):
            progress("pairs", done, len(pairs))
    gold = {d.id: d.subtopic for d in docs}
    within: dict[str, str] = {}
    within_plain: dict[str, str] = {}
    for topic, members in by_topic.items():
        sel = [index[m] for m in members]
        within.update(_clusters(members, full[np.ix_(sel, sel)], SAME_EVENT_OVERALL, topic))
        within_plain.update(_clusters(members, plain[np.ix_(sel, sel)], SAME_EVENT_OVERALL, topic))
    scores = {
        "compare, within topics": b_cubed(within, gold),
        "compare without the link verdicts (overall only), within topics": b_cubed(within_plain, gold),
        "baseline: one cluster per topic": b_cubed({d.id: d.topic for d in docs}, gold),
        "baseline: all singletons": b_cubed({d: d for d in ids}, gold),
    }
    if over_all:
        scores["compare, over all documents"] = b_cubed(_clusters(ids, full, SAME_EVENT_OVERALL, "all"), gold)
    return EcbReport(documents=n, topics=len(by_topic), gold_clusters=len(set(gold.values())),
                     scores=scores, seconds=time.perf_counter() - started)
