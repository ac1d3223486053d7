"""Exports: the JSON contract, JSON Lines, a claim CSV and the field's formats.

* ``json``: the ledger as :mod:`rashomon.report.ledger_json` writes it.
* ``jsonl``: one object per line, ``{"record": "article"|"claim"|"event"|"skipped", …}``
  with the contract's fields of that record (articles, then claims, events, skipped).
* ``csv``: one row per event × claim (:data:`CSV_COLUMNS`). Every event appears (an event
  without claims as one row with empty claim columns) and every claim appears (a claim not
  linked to an event with empty event columns). Text cells starting with ``= + - @`` (or a
  tab / carriage return) are prefixed with ``'`` so spreadsheets do not run them as formulas.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from rashomon.errors import ConfigError
from rashomon.report.field_formats import (
    ACLED_COLUMNS,
    UCDP_COLUMNS,
    acled_rows,
    ucdp_rows,
    write_geojson,
)
from rashomon.report.ledger_json import (
    article_dict,
    atomic_text,
    claim_dict,
    event_dict,
    marked,
    review_dict,
    skipped_dict,
    write_ledger,
)
from rashomon.report.records import ArticleInfo, LedgerRecords, Records
from rashomon.types import Claim, Event, Ledger

logger = logging.getLogger(__name__)

Format = Literal["json", "jsonl", "csv", "geojson", "acled", "ucdp"]
FORMATS: tuple[Format, ...] = ("json", "jsonl", "csv", "geojson", "acled", "ucdp")
CSV_COLUMNS: tuple[str, ...] = (
    "claim_id", "published", "event_id", "event_date", "event_type", "location", "country", "lat", "lon",
    "source", "source_kind", "stance", "about", "perpetrator", "killed_min", "killed_max",
    "injured_min", "injured_max", "hedged", "evidence", "article_id", "outlet", "url", "reviewed",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(value: object) -> str:
    """A CSV cell: None → "", numbers as they are, text defused against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _event_cells(event: Event | None, event_id: str | None) -> list[object]:
    if event is None:
        return [event_id, None, None, None, None, None, None]
    loc = event.location
    return [event.id, event.date, event.type, loc.name if loc else None,
            loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None]


def _claim_cells(claim: Claim | None, article: ArticleInfo | None) -> list[object]:
    if claim is None:
        return [None] * 14
    k, i = claim.killed, claim.injured
    return [claim.source.name, claim.source.kind, claim.stance, claim.about, claim.perpetrator,
            k.min if k else None, k.max if k else None, i.min if i else None,
            i.max if i else None, claim.hedged, claim.evidence.text, claim.article_id,
            article[1] if article else None, article[2] if article else None]


def _reviewed(reviewed: Mapping[str, Sequence[str]], claim: Claim | None, event: Event | None) -> str:
    """The fields a reviewer changed: the claim's, then the event's as "event:merged"."""
    fields = list(reviewed.get(claim.id, ())) if claim else []
    fields += [f"event:{f}" for f in reviewed.get(event.id, ())] if event else []
    return ";".join(fields)


def csv_rows(records: Records | Ledger) -> Iterator[list[str]]:
    """The CSV rows (without the header), already guarded: each event with its claims, then
    the claims no event holds."""
    records = _records(records)
    reviewed = records.reviewed
    for detail in records.event_details():
        event = detail.event
        if not detail.claims:
            cells = [None, None, *_event_cells(event, event.id), *_claim_cells(None, None),
                     _reviewed(reviewed, None, event)]
            yield [guard_cell(v) for v in cells]
        for c in detail.claims:
            article = detail.articles.get(c.article_id)
            cells = [c.id, article[0] if article else None,
                     *_event_cells(event, event.id), *_claim_cells(c, article), _reviewed(reviewed, c, event)]
            yield [guard_cell(v) for v in cells]
    for c, article in records.unlisted_claims():
        cells = [c.id, article[0] if article else None,
                 *_event_cells(None, c.event_id), *_claim_cells(c, article), _reviewed(reviewed, c, None)]
        yield [guard_cell(v) for v in cells]


def jsonl_records(records: Records | Ledger) -> Iterator[dict[str, Any]]:
    records = _records(records)
    for a in records.articles():
        yield {"record": "article", **article_dict(a)}
    for c in records.claims():
        yield {"record": "claim", **marked(claim_dict(c), records)}
    for e in records.events():
        yield {"record": "event", **marked(event_dict(e), records)}
    for s in records.skipped():
        yield {"record": "skipped", **skipped_dict(s)}
    for r in records.reviews():
        yield {"record": "review", **review_dict(r)}


def _records(source: Records | Ledger) -> Records:
    return LedgerRecords(source) if isinstance(source, Ledger) else source


def _write_csv(out: TextIO, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """A header and rows of plain values, each cell through :func:`guard_cell`."""
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([guard_cell(v) for v in row])


def export(source: Ledger | Records, fmt: Format, out: TextIO) -> None:
    """Write a ledger (in memory, or :class:`~rashomon.report.records.Records` read a page at
    a time from the store) to ``out`` in ``fmt`` (a file opened with ``newline=""`` for csv),
    record by record: the same text either way."""
    records = _records(source)
    if fmt == "json":
        write_ledger(records, out)
    elif fmt == "jsonl":
        for record in jsonl_records(records):
            out.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for row in csv_rows(records):
            writer.writerow(row)
    elif fmt == "geojson":
        write_geojson(records, out)
    elif fmt == "acled":
        _write_csv(out, ACLED_COLUMNS, acled_rows(records))
    elif fmt == "ucdp":
        _write_csv(out, UCDP_COLUMNS, ucdp_rows(records))
    else:
        raise ConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_export(source: Ledger | Records, path: Path, fmt: Format) -> None:
    """:func:`export` to a file, streamed into a temporary file renamed over ``path`` at the end."""
    with atomic_text(path) as fh:
        export(source, fmt, fh)
    logger.info("exported the ledger as %s to %s", fmt, path)
