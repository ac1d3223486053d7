"""What an article's relative dates resolve against (:mod:`.frames_dates`): the publication
date, else the updated date, else the date of the dateline it was filed under; and which
characters at its head are a date stamp or a dateline (their date is the day the piece was
filed, a statement's date, never the incident's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rashomon.extract.dateline import parse_dateline
from rashomon.gazetteer.dates import resolve_date
from rashomon.types import Article

_YEAR = re.compile(r"\b(19|20)\d{2}\b")


# a date stamp heading the text, before its dateline if any ("date 2021-09-15 BAGHDAD (Reuters) -
# …", "2024-01-08 Dozens were killed …"): the day the piece was filed, as a dateline's date
# (the ISO form of extract.dateline's stamps; "03/29/2016:" heads a GTD summary with the
# incident's own date, and is left to be read as a date of the text)
_HEAD_STAMP = re.compile(r"\s*(?:date[ \t]+)?\d{4}-\d{2}-\d{2}(?:[ \t]*:)?[ \t]+")


@dataclass(frozen=True, slots=True)
class Reference:
    """What relative dates resolve against, and how it was found."""

    value: str | None  # "YYYY-MM-DD[…]" or "YYYY-MM"
    note: str  # "publication date", "updated date", "dateline date", "no publication date"
    day: str | None  # the day-precise reference, if any
    skip_until: int = 0  # characters of the text that are the dateline the reference came from
    # characters of the text that are a dateline: its date is the day the report was filed
    # ("MOGADISHU, 5 March 2023 — The toll from Saturday's bombing …"), a statement's date
    dateline_end: int = 0

    @classmethod
    def of(cls, article: Article) -> Reference:
        stamp = _HEAD_STAMP.match(article.text)
        line = parse_dateline(article.text, stamp.end() if stamp else 0)
        filed = line.end if line is not None and line.date is not None else stamp.end() if stamp else 0
        for value, note in ((article.published, "publication date"), (article.updated, "updated date")):
            if value and len(value) >= 10:
                return cls(value, note, value[:10], dateline_end=filed)
        if article.published:
            return cls(article.published, "publication month", None, dateline_end=filed)
        found = dateline_date(article.text)
        if found is not None:
            return cls(found[0], "dateline date", found[0], found[1])
        return cls(None, "no publication date", None)


def dateline_date(text: str) -> tuple[str, int] | None:
    """(YYYY-MM-DD, end of the dateline) of a dateline at the head of ``text`` whose date
    gives its year ("MOGADISHU, 5 March 2023 — …", "GOMA, Congo, May 3, 2024 – …", "SANAA,
    Sept. 15, 2021 (YPA) – …"; :mod:`.dateline`), else None: an article without a publication
    date is dated by the dateline it was filed under."""
    found = parse_dateline(text)
    if found is None or found.date_text is None or not _YEAR.search(found.date_text):
        return None
    value, precision = resolve_date(found.date_text, None)
    return (value, found.end) if value is not None and precision == "day" else None
