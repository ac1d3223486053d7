"""reconcile / reconcile_all on a whole incident."""

from __future__ import annotations

from rashomon.reconcile import reconcile, reconcile_all
from rashomon.types import About, Claim, Event, Evidence, Figure, Source, Stance


def claim(cid: str, source: str, stance: Stance, about: About, perpetrator: str | None = None,
          killed: Figure | None = None) -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source), stance=stance,
                 about=about, text="", evidence=Evidence(0, 0, ""), perpetrator=perpetrator,
                 killed=killed)


CLAIMS = [
    claim("k1", "State TV", "asserts", "perpetrator", "Coalition"),
    claim("k2", "Militia", "asserts", "casualties", killed=Figure(22, 22)),
    claim("k3", "Monitor", "asserts", "casualties", killed=Figure(None, 52)),
    claim("k4", "Coalition", "denies", "occurrence", "Coalition"),
    claim("k5", "Neighbour", "declines_comment", "perpetrator"),
]
EVENT = Event(id="ev-1", type="airstrike", article_ids=("a",),
              claim_ids=tuple(c.id for c in CLAIMS))


def test_reconcile_fills_everything() -> None:
    ev = reconcile(EVENT, CLAIMS)
    assert ev.perpetrator.status == "contested"
    assert ev.perpetrator.alleged == ("Coalition",)
    assert ev.perpetrator.denied_by == ("Coalition",)
    assert (ev.killed.min, ev.killed.max) == (22, 52)
    assert dict(ev.killed.by_source) == {"Militia": 22, "Monitor": "up to 52"}
    assert ev.injured.by_source == {}
    assert [(c.about, c.claim_ids) for c in ev.contradictions] == [
        ("casualties", ("k2", "k3")), ("perpetrator", ("k1", "k4")),
    ]
    assert ev.id == EVENT.id and ev.claim_ids == EVENT.claim_ids


def test_reconcile_is_idempotent_and_ignores_duplicates() -> None:
    once = reconcile(EVENT, CLAIMS)
    assert reconcile(once, CLAIMS + CLAIMS[:2]) == once


def test_reconcile_all_uses_each_events_claim_ids() -> None:
    other = Event(id="ev-2", type="shelling", article_ids=("b",), claim_ids=("k2", "zz"))
    result = reconcile_all([EVENT, other], CLAIMS)
    assert [e.id for e in result] == ["ev-1", "ev-2"]
    assert dict(result[1].killed.by_source) == {"Militia": 22}
    assert result[1].contradictions == ()
    assert result[1].perpetrator.status == "unknown"
