"""Date parsing and the choice of published/updated dates."""

from __future__ import annotations

import datetime as dt

import pytest

from rashomon.config import Options
from rashomon.normalize import normalize, parse_date
from rashomon.normalize.metadata import find_dates
from rashomon.types import Article, RawDocument

BODY = (
    "Artillery fire damaged a water station on the northern edge of the city, leaving "
    "several neighbourhoods without running water, the local council said on Friday."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-06-18", "2018-06-18"),
        ("2018-06", "2018-06"),
        ("June 2018", "2018-06"),
        ("2018-04-09T12:05:00Z", "2018-04-09T12:05:00+00:00"),
        ("2018-04-09T12:05", "2018-04-09T12:05"),
        ("2021-09-15 10:30:00+03:00", "2021-09-15T10:30:00+03:00"),
        ("Oct 18, 2023 12:32 am", "2023-10-18T00:32"),
        ("September 15th, 2021 03:50 PM IST", "2021-09-15T15:50+05:30"),
        ("June 18, 2018", "2018-06-18"),
        ("12 February 2018", "2018-02-12"),
        ("November 16,2022", "2022-11-16"),
        ("Sat June 16, 2018", "2018-06-16"),
        ("April 9, 2018 - 17:07 AMT", "2018-04-09T17:07+04:00"),
        ("Mon, 09 Apr 2018 14:00:00 GMT", "2018-04-09T14:00:00+00:00"),
        ("3 March 2020 09:15 UTC+2", "2020-03-03T09:15+02:00"),
        ("1 May 2019 10:00 XYZ", "2019-05-01T10:00"),  # unknown zone: no offset
        ("15.03.2020", "2020-03-15"),
        ("15.03.2020 18.45", "2020-03-15T18:45"),
        ("yesterday", None),  # never relative to the analysis date
        ("Monday", None),
        ("", None),
        (None, None),
        ("2018-13", None),
        ("not a date at all 2018", None),
    ],
)
def test_parse_date(text: str | None, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("lines", "published", "updated"),
    [
        ("Published Oct 18, 2023 12:32 am", "2023-10-18T00:32", None),
        ("Published: 12 February 2018", "2018-02-12", None),
        ("Posted on March 3, 2020", "2020-03-03", None),
        ("Updated: September 15th, 2021 03:50 PM IST", "2021-09-15T15:50+05:30",
         "2021-09-15T15:50+05:30"),
        ("June 18, 2018", "2018-06-18", None),
        ("15 November 2022", "2022-11-15", None),
        ("Published 2 May 2019\nUpdated 3 May 2019 10:00 GMT", "2019-05-02",
         "2019-05-03T10:00+00:00"),
        ("Published: 2 May 2019 Updated: 3 May 2019", "2019-05-02", "2019-05-03"),
        ("Published: Updated:", None, None),
    ],
)
def test_date_lines_near_the_top(lines: str, published: str | None, updated: str | None) -> None:
    text = f"Water station damaged\n\n{lines}\n\n{BODY}"
    dates = find_dates(text, None, None)
    assert (dates.published, dates.updated) == (published, updated)


def test_date_line_far_down_is_ignored() -> None:
    text = "\n".join([BODY] * 15 + ["June 18, 2018"])
    assert find_dates(text, None, None).published is None


def test_field_wins_over_text_and_page_date() -> None:
    text = f"Published 2 May 2019\n\n{BODY}"
    assert find_dates(text, "2019-05-01", "2019-06-01").published == "2019-05-01"


def test_month_only_field_is_refined_by_text() -> None:
    text = f"June 18, 2018\n\n{BODY}"
    assert find_dates(text, "2018-06", None).published == "2018-06-18"
    assert find_dates(text, "2018-07", None).published == "2018-07"


def test_page_date_is_last_resort() -> None:
    dates = find_dates(BODY, None, "2019-07-02")
    assert dates.published == "2019-07-02"
    assert dates.warnings == ["published date taken from the page metadata line"]


def test_unparseable_field_warns() -> None:
    dates = find_dates(BODY, "sometime last week", None)
    assert dates.published is None
    assert dates.warnings == ["could not parse the published date 'sometime last week': "
                              "not a date form rashomon reads"]


def normalized(text: str, published: str | None = None) -> Article:
    article = normalize(RawDocument("t", text, "text", published=published), Options())
    assert isinstance(article, Article), article
    return article


def test_ist_line_through_normalize() -> None:
    article = normalized(f"Updated: September 15th, 2021 03:50 PM IST\n\n{BODY}")
    assert article.updated == "2021-09-15T15:50+05:30"
    assert article.published == "2021-09-15T15:50+05:30"
    assert article.text.startswith("Updated: September 15th, 2021")  # the line stays
    assert "published date taken from the 'Updated' line" in article.warnings


def test_page_metadata_date_through_normalize() -> None:
    article = normalized(f" date 2020-02-29 {BODY}")
    assert article.published == "2020-02-29"
    assert article.text == BODY


def test_no_date_is_none_never_today() -> None:
    article = normalized(f"Last night\n\n{BODY} It happened yesterday.")
    assert article.published is None
    assert article.updated is None
    assert dt.date.today().isoformat() not in repr(article)
