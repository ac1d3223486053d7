"""Two ``rashomon analyze`` processes and a ``rashomon watch`` write into one PostgreSQL
database at once: no row is lost, none is doubled, and the events are those of the same
inputs analysed one after the other into SQLite."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.cli_support import child_env, command
from tests.live.site import Site, article_html, html_reply, rss
from tests.pg_support import rows

from rashomon.config import Options
from rashomon.live import Fetcher, FetchSettings
from rashomon.live.watch import cycle
from rashomon.pipeline import Resources, generator, run
from rashomon.sample import sample_corpus
from rashomon.store import Store
from rashomon.types import Ledger

pytestmark = pytest.mark.slow
FEED_ITEMS = 5


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site().start()
    s.route("/feed.xml", lambda _: (200, {"Content-Type": "application/rss+xml"},
                                    rss(list(range(FEED_ITEMS)), base=s.base).encode()))
    for n in range(FEED_ITEMS):
        s.route(f"/news/{n}.html", lambda _, n=n: html_reply(article_html(n)))
    yield s
    s.stop()


def _halves(tmp_path: Path) -> tuple[Path, Path]:
    """Two inputs sharing two articles (both processes analyse them); a near-duplicate pair of
    the corpus stays in one half, as which of two is the duplicate depends on the order."""
    lines = (sample_corpus() / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(lines[:7]), encoding="utf-8")  # sample-01, its near-duplicate, a French one
    b.write_text("".join(lines[6:11]), encoding="utf-8")
    return a, b


def _one_after_another(a: Path, b: Path, feed: str, db: Path, resources: Resources) -> Ledger:
    with Store.open(db) as store:
        run([str(a)], store, Options(), resources=resources)
        run([str(b)], store, Options(), resources=resources)
        with Fetcher(FetchSettings(allow_private=True, host_interval_s=0)) as fetcher:
            cycle([feed], store, Options(), fetcher, resources=lambda: resources)
        return store.load_ledger(generator(Options()))


def test_two_analyze_and_a_watch_into_one_postgresql(pg_url: str, site: Site, tmp_path: Path,
                                                     resources: Resources) -> None:
    a, b = _halves(tmp_path)
    feed = f"{site.base}/feed.xml"
    env = child_env(HF_HUB_OFFLINE="1")
    procs = [subprocess.Popen(command(*args, "--db", pg_url), env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
             for args in (("analyze", str(a), "-q"), ("analyze", str(b), "-q"),
                          ("watch", feed, "--once", "--allow-private", "--host-interval", "0"))]
    for proc in procs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode in (0, 3), err[-2000:]  # 3: an input skipped (the French article)

    with Store.open(pg_url) as store:
        got = store.load_ledger(generator(Options()))
    want = _one_after_another(a, b, feed, tmp_path / "ref.db", resources)

    # every article once, with all its claims and frames, none doubled
    assert sorted(x.id for x in got.articles) == sorted(x.id for x in want.articles)
    assert len(want.articles) == 10 + FEED_ITEMS  # 11 sample articles less a French one, and the feed
    assert sorted(c.id for c in got.claims) == sorted(c.id for c in want.claims)
    assert {c.id: (c.text, c.stance, c.event_id) for c in got.claims} == \
        {c.id: (c.text, c.stance, c.event_id) for c in want.claims}
    assert {(f.article_id, f.index) for f in got.frames} == {(f.article_id, f.index) for f in want.frames}
    assert {x.id: x.duplicate_of for x in got.articles} == {x.id: x.duplicate_of for x in want.articles}
    # the events of the whole, each with its claims and disputes: no link was lost to a race
    assert {(e.id, frozenset(e.frame_keys), frozenset(e.claim_ids)) for e in got.events} == \
        {(e.id, frozenset(e.frame_keys), frozenset(e.claim_ids)) for e in want.events}
    assert {e.id: sorted(d.summary for d in e.disputes) for e in got.events} == \
        {e.id: sorted(d.summary for d in e.disputes) for e in want.events}
    assert rows(pg_url, "SELECT count(*) FROM link_pending") == [(0,)]
    assert sorted(s for (s,) in rows(pg_url, "SELECT status FROM runs")) == ["ok"] * 3
    assert got.skipped == want.skipped
