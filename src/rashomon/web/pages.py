"""The workbench's HTML pages: Jinja2 templates with autoescaping, plus the report's event card.

Untrusted text reaches a page only through autoescaped template variables or through the
report's renderers, which escape everything they print (:mod:`rashomon.report.html_text`);
only their output is marked safe here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from rashomon.report.field_formats import parse_figure
from rashomon.report.html_event import State, event_section
from rashomon.report.html_text import article_section, safe_href
from rashomon.report.summary import date_phrase, fmt_casualties, place_label, type_label
from rashomon.types import EVENT_TYPES, STANCES, Article, Claim, Event, ReviewChange
from rashomon.web.geo import HEIGHT, TILE, WIDTH, View, fit, outline_paths
from rashomon.web.view import EventFilter, LedgerView, Page, place_id

STATUSES = ("acknowledged", "alleged", "contested", "unknown")
CHART_WIDTH = 420  # presentation only: px of the casualty chart's bar area
CHART_ROW = 22  # presentation only: px per source in the chart

_EXTRA_CSS = """
nav.top{display:flex;gap:1.2em;align-items:baseline;border-bottom:1px solid #ccc;padding:.4em 0;margin-bottom:1em}
nav.top .brand{font-weight:bold}
form.filters{display:flex;flex-wrap:wrap;gap:.6em;align-items:end;margin:.5em 0 1em}
form.filters label{display:flex;flex-direction:column;font-size:.85em}
.pager{display:flex;gap:1em;margin:1em 0}
.folded{color:#666;font-size:.9em}
table.events td,table.events th{padding:.2em .5em;text-align:left;vertical-align:top}
.timeline li{margin:.2em 0}
svg.chart text{font-size:11px;font-family:sans-serif}
svg.chart .bar{fill:#b4463c}
svg.chart .range{fill:#e5a39b}
svg.map{background:#dfe9f2;border:1px solid #bbb;max-width:100%;height:auto}
svg.map .land{fill:#f4f1ea;stroke:#9a9a9a;stroke-width:.6}
svg.map circle{stroke:#222;stroke-width:.8;fill-opacity:.75}
svg.map .acknowledged{fill:#2f6db5}
svg.map .alleged{fill:#e08a1e}
svg.map .contested{fill:#c0392b}
svg.map .unknown{fill:#888}
.mapnav{display:flex;gap:.8em;margin:.4em 0}
.legend span{margin-right:1em}
.legend i{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em}
.legend .acknowledged{background:#2f6db5}.legend .alleged{background:#e08a1e}
.legend .contested{background:#c0392b}.legend .unknown{background:#888}
"""
# presentation only: px radius of a map point, growing with the square root of the killed
MARKER_MIN, MARKER_MAX = 4, 26


@dataclass(frozen=True, slots=True)
class Bar:
    """One source's figure in the casualty chart (x and widths in px)."""

    label: str
    text: str
    x: int
    width: int
    exact: bool


@dataclass(frozen=True, slots=True)
class Moment:
    """One claim on the event's timeline."""

    when: str
    source: str
    stance: str
    text: str
    article_id: str


def chart_bars(by_source: dict[str, int | str]) -> list[Bar]:
    """Bars for each source's figure on one scale: an exact figure is a bar from 0, a range a
    lighter bar from its low to its high end, "up to N" a light bar to N, "at least N" from N on."""
    figs = {name: parse_figure(value) for name, value in by_source.items()}
    top = max((v for f in figs.values() if f for v in (f.min, f.max) if v is not None), default=0)
    scale = CHART_WIDTH / top if top else 0.0
    bars = []
    for name, fig in figs.items():
        text = str(by_source[name])
        if fig is None:
            bars.append(Bar(name, text, 0, 0, False))
            continue
        lo = fig.min if fig.min is not None else 0
        hi = fig.max if fig.max is not None else top
        exact = fig.min is not None and fig.min == fig.max
        x = 0 if exact else round(lo * scale)
        bars.append(Bar(name, text, x, max(2, round((hi if not exact else lo) * scale) - x), exact))
    return bars


def timeline(view: LedgerView, claims: Sequence[Claim]) -> list[Moment]:
    """The event's claims by their article's publication time (unknown times last)."""
    moments = []
    for c in claims:
        art = view.articles.get(c.article_id)
        moments.append(Moment((art.published if art else None) or "", c.source.name,
                              c.stance.replace("_", " "), c.evidence.text, c.article_id))
    return sorted(moments, key=lambda m: (m.when == "", m.when))


@dataclass(frozen=True, slots=True)
class Marker:
    """One event on the map (x, y, r in px of the SVG)."""

    event_id: str
    x: float
    y: float
    r: float
    status: str
    label: str


def marker_radius(event: Event) -> float:
    killed = event.killed.max if event.killed.max is not None else (event.killed.min or 0)
    return round(min(MARKER_MAX, MARKER_MIN + 1.5 * math.sqrt(killed)), 1)


def markers(view: View, events: Sequence[Event]) -> list[Marker]:
    """Map points of the events with coordinates inside the view; biggest first, so small ones
    stay clickable on top."""
    out = []
    for e in events:
        loc = e.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        x, y = view.px(loc.lon, loc.lat)
        if -MARKER_MAX <= x <= WIDTH + MARKER_MAX and -MARKER_MAX <= y <= HEIGHT + MARKER_MAX:
            label = f"{type_label(e.type)} {place_label(loc)}, {e.date or 'date unknown'}"
            out.append(Marker(e.id, round(x, 1), round(y, 1), marker_radius(e), e.perpetrator.status, label))
    return sorted(out, key=lambda m: -m.r)


def _filter_params(f: EventFilter) -> dict[str, object]:
    """The filters that choose events (not the page or the order), for the map's links."""
    return {k: v for k, v in asdict(f).items()
            if v not in ("", False) and k not in ("page", "per_page", "sort")}


class Pages:
    def __init__(self, tiles: str | None = None) -> None:
        self.tiles = tiles
        self.env = Environment(loader=PackageLoader("rashomon.web", "templates"),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.env.globals.update(place_id=place_id, type_label=type_label, place_label=place_label,
                                date_phrase=date_phrase, fmt_casualties=fmt_casualties,
                                safe_href=safe_href)
        self.env.filters["q"] = lambda value: quote(str(value), safe="")

    def extra_css(self) -> str:
        return _EXTRA_CSS

    def _render(self, template: str, **context: object) -> str:
        return self.env.get_template(template).render(**context)

    def error(self, status: int, message: str) -> str:
        return self._render("error.html", title=f"Error {status}", status=status, message=message)

    def events(self, view: LedgerView, f: EventFilter, page: Page) -> str:
        def link(**change: object) -> str:
            params: dict[str, object] = {**asdict(f), **change}
            return "/events?" + urlencode({k: v for k, v in params.items() if v not in ("", False, None)})

        rows = [(e, view.sources_of(e)) for e in page.events]
        return self._render("events.html", title="Events", f=f, page=page, rows=rows,
                            countries=view.countries(), types=EVENT_TYPES, statuses=STATUSES,
                            prev_link=link(page=page.page - 1) if page.page > 1 else None,
                            next_link=link(page=page.page + 1) if page.page < page.pages else None,
                            background_link=link(background=True, page=1) if page.folded else None,
                            map_link="/map?" + urlencode(_filter_params(f)))

    def map(self, view: LedgerView, f: EventFilter, where: View | None) -> str:
        events, folded = view.matching(f)
        located = [(e.location.lon, e.location.lat) for e in events
                   if e.location is not None and e.location.lon is not None and e.location.lat is not None]
        mv = where or fit(located)

        def link(v: View) -> str:
            return "/map?" + urlencode({**_filter_params(f), "lon": v.lon, "lat": v.lat, "zoom": v.zoom})

        nav = [("zoom in", link(mv.zoomed(1))), ("zoom out", link(mv.zoomed(-1))),
               ("← west", link(mv.pan(-WIDTH / 2, 0))), ("east →", link(mv.pan(WIDTH / 2, 0))),
               ("↑ north", link(mv.pan(0, -HEIGHT / 2))), ("south ↓", link(mv.pan(0, HEIGHT / 2))),
               ("fit the events", link(fit(located)))]
        tiles = [(self.tiles.format(z=z, x=x, y=y), left, top) for z, x, y, left, top in mv.tiles()] \
            if self.tiles else []
        points = markers(mv, events)
        return self._render("map.html", title="Map", f=f, view=mv, width=WIDTH, height=HEIGHT,
                            outlines=outline_paths(mv), markers=points, nav=nav, tiles=tiles,
                            tile_size=TILE, statuses=STATUSES, unplaced=len(events) - len(located),
                            outside=len(located) - len(points), folded=folded)

    def login(self) -> str:
        return self._render("login.html", title="Sign in to review")

    def event(self, view: LedgerView, event: Event, reviewer: str | None = None, csrf: str = "",
              audit: Sequence[ReviewChange] = ()) -> str:
        claims = view.claims_by_event.get(event.id, [])
        labels = {c.id: str(n) for n, c in enumerate(claims, 1)}
        state = State(view.index, labels, anchored=set(), listed=set())
        articles = [view.articles[a] for a in event.article_ids if a in view.articles]
        texts = [Markup(article_section(a, view.claims_by_article.get(a.id, ()), state.anchored, labels))
                 for a in articles]
        card = Markup(event_section(event, 1, state))
        return self._render("event.html", title=f"{type_label(event.type)} {place_label(event.location)}",
                            event=event, card=card, texts=texts, moments=timeline(view, claims),
                            killed=chart_bars(dict(event.killed.by_source)),
                            injured=chart_bars(dict(event.injured.by_source)),
                            chart_width=CHART_WIDTH, chart_row=CHART_ROW, pid=place_id(event.location),
                            reviewer=reviewer, csrf=csrf, audit=audit, claims=claims, labels=labels,
                            stances=STANCES, reviewed=view.ledger.reviewed)

    def place(self, view: LedgerView, events: Sequence[Event]) -> str:
        loc = events[0].location
        return self._render("place.html", title=place_label(loc), loc=loc, events=events,
                            sources={e.id: view.sources_of(e) for e in events})

    def source(self, view: LedgerView, name: str) -> str:
        claims = view.claims_by_source.get(name, [])
        events = [view.events[c.event_id] for c in claims if c.event_id in view.events]
        return self._render("source.html", title=name, name=name, claims=claims,
                            events={e.id: e for e in events}, contradicted=view.contradicted.get(name, 0))

    def article(self, view: LedgerView, article: Article) -> str:
        claims = view.claims_by_article.get(article.id, [])
        labels = {c.id: str(n) for n, c in enumerate(claims, 1)}
        text = Markup(article_section(article, claims, set(), labels))
        return self._render("article.html", title=article.title or article.id, article=article,
                            text=text, claims=claims, labels=labels, events=view.events)
