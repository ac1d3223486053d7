"""Blocking: which frames are worth comparing at all.

Each frame is first turned into a :class:`FrameInfo` (dates as day-ordinal intervals, place
identity, tokens). Candidate pairs are then generated only inside blocks, by a
:class:`BlockIndex` whose :meth:`~BlockIndex.neighbours` relation is symmetric (so the same
index answers "all pairs" for a full run and "what does this frame touch" for an incremental
one):

* **place**: a frame with coordinates (town or exact precision, or coordinates of unknown
  precision) sits in a lat/lon grid cell about ``link_radius_km`` wide and is compared with
  frames in its own and the neighbouring cells; a town without coordinates is keyed by
  (country, name); a frame at country or region precision is compared with every frame of
  that country; a frame without a resolved location is keyed by its normalized
  ``place_text``. A frame with no place at all is never compared (it stays its own event).
* **date**: day ordinals are bucketed by ``link_date_window_days``; a dated frame is
  compared with frames in its own and the neighbouring buckets. A frame without a date of
  its own, from an article with a publication date, is read as "in the
  ``link_undated_lookback_days`` before publication" (a loose interval, like a month date);
  a background frame (an earlier incident the article mentions) is not. A frame the extract
  stage dated to its article's publication week or month (no date in the text) is read as
  the days up to publication, and counts as dated by publication (``inferred``), not by its
  text. A frame dated by the first statement about the incident ("X said on Monday that
  ...") is read as that day or the one before (a day the text gives, either one). A frame
  with no date at all is compared with every frame at its place (all buckets), unless the
  dated frames there fall in more than ``UNDATED_MAX_BUCKETS`` date buckets: at a place
  with many incidents over time (dated frames whose middles fall in more than that many
  buckets) an undated report cannot be placed in time with any confidence (and comparing it
  with years of reports would make the cost grow with the square of the corpus span), so it
  is compared with the undated frames there that are not so placed (not with the other
  undated frames of a busy place: their number grows with the corpus, their pairs with
  its square), and, through its **target words**, below, with the few reports naming the
  same two target words (two shared details are what links two undated reports). One big
  incident with hundreds of reports occupies few buckets and stays reachable.

* **bounded blocks**: a dated frame meets the dated frames of its own place blocks (its
  cell, its place, its place as written) only within ``RANK_WINDOW`` of it in the block's
  date order (sorted by date, then frame key): a symmetric relation that bounds the work
  of a town with many reports a day, or of one incident with thousands of reports. Frames
  of neighbouring cells meet when each lies in the other's rank window of the other cell,
  and only towns and sites within the radius. In a window, only dates at most
  ``link_date_window_days`` apart are kept: farther ones are never one event. The order
  is by each frame's anchor day (:func:`~rashomon.link.blocks.anchor_day`): the middle of
  a week or a month, the last day of an interval read from the publication (the incident
  is days before it, not a month). Country-level frames of a crowded country meet their
  dated peers in the same kind of window of the country's date order; undated ones, their
  undated peers.
* **across a border** (:mod:`~rashomon.link.across`): a dated frame placed only by its
  region meets the dated frames of other countries in the cells of a region's radius
  (``region_radius_km``) around it, and those whose incident sentence names its place, on
  dates that fit: a region's name two countries share ("Kurdistan") resolves to one of them,
  a report filed abroad is placed where it was filed. The link stage joins such a pair only
  on what both name (:func:`~rashomon.link.decision.country_clash`).
* **names**: a frame is also filed under its place as written, so a report whose place
  the gazetteer left unresolved meets the reports that name the place alike.
* **target words**: a frame whose targets name two distinctive words ("the Kestrani
  bakery") meets the frames of its country naming the same two, whatever its place and
  date blocks, while at most ``WORD_MAX_FRAMES`` frames name them (a kind of site,
  "bakery" alone, is no key): a report naming only the country in a crowded country, or an
  undated one at a busy place, still meets the few reports of its incident that name its
  target, and links to them only on two shared details.

The cost is therefore proportional to the number of frames times a bounded block size, not
to the square of the number of frames.
"""

