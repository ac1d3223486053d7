"""Datelines: where and when a story was filed, and by whom, at the head of a paragraph.

One reader for every stage that must tell a dateline from the story: the frames' reference
date (:mod:`.frames_dates`), the speaker that is not a dateline's place (attribution), the
place that is only where the story was filed (frame places). The forms::

    KHARTOUM, Sudan (Reuters) — …          place, region, outlet
    Yangon, March 3 (AFP) - …              place, date, outlet
    GOMA — …                               place
    MOGADISHU, 5 March 2023 — …            place, date
    WASHINGTON, Tuesday, March 5, 2024 —   place, weekday and date
    DEIR AL-BALAH, Gaza Strip, Oct. 3 (AP) place, region, date, outlet, then a dash
    Bamako: At least …                     place and a colon (``Dateline.colon``)

The place is written in capitals ("KHARTOUM", "DEIR AL-BALAH", "N'DJAMENA"), or in title
case when a date or an outlet follows it ("Yangon, March 3 (AFP) -"): a title-case word before a
bare dash is too often a headline's ("Israel - Hamas war"). Without an outlet the dash must be
spaced ("US-backed" is no dateline); after an outlet a dash or a colon may touch it
("(Reuters)-"); a place alone may end in a colon. The region is one to four title-case words
after a comma ("Sudan", "Gaza Strip", "Democratic Republic of Congo"); the date a month and day
in either order, maybe after a weekday, maybe with a year, or an ISO date; the outlet stands
after the place or after the date. A pure reader of text: no spaCy, no gazetteer.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rashomon.lexicon import words

__all__ = ["Dateline", "in_dateline", "in_outlet", "paragraph_dateline", "parse_dateline"]

_MAX_CHARS = 160  # a dateline is short: a place, a region, a date, an agency
_HEAD_LINES = 3  # a story's dateline heads one of its first lines (a headline or a date stamp may come first)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found in ``text``: character spans (start, end) of its parts; ``end`` is
    where the story begins (after the dash and its spaces)."""

    start: int
    end: int
    place: tuple[int, int]
    region: tuple[int, int] | None
    date: tuple[int, int] | None
    outlet: tuple[int, int] | None
    text: str
    colon: bool = False  # "Bamako: At least …": a place and a colon, the loosest form

    def part(self, span: tuple[int, int] | None) -> str | None:
        return self.text[span[0]:span[1]] if span is not None else None

    @property
    def place_text(self) -> str:
        return self.text[self.place[0]:self.place[1]]

    @property
    def region_text(self) -> str | None:
        return self.part(self.region)

    @property
    def date_text(self) -> str | None:
        return self.part(self.date)

    @property
    def outlet_text(self) -> str | None:
        return self.part(self.outlet)

    @property
    def capitals(self) -> bool:
        """Whether the place is written in capitals (the classic dateline)."""
        return self.place_text.isupper()


def _names(key: str) -> list[str]:
    return sorted(words("dates.yaml", key), key=len, reverse=True)


@functools.cache
def _parts() -> tuple[str, str, str]:
    """(weekday, month, date) as regular expressions, from the words of ``data/dates.yaml``."""
    months = [m.capitalize() for m in _names("months")]
    shorts = sorted({m[:3] for m in months} | {s.capitalize() for s in _names("month_short_forms")},
                    key=len, reverse=True)
    month = r"(?:" + "|".join(months) + r"|(?:" + "|".join(shorts) + r")\.?)"
    weekdays = [w.capitalize() for w in _names("weekdays")]
    wshort = [w.capitalize() for w in _names("weekday_short_forms")]
    weekday = r"(?:" + "|".join(weekdays) + r"|(?:" + "|".join(wshort) + r")\.?)"
    day = r"[0-3]?\d(?:st|nd|rd|th)?"
    date = (rf"(?:(?:{weekday},?\s+)?(?:{month}\s+{day}|{day}\s+{month})(?:,?\s+(?:19|20)\d\d)?"
            rf"|(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\w])")
    return weekday, month, date


