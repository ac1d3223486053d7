"""Quality floors of ``rashomon compare`` on the public data sets beside the project
(``../shared/datasets``); skipped when they are absent. Figures are read from the data at test
time; nothing of it is copied here. A floor is raised when quality rises, never lowered
silently (measured values are in the comments)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.compare import compare_profiles
from rashomon.compare.benchmarks import pearson, profiles_of, run_ecb
from rashomon.compare.datasets import read_semeval
from rashomon.compare.model import to_semeval

DATASETS = Path(__file__).resolve().parents[2].parent / "shared" / "datasets"
SEMEVAL = DATASETS / "semeval2022-task8-sample"
ECB = DATASETS / "ecb-plus"

SEMEVAL_PAIRS = 60  # the first testing-half en-en pairs (not used to fit the weights)
SEMEVAL_CHARS = 3000  # of each text: keeps the test near 15 s
SEMEVAL_FLOOR = 0.70  # measured 0.742 (all 193 testing pairs, full texts: 0.748)
ECB_TOPICS = {"8", "12", "19", "41"}  # bank bombing, pirates, riots, Gaza: incidents like ours
# measured B³ F1 0.732 within topics (one cluster per topic: 0.681); 0.736 on 2026-12-06, where
# clustering follows the link stage's "same event" verdicts only (compare/benchmarks.affinity)
ECB_FLOOR = 0.70


@pytest.mark.skipif(not SEMEVAL.is_dir(), reason="../shared/datasets/semeval2022-task8-sample absent")
def test_semeval_pearson_floor(resources) -> None:  # type: ignore[no-untyped-def]
    pairs = [p for p in read_semeval(SEMEVAL) if p.split == "test"][:SEMEVAL_PAIRS]
    texts: dict[str, str] = {}
    for p in pairs:
        texts.setdefault(p.id1, p.text1[:SEMEVAL_CHARS])
        texts.setdefault(p.id2, p.text2[:SEMEVAL_CHARS])
    profiles = profiles_of(texts, resources)
    ours = [to_semeval(compare_profiles(profiles[p.id1], profiles[p.id2], resources.options,
                                        with_claims=False).overall) for p in pairs]
    r = pearson(ours, [p.gold["Overall"] for p in pairs])
    assert r >= SEMEVAL_FLOOR, f"Pearson r {r:.3f} on {len(pairs)} SemEval testing pairs"


@pytest.mark.skipif(not ECB.is_dir(), reason="../shared/datasets/ecb-plus absent")
def test_ecb_b_cubed_floor(resources) -> None:  # type: ignore[no-untyped-def]
    report = run_ecb(ECB, resources, topics=ECB_TOPICS, over_all=False)
    ours = report.scores["compare, within topics"]
    assert ours.f1 >= ECB_FLOOR, f"B³ F1 {ours.f1:.3f} on ECB+ topics {sorted(ECB_TOPICS)}"
    assert ours.f1 > report.scores["baseline: one cluster per topic"].f1
    assert ours.f1 > report.scores["baseline: all singletons"].f1
