"""The workbench: a FastAPI app over one ledger database, pages rendered on the server.

``create_app(db)`` serves HTML pages (events, event, place, source, article) and a JSON API
under ``/api/`` (OpenAPI schema at ``/openapi.json``). It reads the store only: the ledger is
loaded once and reloaded when the database file changes. Every page carries a strict
Content-Security-Policy (no script at all, styles from the app's own origin), and all
untrusted text goes through Jinja2's autoescaping or the report's escaping helpers.
"""


import io
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Cookie, Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from rashomon.errors import ConfigError
from rashomon.report.export import export
from rashomon.report.html import stylesheet
from rashomon.report.ledger_json import article_dict, claim_dict, event_dict, marked
from rashomon.store import Store
from rashomon.store.fetchlog import archived
from rashomon.types import STANCES, Ledger
from rashomon.web.geo import MAX_ZOOM, MIN_ZOOM, View
from rashomon.web.http import found
from rashomon.web.pages import Pages
from rashomon.web.review import COOKIE, Reviewing, event_audit
from rashomon.web.review_routes import add_review_routes
from rashomon.web.source import LedgerSource
from rashomon.web.view import MAX_PAGE_SIZE, SORT_KEYS, EventFilter, Page, SortKey

logger = logging.getLogger(__name__)

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
ExportFormat = Literal["geojson", "acled", "ucdp", "csv", "jsonl", "json"]
_MEDIA = {"geojson": "application/geo+json", "acled": "text/csv", "ucdp": "text/csv",
          "csv": "text/csv", "jsonl": "application/x-ndjson", "json": "application/json"}
DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # empty: no bound (a form sends empty fields)
Country = Annotated[str, Query(pattern=r"^([A-Za-z]{2})?$", description="ISO 3166 alpha-2")]


def _filter(q: str, country: str, date_from: str, date_to: str, type: str, status: str,
            disputed: bool, source: str, place: str, background: bool, sort: str, page: int,
            per_page: int) -> EventFilter:
    if sort not in SORT_KEYS:
        raise HTTPException(422, f"sort must be one of {', '.join(SORT_KEYS)}")
    sort_key: SortKey = sort
    return EventFilter(q=q, country=country, date_from=date_from, date_to=date_to, type=type,
                       status=status, disputed=disputed, source=source, place=place,
                       background=background, sort=sort_key, page=page, per_page=per_page)


def _page_json(page: Page, ledger: Ledger) -> dict[str, Any]:
    return {"total": page.total, "page": page.page, "per_page": page.per_page,
            "pages": page.pages, "folded_background": page.folded,
            "events": [marked(event_dict(e), ledger) for e in page.events]}


def tile_origin(tiles: str) -> str:
    """The origin of a tile URL template, checked: http(s), with {z}, {x} and {y}."""
    parts = urlsplit(tiles)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(
            k not in tiles for k in ("{z}", "{x}", "{y}")):
        raise ConfigError(f"tile URL must be http(s)://… with {{z}}, {{x}} and {{y}}, not {tiles!r}")
    return f"{parts.scheme}://{parts.netloc}"


