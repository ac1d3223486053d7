"""The sample corpus analysed in two runs into one store gives the events of one run."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from rashomon.config import Options
from rashomon.pipeline import generator, run
from rashomon.sample import sample_corpus
from rashomon.store import Store
from rashomon.types import Ledger


def _ledger(db: Path, batches: list[list[str]], resources: Any) -> Ledger:
    with Store.open(db) as store:
        for inputs in batches:
            run(list(inputs), store, Options(), resources=resources)
        return store.load_ledger(generator(Options()))


def _events(ledger: Ledger) -> set[tuple[str, frozenset[tuple[str, int]], frozenset[str]]]:
    return {(e.id, frozenset(e.frame_keys), frozenset(e.claim_ids)) for e in ledger.events}


def test_sample_corpus_in_two_runs_links_like_one(tmp_path: Path, resources: Any) -> None:
    corpus = sample_corpus()
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    lines = (corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (first / "a.jsonl").write_text("".join(lines[::2]), encoding="utf-8")
    (second / "b.jsonl").write_text("".join(lines[1::2]), encoding="utf-8")
    others = sorted(p for p in corpus.iterdir() if p.name != "articles.jsonl")
    for n, path in enumerate(others):
        shutil.copy(path, (first if n % 2 else second) / path.name)

    at_once = _ledger(tmp_path / "once.db", [[str(first), str(second)]], resources)
    in_two = _ledger(tmp_path / "two.db", [[str(first)], [str(second)]], resources)
    assert len(at_once.events) > 3
    assert _events(in_two) == _events(at_once)
    assert {(c.id, c.event_id) for c in in_two.claims} == {(c.id, c.event_id) for c in at_once.claims}
