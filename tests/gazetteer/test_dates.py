"""Date resolution against a fixed publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.gazetteer.dates import resolve_date

PUB = "2021-02-26T09:30:00Z"  # a Friday


@pytest.mark.parametrize(("text", "expected"), [
    ("last night", ("2021-02-25", "day")),
    ("overnight", ("2021-02-25", "day")),
    ("late Thursday night", ("2021-02-25", "day")),
    ("on Thursday", ("2021-02-25", "day")),
    ("Thursday", ("2021-02-25", "day")),
    ("Friday", ("2021-02-26", "day")),  # same day allowed
    ("on Monday", ("2021-02-22", "day")),
    ("Monday morning", ("2021-02-22", "day")),
    ("early hours of Monday", ("2021-02-22", "day")),
    ("in the early hours of Wednesday", ("2021-02-24", "day")),
    ("Sunday night", ("2021-02-21", "day")),
    ("last Friday", ("2021-02-19", "day")),
    ("yesterday", ("2021-02-25", "day")),
    ("today", ("2021-02-26", "day")),
    ("two days ago", ("2021-02-24", "day")),
    ("3 days ago", ("2021-02-23", "day")),
    ("earlier this week", ("2021-02-22", "week")),
    ("this week", ("2021-02-22", "week")),
    ("last week", ("2021-02-15", "week")),
    ("this weekend", ("2021-02-20", "week")),
    ("over the weekend", ("2021-02-20", "week")),
    ("in February", ("2021-02-01", "month")),
    ("in December", ("2020-12-01", "month")),
    ("last month", ("2021-01-01", "month")),
    ("February 2018", ("2018-02-01", "month")),
    ("Feb. 25", ("2021-02-25", "day")),
    ("Sept. 14", ("2020-09-14", "day")),
    ("14 September", ("2020-09-14", "day")),
    ("September 14th", ("2020-09-14", "day")),
    ("on 9 April 2018", ("2018-04-09", "day")),
    ("April 9, 2018", ("2018-04-09", "day")),
    ("June 17", ("2020-06-17", "day")),
    ("the 25th of February", ("2021-02-25", "day")),
    ("2018-06-17", ("2018-06-17", "day")),
    ("3 a.m.", (None, "unknown")),
    ("dawn", (None, "unknown")),
    ("", (None, "unknown")),
])
def test_relative_and_absolute(text: str, expected: tuple[str | None, str]) -> None:
    assert resolve_date(text, PUB) == expected


def test_weekend_from_a_sunday() -> None:
    assert resolve_date("this weekend", "2021-02-28") == ("2021-02-27", "week")


def test_last_night_from_plain_date() -> None:
    assert resolve_date("last night", "2018-06-18") == ("2018-06-17", "day")


@pytest.mark.parametrize(("text", "expected"), [
    ("on 9 April 2018", ("2018-04-09", "day")),
    ("2018-06-17", ("2018-06-17", "day")),
    ("February 2018", ("2018-02-01", "month")),
    ("last night", (None, "unknown")),
    ("Monday", (None, "unknown")),
    ("June 17", (None, "unknown")),
    ("in February", (None, "unknown")),
])
def test_without_publication(text: str, expected: tuple[str | None, str]) -> None:
    assert resolve_date(text, None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("June 17", ("2018-06-17", "day")),
    ("July 2", ("2017-07-02", "day")),
    ("in May", ("2018-05-01", "month")),
    ("yesterday", (None, "unknown")),  # needs a day-precise publication date
])
def test_month_publication(text: str, expected: tuple[str | None, str]) -> None:
    assert resolve_date(text, "2018-06") == expected


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday", "last night", "yesterday", "this weekend", "last week"]))
def test_never_after_publication(pub: date, text: str) -> None:
    got, precision = resolve_date(text, pub.isoformat())
    assert got is not None and precision in ("day", "week")
    assert got <= pub.isoformat()


@pytest.mark.parametrize(("text", "year", "expected"), [
    ("June 17", 2018, ("2018-06-17", "day")),
    ("the late night June 17", 2018, ("2018-06-17", "day")),
    ("June 17", None, (None, "unknown")),
    ("on Monday", 2018, (None, "unknown")),  # a weekday needs a publication date
])
def test_year_hint_without_publication(text: str, year: int | None,
                                       expected: tuple[str | None, str]) -> None:
    assert resolve_date(text, None, year_hint=year) == expected


def test_year_hint_is_ignored_when_the_publication_date_is_known() -> None:
    assert resolve_date("June 17", "2021-06-20", year_hint=2018) == ("2021-06-17", "day")


@pytest.mark.parametrize(("text", "expected"), [
    # the first weekday written is the night's or the span's start
    ("on the night of Sunday to Monday", ("2021-02-21", "day")),
    ("the night between Tuesday and Wednesday", ("2021-02-23", "day")),
    # a weekday beats "overnight"/"night" (which alone mean the night before publication)
    ("overnight Wednesday", ("2021-02-24", "day")),
    ("late-night Tuesday", ("2021-02-23", "day")),
    ("this past Friday", ("2021-02-19", "day")),
    ("earlier in the week", ("2021-02-22", "week")),
    ("early in the week", ("2021-02-22", "week")),
    ("mid-February", ("2021-02-01", "month")),
    ("late-December", ("2020-12-01", "month")),
    ("a week ago", ("2021-02-19", "week")),
    ("two weeks ago", ("2021-02-12", "week")),
    ("Sept 14", ("2020-09-14", "day")),
    ("14 Sept.", ("2020-09-14", "day")),
])
def test_more_relative_forms(text: str, expected: tuple[str | None, str]) -> None:
    assert resolve_date(text, PUB) == expected


_PHRASES = st.sampled_from([
    "last night", "overnight", "on Monday", "Tuesday night", "earlier this week", "last week",
    "this weekend", "yesterday", "today", "two days ago", "Sept. 14", "June 17", "in March",
    "last month", "mid-February", "on the night of Sunday to Monday", "this morning",
])


@given(_PHRASES)
def test_no_publication_date_never_falls_back_to_the_analysis_date(text: str) -> None:
    """Without a publication date, a phrase without a year stays unknown: resolving it
    against today would give the analysis date."""
    assert resolve_date(text, None) == (None, "unknown")


@given(_PHRASES, st.integers(2000, 2030))
def test_no_publication_date_uses_only_the_year_written(text: str, year: int) -> None:
    got, _ = resolve_date(f"{text} {year}", None)
    assert got is None or got.startswith(str(year))


# -- the word lists of data/dates.yaml (issue 16: out of the code, same behaviour) ----------

@pytest.mark.parametrize(("text", "expected"), [
    # counts in words, "several" and "a few" read as three
    ("several days ago", ("2021-02-23", "day")),
    ("a few days earlier", ("2021-02-23", "day")),
    ("a week ago", ("2021-02-19", "week")),
    ("an hour before dawn three days earlier", ("2021-02-23", "day")),
    ("several weeks earlier", ("2021-02-05", "week")),
    ("ten days before", ("2021-02-16", "day")),
    ("12 days ago", ("2021-02-14", "day")),
    ("eleven days ago", (None, "unknown")),  # not in number_words
    # weekdays by their first three letters
    ("late on Tue", ("2021-02-23", "day")),
    ("Sat evening", ("2021-02-20", "day")),
    ("past Friday", ("2021-02-19", "day")),
    # months by their first three letters and the short form "sept"
    ("in Sept", ("2020-09-01", "month")),
    ("early Jan 2019", ("2019-01-01", "month")),
    ("Dec. 3", ("2020-12-03", "day")),
    ("the 3rd of Feb", ("2021-02-03", "day")),
])
def test_dates_lexicon_words(text: str, expected: tuple[str | None, str]) -> None:
    assert resolve_date(text, PUB) == expected


@pytest.mark.parametrize(("key", "value", "error"), [
    ("weekdays", ["monday", "tuesday"], "expected 7 names"),
    ("months", ["january", "janet", *[f"m{i}x" for i in range(10)]], "differing in their first three letters"),
    ("month_short_forms", ["okt"], "'okt' starts no month"),
])
def test_dates_lexicon_is_checked(monkeypatch: pytest.MonkeyPatch, key: str, value: list[str], error: str) -> None:
    """A dates.yaml whose names cannot be told apart by their first three letters (how they are
    matched) or a short form of no month is a LexiconError naming the key."""
    from rashomon.gazetteer import dates
    from rashomon.lexicon import LexiconError, load

    data = {**dict(load("dates.yaml").items()), key: value}
    monkeypatch.setattr(dates, "load_words", lambda name: data)
    dates._words.cache_clear()
    try:
        with pytest.raises(LexiconError, match=f"dates.yaml.*{key}.*{error}"):
            dates._words()
    finally:
        dates._words.cache_clear()


# --- plainly written whole dates are read without dateparser, as dateparser reads them ---------
_MONTH_FORMS = ["january", "feb", "march", "apr", "may", "june", "jul", "august", "sept", "sep", "october",
                "nov", "december"]


def _dateparser(text: str, pub: date | None) -> date | None:
    """What ``_parse`` returned for ``text`` before plain dates were read without dateparser."""
    import warnings
    from datetime import datetime

    import dateparser

    from rashomon.gazetteer.dates import _SETTINGS

    conf = dict(_SETTINGS)
    if pub is not None:
        conf["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day, 12)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(text, languages=["en"], settings=conf)
    return parsed.date() if parsed else None


@given(month=st.sampled_from(_MONTH_FORMS), day=st.integers(0, 35), year=st.integers(1990, 2030),
       day_first=st.booleans(), pub=st.sampled_from([None, date(2023, 4, 16), date(2019, 12, 31)]))
@settings(max_examples=60, deadline=None)
def test_a_plain_date_is_what_dateparser_reads(month: str, day: int, year: int, day_first: bool,
                                              pub: date | None) -> None:
    from rashomon.gazetteer.dates import _parse, _plain_date

    text = f"{day} {month} {year}" if day_first else f"{month} {day} {year}"
    plain = _plain_date(text)
    if plain is not None:
        assert plain.date() == _dateparser(text, pub)
    parsed = _parse(text, pub)
    assert (parsed.date() if parsed else None) == _dateparser(text, pub)


@pytest.mark.parametrize(("text", "plain"), [
    ("june 17 2024", date(2024, 6, 17)), ("17 sept 2023", date(2023, 9, 17)), ("feb 29 2024", date(2024, 2, 29)),
    ("feb 29 2023", None), ("june 17th 2024", None), ("monday june 17 2024", None), ("june 2024", None),
    ("june 17 1850", None),
])
def test_which_dates_are_plain(text: str, plain: date | None) -> None:
    from rashomon.gazetteer.dates import _plain_date

    found = _plain_date(text)
    assert (found.date() if found else None) == plain
