"""The second probe corpus (tests/data/probe2): 18 short articles written for the project about six
incidents in conflicts no eval set covers, each told by three outlets: an al-Shabaab suicide car
bomb at a checkpoint in Afgoye, Somalia (2023) and a bombing of the same town's livestock market
(2025), the recurring same-place pair that must stay apart; an insurgent raid on Macomia, Cabo
Delgado, Mozambique (one article names only the province); a JNIM ambush on a convoy near Djibo,
Burkina Faso (datelined in Niger, naming Mali and Niger); Russian shelling of Nikopol, Ukraine,
with a Russian denial; and an attack on the border town of Gamboru, Borno, Nigeria (datelined in
Cameroon). Traps: an article without a publication date (the dateline carries it), events dated
by weekday only, relays ("citing ..."), sub-counts ("three of them children") that are not the
toll, missing people that are not dead, background tolls. Gold written by hand from the text
before the system was run, in the eval format (../shared/eval/CONVENTIONS.md), scored by
rashomon.evaluate.

Its floors are in tests/quality/baseline.toml ([probe2]), checked by the quality gate
(tests/quality/test_gate.py), which measures the corpus as ``rashomon eval --only probe2`` does;
here only the gold's conventions are checked.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_support import EVENT_TYPES, checked_gold

PROBE = Path(__file__).resolve().parents[1] / "data" / "probe2"


def test_gold_follows_the_conventions() -> None:
    articles, gold = checked_gold(PROBE, (150, 350))
    incidents: dict[str, set[str]] = {}
    outlets: dict[str, set[str]] = {}
    for g in gold:
        assert g["event"]["type"] in EVENT_TYPES, g["id"]
        assert g["incident"].endswith(g["event"]["date"]), g["id"]
        incidents.setdefault(g["place"], set()).add(g["incident"])
        outlets.setdefault(g["incident"], set()).add(articles[g["id"]]["outlet"])
    # three outlets per incident, and one place holding two incidents (the recurring pair)
    assert all(len(v) == 3 for v in outlets.values()), outlets
    assert sorted(len(v) for v in incidents.values()) == [1, 1, 1, 1, 2]
