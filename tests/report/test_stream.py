"""Streamed exports: the text written piece by piece equals the text of the whole.

* :func:`write_object` equals ``json.dumps`` for any JSON values (hypothesis);
* every format read a page at a time from a store (SQLite and PostgreSQL, pages of one and two
  rows so every page boundary is crossed) equals the same format of the ledger loaded whole,
  and the JSON equals ``dumps`` (what ``analyze --json`` writes), also when events list claims
  that point elsewhere;
* the event list's SQL page equals the page computed from the ledger in memory, in each order.
"""

from __future__ import annotations

import dataclasses
import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report.ledger_fixtures import GENERATOR, hostile_ledger, sample_ledger

from rashomon.report.export import FORMATS, export
from rashomon.report.json_stream import Streamed, write_object
from rashomon.report.ledger_json import dumps
from rashomon.report.terminal import EVENT_ORDERS
from rashomon.report.terminal import event_page as ledger_page
from rashomon.store import Store
from rashomon.store import read as store_read
from rashomon.store.read import event_page, has_reviews, ledger_reader
from rashomon.types import ArticleResult, Ledger

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(members=st.dictionaries(st.text(max_size=6), st.tuples(st.booleans(), st.lists(json_values, max_size=4))
                               | st.tuples(st.none(), json_values), max_size=5),
       indent=st.sampled_from([1, 2, 4]))
def test_write_object_is_json_dumps(members: dict[str, tuple[Any, Any]], indent: int) -> None:
    """Streamed arrays (optional ones left out when empty) and plain values, any nesting."""
    whole: dict[str, Any] = {}
    parts: list[tuple[str, Any]] = []
    for key, (streamed, value) in members.items():
        if streamed is None:
            whole[key] = value
            parts.append((key, value))
            continue
        if value or not streamed:  # streamed=True marks an optional member
            whole[key] = value
        parts.append((key, Streamed(iter(value), optional=bool(streamed))))
    out = io.StringIO()
    write_object(out, parts, indent)
    assert out.getvalue() == json.dumps(whole, ensure_ascii=False, allow_nan=False, indent=indent)


@pytest.mark.parametrize("text", ["line\nbreak", "tab\tand \u2028 separator", "quote \" and \\"])
def test_write_object_keeps_escapes(text: str) -> None:
    out = io.StringIO()
    write_object(out, [("a", Streamed([{"t": text}, [text]])), ("b", {"c": text})], 2)
    assert json.loads(out.getvalue()) == {"a": [{"t": text}, [text]], "b": {"c": text}}
    assert out.getvalue() == json.dumps({"a": [{"t": text}, [text]], "b": {"c": text}}, ensure_ascii=False, indent=2)


def _save(url: str, ledger: Ledger, claim_events: dict[str, str | None] | None = None) -> None:
    with Store.open(url) as store:
        for a in ledger.articles:
            store.save_article(ArticleResult(a, tuple(c for c in ledger.claims if c.article_id == a.id),
                                             tuple(f for f in ledger.frames if f.article_id == a.id)))
        for s in ledger.skipped:
            store.save_skipped(s)
        events = claim_events if claim_events is not None else {c.id: c.event_id for c in ledger.claims
                                                               if c.event_id in {e.id for e in ledger.events}}
        assert store.replace_events(ledger.events, events)


def _text(source: Any, fmt: str) -> str:
    out = io.StringIO(newline="")
    export(source, fmt, out)  # type: ignore[arg-type]
    return out.getvalue()


def _streamed_equals_loaded(url: str) -> None:
    with Store.open(url) as store:
        loaded = store.load_ledger(GENERATOR)
        assert not has_reviews(store)
        for fmt in FORMATS:
            with ledger_reader(store, GENERATOR) as records:
                assert _text(records, fmt) == _text(loaded, fmt), fmt
        with ledger_reader(store, GENERATOR) as records:
            assert _text(records, "json") == dumps(loaded)


@pytest.mark.parametrize("page", [1, 2, 256])
@pytest.mark.parametrize("make", [sample_ledger, hostile_ledger])
def test_every_format_streamed_from_sqlite_equals_the_loaded_ledger(tmp_path: Any, monkeypatch: pytest.MonkeyPatch,
                                                                    page: int, make: Any) -> None:
    monkeypatch.setattr(store_read, "PAGE", page)
    url = str(tmp_path / "s.db")
    _save(url, make())
    _streamed_equals_loaded(url)


def test_every_format_streamed_equals_the_loaded_ledger_on_both_backends(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_read, "PAGE", 2)
    _save(db_url, sample_ledger())
    _streamed_equals_loaded(db_url)


def test_claims_an_event_lists_but_that_point_elsewhere(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article re-saved since the last link: its claims point at no event while an event
    still lists them; the CSV shows them under that event, not again as unlinked."""
    monkeypatch.setattr(store_read, "PAGE", 1)
    ledger = sample_ledger()
    e1 = ledger.events[0]
    moved = {c.id: (None if i % 2 else "e2") for i, c in enumerate(ledger.claims) if c.id in e1.claim_ids}
    url = str(tmp_path / "s.db")
    mapping: dict[str, str | None] = {c.id: c.event_id for c in ledger.claims if c.event_id == "e1"}
    _save(url, ledger, mapping | moved)
    _streamed_equals_loaded(url)
    with Store.open(url) as store:
        rows = _text(store.load_ledger(GENERATOR), "csv").splitlines()
    ids = [r.split(",", 1)[0] for r in rows[1:]]
    for cid, event in moved.items():  # once under e1; a claim pointing at e2 once more under e2
        assert ids.count(cid) == (2 if event == "e2" else 1), cid


@pytest.mark.parametrize("order", EVENT_ORDERS)
@pytest.mark.parametrize("limit", [None, 1, 2, 5])
def test_event_page_from_sql_equals_the_page_in_memory(db_url: str, order: str, limit: int | None) -> None:
    ledger = sample_ledger()
    # more events, with ties and undated ones, so the order decides
    extra = [dataclasses.replace(ledger.events[1], id=f"e{i}", date=d, claim_ids=(), contradictions=(),
                                 disputes=ledger.events[0].disputes[: i % 2])
             for i, d in ((3, None), (4, "2020-03-10"), (5, None), (6, "2021-01-01"))]
    ledger = dataclasses.replace(ledger, events=(*ledger.events, *extra))
    _save(db_url, ledger)
    with Store.open(db_url) as store:
        page = event_page(store, order, limit)  # type: ignore[arg-type]
        events, claims, total = ledger_page(store.load_ledger(GENERATOR), order, limit)
    assert [e.id for e in page.events] == [e.id for e in events]
    assert dict(page.claims) == claims and page.total == total == len(ledger.events)
    assert [e.disputes for e in page.events] == [e.disputes for e in events]
    assert [dataclasses.replace(e, contradictions=()) for e in page.events] == \
        [dataclasses.replace(e, contradictions=()) for e in events]
