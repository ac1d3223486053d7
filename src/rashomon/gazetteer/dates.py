"""Resolve DATE/TIME spans against the publication date.

Relative phrases ("last night", "on Monday", "earlier this week") get their own rules; other
spans go to ``dateparser`` with ``RELATIVE_BASE`` = publication date and
``PREFER_DATES_FROM="past"``. The current date is never used: without a publication date
only absolute dates with a year resolve.

Conventions (the ledger has one date per event plus a precision):

* weekdays mean the most recent such day on or before publication ("Monday" in a Monday
  article is that day); "last Monday" is strictly before publication;
* "last night", "overnight", "yesterday" → publication day − 1, precision ``day``;
* "this weekend", "the weekend" → the most recent Saturday on or before publication,
  precision ``week``;
* "this week", "earlier this week" → Monday of the publication week; "last week" → Monday
  of the week before; precision ``week``;
* a month ("in February", "last month", "February 2018") → the first day of that month,
  precision ``month``;
* a month and day without a year → the publication year, or the year before if that date
  would fall after publication.
"""

from __future__ import annotations

import functools
import logging
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast, get_args

import dateparser

from rashomon.config import setting
from rashomon.lexicon import LexiconError, alternation
from rashomon.lexicon import load as load_words
from rashomon.types import DatePrecision

logger = logging.getLogger(__name__)

WEEKDAY_YEARS_BEFORE: int = setting("gazetteer.dates", "weekday_years_before")  # data/settings.toml
WEEKDAY_YEARS_AFTER: int = setting("gazetteer.dates", "weekday_years_after")  # data/settings.toml

_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR_RE = re.compile(r"\b(19|20)\d{2}\b")
_DAY_NUM_RE = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
# a range of days in one month, read as its first day: "the night of 24 to 25 August",
# "August 24-25", "between 12 and 14 March" (an overnight or multi-day incident began on the
# first; the gold conventions allow either day of a night). The joining words are grammar.
_DAY_RANGE_RE = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)? ?(?:to|and|-) ?[0-3]?\d(?:st|nd|rd|th)?\b")
_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
             "PREFER_DAY_OF_MONTH": "first"}
Result = tuple[str | None, DatePrecision]
UNKNOWN: Result = (None, "unknown")


@dataclass(frozen=True, slots=True)
class _Words:
    """The word lists of ``data/dates.yaml`` and the patterns built from them."""

    weekdays: tuple[str, ...]  # Monday first
    months: tuple[str, ...]  # January first
    month_short_forms: tuple[str, ...]  # "sept": further short forms ("sept." is read as "sep")
    month_re: str  # a group matching any month's name or short form
    numbers: dict[str, int]  # "several" → 3
    count_re: str  # a group matching a count in digits or words
    month_leads_re: str  # a group matching any word that may stand before a month: "in", "early"
    unit_days: dict[str, int]  # "week" → 7: the units of "N days ago", each also a date precision
    units_ago_re: str  # "(day|week)s? (ago|earlier|before)": a unit and a word counting back
    phrases: dict[str, re.Pattern[str]]  # the phrase lists (day_before_phrases, ...) as whole-word patterns
    last_weekend: tuple[str, ...]  # "last weekend", found anywhere in the span
    before_weekday_re: str  # a group matching a word before a weekday that means the one before
    hyphen_prefix: re.Pattern[str]  # "mid-" of "mid-February"


def _short_forms(name: str) -> str:
    """The first three letters, then optionally the rest: "january" → "jan(?:uary)?"."""
    return re.escape(name[:3]) + (f"(?:{re.escape(name[3:])})?" if name[3:] else "")


