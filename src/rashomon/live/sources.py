"""Live sources → documents: a page becomes a ``RawDocument`` (trafilatura: text, title, date,
author, site name, canonical URL), a feed becomes its items' links, and every fetch is logged
with its raw body (:mod:`rashomon.store.fetchlog`).

Each URL is analysed once: a URL (normalised) or canonical link already stored is not fetched
again unless ``refresh`` is set.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from rashomon.config import Options
from rashomon.ingest.decode import decode_bytes
from rashomon.ingest.formats import read_html
from rashomon.live.fetch import Fetched, Fetcher
from rashomon.store import Store
from rashomon.store.fetchlog import known_urls, log_fetch, validators
from rashomon.types import RawDocument, Skipped

logger = logging.getLogger(__name__)

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")
MAX_FEED_ITEMS = 500  # an input limit: items read from one feed per cycle (the rest on the next)
HTML_NOT_FEED = "content type text/html"  # how the fetcher refuses a page asked for as a feed


def normalize_url(url: str) -> str:
    """Scheme and host lower-cased, default port and fragment dropped, tracking parameters removed."""
    p = urlsplit(url.strip())
    host = (p.hostname or "").lower()
    port = p.port
    if port and not ((p.scheme == "http" and port == 80) or (p.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(p.query, keep_blank_values=True)
                       if not k.lower().startswith(_TRACKING)])
    return urlunsplit((p.scheme.lower(), host, p.path or "/", query, ""))


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class FeedItem:
    link: str
    title: str | None
    published: str | None


def _log(store: Store, got: Fetched) -> int:
    return log_fetch(store, url=got.url, final_url=got.final_url, status=got.status, body=got.body,
                     etag=got.etag, last_modified=got.last_modified, content_type=got.content_type,
                     fetched_at=got.fetched_at, error=got.error)


class LiveSources:
    """Pages and feeds for one store, through one fetcher."""

    def __init__(self, fetcher: Fetcher, store: Store, options: Options, *, refresh: bool = False) -> None:
        self.fetcher = fetcher
        self.store = store
        self.options = options
        self.refresh = refresh
        self.known = set() if refresh else {normalize_url(u) for u in known_urls(store) if is_url(u)}

    def page(self, url: str) -> RawDocument | Skipped | None:
        """One page as a document, a skip with its reason, or None when it is already stored."""
        key = normalize_url(url)
        if key in self.known:
            logger.info("already analysed: %s", url)
            return None
        got = self.fetcher.fetch(url, "page")
        fetch_id = _log(self.store, got)
        if not got.ok:
            return Skipped(url, got.error or f"HTTP {got.status}")
        decoded = decode_bytes(got.body)
        if decoded.text is None:
            return Skipped(url, decoded.reason or "cannot decode the page")
        doc = read_html(url, decoded.text, [w for w in (decoded.warning,) if w], self.options)
        if isinstance(doc, Skipped):
            return doc
        canonical = doc.url and urljoin(got.final_url or url, doc.url)
        if canonical and normalize_url(canonical) in self.known and normalize_url(canonical) != key:
            logger.info("already analysed under its canonical link: %s", canonical)
            return None
        self.known |= {key, *([normalize_url(canonical)] if canonical else [])}
        host = urlsplit(got.final_url or url).hostname or ""
        return replace(doc, url=canonical or got.final_url or url,
                       outlet=doc.outlet or str(doc.metadata.get("sitename") or host) or None,
                       metadata={**doc.metadata, "fetch_id": fetch_id, "fetched_url": got.final_url or url,
                                 "fetched_at": got.fetched_at})

    def feed(self, url: str) -> list[FeedItem] | Skipped:
        """The items of a feed; [] when it has not changed since the last fetch (a 304)."""
        import feedparser

        etag, modified = (None, None) if self.refresh else validators(self.store, url)
        got = self.fetcher.fetch(url, "feed", etag=etag, last_modified=modified)
        _log(self.store, got)
        if got.not_modified:
            logger.info("feed unchanged: %s", url)
            return []
        if not got.ok:
            return Skipped(url, got.error or f"HTTP {got.status}")
        parsed = feedparser.parse(got.body)
        if parsed.bozo and not parsed.entries:
            return Skipped(url, f"not a readable RSS or Atom feed ({type(parsed.bozo_exception).__name__})")
        base = got.final_url or url
        items = []
        for entry in parsed.entries[:MAX_FEED_ITEMS]:
            link = entry.get("link")
            if link:
                items.append(FeedItem(urljoin(base, link), entry.get("title"),
                                      entry.get("published") or entry.get("updated")))
        return items

    def targets(self, urls: list[str]) -> Iterator[RawDocument | Skipped]:
        """Documents from each URL: a feed's new items, or the page itself when the URL serves
        HTML; each URL at most once."""
        for url in urls:
            items = self.feed(url)
            if isinstance(items, Skipped) and items.reason.startswith(HTML_NOT_FEED):
                doc = self.page(url)
                if doc is not None:
                    yield doc
                continue
            if isinstance(items, Skipped):
                yield items
                continue
            for item in items:
                page = self.page(item.link)
                if page is not None:
                    yield _with_feed_facts(page, item)

    def pages(self, urls: list[str]) -> Iterator[RawDocument | Skipped]:
        for url in urls:
            doc = self.page(url)
            if doc is not None:
                yield doc


def _with_feed_facts(doc: RawDocument | Skipped, item: FeedItem) -> RawDocument | Skipped:
    """A feed item's title and date fill what the page itself did not say."""
    if isinstance(doc, Skipped):
        return doc
    return replace(doc, title=doc.title or item.title, published=doc.published or item.published)
