"""Casualty figures, session 15 round 2 (figures6 helper): a count still going on is a lower bound,
"above N" after a source's own figure, the wounded "receiving treatment" after a toll, victims
"among the wounded" as a part, a period's count, and a count at one hospital as a part of the
wounded (no dispute with a larger toll). Sentences written for these tests, about conflicts no eval
set covers."""

from __future__ import annotations

import pytest

from rashomon.extract.numbers import cumulative, find_casualties
from rashomon.reconcile.disputes import find_disputes
from rashomon.reconcile.tolls import read_toll
from rashomon.types import Claim, Evidence, Figure, Source

N = None


def _read(text: str) -> list[tuple[str, int | None, int | None, bool]]:
    return [(m.kind, m.figure.min, m.figure.max, m.subset) for m in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count still going on: at least that many
        ('"We have counted 31 bodies so far and we are still searching," a nurse in Kalehe said.',
         [("killed", 31, N, False)]),
        ("Rescuers in Beni had recovered 17 bodies by nightfall and were still searching the river banks.",
         [("killed", 17, N, False)]),
        ("Volunteers have so far retrieved 40 bodies from the river in Kidal, and the count continues.",
         [("killed", 40, N, False)]),
        # "so far" alone dates the count, it is the figure (s19: the gold sets read it exact)
        ('"We have counted 31 bodies so far," a nurse in Kalehe said.', [("killed", 31, 31, False)]),
        ("Residents of Seytenga said they had found 40 bodies so far.", [("killed", 40, 40, False)]),
        # a toll told "so far" is the figure (the gold sets' reading)
        ("The attack in Mopti has claimed the lives of 30 civilians so far.", [("killed", 30, 30, False)]),
        # a count without "so far" stays exact
        ("Volunteers in Djibo said they had found 40 bodies in the ditch.", [("killed", 40, 40, False)]),
        # "above", "north of" after a source's own figure
        ("Elders in Kukawa say the real figure is above 70.", [("killed", 70, N, False)]),
        ("Local officials in Sittwe said the true toll was north of 45.", [("killed", 45, N, False)]),
        # the wounded as those "receiving treatment" after a toll
        ("The ministry said 40 people were killed in the raid on Mangodara and that 23 others were "
         "receiving treatment in hospitals.", [("killed", 40, 40, False), ("injured", 23, 23, False)]),
        ("Officials in Kidal said 40 people were killed and 23 others were being treated.",
         [("killed", 40, 40, False), ("injured", 23, 23, False)]),
        ("Twelve civilians died in the shelling of Kadugli and nine others were undergoing treatment.",
         [("killed", 12, 12, False), ("injured", 9, 9, False)]),
        # victims "among the wounded/dead": a part, no toll of its own
        ("Three women were among the wounded, the mayor of Djibo said.", [("injured", 3, 3, True)]),
        ("The shelling killed 12 people in Kharkiv, and two children were among the dead.",
         [("killed", 12, 12, False), ("killed", 2, 2, True)]),
        # a body's own people among the dead are its toll; an unnumbered part is no figure at all
        ("Kenya said nine of its soldiers were among those killed in the ambush near Mandera.",
         [("killed", 9, 9, False)]),
        ("Several nurses were among the wounded in the raid on Goma, the hospital said.",
         [("injured", N, N, False)]),
    ],
)
def test_find_casualties_figures6(text: str, expected: list[tuple[str, int | None, int | None, bool]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 900 civilians were killed in the region last year alone, the agency said.", True),
        ("More than 900 civilians were killed in the province over the past year, the agency said.", True),
        ("At least 300 people were killed in Cabo Delgado this month alone, the monitor said.", True),
        ("At least 30 people were killed in the attack on Mocimboa da Praia on Friday.", False),
    ],
)
def test_a_period_count_is_cumulative(text: str, expected: bool) -> None:
    assert cumulative(text) is expected


def _claim(cid: str, article: str, source: str, evidence: str, injured: Figure) -> Claim:
    return Claim(id=cid, article_id=article, source=Source(source, source), stance="asserts",
                 about="casualties", text=evidence, evidence=Evidence(0, len(evidence), evidence),
                 injured=injured)


@pytest.mark.parametrize(
    ("evidence", "n", "part"),
    [
        # a count at one hospital or clinic: a part of the wounded
        ("its medics had treated eight people with gunshot wounds at the Marsabit county hospital", 8, True),
        ("its teams at the hospital in Rutshuru had received 18 wounded survivors on Friday", 18, True),
        ("six of the wounded were treated in a hospital across the border in Chad", 6, True),
        # no one hospital named, or not treated there: the toll
        ("23 people were treated in hospital", 23, False),
        ("23 people were wounded in the attack on the hospital in Bol", 23, False),
        ("23 people were killed at the hospital in Bol", 23, False),
        ("fourteen wounded were taken to hospitals in Juba", 14, False),
        ("40 wounded people were being treated there", 40, False),
    ],
)
def test_a_count_at_one_hospital_is_a_part(evidence: str, n: int, part: bool) -> None:
    toll = read_toll(_claim("c1", "a1", "MSF", evidence, Figure(n, n)), Figure(n, n), "injured")
    assert toll.part is part


def test_one_hospitals_count_is_no_dispute_with_a_larger_toll() -> None:
    # Chad: the army's 12 wounded and a charity's eight treated at one hospital can both hold
    claims = [_claim("c1", "a1", "Chadian army", "nine soldiers were killed and 12 wounded", Figure(12, 12)),
              _claim("c2", "a2", "MSF", "its teams had treated eight people with bullet wounds at the "
                     "hospital in Bol", Figure(8, 8))]
    disputes, _ = find_disputes(claims, {"a1": "2025-01-10", "a2": "2025-01-10"})
    assert [d for d in disputes if d.about == "casualties"] == []


def test_one_hospitals_larger_count_is_still_a_dispute() -> None:
    claims = [_claim("c1", "a1", "Chadian army", "nine soldiers were killed and 12 wounded", Figure(12, 12)),
              _claim("c2", "a2", "MSF", "its teams had treated 30 people with bullet wounds at the "
                     "hospital in Bol", Figure(30, 30))]
    disputes, _ = find_disputes(claims, {"a1": "2025-01-10", "a2": "2025-01-10"})
    assert [d.about for d in disputes] == ["casualties"]
