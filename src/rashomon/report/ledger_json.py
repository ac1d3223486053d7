"""The JSON contract ``rashomon.ledger/1`` (DESIGN.md section 7): the one place it is produced.

:func:`to_dict` turns a :class:`~rashomon.types.Ledger` into plain JSON values;
:func:`from_dict` is its inverse (``to_dict(from_dict(d)) == d`` for every valid ``d``).

Keys added to the contract (allowed: the contract is extended only by adding keys):

* articles: ``text`` (what every evidence offset refers to), ``updated``, ``input``,
  ``content_hash``, ``warnings``, ``metadata``;
* claims: ``country`` (ISO code of the country the claim places the incident in, or null);
  ``source.start``/``source.end`` (DESIGN.md section 7: offsets in the article's ``text`` of
  the source's words as written, ``text[start:end] == source.text``), present only when known;
* events: ``frame_keys`` (``[article_id, frame index]`` of the frames the event was built from);
  ``disputes`` (DESIGN.md section 7) carry ``pairs``, the number of opposed claim pairs behind
  each; ``contradictions`` lists only example pairs, at most
  :data:`~rashomon.reconcile.disputes.MAX_PAIRS` per dispute (pair detail, bounded: a
  corpus no longer stores every pair);
* top level: ``frames`` (not part of the contract), each with the ``claim_ids`` of the claims
  about it (which is how ``Claim.frame`` survives the trip) and the ``sources`` (provenance)
  of its fields (a claim whose frame is not in ``frames`` comes back with ``frame=None``).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TextIO, cast

from rashomon.config import LEDGER_SCHEMA
from rashomon.report.json_stream import Streamed, write_object
from rashomon.report.records import LedgerRecords, Records
from rashomon.report.schema import LedgerSchemaError, validate_ledger
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
    Generator,
    Ledger,
    Location,
    PerpetratorSummary,
    ReviewChange,
    Skipped,
    Source,
)

logger = logging.getLogger(__name__)

JsonDict = dict[str, Any]


# ---------------------------------------------------------------- to JSON values


def _figure(fig: Figure | None) -> JsonDict | None:
    return None if fig is None else {"min": fig.min, "max": fig.max}


def _evidence(ev: Evidence) -> JsonDict:
    return {"start": ev.start, "end": ev.end, "text": ev.text}


def _location(loc: Location | None) -> JsonDict | None:
    if loc is None:
        return None
    return {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
            "precision": loc.precision}


def _casualties(cas: CasualtySummary) -> JsonDict:
    return {"min": cas.min, "max": cas.max, "by_source": dict(cas.by_source)}


def article_dict(a: Article) -> JsonDict:
    return {
        "id": a.id, "url": a.url, "outlet": a.outlet, "title": a.title,
        "published": a.published, "language": a.language, "duplicate_of": a.duplicate_of,
        # additions to the contract
        "updated": a.updated, "input": a.input, "content_hash": a.content_hash,
        "warnings": list(a.warnings), "metadata": dict(a.metadata), "text": a.text,
    }


def _source(s: Source) -> JsonDict:
    out: JsonDict = {"name": s.name, "text": s.text, "kind": s.kind, "via": list(s.via)}
    if s.start is not None and s.end is not None:
        out["start"], out["end"] = s.start, s.end
    return out


def claim_dict(c: Claim) -> JsonDict:
    return {
        "id": c.id, "article_id": c.article_id, "event_id": c.event_id,
        "source": _source(c.source),
        "stance": c.stance, "about": c.about, "perpetrator": c.perpetrator,
        "killed": _figure(c.killed), "injured": _figure(c.injured), "hedged": c.hedged,
        "text": c.text, "evidence": _evidence(c.evidence), "confidence": c.confidence,
        "country": c.country,
    }


def event_dict(e: Event) -> JsonDict:
    p = e.perpetrator
    return {
        "id": e.id, "type": e.type, "date": e.date, "date_precision": e.date_precision,
        "location": _location(e.location),
        "article_ids": list(e.article_ids), "claim_ids": list(e.claim_ids),
        "perpetrator": {"alleged": list(p.alleged), "denied_by": list(p.denied_by),
                        "acknowledged_by": list(p.acknowledged_by), "status": p.status},
        "killed": _casualties(e.killed), "injured": _casualties(e.injured),
        "contradictions": [
            {"about": c.about, "claim_ids": list(c.claim_ids), "summary": c.summary}
            for c in e.contradictions
        ],
        "frame_keys": [[aid, idx] for aid, idx in e.frame_keys],
        "link_note": e.link_note,
        "disputes": [
            {"about": d.about,
             "sides": [{"position": side.position, "sources": list(side.sources),
                        "claim_ids": list(side.claim_ids)} for side in d.sides],
             "summary": d.summary, "pairs": d.pairs}
            for d in e.disputes
        ],
    }


def skipped_dict(s: Skipped) -> JsonDict:
    return {"input": s.input, "reason": s.reason}


def _field_source(fs: FieldSource) -> JsonDict:
    return {"evidence": [_evidence(e) for e in fs.evidence], "claim_ids": list(fs.claim_ids),
            "note": fs.note}


def frame_dict(f: Frame, claim_ids: Sequence[str] = ()) -> JsonDict:
    return {
        "article_id": f.article_id, "index": f.index, "type": f.type,
        "evidence": _evidence(f.evidence), "date": f.date, "date_precision": f.date_precision,
        "date_text": f.date_text, "place_text": f.place_text, "location": _location(f.location),
        "perpetrators": list(f.perpetrators), "targets": list(f.targets),
        "killed": _figure(f.killed), "injured": _figure(f.injured), "background": f.background,
        "claim_ids": list(claim_ids),
        "sources": {name: _field_source(fs) for name, fs in f.sources.items()},
    }


def to_dict(ledger: Ledger) -> JsonDict:
    """The ledger as plain JSON values, following ``rashomon.ledger/1``."""
    g = ledger.generator
    by_frame: dict[tuple[str, int], list[str]] = {}
    for c in ledger.claims:
        if c.frame is not None:
            by_frame.setdefault((c.article_id, c.frame), []).append(c.id)
    out: JsonDict = {
        "schema": LEDGER_SCHEMA,
        "generator": {"name": g.name, "version": g.version, "model": g.model,
                      "config_hash": g.config_hash},
        "articles": [article_dict(a) for a in ledger.articles],
        "claims": [marked(claim_dict(c), ledger) for c in ledger.claims],
        "events": [marked(event_dict(e), ledger) for e in ledger.events],
        "skipped": [skipped_dict(s) for s in ledger.skipped],
        "frames": [frame_dict(f, by_frame.get((f.article_id, f.index), ()))
                   for f in ledger.frames],
    }
    if ledger.reviews:
        out["reviews"] = [review_dict(r) for r in ledger.reviews]
    return out


class _Reviewed(Protocol):
    @property
    def reviewed(self) -> Mapping[str, Sequence[str]]: ...


def marked(record: JsonDict, ledger: _Reviewed) -> JsonDict:
    """A claim or event record with ``reviewed`` (the fields a reviewer changed), if any;
    ``ledger`` is a :class:`Ledger` or :class:`~rashomon.report.records.Records`."""
    fields = ledger.reviewed.get(record["id"])
    return {**record, "reviewed": list(fields)} if fields else record


def review_dict(r: ReviewChange) -> JsonDict:
    return {"seq": r.seq, "at": r.at, "reviewer": r.reviewer, "action": r.action,
            "target": dict(r.target), "before": dict(r.before), "after": dict(r.after), "why": r.why}


# ---------------------------------------------------------------- from JSON values


def _figure_from(d: Mapping[str, Any] | None) -> Figure | None:
    return None if d is None else Figure(d["min"], d["max"])


def _evidence_from(d: Mapping[str, Any]) -> Evidence:
    return Evidence(d["start"], d["end"], d["text"])


def _location_from(d: Mapping[str, Any] | None) -> Location | None:
    if d is None:
        return None
    return Location(d["name"], d["country"], d["lat"], d["lon"], d["precision"])


def _casualties_from(d: Mapping[str, Any]) -> CasualtySummary:
    return CasualtySummary(d["min"], d["max"], dict(d["by_source"]))


def _article_from(d: Mapping[str, Any]) -> Article:
    return Article(
        id=d["id"], text=d.get("text", ""), input=d.get("input", d["id"]),
        content_hash=d.get("content_hash", ""), url=d["url"], outlet=d["outlet"],
        title=d["title"], published=d["published"], updated=d.get("updated"),
        language=d["language"], duplicate_of=d["duplicate_of"],
        metadata=dict(d.get("metadata", {})), warnings=tuple(d.get("warnings", ())),
    )


def _claim_from(d: Mapping[str, Any], frame: int | None) -> Claim:
    s = d["source"]
    return Claim(
        id=d["id"], article_id=d["article_id"],
        source=Source(s["name"], s["text"], s["kind"], tuple(s["via"]), s.get("start"), s.get("end")),
        stance=d["stance"], about=d["about"], text=d["text"],
        evidence=_evidence_from(d["evidence"]), perpetrator=d["perpetrator"],
        killed=_figure_from(d["killed"]), injured=_figure_from(d["injured"]),
        hedged=d["hedged"], confidence=d["confidence"], frame=frame, event_id=d["event_id"],
        country=d.get("country"),
    )


def _event_from(d: Mapping[str, Any]) -> Event:
    p = d["perpetrator"]
    return Event(
        id=d["id"], type=d["type"], article_ids=tuple(d["article_ids"]),
        claim_ids=tuple(d["claim_ids"]), date=d["date"], date_precision=d["date_precision"],
        location=_location_from(d["location"]),
        perpetrator=PerpetratorSummary(tuple(p["alleged"]), tuple(p["denied_by"]),
                                       tuple(p["acknowledged_by"]), p["status"]),
        killed=_casualties_from(d["killed"]), injured=_casualties_from(d["injured"]),
        contradictions=tuple(
            Contradiction(c["about"], (c["claim_ids"][0], c["claim_ids"][1]), c["summary"])
            for c in d["contradictions"]
        ),
        frame_keys=tuple((k[0], k[1]) for k in d.get("frame_keys", ())),
        link_note=d.get("link_note"),
        disputes=tuple(
            Dispute(x["about"], tuple(DisputeSide(side["position"], tuple(side["sources"]),
                                                  tuple(side["claim_ids"])) for side in x["sides"]),
                    x["summary"], x.get("pairs", 0))
            for x in d.get("disputes", ())
        ),
    )


def _field_source_from(d: Mapping[str, Any]) -> FieldSource:
    return FieldSource(tuple(_evidence_from(e) for e in d["evidence"]), tuple(d["claim_ids"]),
                       d["note"])


def _frame_from(d: Mapping[str, Any]) -> Frame:
    return Frame(
        article_id=d["article_id"], index=d["index"], type=d["type"],
        evidence=_evidence_from(d["evidence"]), date=d["date"],
        date_precision=d["date_precision"], date_text=d["date_text"],
        place_text=d["place_text"], location=_location_from(d["location"]),
        perpetrators=tuple(d["perpetrators"]), targets=tuple(d["targets"]),
        killed=_figure_from(d["killed"]), injured=_figure_from(d["injured"]),
        background=d["background"],
        sources={k: _field_source_from(v) for k, v in d.get("sources", {}).items()},
    )


def from_dict(data: Mapping[str, Any], *, validate: bool = True) -> Ledger:
    """The inverse of :func:`to_dict`.

    Validates against the schema first (raises :class:`LedgerSchemaError` naming the first
    problem); pass ``validate=False`` only for data this module produced.
    """
    if validate:
        validate_ledger(data)
    frames_data: Sequence[Mapping[str, Any]] = data.get("frames", ())
    frame_of: dict[tuple[str, str], int] = {}  # (article id, claim id) -> frame index
    for f in frames_data:
        for cid in f["claim_ids"]:
            frame_of[(f["article_id"], cid)] = f["index"]
    g = data["generator"]
    return Ledger(
        generator=Generator(g["name"], g["version"], g["model"], g["config_hash"]),
        articles=tuple(_article_from(a) for a in data["articles"]),
        claims=tuple(_claim_from(c, frame_of.get((c["article_id"], c["id"])))
                     for c in data["claims"]),
        events=tuple(_event_from(e) for e in data["events"]),
        skipped=tuple(Skipped(s["input"], s["reason"]) for s in data["skipped"]),
        frames=tuple(_frame_from(f) for f in frames_data),
    )


def dumps(ledger: Ledger) -> str:
    """The ledger as JSON text (UTF-8 friendly, indent 2, trailing newline)."""
    try:
        return json.dumps(to_dict(ledger), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError as exc:  # NaN or infinity somewhere (a confidence, a coordinate)
        raise LedgerSchemaError(f"the ledger holds a value JSON cannot represent: {exc}") from None


def write_ledger(records: Records, out: TextIO) -> None:
    """The ledger JSON of ``records`` written to ``out`` record by record: the same text as
    :func:`dumps` of the same ledger, without ever holding it whole (``rashomon export``)."""
    g = records.generator
    members: list[tuple[str, Any]] = [
        ("schema", LEDGER_SCHEMA),
        ("generator", {"name": g.name, "version": g.version, "model": g.model, "config_hash": g.config_hash}),
        ("articles", Streamed(article_dict(a) for a in records.articles())),
        ("claims", Streamed(marked(claim_dict(c), records) for c in records.claims())),
        ("events", Streamed(marked(event_dict(e), records) for e in records.events())),
        ("skipped", Streamed(skipped_dict(s) for s in records.skipped())),
        ("frames", Streamed(frame_dict(f, ids) for f, ids in records.frames())),
        ("reviews", Streamed((review_dict(r) for r in records.reviews()), optional=True)),
    ]
    try:
        write_object(out, members, 2)
    except ValueError as exc:  # NaN or infinity somewhere (a confidence, a coordinate)
        raise LedgerSchemaError(f"the ledger holds a value JSON cannot represent: {exc}") from None
    out.write("\n")


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text file (UTF-8, ``newline=""``) to write ``path`` through: a temporary file in the
    same folder, renamed over ``path`` when the block ends without an exception (removed
    otherwise), so readers never see a half-written file."""
    path = Path(path)
    # mkstemp creates the file 0600: keep an existing file's mode, else the usual 0644
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        Path(tmp).chmod(mode)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically (see :func:`atomic_text`)."""
    with atomic_text(path) as fh:
        fh.write(text)


def write_json(ledger: Ledger, path: Path) -> None:
    """Write the ledger to ``path`` atomically (a temporary file next to it, then a rename),
    record by record: the text of :func:`dumps` without building it whole."""
    with atomic_text(path) as fh:
        write_ledger(LedgerRecords(ledger), fh)
    logger.info("wrote ledger JSON to %s (%d articles, %d claims, %d events)", path,
                len(ledger.articles), len(ledger.claims), len(ledger.events))


def load_json(path: Path) -> Ledger:
    """Read a ledger JSON file written by :func:`write_json` (validated)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise LedgerSchemaError(f"{path}: a ledger is a JSON object, not {type(data).__name__}")
    return from_dict(cast(Mapping[str, Any], data))
