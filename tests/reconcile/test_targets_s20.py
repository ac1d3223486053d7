"""Target disputes (session 16, issue 10): a military target against civilians or nothing military,
on sentences written for the project about conflicts no eval set covers (Yemen, Ethiopia, Kashmir,
Nigeria, Colombia, Sudan)."""

from __future__ import annotations

import pytest

from rashomon.reconcile.disputes import find_disputes
from rashomon.reconcile.targets import target_side
from rashomon.types import About, Claim, Evidence, Figure, Source, Stance


def claim(cid: str, source: str, text: str, stance: Stance = "asserts", about: About = "occurrence",
          killed: Figure | None = None) -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source), stance=stance, about=about, text=text,
                 evidence=Evidence(0, len(text), text), killed=killed)


@pytest.mark.parametrize("text, side", [
    ("the coalition's jets had struck Houthi military positions east of the city", "military"),
    ("its drones had targeted a gathering of TPLF fighters in the town", "military"),
    ("the army had carried out precise strikes on a rebel command post near the village", "military"),
    ("the raid was a legitimate operation against the group", "military"),
    ("the air force was deliberately targeting civilians in the camp", "civilian"),
    ("there were no fighters in the market, only families buying food", "civilian"),
    ("there was no military site anywhere near the school", "civilian"),
    ("those who were killed were shopkeepers and farmers", "civilian"),
    # NOT fire: a strike that hit houses says where it fell, not what it was aimed at
    ("a shell hit two houses near the market", None),
    # NOT fire: the attackers were fighters (who struck, not what was struck)
    ("two of its fighters had carried out the attack", None),
])
def test_target_side(text: str, side: str | None) -> None:
    assert target_side(claim("c", "x", text)) == side


def test_a_military_target_against_no_military_site_is_a_dispute() -> None:
    disputes, pairs = find_disputes([
        claim("a:c1", "Sudanese army", "its aircraft had struck RSF command centres in the district", "confirms"),
        claim("a:c2", "residents", "there was no military presence in the neighbourhood, only families"),
    ])
    assert [d.about for d in disputes] == ["target"], disputes
    assert [p.claim_ids for p in pairs] == [("a:c1", "a:c2")]


@pytest.mark.parametrize("claims", [
    # NOT fire: one source saying both
    [claim("a:c1", "Indian army", "troops had targeted militants hiding in the orchard"),
     claim("a:c2", "Indian army", "there were no civilians, only militants in the orchard")],
    # NOT fire: a figure of civilians killed is the casualty dispute's
    [claim("a:c1", "Nigerian air force", "its jets had struck terrorist hideouts in the forest", "confirms"),
     claim("a:c2", "Amnesty International", "the strike had targeted civilians and killed 12",
           about="casualties", killed=Figure(12, 12))],
    # NOT fire: a denial of targeting civilians is the denier's own side
    [claim("a:c1", "Colombian army", "the bombing had hit FARC dissident camps in the jungle", "confirms"),
     claim("a:c2", "Colombian defence ministry", "that it targets civilians", "denies")],
])
def test_no_target_dispute(claims: list[Claim]) -> None:
    disputes, _ = find_disputes(claims)
    assert "target" not in [d.about for d in disputes], disputes