def _longest_first(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


# the phrase lists of dates.yaml matched as whole words in a cleaned span
_PHRASE_KEYS = ("day_before_phrases", "same_day_phrases", "weekend_words", "week_before_phrases",
                "same_week_phrases", "month_before_phrases", "same_month_phrases", "filler_words")


def _phrase_group(data: Mapping[str, Any], key: str) -> str:
    return alternation(sorted({str(p).lower() for p in data[key]}))


@functools.cache
def _words() -> _Words:
    data = load_words("dates.yaml")
    weekdays = tuple(str(w).lower() for w in data["weekdays"])
    months = tuple(str(m).lower() for m in data["months"])
    for key, names, count in (("weekdays", weekdays, 7), ("months", months, 12)):
        if len(names) != count or len({n[:3] for n in names}) != count:
            raise LexiconError("dates.yaml", key, f"expected {count} names differing in their first three letters")
    short = [str(s).lower() for s in data["month_short_forms"]]
    for form in short:
        if not any(m.startswith(form[:3]) for m in months):
            raise LexiconError("dates.yaml", "month_short_forms", f"{form!r} starts no month")
    numbers = {" ".join(str(k).lower().split()): int(v) for k, v in data["number_words"].items()}
    unit_days = {str(k).lower(): int(v) for k, v in data["relative_units"].items()}
    for unit in unit_days:
        if unit not in get_args(DatePrecision):
            raise LexiconError("dates.yaml", "relative_units", f"{unit!r} is no date precision")
    ago = "|".join(re.escape(str(w).lower()) for w in data["ago_words"])
    return _Words(
        weekdays=weekdays, months=months, month_short_forms=tuple(short),
        month_re="(" + "|".join([_longest_first(short)] * bool(short) + [_short_forms(m) for m in months]) + ")",
        numbers=numbers,
        count_re=r"(\d+|" + _longest_first(numbers) + ")",
        month_leads_re="(?:" + _longest_first(str(w).lower() for w in data["month_leading_words"]) + ")",
        unit_days=unit_days,
        units_ago_re="(" + "|".join(re.escape(u) for u in unit_days) + f")s? ({ago})",
        phrases={key: re.compile(r"\b" + _phrase_group(data, key) + r"\b") for key in _PHRASE_KEYS},
        last_weekend=tuple(str(p).lower() for p in data["last_weekend_phrases"]),
        before_weekday_re="(" + _phrase_group(data, "before_weekday_words") + ")",
        hyphen_prefix=re.compile(r"\b(" + _phrase_group(data, "hyphen_prefixes") + ")-"),
    )


def _publication(published: str | None) -> tuple[date | None, bool]:
    """(date, day-precise?) from "YYYY-MM-DD[Thh:mm…]" or "YYYY-MM"."""
    if not published:
        return None, False
    m = re.match(r"\s*(\d{4})-(\d{2})(?:-(\d{2}))?", published)
    if not m:
        return None, False
    try:
        return date(int(m[1]), int(m[2]), int(m[3] or 1)), m[3] is not None
    except ValueError:
        return None, False


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'")
    for form in _words().month_short_forms:  # "sept." → "sep "
        text = text.replace(f"{form}.", f"{form[:3]} ")
    text = _words().hyphen_prefix.sub(r"\1 ", text)  # "mid-February"
    text = re.sub(r"[^\w' -]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _day(d: date) -> Result:
    return d.isoformat(), "day"


def _month(year: int, month: int) -> Result:
    return date(year, month, 1).isoformat(), "month"


def _week(d: date) -> Result:
    return d.isoformat(), "week"


def _weekday_on_or_before(pub: date, weekday: int, *, strictly: bool = False) -> date:
    back = (pub.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return pub - timedelta(days=back)


def _weekday(t: str, pub: date) -> Result | None:
    """The first weekday written: "on the night of Sunday to Monday" is Sunday's night. A night
    named only by the morning it ran into is that morning's day ("overnight into Monday" is
    Monday, as the gold sets date it: probe4's Poonch and Saada incidents)."""
    i = _named_weekday(t)
    if i is None:
        return None
    last = re.search(rf"\b{_words().before_weekday_re} {re.escape(_words().weekdays[i])}\b", t) is not None
    return _day(_weekday_on_or_before(pub, i, strictly=last))


def _named_weekday(t: str) -> int | None:
    """The weekday a date phrase names, Monday 0 ("Sunday, December 3" → 6); None if none."""
    hits = [(m.start(), i) for i, name in enumerate(_words().weekdays)
            if (m := re.search(rf"\b{_short_forms(name)}\b", t))]
    return min(hits)[1] if hits else None


# "the day before yesterday" holds "yesterday" (grammar: the day before the day before)
_TWO_DAYS_BEFORE = re.compile(r"\bday before yesterday\b")


def _relative(t: str, pub: date) -> Result | None:
    """Rules for phrases relative to the publication day; None if none applies. A weekday
    written beats "overnight" and "night" ("overnight Wednesday" is Wednesday)."""
    named = _weekday(t, pub)
    words = _words()
    if named is not None and not re.search(rf"\b{words.units_ago_re}\b", t):
        if words.phrases["week_before_phrases"].search(t) and named[0] is not None:
            # "Thursday last week": that weekday of the week before publication's
            day = date.fromisoformat(named[0])
            monday_before = pub - timedelta(days=pub.weekday() + 7)
            return _day(monday_before + timedelta(days=day.weekday()))
        return named
    if _TWO_DAYS_BEFORE.search(t):
        return _day(pub - timedelta(days=2))
    if words.phrases["day_before_phrases"].search(t):
        return _day(pub - timedelta(days=1))
    if words.phrases["same_day_phrases"].search(t):
        return _day(pub)
    m = re.search(rf"\b{words.count_re} {words.units_ago_re}\b", t)
    if m:
        n = int(m[1]) if m[1].isdigit() else words.numbers[m[1]]
        unit = m[2]
        return (pub - timedelta(days=n * words.unit_days[unit])).isoformat(), cast(DatePrecision, unit)
    if words.phrases["weekend_words"].search(t):
        last = any(p in t for p in words.last_weekend)
        saturday = _weekday_on_or_before(pub, 5, strictly=last and pub.weekday() >= 5)
        return _week(saturday)
    if words.phrases["week_before_phrases"].search(t):
        return _week(pub - timedelta(days=pub.weekday() + 7))
    if words.phrases["same_week_phrases"].search(t):
        return _week(pub - timedelta(days=pub.weekday()))
    if words.phrases["month_before_phrases"].search(t):
        first = pub.replace(day=1) - timedelta(days=1)
        return _month(first.year, first.month)
    if words.phrases["same_month_phrases"].search(t):
        return _month(pub.year, pub.month)
    return None


def _month_only(t: str, pub: date | None) -> Result | None:
    """ "in February", "February 2018", "early March": a month without a day number."""
    m = re.fullmatch(rf"(?:{_words().month_leads_re}\s+)*"
                     rf"{_words().month_re}(?:\s+(\d{{4}}))?", t)
    if not m:
        return None
    month = next(i for i, name in enumerate(_words().months, 1) if name.startswith(m[1][:3]))
    if m[2]:
        return _month(int(m[2]), month)
    if pub is None:
        return UNKNOWN
    year = pub.year if month <= pub.month else pub.year - 1
    return _month(year, month)


@functools.cache
def _plain_date_re() -> re.Pattern[str]:
    """A whole date written plainly: "june 17 2024", "17 jun 2024" (cleaned text)."""
    month = _words().month_re
    return re.compile(rf"{month} ([0-3]?\d) ((?:19|20)\d\d)|([0-3]?\d) {month} ((?:19|20)\d\d)")


def _plain_date(t: str) -> datetime | None:
    """The date of a plainly written whole date (see :func:`_plain_date_re`), or None (not
    plain, or no such day): what dateparser reads in it, without its ~3 ms a call."""
    m = _plain_date_re().fullmatch(t)
    if not m:
        return None
    name, day, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
    month = next(i for i, n in enumerate(_words().months, 1) if n.startswith(name[:3]))
    try:
        return datetime(int(year), month, int(day))
    except ValueError:
        return None  # "february 30 2024": dateparser decides


def _parse(t: str, pub: date | None) -> datetime | None:
    plain = _plain_date(t)
    if plain is not None:
        return plain
    settings = dict(_SETTINGS)
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day, 12)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(t, languages=["en"], settings=settings)
    return parsed


def _weekday_year(t: str, year_hint: int) -> Result:
    """A month and day without a year in an undated article, near the year the text names: that
    year, unless a weekday is written and does not fit it; then the one year of the window
    (``weekday_years_before`` / ``_after``) whose same day falls on that weekday ("late on
    Friday, 14 March" in a text naming 2024 is 2025's). A weekday recurs on a month and day
    five years apart at the least, so a window of four years holds one such year at most."""
    weekday = _named_weekday(t)
    years = [year_hint] if weekday is None else [
        year_hint, *(y for y in range(year_hint - WEEKDAY_YEARS_BEFORE, year_hint + WEEKDAY_YEARS_AFTER + 1)
                     if y != year_hint)]
    for year in years:
        parsed = _parse(f"{t} {year}", None)
        if parsed is not None and weekday in (None, parsed.weekday()):
            return _day(parsed.date())
    return UNKNOWN  # "Sunday, December 3" that is no Sunday near the years named: not dated


@functools.cache
def _month_day_re() -> re.Pattern[str]:
    month = _words().month_re
    day = r"([0-3]?\d)(?:st|nd|rd|th)?"
    return re.compile(rf"\b(?:{day} (?:of )?{month}|{month} {day})\b")


def month_day(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, weekday or None; Monday 0) of a date phrase that names a month and a day
    ("the night of Sunday October 27" → (10, 27, 6)), whether or not it names a year: what an
    undated report's year-less date still says, for linking to match against dated reports."""
    t = _DAY_RANGE_RE.sub(r"\1", _clean(text))
    m = _month_day_re().search(t)
    if m is None:
        return None
    day, name = (m[1], m[2]) if m[1] else (m[4], m[3])
    month = next(i for i, n in enumerate(_words().months, 1) if n.startswith(name[:3]))
    try:
        date(2000, month, int(day))  # a leap year: 29 February is a day
    except ValueError:
        return None
    return month, int(day), _named_weekday(t)


def resolve_date(text: str, published: str | None, *,
                 year_hint: int | None = None) -> tuple[str | None, DatePrecision]:
    """``(YYYY-MM-DD, precision)`` of a DATE/TIME span, or ``(None, "unknown")``.

    ``published`` is the article's publication date ("YYYY-MM-DD[Thh:mm…]" or "YYYY-MM");
    relative phrases need a day-precise publication date. ``year_hint`` is the year of a
    month and day written without one ("June 17") when there is no publication date: the
    year the article's other dates name, if the caller knows it.
    """
    pub, day_precise = _publication(published)
    t = _clean(text)
    if not t:
        return UNKNOWN
    m = _ISO_RE.search(t)
    if m:
        try:
            return _day(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return UNKNOWN
    month_only = _month_only(t, pub)
    if month_only is not None:
        return month_only
    has_month = re.search(rf"\b{_words().month_re}\b", t) is not None
    if not has_month:
        if pub is None or not day_precise:
            return UNKNOWN
        return _relative(t, pub) or UNKNOWN
    t = _words().phrases["filler_words"].sub(" ", t)
    t = _DAY_RANGE_RE.sub(r"\1", re.sub(r"\s+", " ", t).strip())
    if not _DAY_NUM_RE.search(re.sub(r"\b\d{4}\b", "", t)):
        return UNKNOWN
    if _YEAR_RE.search(t):
        parsed = _parse(t, pub)
        return _day(parsed.date()) if parsed else UNKNOWN
    if pub is None:
        if year_hint is None:
            return UNKNOWN  # a day without a year and nothing to anchor it
        return _weekday_year(t, year_hint)
    parsed = _parse(f"{t} {pub.year}", pub)
    if parsed is None:
        return UNKNOWN
    d = parsed.date()
    # with a month-only publication date, any day of that month counts as not after it
    latest = pub if day_precise else (pub.replace(day=28) + timedelta(days=4)).replace(day=1)
    if d > latest or (d == latest and not day_precise):
        try:
            d = d.replace(year=d.year - 1)
        except ValueError:  # 29 February
            return UNKNOWN
    return _day(d)
