"""The fourth probe corpus (tests/data/probe4): 26 short articles written for the project about nine
incidents in conflicts no eval set covers, aimed at the hidden sets' known faults (issue 10): a
gunmen's attack on the mosque of Fambita, Tillabéri, **Niger** (one article datelined Abuja that
also tells of an abduction in Nigeria's Niger State; one undated); air raids on Nasir, Upper Nile,
**South Sudan** (one article datelined Port Sudan, Sudan's White Nile state named); Pakistani
shelling of Poonch town, **India**'s Jammu and Kashmir (the Pakistan-administered Poonch division
across the Line of Control is named, and the Islamabad article accuses India of shelling it); an
Israeli drone strike on a car in the Lebanese border village of Kfar Kila (one article datelined
Metula, the Israeli town opposite; one undated); the Saudi-led coalition's strike on the Saada
prison, Yemen (2022) and the US strike on the migrant centre in the same complex (2025), the
recurring pair that must stay apart; and a drone strike on Finote Selam, Amhara, Ethiopia
(datelined Nairobi; the Yemen 2025 story is datelined Addis Ababa); and two border towns added
after the first run: Cambodian rockets on the petrol station of Ban Phue, Sisaket, **Thailand**
(one article datelined Phnom Penh that tells of Thai strikes on Oddar Meanchey, Cambodia; one
undated), and a rocket from Lebanon on an orchard by Metula, **Israel** (one article datelined
Beirut that names Kfar Kila, Lebanon, as the launch site). Traps: weekday-only dates
("on Sunday night", "overnight into Monday", "Friday's attack"), statements a day or more after
the event, tolls that rise from article to article, differing tolls within one article, a claim
of the own action (confirms), denials, declines, an actor named only in its own denial, counts
of victims ("her two daughters"), "dozens", background incidents of the same country. Gold
written by hand from the text before the system was run, in the eval format
(../shared/eval/CONVENTIONS.md), scored by rashomon.evaluate.

Its floors are in tests/quality/baseline.toml ([probe4]), checked by the quality gate
(tests/quality/test_gate.py), which measures the corpus as ``rashomon eval --only probe4`` does;
here only the gold's conventions are checked.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_support import assert_named, assert_some_contested, checked_gold, incidents_by_place

PROBE = Path(__file__).resolve().parent / "data" / "probe4"
WORDS = (150, 400)


def test_gold_follows_the_conventions() -> None:
    places = incidents_by_place(*checked_gold(PROBE, WORDS))
    # one place holding two incidents (the recurring pair)
    assert sorted(len(v) for v in places.values()) == [1] * 7 + [2]


def test_the_traps_are_there() -> None:
    articles, gold = checked_gold(PROBE, WORDS)
    # undated articles (their incidents are dated by the other articles)
    assert len([a for a in articles.values() if a["published"] is None]) >= 2
    # a neighbour of similar name (Nigeria, Sudan) or across the border (border towns) in the text
    neighbours = {"Niger": r"\bNigeria\b", "South Sudan": r"(?<!South )\bSudan\b",
                  "Thailand": r"\bCambodia\b", "Israel": r"\bLebanon\b"}
    assert_named(articles, gold, neighbours.items())
    # the recurring pair is in two different years
    dates = {g["event"]["date"][:4] for g in gold if g["place"] == "saada"}
    assert len(dates) == 2
    # every stance, an incident with and one without a contradiction
    stances = {c["stance"] for g in gold for c in g["claims"]}
    assert {"asserts", "confirms", "denies", "declines_comment"} <= stances
    assert_some_contested(gold)
    # exact figures, lower bounds, an injured-only claim and a word figure ("dozens")
    claims = [c for g in gold for c in g["claims"]]
    assert any(c["killed_min"] is not None and c["killed_max"] is None for c in claims)
    assert any(c["killed_min"] is None and c["injured"] is not None for c in claims)
    assert any("dozens" in c["value"] and c["killed_min"] is None and c["injured"] is None for c in claims)
