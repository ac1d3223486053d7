"""The date words of data/dates.yaml that were regex fragments in code: the weekday of a
dateline (normalize.dates), the units and words of "N days ago" (gazetteer.dates) and the
words of time that make a DATE entity a date (extract.casualty_parse). Each rule on our own
sentences, and a bad list is one LexiconError naming the file and key."""

from __future__ import annotations

from typing import Any

import pytest

from rashomon.gazetteer import dates as gazetteer_dates
from rashomon.gazetteer.dates import resolve_date
from rashomon.lexicon import LexiconError
from rashomon.normalize import dates as normalize_dates
from rashomon.normalize.dates import BARE_DATE_LINE


@pytest.mark.parametrize(("line", "bare"), [
    ("Tues., March 3, 2020", True),
    ("Thursday 5 May 2022", True),
    ("Thurs. 12 January 2023 09:40 GMT", True),
    ("Wed, Nov 8, 2023 at 14:05", True),
    ("Saturday, 2 September 2023", True),
    ("Sun 2024-02-18", True),
    ("14 Sept. 2022", True),  # a further short form of a month, with its dot
    ("Dec 1st 2021", True),
    ("Janu 5 2021", False),  # no month's name or short form
    ("March 3, 2020", True),  # the weekday may be missing
    ("Funday, March 3, 2020", False),
    ("Residents of Goma fled on Tuesday, March 3, 2020", False),
])
def test_a_dateline_may_start_with_a_weekday(line: str, bare: bool) -> None:
    assert (BARE_DATE_LINE.fullmatch(line) is not None) is bare


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("three days ago", "2024-05-10", ("2024-05-07", "day")),
    ("two weeks earlier", "2023-04-20", ("2023-04-06", "week")),
    ("5 days before", "2022-11-03", ("2022-10-29", "day")),
    ("a week ago", "2021-08-15", ("2021-08-08", "week")),
    ("several days earlier", "2020-01-10", ("2020-01-07", "day")),
    # a weekday yields to a count back from publication: "on Monday, two days ago"
    ("on Monday, two days ago", "2024-03-14", ("2024-03-12", "day")),
])
def test_days_and_weeks_ago(text: str, published: str, expected: tuple[str, str]) -> None:
    assert resolve_date(text, published) == expected


# published on Thursday 2025-03-13 (a Saturday is 2025-03-08, the Monday of the week 2025-03-10)
@pytest.mark.parametrize(("text", "expected"), [
    ("late yesterday", ("2025-03-12", "day")),
    ("the night before", ("2025-03-12", "day")),
    ("a day earlier", ("2025-03-12", "day")),
    ("earlier today", ("2025-03-13", "day")),
    ("this afternoon", ("2025-03-13", "day")),
    ("over the weekend", ("2025-03-08", "week")),
    ("the previous week", ("2025-03-03", "week")),
    ("early in the week", ("2025-03-10", "week")),
    ("the previous month", ("2025-02-01", "month")),
    ("this month", ("2025-03-01", "month")),
    ("last Thursday", ("2025-03-06", "day")),  # the one before, not the publication day
    ("Thursday", ("2025-03-13", "day")),
    ("on the morning of 2 March", ("2025-03-02", "day")),  # filler words dropped
    ("mid-Sept. 2024", ("2024-09-01", "month")),  # a hyphen prefix, a short form with a dot
])
def test_phrases_relative_to_publication(text: str, expected: tuple[str, str]) -> None:
    assert resolve_date(text, "2025-03-13") == expected


@pytest.mark.parametrize(("text", "dated"), [
    ("last week", True),
    ("on Monday", True),
    ("three years", True),
    ("months", True),
    ("the 2019 offensive", True),
    ("mid-Feb.", True),
    ("between five and eight", False),
    ("dozens", False),
])
def test_words_of_time_in_a_date_entity(text: str, dated: bool) -> None:
    from rashomon.extract.casualty_parse import _DATE_WORDS

    assert (_DATE_WORDS.search(text) is not None) is dated


@pytest.mark.parametrize(("text", "before"), [
    ("last year", True),
    ("A year earlier", True),
    ("a year ago", True),
    ("last years", False),
    ("this year", False),
])
def test_the_year_before(text: str, before: bool) -> None:
    from rashomon.extract.frames_dates import _YEAR_BEFORE

    assert (_YEAR_BEFORE.search(text) is not None) is before


def _with(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, **changes: Any) -> None:
    """Make ``module.name`` (its lexicon loader) return dates.yaml with ``changes``."""
    real = getattr(module, name)
    monkeypatch.setattr(module, name, lambda file: {**dict(real(file)), **changes})


def test_a_weekday_no_short_form_and_ending_make_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _with(monkeypatch, normalize_dates, "load_lexicon", weekday_endings=["day", "nesday", "sday"])
    with pytest.raises(LexiconError, match=r"dates\.yaml.*weekday_short_forms.*saturday"):
        normalize_dates._weekday()


def test_a_relative_unit_must_be_a_date_precision(monkeypatch: pytest.MonkeyPatch) -> None:
    _with(monkeypatch, gazetteer_dates, "load_words", relative_units={"day": 1, "fortnight": 14})
    with pytest.raises(LexiconError, match=r"dates\.yaml.*relative_units.*fortnight"):
        gazetteer_dates._words.__wrapped__()
