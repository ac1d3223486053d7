"""The fourteenth probe corpus (tests/data/probe14): 13 articles written for the project about six
incidents no other set covers, as an out-of-sample check: its gold was written from the text before
the system was run on it, and it was measured once, on the unmodified tool, before any fix (the
faults found are listed in tests/data/probe14/FAULTS.md). Incidents: two twin suicide bombings at
Tayaran Square in central Baghdad, **Iraq**, three years apart (the recurring pair: 15 January 2018
and 21 January 2021, the later articles recalling the first and its 38 dead; tolls rising 26 → 38 and
28 → 32, a relayed police source, a group's silence, then its claim, a coalition's decline); the Palm
Sunday bombings of St George's church in Tanta and St Mark's Cathedral in Alexandria, **Egypt**, the
same day (two incidents in one country on one day, each article naming the other and its toll; a
governor's "planted device" against the interior ministry's "suicide bomber", a church's decline, a
background bombing beside another St Mark's Cathedral, in Cairo); the Ogossagou massacre, **Mali**
(named as a village, only "the Bankass area" and only "central Mali" across its articles, one undated,
one datelined Ouagadougou; a toll 134 → 160 → 157, the government's 134 against local officials' 160,
a militia's silence and then its denial, an army's refusal to say); the Pazigyi air strike,
**Myanmar** (datelined Bangkok; a resident's ~50 against the opposition's 100+, the junta's silence and
then its confirmation with a disputed cause). Traps: relays ("the agency, citing ..."), background
tolls of other incidents at the same place, in the same city or abroad, partial counts (one hospital,
children among the dead), a family's loss, habits and past statements of the parties.

Its floors are in tests/quality/baseline.toml ([probe14*]), checked by the quality gate
(tests/quality/test_gate.py), which measures the corpus as ``rashomon eval --only probe14`` does;
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

PROBE = Path(__file__).resolve().parent / "data" / "probe14"
WORDS = (400, 550)


def test_gold_follows_the_conventions() -> None:
    places = incidents_by_place(*checked_gold(PROBE, WORDS))
    # six incidents at five places: one place holding two (the recurring pair)
    assert sorted(len(v) for v in places.values()) == [1] * 4 + [2]


def test_the_traps_are_there() -> None:
    articles, gold = checked_gold(PROBE, WORDS)
    undated = [i for i, a in articles.items() if a["published"] is None]
    assert len(undated) == 1
    # datelined from a neighbouring country's city
    assert_datelined(articles, gold, [("Mali", "OUAGADOUGOU"), ("Myanmar", "BANGKOK")])
    assert_named(articles, gold, [("Mali", r"\bBurkina Faso\b"), ("Iraq", r"\bAnbar\b")])
    # one incident named as a village, only a district and only a part of the country across its articles
    ogossagou = [g["event"]["location_text"] for g in gold if g["place"] == "ogossagou"]
    assert ogossagou == ["the Fulani herding village of Ogossagou, near the town of Bankass in central Mali's "
                         "Mopti region", "the Bankass area of central Mali", "a Fulani village in central Mali"]
    assert "Ogossagou" not in articles["p14-ml-2"]["text"] + articles["p14-ml-3"]["text"]
    # the recurring pair: Tayaran Square, three years apart, the later articles recalling the first
    tayaran = {g["event"]["date"] for g in gold if g["place"] == "baghdad-tayaran-square"}
    assert tayaran == {"2018-01-15", "2021-01-21"}
    later = [articles[g["id"]]["text"] for g in gold if g["incident"].startswith("baghdad-tayaran-twin-bombing-2021")]
    assert len(later) == 2 and all("38 people" in t for t in later)
    # two incidents in one country on one day, in different cities, every article naming the other city
    same_day = {(g["event"]["country"], g["event"]["date"], g["place"]) for g in gold}
    assert {("Egypt", "2017-04-09", "tanta-st-george-church"),
            ("Egypt", "2017-04-09", "alexandria-st-mark-cathedral")} <= same_day
    for here, there in (("tanta-st-george-church", "Alexandria"), ("alexandria-st-mark-cathedral", "Tanta")):
        assert all(there in articles[g["id"]]["text"] for g in gold if g["place"] == here)
    stances = {c["stance"] for g in gold for c in g["claims"]}
    assert {"asserts", "confirms", "denies", "declines_comment"} <= stances
    claims = [c for g in gold for c in g["claims"]]
    # relays: the gold credits the relayed source, not the agency
    relayed = [c for c in claims if c["source"] in ("a police source", "a medical source", "a security source")]
    assert len(relayed) == 4
    assert any(c["killed_min"] is not None and c["killed_max"] is None for c in claims)
    assert any(c["killed_min"] is None and c["injured"] is not None for c in claims)
    # tolls changing across the articles of one incident: rising, then revised down
    tolls = [max(c["killed_min"] or c["killed_max"] or 0 for c in g["claims"])
             for g in gold if g["place"] == "ogossagou"]
    assert tolls == [134, 160, 157]
    # a blame and its denial, a decline by the blamed group, a claim of responsibility and a silence
    assert any(c["stance"] == "denies" and c["source_norm"] == "Dan Na Ambassagou" for c in claims)
    assert any(c["stance"] == "declines_comment" and c["source_norm"] == "Dan Na Ambassagou" for c in claims)
    claimed = {g["incident"] for g in gold for c in g["claims"]
               if c["source_norm"] == "Islamic State" and c["stance"] == "confirms"}
    assert "baghdad-tayaran-twin-bombing-2021-01-21" in claimed
    assert "baghdad-tayaran-twin-bombing-2018-01-15" not in claimed
    assert_some_contested(gold)
