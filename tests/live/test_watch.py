"""Live sources end to end: a feed of 20 items on a loopback site, analysed by the real
pipeline; conditional requests, updated feeds, archives, and the CLI as a user runs it."""

from __future__ import annotations

import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.cli_support import child_env, command, run_rashomon
from tests.live.site import Site, article_html, html_reply, rss

from rashomon.config import Options
from rashomon.errors import InputError
from rashomon.live import Fetcher, FetchSettings
from rashomon.live.watch import cycle, parse_every, read_targets
from rashomon.pipeline import Resources
from rashomon.store import Store
from rashomon.store.fetchlog import archived, fetches

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]  # e.g. a watch child that never prints
N_ITEMS = 20
CLI_ITEMS = 6  # the CLI test checks exit codes and messages, not analysis at scale: a short feed


class Feed:
    """A feed whose items can grow, served with an ETag that changes with its content."""

    def __init__(self, site: Site, items: list[int], relative: bool = True) -> None:
        self.items, self.site, self.relative = items, site, relative
        site.route("/feed.xml", self.reply)
        for n in range(40):
            site.route(f"/news/{n}.html", lambda h, n=n: html_reply(article_html(n)))

    def reply(self, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        etag = f'"items-{len(self.items)}"'
        if headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, rss(self.items, relative=self.relative,
                                                                                base=self.site.base).encode()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site().start()
    yield s
    s.stop()


def _fetcher() -> Fetcher:
    return Fetcher(FetchSettings(allow_private=True, host_interval_s=0))


def test_feed_cycle_then_conditional_then_update(site: Site, tmp_path: Path, resources: Resources) -> None:
    feed = Feed(site, list(range(N_ITEMS)), relative=True)
    url = f"{site.base}/feed.xml"
    with Store.open(tmp_path / "w.db") as store, _fetcher() as f:
        first = cycle([url], store, Options(), f, resources=lambda: resources)
        assert first.new_articles == N_ITEMS and first.skipped == ()
        assert first.new_events >= 5
        ledger = store.load_ledger(__import__("rashomon.pipeline", fromlist=["generator"]).generator(Options()))
        art = next(a for a in ledger.articles if a.input.endswith("/news/3.html"))
        # relative feed links resolved; canonical link, outlet and the fetch record kept
        assert art.url == f"{site.base}/news/3.html" and art.outlet == "Sahel and Horn Daily"
        assert art.title and "Myitkyina" in art.title and art.published == "2025-03-04"
        fid = art.metadata["fetch_id"]
        assert isinstance(fid, int) and b"Myitkyina" in (archived(store, fid) or b"")
        assert len([r for r in fetches(store) if r.url.endswith("/feed.xml")]) == 1
        pages_before = sum(1 for p, _ in site.seen if p.startswith("/news/"))

        second = cycle([url], store, Options(), f, resources=lambda: resources)
        assert second.new_articles == 0 and second.new_events == 0
        feed_hits = site.hits("/feed.xml")
        assert len(feed_hits) == 2 and feed_hits[1]["if-none-match"] == f'"items-{N_ITEMS}"'
        assert sum(1 for p, _ in site.seen if p.startswith("/news/")) == pages_before

        feed.items = list(range(N_ITEMS + 3))  # three new items
        third = cycle([url], store, Options(), f, resources=lambda: resources)
        assert third.new_articles == 3
        assert sum(1 for p, _ in site.seen if p.startswith("/news/")) == pages_before + 3


def test_a_page_target_and_refresh(site: Site, tmp_path: Path, resources: Resources) -> None:
    Feed(site, [])
    page = f"{site.base}/news/7.html"
    with Store.open(tmp_path / "p.db") as store, _fetcher() as f:
        assert cycle([page], store, Options(), f, resources=lambda: resources).new_articles == 1
        assert cycle([page], store, Options(), f, resources=lambda: resources).new_articles == 0
        again = cycle([page], store, Options(), f, refresh=True, resources=lambda: resources)
        assert again.new_articles == 1  # --refresh fetches and analyses it again (same rows)
        assert len(store.load_results()) == 1


def test_refused_and_failed_targets_are_skips(site: Site, tmp_path: Path) -> None:
    site.route("/gone.xml", lambda h: (404, {}, b""))
    with Store.open(tmp_path / "s.db") as store, Fetcher(FetchSettings(host_interval_s=0)) as f:
        c = cycle([f"{site.base}/feed.xml", "http://10.1.2.3/feed.xml"], store, Options(), f)
        reasons = [s.reason for s in c.skipped]
        assert all(r.startswith("refused: ") and "private or reserved" in r for r in reasons) and len(reasons) == 2
    with Store.open(tmp_path / "s2.db") as store, _fetcher() as f:
        c = cycle([f"{site.base}/gone.xml"], store, Options(), f)
        assert [s.reason for s in c.skipped] == ["HTTP 404"] and c.new_articles == 0


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("30s", 30), ("2h", 7200), ("45", 45)])
def test_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["soon", "0.1s", "-5m", ""])
def test_parse_every_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_every(text)


