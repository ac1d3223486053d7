"""The SSRF guard and the fetcher, against a loopback site and a mock transport."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from tests.live.site import Site, article_html, html_reply, rss, slow

from rashomon.live import Fetcher, FetchSettings, Refused, check_url
from rashomon.live.guard import is_public


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site().start()
    yield s
    s.stop()


def fetcher(**kw: object) -> Fetcher:
    sleeps: list[float] = []
    settings = FetchSettings(allow_private=True, host_interval_s=0, backoff_s=0.01,
                             **kw)  # type: ignore[arg-type]
    f = Fetcher(settings, sleep=sleeps.append)
    f.sleeps = sleeps  # type: ignore[attr-defined]
    return f


@pytest.mark.parametrize(("address", "public"), [
    ("93.184.216.34", True), ("2606:4700::6810:85e5", True),
    ("127.0.0.1", False), ("10.2.3.4", False), ("192.168.1.9", False), ("172.16.0.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
    ("::1", False), ("fe80::1", False), ("fc00::1", False), ("::ffff:127.0.0.1", False), ("240.0.0.1", False),
])
def test_is_public(address: str, public: bool) -> None:
    assert is_public(address) is public


@pytest.mark.parametrize(("url", "reason"), [
    ("http://127.0.0.1/a", "private or reserved"), ("http://[::1]:8000/", "private or reserved"),
    ("http://169.254.169.254/latest/meta-data/", "private or reserved"),
    ("http://localhost/", "private or reserved"), ("file:///etc/passwd", "only http and https"),
    ("ftp://example.org/x", "only http and https"), ("http://user:pw@example.org/", "user name or password"),
    ("http:///nohost", "no host"),
])
def test_guard_refuses(url: str, reason: str) -> None:
    with pytest.raises(Refused, match=reason):
        check_url(url)


def test_guard_allow_private_and_public_names() -> None:
    check_url("http://127.0.0.1/a", allow_private=True)
    check_url("https://news.example/a", resolver=lambda host: {"93.184.216.34"})
    with pytest.raises(Refused, match=r"10\.0\.0\.5"):
        check_url("https://intranet.example/a", resolver=lambda host: {"93.184.216.34", "10.0.0.5"})


def test_redirect_to_a_private_address_is_refused_at_that_hop() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.example":
            return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})
        return httpx.Response(200, headers={"Content-Type": "text/html"}, text="secret")

    addresses = {"news.example": {"93.184.216.34"}, "intranet.example": {"10.0.0.5"}}
    f = Fetcher(FetchSettings(host_interval_s=0, robots=False), transport=httpx.MockTransport(handler),
                resolver=lambda host: addresses[host])
    got = f.fetch("https://news.example/story")
    assert not got.ok and got.error is not None and got.error.startswith("refused: intranet.example")
    assert got.final_url == "http://intranet.example/admin" and got.body == b""


def test_redirects_are_followed_to_the_page(site: Site) -> None:
    site.route("/old", lambda h: (301, {"Location": "/mid"}, b""))
    site.route("/mid", lambda h: (302, {"Location": f"{site.base}/news/1.html"}, b""))
    site.route("/news/1.html", lambda h: html_reply(article_html(1)))
    got = fetcher().fetch(f"{site.base}/old")
    assert got.ok and got.final_url == f"{site.base}/news/1.html" and b"Kadugli" in got.body


def test_too_many_redirects(site: Site) -> None:
    site.route("/loop", lambda h: (302, {"Location": "/loop"}, b""))
    got = fetcher(max_redirects=3).fetch(f"{site.base}/loop")
    assert got.error == "more than 3 redirects"


def test_404_and_wrong_content_type(site: Site) -> None:
    site.route("/img", lambda h: (200, {"Content-Type": "image/png"}, b"\x89PNG"))
    f = fetcher()
    assert f.fetch(f"{site.base}/missing").error == "HTTP 404"
    got = f.fetch(f"{site.base}/img")
    assert got.error is not None and got.error.startswith("content type image/png is not a page")


def test_500_then_200_is_retried(site: Site) -> None:
    replies = iter([(500, {}, b"oops"), (503, {"Retry-After": "2"}, b"busy"), html_reply(article_html(2))])
    site.route("/flaky", lambda h: next(replies))
    f = fetcher()
    got = f.fetch(f"{site.base}/flaky")
    assert got.ok and len(site.hits("/flaky")) == 3
    assert f.sleeps == [0.01, 2.0]  # type: ignore[attr-defined]  # backoff, then Retry-After


def test_retries_give_up(site: Site) -> None:
    site.route("/down", lambda h: (500, {}, b""))
    got = fetcher(retries=2).fetch(f"{site.base}/down")
    assert got.error == "HTTP 500" and len(site.hits("/down")) == 3


def test_slow_response_times_out(site: Site) -> None:
    site.route("/slow", slow(2.0, html_reply(article_html(3))))
    got = fetcher(timeout_s=0.3).fetch(f"{site.base}/slow")
    assert got.error == "timed out after 0.3 s"


def test_huge_response_is_cut_at_the_cap(site: Site) -> None:
    big = b"<html><body>" + b"x" * 200_000 + b"</body></html>"
    site.route("/huge", lambda h: (200, {"Content-Type": "text/html"}, big))
    site.route("/huge-unsized", lambda h: (200, {"Content-Type": "text/html", "X-No-Length": "1"}, big))
    f = fetcher(max_bytes=50_000)
    declared = f.fetch(f"{site.base}/huge")  # refused on its Content-Length, before reading
    assert declared.error == f"{len(big):,} bytes is over the 50,000-byte cap" and declared.body == b""
    unsized = f.fetch(f"{site.base}/huge-unsized")  # no length given: cut while streaming
    assert unsized.error == "over the 50,000-byte cap" and unsized.body == b""


def test_etag_and_304(site: Site) -> None:
    def feed(headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        if headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"',
                     "Last-Modified": "Sat, 01 Mar 2025 10:00:00 GMT"}, rss([1, 2]).encode()

    site.route("/feed.xml", feed)
    f = fetcher()
    first = f.fetch(f"{site.base}/feed.xml", "feed")
    assert first.ok and first.etag == '"v1"' and first.last_modified
    again = f.fetch(f"{site.base}/feed.xml", "feed", etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    assert site.hits("/feed.xml")[1]["if-none-match"] == '"v1"'
    assert site.hits("/feed.xml")[1]["if-modified-since"] == "Sat, 01 Mar 2025 10:00:00 GMT"


def test_robots_txt_is_respected_and_user_agent_names_us(site: Site) -> None:
    site.route("/robots.txt", lambda h: (200, {"Content-Type": "text/plain"},
                                         b"User-agent: *\nDisallow: /private/\n"))
    site.route("/private/a.html", lambda h: html_reply(article_html(4)))
    site.route("/news/4.html", lambda h: html_reply(article_html(4)))
    f = fetcher(contact="desk@example.org")
    assert f.fetch(f"{site.base}/private/a.html").error == "disallowed by robots.txt"
    assert site.hits("/private/a.html") == []
    assert f.fetch(f"{site.base}/news/4.html").ok
    agent = site.hits("/news/4.html")[0]["user-agent"]
    assert agent.startswith("rashomon/") and "desk@example.org" in agent
    assert len(site.hits("/robots.txt")) == 1  # asked once per origin


def test_robots_txt_server_error_disallows(site: Site) -> None:
    site.route("/robots.txt", lambda h: (500, {}, b""))
    site.route("/news/5.html", lambda h: html_reply(article_html(5)))
    assert fetcher(retries=0).fetch(f"{site.base}/news/5.html").error == "disallowed by robots.txt"


def test_per_host_interval() -> None:
    now = [0.0]
    waits: list[float] = []

    def sleep(s: float) -> None:
        waits.append(round(s, 3))
        now[0] += s

    f = Fetcher(FetchSettings(host_interval_s=1.0, robots=False),
                transport=httpx.MockTransport(lambda r: httpx.Response(200, headers={"Content-Type": "text/html"},
                                                                       text="<p>x</p>")),
                sleep=sleep, clock=lambda: now[0], resolver=lambda h: {"93.184.216.34"})
    for _ in range(3):
        assert f.fetch("https://news.example/a").ok
    assert waits == [1.0, 1.0]
