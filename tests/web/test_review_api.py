"""Analyst review through the workbench: tokens, the API, the browser forms, CSRF and the audit log."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.report.ledger_fixtures import sample_ledger
from tests.web.ledger_db import write_ledger

from rashomon.store import Store
from rashomon.store.review import create_token
from rashomon.web import create_app

ENV_TOKEN = "test-token-for-the-review-api-0123456789"


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("RASHOMON_TOKEN", ENV_TOKEN)
    monkeypatch.setenv("RASHOMON_REVIEWER", "ana")
    db = write_ledger(tmp_path / "review.db", sample_ledger())
    with TestClient(create_app(db)) as c:
        yield c


AUTH = {"Authorization": f"Bearer {ENV_TOKEN}"}


@pytest.mark.parametrize(("path", "body"), [
    ("/api/review/claims/c4", {"stance": "confirms", "why": "x"}),
    ("/api/review/merge", {"event": "e2", "into": "e1", "why": "x"}),
    ("/api/review/split", {"event": "e1", "article": "a2", "why": "x"}),
])
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": ENV_TOKEN}])
def test_writes_without_a_valid_token_are_401(client: TestClient, path: str, body: dict[str, object],
                                               headers: dict[str, str]) -> None:
    r = client.post(path, json=body, headers=headers)
    assert r.status_code == 401 and "token" in r.json()["detail"]
    assert client.get("/api/review/log").json() == []


def test_claim_correction_changes_the_ledger_and_is_audited(client: TestClient) -> None:
    r = client.post("/api/review/claims/c4", json={"stance": "confirms", "why": "the spokesman confirmed it"},
                    headers=AUTH)
    assert r.status_code == 200, r.text
    change = r.json()
    assert change["reviewer"] == "ana" and change["before"] == {"stance": "denies"}
    assert change["after"] == {"stance": "confirms"}
    claims = {c["id"]: c for c in client.get("/api/events/e1/claims").json()}
    assert claims["c4"]["stance"] == "confirms" and claims["c4"]["reviewed"] == ["stance"]
    event = client.get("/api/events/e1").json()
    assert "Coalition" not in event["perpetrator"]["denied_by"]
    log = client.get("/api/review/log").json()
    assert [x["why"] for x in log] == ["the spokesman confirmed it"]
    page = client.get("/events/e1").text
    assert "the spokesman confirmed it" in page and "Review log (1)" in page
    # exports mark the field
    csv_text = client.get("/api/export?format=csv").text
    assert re.search(r"^c4,.*,stance\r?$", csv_text, re.M)


def test_figures_not_a_claim_and_move(client: TestClient) -> None:
    assert client.post("/api/review/claims/c3", json={"killed": {"min": 16, "max": 16}, "why": "update"},
                       headers=AUTH).status_code == 200
    assert client.get("/api/events/e1").json()["killed"]["by_source"]["Hilal Brigade"] == 16
    assert client.post("/api/review/claims/c6", json={"not_a_claim": True, "why": "a guess"},
                       headers=AUTH).status_code == 200
    assert "c6" not in {c["id"] for c in client.get("/api/events/e1/claims").json()}
    assert client.post("/api/review/claims/c5", json={"event": "e2", "why": "other incident"},
                       headers=AUTH).status_code == 200
    assert "c5" in {c["id"] for c in client.get("/api/events/e2/claims").json()}


def test_merge_and_split_through_the_api(client: TestClient) -> None:
    r = client.post("/api/review/split", json={"event": "e1", "article": "a2", "why": "a second strike"},
                    headers=AUTH)
    assert r.status_code == 200
    alone = client.get("/api/events/e1~a2").json()
    assert alone["article_ids"] == ["a2"]
    r = client.post("/api/review/merge", json={"event": "e1~a2", "into": "e1", "why": "same strike after all"},
                    headers=AUTH)
    assert r.status_code == 200
    assert client.get("/api/events/e1~a2").status_code == 404
    assert set(client.get("/api/events/e1").json()["article_ids"]) == {"a1", "a2"}


@pytest.mark.parametrize(("path", "body", "status"), [
    ("/api/review/claims/nope", {"stance": "asserts", "why": "x"}, 404),
    ("/api/review/claims/c4", {"why": "nothing else"}, 422),
    ("/api/review/claims/c4", {"stance": "maybe", "why": "x"}, 422),
    ("/api/review/claims/c4", {"stance": "asserts"}, 422),
    ("/api/review/claims/c4", {"stance": "asserts", "why": ""}, 422),
    ("/api/review/claims/c4", {"killed": {"min": -1}, "why": "x"}, 422),
    ("/api/review/claims/c4", {"event": "nope", "why": "x"}, 422),
    ("/api/review/claims/c4", {"colour": "red", "why": "x"}, 422),
    ("/api/review/merge", {"event": "e1", "into": "e1", "why": "x"}, 422),
    ("/api/review/merge", {"event": "nope", "into": "e1", "why": "x"}, 404),
    ("/api/review/split", {"event": "e2", "article": "a2", "why": "x"}, 422),
])
def test_bad_review_requests(client: TestClient, path: str, body: dict[str, object], status: int) -> None:
    r = client.post(path, json=body, headers=AUTH)
    assert r.status_code == status, r.text
    assert client.get("/api/review/log").json() == []


def test_a_token_made_by_the_store_works(client: TestClient, tmp_path: Path) -> None:
    with Store.open(tmp_path / "review.db") as store:
        token = create_token(store, "bea")
    r = client.post("/api/review/claims/c4", json={"stance": "asserts", "why": "x"},
                    headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json()["reviewer"] == "bea"


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]{64})"', page)
    assert found, "no CSRF token on the page"
    return found[1]


def test_review_in_the_browser_with_csrf(client: TestClient) -> None:
    assert "Sign in" in client.get("/events/e1").text and 'name="csrf"' not in client.get("/events/e1").text
    bad = client.post("/login", data={"token": "wrong"}, follow_redirects=False)
    assert bad.status_code == 401
    r = client.post("/login", data={"token": ENV_TOKEN}, follow_redirects=False)
    assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
    assert "samesite=strict" in r.headers["set-cookie"].lower()
    page = client.get("/events/e1").text
    csrf = _csrf(page)
    form = {"claim": "c4", "stance": "confirms", "why": "read again"}
    forged = client.post("/review/claim", data={**form, "csrf": "0" * 64}, follow_redirects=False)
    assert forged.status_code == 403
    ok = client.post("/review/claim", data={**form, "csrf": csrf}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/events/e1"
    page = client.get("/events/e1").text
    assert "read again" in page and "Review log (1)" in page
    split = client.post("/review/split", data={"event": "e1", "article": "a2", "why": "two strikes", "csrf": csrf},
                        follow_redirects=False)
    assert split.status_code == 303 and client.get("/api/events/e1~a2").status_code == 200
    client.post("/logout")
    assert client.post("/review/claim", data={**form, "csrf": csrf}, follow_redirects=False).status_code == 401