def test_read_targets(tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text("# regional desks\nhttps://a.example/feed.xml\n\nhttps://b.example/rss  # Sahel\n")
    assert read_targets([str(listing), "https://a.example/feed.xml", "https://c.example/x.html"]) == [
        "https://a.example/feed.xml", "https://b.example/rss", "https://c.example/x.html"]
    bad = tmp_path / "bad.txt"
    bad.write_text("not a url\n")
    with pytest.raises(InputError, match=r"bad\.txt:1: not an http"):
        read_targets([str(bad)])
    with pytest.raises(InputError, match="cannot read the feeds file"):
        read_targets([str(tmp_path / "missing.txt")])


def _rashomon(*args: str) -> subprocess.CompletedProcess[str]:
    return run_rashomon(*args)


def test_cli_watch_once_twice_and_refusal_and_analyze_url(site: Site, tmp_path: Path) -> None:
    Feed(site, list(range(CLI_ITEMS)))
    feed, db = f"{site.base}/feed.xml", str(tmp_path / "x.db")
    first = _rashomon("watch", feed, "--once", "--allow-private", "--host-interval", "0", "--db", db)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"{CLI_ITEMS} new articles")
    second = _rashomon("watch", feed, "--once", "--allow-private", "--host-interval", "0", "--db", db)
    assert second.returncode == 0 and second.stdout.startswith("0 new articles")
    assert len(site.hits("/feed.xml")) == 2 and "if-none-match" in site.hits("/feed.xml")[1]
    refused = _rashomon("watch", feed, "--once", "--db", str(tmp_path / "y.db"))
    assert refused.returncode == 3, refused.stderr
    lines = [ln for ln in refused.stderr.splitlines() if ln.startswith("skipped")]
    assert len(lines) == 1 and "private or reserved address (127.0.0.1)" in lines[0] and "--allow-private" in lines[0]
    assert "Traceback" not in refused.stderr
    one = _rashomon("analyze", f"{site.base}/news/30.html", "--allow-private", "--host-interval", "0",
                    "--db", str(tmp_path / "z.db"), "--quiet")
    assert one.returncode == 0, one.stderr
    with Store.open(tmp_path / "z.db") as store:
        (result,) = store.load_results()
        rows = fetches(store)
        fid = result.article.metadata["fetch_id"]
        assert [r.id for r in rows if r.url.endswith("/news/30.html")] == [fid]
        raw = store._read("raw", lambda conn: conn.execute("SELECT raw FROM fetches WHERE id = ?", (fid,)).fetchone())
        assert b"Sahel and Horn Daily" in zlib.decompress(raw[0])


def test_cli_watch_stops_cleanly_on_sigterm_and_resumes(site: Site, tmp_path: Path) -> None:
    import signal
    import time

    Feed(site, list(range(3)))
    db = str(tmp_path / "t.db")
    proc = subprocess.Popen(command("watch", f"{site.base}/feed.xml", "--every", "1s", "--allow-private",
                                    "--host-interval", "0", "--db", db),
                            env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the first cycle's summary line
    assert first.startswith("3 new articles"), first
    time.sleep(1.5)  # a second cycle (0 new) may run
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    with Store.open(db) as store:
        assert len(store.load_results()) == 3
    resumed = _rashomon("watch", f"{site.base}/feed.xml", "--once", "--allow-private", "--host-interval", "0",
                        "--db", db)
    assert resumed.returncode == 0 and resumed.stdout.startswith("0 new articles")