@functools.cache
def _pattern() -> re.Pattern[str]:
    weekday, month, date = _parts()
    caps_word = r"[A-Z][A-Z.'’\-]*[A-Z.]"
    caps = rf"{caps_word}(?:[ ]{caps_word}){{0,3}}"
    title_word = r"[A-Z][a-z'’\-]+"
    title = rf"{title_word}(?:[ ]{title_word}){{0,2}}"
    region = r"[A-Z][A-Za-z'’.\-]+(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][A-Za-z'’.\-]+){0,3}"
    # the outlet after the place ("ABUJA (Reuters), 12 June 2024 —") or after the rest
    tail = (rf"(?:[ \t]*\((?P<outlet_first>[^()\n]{{1,40}})\))?"
            rf"(?:,[ \t]*(?!{weekday}\b)(?P<region>{region}))?(?:,?[ \t]*(?P<date>{date}))?"
            rf"(?:[ \t]*\((?P<outlet>[^()\n]{{1,40}})\))?")
    return re.compile(
        rf"[ \t]*(?:(?P<caps>{caps})|(?!(?:{weekday}|{month})\b)(?P<title>{title})){tail}"
        rf"(?P<sep>(?<=\))[ \t]*(?:--|[-–—:])[ \t]*|[ \t]+(?:--|[-–—])[ \t]+|(?P<colon>:)(?:[ \t]+|(?=\n)))")


@functools.cache
def _stamp() -> re.Pattern[str]:
    """Date stamps a paragraph may start with before its dateline, one or more: "2024-03-02 ",
    "03/29/2016: ", "date 2024-10-08 10/08/2024 October 8, 2024 "."""
    _, _, date = _parts()
    one = rf"(?:date[ \t]+)?(?:{date}|[0-3]?\d/[0-3]?\d/\d{{2,4}})(?:[ \t]*:)?[ \t]+"
    return re.compile(rf"[ \t]*(?:{one})+")


def parse_dateline(text: str, pos: int = 0) -> Dateline | None:
    """The dateline starting at ``pos`` of ``text`` (spaces before it allowed), else None."""
    m = _pattern().match(text, pos, min(len(text), pos + _MAX_CHARS))
    if m is None:
        return None
    place = m.span("caps") if m["caps"] else m.span("title")
    outlet = m.span("outlet") if m["outlet"] else m.span("outlet_first") if m["outlet_first"] else None
    if m["title"] and not (m["date"] or outlet or m["colon"]):
        return None  # "Israel - Hamas war": a headline, not a dateline
    if place[1] - place[0] < 3:
        return None  # "UN -", "US —": an acronym at the head of a sentence
    region = m.span("region") if m["region"] else None

    def span(group: str) -> tuple[int, int] | None:
        return m.span(group) if m[group] else None

    return Dateline(start=place[0], end=m.end(), place=place, region=region, date=span("date"),
                    outlet=outlet, text=text, colon=bool(m["colon"]))


def paragraph_dateline(text: str, pos: int) -> Dateline | None:
    """The dateline at the head of the paragraph (line) holding ``pos``, after a date stamp
    if the line starts with one ("2024-03-02 Tbilisi: …"), else None."""
    start = text.rfind("\n", 0, pos) + 1
    stamp = _stamp().match(text, start)
    return parse_dateline(text, stamp.end() if stamp else start)


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in the place or the region of its paragraph's
    dateline: where the story was filed ("GOMA" and "Congo" of "GOMA, Congo — …")."""
    found = paragraph_dateline(text, start)
    if found is None:
        return False
    return any(span is not None and span[0] <= start and end <= span[1]
               for span in (found.place, found.region, found.outlet))


@functools.lru_cache(maxsize=16)
def _outlet_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every occurrence of the outlet named in the story's dateline ("(Sahel Wire)"), where
    the story names it again ("a source told Sahel Wire"): a name of two words or more after
    a date or a region ("CITY, Sept 20 (Sahel Wire) -"), where a bracket holds no region.
    Cached per text: the place stage asks once per mention."""
    pos = 0
    for _ in range(_HEAD_LINES):
        found = paragraph_dateline(text, pos)
        if found is not None and found.outlet is not None:
            name = text[found.outlet[0]:found.outlet[1]].strip()
            if len(name.split()) < 2 or (found.date is None and found.region is None):
                # "(Reuters)" names no place; "JUBA (South Sudan) -" may be a region in brackets
                return (found.outlet,)
            return tuple((m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
        nxt = text.find("\n", pos)
        if nxt < 0:
            break
        pos = nxt + 1
    return ()


def in_outlet(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in the name of the outlet that filed the story, in its
    dateline or named again in it: "Sahel" of "BAMAKO, Sept 20 (Sahel Wire) - … told Sahel
    Wire" names a news service, no place."""
    return any(s <= start and end <= e for s, e in _outlet_spans(text))
