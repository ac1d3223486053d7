"""A frame dated by the first statement about the incident ("X said on Monday") is read as
that day or the one before: the extract stage says so in the date's provenance, and the link
stage reads that provenance (rashomon.link.blocking.from_statement)."""

from __future__ import annotations

import pytest

from rashomon.link.blocking import STATEMENT_LAG_DAYS, from_statement, prepare


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit the central market in El Obeid, killing 14 people, the Sudanese Armed "
        "Forces said on Monday.",
        "The Kachin Independence Army said on Tuesday that an air strike on a village near "
        "Laiza killed nine civilians.",
        "A drone strike on a fuel depot near Gao killed three people, the Malian army said on "
        "Friday.",
    ],
)
def test_a_statement_day_is_that_day_or_the_one_before(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    frames = [f for f in extract(text, published="2024-05-15").frames if not f.background]
    assert frames and all(from_statement(f) for f in frames)
    for f in frames:
        info = prepare(f, "2024-05-15")
        assert info.exact and info.lo is not None and info.hi is not None
        assert info.hi - info.lo == STATEMENT_LAG_DAYS


@pytest.mark.parametrize(
    "text",
    [
        "An air strike on a village near Laiza on Tuesday killed nine civilians, the Kachin "
        "Independence Army said.",
        "On Friday, a drone strike on a fuel depot near Gao killed three people.",
    ],
)
def test_an_incident_day_is_that_day(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    frames = [f for f in extract(text, published="2024-05-15").frames if not f.background]
    assert frames and not any(from_statement(f) for f in frames)
    assert all(prepare(f, "2024-05-15").lo == prepare(f, "2024-05-15").hi for f in frames)
