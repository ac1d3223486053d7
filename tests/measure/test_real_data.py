"""The runners on the real data of ``../shared`` (small slices), when it is present.

Skipped when ``../shared`` is absent (``RASHOMON_SHARED`` names another location), a failure
under ``CI=true``. The full figures are ``make eval``'s; these check that each runner reads
its data as documented, that the slices are deterministic, and that the eval-set figures equal
what ``rashomon analyze`` + ``score.py`` give.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from typing import Any

import pytest
from tests.conftest import SHARED, need_shared

from rashomon.measure import airwars, emergent, evalsets, gtd, polnear
from rashomon.measure.harness import read_csv, sample_indices

need = need_shared  # skip unless the files exist under SHARED; under CI=true their absence fails


def figures(result: Any) -> dict[str, Any]:
    return {f.key: f for f in result.figures}


def test_samples_are_the_documented_rows() -> None:
    need(gtd.FILE, airwars.FILE)
    rows = read_csv(SHARED / gtd.FILE)
    picked = sample_indices(range(len(rows)), gtd.SAMPLE)
    assert len(rows) == 2900 and len(set(picked)) == 300
    assert len({tuple(rows[i].values()) for i in picked}) == 300  # distinct incidents
    aw = read_csv(SHARED / airwars.FILE)
    sampled, contested = airwars.select(aw, airwars.SAMPLE)
    assert (len(sampled), len(contested), len(set(sampled) | set(contested))) == (150, 16, 163)
    assert airwars.select(aw, airwars.SAMPLE) == (sampled, contested)
    assert all(", Summary" not in airwars.narrative(aw[i]["Airwars_assessment"]) for i in sampled)


@pytest.mark.slow
def test_gtd_slice(resources: Any) -> None:
    need(gtd.FILE)
    result = gtd.measure(SHARED, resources, sample=12)
    figs = figures(result)
    assert result.details["sample"] == sample_indices(range(2900), 12)
    assert set(figs) == {"within_25km", "within_25km_known", "within_25km_incident", "country", "killed_exact",
                         "injured_exact", "no_group_sources", "joint_pairs"}
    assert 0 <= figs["within_25km_incident"].value <= result.details["named_city"]
    assert result.details["named_city"] <= 12
    assert all(r["miss"] in (None, "absent", "resolution") for r in result.details["rows"])
    for key in ("within_25km", "within_25km_known", "country", "killed_exact", "injured_exact"):
        assert figs[key].value is None or 0.0 <= figs[key].value <= 1.0
    assert 0 <= figs["joint_pairs"].value <= len(list(combinations(range(12), 2)))
    assert len(result.details["rows"]) == 12


@pytest.mark.slow
def test_airwars_slice(resources: Any) -> None:
    need(airwars.FILE)
    result = airwars.measure(SHARED, resources, sample=4, joint=False)
    figs = figures(result)
    assert figs["contested"].text.endswith("of 16")
    assert len(result.details["contested_status"]) == 16
    assert all(r["row_killed"] is not None for r in result.details["rows"])  # sampled with a known toll


@pytest.mark.slow
def test_polnear_and_emergent_slices(resources: Any) -> None:
    need(f"{polnear.FOLDER}/metadata.tsv", f"{polnear.FOLDER}/test/text", emergent.FILE)
    report = polnear.measure(SHARED, resources, limit=2).details
    assert report["claims_hit"] <= report["claims_located"] <= report["claims"]
    assert report["gold_found"] <= report["gold"] <= report["relations_with_source"]
    em = emergent.measure(SHARED, resources, limit=40).details
    assert em["rows"] == 40 and em["tp"] <= min(em["pred"], em["gold"])


@pytest.mark.slow
@pytest.mark.xdist_group("eval-sets")  # shares the CLI analysis of the gate and test_eval_dev
def test_eval_figures_equal_analyze_plus_score_py(resources: Any,
                                                  scored_eval_set: Callable[[str], dict[str, Any]]) -> None:
    need(*evalsets.files("eval"))
    cli = scored_eval_set("eval")  # rashomon analyze + score.py --json (tests/conftest.py)
    result = evalsets.measure("eval", SHARED, resources)
    assert result.details["score"] == cli["metrics"]
