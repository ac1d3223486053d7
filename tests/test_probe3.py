"""The third probe corpus (tests/data/probe3): 18 short articles written for the project about six
incidents in conflicts no eval set covers, each told by three outlets: a Myanmar air force strike
on Nyaung Kone village, Kanbalu township, Sagaing (the state-media article denies it and blames
mines of the PDF); RSF shelling of the market of the Abu Shouk camp by El Fasher, Sudan, named by
camp, by city and (in an undated article) only by state; an ADF night raid on Oicha, North Kivu,
DR Congo (2023) and a bar bombing in the same town and neighbourhood (2025), the recurring
same-place pair that must stay apart; shelling of the border village of Nerkin Hand, Syunik,
Armenia, which each side blames on the other (one article datelined Baku); and a quadcopter drone
attack on the police station of Bara, Khyber, Pakistan (not Bara in Sudan; one article datelined
Kabul). Traps: weekday-only dates, an undated article, relays ("SUNA, citing ..."), ranges
("between 12 and 15"), "at least", sub-counts ("eight of them children"), "killed or wounded"
without a split, an explicit zero, background tolls of other incidents in the same town or
country, a perpetrator named only in a denial. Gold written by hand from the text before the
system was run, in the eval format (../shared/eval/CONVENTIONS.md), scored by rashomon.evaluate.

Its floors are in tests/quality/baseline.toml ([probe3]), checked by the quality gate
(tests/quality/test_gate.py), which measures the corpus as ``rashomon eval --only probe3`` does;
here only the gold's conventions are checked.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_support import EVENT_TYPES, assert_some_contested, checked_gold

PROBE = Path(__file__).resolve().parent / "data" / "probe3"


def test_gold_follows_the_conventions() -> None:
    articles, gold = checked_gold(PROBE, (150, 350))
    incidents: dict[str, set[str]] = {}
    outlets: dict[str, set[str]] = {}
    for g in gold:
        assert g["event"]["type"] in EVENT_TYPES, g["id"]
        assert g["incident"].endswith(g["event"]["date"]), g["id"]
        assert g["event"]["location_text"] in articles[g["id"]]["text"], g["id"]
        incidents.setdefault(g["place"], set()).add(g["incident"])
        outlets.setdefault(g["incident"], set()).add(articles[g["id"]]["outlet"])
    # three outlets per incident, and one place holding two incidents (the recurring pair)
    assert all(len(v) == 3 for v in outlets.values()), outlets
    assert sorted(len(v) for v in incidents.values()) == [1, 1, 1, 1, 2]


def test_the_traps_are_there() -> None:
    articles, gold = checked_gold(PROBE, (150, 350))
    # an article with no publication date (its incident is dated by the other two)
    assert [a for a in articles.values() if a["published"] is None]
    # an incident without any contradiction (precision of the contradiction figure)
    assert_some_contested(gold)
    # ranges and lower bounds among the gold figures
    claims = [c for g in gold for c in g["claims"]]
    assert any(c["killed_min"] is not None and c["killed_max"] not in (None, c["killed_min"]) for c in claims)
    assert any(c["killed_min"] is not None and c["killed_max"] is None for c in claims)
    assert any(c["injured"] == 0 for c in claims)
