"""The JSON contract: shape, schema validity, round trips, evidence slices, atomic writes."""

from __future__ import annotations

import json
import math
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.report.ledger_fixtures import sample_ledger

from rashomon.report.ledger_json import from_dict, load_json, to_dict, write_json
from rashomon.report.schema import LedgerSchemaError, validate_ledger
from rashomon.types import (
    About,
    Article,
    CasualtySummary,
    Claim,
    Contradiction,
    DatePrecision,
    Dispute,
    DisputeSide,
    Event,
    EventType,
    Evidence,
    FieldSource,
    Figure,
    Frame,
    Generator,
    Ledger,
    Location,
    PerpetratorStatus,
    PerpetratorSummary,
    PlacePrecision,
    Skipped,
    Source,
    SourceKind,
    Stance,
)

CLAIM_KEYS = {"id", "article_id", "event_id", "source", "stance", "about", "perpetrator",
              "killed", "injured", "hedged", "text", "evidence", "confidence"}
ARTICLE_CONTRACT_KEYS = {"id", "url", "outlet", "title", "published", "language", "duplicate_of"}
EVENT_CONTRACT_KEYS = {"id", "type", "date", "date_precision", "location", "article_ids",
                       "claim_ids", "perpetrator", "killed", "injured", "disputes", "contradictions"}


def test_sample_follows_the_contract() -> None:
    data = to_dict(sample_ledger())
    validate_ledger(data)
    assert data["schema"] == "rashomon.ledger/1"
    assert set(data) >= {"schema", "generator", "articles", "claims", "events", "skipped"}
    assert set(data["generator"]) == {"name", "version", "model", "config_hash"}
    # the contract's keys, plus only the keys added to it (documented in report/ledger_json.py)
    assert all(set(c) >= CLAIM_KEYS and set(c) - CLAIM_KEYS <= {"country"} for c in data["claims"])
    assert all({"name", "text", "kind", "via"} <= set(c["source"]) <= {"name", "text", "kind", "via", "start", "end"}
               for c in data["claims"])
    assert all(set(a) >= ARTICLE_CONTRACT_KEYS for a in data["articles"])
    assert all(set(e) >= EVENT_CONTRACT_KEYS for e in data["events"])
    e1 = data["events"][0]
    assert e1["killed"] == {"min": 9, "max": 31,
                            "by_source": {"Hilal Brigade": 14, "Riverside Observatory": "9–31"}}
    assert e1["contradictions"][0]["claim_ids"] == ["c2", "c4"]
    assert e1["disputes"] == [{
        "about": "perpetrator",
        "sides": [{"position": "Coalition did it", "sources": ["Valley News Agency"], "claim_ids": ["c2"]},
                  {"position": "Coalition did not", "sources": ["Coalition"], "claim_ids": ["c4"]}],
        "summary": "Valley News Agency: Coalition did it vs Coalition: Coalition did not", "pairs": 1}]
    assert e1["location"] == {"name": "Qasr Hilal", "country": "IQ", "lat": 34.125,
                              "lon": 41.25, "precision": "town"}
    unlinked = next(c for c in data["claims"] if c["id"] == "c8")
    assert unlinked["event_id"] is None and unlinked["killed"] is None
    assert data["skipped"] == [{"input": "inbox/broken.html", "reason": "not UTF-8 text"}]


def test_evidence_is_the_article_slice() -> None:
    data = to_dict(sample_ledger())
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for c in data["claims"]:
        ev = c["evidence"]
        assert texts[c["article_id"]][ev["start"]:ev["end"]] == ev["text"]
    back = from_dict(json.loads(json.dumps(data)))
    by_id = {a.id: a for a in back.articles}
    for claim in back.claims:
        assert by_id[claim.article_id].text[claim.evidence.start:claim.evidence.end] \
            == claim.evidence.text


def test_sample_round_trips() -> None:
    ledger = sample_ledger()
    data = to_dict(ledger)
    assert from_dict(data) == ledger
    assert to_dict(from_dict(json.loads(json.dumps(data)))) == data


