"""Shared types and helpers of the link stage: a frame prepared for linking, its content,
distances and name forms. Every other link module builds on this one (and on nothing else
of the stage), so the stage has no import cycle."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rashomon.config import setting

# the gazetteer's great-circle distance, re-exported for the link modules
from rashomon.gazetteer.place_context import EARTH_RADIUS_KM as EARTH_RADIUS_KM
from rashomon.gazetteer.place_context import haversine_km as haversine_km
from rashomon.types import Frame

KM_PER_DEGREE = 111.2
PINNED_PRECISIONS = frozenset({"exact", "town"})
BROAD_PRECISIONS = frozenset({"country", "region"})
UNDATED_MAX_BUCKETS: int = setting("link.info", "undated_max_buckets")  # dated incidents near an undated frame
BROAD_MAX_CANDIDATES: int = setting("link.info", "broad_max_candidates")  # frames near a country-level frame
# the bounds on a block's work (provenance in data/settings.toml, [link.info])
RANK_WINDOW: int = setting("link.info", "rank_window")
WORD_MAX_FRAMES: int = setting("link.info", "word_max_frames")
WORD_KEY_MAX_WORDS: int = setting("link.info", "word_key_max_words")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)

PlaceKey = tuple[str | int, ...]
STATEMENT_NOTE = "the date of the first statement about it"  # extract.frames' provenance note


def from_statement(frame: Frame) -> bool:
    """The frame's date is that of the first statement about the incident (the extract stage
    says so in the date's provenance): the text gives no date of the incident itself."""
    source = frame.sources.get("date")
    return source is not None and STATEMENT_NOTE in (source.note or "")


@lru_cache(maxsize=1 << 16)
def shared(value: frozenset[Any]) -> frozenset[Any]:
    """One object for equal sets (frames of one place or incident repeat them): memory."""
    return value


def norm(text: str) -> str:
    """Lower-case, collapse whitespace and hyphens: the form names are compared in."""
    return " ".join(_TOKEN.findall(text.casefold()))


def tokens(text: str | None) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return _TOKEN.findall(text.casefold()) if text else []


@dataclass(frozen=True, slots=True)
class Content:
    """What a report says about its incident beyond place, date and type: the details that
    tell one incident from another at the same place (see :mod:`~rashomon.link.content`)."""

    figures: frozenset[tuple[str, int]] = frozenset()  # ("killed", 22), ("injured", 12)
    words: frozenset[str] = frozenset()  # distinctive words naming targets and sites
    names: frozenset[str] = frozenset()  # people named as sources ("josh jacques")
    stances: frozenset[tuple[str, str, str]] = frozenset()  # (source, stance, perpetrator)
    # of ``words``, those written capitalised in a target: the name of a site ("zorob" of
    # "the home of the Zorob family", "kalakla" of "a house in Kalakla")
    sites: frozenset[str] = frozenset()
    # things named beyond these (a monitor, a local force, a victims' trade), each by its
    # names: read only for a report with no date and a clash of countries (link.marks)
    marks: frozenset[frozenset[str]] = frozenset()
    # villages the report names, folded (link.villages): read only for one day's reports
    # placed coarsely in one region
    villages: frozenset[str] = frozenset()
    # each claim's toll by its source: (source, "killed"/"injured", value, revised: "up" when
    # the claim says the toll rose, "any" when it says it was revised, else ""): read only for
    # a toll one source revised (link.parties)
    tolls: frozenset[tuple[str, str, int, str]] = frozenset()
    # the weekdays (Monday = 0) a report with no date of its own names its act by ("Saturday's
    # attack", "the toll from Sunday's bombing"), in its sentence or its claims (link.parties)
    weekdays: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.figures or self.words or self.names or self.stances or self.marks
                    or self.villages)


NO_CONTENT = Content()


@dataclass(frozen=True, slots=True)
class FrameInfo:
    """A frame prepared for linking. ``lo``/``hi`` are day ordinals (None: undated)."""

    frame: Frame
    lo: int | None
    hi: int | None
    exact: bool  # dated to one day by the text
    lat: float | None
    lon: float | None
    pinned: bool  # a point place: town or exact precision
    broad: bool  # country or region precision: blocks with its whole country
    country: str | None
    place_id: tuple[str, ...] | None  # identity of the resolved place
    tokens: frozenset[str]  # place_text tokens
    actors: frozenset[str]  # perpetrators and targets, normalized
    inferred: bool = False  # lo/hi come from the article's publication date, not the text
    content: Content | None = None  # None: not computed yet (see link.link_infos)

    @property
    def key(self) -> str:
        """"article_id#index", the frame key used for event ids."""
        return f"{self.frame.article_id}#{self.frame.index}"

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None and not self.broad

    @property
    def dated(self) -> bool:
        """The frame carries a date of its own (not one inferred from publication)."""
        return self.lo is not None and not self.inferred

    @property
    def precision(self) -> str:
        loc = self.frame.location
        return loc.precision if loc is not None else "unknown"

    @property
    def country_level(self) -> bool:
        return self.precision == "country"
