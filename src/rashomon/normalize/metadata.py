"""Article metadata: outlet from the URL, published and updated dates from fields and text."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from rashomon.normalize.boilerplate import load_rules
from rashomon.normalize.dates import BARE_DATE_LINE, parse_date, unread_reason

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Dates:
    published: str | None = None
    updated: str | None = None
    warnings: list[str] = field(default_factory=list)


def outlet_from_url(url: str | None) -> str | None:
    """``"https://www.reuters.com/world/..."`` → ``"reuters.com"``; None if there is no host."""
    if not url:
        return None
    candidate = url.strip()
    if "://" not in candidate:
        candidate = "//" + candidate
    try:
        host = urlsplit(candidate).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


@dataclass(slots=True)
class _TextDates:
    published: str | None = None
    bare: str | None = None
    updated: str | None = None


# Speed only: the lines split off the top. Normalized text has at most one blank line in a row
# (whitespace.py), so these hold far more than the date_line_window non-empty lines searched.
_HEAD_LINES = 200  # performance only (see above)


def _dates_in_text(text: str) -> _TextDates:
    """Published/updated lines and bare date lines among the first lines of the text."""
    rules = load_rules()
    found = _TextDates()
    lines = [line for line in text.split("\n", _HEAD_LINES)[:_HEAD_LINES] if line.strip()]
    for line in lines[: rules.date_line_window]:
        line = line.strip()
        published = rules.published_line.fullmatch(line)
        if published and found.published is None:
            value = published.group("date")
            # "Published: 12 May 2020 Updated: 13 May 2020": cut at the updated part
            updated_in_line = rules.updated_line.search(value)
            if updated_in_line and updated_in_line.start() > 0:
                found.updated = found.updated or parse_date(updated_in_line.group("date"))
                value = value[: updated_in_line.start()]
            found.published = parse_date(value)
            continue
        updated = rules.updated_line.fullmatch(line)
        if updated:
            found.updated = found.updated or parse_date(updated.group("date"))
            continue
        if found.bare is None and BARE_DATE_LINE.fullmatch(line):
            found.bare = parse_date(line)
    return found


def _refines(fine: str | None, coarse: str) -> bool:
    return fine is not None and len(coarse) == 7 and fine.startswith(coarse + "-")


def find_dates(text: str, raw_published: str | None, page_date: str | None) -> Dates:
    """Choose the published and updated dates.

    Order for ``published``: the input's own field, a "Published …" line, a bare date line
    near the top, an "Updated …" line, the leading page-metadata date. A month-only field
    ("2018-06") is refined by a text date in that month.
    """
    result = Dates()
    in_text = _dates_in_text(text)
    result.updated = in_text.updated
    from_field = parse_date(raw_published)
    if raw_published and from_field is None:
        result.warnings.append(f"could not parse the published date {raw_published!r}: "
                               f"{unread_reason(raw_published)}")
    text_date = in_text.published or in_text.bare
    if from_field:
        result.published = from_field
        for candidate in (in_text.published, in_text.bare, in_text.updated):
            if _refines(candidate, from_field):
                result.published = candidate
                break
    elif text_date:
        result.published = text_date
    elif in_text.updated:
        result.published = in_text.updated
        result.warnings.append("published date taken from the 'Updated' line")
    elif page_date:
        result.published = parse_date(page_date)
        result.warnings.append("published date taken from the page metadata line")
    return result
