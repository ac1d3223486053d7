"""The probe corpus (tests/data/probe): 15 short articles written for the project about five
incidents in conflicts no eval set covers (a drone strike in El Fasher, Sudan; an airstrike on a
school in Sagaing, Myanmar; shelling of a camp near Goma, DR Congo; an army-ELN clash in
Catatumbo, Colombia; a gang attack on Pont-Sonde, Haiti), each told by three outlets with
differing sources, figures, denials and declines. Gold by hand in the eval format
(../shared/eval/CONVENTIONS.md), scored by the project's own scorer (rashomon.evaluate).

The floors are each figure measured on branch s10-probe (2026-12-07, after its fixes) less a
margin of about one claim unit; they sit here rather than in tests/quality/baseline.toml because the gate
(tests/quality/test_gate.py) has no measurement for this set yet. The event country is not
floored: rashomon.evaluate knows the countries of the first eval set only.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import rashomon
from rashomon.evaluate import STANCE_CLASS, load_gold, score_ledger
from rashomon.report.ledger_json import to_dict

PROBE = Path(__file__).resolve().parents[1] / "data" / "probe"
ARTICLES = PROBE / "articles.jsonl"
GOLD = PROBE / "gold.jsonl"
ABOUT = {"perpetrator", "occurrence", "casualties", "location", "target", "other"}
STANCES = {*STANCE_CLASS, "unknown"}

# report key → floor (measured on branch s10-probe, 2026-12-07, less a margin; see above)
FLOORS = {
    # main before the probe's fixes (75ba610): attribution .803, deny P .667 R .833, decline R .833,
    # killed .877, injured .875, linking .846; after (s10-probe): .865, .786, .917, 1.0, .964, .875, .750;
    # main after the seventh session's merges (armed groups in actors.yaml): attribution .899,
    # event country 1.0 (the scorer reads any ISO country)
    "attribution.f1": 0.88,
    "event_country": 1.0,
    "deny.precision": 0.75,
    "deny.recall": 0.90,
    "decline.recall": 1.0,
    "killed.f1": 0.94,
    "injured.f1": 0.95,  # 1.0 on s12-claims (wounds with severity or treatment read)
    "linking.f1": 0.72,  # 0.846 before a66a918 removed the wrong claim that glued pr-ht-3 to its incident
    "event_date_within_1_day": 1.0,
}


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def _report() -> dict[str, Any]:
    return score_ledger(load_gold(GOLD), to_dict(rashomon.analyze([str(ARTICLES)])))


def _figure(report: dict[str, Any], key: str) -> float:
    value: Any = report
    for part in key.split("."):
        value = value[part]
    return float(value)


def test_gold_follows_the_conventions() -> None:
    articles = {a["id"]: a for a in _rows(ARTICLES)}
    gold = _rows(GOLD)
    assert [g["id"] for g in gold] == list(articles)
    for g in gold:
        text = articles[g["id"]]["text"]
        assert 120 <= len(text.split()) <= 400, g["id"]
        for c in g["claims"]:
            assert c["evidence"] in text, (g["id"], c["evidence"])
            assert c["stance"] in STANCES and c["about"] in ABOUT, (g["id"], c)
            lo, hi = c["killed_min"], c["killed_max"]
            assert lo is None or hi is None or lo <= hi, (g["id"], c)
            assert c["injured"] is None or c["injured"] >= 0, (g["id"], c)


@pytest.mark.slow
@pytest.mark.xdist_group("probe-corpus")  # one analysis of the corpus per test process
@pytest.mark.parametrize("key", sorted(FLOORS))
def test_probe_corpus_figure_at_or_above_its_floor(key: str) -> None:
    report = _report()
    assert not report["articles_missing_from_ledger"]
    assert _figure(report, key) >= FLOORS[key], (key, _figure(report, key), report["misses"])
