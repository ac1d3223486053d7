"""Who tells of an attack inside a claim's words is not who did it: "… killed at least 40 people
at a bus station, Syrian state television said, in an attack claimed by …" names the teller, not a
doer (claim_perpetrator.find_perpetrator, ``telling_verbs``). Sentences written for the project."""

from __future__ import annotations

import pytest


def _perpetrators(extract, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [c.perpetrator for c in extract(text).claims]


def test_the_teller_is_no_doer(extract) -> None:  # type: ignore[no-untyped-def]
    found = _perpetrators(extract, "BEIRUT, May 23 - Two suicide bombers killed at least 40 people at a bus "
                                   "station in the coastal city of Jableh on Monday, Syrian state television "
                                   "said, in an attack claimed by Islamic State.")
    assert all(p is None or "Syria" not in p for p in found), found


@pytest.mark.parametrize(("text", "named"), [
    ("A drone struck a wedding in Kordofan on Monday. The army said RSF drones struck the wedding.", "RSF"),
    ("A car bomb killed 9 people in Cucuta on Sunday. Colombia's defence minister said the ELN planted the "
     "bomb.", "ELN"),
])
def test_a_doer_told_of_kept(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    found = _perpetrators(extract, text)
    assert any(p is not None and named in p for p in found), found
