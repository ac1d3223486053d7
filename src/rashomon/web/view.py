"""Look-ups, search, filters and pages over one ledger, for the workbench's pages and API.

Pure functions of a :class:`~rashomon.types.Ledger`: nothing here knows about HTTP. A
:class:`LedgerView` is built once per ledger load (linear in its size); each query is linear in
the events it looks at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from rashomon.report.summary import Index, place_label
from rashomon.types import Article, Claim, Event, Ledger, Location

SortKey = Literal["date", "-date", "killed", "-killed", "sources", "-sources"]
SORT_KEYS: tuple[SortKey, ...] = ("date", "-date", "killed", "-killed", "sources", "-sources")
MAX_PAGE_SIZE = 200  # a limit (performance): a request never serialises more than this many events
DEFAULT_PAGE_SIZE = 25  # presentation only: events per page by default
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the events page and ``GET /api/events`` filter on (all optional, combined with AND).

    ``q`` is full-text: every word must occur in the event's place, type, sources, claims or
    its articles' titles. ``background`` keeps events no source speaks about (background
    mentions); they are folded away by default."""

    q: str = ""
    country: str = ""
    date_from: str = ""
    date_to: str = ""
    type: str = ""
    status: str = ""
    disputed: bool = False
    source: str = ""
    place: str = ""
    background: bool = False
    sort: SortKey = "-date"
    page: int = 1
    per_page: int = DEFAULT_PAGE_SIZE


@dataclass(frozen=True, slots=True)
class Page:
    events: tuple[Event, ...]
    total: int
    page: int
    per_page: int
    folded: int  # background events hidden by the filter

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def place_id(loc: Location | None) -> str:
    """A stable id for a place: its name and country, folded ("abu-kamal--sy")."""
    if loc is None:
        return ""
    name = "-".join(_WORD.findall(loc.name.lower())) or "place"
    return f"{name}--{(loc.country or 'xx').lower()}"


@dataclass(slots=True)
class LedgerView:
    """A ledger with the look-ups the workbench needs."""

    ledger: Ledger
    index: Index = field(init=False)
    events: dict[str, Event] = field(init=False)
    articles: dict[str, Article] = field(init=False)
    claims_by_event: dict[str, list[Claim]] = field(init=False)
    claims_by_source: dict[str, list[Claim]] = field(init=False)
    claims_by_article: dict[str, list[Claim]] = field(init=False)
    events_by_place: dict[str, list[Event]] = field(init=False)
    contradicted: dict[str, int] = field(init=False)
    _text: dict[str, set[str]] = field(init=False)

    def __post_init__(self) -> None:
        led = self.ledger
        self.index = Index(led)
        self.events = {e.id: e for e in led.events}
        self.articles = {a.id: a for a in led.articles}
        self.claims_by_event = {e.id: self.index.claims_of(e) for e in led.events}
        self.claims_by_source = {}
        self.claims_by_article = {}
        for c in led.claims:
            self.claims_by_source.setdefault(c.source.name, []).append(c)
            self.claims_by_article.setdefault(c.article_id, []).append(c)
        self.events_by_place = {}
        for e in led.events:
            if e.location is not None:
                self.events_by_place.setdefault(place_id(e.location), []).append(e)
        for group in self.events_by_place.values():
            group.sort(key=lambda e: e.date or "")
        # how often each source's claims stand on one side of a dispute the other side holds
        self.contradicted = {}
        for e in led.events:
            for d in e.disputes:
                for side in d.sides:
                    for name in side.sources:
                        self.contradicted[name] = self.contradicted.get(name, 0) + 1
        self._text = {e.id: self._words(e) for e in led.events}

    def _words(self, e: Event) -> set[str]:
        parts = [e.type.replace("_", " "), place_label(e.location), *e.perpetrator.alleged]
        for c in self.claims_by_event.get(e.id, ()):
            parts += [c.source.name, c.source.text, c.text, c.evidence.text]
        for aid in e.article_ids:
            art = self.articles.get(aid)
            if art is not None:
                parts += [art.title or "", art.outlet or ""]
        return {w.casefold() for p in parts for w in _WORD.findall(p)}

    def sources_of(self, e: Event) -> list[str]:
        return list(dict.fromkeys(c.source.name for c in self.claims_by_event.get(e.id, ())))

    def is_background(self, e: Event) -> bool:
        """No source speaks about it: only the outlets' narration mentions it."""
        return not self.claims_by_event.get(e.id)

    def _keep(self, e: Event, f: EventFilter, words: Sequence[str]) -> bool:
        loc = e.location
        checks = (
            not words or all(w in self._text[e.id] for w in words),
            not f.country or (loc is not None and (loc.country or "").upper() == f.country.upper()),
            not f.date_from or (e.date is not None and e.date >= f.date_from),
            not f.date_to or (e.date is not None and e.date[: len(f.date_to)] <= f.date_to),
            not f.type or e.type == f.type,
            not f.status or e.perpetrator.status == f.status,
            not f.disputed or bool(e.disputes),
            not f.source or f.source in self.sources_of(e),
            not f.place or place_id(loc) == f.place,
        )
        return all(checks)

    def matching(self, f: EventFilter) -> tuple[list[Event], int]:
        """Every event matching ``f`` (unsorted, not paged) and how many background ones it folds."""
        words = [w.casefold() for w in _WORD.findall(f.q)]
        matched = [e for e in self.ledger.events if self._keep(e, f, words)]
        kept = matched if f.background else [e for e in matched if not self.is_background(e)]
        return kept, len(matched) - len(kept)

    def query(self, f: EventFilter) -> Page:
        """The events matching ``f``, sorted and cut to one page."""
        kept, folded = self.matching(f)
        kept.sort(key=self._sort_key(f.sort.lstrip("-")), reverse=f.sort.startswith("-"))
        per_page = max(1, min(f.per_page, MAX_PAGE_SIZE))
        start = (max(1, f.page) - 1) * per_page
        return Page(tuple(kept[start:start + per_page]), len(kept), max(1, f.page), per_page,
                    folded=folded)

    def _sort_key(self, key: str) -> Callable[[Event], tuple[Any, str]]:
        if key == "killed":
            return lambda e: (e.killed.max if e.killed.max is not None else (e.killed.min or -1), e.id)
        if key == "sources":
            return lambda e: (len(self.sources_of(e)), e.id)
        return lambda e: (e.date or "", e.id)

    def claims(self, source: str = "", stance: str = "", event: str = "") -> list[Claim]:
        """Claims filtered by source name, stance and event id (all optional)."""
        pool = self.claims_by_source.get(source, []) if source else list(self.ledger.claims)
        return [c for c in pool
                if (not stance or c.stance == stance) and (not event or c.event_id == event)]

    def countries(self) -> list[str]:
        return sorted({e.location.country for e in self.ledger.events
                       if e.location is not None and e.location.country})
