"""The workbench in a real browser, as a user works it: filter the events, open one, click a
point on the map; hostile text runs nothing. Screenshots go to ``RASHOMON_SCREENSHOT_DIR``
(default ``out/screenshots``) as test artifacts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from tests.browser_support import VIEWPORT, browser_fixture  # noqa: F401  (the browser fixture)
from tests.report.ledger_fixtures import SCRIPT, hostile_ledger, sample_ledger
from tests.web.ledger_db import write_ledger

from rashomon.web.load import Served

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

SHOTS = Path(os.environ.get("RASHOMON_SCREENSHOT_DIR", Path(__file__).resolve().parents[2] / "out" / "screenshots"))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    db = write_ledger(tmp_path_factory.mktemp("webb") / "ledger.db", sample_ledger(), hostile_ledger())
    s = Served(db)
    yield s
    s.stop()


class Watched:
    """A page that records script dialogs, errors and requests to other origins."""

    def __init__(self, browser: Browser, base: str) -> None:
        self.page: Page = browser.new_page(viewport=VIEWPORT)  # type: ignore[arg-type]
        self.base = base
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("request", lambda r: None if r.url.startswith(base) else self.foreign.append(r.url))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(str(dialog.message))
        dialog.dismiss()

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"workbench-{name}.png"), full_page=True)


@pytest.fixture
def page(browser: Browser, served: Served) -> Iterator[Watched]:
    watched = Watched(browser, served.base)
    yield watched
    assert watched.dialogs == [] and watched.errors == []
    assert watched.foreign == [], "the workbench must load nothing from elsewhere"
    watched.page.close()


def test_filter_the_events_then_open_one(page: Watched) -> None:
    p = page.page
    p.goto(f"{page.base}/events")
    assert p.locator("tr.event-row").count() == 2  # e1 and x-e1; e2 is a folded background mention
    p.fill("input[name=q]", "fuel depot")
    p.click("button[type=submit]")
    assert "q=fuel+depot" in p.url
    p.wait_for_load_state("load")  # the URL changes before the filtered page's rows are there
    assert p.locator("tr.event-row").count() == 1
    page.shot("events-filtered")
    p.click("tr.event-row >> text=Airstrike")
    assert p.url.endswith("/events/e1")
    assert p.locator("section.event h2").inner_text().startswith("Airstrike")
    assert p.locator("svg.chart").first.is_visible()
    assert p.locator("section.timeline li").count() == 8
    page.shot("event")


def test_click_a_point_on_the_map(page: Watched) -> None:
    p = page.page
    p.goto(f"{page.base}/map")
    assert p.locator("svg.map path.land").count() > 3
    page.shot("map")
    p.locator("a.point circle").first.click()
    assert p.url.endswith("/events/e1")
    p.go_back()
    p.click("text=zoom in")
    assert "zoom=" in p.url and p.locator("a.point").count() == 1


def test_hostile_text_runs_nothing_and_links_nowhere(page: Watched) -> None:
    p = page.page
    for path in ("/events?background=true", "/events/x-e1", "/articles/x1"):
        p.goto(page.base + path)
        assert p.evaluate("() => document.scripts.length") == 0
        links = p.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href)")
        assert not [h for h in links if h.lower().startswith(("javascript:", "data:"))]
        assert SCRIPT in p.locator("body").inner_text() or path == "/events?background=true"
    page.shot("hostile-article")


def test_review_a_claim_with_a_token_and_see_the_audit_row(browser: Browser, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    token = "browser-review-token-0123456789abcdef"
    monkeypatch.setenv("RASHOMON_TOKEN", token)
    monkeypatch.setenv("RASHOMON_REVIEWER", "ana")
    own = Served(write_ledger(tmp_path / "review.db", sample_ledger()))
    watched = Watched(browser, own.base)
    p = watched.page
    try:
        p.goto(f"{own.base}/events/e1")
        assert p.locator("#correct-claim").count() == 0
        p.click("text=Sign in")
        p.fill("input[name=token]", token)
        p.click("button[type=submit]")
        p.goto(f"{own.base}/events/e1")
        p.click("details.review summary")
        p.select_option("#correct-claim select[name=claim]", "c4")
        p.select_option("#correct-claim select[name=stance]", "confirms")
        p.fill("#correct-claim input[name=why]", "the spokesman's later statement confirms it")
        p.click("#correct-claim button[type=submit]")
        assert p.url.endswith("/events/e1")
        row = p.locator("table.audit tbody tr")
        assert row.count() == 1
        assert "ana" in row.inner_text() and "the spokesman's later statement" in row.inner_text()
        watched.shot("review-audit")
        assert watched.dialogs == [] and watched.errors == [] and watched.foreign == []
    finally:
        p.close()
        own.stop()