from __future__ import annotations

import calendar
import logging
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from rashomon.config import setting
from rashomon.lexicon import is_placeholder, words
from rashomon.link.index import BlockIndex
from rashomon.link.info import (
    BROAD_MAX_CANDIDATES,
    BROAD_PRECISIONS,
    KM_PER_DEGREE,
    PINNED_PRECISIONS,
    STATEMENT_NOTE,
    UNDATED_MAX_BUCKETS,
    Content,
    FrameInfo,
    PlaceKey,
    from_statement,
    haversine_km,
    norm,
    shared,
    tokens,
)
from rashomon.types import Frame

__all__ = ["BROAD_MAX_CANDIDATES", "KM_PER_DEGREE", "STATEMENT_NOTE", "UNDATED_MAX_BUCKETS",
           "FrameInfo", "PlaceKey", "candidate_pairs", "from_statement", "haversine_km", "norm",
           "place_tokens", "prepare"]

logger = logging.getLogger(__name__)

WEEK_HALF_WIDTH_DAYS: int = setting("link.blocking", "week_half_width_days")  # a week-precision date: its middle ±
# a statement's day is the incident's or the next one: 12 frames dated by a statement in the
# dev set, more-conflicts and the sample gold, 6 on the incident's day, 5 the day after
STATEMENT_LAG_DAYS: int = setting("link.blocking", "statement_lag_days")
PLACE_STOPWORDS = words("link_words.yaml", "place_stopwords")  # "near the town of Kalma" -> "kalma"


AREA_NOUNS = words("link_words.yaml", "area_nouns")  # "Kasese district", "the province of Kunduz"


def named_as_area(frame: Frame) -> bool:
    """The incident sentence calls the frame's town by an area's noun each time it names it
    ("families in Kasese district buried …", "the district of Gulu"): the place reader took
    the area's seat, but the report names the area, and its incident may lie anywhere in it.
    Not when the sentence also names the town itself ("Baghdad city, Baghdad governorate")."""
    loc = frame.location
    if loc is None or loc.precision != "town" or not loc.name:
        return False
    text, name = frame.evidence.text, loc.name
    at = text.find(name)  # the cheap test first: most sentences name their town so or not at all
    area = False
    while at >= 0:
        end = at + len(name)
        if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum()):  # the whole word
            # not "the Karrada district of Baghdad": a quarter of a city, not an area around it
            after = text[end:end + 24].split(maxsplit=2)
            if not ((after and after[0].casefold().rstrip(",.;:") in AREA_NOUNS
                     and not (len(after) > 1 and after[0][-1:].isalpha() and after[1] == "of"))
                    or _area_before(text[max(0, at - 16):at])):
                return False  # the town named as such
            area = True
        at = text.find(name, end)
    return area


def _area_before(before: str) -> bool:
    """"… the district of " before a name."""
    words_before = before.split()
    return len(words_before) >= 2 and words_before[-1] == "of" and words_before[-2].casefold() in AREA_NOUNS


@lru_cache(maxsize=1 << 16)
def place_tokens(text: str | None) -> frozenset[str]:
    return frozenset(t for t in tokens(text) if t not in PLACE_STOPWORDS)


@lru_cache(maxsize=1 << 16)
def _place_id(name: str, country: str | None) -> tuple[str, ...]:
    return "loc", norm(name), country or ""


@lru_cache(maxsize=1 << 16)
def _text_id(text: str) -> tuple[str, ...] | None:
    key = norm(text)
    return ("text", key) if key else None


def _date_interval(frame: Frame) -> tuple[int | None, int | None, bool]:
    if not frame.date:
        return None, None, False
    raw = frame.date.strip()
    try:
        day = date.fromisoformat(raw[:10])
    except ValueError:
        try:
            year, month = (int(p) for p in raw[:7].split("-"))
            day = date(year, month, 1)
        except ValueError:
            logger.debug("frame %s#%s: unreadable date %r, treated as undated",
                         frame.article_id, frame.index, frame.date)
            return None, None, False
        last = date(year, month, calendar.monthrange(year, month)[1])
        return day.toordinal(), last.toordinal(), False
    d = day.toordinal()
    if frame.date_precision == "month":
        last = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        return day.replace(day=1).toordinal(), last.toordinal(), False
    if frame.date_precision == "week":
        return d - WEEK_HALF_WIDTH_DAYS, d + WEEK_HALF_WIDTH_DAYS, False
    return d, d, True  # "day", or a full date whose precision was not stated


