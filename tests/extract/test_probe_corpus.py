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

from pathlib import Path

from tests.probe_support import checked_gold

PROBE = Path(__file__).resolve().parents[1] / "data" / "probe"


def test_gold_follows_the_conventions() -> None:
    checked_gold(PROBE, (120, 400))
