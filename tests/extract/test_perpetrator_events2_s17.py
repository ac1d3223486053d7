"""An accusation of backing or sheltering the doers names no doer ("has accused the junta in
neighbouring Mali of letting JNIM fighters shelter on its soil"): the accused let them be, did
not strike (claim_perpetrator.find_perpetrator). An accusation of the act still names its doer.
Sentences written for the project, about conflicts no eval or probe set covers."""

from __future__ import annotations

import pytest


def _perpetrators(extract, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [c.perpetrator for c in extract(text).claims]


@pytest.mark.parametrize(("text", "accused"), [
    ("A suicide bomber killed 23 soldiers at a base in Tillaberi on Monday. Niger's government has "
     "accused the Wagner group in neighbouring Mali of letting jihadist fighters shelter on its soil.",
     "Russia"),
    ("A car bomb killed 9 people in Mogadishu on Sunday. Somalia's government has accused the Houthis "
     "in Yemen of letting al-Shabaab fighters train on their soil.", "Houthis"),
    # the charge's "of" hung on a word between ("in neighbouring Sudan of letting …")
    ("Rebels killed 20 soldiers at a base near Abeche on Monday. Chad's government has accused the "
     "Houthi administration in neighbouring Yemen of letting rebel fighters train on its soil.",
     "Houthis"),
])
def test_backing_is_no_doing(extract, text: str, accused: str) -> None:  # type: ignore[no-untyped-def]
    found = _perpetrators(extract, text)
    assert all(p is None or accused not in p for p in found), found


@pytest.mark.parametrize(("text", "accused"), [
    ("Gunmen killed 12 villagers in North Kivu on Friday. Congo's government accused the M23 of "
     "carrying out the attack.", "M23"),
    ("A car bomb killed 9 people in Cucuta on Sunday. Colombia's defence minister accused the ELN of "
     "planting the bomb.", "ELN"),
])
def test_an_accused_doer_kept(extract, text: str, accused: str) -> None:  # type: ignore[no-untyped-def]
    found = _perpetrators(extract, text)
    assert any(p is not None and accused in p for p in found), found
