"""A headless Chromium for the browser tests (the HTML report and the workbench).

Uses Debian's ``/usr/bin/chromium`` (``bash .ci/setup-browser.sh`` installs it; never
``playwright install``). Skips, saying why, when playwright or the browser is missing; with
``RASHOMON_REQUIRE_BROWSER=1`` (set in CI) a missing browser fails instead of skipping.
``RASHOMON_CHROMIUM`` points at another Chromium binary.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path(os.environ.get("RASHOMON_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 900}


def unavailable(reason: str) -> NoReturn:
    if os.environ.get("RASHOMON_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (RASHOMON_REQUIRE_BROWSER=1: the browser test must run here)")
    pytest.skip(reason)


@pytest.fixture(scope="module", name="browser")
def browser_fixture() -> Iterator[Browser]:
    """Import ``browser_fixture`` into a test module to use the ``browser`` fixture there."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed; it is in the dev extra: pip install -e '.[dev]'")
    if not CHROMIUM.is_file():
        unavailable(f"no Chromium at {CHROMIUM}: run `bash .ci/setup-browser.sh` as root "
                    "(apt-get install chromium) or set RASHOMON_CHROMIUM")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()
