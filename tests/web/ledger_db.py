"""A ledger database for the workbench tests, written from the hand-made report ledgers."""

from __future__ import annotations

from pathlib import Path

from rashomon.store import Store
from rashomon.types import ArticleResult, Ledger


def write_ledger(path: Path, *ledgers: Ledger) -> Path:
    """Store ledgers' articles, claims, frames and events in a fresh database."""
    with Store.open(path) as store:
        events, claim_events = [], {}
        for ledger in ledgers:
            for article in ledger.articles:
                store.save_article(ArticleResult(
                    article,
                    tuple(c for c in ledger.claims if c.article_id == article.id),
                    tuple(f for f in ledger.frames if f.article_id == article.id)))
            events += list(ledger.events)
            claim_events.update({c.id: c.event_id for c in ledger.claims})
        store.replace_events(events, claim_events)
    return path
