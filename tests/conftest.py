"""Shared fixtures. The spaCy pipeline, the sample-corpus ledger and the eval-set ledgers are
built once per test process (each pytest-xdist worker is one process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Property tests check what holds, not how fast: no per-example deadline (hypothesis' default
# 200 ms fails examples on a loaded 2-core machine; speed is measured by `rashomon bench`).
settings.register_profile("rashomon", deadline=None)
settings.load_profile("rashomon")

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# ../shared beside the project; RASHOMON_SHARED names another place
SHARED = Path(os.environ.get("RASHOMON_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
EVAL_DIR = SHARED / "eval"
DATASETS_DIR = SHARED / "datasets"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Under CI the quality gates must run: a missing ``../shared`` fails the run instead of
    letting every gate skip silently."""
    if os.environ.get("CI", "").lower() == "true" and not (EVAL_DIR.is_dir() and DATASETS_DIR.is_dir()):
        pytest.exit(f"CI=true but {SHARED} (eval sets and datasets) is missing: the quality gates "
                    "cannot run", returncode=1)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``--dist loadgroup``: the tests of one ``xdist_group`` run on one worker, so that they
    share its session fixtures (one analysis of an eval set, not one per worker). pytest-xdist
    3.8 marks the group by suffixing ``item._nodeid``, which pytest 9 no longer reads (the node
    id is ``item._id``): the same suffix is put where pytest 9 reads it."""
    if not getattr(config.option, "loadgroup", False):
        return
    from _pytest.nodeid import coerce_node_id

    for item in items:
        names = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                        for m in item.iter_markers("xdist_group")})
        if names and "@" not in item.nodeid:
            item._id = coerce_node_id(f"{item.nodeid}@{'_'.join(names)}")  # type: ignore[attr-defined]


@pytest.fixture(scope="session", autouse=True)
def _pipeline_loaded_once() -> Iterator[None]:
    """``Resources.load`` (spaCy pipeline and gazetteers, ~5 s of CPU) once per process and
    pipeline: ``rashomon.analyze``, the CLI and the measure runners called by the tests reuse
    it. Resources are read-only, so sharing them changes no result. What a load builds depends
    on the options only through the model and ``max_chars`` (the parser's max_length); other
    options (a run's workers, time budget, link settings) get the same pipeline and gazetteers
    with their own options, as a real load would give them. A test that points
    ``RASHOMON_CACHE_DIR`` elsewhere (the start-up cache's tests) gets real loads."""
    from dataclasses import replace

    from rashomon.pipeline import Resources

    original = Resources.__dict__["load"]
    loaded: dict[Any, Resources] = {}
    cache_dir = os.environ.get("RASHOMON_CACHE_DIR")

    def load(cls: type[Resources], options: Any, **kwargs: Any) -> Resources:
        if os.environ.get("RASHOMON_CACHE_DIR") != cache_dir:  # a test of the start-up cache: a real load
            return original.__func__(cls, options, **kwargs)  # type: ignore[no-any-return]
        key = (options.model, options.max_chars, tuple(sorted(kwargs.items())))
        if key not in loaded:
            loaded[key] = original.__func__(cls, options, **kwargs)
        shared = loaded[key]
        return shared if shared.options == options else replace(shared, options=options)

    Resources.load = classmethod(load)  # type: ignore[assignment,method-assign]
    yield
    Resources.load = original  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def resources():  # type: ignore[no-untyped-def]
    """spaCy pipeline and gazetteers, loaded once per test process."""
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


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def need_shared(*files: str) -> None:
    """Skip unless ``files`` (paths under SHARED) exist; under CI=true their absence fails."""
    absent = [f for f in files if not (SHARED / f).exists()]
    if absent:
        if in_ci():
            pytest.fail(f"CI=true but {SHARED / absent[0]} is absent")
        pytest.skip(f"{SHARED / absent[0]} is absent")


@pytest.fixture(scope="session")
def sample_ledger():  # type: ignore[no-untyped-def]
    """The bundled sample corpus analysed once (``rashomon.analyze``): a Ledger."""
    import rashomon
    from rashomon.sample import sample_corpus

    return rashomon.analyze([str(sample_corpus())])


EVAL_SETS = {  # name → (articles, gold) under SHARED; both scored by eval/score.py
    "eval": ("eval/articles.jsonl", "eval/gold.jsonl"),
    "more-conflicts": ("eval/more-conflicts/articles.jsonl", "eval/more-conflicts/gold.jsonl"),
}
SCORER = "eval/score.py"


@pytest.fixture(scope="session")
def scored_eval_set(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], dict[str, Any]]:
    """``scored_eval_set(name)``: the eval set ``name`` analysed by the CLI (``rashomon analyze
    FILE --db DB --json LEDGER -q``) and scored by ``score.py --json``, once per process.

    Returns {"ledger": the ledger JSON, "ledger_path", "metrics": score.py's figures, "figures":
    its text output, "cli_output", "exit_code"}. Skips (fails under CI=true) when the files are
    absent."""
    from typer.testing import CliRunner

    from rashomon.cli import app

    done: dict[str, dict[str, Any]] = {}

    def run(name: str) -> dict[str, Any]:
        articles, gold = EVAL_SETS[name]
        need_shared(articles, gold, SCORER)
        if name in done:
            return done[name]
        out = tmp_path_factory.mktemp(name)
        ledger = out / "ledger.json"
        cli = CliRunner(env={"COLUMNS": "200"}).invoke(
            app, ["analyze", str(SHARED / articles), "--db", str(out / "eval.db"), "--json", str(ledger), "-q"])
        assert cli.exit_code in (0, 3), cli.output  # 3: some inputs skipped (listed)
        metrics = out / "metrics.json"
        scored = subprocess.run(
            [sys.executable, str(SHARED / SCORER), "--gold", str(SHARED / gold), "--ledger", str(ledger),
             "--json", str(metrics)],
            capture_output=True, text=True, timeout=300, check=False)
        assert scored.returncode == 0, scored.stderr[-2000:]
        done[name] = {
            "ledger": json.loads(ledger.read_text(encoding="utf-8")), "ledger_path": ledger,
            "metrics": json.loads(metrics.read_text(encoding="utf-8")), "figures": scored.stdout,
            "cli_output": cli.output, "exit_code": cli.exit_code,
        }
        return done[name]

    return run


# -- PostgreSQL (tests/pg_support.py): one server per test process, one database per test ----

@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    """A temporary PostgreSQL cluster on 127.0.0.1; skips without the binaries (fails under CI=true)."""
    from tests.pg_support import PgServer, bin_dir

    found = bin_dir()
    if found is None:
        if in_ci():
            pytest.fail("CI=true but PostgreSQL's initdb/pg_ctl are missing (.ci/setup-postgres.sh installs them)")
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    server = PgServer.start(found)
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:  # type: ignore[no-untyped-def]
    """The URL of a new, empty PostgreSQL database."""
    return str(pg_server.new_database())


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new store on each backend: an SQLite file, then a PostgreSQL database (with the store's
    tables already: copied from a migrated template, which is faster than migrating)."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("pg_server").new_database(migrated=True))
