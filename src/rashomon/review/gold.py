"""Reviewed articles in the eval gold format (``../shared/eval/CONVENTIONS.md``): one record
per article a reviewer touched, with its event and its claims after the corrections, so that
analysts' corrections become test data (``rashomon review export --gold FILE``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from rashomon.report.field_formats import country_name
from rashomon.types import Claim, Event, Ledger


def _touched_articles(ledger: Ledger) -> list[str]:
    claims = {c.id: c for c in ledger.claims}
    events = {e.id: e for e in ledger.events}
    touched: dict[str, None] = {}
    for change in ledger.reviews:
        t = change.target
        if change.action == "correct_claim" or change.action == "split_article":
            touched[str(t.get("article", ""))] = None
        else:
            for key in ("frames_a", "frames_b"):
                touched.update(dict.fromkeys(str(f[0]) for f in t.get(key, ()) if f))
    for ident in ledger.reviewed:
        if ident in claims:
            touched[claims[ident].article_id] = None
        elif ident in events:
            touched.update(dict.fromkeys(events[ident].article_ids))
    known = {a.id for a in ledger.articles}
    return [a for a in touched if a in known]


def _claim(c: Claim) -> dict[str, Any]:
    k = c.killed
    return {"source": c.source.text, "source_norm": c.source.name, "stance": c.stance,
            "about": c.about, "value": c.text,
            "killed_min": k.min if k else None, "killed_max": k.max if k else None,
            "injured": (c.injured.min if c.injured.min is not None else c.injured.max) if c.injured else None,
            "evidence": c.evidence.text}


def _event(e: Event | None) -> dict[str, Any]:
    if e is None:
        return {"type": None, "location_text": None, "country": None, "date": None,
                "alleged_perpetrators": [], "targets": []}
    loc = e.location
    return {"type": e.type, "location_text": loc.name if loc else None,
            "country": country_name(loc.country) if loc and loc.country else None,
            "date": e.date, "alleged_perpetrators": list(e.perpetrator.alleged), "targets": []}


def gold_records(ledger: Ledger) -> Iterator[dict[str, Any]]:
    """One gold record per reviewed article; ``incident`` is the event most of its claims are about."""
    events = {e.id: e for e in ledger.events}
    for article_id in _touched_articles(ledger):
        claims = [c for c in ledger.claims if c.article_id == article_id]
        votes = Counter(c.event_id for c in claims if c.event_id in events)
        primary = votes.most_common(1)[0][0] if votes else next(
            (e.id for e in ledger.events if article_id in e.article_ids), None)
        yield {"id": article_id, "incident": primary, "event": _event(events.get(primary or "")),
               "claims": [_claim(c) for c in claims], "reviewed": True}
