"""The quality gate: every floor of tests/quality/baseline.toml, measured and checked.

One case per set of the baseline (``eval``, ``more-conflicts``, ``sample``, ``sample-places``,
``semeval``, ``ecb``, and the probe corpora ``probe``, ``probe2`` and ``probe3`` of tests/data); each
measures its set once and reports every figure under its floor together. Sets on ``../shared``
skip when it is absent and fail under ``CI=true`` (:func:`tests.conftest.need_shared`). A floor
the measurement does not produce fails, so a renamed figure cannot pass unnoticed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import SHARED, need_shared

from rashomon.compare import compare_profiles
from rashomon.compare.benchmarks import pearson, profiles_of, run_ecb
from rashomon.compare.datasets import read_semeval
from rashomon.compare.model import to_semeval
from rashomon.config import Options
from rashomon.evaluate import format_report, load_gold, score_ledger
from rashomon.gazetteer import distance_km
from rashomon.measure.evalsets import PROBES, measure_probe
from rashomon.pipeline import process_article, read_articles
from rashomon.report import to_dict
from rashomon.sample import sample_corpus
from rashomon.types import Article

BASELINE = Path(__file__).resolve().parent / "baseline.toml"
GOLD = Path(__file__).resolve().parents[1] / "gold" / "sample_gold.jsonl"

SEMEVAL = "datasets/semeval2022-task8-sample"
SEMEVAL_PAIRS = 60  # the first testing-half en-en pairs (not used to fit the weights)
SEMEVAL_CHARS = 3000  # of each text: keeps the measurement near 15 s
ECB = "datasets/ecb-plus"
ECB_TOPICS = {"8", "12", "19", "41"}  # bank bombing, pirates, riots, Gaza: incidents like ours

# own-gold places: the gold place's country names and what counts as the same place
COUNTRY = {"syria": "SY", "iraq": "IQ", "palestine (gaza strip)": "PS", "palestine": "PS",
           "israel": "IL", "poland": "PL", "ukraine": "UA", "lebanon": "LB", "yemen": "YE"}
SAME_SITE_KM = 5.0  # one site resolved twice

Figures = dict[str, Any]


def load_baseline() -> dict[str, Any]:
    with BASELINE.open("rb") as fh:
        return tomllib.load(fh)


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"deny": {"recall": 0.9}} → {"deny.recall": 0.9}."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, Mapping):
            out.update(flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


# --- one measurement per set: figures shaped like the baseline's tables ------------------
def eval_set(name: str) -> Callable[..., Figures]:
    def measure(request: pytest.FixtureRequest) -> Figures:
        run = request.getfixturevalue("scored_eval_set")(name)
        print(f"\n--- {name}: {SHARED / 'eval/score.py'} ---\n{run['figures']}")
        return dict(run["metrics"])

    return measure


def sample(request: pytest.FixtureRequest) -> Figures:
    report = score_ledger(load_gold(GOLD), to_dict(request.getfixturevalue("sample_ledger")))
    print(f"\n{format_report(report)}")
    return report


def _sample_articles() -> dict[str, Article]:
    """The sample corpus by id, and by file name (sample-05.txt has no id of its own)."""
    out: dict[str, Article] = {}
    for art in read_articles([str(sample_corpus())], Options()):
        if isinstance(art, Article):
            out[art.id] = art
            out.setdefault(Path(art.input).stem, art)
    return out


def sample_places(request: pytest.FixtureRequest) -> Figures:
    """The main frame's place of each sample article with a gold event against the gold place:
    right when it is the place the gold text resolves to, or a site within SAME_SITE_KM of it,
    in the gold country ("al-Harra, southeast of Albu Kamal" must give al-Hari, not Albu Kamal)."""
    res = request.getfixturevalue("resources")
    gold = [g for g in load_gold(GOLD) if g.get("event")]
    articles = _sample_articles()
    right, misses = 0, []
    for g in gold:
        article = articles.get(g["id"])
        assert article is not None, g["id"]
        frames = [f for f in process_article(article, res).frames if not f.background]
        loc = frames[0].location if frames else None
        expected = res.places.resolve(g["event"]["location_text"])
        assert expected is not None, f"gold place {g['event']['location_text']!r} does not resolve"
        country = COUNTRY[g["event"]["country"].lower()]
        ok = (loc is not None and loc.country == country == expected.country
              and (loc.name == expected.name or distance_km(loc, expected) <= SAME_SITE_KM))
        right += ok
        if not ok:
            misses.append((g["id"], g["event"]["location_text"], expected.name, loc))
    assert len(gold) >= 15
    print(f"\nown-gold place accuracy {right}/{len(gold)}; misses: {misses}")
    return {"accuracy": right / len(gold)}


def semeval(request: pytest.FixtureRequest) -> Figures:
    need_shared(SEMEVAL)
    res = request.getfixturevalue("resources")
    pairs = [p for p in read_semeval(SHARED / SEMEVAL) if p.split == "test"][:SEMEVAL_PAIRS]
    texts: dict[str, str] = {}
    for p in pairs:
        texts.setdefault(p.id1, p.text1[:SEMEVAL_CHARS])
        texts.setdefault(p.id2, p.text2[:SEMEVAL_CHARS])
    profiles = profiles_of(texts, res)
    ours = [to_semeval(compare_profiles(profiles[p.id1], profiles[p.id2], res.options, with_claims=False).overall)
            for p in pairs]
    return {"pearson_r": pearson(ours, [p.gold["Overall"] for p in pairs])}


def ecb(request: pytest.FixtureRequest) -> Figures:
    need_shared(ECB)
    report = run_ecb(SHARED / ECB, request.getfixturevalue("resources"), topics=ECB_TOPICS, over_all=False)
    ours = report.scores["compare, within topics"]
    # not floors but sanity: clustering must beat both trivial baselines
    assert ours.f1 > report.scores["baseline: one cluster per topic"].f1
    assert ours.f1 > report.scores["baseline: all singletons"].f1
    return {"b_cubed_f1": ours.f1}


def probe_set(name: str) -> Callable[..., Figures]:
    """A probe corpus of tests/data, as ``rashomon eval`` measures it (evalsets.measure_probe)."""
    def measure(request: pytest.FixtureRequest) -> Figures:
        result = measure_probe(name, request.getfixturevalue("resources"))
        report: Figures = result.details["score"]
        assert not report["articles_missing_from_ledger"], name
        print(f"\n--- {name} ---\n{format_report(report)}")
        return report

    return measure


MEASURE: dict[str, Callable[[pytest.FixtureRequest], Figures]] = {
    "eval": eval_set("eval"),
    "more-conflicts": eval_set("more-conflicts"),
    "sample": sample,
    "sample-places": sample_places,
    "semeval": semeval,
    "ecb": ecb,
    **{name: probe_set(name) for name in PROBES},
}


# with `pytest -n 2 --dist loadgroup` the tests sharing an analysis run in one worker, which
# then analyses each set once (tests/conftest.py's session fixtures)
GROUPS = {"eval": "eval-sets", "more-conflicts": "eval-sets", "sample": "sample-ledger",
          "probe": "probe-corpus", "probe2": "probe2-corpus", "probe3": "probe3-corpus",
          "probe4": "probe4-corpus", "probe5": "probe5-corpus",
          "probe6": "probe6-corpus", "probe7": "probe7-corpus",
          "probe8": "probe8-corpus", "probe9": "probe9-corpus",
          "probe10": "probe10-corpus", "probe11": "probe11-corpus",
          "probe12": "probe12-corpus", "probe13": "probe13-corpus",
          "probe14": "probe14-corpus", "probe15": "probe15-corpus",
          "probe16": "probe16-corpus", "probe17": "probe17-corpus"}


@pytest.mark.slow
@pytest.mark.parametrize("name", [pytest.param(n, marks=[pytest.mark.xdist_group(GROUPS[n])] if n in GROUPS else [])
                                  for n in sorted(load_baseline())])
def test_quality_gate(name: str, request: pytest.FixtureRequest) -> None:
    assert name in MEASURE, f"baseline set {name!r} has no measurement in {__file__}"
    floors = flatten(load_baseline()[name])
    measured = flatten(MEASURE[name](request))
    missing = sorted(k for k in floors if not isinstance(measured.get(k), (int, float)))
    assert not missing, f"{name}: figures not measured: {missing}"
    below = {k: (measured[k], floor) for k, floor in floors.items() if measured[k] < floor}
    assert not below, f"{name}: below the floor (measured, floor): {below}"


def test_every_floor_says_where_it_came_from() -> None:
    floor_line = re.compile(r"^\s*[\w\"-]+\s*=\s*[-\d.]+")
    bare = [line for line in BASELINE.read_text(encoding="utf-8").splitlines()
            if floor_line.match(line) and "#" not in line]
    assert not bare, f"floors without a comment on their origin: {bare}"


def test_every_set_of_the_baseline_is_measured() -> None:
    baseline = load_baseline()
    assert set(baseline) == set(MEASURE)
    for name, table in baseline.items():
        values = flatten(table)
        assert values and all(isinstance(v, (int, float)) and 0 <= v <= 1 for v in values.values()), name


def test_flatten_paths() -> None:
    assert flatten({"deny": {"recall": 0.9, "precision": 0.8}, "r": 0.7}) == {
        "deny.recall": 0.9, "deny.precision": 0.8, "r": 0.7}
    assert json.loads(json.dumps(flatten({}))) == {}


def _gate_run(tmp_path: Path, ci: str) -> subprocess.CompletedProcess[str]:
    """The gate's SemEval case in a fresh pytest with ../shared pointing at an empty folder."""
    env = {**os.environ, "RASHOMON_SHARED": str(tmp_path / "no-shared"), "CI": ci}
    return subprocess.run([sys.executable, "-m", "pytest", f"{__file__}::test_quality_gate[semeval]", "-p", "no:xdist",
                           "-p", "no:cacheprovider", "-rs"],
                          cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True,
                          timeout=300, check=False)


def test_gate_skips_without_shared_outside_ci(tmp_path: Path) -> None:
    run = _gate_run(tmp_path, "")
    assert run.returncode == 0, run.stdout[-2000:]
    assert "1 skipped" in run.stdout and "no-shared" in run.stdout


def test_gate_fails_without_shared_in_ci(tmp_path: Path) -> None:
    run = _gate_run(tmp_path, "true")
    assert run.returncode != 0, run.stdout[-2000:]
    assert "CI=true" in run.stdout + run.stderr and "skipped" not in run.stdout
