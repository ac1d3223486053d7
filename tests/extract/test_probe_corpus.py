"""The probe corpus (tests/data/probe): 15 short articles written for the project about five
incidents in conflicts no eval set covers (a drone strike in El Fasher, Sudan; an airstrike on a
school in Sagaing, Myanmar; shelling of a camp near Goma, DR Congo; an army-ELN clash in
Catatumbo, Colombia; a gang attack on Pont-Sonde, Haiti), each told by three outlets with
differing sources, figures, denials and declines. Gold by hand in the eval format
(../shared/eval/CONVENTIONS.md), scored by the project's own scorer (rashomon.evaluate).

Its floors are in tests/quality/baseline.toml ([probe]), checked by the quality gate
(tests/quality/test_gate.py), which measures the corpus as ``rashomon eval --only probe`` does;
here only the gold's conventions are checked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rashomon.evaluate import STANCE_CLASS

PROBE = Path(__file__).resolve().parents[1] / "data" / "probe"
ARTICLES = PROBE / "articles.jsonl"
GOLD = PROBE / "gold.jsonl"
ABOUT = {"perpetrator", "occurrence", "casualties", "location", "target", "other"}
STANCES = {*STANCE_CLASS, "unknown"}


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


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
