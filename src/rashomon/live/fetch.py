"""A fetcher that behaves well: bounded, polite, conditional, and refusing private addresses.

* Timeouts on connect and read, a size cap (the body is streamed and cut at ``max_bytes``), at
  most ``max_redirects`` redirects, each hop checked by the SSRF guard, and a content-type check
  (pages: HTML or plain text; feeds: RSS, Atom or XML).
* A user agent naming rashomon and a contact (``--contact``); robots.txt respected per origin
  (RFC 9309: a robots.txt that is missing or 4xx allows all, 5xx or unreachable disallows all).
* At most one request per ``host_interval`` seconds per host; 429 and 5xx are retried with
  exponential backoff (``Retry-After`` honoured up to ``max_wait``).
* Conditional GET: given the ETag and Last-Modified of the last fetch, an unchanged resource
  costs one 304.

Every outcome is a :class:`Fetched` with a one-line ``error`` when it failed; nothing raises.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from rashomon.config import __version__
from rashomon.live.guard import Refused, Resolver, check_url, resolve

logger = logging.getLogger(__name__)

Kind = Literal["page", "feed", "robots"]
ACCEPT: dict[Kind, tuple[str, ...]] = {
    "page": ("text/html", "application/xhtml+xml", "text/plain"),
    "feed": ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
             "application/rdf+xml", "application/feed+json"),
    "robots": ("text/plain",),
}


@dataclass(frozen=True, slots=True)
class FetchSettings:
    timeout_s: float = 20.0  # connect and read, each
    max_bytes: int = 5_000_000  # a body over this is cut and refused
    max_redirects: int = 5
    host_interval_s: float = 1.0  # politeness: one request per host per second
    retries: int = 3  # on 429 and 5xx
    backoff_s: float = 1.0  # first retry wait, doubled each time
    max_wait_s: float = 30.0  # the longest Retry-After honoured
    contact: str = ""  # who to contact about the crawler: an e-mail or URL
    allow_private: bool = False
    robots: bool = True

    @property
    def user_agent(self) -> str:
        contact = f"; {self.contact}" if self.contact else ""
        return f"rashomon/{__version__} (+https://github.com/rashomon-ledger/rashomon{contact})"


@dataclass(frozen=True, slots=True)
class Fetched:
    """One fetch: what was asked, where it ended, and what came back (or why nothing did)."""

    url: str
    final_url: str | None = None
    status: int | None = None
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    fetched_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    error: str | None = None
    retry_after: float | None = None  # seconds, from a 429's or 503's Retry-After

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """One polite HTTP client; reuse it for a whole run (it keeps robots.txt and host timing)."""

    def __init__(self, settings: FetchSettings, *, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 resolver: Resolver = resolve) -> None:
        self.settings = settings
        self._resolver = resolver
        self._sleep = sleep
        self._clock = clock
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        timeout = httpx.Timeout(settings.timeout_s)
        self._client = httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                                    transport=transport, headers={"User-Agent": settings.user_agent})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- politeness ----------------------------------------------------------------------
    def _wait_for(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = self.settings.host_interval_s - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last[host] = self._clock()

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's origin lets rashomon fetch it."""
        if not self.settings.robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            got = self._get(f"{origin}/robots.txt", "robots", None, None)
            rules: RobotFileParser | None = RobotFileParser()
            assert rules is not None
            if got.status == 200:
                rules.parse(got.body.decode("utf-8", "replace").splitlines())
            elif got.status is not None and 400 <= got.status < 500:
                rules = None  # no robots.txt: everything is allowed
            else:
                logger.info("robots.txt of %s unavailable (%s): not fetching there", origin,
                            got.error or got.status)
                rules.parse(["User-agent: *", "Disallow: /"])
            self._robots[origin] = rules
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(self.settings.user_agent, url)

    # -- fetching ------------------------------------------------------------------------
    def fetch(self, url: str, kind: Kind = "page", *, etag: str | None = None,
              last_modified: str | None = None) -> Fetched:
        """GET ``url`` following redirects (each hop guarded and allowed by robots.txt)."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            try:
                check_url(current, allow_private=self.settings.allow_private, resolver=self._resolver)
            except Refused as exc:
                return Fetched(url, current, error=f"refused: {exc}")
            if not self.allowed(current):
                return Fetched(url, current, error="disallowed by robots.txt")
            got = self._get(current, kind, etag, last_modified)
            if got.status is not None and 300 <= got.status < 400 and got.status != 304:
                location = got.final_url
                if not location:
                    return Fetched(url, current, got.status, error=f"HTTP {got.status} without a Location")
                current = urljoin(current, location)
                continue
            return Fetched(url, current, got.status, got.body, got.etag, got.last_modified,
                           got.content_type, got.fetched_at, got.error)
        return Fetched(url, current, error=f"more than {self.settings.max_redirects} redirects")

    def _get(self, url: str, kind: Kind, etag: str | None, last_modified: str | None) -> Fetched:
        """One request (no redirects followed: a 3xx comes back with its Location as final_url)."""
        headers = {"Accept": ", ".join(ACCEPT[kind]) + ", */*;q=0.1"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = urlsplit(url).netloc
        wait = self.settings.backoff_s
        for attempt in range(self.settings.retries + 1):
            self._wait_for(host)
            try:
                got = self._once(url, kind, headers)
            except httpx.TimeoutException:
                return Fetched(url, url, error=f"timed out after {self.settings.timeout_s:g} s")
            except httpx.HTTPError as exc:
                return Fetched(url, url, error=f"could not fetch: {type(exc).__name__}: {exc}")
            retry = got.status == 429 or (got.status is not None and got.status >= 500)
            if not retry or attempt == self.settings.retries:
                return got
            self._sleep(min(self.settings.max_wait_s, got.retry_after if got.retry_after is not None else wait))
            wait *= 2
        raise AssertionError("unreachable")

    def _once(self, url: str, kind: Kind, headers: dict[str, str]) -> Fetched:
        with self._client.stream("GET", url, headers=headers) as r:
            status = r.status_code
            ctype = r.headers.get("content-type", "").split(";")[0].strip().lower() or None
            if 300 <= status < 400 and status != 304:
                return Fetched(url, r.headers.get("location"), status, content_type=ctype)
            if status == 429 or status >= 500:
                return Fetched(url, url, status, error=f"HTTP {status}",
                               retry_after=_retry_after(r.headers.get("retry-after")))
            if status == 304:
                return Fetched(url, url, 304, etag=r.headers.get("etag"),
                               last_modified=r.headers.get("last-modified"), content_type=ctype)
            if status != 200:
                return Fetched(url, url, status, error=f"HTTP {status}")
            if kind != "robots" and ctype is not None and ctype not in ACCEPT[kind]:
                return Fetched(url, url, status, content_type=ctype,
                               error=f"content type {ctype} is not a {kind} ({', '.join(ACCEPT[kind])})")
            declared = r.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
                return Fetched(url, url, status, content_type=ctype,
                               error=f"{int(declared):,} bytes is over the {self.settings.max_bytes:,}-byte cap")
            body = bytearray()
            for chunk in r.iter_bytes():
                body += chunk
                if len(body) > self.settings.max_bytes:
                    return Fetched(url, url, status, content_type=ctype,
                                   error=f"over the {self.settings.max_bytes:,}-byte cap")
            return Fetched(url, url, status, bytes(body), r.headers.get("etag"),
                           r.headers.get("last-modified"), ctype)


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None
