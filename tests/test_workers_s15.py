"""Batches go to the workers while the parent still reads (rashomon.pipeline.STREAM_AFTER):
the ledger is the one a single process makes of the same articles."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pytest

from rashomon import pipeline
from rashomon.config import Options
from rashomon.ingest import from_text
from rashomon.pipeline import STREAM_AFTER, generator, run
from rashomon.store import Store
from rashomon.types import Article, Ledger, RawDocument
from rashomon.workers import WorkerPool, dispatch

pytestmark = pytest.mark.slow

# our own sentences, about conflicts no eval set covers; varied so that no two are duplicates
PLACES = ["Goma", "Mopti", "Kidal", "Bama", "Sittwe", "Pemba", "Djibo", "Beni", "Tillaberi", "Abeche", "Jolo"]
GROUPS = ["the army", "rebels", "gunmen", "militia fighters", "police", "unidentified attackers"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _article(i: int) -> RawDocument:
    place, group, day = PLACES[i % len(PLACES)], GROUPS[i % len(GROUPS)], DAYS[i % len(DAYS)]
    text = (f"Clashes involving {group} near {place} killed {i + 3} people and wounded {2 * i + 1} on "
            f"{day}, a local official said. A spokesman for {group} denied attacking civilians in "
            f"{place}, saying only {i % 5 + 1} fighters had died. Aid groups said {i * 7 + 11} families "
            f"had fled the area around kilometre {100 + i * 13} of the road.")
    return from_text(text, id=f"a{i}", published=f"2026-0{i % 9 + 1}-1{i % 10}")


def _ledger(docs: list[RawDocument], options: Options) -> Ledger:
    with Store.open(":memory:") as store:
        run(list(docs), store, options)
        return store.load_ledger(generator(options))


def test_streamed_batches_give_the_single_process_ledger(monkeypatch: pytest.MonkeyPatch) -> None:
    workers = 2
    streamed: list[int] = []

    def spy(articles: Iterable[Article], pool: WorkerPool) -> Any:
        items = list(articles)
        streamed.append(len(items))
        return dispatch(items, pool)

    monkeypatch.setattr(pipeline, "dispatch", spy)
    docs = [_article(i) for i in range(STREAM_AFTER * workers + 5)]  # enough to stream
    parallel = _ledger(docs, Options().with_(workers=workers))
    serial = _ledger(docs, Options())
    assert streamed == [len(docs)]  # the streaming path was taken, with every article
    assert len(parallel.claims) > len(docs)
    as_json = [json.dumps([parallel.claims, parallel.events], default=str, sort_keys=True),
               json.dumps([serial.claims, serial.events], default=str, sort_keys=True)]
    assert as_json[0] == as_json[1]
