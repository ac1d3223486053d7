"""The thirteenth probe corpus (tests/data/probe13): 13 articles written for the project about six
incidents no other set covers, as an out-of-sample check: its gold was written from the text before
the system was run on it, and it was measured once, on the unmodified tool, before any fix (the
faults found are listed in tests/data/probe13/FAULTS.md). Incidents: two bombings at the Zobe
junction in Mogadishu, **Somalia**, five years apart (the recurring pair: the truck bomb of 14
October 2017 and the twin car bombs at the education ministry of 29 October 2022, the later articles
recalling the first and its 587 dead; datelined Nairobi and Addis Ababa in neighbouring countries,
tolls rising 231 → 276 and 100 → 121, a group's silence, its claim); the bombing of a procession in
Mastung and of a police-station mosque in Hangu, **Pakistan**, the same day (two incidents in one
country on one day, each naming the other; datelined Kabul; a minister blaming India's spy agency,
New Delhi's silence, the Pakistani Taliban's denial, a superseded toll, an older bombing in Mastung);
the massacre at Solhan, **Burkina Faso** (named as a village, only a province and only "north-eastern
Burkina Faso" across its articles, one undated, one datelined Niamey; a toll rising 100 → 132 → 160,
the government's 132 against local officials' 160, JNIM's denial, a same-night attack elsewhere);
the attack on a school in Kumba, **Cameroon** (datelined Lagos; the government's blame, the
separatists' denial and counter-blame, the army's decline, 7 against 8). Traps: relays ("the agency,
citing ..."), background tolls of other incidents at the same place or abroad, a yearly total,
partial counts (one hospital, one ambulance service), a denial about the other incident of the day.

Its floors are in tests/quality/baseline.toml ([probe13*]), checked by the quality gate
(tests/quality/test_gate.py), which measures the corpus as ``rashomon eval --only probe13`` does;
here only the gold's conventions are checked.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_support import (
    assert_datelined,
    assert_named,
    assert_some_contested,
    checked_gold,
    incidents_by_place,
)

PROBE = Path(__file__).resolve().parent / "data" / "probe13"
WORDS = (200, 350)


def test_gold_follows_the_conventions() -> None:
    places = incidents_by_place(*checked_gold(PROBE, WORDS))
    # six incidents at five places: one place holding two (the recurring pair)
    assert sorted(len(v) for v in places.values()) == [1] * 4 + [2]


def test_the_traps_are_there() -> None:
    articles, gold = checked_gold(PROBE, WORDS)
    undated = [i for i, a in articles.items() if a["published"] is None]
    assert len(undated) == 1
    # datelined from a neighbouring country's city
    assert_datelined(articles, gold, [("Somalia", "NAIROBI"), ("Somalia", "ADDIS ABABA"), ("Pakistan", "KABUL"),
                                      ("Burkina Faso", "NIAMEY"), ("Cameroon", "LAGOS")])
    others = [("Somalia", r"\bKenya\b"), ("Pakistan", r"\bAfghanistan\b"), ("Burkina Faso", r"\bNiger\b"),
              ("Cameroon", r"\bNigeria\b")]
    assert_named(articles, gold, others)
    # one incident named as a village, only a province and only a part of the country across its articles
    solhan = {g["event"]["location_text"] for g in gold if g["place"] == "solhan"}
    assert solhan == {"the village of Solhan in Burkina Faso's Yagha province", "Burkina Faso's Yagha province",
                      "north-eastern Burkina Faso"}
    # the recurring pair: the Zobe junction, five years apart, the later articles recalling the first
    zobe = {g["event"]["date"] for g in gold if g["place"] == "mogadishu-zobe-junction"}
    assert zobe == {"2017-10-14", "2022-10-29"}
    later = [articles[g["id"]]["text"] for g in gold if g["incident"].startswith("mogadishu-zobe-car-bombs")]
    assert len(later) == 2 and all("587 people" in t for t in later)
    # two incidents in one country on one day, in different towns, an article of each naming the other town
    same_day = {(g["event"]["country"], g["event"]["date"], g["place"]) for g in gold}
    assert {("Pakistan", "2023-09-29", "mastung"), ("Pakistan", "2023-09-29", "hangu")} <= same_day
    for here, there in (("mastung", "Hangu"), ("hangu", "Mastung")):
        assert any(there in articles[g["id"]]["text"] for g in gold if g["place"] == here)
    stances = {c["stance"] for g in gold for c in g["claims"]}
    assert {"asserts", "confirms", "denies", "declines_comment", "unknown"} <= stances
    claims = [c for g in gold for c in g["claims"]]
    assert any("citing" in c["source"] for c in claims)  # relays
    assert any(c["killed_min"] is not None and c["killed_max"] is None for c in claims)
    assert any(c["killed_min"] is None and c["injured"] is not None for c in claims)
    # a toll rising across the articles of one incident
    tolls = [max(c["killed_min"] or 0 for c in g["claims"]) for g in gold if g["place"] == "solhan"]
    assert tolls == sorted(tolls) and len(set(tolls)) == 3
    # a blame and its denial, a decline about the blame
    assert any(c["stance"] == "denies" and c["source_norm"] == "Ambazonian separatists" for c in claims)
    assert any(c["stance"] == "declines_comment" and c["source_norm"] == "Indian government" for c in claims)
    assert_some_contested(gold)
