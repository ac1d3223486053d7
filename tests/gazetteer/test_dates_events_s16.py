"""A year-less date in an undated article: its weekday picks the one year near the years the
text names that fits (gazetteer.dates.resolve_date), and never a year from nothing; the month
and day of such a date stay readable (gazetteer.dates.month_day). Dates written for the project."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.dates import month_day, resolve_date


@pytest.mark.parametrize(("text", "hint", "expected"), [
    # the text names 2024 (say, "the 2024 elections"); Friday 14 March is 2025's
    ("late on Friday, 14 March", 2024, "2025-03-14"),
    # the hinted year itself fits: as before
    ("the night of Sunday, June 2", 2024, "2024-06-02"),
    # a year before the named one ("ahead of the 2024 vote", the attack in 2023)
    ("Sunday, December 3", 2024, "2023-12-03"),
    # no weekday: the hinted year, as before
    ("14 March", 2024, "2024-03-14"),
])
def test_weekday_picks_the_year(text: str, hint: int, expected: str) -> None:
    assert resolve_date(text, None, year_hint=hint) == (expected, "day")


@pytest.mark.parametrize(("text", "hint"), [
    ("the night of Sunday October 27", None),  # no year anywhere: never invented
    ("Thursday, 27 October", 2024),  # no Thursday 27 October within a year or two of 2024
])
def test_no_year_without_evidence(text: str, hint: int | None) -> None:
    assert resolve_date(text, None, year_hint=hint) == (None, "unknown")


@pytest.mark.parametrize(("text", "expected"), [
    ("the night of Sunday October 27", (10, 27, 6)),
    ("late on Friday, 14 March", (3, 14, 4)),
    ("March 14", (3, 14, None)),
    ("the early hours of 4 March", (3, 4, None)),
    ("Friday", None),
    ("March", None),
    ("14 March 2025", (3, 14, None)),
])
def test_month_day(text: str, expected: tuple[int, int, int | None] | None) -> None:
    assert month_day(text) == expected
