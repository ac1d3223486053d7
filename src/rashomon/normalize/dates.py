"""Parse publication dates as written into ISO strings.

Output forms: ``"YYYY-MM-DD"``, ``"YYYY-MM-DDTHH:MM[:SS]"`` with ``"+HH:MM"`` when the
offset is known, or ``"YYYY-MM"`` when only the month is given. Nothing here ever falls
back to the current date: a string without a four-digit year is not a date.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

from rashomon.lexicon import LexiconError
from rashomon.lexicon import load as load_lexicon
from rashomon.normalize.boilerplate import load_rules

_DATELINE = load_lexicon("dates.yaml")
_SUFFIX = "|".join(map(re.escape, _DATELINE["ordinal_suffixes"]))  # "3rd" (data/dates.yaml)
_UTC = "|".join(map(re.escape, _DATELINE["utc_names"]))  # "GMT+3"
_AT = "|".join(map(re.escape, _DATELINE["time_separator_words"]))  # "June 3, 2024 at 10:15"
_YEAR = re.compile(r"\b(1[89]\d{2}|2[01]\d{2})\b")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")
_ORDINAL = re.compile(r"\b(\d{1,2})(" + _SUFFIX + r")\b", re.IGNORECASE)
_TIME = re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?!\d|\.\d)|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_SECONDS = re.compile(r"(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)")
_NUMERIC_OFFSET = re.compile(r"\s*(?:" + _UTC + r")?\s*([+-])(\d{1,2}):?(\d{2})?\s*$", re.IGNORECASE)
_TZ_WORD = re.compile(r"\s*\(?\b([A-Z]{1,5})\)?\s*$")
_SEPARATORS = re.compile(r"\s+(?:[-–—|/•]|" + _AT + r")\s+|\s*,\s*(?=\d{1,2}[:.]\d{2})", re.IGNORECASE)


def _weekday() -> str:
    """An optional weekday before a dateline's date: a short form, maybe an ending that makes
    it a full name (data/dates.yaml), then a dot, a comma, a space."""
    data = load_lexicon("dates.yaml")
    short = [str(w).lower() for w in data["weekday_short_forms"]]
    endings = [str(w).lower() for w in data["weekday_endings"]]
    for day in data["weekdays"]:
        if not any(str(day).lower() == s + e for s in short for e in endings):
            raise LexiconError("dates.yaml", "weekday_short_forms", f"no short form and ending make {day!r}")
    return (r"(?:(?:" + "|".join(map(re.escape, short)) + r")(?:" + "|".join(map(re.escape, endings))
            + r")?\.?,?\s+)?")


_WEEKDAY = _weekday()


def _month_name() -> str:
    """A month's name, its first three letters or a further short form ("sept"; data/dates.yaml),
    then maybe a dot."""
    data = load_lexicon("dates.yaml")
    forms = [re.escape(str(f).lower()) for f in data["month_short_forms"]]
    for name in (str(m).lower() for m in data["months"]):
        forms.append(re.escape(name[:3]) + (f"(?:{re.escape(name[3:])})?" if name[3:] else ""))
    return "(?:" + "|".join(forms) + r")\.?"


_MONTH_NAME = _month_name()
# a line that is nothing but a date (and maybe a time and a zone)
BARE_DATE_LINE = re.compile(
    _WEEKDAY
    + r"(?:" + _MONTH_NAME + r"\s+\d{1,2}(?:" + _SUFFIX + r")?,?\s*\d{4}"
    + r"|\d{1,2}(?:" + _SUFFIX + r")?\s+" + _MONTH_NAME + r",?\s+\d{4}"
    + r"|\d{4}-\d{2}-\d{2})"
    + r"(?:\s*(?:[-–—|,•]|" + _AT + r")?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    + r"(?:\s*\(?[A-Z]{2,5}\)?|\s*(?:" + _UTC + r")?\s*[+-]\d{1,2}:?\d{2})?)?",
    re.IGNORECASE,
)

_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _offset(sign: str, hours: str, minutes: str | None) -> str:
    return f"{sign}{int(hours):02d}:{int(minutes or 0):02d}"


def _split_zone(text: str) -> tuple[str, str | None]:
    """Remove a trailing time-zone name or numeric offset; return (text, "+HH:MM" or None)."""
    match = _NUMERIC_OFFSET.search(text)
    if match and _TIME.search(text[: match.start()]):
        return text[: match.start()], _offset(match.group(1), match.group(2), match.group(3))
    match = _TZ_WORD.search(text)
    if match and not re.fullmatch(r"[ap]m", match.group(1), re.IGNORECASE):
        zones = load_rules().timezones
        name = match.group(1).upper()
        # unknown abbreviations are dropped too: dateparser would guess (IST → Israel)
        if name in zones or len(name) >= 2:
            return text[: match.start()], zones.get(name)
    return text, None


def _format(value: datetime, *, has_time: bool, has_seconds: bool, offset: str | None) -> str:
    if not has_time:
        return value.date().isoformat()
    stamp = value.strftime("%Y-%m-%dT%H:%M:%S" if has_seconds else "%Y-%m-%dT%H:%M")
    return stamp + (offset or "")


def _from_iso(text: str) -> str | None:
    if _YEAR_MONTH.fullmatch(text):
        month = int(text[5:7])
        return text if 1 <= month <= 12 else None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    offset = None
    if value.utcoffset() is not None:
        offset = value.strftime("%z")
        offset = f"{offset[:3]}:{offset[3:5]}"
    has_seconds = value.second != 0 or bool(_SECONDS.search(text))
    return _format(value, has_time=True, has_seconds=has_seconds, offset=offset)


_ANY_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def unread_reason(text: str) -> str:
    """Why :func:`parse_date` gave None for ``text``: a year out of range, or no date form."""
    years = _ANY_YEAR.findall(text)
    if years and not _YEAR.search(text):
        return f"year {years[0]} is outside the years read as publication dates (1800-2199)"
    return "not a date form rashomon reads"


def parse_date(text: str | None) -> str | None:
    """Parse a date as written ("Updated: September 15th, 2021 03:50 PM IST") or None."""
    if not text:
        return None
    text = " ".join(text.split())
    if not text or not _YEAR.search(text):
        return None
    iso = _from_iso(text)
    if iso:
        return iso
    body, offset = _split_zone(_ORDINAL.sub(r"\1", text))
    body = _SEPARATORS.sub(" ", body).strip(" ,-")
    has_time = bool(_TIME.search(body))
    parsed = dateparser.parse(body, languages=["en"], settings=_SETTINGS)
    if parsed is None:
        month_only = dateparser.parse(
            body, languages=["en"], settings={"REQUIRE_PARTS": ["month", "year"]}
        )
        return month_only.strftime("%Y-%m") if month_only else None
    return _format(
        parsed, has_time=has_time, has_seconds=bool(_SECONDS.search(body)), offset=offset
    )
