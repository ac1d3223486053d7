"""A count back ("ten days after the group ambushed …") in a sentence that tells an attack of its
own before it dates an earlier incident: the sentence's own day is the incident's. A march, a
burial or a statement before the phrase still counts back to the attack after it. Sentences
written for the project (Kenya's coast, DR Congo)."""

from __future__ import annotations

from typing import Any

import pytest


def _date(extract: Any, text: str) -> str | None:
    frame = next(f for f in extract(text, published="2023-03-14").frames if not f.background)
    return frame.date


@pytest.mark.parametrize(("text", "day"), [
    ("NAIROBI, March 14 - Gunmen killed 12 farm workers near the Kenyan town of Lamu early on Tuesday, "
     "two weeks after the group ambushed a police convoy in the same county.", "2023-03-14"),
    ("Gunmen killed 12 farm workers near Lamu early on Tuesday, ten days after the group ambushed a "
     "police convoy in the same county, police said.", "2023-03-14"),
    ("Rebels shelled a market in Goma on Friday, two days after the army bombed their positions.", "2023-03-10"),
    # the incident word is a later participle; the counted object says the main verb is the attack
    ("MOMBASA, March 14 (Coast Wire) - Militants killed 12 farm workers near Lamu early on Tuesday, "
     "tying their hands and shooting them, ten days after the group ambushed a police convoy.", "2023-03-14"),
])
def test_an_attack_of_its_own_keeps_its_day(extract: Any, text: str, day: str) -> None:
    assert _date(extract, text) == day


@pytest.mark.parametrize("text", [
    "Thousands marched in Lamu on Tuesday, a day after gunmen killed 12 farm workers.",
    "Mourners buried the dead in Lamu on Tuesday, a day after gunmen killed 12 farm workers.",
    "Police in Lamu said on Tuesday that they had arrested three suspects, a day after gunmen killed "
    "12 farm workers.",
])
def test_other_doings_still_count_back(extract: Any, text: str) -> None:
    assert _date(extract, text) == "2023-03-13"
