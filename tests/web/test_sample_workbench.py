"""The workbench over the bundled sample corpus, analysed by the real pipeline: every page of
every kind answers, and a reviewer's correction survives re-analysis of the same articles."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from rashomon.config import Options
from rashomon.pipeline import Resources, run
from rashomon.sample import sample_corpus
from rashomon.store import Store
from rashomon.web import create_app
from rashomon.web.view import place_id

pytestmark = pytest.mark.slow
TOKEN = "sample-corpus-review-token-0123456789"


def _analyse(db: Path, resources: Resources) -> None:
    with Store.open(db) as store:
        run([str(sample_corpus())], store, Options(), resources=resources)


def test_every_page_of_the_sample_ledger_then_review_survives_reanalysis(
        tmp_path: Path, resources: Resources, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASHOMON_TOKEN", TOKEN)
    db = tmp_path / "sample.db"
    _analyse(db, resources)
    with TestClient(create_app(db)) as client:
        events = client.get("/api/events?background=true&per_page=200").json()["events"]
        assert len(events) >= 5
        paths = ["/events", "/events?background=true", "/map", "/events?disputed=true"]
        for e in events:
            paths.append(f"/events/{e['id']}")
            if e["location"]:
                paths.append(f"/places/{place_id_of(e)}")
        ledger_claims = client.get("/api/claims?per_page=200").json()["claims"]
        paths += [f"/sources/{quote(n, safe='')}" for n in {c['source']['name'] for c in ledger_claims}]
        paths += [f"/articles/{a}" for a in {c["article_id"] for c in ledger_claims}]
        for path in paths:
            assert client.get(path).status_code == 200, path
        # correct one denial, then analyse the same corpus again
        target = next(c for c in ledger_claims if c["stance"] == "denies" and c["event_id"])
        r = client.post(f"/api/review/claims/{target['id']}", json={"stance": "asserts", "why": "test"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, r.text
    _analyse(db, resources)
    with TestClient(create_app(db)) as client:
        claims = {c["id"]: c for c in client.get("/api/claims?per_page=200").json()["claims"]}
        again = claims.get(target["id"]) or next(
            c for c in claims.values() if c["article_id"] == target["article_id"]
            and c["evidence"]["start"] == target["evidence"]["start"])
        assert again["stance"] == "asserts" and again["reviewed"] == ["stance"]


def place_id_of(event: dict[str, object]) -> str:
    from rashomon.types import Location

    loc = event["location"]
    assert isinstance(loc, dict)
    return place_id(Location(str(loc["name"]), loc.get("country")))  # type: ignore[arg-type]
