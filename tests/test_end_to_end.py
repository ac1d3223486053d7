"""The whole pipeline on the bundled sample corpus, through the Python API and ``rashomon demo``.
The quality floors on the project's own gold set (tests/gold/sample_gold.jsonl) are in
tests/quality/baseline.toml (set ``sample``), checked by tests/quality/test_gate.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import rashomon
from rashomon.cli import app
from rashomon.evaluate import load_gold, primary_events, score_ledger
from rashomon.report.ledger_json import to_dict
from rashomon.report.schema import validate_ledger
from rashomon.sample import sample_corpus
from rashomon.types import Ledger

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("sample-ledger")]  # one sample analysis

GOLD_PATH = Path(__file__).resolve().parent / "gold" / "sample_gold.jsonl"

ALBU_KAMAL_2018 = {"sample-01", "sample-02", "sample-03", "sample-04", "sample-06"}
ALBU_KAMAL_2021 = {"sample-08", "sample-09", "sample-10"}


@pytest.fixture(scope="module")
def ledger(sample_ledger: Ledger) -> Ledger:
    return sample_ledger  # analysed once per test process (tests/conftest.py)


@pytest.fixture(scope="module")
def ledger_dict(ledger: Ledger) -> dict[str, Any]:
    return to_dict(ledger)


def _expected_inputs() -> dict[str, str | None]:
    """Every input of the sample corpus (``path`` or ``path:line``) → its JSONL id if any."""
    corpus = sample_corpus()
    inputs: dict[str, str | None] = {}
    for path in sorted(corpus.iterdir()):
        if path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if line.strip():
                    inputs[f"{path}:{n}"] = json.loads(line)["id"]
        elif path.suffix in (".txt", ".md", ".html", ".json"):
            inputs[str(path)] = None
    return inputs


def test_every_input_is_analysed_or_skipped_with_a_reason(ledger: Ledger) -> None:
    expected = _expected_inputs()
    analysed = {a.input for a in ledger.articles}
    skipped = {s.input: s.reason for s in ledger.skipped}
    assert not analysed & set(skipped)
    assert analysed | set(skipped) == set(expected)
    assert all(reason.strip() for reason in skipped.values())
    french = [inp for inp, aid in expected.items() if aid == "sample-07"]
    assert french and french[0] in skipped
    assert "language" in skipped[french[0]]
    assert len(skipped) == 1, skipped


def test_wire_copy_is_marked_as_duplicate(ledger: Ledger) -> None:
    by_id = {a.id: a for a in ledger.articles}
    assert by_id["sample-04"].duplicate_of == "sample-01"
    assert by_id["sample-01"].duplicate_of is None
    assert sum(a.duplicate_of is not None for a in ledger.articles) == 1


def test_every_evidence_slice_is_its_article_text(ledger: Ledger) -> None:
    texts = {a.id: a.text for a in ledger.articles}
    assert ledger.claims
    for claim in ledger.claims:
        ev = claim.evidence
        assert 0 <= ev.start < ev.end <= len(texts[claim.article_id])
        assert texts[claim.article_id][ev.start:ev.end] == ev.text, claim.id
    for frame in ledger.frames:
        ev = frame.evidence
        assert texts[frame.article_id][ev.start:ev.end] == ev.text


def test_stances_include_denials_and_declines(ledger: Ledger) -> None:
    stances = {c.stance for c in ledger.claims}
    assert {"asserts", "denies", "declines_comment"} <= stances
    for event in ledger.events:
        assert set(event.claim_ids) == {c.id for c in ledger.claims_of(event.id)}


def test_albu_kamal_2018_and_2021_are_different_events(ledger: Ledger, ledger_dict: dict[str, Any]) -> None:
    primary = primary_events(ledger_dict)
    events_2018 = {primary[a] for a in ALBU_KAMAL_2018 if a in primary}
    events_2021 = {primary[a] for a in ALBU_KAMAL_2021 if a in primary}
    assert events_2018 and events_2021
    assert not events_2018 & events_2021
    for event in ledger.events:
        members = set(event.article_ids)
        own_2018 = {a for a in members & ALBU_KAMAL_2018 if primary.get(a) == event.id}
        own_2021 = {a for a in members & ALBU_KAMAL_2021 if primary.get(a) == event.id}
        assert not (own_2018 and own_2021), event.id
    dated = {e.date[:4] for e in ledger.events
             if e.location and "kamal" in e.location.name.lower() and e.date}
    assert {"2018", "2021"} <= dated


def test_json_validates_against_the_schema(ledger_dict: dict[str, Any]) -> None:
    validate_ledger(ledger_dict)
    validate_ledger(json.loads(json.dumps(ledger_dict)))


def test_gold_scoring_sees_every_article_but_the_skipped_one(ledger_dict: dict[str, Any]) -> None:
    """The gold figures themselves are floors of tests/quality/baseline.toml (set ``sample``)."""
    report = score_ledger(load_gold(GOLD_PATH), ledger_dict)
    assert report["articles_missing_from_ledger"] == ["sample-07"]  # the French one, skipped


def test_analyze_raw_text() -> None:
    text = ("An air strike on a village near Idlib on Monday killed at least nine people, "
            "the Syrian Observatory for Human Rights said. Russia's defence ministry denied "
            "that its aircraft had carried out any strike in the area.")
    ledger = rashomon.analyze(text)
    assert len(ledger.articles) == 1
    assert ledger.articles[0].text.startswith("An air strike")
    assert not ledger.skipped
    assert ledger.claims
    assert "denies" in {c.stance for c in ledger.claims}
    validate_ledger(to_dict(ledger))


def test_demo_writes_the_ledger_and_the_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              ledger_dict: dict[str, Any]) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    data = json.loads((tmp_path / "ledger.json").read_text(encoding="utf-8"))
    validate_ledger(data)
    # the same analysis as the Python API's
    assert [a["id"] for a in data["articles"]] == [a["id"] for a in ledger_dict["articles"]]
    assert [c["id"] for c in data["claims"]] == [c["id"] for c in ledger_dict["claims"]]
    assert [e["id"] for e in data["events"]] == [e["id"] for e in ledger_dict["events"]]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<section" in html
    assert not list(tmp_path.glob("*.db")), "the demo keeps its store in memory"
