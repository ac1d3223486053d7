"""The workbench over a database holding the hand-made report ledgers: pages, API, errors, safety."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.report.ledger_fixtures import SCRIPT, hostile_ledger, sample_ledger
from tests.web.ledger_db import write_ledger

from rashomon.errors import ConfigError
from rashomon.store import Store
from rashomon.web import create_app
from rashomon.web.view import MAX_PAGE_SIZE


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = write_ledger(tmp_path_factory.mktemp("web") / "ledger.db", sample_ledger(), hostile_ledger())
    with TestClient(create_app(db)) as c:
        yield c


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no ledger database"):
        create_app(tmp_path / "nope.db")


def test_events_page_lists_and_folds_background(client: TestClient) -> None:
    r = client.get("/events")
    assert r.status_code == 200
    assert "Content-Security-Policy" in r.headers and "script-src" not in r.headers["Content-Security-Policy"]
    # e1 (airstrike with sources) and x-e1 are listed; e2 (no claims) is folded away
    assert 'href="/events/e1"' in r.text and 'href="/events/e2"' not in r.text
    assert "background mention" in r.text
    shown = client.get("/events?background=true")
    assert 'href="/events/e2"' in shown.text


@pytest.mark.parametrize(("query", "ids"), [
    ("q=depot", {"e1"}),
    ("q=brigade+hilal", {"e1"}),
    ("q=nothing-like-this", set()),
    ("country=IQ&background=true", {"e1", "e2"}),
    ("type=shelling&background=true", {"e2"}),
    ("status=contested", {"e1"}),
    ("disputed=true", {"e1", "x-e1"}),
    ("date_from=2020-03-01", {"e1"}),
    ("date_to=2020-02&background=true", {"e2"}),
    ("source=Hilal+Brigade", {"e1"}),
    ("place=qasr-hilal--iq", {"e1"}),
])
def test_api_event_filters(client: TestClient, query: str, ids: set[str]) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert {e["id"] for e in body["events"]} == ids
    assert body["total"] == len(ids)


def test_api_pagination_and_sorting(client: TestClient) -> None:
    first = client.get("/api/events?background=true&per_page=1&sort=date").json()
    second = client.get("/api/events?background=true&per_page=1&page=2&sort=date").json()
    assert first["total"] == 3 and first["pages"] == 3
    assert first["events"][0]["id"] != second["events"][0]["id"]
    newest = client.get("/api/events?background=true&sort=-date").json()["events"]
    dates = [e["date"] or "" for e in newest]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("query", [
    f"per_page={MAX_PAGE_SIZE + 1}", "per_page=0", "page=0", "date_from=yesterday",
    "status=maybe", "sort=colour", "country=Iraq", "q=" + "x" * 201,
])
def test_api_bad_filters_are_422_json(client: TestClient, query: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/json")
    assert "detail" in r.json()


def test_bad_filter_on_a_page_is_an_html_error(client: TestClient) -> None:
    r = client.get("/events?per_page=100000")
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("path", [
    "/api/events/nope", "/api/events/nope/claims", "/api/articles/nope", "/api/places/nope",
])
def test_api_unknown_ids_are_404_json(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and r.json()["detail"].startswith("no ")


@pytest.mark.parametrize("path", ["/events/nope", "/articles/nope", "/places/nope", "/sources/nope"])
def test_unknown_pages_are_404_html(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "Error 404" in r.text


def test_api_event_claims_and_article(client: TestClient) -> None:
    event = client.get("/api/events/e1").json()
    assert event["id"] == "e1" and event["perpetrator"]["status"] == "contested"
    claims = client.get("/api/events/e1/claims").json()
    assert {c["id"] for c in claims} == {"c1", "c9", "c2", "c3", "c4", "c5", "c6", "c7"}
    denials = client.get("/api/claims?stance=denies").json()
    assert [c["id"] for c in denials["claims"]] == ["c4"]
    by_source = client.get("/api/claims?source=Riverside+Observatory&event=e1").json()
    assert {c["id"] for c in by_source["claims"]} == {"c5", "c6"}
    article = client.get("/api/articles/a1").json()
    assert article["outlet"] == "Northern Ledger" and len(article["claims"]) == 5
    place = client.get("/api/places/qasr-hilal--iq").json()
    assert place["name"] == "Qasr Hilal" and [e["id"] for e in place["events"]] == ["e1"]


@pytest.mark.parametrize(("fmt", "start"), [
    ("geojson", '{\n "type": "FeatureCollection"'), ("acled", "event_id_cnty,"), ("ucdp", "id,year,"),
    ("csv", "claim_id,published,"), ("jsonl", '{"record": "article"'),
])
def test_api_export(client: TestClient, fmt: str, start: str) -> None:
    r = client.get(f"/api/export?format={fmt}")
    assert r.status_code == 200 and r.text.startswith(start)
    assert client.get("/api/export?format=xml").status_code == 422


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/events/{event_id}/claims", "/api/claims",
            "/api/articles/{article_id}", "/api/places/{pid}", "/api/export"} <= paths


def test_event_page_shows_card_chart_timeline_and_evidence(client: TestClient) -> None:
    r = client.get("/events/e1")
    assert r.status_code == 200
    text = r.text
    assert "Sources side by side" in text and "Timeline of the claims" in text
    assert '<svg class="chart"' in text and "Riverside Observatory" in text
    # evidence in context: the article text with its marks
    assert "Evidence in context" in text and "<mark" in text
    # timeline by publication time: a1 (2020-03-11) before a2 (2020-03-12)
    assert text.index("2020-03-11") < text.index("2020-03-12T08:30")
    assert 'href="/places/qasr-hilal--iq"' in text


def test_place_source_and_article_pages(client: TestClient) -> None:
    place = client.get("/places/qasr-hilal--iq")
    assert place.status_code == 200 and 'href="/events/e1"' in place.text
    source = client.get("/sources/Hilal%20Brigade")
    assert source.status_code == 200 and "14 of its members" in source.text
    assert "on a side of a dispute 0 times" in source.text
    coalition = client.get("/sources/Coalition")
    assert "on a side of a dispute 1 time" in coalition.text
    article = client.get("/articles/a1")
    assert article.status_code == 200 and "<mark" in article.text


@pytest.mark.parametrize("path", ["/events?background=true", "/events/x-e1", "/articles/x1",
                                  f"/sources/{SCRIPT.replace('/', '%2F')}%20group"])
def test_hostile_text_is_escaped(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, path
    assert SCRIPT not in r.text
    assert 'onload="alert' not in r.text
    assert 'href="javascript:' not in r.text


def test_geojson_export_parses(client: TestClient) -> None:
    doc = json.loads(client.get("/api/export?format=geojson").text)
    assert doc["type"] == "FeatureCollection"
    for feature in doc["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_map_points_open_their_events(client: TestClient) -> None:
    r = client.get("/map")
    assert r.status_code == 200
    # e1 has coordinates: one point linking to it; the rest are counted, not dropped
    assert r.text.count('<a href="/events/e1" class="point">') == 1
    assert '<path class="land"' in r.text and "without coordinates" in r.text
    assert "zoom in" in r.text and "/map?" in r.text


def test_map_keeps_filters_and_view_in_its_links(client: TestClient) -> None:
    r = client.get("/map?disputed=true&lon=41.25&lat=34.125&zoom=7")
    assert r.status_code == 200
    assert "disputed=True" in r.text and "zoom=8" in r.text and "zoom=6" in r.text
    empty = client.get("/map?q=nothing-like-this")
    assert empty.status_code == 200 and 'class="point"' not in empty.text


@pytest.mark.parametrize("query", ["zoom=99&lon=0&lat=0", "lat=95&lon=0&zoom=3", "lon=abc&lat=0&zoom=3"])
def test_map_bad_view_is_422(client: TestClient, query: str) -> None:
    assert client.get(f"/map?{query}").status_code == 422


def test_tile_layer_when_online(tmp_path: Path) -> None:
    db = write_ledger(tmp_path / "t.db", sample_ledger())
    with TestClient(create_app(db, tiles="https://tiles.example.org/{z}/{x}/{y}.png")) as c:
        r = c.get("/map")
        assert "img-src 'self' data: https://tiles.example.org" in r.headers["Content-Security-Policy"]
        assert '<image href="https://tiles.example.org/' in r.text


@pytest.mark.parametrize("tiles", ["javascript:alert(1)/{z}/{x}/{y}", "https://tiles.example.org/{z}/{x}.png",
                                   "ftp://t.example.org/{z}/{x}/{y}"])
def test_bad_tile_url_is_refused(tmp_path: Path, tiles: str) -> None:
    db = write_ledger(tmp_path / "t.db", sample_ledger())
    with pytest.raises(ConfigError, match="tile URL"):
        create_app(db, tiles=tiles)


def test_the_events_form_with_empty_fields_filters_nothing_out(client: TestClient) -> None:
    # what a browser sends when only the search box is filled
    r = client.get("/events?q=depot&country=&date_from=&date_to=&type=&status=&source=&sort=-date")
    assert r.status_code == 200 and r.text.count('class="event-row"') == 1


def test_archived_copy_is_served_as_sandboxed_text(tmp_path: Path) -> None:
    from rashomon.store.fetchlog import log_fetch

    db = write_ledger(tmp_path / "a.db", sample_ledger())
    with Store.open(db) as store:
        fid = log_fetch(store, url="https://news.example/a", final_url="https://news.example/a", status=200,
                        body=b"<html><script>alert(1)</script>page</html>", etag=None, last_modified=None,
                        content_type="text/html", fetched_at="2026-12-06T10:00:00+00:00", error=None)
    with TestClient(create_app(db)) as c:
        r = c.get(f"/archive/{fid}")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
        assert r.headers["content-security-policy"].startswith("sandbox")
        assert r.text == "<html><script>alert(1)</script>page</html>"
        assert c.get("/archive/999").status_code == 404
