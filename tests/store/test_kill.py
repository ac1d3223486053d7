"""A writer killed with SIGKILL loses nothing it committed and leaves no half-written article,
on both backends (on PostgreSQL the server rolls back its open transaction and frees the
store's write lock when the connection drops)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from rashomon.store import Store

K = 40  # claims per article, so a partial article would show as a wrong count

CHILD = r"""
import sys
from rashomon.store import Store
from rashomon.types import Article, ArticleResult, Claim, Evidence, Frame, Source

K = int(sys.argv[2])
TEXT = "The ministry said the strike killed 22 people. " * 200

def result(article_id, version):
    article = Article(article_id, TEXT, article_id + ".txt", "h" + str(version),
                      metadata={"version": version})
    claims = tuple(
        Claim(f"{article_id}:c{k}", article_id, Source("ministry", "the ministry"), "asserts",
              "casualties", f"v{version} claim {k}", Evidence(4, 12, TEXT[4:12]))
        for k in range(K)
    )
    frames = (Frame(article_id, 0, "airstrike", Evidence(0, 10, TEXT[0:10])),)
    return ArticleResult(article, claims, frames)

store = Store.open(sys.argv[1])
i = int(sys.argv[3])
while True:
    store.save_article(result(f"a{i}", i))
    print("saved", f"a{i}", i, flush=True)
    j = i // 2  # re-save an earlier article as a new version: replacement must be atomic too
    store.save_article(result(f"a{j}", i))
    print("saved", f"a{j}", i, flush=True)
    i += 1
"""


def _run_and_kill(db: str, start: int, after: int) -> dict[str, int]:
    """Start a writer, SIGKILL it after ``after`` reported commits; return id → last version."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(K), str(start)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    reported: dict[str, int] = {}
    lines = 0
    deadline = time.monotonic() + 60
    try:
        while lines < after:
            line = proc.stdout.readline()
            if not line:
                _, err = proc.communicate(timeout=5)
                pytest.fail(f"writer ended early: {err[-2000:]}")
            _, article_id, version = line.split()
            reported[article_id] = int(version)
            lines += 1
            assert time.monotonic() < deadline, "writer too slow"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=10)
    for line in out.splitlines():  # commits reported before the kill but not yet read
        if line.count(" ") == 2:
            _, article_id, version = line.split()
            reported[article_id] = int(version)
    assert proc.returncode == -signal.SIGKILL
    return reported


def test_killed_writer_keeps_every_committed_article_whole(db_url: str) -> None:
    db = db_url
    Store.open(db).close()
    reported: dict[str, int] = {}
    start = 0
    rounds = (25, 60, 41, 33, 50) if "://" not in db else (25, 41, 50)
    for after in rounds:
        reported |= _run_and_kill(db, start, after)
        start = max(reported.values()) + 1000  # new ids; its re-saves hit old articles

        with Store.open(db) as store:
            results = {r.article.id: r for r in store.load_results()}
            counts = store.counts()
        for article_id, version in reported.items():
            assert article_id in results, f"committed {article_id} was lost"
            # a later re-save may have committed without being reported; never an older one
            assert results[article_id].article.metadata["version"] >= version
        for r in results.values():
            version = r.article.metadata["version"]
            assert len(r.claims) == K and len(r.frames) == 1, f"{r.article.id} is partial"
            assert {c.text.split()[0] for c in r.claims} == {f"v{version}"}, "mixed versions"
            assert r.article.content_hash == f"h{version}"
        assert counts["claims"] == K * len(results)
        assert counts["frames"] == len(results)
