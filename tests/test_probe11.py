"""The eleventh probe corpus (tests/data/probe11): 13 articles written for the project about six
incidents no other set covers, as an out-of-sample check: its gold was written from the text before
the system was run on it, and it was measured once, on the unmodified tool, before any fix (the
faults found are listed in tests/data/probe11/FAULTS.md). Incidents: two bombings of the al-Zahraa
district of Homs, **Syria**, 26 days apart (the recurring pair: a checkpoint, 26 January 2016, and
two car bombs at a crossroads, 21 February 2016, the later articles recalling the first and its 24
dead; datelined Beirut, rising tolls, Islamic State's claims); the bombings at Sayyida Zeinab south
of Damascus on the same day as the second Homs attack (another town in the same country; datelined
Amman, a rebel group's denial after a pro-government channel blamed it, a Hezbollah decline); the
insurgents' attack on Palma, **Mozambique** (datelined Johannesburg, named as a town, a province and
in an undated article only as a hotel; Islamic State's claim, Total's decline, Tanzania across the
river); the shelling of a resort near Zakho in Iraq's Kurdistan region (datelined Istanbul, Iraq
blaming Turkey and Turkey denying it and blaming the PKK, a rising toll); the suicide bombings in
Gwoza, **Nigeria** (one article datelined Yaounde in neighbouring Cameroon and naming only
"north-eastern Nigeria" in its lead, a rising toll 18 → 32, the army's counter-raids). Traps:
background tolls of other incidents at the same place or on the same day, a monitor's sum over two
incidents, counter-operations with their own counts, breakdowns of a toll that are not tolls.

Its floors are in tests/quality/baseline.toml ([probe11*]), checked by the quality gate
(tests/quality/test_gate.py), which measures the corpus as ``rashomon eval --only probe11`` does;
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

PROBE = Path(__file__).resolve().parent / "data" / "probe11"
WORDS = (200, 350)


def test_gold_follows_the_conventions() -> None:
    places = incidents_by_place(*checked_gold(PROBE, WORDS))
    # six incidents at five places: one place holding two (the recurring pair)
    assert sorted(len(v) for v in places.values()) == [1] * 4 + [2]


def test_the_traps_are_there() -> None:
    articles, gold = checked_gold(PROBE, WORDS)
    undated = [i for i, a in articles.items() if a["published"] is None]
    assert len(undated) == 1
    # datelined from a foreign capital or city
    assert_datelined(articles, gold, [("Syria", "BEIRUT"), ("Syria", "AMMAN"), ("Mozambique", "JOHANNESBURG"),
                                      ("Iraq", "ISTANBUL"), ("Nigeria", "YAOUNDE")])
    # other places named beside the incident's (a neighbour, the other side of a border)
    others = [("Mozambique", r"\bTanzania\b"), ("Nigeria", r"\bCameroon\b"), ("Iraq", r"\bTurkey\b"),
              ("Syria", r"\bLebanon\b")]
    assert_named(articles, gold, others)
    # one incident named as a site, a town and a province across its articles
    palma = {g["event"]["location_text"] for g in gold if g["place"] == "palma"}
    assert "the Amarula hotel" in palma and "the northern town of Palma" in palma
    assert any(g["event"]["location_text"] == "north-eastern Nigeria" for g in gold)
    # the recurring pair: al-Zahraa, Homs, 26 days apart, the later articles recalling the first and its 24
    homs = {g["event"]["date"] for g in gold if g["place"] == "homs-al-zahraa"}
    assert homs == {"2016-01-26", "2016-02-21"}
    later = [articles[g["id"]]["text"] for g in gold if g["incident"].startswith("homs-zahraa-car-bombs")]
    assert len(later) == 2 and all("Jan. 26" in t and "24 people" in t for t in later)
    # two incidents in one country on one day, in different towns
    same_day = {(g["event"]["country"], g["event"]["date"], g["place"]) for g in gold}
    assert {("Syria", "2016-02-21", "homs-al-zahraa"), ("Syria", "2016-02-21", "sayyida-zeinab")} <= same_day
    stances = {c["stance"] for g in gold for c in g["claims"]}
    assert {"asserts", "confirms", "denies", "declines_comment"} <= stances
    claims = [c for g in gold for c in g["claims"]]
    assert any(c["source_norm"] == "Islamic State" and c["about"] == "perpetrator" and c["stance"] == "confirms"
               for c in claims)
    assert any(c["killed_min"] is not None and c["killed_max"] is None for c in claims)
    assert any(c["killed_min"] is None and c["injured"] is not None for c in claims)
    # a denial by a group blamed by another source in the same article
    assert any(c["stance"] == "denies" and c["source_norm"] == "Jaish al-Islam" for c in claims)
    assert_some_contested(gold)
