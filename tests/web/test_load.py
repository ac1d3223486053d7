"""The load run behind `rashomon bench --serve`, on a small synthetic ledger: it serves every
request it makes (the latency figures are the bench's business, not asserted here)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from rashomon.web import create_app
from rashomon.web.load import ARTICLES_PER_EVENT, run_load, write_synthetic


def test_synthetic_ledger_is_served_without_errors(tmp_path: Path) -> None:
    db = tmp_path / "load.db"
    write_synthetic(db, 20)
    with TestClient(create_app(db)) as client:
        body = client.get("/api/events?per_page=200&background=true").json()
        assert body["total"] == 20 // ARTICLES_PER_EVENT
        assert all(len(e["article_ids"]) == ARTICLES_PER_EVENT for e in body["events"])
        assert client.get("/api/events?disputed=true").json()["total"] == 2
    result = run_load(n_articles=20, requests=40, concurrency=4, db=db)
    assert result.requests == 40 and result.errors == 0
    assert 0 < result.p50_ms <= result.p99_ms <= result.max_ms
