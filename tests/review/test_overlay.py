"""Reviewers' changes replayed over the hand-made ledger, and their audit log in the store."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from tests.report.ledger_fixtures import sample_ledger

from rashomon.errors import StoreError
from rashomon.report.ledger_json import to_dict
from rashomon.report.schema import validate_ledger
from rashomon.review import apply_reviews, gold_records
from rashomon.store import Store
from rashomon.store.review import changes, create_token, record, reviewer_of
from rashomon.types import Claim, Ledger, ReviewAction, ReviewChange


def change(action: ReviewAction, target: dict[str, Any], after: dict[str, Any], seq: int = 1) -> ReviewChange:
    return ReviewChange(seq, "2026-12-06T10:00:00+00:00", "ana", action, target, {}, after, "checked the text")


def claim_target(c: Claim) -> dict[str, Any]:
    return {"claim": c.id, "article": c.article_id, "start": c.evidence.start, "end": c.evidence.end}


def claim(ledger: Ledger, cid: str) -> Claim:
    return next(c for c in ledger.claims if c.id == cid)


def test_no_changes_is_the_same_ledger() -> None:
    ledger = sample_ledger()
    assert apply_reviews(ledger, ()) is ledger


def test_stance_correction_reconciles_the_event() -> None:
    ledger = sample_ledger()
    c4 = claim(ledger, "c4")  # the Coalition's denial
    out = apply_reviews(ledger, [change("correct_claim", claim_target(c4), {"stance": "confirms"})])
    assert claim(out, "c4").stance == "confirms"
    e1 = out.event("e1")
    assert e1 is not None and "Coalition" not in e1.perpetrator.denied_by
    assert out.reviewed == {"c4": ("stance",)}


def test_figure_and_source_corrections() -> None:
    ledger = sample_ledger()
    c3 = claim(ledger, "c3")
    out = apply_reviews(ledger, [change("correct_claim", claim_target(c3),
                                        {"killed": {"min": 16, "max": 16}, "source": "Hilal Brigade media office"})])
    fixed = claim(out, "c3")
    assert (fixed.killed.min, fixed.killed.max) == (16, 16) if fixed.killed else False
    assert fixed.source.name == "Hilal Brigade media office" and fixed.source.text == c3.source.text
    e1 = out.event("e1")
    assert e1 is not None and e1.killed.by_source.get("Hilal Brigade media office") == 16


def test_not_a_claim_leaves_ledger_and_event() -> None:
    ledger = sample_ledger()
    out = apply_reviews(ledger, [change("correct_claim", claim_target(claim(ledger, "c6")), {"not_a_claim": True})])
    assert "c6" not in {c.id for c in out.claims}
    e1 = out.event("e1")
    assert e1 is not None and "c6" not in e1.claim_ids
    assert out.reviewed["c6"] == ("not_a_claim",)


def test_moving_a_claim_to_another_event() -> None:
    ledger = sample_ledger()
    out = apply_reviews(ledger, [change("correct_claim", claim_target(claim(ledger, "c5")), {"event": "e2"})])
    e1, e2 = out.event("e1"), out.event("e2")
    assert e1 is not None and e2 is not None
    assert "c5" not in e1.claim_ids and "c5" in e2.claim_ids and claim(out, "c5").event_id == "e2"
    assert e2.killed.min == 9  # the monitor's 9–31 now counts for e2


def test_merge_and_split_survive_new_event_ids() -> None:
    ledger = sample_ledger()
    # after a re-analysis the events may carry other ids: the changes find them by their frames
    renamed = dataclasses.replace(ledger, events=tuple(dataclasses.replace(e, id=e.id + "-new") for e in ledger.events))
    merge = change("merge_events", {"event_a": "e1", "event_b": "e2", "frames_a": [["a1", 0], ["a2", 0]],
                                    "frames_b": [["a2", 1]]}, {})
    out = apply_reviews(renamed, [merge])
    assert [e.id for e in out.events] == ["e1-new"]
    merged = out.events[0]
    assert set(merged.frame_keys) == {("a1", 0), ("a2", 0), ("a2", 1)} and out.reviewed["e1-new"] == ("merged",)
    split = change("split_article", {"article": "a2", "event": "e1", "frames": [["a1", 0], ["a2", 0]]}, {})
    out = apply_reviews(renamed, [split])
    assert [e.id for e in out.events] == ["e1-new", "e1-new~a2", "e2-new"]
    left, alone = out.events[0], out.events[1]
    assert left.article_ids == ("a1",) and alone.article_ids == ("a2",)
    assert {claim(out, c).article_id for c in alone.claim_ids} == {"a2"}
    assert out.reviewed["e1-new"] == ("split",)


def test_split_then_merge_back() -> None:
    ledger = sample_ledger()
    out = apply_reviews(ledger, [
        change("split_article", {"article": "a2", "event": "e1", "frames": [["a1", 0], ["a2", 0]]}, {}, seq=1),
        change("merge_events", {"event_a": "e1", "event_b": "e1~a2", "frames_a": [["a1", 0]],
                                "frames_b": [["a2", 0]]}, {}, seq=2),
    ])
    e1 = out.event("e1")
    assert e1 is not None and set(e1.article_ids) == {"a1", "a2"} and out.event("e1~a2") is None
    assert len(e1.claim_ids) == 8


def test_claim_found_by_offsets_when_its_id_changed() -> None:
    ledger = sample_ledger()
    c4 = claim(ledger, "c4")
    renamed = dataclasses.replace(ledger, claims=tuple(
        dataclasses.replace(c, id="new-" + c.id) for c in ledger.claims))
    target = claim_target(c4)
    out = apply_reviews(renamed, [change("correct_claim", target, {"stance": "asserts"})])
    assert claim(out, "new-c4").stance == "asserts"


def test_a_change_whose_target_is_gone_is_skipped() -> None:
    ledger = sample_ledger()
    gone = {"claim": "zz", "article": "a9", "start": 0, "end": 3}
    out = apply_reviews(ledger, [change("correct_claim", gone, {"stance": "denies"}),
                                 change("split_article", {"article": "a9"}, {}, seq=2)])
    assert out.claims == ledger.claims and [e.id for e in out.events] == ["e1", "e2"]


def test_reviewed_ledger_is_valid_json_and_marks_fields() -> None:
    ledger = sample_ledger()
    out = apply_reviews(ledger, [change("correct_claim", claim_target(claim(ledger, "c4")), {"stance": "confirms"})])
    doc = to_dict(out)
    validate_ledger(doc)
    c4 = next(c for c in doc["claims"] if c["id"] == "c4")
    assert c4["reviewed"] == ["stance"] and doc["reviews"][0]["why"] == "checked the text"
    assert "reviewed" not in next(c for c in doc["claims"] if c["id"] == "c3")


def test_gold_records_of_reviewed_articles() -> None:
    ledger = sample_ledger()
    out = apply_reviews(ledger, [change("correct_claim", claim_target(claim(ledger, "c3")),
                                        {"killed": {"min": 16, "max": 16}})])
    records = list(gold_records(out))
    assert [r["id"] for r in records] == ["a1"]
    rec = records[0]
    assert rec["incident"] == "e1" and rec["event"]["country"] == "Iraq" and rec["event"]["type"] == "airstrike"
    c3 = next(c for c in rec["claims"] if c["evidence"].startswith("The Hilal Brigade"))
    assert (c3["killed_min"], c3["killed_max"], c3["source_norm"]) == (16, 16, "Hilal Brigade")
    json.dumps(records)  # plain JSON values


def test_tokens_and_log_in_the_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.db") as store:
        token = create_token(store, "ana")
        assert reviewer_of(store, token) == "ana"
        assert reviewer_of(store, token + "x") is None and reviewer_of(store, "") is None
        first = record(store, reviewer="ana", action="correct_claim", target={"claim": "c4"},
                       before={"stance": "denies"}, after={"stance": "confirms"}, why="reread the quote")
        second = record(store, reviewer="ana", action="split_article", target={"article": "a2"},
                        before={}, after={}, why="another strike")
        assert first.seq < second.seq
        log = changes(store)
        assert [c.action for c in log] == ["correct_claim", "split_article"]
        assert log[0].before == {"stance": "denies"} and log[0].reviewer == "ana"
        # the token itself is never stored
        raw = store._read("dump", lambda conn: conn.execute("SELECT * FROM review_tokens").fetchall())
        assert token not in repr(raw)


@pytest.mark.parametrize(("reviewer", "why"), [("", "ok"), ("x" * 81, "ok"), ("ana", ""), ("ana", " " * 3)])
def test_bad_review_input_is_refused(tmp_path: Path, reviewer: str, why: str) -> None:
    with Store.open(tmp_path / "r.db") as store, pytest.raises(StoreError):
        if reviewer != "ana":
            create_token(store, reviewer)
        else:
            record(store, reviewer="ana", action="correct_claim", target={}, before={}, after={}, why=why)
