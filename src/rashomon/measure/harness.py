"""What every data set's runner shares: running the pipeline, sampling, reading ledgers, distances.

The pipeline is used through its public functions only (``pipeline.run`` into an in-memory
:class:`~rashomon.store.Store`, the ledger as ``rashomon.ledger/1`` values): a runner measures
what ``rashomon analyze`` produces. Two ways to run:

- :func:`analyse`: all documents in one run (one database): linking across them is measured;
- :func:`analyse_each`: each document alone in its own run: per-document figures that do not
  depend on what else was analysed.
"""

from __future__ import annotations

import csv
import math
import random
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from rashomon.evaluate import primary_events
from rashomon.ingest import from_text
from rashomon.pipeline import Resources, generator, run
from rashomon.report import to_dict
from rashomon.store import Store
from rashomon.types import RawDocument

Progress = Callable[[str, int, int | None], None]  # (stage, done, total), as the pipeline's
JsonDict = dict[str, Any]
SEED = 0  # every sample of the wing: random.Random(0)


def no_progress(stage: str, done: int, total: int | None) -> None:
    """The default progress callback: nothing."""


def document(id: str, text: str, *, title: str | None = None, published: str | None = None) -> RawDocument:
    """A data set row as an article (the Python API's way of giving a text)."""
    return from_text(text, id=id, title=title, published=published)


def analyse(docs: Sequence[str | RawDocument], res: Resources, progress: Progress = no_progress,
            stage: str = "analyse") -> JsonDict:
    """All ``docs`` (documents, or paths as ``rashomon analyze`` takes them) in one run (one
    in-memory database): the ledger as JSON values."""
    def relay(name: str, done: int, total: int | None) -> None:
        progress(f"{stage}: {name}", done, total)

    with Store.open(":memory:") as store:
        run(list(docs), store, res.options, progress=relay, resources=res)
        return to_dict(store.load_ledger(generator(res.options)))


def analyse_each(docs: Sequence[RawDocument], res: Resources, progress: Progress = no_progress,
                 stage: str = "analyse each") -> dict[str, JsonDict]:
    """Each doc alone in its own run: document id → its ledger."""
    out: dict[str, JsonDict] = {}
    progress(stage, 0, len(docs))
    for n, doc in enumerate(docs, start=1):
        with Store.open(":memory:") as store:
            run([doc], store, res.options, resources=res)
            out[doc.id or doc.input] = to_dict(store.load_ledger(generator(res.options)))
        progress(stage, n, len(docs))
    return out


def sample_indices(pool: Sequence[int], k: int, seed: int = SEED) -> list[int]:
    """``random.Random(seed).sample(pool, k)`` (all of the pool when k ≥ its size), sorted:
    row indices in file order, each row once."""
    pool = list(pool)
    if k >= len(pool):
        return pool
    return sorted(random.Random(seed).sample(pool, k))


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file with a header (fields may hold long, multi-line texts)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def number(text: str | None) -> float | None:
    """'6.0' → 6.0; '', 'NA', 'Unknown' → None."""
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def primary_event(ledger: Mapping[str, Any], article_id: str) -> JsonDict | None:
    """The event holding most of the article's claims (score.py's definition), or None."""
    event_id = primary_events(ledger).get(article_id)
    return next((e for e in ledger.get("events") or [] if e["id"] == event_id), None)


EARTH_RADIUS_KM = 6371.0088  # physical constant: mean Earth radius (IUGG)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance. The measuring stick keeps its own: a bug in the pipeline's
    geometry must not move the figure that checks it."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def event_km(event: Mapping[str, Any] | None, lat: float, lon: float) -> float | None:
    """Distance from the event's location to (lat, lon); None when the event has no coordinates."""
    loc = (event or {}).get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    return km(float(loc["lat"]), float(loc["lon"]), lat, lon)


def shared_pairs(ledger: Mapping[str, Any], incident: Mapping[str, str] | None = None
                 ) -> set[tuple[str, str]]:
    """Pairs of articles of different incidents that share an event (any event listing both).

    ``incident`` maps article id → incident; by default each article is its own incident.
    """
    incident = incident or {}
    pairs: set[tuple[str, str]] = set()
    for event in ledger.get("events") or []:
        ids = sorted(set(event.get("article_ids") or []))
        for a, b in combinations(ids, 2):
            if incident.get(a, a) != incident.get(b, b):
                pairs.add((a, b))
    return pairs


def claims_by_article(ledger: Mapping[str, Any]) -> dict[str, list[JsonDict]]:
    out: dict[str, list[JsonDict]] = {}
    for claim in ledger.get("claims") or []:
        out.setdefault(claim["article_id"], []).append(claim)
    return out


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def ids(docs: Iterable[RawDocument]) -> list[str]:
    return [d.id or d.input for d in docs]