def _published_interval(published: str | None, lookback_days: int) -> tuple[int, int] | None:
    """Day ordinals of [publication − lookback, publication] (a bare month: its last day)."""
    if not published:
        return None
    raw = published.strip()
    try:
        day = date.fromisoformat(raw[:10])
    except ValueError:
        try:
            year, month = (int(p) for p in raw[:7].split("-"))
            day = date(year, month, calendar.monthrange(year, month)[1])
        except ValueError:
            return None
    return day.toordinal() - max(0, lookback_days), day.toordinal()


def from_publication(frame: Frame, published: str | None) -> bool:
    """The frame's date is its article's publication date (no date in the text): the
    extract stage dates such a frame to the publication's week or month."""
    if frame.date_text is not None or not frame.date or not published:
        return False
    if frame.date_precision == "week":
        return frame.date[:10] == published[:10]
    return frame.date_precision == "month" and frame.date[:7] == published[:7]


def prepare(frame: Frame, published: str | None = None, lookback_days: int = 0,
            content: Content | None = None) -> FrameInfo:
    """``published``: the article's publication date, used only when the frame has no date of
    its own and is not a background mention (see the module docstring); ``content``: what the
    frame and its claims say (:mod:`~rashomon.link.content`), if known."""
    lo, hi, exact = _date_interval(frame)
    inferred = False
    if lo is not None and exact and from_statement(frame):
        # "X said on Monday that ... were killed": the day of the statement, not of the
        # incident, which happened that day or before (still a day the text gives)
        lo -= STATEMENT_LAG_DAYS
    elif lo is not None and from_publication(frame, published):
        # "no date in the text": the incident happened on or before publication (the
        # publication's week or month is no later bound than the publication itself)
        inferred = True
        if frame.date_precision == "week":
            assert hi is not None
            hi = lo + WEEK_HALF_WIDTH_DAYS
        day = _published_interval(published, 0)
        if day is not None and hi is not None and lo <= day[1] < hi:
            hi = day[1]
    elif lo is None and not frame.background:
        window = _published_interval(published, lookback_days)
        if window is not None:
            (lo, hi), inferred = window, True
    loc = frame.location
    # "Kasese district": the area, not its seat; only in a report with no date at all, which
    # joins an incident only by what it shares (a dated report so placed would fit, by one
    # figure, any incident of a province's radius: a district is smaller)
    if loc is not None and lo is None and named_as_area(frame):
        loc = replace(loc, precision="region")
        frame = replace(frame, location=loc)
    lat = lon = None
    pinned = broad = False
    country = None
    place_id: tuple[str, ...] | None = None
    if loc is not None:
        country = sys.intern(loc.country.upper()) if loc.country else None
        lat, lon = loc.lat, loc.lon
        pinned = loc.precision in PINNED_PRECISIONS
        broad = loc.precision in BROAD_PRECISIONS
        place_id = _place_id(loc.name, country)
    elif frame.place_text:
        place_id = _text_id(frame.place_text)
    actors = shared(frozenset(
        norm(x) for x in (*frame.perpetrators, *frame.targets) if not is_placeholder(x)
    ))
    return FrameInfo(
        frame=frame, lo=lo, hi=hi, exact=exact,
        lat=lat, lon=lon, pinned=pinned, broad=broad, country=country, place_id=place_id,
        tokens=place_tokens(frame.place_text), actors=actors, inferred=inferred,
        content=content,
    )


def candidate_pairs(infos: Sequence[FrameInfo], window_days: int,
                    radius_km: float) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, of positions in ``infos`` that share a place and date block."""
    return BlockIndex(infos, window_days, radius_km).pairs()
