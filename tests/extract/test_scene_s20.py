"""claim_scene (session 16, the lead): a date opening a sentence dates the act the sentence tells
even when a postposed "X said" took the parse's root ("In November 2018, gangs killed 26 people
…, a rights group said": the kill hangs on "said" or on the subject), so an older incident's toll
is not the outlet's figure of this one. Sentences written for the project (Haiti, Sri Lanka, the
Central African Republic)."""

from __future__ import annotations

import pytest

from rashomon.types import Figure

HAITI = "PORT-AU-PRINCE - Gang members killed 12 people in Cite Soleil on Tuesday, police said.\n\n"
SRI_LANKA = "BATTICALOA - A bomb exploded at a bus depot in Batticaloa on Sunday, killing nine people, police said.\n\n"
CAR = "BANGUI - Rebels attacked a camp near Alindao on Thursday, killing 14 people, a UN official said.\n\n"


@pytest.mark.parametrize("text, other", [
    (HAITI + "In November 2018, gangs killed at least 26 people in the La Saline slum, a rights group said.", 26),
    (SRI_LANKA + "In April 2019, suicide bombers killed more than 250 people at churches and hotels, officials said.",
     250),
    (CAR + "In 2018, militiamen killed at least 40 people at the same camp, the United Nations said.", 40),
])
def test_an_opening_older_date_under_a_reporting_root_is_another_incident(extract, text: str, other: int) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    frame = result.frames[0]
    assert frame.killed is None or other not in (frame.killed.min, frame.killed.max), frame


def test_a_date_with_a_day_under_a_reporting_root_stays_the_incidents(extract) -> None:  # type: ignore[no-untyped-def]
    # NOT fire: a later report dates the incident itself by its day
    frame = extract("PORT-AU-PRINCE - Gang members attacked Cite Soleil, police said.\n\n"
                    "On March 5, gangs killed 12 people in the district, a rights group said.",
                    published="2024-03-07").frames[0]
    assert frame.killed is None or frame.killed == Figure(12, 12), frame
    assert frame.date is not None and frame.date.startswith("2024-03-05"), frame