def test_frames_carry_their_claims() -> None:
    frames = to_dict(sample_ledger())["frames"]
    assert frames[0]["claim_ids"] == ["c1", "c9", "c2", "c3", "c4"]
    assert frames[2]["claim_ids"] == [] and frames[2]["background"] is True


def test_from_dict_rejects_invalid_data() -> None:
    data = to_dict(sample_ledger())
    data["claims"][0]["stance"] = "shouts"
    with pytest.raises(LedgerSchemaError, match=r"claims\[0\]\.stance"):
        from_dict(data)


def test_write_json(tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    path.write_text("old", encoding="utf-8")
    write_json(sample_ledger(), path)
    text = path.read_text(encoding="utf-8")
    assert "9–31" in text  # ensure_ascii=False
    assert text.startswith('{\n  "schema": "rashomon.ledger/1"')  # indent 2
    assert json.loads(text) == to_dict(sample_ledger())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.json"]  # no temp file left
    assert load_json(path) == sample_ledger()
    fresh = tmp_path / "fresh.json"
    write_json(sample_ledger(), fresh)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


def test_write_json_refuses_nan(tmp_path: Path) -> None:
    ledger = sample_ledger()
    bad = Ledger(ledger.generator, ledger.articles,
                 (replace(ledger.claims[0], confidence=math.nan),))
    with pytest.raises(LedgerSchemaError, match="cannot represent"):
        write_json(bad, tmp_path / "x.json")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- property test

ids = st.text("abcdefghij0123456789-_:/", min_size=1, max_size=8)
names = st.text(max_size=12)
opt_names = st.none() | names
counts = st.none() | st.integers(0, 10**6)
figures = st.builds(Figure, counts, counts)
opt_figures = st.none() | figures
dates = st.dates().map(lambda d: d.isoformat())
timestamps = st.none() | dates | st.datetimes().map(lambda d: d.isoformat(timespec="minutes"))
locations = st.none() | st.builds(
    Location, names, st.none() | st.sampled_from(["IQ", "SY", "US"]),
    st.none() | st.floats(-90, 90), st.none() | st.floats(-180, 180),
    st.sampled_from(get_args(PlacePrecision)))
str_tuples = st.lists(names, max_size=3).map(tuple)
json_scalars = st.none() | st.booleans() | st.integers(-99, 99) | names


@st.composite
def evidences(draw: st.DrawFn, text: str) -> Evidence:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Evidence(start, end, text[start:end])


@st.composite
def ledgers(draw: st.DrawFn) -> Ledger:
    article_ids = draw(st.lists(ids, unique=True, max_size=3))
    articles, claims, frames = [], [], []
    claim_ids = iter(range(10**6))
    for aid in article_ids:
        text = draw(st.text(max_size=80))
        articles.append(Article(
            id=aid, text=text, input=draw(names), content_hash=draw(names), url=draw(opt_names),
            outlet=draw(opt_names), title=draw(opt_names), published=draw(timestamps),
            updated=draw(timestamps), language=draw(st.none() | st.just("en")),
            duplicate_of=draw(st.none() | st.sampled_from(article_ids)),
            metadata=draw(st.dictionaries(names, json_scalars, max_size=2)),
            warnings=draw(str_tuples)))
        indexes = draw(st.lists(st.integers(0, 5), unique=True, max_size=2))
        frames.extend(Frame(
            article_id=aid, index=i, type=draw(st.sampled_from(get_args(EventType))),
            evidence=draw(evidences(text)), date=draw(st.none() | dates),
            date_precision=draw(st.sampled_from(get_args(DatePrecision))),
            date_text=draw(opt_names), place_text=draw(opt_names), location=draw(locations),
            perpetrators=draw(str_tuples), targets=draw(str_tuples), killed=draw(opt_figures),
            injured=draw(opt_figures), background=draw(st.booleans())) for i in indexes)
        for _ in range(draw(st.integers(0, 3))):
            claims.append(Claim(
                id=f"c{next(claim_ids)}", article_id=aid,
                source=Source(draw(names), draw(names),
                              draw(st.sampled_from(get_args(SourceKind))), draw(str_tuples)),
                stance=draw(st.sampled_from(get_args(Stance))),
                about=draw(st.sampled_from(get_args(About))), text=draw(names),
                evidence=draw(evidences(text)), perpetrator=draw(opt_names),
                killed=draw(opt_figures), injured=draw(opt_figures), hedged=draw(st.booleans()),
                confidence=draw(st.floats(0, 1)),
                frame=draw(st.none() | st.sampled_from(indexes)) if indexes else None,
                event_id=draw(st.none() | st.sampled_from(["e1", "e2"]))))
    cids = [c.id for c in claims]
    casualties = st.builds(CasualtySummary, counts, counts,
                           st.dictionaries(names, st.integers(0, 99) | names, max_size=2))
    events = [Event(
        id=eid, type=draw(st.sampled_from(get_args(EventType))),
        article_ids=tuple(draw(st.lists(st.sampled_from(article_ids), max_size=2)))
        if article_ids else (),
        claim_ids=tuple(draw(st.lists(st.sampled_from(cids), max_size=3))) if cids else (),
        date=draw(st.none() | dates), date_precision=draw(st.sampled_from(get_args(DatePrecision))),
        location=draw(locations),
        perpetrator=PerpetratorSummary(draw(str_tuples), draw(str_tuples), draw(str_tuples),
                                       draw(st.sampled_from(get_args(PerpetratorStatus)))),
        killed=draw(casualties), injured=draw(casualties),
        contradictions=tuple(Contradiction(draw(names), (draw(ids), draw(ids)), draw(names))
                             for _ in range(draw(st.integers(0, 2)))),
        frame_keys=tuple((f.article_id, f.index) for f in draw(st.lists(st.sampled_from(frames),
                                                                         max_size=2)))
        if frames else (),
        disputes=tuple(Dispute(draw(names), tuple(DisputeSide(draw(names), draw(str_tuples),
                                                               tuple(draw(st.lists(ids, max_size=2))))
                                                   for _ in range(draw(st.integers(0, 3)))),
                               draw(names), draw(st.integers(0, 99)))
                       for _ in range(draw(st.integers(0, 2)))),
    ) for eid in ("e1", "e2")[:draw(st.integers(0, 2))]]
    skipped = draw(st.lists(st.builds(Skipped, names, names), max_size=2))
    return Ledger(Generator("rashomon", "0.1.0", draw(names), draw(names)), tuple(articles),
                  tuple(claims), tuple(events), tuple(skipped), tuple(frames))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ledgers())
def test_round_trip_property(ledger: Ledger) -> None:
    data = to_dict(ledger)
    validate_ledger(data)
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    again: dict[str, Any] = json.loads(text)
    assert again == data
    assert from_dict(again) == ledger
    assert to_dict(from_dict(again)) == data


def test_contested_provenance_follows_the_contract() -> None:
    """A frame whose text says the attack's authorship is disputed keeps that evidence under
    sources['contested'] (an added key of the contract)."""
    ledger = sample_ledger()
    frame = ledger.frames[0]
    quote = ledger.articles[0].text[:20]
    contested = replace(frame, sources={**frame.sources,
                                        "contested": FieldSource(evidence=(Evidence(0, 20, quote),))})
    doc = to_dict(replace(ledger, frames=(contested, *ledger.frames[1:])))
    validate_ledger(doc)
    assert doc["frames"][0]["sources"]["contested"]["evidence"][0]["text"] == quote
    doc["frames"][0]["sources"]["colour"] = doc["frames"][0]["sources"]["contested"]
    with pytest.raises(LedgerSchemaError, match="colour"):
        validate_ledger(doc)
