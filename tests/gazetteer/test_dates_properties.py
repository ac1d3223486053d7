"""Weekday and week arithmetic of gazetteer.dates.resolve_date as properties over any
publication day (hypothesis), plus hand-written phrases across month and year ends.

Conventions (the module's docstring): a bare weekday is the most recent such day on or before
publication, so a weekday named on its own weekday is the publication day; "last <weekday>" is
strictly before it; "this week" is the publication week's Monday, "last week" the Monday before.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.gazetteer.dates import resolve_date

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS = st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31))
WEEKDAY = st.integers(min_value=0, max_value=6)


def _resolved(text: str, pub: date) -> tuple[date, str]:
    value, precision = resolve_date(text, pub.isoformat())
    assert value is not None, (text, pub)
    return date.fromisoformat(value), precision


@settings(deadline=None)  # dateparser's first call loads its data (a second on a busy machine)
@given(DAYS, WEEKDAY, st.sampled_from(["{}", "on {}", "{} morning", "late on {}", "{} night",
                                       "early on {}", "overnight {}"]))
def test_a_bare_weekday_is_within_the_week_before_publication(pub: date, weekday: int, form: str) -> None:
    d, precision = _resolved(form.format(WEEKDAYS[weekday]), pub)
    assert precision == "day"
    assert d.weekday() == weekday
    assert 0 <= (pub - d).days <= 6
    assert (d == pub) == (pub.weekday() == weekday)  # its own weekday is the publication day


@settings(deadline=None)  # dateparser's first call loads its data (a second on a busy machine)
@given(DAYS, WEEKDAY, st.sampled_from(["last {}", "on last {}", "this past {}", "previous {}"]))
def test_last_weekday_is_strictly_before_publication(pub: date, weekday: int, form: str) -> None:
    d, _ = _resolved(form.format(WEEKDAYS[weekday]), pub)
    assert d.weekday() == weekday
    assert 1 <= (pub - d).days <= 7


@settings(deadline=None)  # dateparser's first call loads its data (a second on a busy machine)
@given(DAYS)
def test_weeks_start_on_monday(pub: date) -> None:
    this, p1 = _resolved("this week", pub)
    last, p2 = _resolved("last week", pub)
    assert p1 == p2 == "week"
    assert this.weekday() == last.weekday() == 0
    assert 0 <= (pub - this).days <= 6
    assert (this - last).days == 7
    assert _resolved("this week's", pub) == (this, "week")  # "this week's attack"


@settings(deadline=None)  # dateparser's first call loads its data (a second on a busy machine)
@given(DAYS, st.integers(min_value=1, max_value=10))
def test_days_ago_and_yesterday_count_back_from_publication(pub: date, n: int) -> None:
    assert _resolved("yesterday", pub) == (pub - timedelta(days=1), "day")
    assert _resolved(f"{n} days ago", pub) == (pub - timedelta(days=n), "day")


@settings(deadline=None)  # dateparser's first call loads its data (a second on a busy machine)
@given(DAYS, st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_a_month_and_day_without_a_year_is_never_after_publication(pub: date, day: date) -> None:
    value, precision = resolve_date(f"{day.strftime('%B')} {day.day}", pub.isoformat())
    if value is None:  # February 29 of a year that has none
        assert (day.month, day.day) == (2, 29)
        return
    d = date.fromisoformat(value)
    assert precision == "day" and (d.month, d.day) == (day.month, day.day)
    # this year's, else last year's
    assert 0 <= (pub - d).days <= (366 if (day.month, day.day) != (2, 29) else 4 * 366)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("on Saturday", "2024-09-14", "2024-09-14"),  # a Saturday article's Saturday
    ("last Saturday", "2024-09-14", "2024-09-07"),
    ("Sunday", "2024-03-02", "2024-02-25"),  # across February 29
    ("Thursday night", "2024-03-01", "2024-02-29"),
    ("on Wednesday", "2025-01-02", "2025-01-01"),
    ("Tuesday", "2025-01-02", "2024-12-31"),  # across a year end
    ("late Sunday", "2023-05-01", "2023-04-30"),
    ("Friday", "2024-11-30", "2024-11-29"),
])
def test_weekdays_across_month_and_year_ends(text: str, published: str, expected: str) -> None:
    assert resolve_date(text, published) == (expected, "day")
