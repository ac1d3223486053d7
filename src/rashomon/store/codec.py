"""Conversion between domain objects and table rows (column order = the *_COLUMNS tuples).

Kept apart from :mod:`rashomon.store.sqlite` so the SQL and the mapping can be read
separately, and so a future PostgreSQL store can reuse the mapping.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rashomon.errors import StoreError
from rashomon.types import (
    Article,
    CasualtySummary,
    Claim,
    Contradiction,
    Dispute,
    DisputeSide,
    Event,
    Evidence,
    FieldSource,
    Figure,
    Frame,
    Location,
    PerpetratorSummary,
    Source,
)

Row = tuple[Any, ...]

# The last two (run_id, saved_at) are bookkeeping and not part of Article.
ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "text", "input", "content_hash", "url", "outlet", "title", "published", "updated",
    "language", "duplicate_of", "metadata", "warnings", "run_id", "saved_at",
)
CLAIM_COLUMNS: tuple[str, ...] = (
    "article_id", "idx", "id", "source_name", "source_text", "source_kind", "source_via",
    "stance", "about", "text", "evidence_start", "evidence_end", "evidence_text", "perpetrator",
    "killed_present", "killed_min", "killed_max", "injured_present", "injured_min", "injured_max",
    "hedged", "confidence", "frame", "event_id", "country", "source_start", "source_end",
)
_LOCATION_COLUMNS: tuple[str, ...] = (
    "location_present", "location_name", "location_country", "location_lat", "location_lon",
    "location_precision",
)
FRAME_COLUMNS: tuple[str, ...] = (
    "article_id", "idx", "position", "type", "evidence_start", "evidence_end", "evidence_text",
    "date", "date_precision", "date_text", "place_text", *_LOCATION_COLUMNS, "perpetrators",
    "targets", "killed_present", "killed_min", "killed_max", "injured_present", "injured_min",
    "injured_max", "background", "sources",
)
EVENT_COLUMNS: tuple[str, ...] = (
    "id", "type", "date", "date_precision", *_LOCATION_COLUMNS, "article_ids", "claim_ids",
    "perpetrator", "killed", "injured", "frame_keys", "link_note",
)


def to_json(value: Any) -> str:
    # allow_nan=False: NaN would not come back equal to itself anyway; fail loudly instead
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise StoreError(f"cannot store a value that is not plain JSON: {exc}") from None


def _strs(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def _figure(fig: Figure | None) -> Row:
    return (0, None, None) if fig is None else (1, fig.min, fig.max)


def _figure_from(present: int, lo: int | None, hi: int | None) -> Figure | None:
    return Figure(lo, hi) if present else None


def _location(loc: Location | None) -> Row:
    if loc is None:
        return (0, None, None, None, None, None)
    return (1, loc.name, loc.country, loc.lat, loc.lon, loc.precision)


def _location_from(row: Sequence[Any]) -> Location | None:
    present, name, country, lat, lon, precision = row
    return Location(name, country, lat, lon, precision) if present else None


def article_row(a: Article) -> Row:
    """The row of ``a`` without the bookkeeping columns (run_id, saved_at)."""
    return (
        a.id, a.text, a.input, a.content_hash, a.url, a.outlet, a.title, a.published, a.updated,
        a.language, a.duplicate_of, to_json(dict(a.metadata)), to_json(list(a.warnings)),
    )


def article_from_row(row: Sequence[Any]) -> Article:
    (id_, text, input_, content_hash, url, outlet, title, published, updated, language,
     duplicate_of, metadata, warnings) = row
    return Article(
        id=id_, text=text, input=input_, content_hash=content_hash, url=url, outlet=outlet,
        title=title, published=published, updated=updated, language=language,
        duplicate_of=duplicate_of, metadata=json.loads(metadata), warnings=_strs(warnings),
    )


def claim_row(c: Claim, idx: int) -> Row:
    return (
        c.article_id, idx, c.id, c.source.name, c.source.text, c.source.kind,
        to_json(list(c.source.via)), c.stance, c.about, c.text, c.evidence.start, c.evidence.end,
        c.evidence.text, c.perpetrator, *_figure(c.killed), *_figure(c.injured), int(c.hedged),
        c.confidence, c.frame, c.event_id, c.country, c.source.start, c.source.end,
    )


def claim_from_row(row: Sequence[Any]) -> Claim:
    (article_id, _idx, id_, source_name, source_text, source_kind, source_via, stance, about,
     text, ev_start, ev_end, ev_text, perpetrator, k_present, k_min, k_max, i_present, i_min,
     i_max, hedged, confidence, frame, event_id, country, source_start, source_end) = row
    return Claim(
        id=id_, article_id=article_id,
        source=Source(source_name, source_text, source_kind, _strs(source_via), source_start, source_end),
        stance=stance, about=about, text=text, evidence=Evidence(ev_start, ev_end, ev_text),
        perpetrator=perpetrator, killed=_figure_from(k_present, k_min, k_max),
        injured=_figure_from(i_present, i_min, i_max), hedged=bool(hedged),
        confidence=float(confidence), frame=frame, event_id=event_id, country=country,
    )


def frame_row(f: Frame, position: int) -> Row:
    return (
        f.article_id, f.index, position, f.type, f.evidence.start, f.evidence.end, f.evidence.text,
        f.date, f.date_precision, f.date_text, f.place_text, *_location(f.location),
        to_json(list(f.perpetrators)), to_json(list(f.targets)), *_figure(f.killed),
        *_figure(f.injured), int(f.background), _sources(f),
    )


def _sources(f: Frame) -> str:
    return to_json({
        name: {"evidence": [[e.start, e.end, e.text] for e in fs.evidence],
               "claim_ids": list(fs.claim_ids), "note": fs.note}
        for name, fs in f.sources.items()
    })


def _sources_from(text: str) -> dict[str, FieldSource]:
    return {
        name: FieldSource(tuple(Evidence(int(s), int(e), str(t)) for s, e, t in d["evidence"]),
                          tuple(d["claim_ids"]), d["note"])
        for name, d in json.loads(text).items()
    }


def frame_from_row(row: Sequence[Any]) -> Frame:
    (article_id, idx, _position, type_, ev_start, ev_end, ev_text, date, date_precision,
     date_text, place_text) = row[:11]
    location = _location_from(row[11:17])
    (perpetrators, targets, k_present, k_min, k_max, i_present, i_min, i_max,
     background, sources) = row[17:]
    return Frame(
        article_id=article_id, index=idx, type=type_, evidence=Evidence(ev_start, ev_end, ev_text),
        date=date, date_precision=date_precision, date_text=date_text, place_text=place_text,
        location=location, perpetrators=_strs(perpetrators), targets=_strs(targets),
        killed=_figure_from(k_present, k_min, k_max),
        injured=_figure_from(i_present, i_min, i_max), background=bool(background),
        sources=_sources_from(sources),
    )


def _casualties(s: CasualtySummary) -> str:
    return to_json({"min": s.min, "max": s.max, "by_source": dict(s.by_source)})


def _casualties_from(text: str) -> CasualtySummary:
    d = json.loads(text)
    return CasualtySummary(d["min"], d["max"], d["by_source"])


def event_row(e: Event) -> Row:
    p = e.perpetrator
    perpetrator = {
        "alleged": list(p.alleged), "denied_by": list(p.denied_by),
        "acknowledged_by": list(p.acknowledged_by), "status": p.status,
    }
    return (
        e.id, e.type, e.date, e.date_precision, *_location(e.location),
        to_json(list(e.article_ids)), to_json(list(e.claim_ids)), to_json(perpetrator),
        _casualties(e.killed), _casualties(e.injured),
        to_json([[article_id, index] for article_id, index in e.frame_keys]), e.link_note,
    )


def contradiction_rows(e: Event) -> list[Row]:
    return [
        (e.id, idx, c.about, c.claim_ids[0], c.claim_ids[1], c.summary)
        for idx, c in enumerate(e.contradictions)
    ]


def dispute_rows(e: Event) -> list[Row]:
    return [
        (e.id, idx, d.about, d.summary, d.pairs,
         to_json([{"position": s.position, "sources": list(s.sources), "claim_ids": list(s.claim_ids)}
                  for s in d.sides]))
        for idx, d in enumerate(e.disputes)
    ]


def dispute_from_row(row: Sequence[Any]) -> Dispute:
    about, summary, pairs, sides = row
    return Dispute(
        about=about, summary=summary, pairs=int(pairs),
        sides=tuple(DisputeSide(s["position"], tuple(s["sources"]), tuple(s["claim_ids"]))
                    for s in json.loads(sides)),
    )


def event_from_row(row: Sequence[Any], contradictions: Sequence[Sequence[Any]],
                   disputes: Sequence[Dispute] = ()) -> Event:
    id_, type_, date, date_precision = row[:4]
    location = _location_from(row[4:10])
    article_ids, claim_ids, perpetrator, killed, injured, frame_keys, link_note = row[10:]
    p = json.loads(perpetrator)
    return Event(
        id=id_, type=type_, article_ids=_strs(article_ids), claim_ids=_strs(claim_ids),
        date=date, date_precision=date_precision, location=location,
        perpetrator=PerpetratorSummary(
            tuple(p["alleged"]), tuple(p["denied_by"]), tuple(p["acknowledged_by"]), p["status"]
        ),
        killed=_casualties_from(killed), injured=_casualties_from(injured),
        contradictions=tuple(
            Contradiction(about, (a, b), summary) for about, a, b, summary in contradictions
        ),
        frame_keys=tuple((str(k[0]), int(k[1])) for k in json.loads(frame_keys)),
        link_note=link_note,
        disputes=tuple(disputes),
    )