def create_app(db: str | Path, tiles: str | None = None) -> FastAPI:
    """The app over the ledger database ``db`` (a file or a PostgreSQL URL; it must exist).
    ``tiles``: a slippy-map tile URL template ("https://tile.example.org/{z}/{x}/{y}.png") for
    the map when online."""
    source = LedgerSource(db)
    pages = Pages(tiles)
    reviewing = Reviewing(db)
    csp = CSP if tiles is None else CSP.replace("img-src 'self' data:", f"img-src 'self' data: {tile_origin(tiles)}")
    # no /docs or /redoc: FastAPI serves their scripts from a CDN, and the workbench works offline
    app = FastAPI(title="rashomon workbench", summary="Who says what happened: events, claims, disputes.",
                  version="1", docs_url=None, redoc_url=None)

    @app.middleware("http")
    async def security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        if "content-security-policy" not in response.headers:  # a route may set a stricter one
            response.headers["Content-Security-Policy"] = csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return HTMLResponse(pages.error(exc.status_code, str(exc.detail)), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        return HTMLResponse(pages.error(422, problems), status_code=422)

    def filters(
        q: Annotated[str, Query(max_length=200, description="words that must all occur")] = "",
        country: Country = "",
        date_from: Annotated[str, Query(pattern=DATE)] = "",
        date_to: Annotated[str, Query(pattern=DATE)] = "",
        type: Annotated[str, Query(max_length=40)] = "",
        status: Annotated[str, Query(pattern=r"^(acknowledged|alleged|contested|unknown)?$")] = "",
        disputed: bool = False,
        source: Annotated[str, Query(max_length=200)] = "",
        place: Annotated[str, Query(max_length=200)] = "",
        background: Annotated[bool, Query(description="include events no source speaks about")] = False,
        sort: Annotated[str, Query(description=", ".join(SORT_KEYS))] = "-date",
        page: Annotated[int, Query(ge=1, le=100_000)] = 1,
        per_page: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 25,
    ) -> EventFilter:
        return _filter(q, country, date_from, date_to, type, status, disputed, source, place,
                       background, sort, page, per_page)

    # ---- pages -----------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/events", status_code=303)

    @app.get("/static/style.css", include_in_schema=False)
    def style() -> PlainTextResponse:
        return PlainTextResponse(stylesheet() + pages.extra_css(), media_type="text/css")

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(f: Annotated[EventFilter, Depends(filters)]) -> HTMLResponse:
        view = source.view()
        return HTMLResponse(pages.events(view, f, view.query(f)))

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(
        f: Annotated[EventFilter, Depends(filters)],
        lon: Annotated[float | None, Query(ge=-180, le=180)] = None,
        lat: Annotated[float | None, Query(ge=-85, le=85)] = None,
        zoom: Annotated[int | None, Query(ge=MIN_ZOOM, le=MAX_ZOOM)] = None,
    ) -> HTMLResponse:
        where = None if lon is None or lat is None or zoom is None else View(lon, lat, zoom)
        return HTMLResponse(pages.map(source.view(), f, where))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(event_id: str, token: Annotated[str | None, Cookie(alias=COOKIE)] = None) -> HTMLResponse:
        view = source.view()
        found(view.events, event_id, "event")
        event = view.events[event_id]
        who = reviewing.reviewer(token)
        return HTMLResponse(pages.event(view, event, reviewer=who, csrf=reviewing.csrf(token) if who and token else "",
                                        audit=event_audit(view, event)))

    @app.get("/places/{pid}", response_class=HTMLResponse, include_in_schema=False)
    def place_page(pid: str) -> HTMLResponse:
        view = source.view()
        found(view.events_by_place, pid, "place")
        return HTMLResponse(pages.place(view, view.events_by_place[pid]))

    @app.get("/sources/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def source_page(name: str) -> HTMLResponse:
        view = source.view()
        found(view.claims_by_source, name, "source")
        return HTMLResponse(pages.source(view, name))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        view = source.view()
        found(view.articles, article_id, "article")
        return HTMLResponse(pages.article(view, view.articles[article_id]))

    # ---- API -------------------------------------------------------------------------------
    @app.get("/api/events", summary="Events matching the filters, one page")
    def api_events(f: Annotated[EventFilter, Depends(filters)]) -> dict[str, Any]:
        view = source.view()
        return _page_json(view.query(f), view.ledger)

    @app.get("/api/events/{event_id}", summary="One event")
    def api_event(event_id: str) -> dict[str, Any]:
        view = source.view()
        found(view.events, event_id, "event")
        return marked(event_dict(view.events[event_id]), view.ledger)

    @app.get("/api/events/{event_id}/claims", summary="The claims of one event")
    def api_event_claims(event_id: str) -> list[dict[str, Any]]:
        view = source.view()
        found(view.events, event_id, "event")
        return [marked(claim_dict(c), view.ledger) for c in view.claims_by_event[event_id]]

    @app.get("/api/claims", summary="Claims by source, stance and event")
    def api_claims(
        source_name: Annotated[str, Query(alias="source", max_length=200)] = "",
        stance: Annotated[str, Query(pattern="^(" + "|".join(STANCES) + ")?$")] = "",
        event: Annotated[str, Query(max_length=200)] = "",
        page: Annotated[int, Query(ge=1, le=100_000)] = 1,
        per_page: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 100,
    ) -> dict[str, Any]:
        view = source.view()
        found = view.claims(source_name, stance, event)
        start = (page - 1) * per_page
        return {"total": len(found), "page": page, "per_page": per_page,
                "claims": [marked(claim_dict(c), view.ledger) for c in found[start:start + per_page]]}

    @app.get("/api/articles/{article_id}", summary="One article, with its claims")
    def api_article(article_id: str) -> dict[str, Any]:
        view = source.view()
        found(view.articles, article_id, "article")
        return {**article_dict(view.articles[article_id]),
                "claims": [marked(claim_dict(c), view.ledger) for c in view.claims_by_article.get(article_id, ())]}

    @app.get("/api/places/{pid}", summary="Every event at one place, oldest first")
    def api_place(pid: str) -> dict[str, Any]:
        view = source.view()
        found(view.events_by_place, pid, "place")
        events = view.events_by_place[pid]
        loc = events[0].location
        return {"id": pid, "name": loc.name if loc else pid, "country": loc.country if loc else None,
                "events": [marked(event_dict(e), view.ledger) for e in events]}

    add_review_routes(app, source, reviewing, pages)

    @app.get("/archive/{fetch_id}", summary="The page as it was fetched (raw, as text; never rendered)")
    def archive(fetch_id: int) -> Response:
        with Store.open(db) as store:
            body = archived(store, fetch_id)
        if body is None:
            raise HTTPException(404, f"no archived copy for fetch {fetch_id}")
        # shown as text in a sandbox: the archived page is untrusted and must not run or load anything
        return Response(body, media_type="text/plain; charset=utf-8",
                        headers={"Content-Security-Policy": "sandbox; default-src 'none'"})

    @app.get("/api/export", summary="The whole ledger in one of the field's formats")
    def api_export(format: ExportFormat = "geojson") -> Response:
        buf = io.StringIO(newline="")
        export(source.view().ledger, format, buf)
        return Response(buf.getvalue(), media_type=_MEDIA[format],
                        headers={"Content-Disposition": f'attachment; filename="rashomon.{_ext(format)}"'})

    return app


def _ext(fmt: str) -> str:
    return {"acled": "acled.csv", "ucdp": "ucdp.csv"}.get(fmt, fmt)
