"""A small news site on 127.0.0.1 for the live-source tests: pages and feeds written for the
project (made-up incidents, real places), served by a thread of the test process.

Routes are set per test (``site.route(path, handler)``); every request is recorded with its
headers, so tests can check conditional requests and counts. A reply header ``X-No-Length``
sends the body without a Content-Length (HTTP/1.0: it ends when the connection closes).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Reply = tuple[int, dict[str, str], bytes]
Handler = Callable[[dict[str, str]], Reply]

TOWNS = [("El Fasher", "Sudan"), ("Kadugli", "Sudan"), ("Lashio", "Myanmar"), ("Myitkyina", "Myanmar"),
         ("Menaka", "Mali"), ("Gao", "Mali"), ("Djibo", "Burkina Faso"), ("Diffa", "Niger"),
         ("Goma", "the Democratic Republic of the Congo"), ("Bunia", "the Democratic Republic of the Congo")]
SOURCES = ["the local health office", "a spokesman for the regional governor", "a monitoring group"]


def article_html(n: int, *, title: str | None = None) -> str:
    """Article ``n``: a strike at a town on its own date, with a figure and a denial."""
    town, country = TOWNS[n % len(TOWNS)]
    day = datetime(2025, 3, 1, tzinfo=UTC) + timedelta(days=n)
    killed = 3 + (n * 7) % 40
    source = SOURCES[n % len(SOURCES)]
    head = title or f"Strike on market in {town} kills {killed}"
    body = (f"<p>An air strike hit the central market of {town} in {country} on "
            f"{day:%A, %d %B %Y}, killing {killed} civilians, {source} said.</p>"
            f"<p>Witnesses said aircraft circled the town for an hour before the strike on the market, "
            f"which was crowded with traders.</p>"
            f"<p>The army denied carrying out any strike on {town} and blamed armed groups for the blast.</p>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{head}</title>"
            f"<meta property='og:site_name' content='Sahel and Horn Daily'>"
            f"<link rel='canonical' href='/news/{n}.html'>"
            f"<meta name='date' content='{day:%Y-%m-%d}'></head>"
            f"<body><nav>Home | World</nav><article><h1>{head}</h1>{body}</article>"
            f"<footer>Copyright Sahel and Horn Daily</footer></body></html>")


def rss(items: list[int], *, relative: bool = False, base: str = "") -> str:
    entries = []
    for n in items:
        link = f"/news/{n}.html" if relative else f"{base}/news/{n}.html"
        pub = format_datetime(datetime(2025, 3, 1, tzinfo=UTC) + timedelta(days=n))
        entries.append(f"<item><title>Item {n}</title><link>{link}</link><guid>{n}</guid>"
                       f"<pubDate>{pub}</pubDate></item>")
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Sahel and Horn Daily"
            "</title><link>/</link><description>news</description>" + "".join(entries) + "</channel></rss>")


def html_reply(text: str, status: int = 200) -> Reply:
    return status, {"Content-Type": "text/html; charset=utf-8"}, text.encode("utf-8")


@dataclass
class Site:
    routes: dict[str, Handler] = field(default_factory=dict)
    seen: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def route(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def hits(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.seen if p == path]

    def start(self) -> Site:
        site = self

        class H(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                site.seen.append((self.path, headers))
                handler = site.routes.get(self.path)
                status, extra, body = handler(headers) if handler else (404, {"Content-Type": "text/plain"}, b"no")
                try:
                    self.send_response(status)
                    for k, v in extra.items():
                        if k != "X-No-Length":
                            self.send_header(k, v)
                    if "Content-Length" not in extra and "X-No-Length" not in extra:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()


def slow(seconds: float, reply: Reply) -> Handler:
    def handler(_: dict[str, str]) -> Reply:
        time.sleep(seconds)
        return reply
    return handler
