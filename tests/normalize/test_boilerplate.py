"""Whitespace normalization and boilerplate line rules, on hand-written snippets."""

from __future__ import annotations

import pytest

from rashomon.normalize import normalize_text
from rashomon.normalize.boilerplate import remove_boilerplate
from rashomon.normalize.whitespace import clean_text

BODY = "Two rockets hit an empty school in the town overnight, the mayor said."
MORE = "Police closed the road and asked residents to stay indoors."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Two  rockets\thit  it.  ", "Two rockets hit it."),
        ("First para.\r\n\r\n\r\n\r\nSecond para.", "First para.\n\nSecond para."),
        ("Line one\nline two", "Line one\nline two"),
        ("zero\u200bwidth\u200d and\ufeff soft\u00adhyphen", "zerowidth and softhyphen"),
        ("no-break\u00a0space and thin\u2009space", "no-break space and thin space"),
        ("Cafe\u0301 reports", "Café reports"),  # NFC
        ("He said \u201cno\u201d \u2013 and \u2018left\u2019.", "He said “no” – and ‘left’."),
        ("para\u2029next", "para\n\nnext"),
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Share this article",
        "Share this article: Rockets hit school in border town",
        "Share on Facebook",
        "share via WhatsApp",
        "Tweet",
        "Email",
        "Related: Earlier shelling damaged the same district",
        "Read more: How the border crossings work",
        "More from Example Daily",
        "Top World Stories",
        "Most Read Articles",
        "Sign up for our daily briefing newsletter",
        "Get our morning newsletter in your inbox",
        "Subscribe now",
        "For the latest updates, follow us on Telegram.",
        "Support independent journalism today",
        "ADVERTISEMENT",
        "Advertisement",
        "Story continues below advertisement",
        "We use cookies to improve your experience on our site. By continuing you agree.",
        "This website uses cookies.",
        "Accept all cookies",
        "Cookie policy",
        "* captcha:",
        "* Comment:",
        "Photo credit: Regional Press Office",
        "Image Credit: A Photo Agency",
        "rocket_debris_02.jpg",
        ".teaser .card{ margin: 0; } @media (min-width: 600px) { .card { width: 50% } }",
        "Skip to main content",
    ],
)
def test_boilerplate_line_is_dropped(boilerplate: str) -> None:
    text = f"{BODY}\n\n{boilerplate}\n\n{MORE}"
    assert normalize_text(text) == f"{BODY}\n\n{MORE}"


@pytest.mark.parametrize(
    "prose",
    [
        "Residents were told to share the article with neighbours, the mayor's office said.",
        "The ministry said it had read more than 40 witness statements before it commented.",
        "A spokesman said the group would not subscribe to the army's account of the strike.",
        "The advertisement agency's office was among the buildings damaged.",
        "Officials said the website of the council was offline for two days after the attack.",
        "Email records seen by reporters show the warning came an hour before the blast.",
    ],
)
def test_prose_is_kept(prose: str) -> None:
    text = f"{BODY}\n\n{prose}\n\n{MORE}"
    assert normalize_text(text) == text


def test_top_tweets_block_is_dropped_up_to_blank_line() -> None:
    text = (
        f"{BODY}\n\nTop Tweets About The Story\n@someone: unbelievable scenes tonight\n"
        f"@another: praying for the town\n\n{MORE}"
    )
    assert normalize_text(text) == f"{BODY}\n\n{MORE}"


def test_read_more_list_of_headlines_is_dropped() -> None:
    text = (
        f"{BODY}\n\n{MORE}\n\nRead more:\n\nBorder town counts the cost of a long winter\n\n"
        "Ministry announces new checkpoints on the highway"
    )
    assert normalize_text(text) == f"{BODY}\n\n{MORE}"


def test_related_header_stops_at_prose() -> None:
    text = f"{BODY}\n\nRelated\nSchools reopen in the district\n{MORE}"
    assert normalize_text(text) == f"{BODY}\n\n{MORE}"


@pytest.mark.parametrize(
    ("text", "expected_text", "expected_date"),
    [
        (f" date 2019-07-02 {BODY}", BODY, "2019-07-02"),
        (f" date 2019-07-02 Headline of the day\n\n{BODY}", f"Headline of the day\n\n{BODY}",
         "2019-07-02"),
        (f"date 2019-07-02\n{BODY}", BODY, "2019-07-02"),
        (f"{BODY} date 2019-07-02", f"{BODY} date 2019-07-02", None),  # only a leading line
        (f"ADVERTISEMENT\n date 2019-07-02 {BODY}", BODY, "2019-07-02"),
    ],
)
def test_leading_page_date(text: str, expected_text: str, expected_date: str | None) -> None:
    assert remove_boilerplate(text) == (expected_text, expected_date)


def test_only_boilerplate_leaves_nothing() -> None:
    assert normalize_text("ADVERTISEMENT\n\nShare this article\n\nTweet") == ""
