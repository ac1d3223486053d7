"""Shared fixtures. The spaCy pipeline is built once per test run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVAL_DIR = SHARED / "eval"
DATASETS_DIR = SHARED / "datasets"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Under CI the quality gates must run: a missing ``../shared`` fails the run instead of
    letting every gate skip silently."""
    if os.environ.get("CI", "").lower() == "true" and not (EVAL_DIR.is_dir() and DATASETS_DIR.is_dir()):
        pytest.exit(f"CI=true but {SHARED} (eval sets and datasets) is missing: the quality gates "
                    "cannot run", returncode=1)


@pytest.fixture(scope="session")
def resources():  # type: ignore[no-untyped-def]
    """spaCy pipeline and gazetteers, loaded once per test run."""
    from rashomon.config import Options
    from rashomon.pipeline import Resources

    return Resources.load(Options())


@pytest.fixture(scope="session")
def extract(resources):  # type: ignore[no-untyped-def]
    """Run the per-article stages on a text: ``extract(text, published=...) -> ArticleResult``."""
    from rashomon.normalize import content_hash
    from rashomon.pipeline import process_article
    from rashomon.types import Article

    def run(text: str, *, published: str | None = "2021-06-28", title: str | None = None):  # type: ignore[no-untyped-def]
        article = Article(id="t1", text=text, input="test", content_hash=content_hash(text),
                          published=published, title=title)
        return process_article(article, resources)

    return run
