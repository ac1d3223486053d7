"""The HTML report in a real browser: headless Chromium driven by playwright
(:mod:`tests.browser_support`); ``RASHOMON_SCREENSHOT_DIR`` keeps the screenshots."""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from tests.browser_support import VIEWPORT, browser_fixture  # noqa: F401  (the browser fixture)
from tests.report.ledger_fixtures import SCRIPT, hostile_ledger, sample_ledger

from rashomon.report.html import write_html
from rashomon.types import Ledger

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

class Opened:
    """A report open in a page, with everything the page complained about."""

    def __init__(self, browser: Browser, ledger: Ledger, folder: Path) -> None:
        self.path = folder / "report.html"
        write_html(ledger, self.path)
        self.page: Page = browser.new_page(viewport=VIEWPORT)  # type: ignore[arg-type]
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(self.path.as_uri())

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(str(dialog.message))
        dialog.dismiss()

    def js(self, script: str, arg: object = None) -> Any:
        return self.page.evaluate(script, arg)

    def target_id(self) -> str | None:
        found: str | None = self.js("() => document.querySelector(':target')?.id ?? null")
        return found

    def in_viewport(self, element_id: str) -> bool:
        inside: bool = self.js("""id => { const r = document.getElementById(id).getBoundingClientRect();
                                         return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; }""",
                               element_id)
        return inside


@pytest.fixture
def sample(browser: Browser, tmp_path: Path) -> Iterator[Opened]:
    opened = Opened(browser, sample_ledger(), tmp_path)
    yield opened
    opened.page.close()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_page_loads_cleanly_and_shows_every_event(sample: Opened) -> None:
    ledger = sample_ledger()
    assert sample.errors == []
    assert sample.requests == [sample.path.as_uri()], "the page must load nothing else"
    assert sample.js("() => document.scripts.length") == 0
    for event in ledger.events:
        section = sample.page.locator(f"#event-{event.id}")
        assert section.is_visible()
        assert section.locator("h2").inner_text().strip()
        assert section.locator("p.summary").is_visible()
    assert sample.page.locator("table.overview tbody tr").count() == len(ledger.events)
    assert sample.page.locator("#skipped").is_visible()


def test_contradictions_stand_out(sample: Opened) -> None:
    box = sample.page.locator("#event-e1 .contradictions")
    assert box.is_visible()
    colours = sample.js("""() => {
        const bg = el => getComputedStyle(el).backgroundColor;
        return {box: bg(document.querySelector('#event-e1 .contradictions')),
                body: bg(document.body), section: bg(document.querySelector('#event-e1'))}; }""")
    assert colours["box"] not in ("rgba(0, 0, 0, 0)", "transparent", colours["body"], colours["section"])
    assert "Coalition did it (Valley News Agency) vs Coalition did not (Coalition)" in box.inner_text()


def test_evidence_link_targets_the_marked_span(sample: Opened) -> None:
    ledger = sample_ledger()
    claim = next(c for c in ledger.claims if c.id == "c3")
    sample.page.locator(f'#claim-{claim.id} a[href="#ev-claim-{claim.id}"]').click()
    assert sample.target_id() == f"ev-claim-{claim.id}"
    assert sample.in_viewport(f"ev-claim-{claim.id}")
    mark = sample.js("""id => { const m = document.getElementById(id);
                              return {tag: m.tagName, text: m.textContent,
                                      outline: getComputedStyle(m).outlineStyle,
                                      article: m.closest('section.article').id}; }""", f"ev-claim-{claim.id}")
    assert mark == {"tag": "MARK", "text": claim.evidence.text, "outline": "solid",
                    "article": f"article-{claim.article_id}"}
    # and back: the number before the mark leads to the claim's row
    sample.page.locator(f'#article-{claim.article_id} sup.ref a[href="#claim-{claim.id}"]').click()
    assert sample.target_id() == f"claim-{claim.id}"
    assert sample.in_viewport(f"claim-{claim.id}")


def test_contradiction_links_reach_both_claims(sample: Opened) -> None:
    # the claim pairs behind a dispute open on demand
    pairs = sample.page.locator("#event-e1 .contradictions .pairs details").first
    link = sample.page.locator('#event-e1 .contradictions a[href="#claim-c2"]').first
    assert not link.is_visible()
    pairs.locator("summary").click()
    assert link.is_visible()
    for cid in ("c2", "c4"):
        sample.page.locator(f'#event-e1 .contradictions a[href="#claim-{cid}"]').first.click()
        assert sample.target_id() == f"claim-{cid}"
        assert sample.in_viewport(f"claim-{cid}")
        assert sample.js("id => getComputedStyle(document.getElementById(id)).backgroundColor",
                         f"claim-{cid}") != "rgba(0, 0, 0, 0)"


def test_article_text_reads_as_written(sample: Opened) -> None:
    for article in sample_ledger().articles:
        shown = sample.js("""id => { const t = document.querySelector('#' + id + ' .text').cloneNode(true);
                                   t.querySelectorAll('sup.ref').forEach(s => s.remove());
                                   return t.textContent; }""", f"article-{article.id}")
        assert shown == article.text


def test_screenshot(sample: Opened, tmp_path: Path) -> None:
    keep = os.environ.get("RASHOMON_SCREENSHOT_DIR")
    path = (Path(keep) if keep else tmp_path) / "report-sample.png"
    data = sample.page.screenshot(path=str(path), full_page=True)
    width, height = _png_size(data)
    assert width == VIEWPORT["width"] and height > 2 * VIEWPORT["height"]
    assert len(data) > 50_000, "a blank or unstyled page compresses to almost nothing"
    assert path.stat().st_size == len(data)


def test_hostile_report_runs_nothing(browser: Browser, tmp_path: Path) -> None:
    opened = Opened(browser, hostile_ledger(), tmp_path)
    try:
        assert opened.errors == [] and opened.dialogs == []
        assert opened.js("() => document.scripts.length") == 0
        assert opened.js("() => [...document.querySelectorAll('*')].some(e => [...e.attributes]"
                         ".some(a => a.name.startsWith('on')))") is False
        text = opened.page.locator("#article-x1 .text").inner_text()
        assert SCRIPT in text
        assert opened.page.locator("#ev-claim-x-c1").inner_text() == hostile_ledger().claims[0].evidence.text
        assert SCRIPT in opened.page.locator("#article-x1 h3").inner_text()
        assert opened.page.locator('a[href^="javascript"]').count() == 0
    finally:
        opened.page.close()
